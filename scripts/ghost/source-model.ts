/**
 * Ghost's content as the importer reads it, whichever input it came from (an Admin export of Ghost 2.x to 6.x, or
 * Content API responses). The input readers fill it with the fields the importer uses and nothing else: e-mail
 * addresses, password hashes, tokens, settings secrets, members and code injection have no field here, so they
 * cannot reach the output.
 */

export type SourceTag = {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  /** Ghost's internal tags (`#name`, visibility "internal") organise the newsroom's work and are never published. */
  internal: boolean;
};

/** An author's profiles elsewhere, as Ghost stores them: a URL for the website, a handle for the rest. */
export type SourceSocial = {
  website: string | null;
  facebook: string | null;
  twitter: string | null;
  instagram: string | null;
  linkedin: string | null;
  threads: string | null;
  bluesky: string | null;
  mastodon: string | null;
  tiktok: string | null;
  youtube: string | null;
};

export type SourceAuthor = {
  id: string;
  slug: string;
  name: string;
  bio: string | null;
  profileImage: string | null;
  social: SourceSocial;
};

export type SourcePost = {
  /** The input file, for the report. */
  input: string;
  id: string;
  kind: 'post' | 'page';
  title: string;
  slug: string;
  html: string;
  /** published, draft, scheduled, sent (an e-mail-only post in Ghost 5), … */
  status: string;
  emailOnly: boolean;
  /** public, members, paid or tiers. */
  visibility: string;
  /**
   * True when the html is already only the free preview: the Content API answers a visitor (`access: false`) with
   * the part before `<!--members-only-->`, or nothing.
   */
  htmlIsPreview: boolean;
  customExcerpt: string | null;
  featureImage: string | null;
  featureImageAlt: string | null;
  featureImageCaption: string | null;
  /** As Ghost wrote it: an ISO string (with `Z` in exports, the site's offset from the API) or epoch milliseconds. */
  publishedAt: string | number | null;
  updatedAt: string | number | null;
  /** In Ghost's order: the primary tag and the primary author first. */
  tags: SourceTag[];
  authors: SourceAuthor[];
};

export type NavigationItem = { label: string; url: string };

export type SourceSite = {
  title: string | null;
  description: string | null;
  language: string | null;
  /** Ghost's `timezone` setting (`Europe/Kyiv`), which Ghost shows dates in. */
  timeZone: string | null;
  /** The site's own URL, when the input says it (Content API settings or post URLs). */
  url: string | null;
  /** Ghost's secondary navigation, which themes show in the footer. */
  footerNavigation: NavigationItem[];
};

export type GhostSource = { posts: SourcePost[]; site: SourceSite };
