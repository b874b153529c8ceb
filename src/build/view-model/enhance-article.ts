/** An article of the content format → what its page renders, and its entry in lists. */
import type {
  ArticleSummary,
  ArticleView,
  AuthorProfile,
  ImageView,
  TagRef,
  ThumbnailView,
} from '../../lib/content/model.ts';
import type { Article } from '../content/schema.ts';
import { excerpt, readingMinutes } from './derive.ts';
import { enhanceBody } from './enhance-body.ts';
import { enhanceImage, type ImageResolver } from './enhance-image.ts';

export type ArticleContext = {
  tag: (slug: string) => TagRef;
  author: (slug: string) => AuthorProfile | undefined;
  resolveImage: ImageResolver;
};

/** The article's view, without related reading, which needs the whole site (catalogue.ts). */
export function enhanceArticle(article: Article, context: ArticleContext): Omit<ArticleView, 'related'> {
  const body = enhanceBody(article.body, context.resolveImage);
  const standfirst = article.standfirst ?? null;
  return {
    slug: article.slug,
    title: article.title,
    standfirst,
    excerpt: excerpt(standfirst, body),
    publishedAt: article.publishedAt,
    updatedAt: article.updatedAt ?? null,
    readingMinutes: readingMinutes(body),
    authors: article.authors.flatMap((slug) => context.author(slug) ?? []),
    tags: article.tags.map(context.tag),
    image: article.image === undefined ? null : enhanceImage(article.image, context.resolveImage),
    body,
    source: article.source === undefined ? null : { name: article.source.name, url: article.source.url ?? null },
    access: article.access ?? 'public',
  };
}

/** The article as lists show it. */
export function summarise(article: Omit<ArticleView, 'related'>): ArticleSummary {
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
