/**
 * The provider's own page for an embed card: Ghost stores the provider's oEmbed HTML (an iframe, or a blockquote
 * and a script), not the URL the editor pasted, so the URL is read back from it. An iframe's player URL becomes the
 * video or post page a reader can open (`youtube.com/embed/ID` → `youtube.com/watch?v=ID`); a tweet's, Instagram's
 * or TikTok's blockquote names the post itself.
 */
import { attribute, findAllElements, findElement, hasClass, type HtmlElement } from './html-tree.ts';

export type EmbedSource = { url: string; provider: string | undefined; title: string | undefined };

const PROVIDERS: [RegExp, string][] = [
  [/(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be)$/, 'YouTube'],
  [/(^|\.)vimeo\.com$/, 'Vimeo'],
  [/(^|\.)(twitter\.com|x\.com)$/, 'X'],
  [/(^|\.)instagram\.com$/, 'Instagram'],
  [/(^|\.)tiktok\.com$/, 'TikTok'],
  [/(^|\.)spotify\.com$/, 'Spotify'],
  [/(^|\.)soundcloud\.com$/, 'SoundCloud'],
  [/(^|\.)facebook\.com$/, 'Facebook'],
  [/(^|\.)codepen\.io$/, 'CodePen'],
  [/(^|\.)google\.[a-z.]+$/, 'Google'],
  [/(^|\.)datawrapper\.(de|dwcdn\.net)$|(^|\.)dwcdn\.net$/, 'Datawrapper'],
  [/(^|\.)flourish\.studio$/, 'Flourish'],
  [/(^|\.)bsky\.app$/, 'Bluesky'],
  [/(^|\.)t\.me$/, 'Telegram'],
];

export function providerName(url: URL): string | undefined {
  const host = url.hostname.toLowerCase();
  return PROVIDERS.find(([pattern]) => pattern.test(host))?.[1];
}

function https(raw: string | null): URL | null {
  if (raw === null) return null;
  try {
    // Protocol-relative player URLs (//www.youtube.com/embed/…) are common in oEmbed HTML.
    const url = new URL(raw.trim(), 'https://embed.invalid');
    return url.protocol === 'https:' && url.hostname !== 'embed.invalid' ? url : null;
  } catch {
    return null;
  }
}

/** The page behind a player URL. */
function pageOfPlayer(player: URL): URL {
  const host = player.hostname.toLowerCase();
  const parts = player.pathname.split('/').filter((part) => part !== '');
  if (/(^|\.)youtube(-nocookie)?\.com$/.test(host) && parts[0] === 'embed' && parts[1] !== undefined)
    return new URL(`https://www.youtube.com/watch?v=${encodeURIComponent(parts[1])}`);
  if (host === 'player.vimeo.com' && parts[0] === 'video' && parts[1] !== undefined)
    return new URL(`https://vimeo.com/${encodeURIComponent(parts[1])}`);
  if (host === 'open.spotify.com' && parts[0] === 'embed')
    return new URL(`https://open.spotify.com/${parts.slice(1).join('/')}`);
  if (host === 'w.soundcloud.com') {
    const track = https(player.searchParams.get('url'));
    if (track !== null) return track;
  }
  return player;
}

function withoutTracking(url: URL): URL {
  const copy = new URL(url);
  for (const key of [...copy.searchParams.keys()])
    if (key === 'ref' || key === 'ref_src' || key.startsWith('utm_') || key === 'feature' || key === 'igshid')
      copy.searchParams.delete(key);
  return copy;
}

/** The post a social blockquote stands for. */
function blockquotePost(figure: HtmlElement): URL | null {
  const quote = findElement(figure, (element) => element.tagName === 'blockquote');
  if (quote === null) return null;
  const named = https(attribute(quote, 'data-instgrm-permalink')) ?? https(attribute(quote, 'cite'));
  if (named !== null) return named;
  // A tweet ends with a link to itself, dated: the last link to a /status/ URL.
  const links = findAllElements(quote, (element) => element.tagName === 'a').flatMap(
    (a) => https(attribute(a, 'href')) ?? [],
  );
  return (
    links.filter((url) => url.pathname.includes('/status/')).at(-1) ??
    (hasClass(quote, 'twitter-tweet') ? null : (links.at(-1) ?? null))
  );
}

export function embedSource(figure: HtmlElement): EmbedSource | null {
  const iframe = findElement(figure, (element) => element.tagName === 'iframe');
  const player = iframe === null ? null : https(attribute(iframe, 'src'));
  const found = player !== null ? pageOfPlayer(player) : blockquotePost(figure);
  if (found === null) return null;
  const url = withoutTracking(found);
  const title = iframe === null ? null : attribute(iframe, 'title')?.trim();
  return {
    url: url.href,
    provider: providerName(url),
    title: title === undefined || title === null || title === '' ? undefined : title,
  };
}
