/**
 * Content API responses (`/ghost/api/content/posts/?include=tags,authors`, `/pages/`, `/settings/`), one file per
 * page of results, as posts of the source model. The API returns only published posts, so status is "published".
 */
import type { ApiPost, ApiSettingsSchema } from './ghost-schemas.ts';
import type { z } from 'zod';
import type { SourcePost, SourceSite } from './source-model.ts';
import { nonEmptyText, sourceAuthor, sourceTag } from './source-records.ts';

export function readApiPosts(input: string, posts: ApiPost[], kind: 'post' | 'page'): SourcePost[] {
  return posts.map((post) => {
    const tags = post.tags.map(sourceTag);
    // The API lists the primary tag first already; primary_tag says so when a response was trimmed by hand.
    const primary = post.primary_tag?.id;
    const primaryIndex = tags.findIndex((tag) => tag.id === primary);
    if (primaryIndex > 0) tags.unshift(...tags.splice(primaryIndex, 1));
    return {
      input,
      id: post.id,
      kind,
      title: post.title ?? '',
      slug: post.slug,
      html: post.html ?? '',
      status: 'published',
      emailOnly: false,
      visibility: post.visibility ?? 'public',
      htmlIsPreview: post.access === false,
      customExcerpt: nonEmptyText(post.custom_excerpt),
      featureImage: nonEmptyText(post.feature_image),
      featureImageAlt: nonEmptyText(post.feature_image_alt),
      featureImageCaption: nonEmptyText(post.feature_image_caption),
      publishedAt: post.published_at ?? null,
      updatedAt: post.updated_at ?? null,
      tags,
      authors: post.authors.map(sourceAuthor),
    };
  });
}

/** The site's address as the API's post URLs give it: `https://example.org/news/slug/` → `https://example.org/news`. */
export function siteUrlFromPosts(posts: ApiPost[]): string | null {
  for (const post of posts) {
    if (post.url == null) continue;
    try {
      const url = new URL(post.url);
      const segments = url.pathname.split('/').filter((segment) => segment !== '');
      // The last segment is the post's slug (Ghost's default permalink, /:slug/).
      if (segments.at(-1) !== post.slug) continue;
      return `${url.origin}${segments.length > 1 ? `/${segments.slice(0, -1).join('/')}` : ''}`;
    } catch {
      continue;
    }
  }
  return null;
}

export function readApiSettings(settings: z.output<typeof ApiSettingsSchema>['settings']): SourceSite {
  return {
    title: nonEmptyText(settings.title),
    description: nonEmptyText(settings.description),
    language: nonEmptyText(settings.locale) ?? nonEmptyText(settings.lang),
    timeZone: nonEmptyText(settings.timezone),
    url: nonEmptyText(settings.url),
    footerNavigation: settings.secondary_navigation ?? [],
  };
}
