/**
 * Turns validated content into the data files that route loaders fetch: one
 * file per address (an article, a page of a list, an index), so that a page
 * downloads only its own data however large the folder is.
 */
import { dataPaths } from './data-paths.ts';
import { compareByRecency, excerpt, pageCount, pageOf, paragraphs, readingMinutes } from './derive.ts';
import type {
  ArticleListPage,
  ArticleSummary,
  ArticleView,
  AuthorIndexData,
  AuthorPageData,
  AuthorProfile,
  BodyBlock,
  ImageView,
  SiteInfo,
  TagFilterData,
  TagIndexData,
  TagPageData,
  TagProfile,
  TagRef,
} from './model.ts';
import { createRelatedFinder } from './related.ts';
import type { Article, Author, Block, Image, Site, Tag } from './schema.ts';

export type Content = { site: Site; authors: Author[]; tags: Tag[]; articles: Article[] };

/** Maps an image `src` from content to the address the browser loads. */
export type ImageUrlResolver = (src: string) => string;

/** One address of the site with the data its view renders, for prerendering, feeds and the sitemap. */
export type SitePage =
  | { kind: 'latest'; data: ArticleListPage }
  | { kind: 'article'; data: ArticleView }
  | { kind: 'tag'; data: TagPageData }
  | { kind: 'author'; data: AuthorPageData }
  | { kind: 'tag-index'; data: TagIndexData }
  | { kind: 'author-index'; data: AuthorIndexData };

export type PageData = {
  site: SiteInfo;
  /** Every address's data, in the order: articles, latest, tags, authors, indexes. */
  pages: SitePage[];
  /** The data files by path (data-paths.ts): what the client fetches. */
  files: Map<string, unknown>;
};

export function dataPathOf(page: SitePage): string {
  switch (page.kind) {
    case 'latest':
      return dataPaths.latest(page.data.page);
    case 'article':
      return dataPaths.article(page.data.slug);
    case 'tag':
      return dataPaths.tag(page.data.tag.slug, page.data.list.page);
    case 'author':
      return dataPaths.author(page.data.author.slug, page.data.list.page);
    case 'tag-index':
      return dataPaths.tagIndex();
    case 'author-index':
      return dataPaths.authorIndex();
  }
}

export function siteInfo(site: Site): SiteInfo {
  return {
    title: site.title,
    description: site.description,
    url: site.url,
    language: site.language,
    membershipUrl: site.membershipUrl ?? null,
  };
}

function imageView(image: Image, resolveUrl: ImageUrlResolver): ImageView {
  return {
    src: image.src === undefined ? null : resolveUrl(image.src),
    alt: image.alt,
    width: image.width,
    height: image.height,
    caption: image.caption ?? null,
    credit: image.credit ?? null,
  };
}

function blockView(block: Block, resolveUrl: ImageUrlResolver): BodyBlock {
  if (typeof block === 'string') return { type: 'paragraph', text: block };
  switch (block.type) {
    case 'heading':
      return { type: 'heading', text: block.text };
    case 'quote':
      return { type: 'quote', text: block.text, cite: block.cite ?? null };
    case 'list':
      return { type: 'list', ordered: block.ordered ?? false, items: block.items };
    case 'image': {
      const { type: _type, ...image } = block;
      return { type: 'image', image: imageView(image, resolveUrl) };
    }
  }
}

/** The texts whose words count towards reading time. */
function bodyTexts(body: readonly Block[]): string[] {
  return body.flatMap((block) => {
    if (typeof block === 'string') return [block];
    switch (block.type) {
      case 'heading':
        return [block.text];
      case 'quote':
        return block.cite === undefined ? [block.text] : [block.text, block.cite];
      case 'list':
        return block.items;
      case 'image':
        return [];
    }
  });
}

function firstParagraph(body: readonly Block[]): string | undefined {
  return body.find((block): block is string => typeof block === 'string');
}

/** Pages of 20; an empty list still has its first page. */
export function paginate(items: readonly ArticleSummary[]): ArticleListPage[] {
  const count = pageCount(items.length);
  return Array.from({ length: count }, (_, index) => ({
    page: index + 1,
    pageCount: count,
    total: items.length,
    items: pageOf(items, index + 1),
  }));
}

/**
 * The tag filter's one data file: tags by name, and each article's tag
 * indexes in recency order, arrays of small integers so that it stays small
 * at ten thousand articles (docs/decisions/001-per-address-data-files.md).
 */
export function tagFilterData(
  tags: readonly Tag[],
  articlesByRecency: readonly Article[],
  language: string,
): TagFilterData {
  const sorted = [...tags].sort((a, b) => a.name.localeCompare(b.name, language));
  const indexOf = new Map(sorted.map((tag, index) => [tag.slug, index]));
  return {
    tags: sorted.map((tag) => ({ slug: tag.slug, name: tag.name })),
    articles: articlesByRecency.map((article) =>
      [...new Set(article.tags.flatMap((slug) => indexOf.get(slug) ?? []))].sort((a, b) => a - b),
    ),
  };
}

