/**
 * Which embeds the reader may play in the page once asked (decision 008): YouTube, through its no-cookie host, and
 * Vimeo, with tracking off. Only these players' origins are in the CSP's frame-src; any other embed stays a link.
 */
import type { EmbedPlayer } from '../../lib/content/model.ts';

export const PLAYER_ORIGINS = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'] as const;

const YOUTUBE_ID = /^[\w-]{11}$/;
const VIMEO_ID = /^\d+$/;

function youtubeId(url: URL): string | null {
  const host = url.hostname.replace(/^(www\.|m\.)/, '');
  let id: string | null = null;
  if (host === 'youtu.be') id = url.pathname.slice(1);
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    const [, first, second] = url.pathname.split('/');
    id =
      first === 'watch' ? url.searchParams.get('v') : first === 'shorts' || first === 'embed' ? (second ?? null) : null;
  }
  return id !== null && YOUTUBE_ID.test(id) ? id : null;
}

function vimeoId(url: URL): string | null {
  const host = url.hostname.replace(/^www\./, '');
  if (host !== 'vimeo.com' && host !== 'player.vimeo.com') return null;
  const id = url.pathname
    .split('/')
    .filter(Boolean)
    .find((segment) => VIMEO_ID.test(segment));
  return id ?? null;
}

/** The player for an embed's address, or null: then the embed is only a link. */
export function embedPlayer(address: string): EmbedPlayer | null {
  const url = new URL(address);
  const youtube = youtubeId(url);
  if (youtube !== null) return { provider: 'YouTube', src: `${PLAYER_ORIGINS[0]}/embed/${youtube}?autoplay=1` };
  const vimeo = vimeoId(url);
  if (vimeo !== null) return { provider: 'Vimeo', src: `${PLAYER_ORIGINS[1]}/video/${vimeo}?autoplay=1&dnt=1` };
  return null;
}
