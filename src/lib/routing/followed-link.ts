/**
 * The link a reader last followed inside the app, kept so that Back can return focus to it
 * (app/use-focus-on-navigation.ts): its href as the page writes it, and which of the page's links to that href it
 * was, as a list repeats a tag's or an author's link on every story.
 */
export type FollowedLink = { href: string; nth: number };

let followed: FollowedLink | null = null;

const linksTo = (href: string) => document.querySelectorAll<HTMLElement>(`main a[href="${CSS.escape(href)}"]`);

/** As the router follows a click on `link` (router-links.tsx: useFollowClick). */
export function rememberFollowed(link: Element | null): void {
  const href = link?.getAttribute('href');
  followed = href == null ? null : { href, nth: [...linksTo(href)].findIndex((other) => other === link) };
}

/** The link followed since the last move, if any, forgotten as it is taken: each move takes it. */
export function takeFollowed(): FollowedLink | null {
  const link = followed;
  followed = null;
  return link;
}

/** The same link on the page now: none when the page no longer has it, or it was outside `main`. */
export function findFollowed({ href, nth }: FollowedLink): HTMLElement | undefined {
  return linksTo(href)[nth];
}
