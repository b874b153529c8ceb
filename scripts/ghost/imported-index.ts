/**
 * The link index once posts are mapped: a post or page skipped while mapping (nothing to show, no date, no author)
 * leaves it, and so do the tags and authors that only skipped posts had.
 */
import type { MappedPost } from './map-post.ts';
import type { SiteIndex } from './site-links.ts';
import type { SourcePost } from './source-model.ts';

export type MappedSource = { post: SourcePost; result: MappedPost };

/**
 * The index with only what is imported: posts and pages that were not skipped, and tags and authors of imported
 * articles. A link to anything else then points to the old site, like a link to a draft.
 */
export function importedIndex(index: SiteIndex, mapped: readonly MappedSource[]): SiteIndex {
  const kept = (kind: 'post' | 'page') =>
    new Set(
      mapped.filter(({ post, result }) => post.kind === kind && result.kind !== 'skipped').map(({ post }) => post.slug),
    );
  const articles = mapped.flatMap(({ result }) => (result.kind === 'article' ? [result.article] : []));
  const usedTags = new Set(articles.flatMap((article) => article.tags));
  const usedAuthors = new Set(articles.flatMap((article) => article.authors));
  const keptPosts = kept('post');
  const keptPages = kept('page');
  const only = (map: ReadonlyMap<string, string>, keep: (ghost: string, slug: string) => boolean) =>
    new Map([...map].filter(([ghost, slug]) => keep(ghost, slug)));
  return {
    siteUrl: index.siteUrl,
    posts: only(index.posts, (ghost) => keptPosts.has(ghost)),
    pages: only(index.pages, (ghost) => keptPages.has(ghost)),
    tags: only(index.tags, (_ghost, slug) => usedTags.has(slug)),
    authors: only(index.authors, (_ghost, slug) => usedAuthors.has(slug)),
  };
}
