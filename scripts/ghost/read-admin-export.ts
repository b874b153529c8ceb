/**
 * An Admin export's tables joined into posts with their tags and authors, in Ghost's order, and the site's public
 * settings. Only the tables named in ghost-schemas.ts are read; the rest of the export (members, api_keys, sessions,
 * e-mails, …) is never looked at.
 */
import type { ExportData } from './ghost-schemas.ts';
import { NavigationJsonSchema } from './ghost-schemas.ts';
import type { GhostSource, NavigationItem, SourceAuthor, SourcePost, SourceSite, SourceTag } from './source-model.ts';
import { nonEmptyText, sourceAuthor, sourceTag } from './source-records.ts';

type Ordered = { sort_order?: number | null | undefined };

/** Rows sorted by sort_order; rows without one keep the file's order, after those that have one. */
function bySortOrder<T extends Ordered>(rows: T[]): T[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => (a.row.sort_order ?? Infinity) - (b.row.sort_order ?? Infinity) || a.index - b.index)
    .map(({ row }) => row);
}

function group<T extends { post_id: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.post_id);
    if (list === undefined) groups.set(row.post_id, [row]);
    else list.push(row);
  }
  return groups;
}

function flag(value: boolean | number | null | undefined): boolean {
  return value === true || value === 1;
}

function settingText(settings: Map<string, unknown>, key: string): string | null {
  const value = settings.get(key);
  return typeof value === 'string' ? nonEmptyText(value) : null;
}

function navigation(settings: Map<string, unknown>, key: string): NavigationItem[] {
  const value = settings.get(key);
  if (typeof value !== 'string') return [];
  try {
    const parsed = NavigationJsonSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

function readSite(data: ExportData): SourceSite {
  const settings = new Map(data.settings.map((setting) => [setting.key, setting.value]));
  return {
    title: settingText(settings, 'title'),
    description: settingText(settings, 'description'),
    // Ghost 5 renamed `lang` to `locale`.
    language: settingText(settings, 'locale') ?? settingText(settings, 'lang'),
    timeZone: settingText(settings, 'timezone'),
    url: null,
    footerNavigation: navigation(settings, 'secondary_navigation'),
  };
}

function readPosts(input: string, data: ExportData): SourcePost[] {
  const tags = new Map<string, SourceTag>(data.tags.map((tag) => [tag.id, sourceTag(tag)]));
  const authors = new Map<string, SourceAuthor>(data.users.map((user) => [user.id, sourceAuthor(user)]));
  const postTags = group(data.posts_tags);
  const postAuthors = group(data.posts_authors);
  const postMeta = new Map(data.posts_meta.map((meta) => [meta.post_id, meta]));

  return data.posts.map((post): SourcePost => {
    const meta = postMeta.get(post.id);
    const authorIds = bySortOrder(postAuthors.get(post.id) ?? []).map((row) => row.author_id);
    if (authorIds.length === 0 && post.author_id !== null && post.author_id !== undefined)
      authorIds.push(post.author_id);
    return {
      input,
      id: post.id,
      kind: post.type === 'page' || (post.type == null && flag(post.page)) ? 'page' : 'post',
      title: post.title ?? '',
      slug: post.slug,
      html: post.html ?? '',
      status: post.status,
      emailOnly: flag(meta?.email_only) || post.status === 'sent',
      visibility: post.visibility ?? 'public',
      htmlIsPreview: false,
      customExcerpt: nonEmptyText(post.custom_excerpt),
      featureImage: nonEmptyText(post.feature_image),
      featureImageAlt: nonEmptyText(meta?.feature_image_alt),
      featureImageCaption: nonEmptyText(meta?.feature_image_caption),
      publishedAt: post.published_at ?? null,
      updatedAt: post.updated_at ?? null,
      tags: bySortOrder(postTags.get(post.id) ?? []).flatMap((row) => tags.get(row.tag_id) ?? []),
      authors: authorIds.flatMap((id) => authors.get(id) ?? []),
    };
  });
}

export function readAdminExport(input: string, databases: ExportData[]): GhostSource {
  const posts = databases.flatMap((data) => readPosts(input, data));
  const sites = databases.map(readSite);
  const site: SourceSite = {
    title: sites.find((one) => one.title !== null)?.title ?? null,
    description: sites.find((one) => one.description !== null)?.description ?? null,
    language: sites.find((one) => one.language !== null)?.language ?? null,
    timeZone: sites.find((one) => one.timeZone !== null)?.timeZone ?? null,
    url: null,
    footerNavigation: sites.find((one) => one.footerNavigation.length > 0)?.footerNavigation ?? [],
  };
  return { posts, site };
}
