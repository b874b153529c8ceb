/**
 * Body blocks as html-blocks.ts maps them, before images are resolved: an image still has Ghost's src and, maybe,
 * no size. resolve-images.ts turns them into the format's blocks (content-types.ts), or drops them.
 */
import type { Block } from './content-types.ts';

export type DraftImage = {
  /** As Ghost wrote it: `__GHOST_URL__/content/images/…`, a site path, or another site's URL. */
  src: string;
  alt: string;
  width?: number;
  height?: number;
  caption?: string;
  credit?: string;
};

export type DraftBlock =
  | Exclude<Block, { type: 'image' } | { type: 'gallery' }>
  | { type: 'image'; image: DraftImage }
  | { type: 'gallery'; images: DraftImage[]; caption?: string };

/** Notes one thing a person should know about the mapping of a post: a drop or a rewrite. */
export type Note = (message: string) => void;

export type MappingContext = {
  /** The link as the new site has it, or null to keep only the link's text; reports what it changes. */
  link: (href: string) => string | null;
  note: Note;
};
