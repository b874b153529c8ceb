/**
 * The content folder the importer writes, as content format 1.1 shapes it (/work/shared/content-format.md). Kept
 * apart from src/build/content/schema.ts: that schema is the reader's check of a folder, these are the importer's
 * output, built field by field in the format's order so that the same input always gives the same bytes.
 */

export type Image = {
  /** An https: URL or a path inside the content folder (`images/2024/05/x.jpg`). */
  src: string;
  alt: string;
  width: number;
  height: number;
  caption?: string;
  credit?: string;
};

export type Block =
  | string
  | { type: 'heading'; text: string; level?: 3 | 4 }
  | { type: 'quote'; text: string; cite?: string }
  | { type: 'list'; ordered?: true; items: string[] }
  | ({ type: 'image' } & Image)
  | { type: 'gallery'; images: Image[]; caption?: string }
  | { type: 'embed'; url: string; provider?: string; title?: string; caption?: string }
  | { type: 'code'; text: string; language?: string }
  | { type: 'divider' };

export type Article = {
  slug: string;
  title: string;
  standfirst?: string;
  publishedAt: string;
  updatedAt?: string;
  authors: string[];
  tags: string[];
  image?: Image;
  body: Block[];
  access?: 'members';
};

export type Page = {
  slug: string;
  title: string;
  standfirst?: string;
  updatedAt?: string;
  image?: Image;
  body: Block[];
};

export type AuthorLink = { label: string; url: string };

export type Author = {
  slug: string;
  name: string;
  bio?: string;
  avatar?: Image;
  links?: AuthorLink[];
};

export type Tag = { slug: string; name: string; description?: string };

export type Site = {
  title: string;
  description: string;
  url: string;
  language?: string;
  /** Never from Ghost: kept from the folder the import replaces (kept-membership-url.ts). */
  membershipUrl?: string;
  footerPages?: string[];
};

/** A whole content folder, before it is written. */
export type ContentFolder = {
  site: Site;
  authors: Author[];
  tags: Tag[];
  articles: Article[];
  pages: Page[];
  /** Image files to copy into the folder: `to` is the path inside it (`images/…`). */
  imageFiles: { from: string; to: string }[];
};
