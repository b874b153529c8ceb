/**
 * Zod schemas of Ghost's JSON, as the importer reads it: an Admin export (Settings → Advanced → Export, Ghost 2.x to
 * 6.x) and Content API responses (`/ghost/api/content/posts/`, `/pages/`, `/settings/`).
 *
 * Objects are not strict: Ghost adds columns in every version, and the importer reads only the fields below. zod
 * drops every other field while parsing, which is also how secrets (users' e-mail and password hash, api_keys,
 * settings' keys, members) stay out of what the importer holds.
 *
 * Shapes checked against Ghost's own export fixtures (TryGhost/Ghost ghost/core/test/utils/fixtures/export/
 * v2_export.json, v4_export.json) and the Content API documentation.
 */
import { z } from 'zod';

/** Ids are 24-hex strings since Ghost 1.0; very old exports used numbers. */
const IdSchema = z.union([z.string(), z.number()]).transform(String);
const TextSchema = z.string().nullish();
/** An ISO string; epoch milliseconds in old exports. */
const DateSchema = z.union([z.string(), z.number()]).nullish();
/** MySQL exports write booleans as 0 and 1. */
const FlagSchema = z.union([z.boolean(), z.number()]).nullish();

const socialShape = {
  website: TextSchema,
  facebook: TextSchema,
  twitter: TextSchema,
  instagram: TextSchema,
  linkedin: TextSchema,
  threads: TextSchema,
  bluesky: TextSchema,
  mastodon: TextSchema,
  tiktok: TextSchema,
  youtube: TextSchema,
};

export const GhostTagSchema = z.object({
  id: IdSchema,
  name: z.string(),
  slug: z.string(),
  description: TextSchema,
  visibility: TextSchema,
});

/** A staff user (export) or an author (API): public profile fields only. */
export const GhostAuthorSchema = z.object({
  id: IdSchema,
  name: z.string(),
  slug: z.string(),
  bio: TextSchema,
  profile_image: TextSchema,
  ...socialShape,
});

const postShape = {
  id: IdSchema,
  title: TextSchema,
  slug: z.string(),
  html: TextSchema,
  visibility: TextSchema,
  custom_excerpt: TextSchema,
  feature_image: TextSchema,
  published_at: DateSchema,
  updated_at: DateSchema,
};

/** A row of the export's posts table. Ghost 2.x: `page` and the SEO fields on the post; 3.x on: `type`, posts_meta. */
export const ExportPostSchema = z.object({
  ...postShape,
  status: z.string(),
  type: TextSchema,
  page: FlagSchema,
  /** Ghost 2.x, before multiple authors were in posts_authors for every post. */
  author_id: IdSchema.nullish(),
});

const PostTagSchema = z.object({ post_id: IdSchema, tag_id: IdSchema, sort_order: z.number().nullish() });
const PostAuthorSchema = z.object({ post_id: IdSchema, author_id: IdSchema, sort_order: z.number().nullish() });
const PostMetaSchema = z.object({
  post_id: IdSchema,
  feature_image_alt: TextSchema,
  feature_image_caption: TextSchema,
  email_only: FlagSchema,
});
/** Settings are key/value rows; the importer reads a few public keys by name (read-admin-export.ts). */
const SettingSchema = z.object({ key: z.string(), value: z.unknown() });

export const ExportDataSchema = z.object({
  posts: z.array(ExportPostSchema),
  tags: z.array(GhostTagSchema).default([]),
  users: z.array(GhostAuthorSchema).default([]),
  posts_tags: z.array(PostTagSchema).default([]),
  posts_authors: z.array(PostAuthorSchema).default([]),
  posts_meta: z.array(PostMetaSchema).default([]),
  settings: z.array(SettingSchema).default([]),
});

export const AdminExportSchema = z.object({
  db: z.array(z.object({ data: ExportDataSchema })).min(1, { error: 'an export needs at least one database' }),
});

/** A post or page in a Content API response (`?include=tags,authors`). */
export const ApiPostSchema = z.object({
  ...postShape,
  /** False when the API answered a visitor: html is then only the free preview. */
  access: z.boolean().nullish(),
  feature_image_alt: TextSchema,
  feature_image_caption: TextSchema,
  url: TextSchema,
  tags: z.array(GhostTagSchema).default([]),
  authors: z.array(GhostAuthorSchema).default([]),
  primary_tag: GhostTagSchema.nullish(),
});

export const ApiPostsSchema = z.object({ posts: z.array(ApiPostSchema) });
export const ApiPagesSchema = z.object({ pages: z.array(ApiPostSchema) });

const NavigationSchema = z.array(z.object({ label: z.string(), url: z.string() }));

export const ApiSettingsSchema = z.object({
  settings: z.object({
    title: TextSchema,
    description: TextSchema,
    lang: TextSchema,
    locale: TextSchema,
    timezone: TextSchema,
    url: TextSchema,
    secondary_navigation: NavigationSchema.nullish(),
  }),
});

/** Ghost keeps navigation in settings as a JSON string. */
export const NavigationJsonSchema = NavigationSchema;

export type ExportData = z.output<typeof ExportDataSchema>;
export type ApiPost = z.output<typeof ApiPostSchema>;
export type GhostTag = z.output<typeof GhostTagSchema>;
export type GhostAuthor = z.output<typeof GhostAuthorSchema>;
