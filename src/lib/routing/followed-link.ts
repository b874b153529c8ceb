/**
 * The link a reader last followed inside the app, kept so that Back can return focus to it
 * (app/use-focus-on-navigation.ts): its href as the page writes it, the story it belongs to in a list (its entry's
 * headline link), and which of the page's links to that href it was, as a list repeats a tag's or an author's link
 * on every story.
 */
export type FollowedLink = { href: string; story: string | null; nth: number };

let followed: FollowedLink | null = null;

const linksTo = (href: string, within: ParentNode = document) =>
  within.querySelectorAll<HTMLElement>(`${within === document ? 'main ' : ''}a[href="${CSS.escape(href)}"]`);

/** The headline link of the list entry holding `link`: the story, which stays the same when newer ones push it down. */
const HEADLINE = ':is(h2, h3) a[href]';
const storyOf = (link: Element) => link.closest('main li')?.querySelector(HEADLINE)?.getAttribute('href') ?? null;

/** As the router follows a click on `link` (router-links.tsx: useFollowClick). */
export function rememberFollowed(link: Element | null): void {
  const href = link?.getAttribute('href');
  followed =
    link == null || href == null
      ? null
      : { href, story: storyOf(link), nth: [...linksTo(href)].findIndex((other) => other === link) };
}

/** The link followed since the last move, if any, forgotten as it is taken: each move takes it. */
export function takeFollowed(): FollowedLink | null {
  const link = followed;
  followed = null;
  return link;
}

/**
 * The same link on the page now: in the same story's entry when it was in a list (the list may have been fetched
 * again with newer stories above it), else by its place among the links to its href. None when the page no
 * longer has it, or it was outside `main`.
 */
export function findFollowed({ href, story, nth }: FollowedLink): HTMLElement | undefined {
  if (story !== null) {
    for (const headline of linksTo(story)) {
      const entry = headline.matches(HEADLINE) ? headline.closest('li') : null;
      const found = entry === null ? undefined : linksTo(href, entry)[0];
      if (found !== undefined) return found;
    }
  }
  return linksTo(href)[nth];
}
