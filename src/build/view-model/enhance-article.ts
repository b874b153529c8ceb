/** An article of the content format → what its page renders, and its entry in lists. */
import type {
  ArticleSummary,
  ArticleView,
  AuthorProfile,
  BodyBlock,
  ImageView,
  RelatedArticle,
  TagRef,
  ThumbnailView,
} from '../../lib/content/model.ts';
import type { Article } from '../content/schema.ts';
import { excerpt, readingMinutes } from './derive.ts';
import { enhanceBlock, enhanceBody, imageSources } from './enhance-body.ts';
import { enhanceImage, type ImageResolver } from './enhance-image.ts';

export type ArticleContext = {
  tag: (slug: string) => TagRef;
  author: (slug: string) => AuthorProfile | undefined;
  resolveImage: ImageResolver;
};

/** The article's view, without related reading, which needs the whole site (catalogue.ts). */
export type ArticleViewWithoutRelated = Omit<ArticleView, 'related'>;

/**
 * The article's view, without related reading. Its body and reading time are made when first read: lists, feeds,
 * the sitemap and the tag filter read none of them, and a build that keeps an article's page and search terms
 * (scripts/prerender.ts, scripts/search-index-thread.ts) never parses its body's markup, most of a view's cost.
 * Everything else is made at once; the excerpt parses only the first paragraph.
 */
export function enhanceArticle(article: Article, context: ArticleContext): ArticleViewWithoutRelated {
  // Held weakly: a clean build reads each body twice, for the search index and for the page, far apart, and
  // holding every body between the two kept about 450 MB more alive at 100,000 articles, which took the build over
  // 4 GB. One collected meanwhile is made again.
  let body: WeakRef<BodyBlock[]> | undefined;
  const bodyOf = () => {
    const kept = body?.deref();
    if (kept !== undefined) return kept;
    const made = enhanceBody(article.body, context.resolveImage);
    body = new WeakRef(made);
    return made;
  };
  let minutes: number | undefined;
  const standfirst = article.standfirst ?? null;
  const firstParagraph = article.body.find((block) => typeof block === 'string');
  // In the order of ArticleView's fields, which its JSON keeps: the getters are the properties' places.
  return {
    slug: article.slug,
    title: article.title,
    standfirst,
    excerpt: excerpt(
      standfirst,
      firstParagraph === undefined ? [] : [enhanceBlock(firstParagraph, context.resolveImage)],
    ),
    publishedAt: article.publishedAt,
    updatedAt: article.updatedAt ?? null,
    get readingMinutes() {
      return (minutes ??= readingMinutes(bodyOf()));
    },
    authors: article.authors.flatMap((slug) => context.author(slug) ?? []),
    tags: article.tags.map(context.tag),
    image: article.image === undefined ? null : enhanceImage(article.image, context.resolveImage),
    get body() {
      return bodyOf();
    },
    source: article.source === undefined ? null : { name: article.source.name, url: article.source.url ?? null },
    access: article.access ?? 'public',
  };
}

/** `view` with its related reading; its body and reading time are still made when first read, once for both. */
export function withRelated(view: ArticleViewWithoutRelated, related: RelatedArticle[]): ArticleView {
  return {
    slug: view.slug,
    title: view.title,
    standfirst: view.standfirst,
    excerpt: view.excerpt,
    publishedAt: view.publishedAt,
    updatedAt: view.updatedAt,
    get readingMinutes() {
      return view.readingMinutes;
    },
    authors: view.authors,
    tags: view.tags,
    image: view.image,
    get body() {
      return view.body;
    },
    source: view.source,
    access: view.access,
    related,
  };
}

/**
 * Everything the article's view is made from besides the code, as text: its page's key (scripts/prerender.ts), so
 * that a page that stays is known without making its view. `identity` stands for the article itself (its JSON, or
 * anything that changes whenever that does); `related` is its related reading. Each image it names is there as the
 * resolver resolves it.
 */
export function articleSource(
  article: Article,
  identity: string,
  context: ArticleContext,
  related: RelatedArticle[],
): string {
  return JSON.stringify([
    identity,
    article.authors.map((slug) => context.author(slug) ?? null),
    article.tags.map(context.tag),
    imageSources(article).map((src) => context.resolveImage(src)),
    related,
  ]);
}

/**
 * Everything the article's search fields are made from besides the code (build-index.ts: searchFields): the article
 * and its tags' and authors' names. Narrower than articleSource, so that an article whose related reading or whose
 * author's count changed keeps its search terms.
 */
export function articleSearchSource(article: Article, identity: string, context: ArticleContext): string {
  return JSON.stringify([
    identity,
    article.tags.map((slug) => context.tag(slug).name),
    article.authors.map((slug) => context.author(slug)?.name ?? null),
  ]);
}

/** The article as lists show it. */
export function summarise(article: ArticleViewWithoutRelated): ArticleSummary {
  return {
    slug: article.slug,
    title: article.title,
    excerpt: article.excerpt,
    publishedAt: article.publishedAt,
    authors: article.authors.map(({ slug, name }) => ({ slug, name })),
    primaryTag: article.tags[0] ?? null,
    image: thumbnailOf(article.image),
  };
}

/** What a list draws of a photo; nothing when there is no file to draw. */
function thumbnailOf(image: ImageView | null): ThumbnailView | null {
  if (image?.file == null) return null;
  const { file, alt, width, height, tone } = image;
  return { file, alt, width, height, tone };
}
