/**
 * An author's website and social profiles as links. Ghost keeps the website as a URL and the others as handles
 * ("@ghost", "ghost", "@user@mastodon.social"); handles become the profile's URL (Facebook and X as Ghost's own
 * theme helpers build them).
 */
import { isSafeLink } from '../../src/lib/content/link.ts';
import type { AuthorLink } from './content-types.ts';
import type { SourceSocial } from './source-model.ts';

type Profile = { key: keyof SourceSocial; label: string; url: (handle: string) => string | null };

function handle(value: string): string {
  return value.trim().replace(/^@/, '');
}

/** A handle that is already a URL (people paste those too) is kept as it is. */
function orUrl(value: string, build: (handle: string) => string): string {
  return /^https?:\/\//i.test(value.trim()) ? value.trim() : build(encodeURIComponent(handle(value)));
}

const PROFILES: Profile[] = [
  {
    key: 'website',
    label: 'Website',
    url: (value) => (/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value.replace(/^\/+/, '')}`),
  },
  { key: 'facebook', label: 'Facebook', url: (value) => orUrl(value, (name) => `https://www.facebook.com/${name}`) },
  { key: 'twitter', label: 'X', url: (value) => orUrl(value, (name) => `https://x.com/${name}`) },
  { key: 'instagram', label: 'Instagram', url: (value) => orUrl(value, (name) => `https://www.instagram.com/${name}`) },
  { key: 'linkedin', label: 'LinkedIn', url: (value) => orUrl(value, (name) => `https://www.linkedin.com/in/${name}`) },
  { key: 'threads', label: 'Threads', url: (value) => orUrl(value, (name) => `https://www.threads.net/@${name}`) },
  { key: 'bluesky', label: 'Bluesky', url: (value) => orUrl(value, (name) => `https://bsky.app/profile/${name}`) },
  { key: 'tiktok', label: 'TikTok', url: (value) => orUrl(value, (name) => `https://www.tiktok.com/@${name}`) },
  { key: 'youtube', label: 'YouTube', url: (value) => orUrl(value, (name) => `https://www.youtube.com/${name}`) },
  {
    key: 'mastodon',
    label: 'Mastodon',
    url: (value) => {
      if (/^https?:\/\//i.test(value.trim())) return value.trim();
      const [user, server] = handle(value).split('@');
      return user !== undefined && user !== '' && server !== undefined && server !== ''
        ? `https://${server}/@${encodeURIComponent(user)}`
        : null;
    },
  },
];

export type AuthorLinks = { links: AuthorLink[]; dropped: string[] };

export function authorLinks(social: SourceSocial): AuthorLinks {
  const links: AuthorLink[] = [];
  const dropped: string[] = [];
  for (const profile of PROFILES) {
    const value = social[profile.key];
    if (value === null) continue;
    const url = profile.url(value);
    if (url !== null && isSafeLink(url) && /^(https?|mailto):/i.test(url)) links.push({ label: profile.label, url });
    else dropped.push(`${profile.label} ${JSON.stringify(value)}`);
  }
  return { links, dropped };
}
