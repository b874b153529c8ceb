/**
 * A view's code, loaded once more when the first try fails: a dropped
 * connection, or a redeploy that replaced the chunks while the page was open.
 * If the second try fails too, a ChunkLoadError tells the error view
 * (route-error.tsx) to offer a reload, which fetches the current build.
 * Browsers do not remember a failed dynamic import, so the retry fetches again.
 */
export class ChunkLoadError extends Error {
  constructor(options?: ErrorOptions) {
    super('A part of the site could not be loaded', options);
    this.name = 'ChunkLoadError';
  }
}

export async function importWithRetry<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch {
    try {
      return await load();
    } catch (error) {
      throw new ChunkLoadError({ cause: error });
    }
  }
}