export function buildPageData(content: Content, resolveUrl: ImageUrlResolver = (src) => src): PageData {
  const pages: SitePage[] = [];
  const articles = [...content.articles].sort(compareByRecency);
  const tagsBySlug = new Map(content.tags.map((tag) => [tag.slug, tag]));
  const authorsBySlug = new Map(content.authors.map((author) => [author.slug, author]));

  const articlesByTag = new Map<string, Article[]>(content.tags.map((tag) => [tag.slug, []]));
  const articlesByAuthor = new Map<string, Article[]>(content.authors.map((author) => [author.slug, []]));
  for (const article of articles) {
    for (const tag of article.tags) articlesByTag.get(tag)?.push(article);
    for (const author of article.authors) articlesByAuthor.get(author)?.push(article);
  }

  const tagRef = (slug: string): TagRef => ({ slug, name: tagsBySlug.get(slug)?.name ?? slug });
  const tagProfile = (tag: Tag): TagProfile => ({
    slug: tag.slug,
    name: tag.name,
    description: tag.description ?? null,
    articleCount: articlesByTag.get(tag.slug)?.length ?? 0,
  });
  const authorProfile = (author: Author): AuthorProfile => ({
    slug: author.slug,
    name: author.name,
    role: author.role ?? null,
    bio: paragraphs(author.bio),
    avatar: author.avatar === undefined ? null : imageView(author.avatar, resolveUrl),
    links: author.links ?? [],
    articleCount: articlesByAuthor.get(author.slug)?.length ?? 0,
  });
  const authorProfiles = new Map(content.authors.map((author) => [author.slug, authorProfile(author)]));

  const summaries = new Map<string, ArticleSummary>(
    articles.map((article) => {
      const primaryTag = article.tags[0];
      return [
        article.slug,
        {
          slug: article.slug,
          title: article.title,
          excerpt: excerpt(article.standfirst, firstParagraph(article.body)),
          publishedAt: article.publishedAt,
          authors: article.authors.map((slug) => ({ slug, name: authorsBySlug.get(slug)?.name ?? slug })),
          primaryTag: primaryTag === undefined ? null : tagRef(primaryTag),
          image: article.image === undefined ? null : imageView(article.image, resolveUrl),
        },
      ];
    }),
  );
  const summaryOf = (slug: string): ArticleSummary[] => {
    const summary = summaries.get(slug);
    return summary === undefined ? [] : [summary];
  };
  const summariesOf = (list: readonly Article[]) => list.flatMap((article) => summaryOf(article.slug));

  const relatedTo = createRelatedFinder(articles);
  articles.forEach((article, index) => {
    const view: ArticleView = {
      slug: article.slug,
      title: article.title,
      standfirst: article.standfirst ?? null,
      excerpt: excerpt(article.standfirst, firstParagraph(article.body)),
      publishedAt: article.publishedAt,
      updatedAt: article.updatedAt ?? null,
      readingMinutes: readingMinutes(bodyTexts(article.body)),
      authors: article.authors.flatMap((slug) => {
        const profile = authorProfiles.get(slug);
        return profile === undefined ? [] : [profile];
      }),
      tags: article.tags.map(tagRef),
      image: article.image === undefined ? null : imageView(article.image, resolveUrl),
      body: article.body.map((block) => blockView(block, resolveUrl)),
      source: article.source === undefined ? null : { name: article.source.name, url: article.source.url ?? null },
      related: relatedTo(index).flatMap((other) => summaryOf(articles[other]?.slug ?? '')),
    };
    pages.push({ kind: 'article', data: view });
  });

  for (const list of paginate(summariesOf(articles))) pages.push({ kind: 'latest', data: list });

  for (const tag of content.tags) {
    const page: Omit<TagPageData, 'list'> = { tag: tagProfile(tag) };
    for (const list of paginate(summariesOf(articlesByTag.get(tag.slug) ?? []))) {
      pages.push({ kind: 'tag', data: { ...page, list } });
    }
  }

  for (const [slug, author] of authorProfiles) {
    for (const list of paginate(summariesOf(articlesByAuthor.get(slug) ?? []))) {
      pages.push({ kind: 'author', data: { author, list } });
    }
  }

  const tagIndex: TagIndexData = {
    tags: content.tags
      .map(tagProfile)
      .filter((tag) => tag.articleCount > 0)
      .sort((a, b) => a.name.localeCompare(b.name, content.site.language)),
  };
  pages.push({ kind: 'tag-index', data: tagIndex });

  const authorIndex: AuthorIndexData = {
    authors: [...authorProfiles.values()].sort((a, b) => a.name.localeCompare(b.name, content.site.language)),
  };
  pages.push({ kind: 'author-index', data: authorIndex });

  const files = new Map<string, unknown>(pages.map((page) => [dataPathOf(page), page.data]));
  // Not an address of its own: the home view fetches it only when the reader filters by tag.
  files.set(dataPaths.tagFilter(), tagFilterData(content.tags, articles, content.site.language));
  return { site: siteInfo(content.site), pages, files };
}
