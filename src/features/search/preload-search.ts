/** Starts loading search (its code and dictionary) when a reader shows they are about to search. */
export function preloadSearch(): void {
  import('./run-search.ts')
    .then((search) => {
      search.preloadSearch();
    })
    .catch(() => {
      // Nothing lost: the search itself loads it again and reports a failure.
    });
}
