/**
 * The content format (docs/content-format.md), as zod schemas.
 *
 * This is the only module that knows the shape of the files in a content
 * folder. Everything else works on the derived view model (model.ts).
 * Objects are strict because an unknown field is usually a typo.
 */
import { z } from 'zod';

import { isAbsoluteUrl, isSafeLink } from '../../lib/content/link.ts';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../../lib/content/slug.ts';

export const SlugSchema = z
  .string()
  .max(SLUG_MAX_LENGTH, { error: `must be at most ${SLUG_MAX_LENGTH} characters` })
  .refine((value) => SLUG_PATTERN.test(value), {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not a slug (lowercase ASCII letters, digits and single hyphens)`,
  });

/** Half of a character outside the BMP, as a cut emoji leaves it (`"\ud83d"` in JSON): pages would show �. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Any text shown: `alt` may be empty, other text fields not (TextSchema). */
const WellFormedSchema = z.string().refine((value) => !LONE_SURROGATE.test(value), {
  error: 'holds half a character (a lone surrogate, as text cut inside an emoji leaves): remove or complete it',
});

const TextSchema = WellFormedSchema.refine((value) => value.trim() !== '', { error: 'must not be empty' });

export const LinkSchema = z.string().refine(isSafeLink, {
  error: (issue) =>
    `${JSON.stringify(issue.input)} is not an allowed link (https:, http:, mailto: or a path starting with /)`,
});

const HttpsUrlSchema = z.string().refine((value) => isAbsoluteUrl(value, ['https:']), {
  error: (issue) => `${JSON.stringify(issue.input)} is not an absolute https: URL`,
});

/**
 * site.json's `url`: every canonical link, feed and the sitemap starts with it, so it is taken as a browser reads
 * it (lowercase host, punycode, no trailing slash) and must be nothing but where the site is: no query, fragment
 * or user, and no spaces around it, each of which would otherwise end up inside every address.
 */
const SiteUrlSchema = HttpsUrlSchema.refine((value) => value === value.trim(), {
  error: (issue) => `${JSON.stringify(issue.input)} has spaces around it`,
})
  .refine(
    (value) => {
      // Not a URL at all is the first check's to say.
      if (!URL.canParse(value)) return true;
      const url = new URL(value);
      return !/[?#]/.test(value) && url.username === '' && url.password === '';
    },
    { error: (issue) => `${JSON.stringify(issue.input)} must be only where the site is: no query, fragment or user` },
  )
  .transform((value) => {
    const url = new URL(value);
    return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
  });

const AbsoluteUrlSchema = z.string().refine((value) => isAbsoluteUrl(value, ['https:', 'http:', 'mailto:']), {
  error: (issue) => `${JSON.stringify(issue.input)} is not an absolute http(s): or mailto: URL`,
});

/** `images/x.jpg`: relative, inside the content folder, no `..` segment. */
export function isContentPath(value: string): boolean {
  if (value === '' || value.startsWith('/') || value.includes('\\')) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return false;
  return value.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

const ImageSrcSchema = z.string().refine((value) => isAbsoluteUrl(value, ['https:']) || isContentPath(value), {
  error: (issue) => `${JSON.stringify(issue.input)} is neither an https: URL nor a path inside the content folder`,
});

const PositiveIntSchema = z
  .int({ error: 'must be a positive integer' })
  .positive({ error: 'must be a positive integer' });

const imageShape = {
  src: ImageSrcSchema.optional(),
  alt: WellFormedSchema,
  // Optional here; requireImageSize says when they are required.
  width: PositiveIntSchema.optional(),
  height: PositiveIntSchema.optional(),
  caption: TextSchema.optional(),
  credit: TextSchema.optional(),
};

/** The fields requireImageSize reads, as unknown: it also runs on an image whose other fields failed. */
type ImageFields = { src?: unknown; width?: unknown; height?: unknown };

/** Run requireImageSize even when a field failed, so that a missing width shows with, not after, a bad height. */
const onAnyObject = {
  when: ({ value }: { value: unknown }) => value !== null && typeof value === 'object' && !Array.isArray(value),
};

/**
 * (1.1) Only an image in the content folder may leave out its width and height: the content loader reads them from
 * the file (scripts/content/image-file.ts). An https: image or one without src has no file to read; an invalid src
 * is reported on its own, and what the editor meant by it is unknown.
 */
function requireImageSize(image: ImageFields, context: z.RefinementCtx): void {
  const { src, width, height } = image;
  if (src === undefined || (typeof src === 'string' && isAbsoluteUrl(src, ['https:']))) {
    const kind = src === undefined ? 'an image without src' : 'an https: image';
    const message = `required field is missing (${kind} needs width and height)`;
    if (width === undefined) context.addIssue({ code: 'custom', path: ['width'], message });
    if (height === undefined) context.addIssue({ code: 'custom', path: ['height'], message });
  } else if (typeof src === 'string' && isContentPath(src) && (width === undefined) !== (height === undefined)) {
    // One of them alone cannot be checked against the file, and the other would have to be guessed.
    const [key, given] = width === undefined ? ['width', 'height'] : ['height', 'width'];
    context.addIssue({
      code: 'custom',
      path: [key],
      message: `required when ${given} is given (or leave both out to read them from the file)`,
    });
  }
}

export const ImageSchema = z.strictObject(imageShape).superRefine(requireImageSize, onAnyObject);

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const DateTimeSchema = z.iso.datetime({ offset: true });

/** `2025-08-22`, or a date-time with an offset (`Z` or `+03:00`). */
export function isPublicationDate(value: string): boolean {
  if (DATE_PATTERN.test(value)) {
    // Round-trip to reject 2025-02-30, which Date would roll over.
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
  }
  return DateTimeSchema.safeParse(value).success;
}

const PublicationDateSchema = z.string().refine(isPublicationDate, {
  error: (issue) =>
    `${JSON.stringify(issue.input)} is not an ISO 8601 date (2025-08-22) or date-time with offset (2025-08-22T09:30:00+03:00)`,
});

export const SiteSchema = z.strictObject({
  title: TextSchema,
  description: TextSchema,
  url: SiteUrlSchema,
  language: z
    .string()
    .refine(
      (value) => {
        try {
          return Intl.getCanonicalLocales(value).length === 1;
        } catch {
          return false;
        }
      },
      { error: (issue) => `${JSON.stringify(issue.input)} is not a BCP 47 language tag` },
    )
    .default('en'),
  membershipUrl: AbsoluteUrlSchema.optional(),
  /** (1.1) The pages the footer links to, in this order; each must exist (load-content.ts checks). */
  footerPages: z.array(SlugSchema).optional(),
});

export const AuthorLinkSchema = z.strictObject({ label: TextSchema, url: LinkSchema });

export const AuthorSchema = z.strictObject({
  slug: SlugSchema,
  name: TextSchema,
  role: TextSchema.optional(),
  bio: TextSchema.optional(),
  avatar: ImageSchema.optional(),
  links: z.array(AuthorLinkSchema).optional(),
});

export const AuthorsSchema = z.array(AuthorSchema);

export const TagSchema = z.strictObject({
  slug: SlugSchema,
  name: TextSchema,
  description: TextSchema.optional(),
});

export const TagsSchema = z.array(TagSchema);

export const HeadingBlockSchema = z.strictObject({
  type: z.literal('heading'),
  text: TextSchema,
  // (1.1) Level 2 unless given: the headline is the page's only h1.
  level: z.literal([2, 3, 4]).optional(),
});
export const QuoteBlockSchema = z.strictObject({
  type: z.literal('quote'),
  text: TextSchema,
  cite: TextSchema.optional(),
});
export const ListBlockSchema = z.strictObject({
  type: z.literal('list'),
  ordered: z.boolean().optional(),
  items: z.array(TextSchema).min(1, { error: 'a list needs at least one item' }),
});
export const ImageBlockSchema = z
  .strictObject({ type: z.literal('image'), ...imageShape })
  .superRefine(requireImageSize, onAnyObject);
/** (1.1) 2 to 12 pictures shown together as one figure. */
export const GalleryBlockSchema = z.strictObject({
  type: z.literal('gallery'),
  images: z
    .array(ImageSchema)
    .min(2, { error: 'a gallery needs at least 2 images' })
    .max(12, { error: 'a gallery has at most 12 images' }),
  caption: TextSchema.optional(),
});
/** (1.1) A video, post or map hosted elsewhere: shown as a link; nothing is fetched until the reader asks. */
export const EmbedBlockSchema = z.strictObject({
  type: z.literal('embed'),
  url: HttpsUrlSchema,
  provider: TextSchema.optional(),
  title: TextSchema.optional(),
  caption: TextSchema.optional(),
});
/** (1.1) Preformatted text, shown exactly as written. */
export const CodeBlockSchema = z.strictObject({
  type: z.literal('code'),
  text: TextSchema,
  language: TextSchema.optional(),
});
/** (1.1) A section break. */
export const DividerBlockSchema = z.strictObject({ type: z.literal('divider') });

/** Every kind of block object, listed once: the union below and the content check's messages read it. */
export const BLOCK_OBJECT_SCHEMAS = [
  HeadingBlockSchema,
  QuoteBlockSchema,
  ListBlockSchema,
  ImageBlockSchema,
  GalleryBlockSchema,
  EmbedBlockSchema,
  CodeBlockSchema,
  DividerBlockSchema,
] as const;

export const BlockSchema = z.union([TextSchema, z.discriminatedUnion('type', BLOCK_OBJECT_SCHEMAS)]);

export const SourceSchema = z.strictObject({ name: TextSchema, url: LinkSchema.optional() });

export const ArticleSchema = z.strictObject({
  slug: SlugSchema,
  title: TextSchema.max(300, { error: 'must be at most 300 characters' }),
  standfirst: TextSchema.optional(),
  publishedAt: PublicationDateSchema,
  updatedAt: PublicationDateSchema.optional(),
  authors: z.array(SlugSchema).min(1, { error: 'an article needs at least one author' }),
  tags: z.array(SlugSchema),
  image: ImageSchema.optional(),
  body: z.array(BlockSchema).min(1, { error: 'an article needs at least one block' }),
  source: SourceSchema.optional(),
  /** (1.1) `members`: the body is the free preview of a members-only story; the rest is not in the folder. */
  access: z.enum(['public', 'members']).optional(),
});

/**
 * (1.1) Addresses the reader uses for itself, which a page's slug must not take (content format: pages). Slugs
 * cannot hold a dot, so `feed.xml`, `sitemap.xml` and the like are out of reach already.
 */
export const RESERVED_PAGE_SLUGS: ReadonlySet<string> = new Set([
  'articles',
  'tags',
  'authors',
  'search',
  'page',
  'data',
  'assets',
  'images',
  'feed',
  'feeds',
  '404',
]);

/** (1.1) A standalone page (About, Contact, Privacy…), served at `/<slug>`. */
export const PageSchema = z.strictObject({
  slug: SlugSchema.refine((slug) => !RESERVED_PAGE_SLUGS.has(slug), {
    error: (issue) => `${JSON.stringify(issue.input)} is an address the reader uses for itself`,
  }),
  title: TextSchema.max(300, { error: 'must be at most 300 characters' }),
  standfirst: TextSchema.optional(),
  updatedAt: PublicationDateSchema.optional(),
  image: ImageSchema.optional(),
  body: z.array(BlockSchema).min(1, { error: 'a page needs at least one block' }),
});

export type Site = z.infer<typeof SiteSchema>;
export type AuthorLink = z.infer<typeof AuthorLinkSchema>;
export type Tag = z.infer<typeof TagSchema>;
export type Source = z.infer<typeof SourceSchema>;

/*
 * The content as the schemas accept it, and as the content loader hands it on. They differ in one thing: a parsed
 * image in the content folder may lack its width and height, which the loader then reads from the file
 * (size-images.ts), so that the view model always has them.
 */
export type ParsedImage = z.infer<typeof ImageSchema>;
export type ParsedBlock = z.infer<typeof BlockSchema>;
export type ParsedAuthor = z.infer<typeof AuthorSchema>;
export type ParsedArticle = z.infer<typeof ArticleSchema>;
export type ParsedPage = z.infer<typeof PageSchema>;

export type ImageSize = { width: number; height: number };
type Sized<T> = Omit<T, 'width' | 'height'> & ImageSize;

export type Image = Sized<ParsedImage>;
export type ImageBlock = Sized<Extract<ParsedBlock, { type: 'image' }>>;
export type GalleryBlock = Omit<Extract<ParsedBlock, { type: 'gallery' }>, 'images'> & { images: Image[] };
export type Block = Exclude<ParsedBlock, { type: 'image' | 'gallery' }> | ImageBlock | GalleryBlock;
export type Author = Omit<ParsedAuthor, 'avatar'> & { avatar?: Image };
export type Article = Omit<ParsedArticle, 'image' | 'body'> & { image?: Image; body: Block[] };
export type Page = Omit<ParsedPage, 'image' | 'body'> & { image?: Image; body: Block[] };
