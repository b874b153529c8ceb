/** A body block of the content format → the block a view renders, inline markup parsed once, here. */
import type { BodyBlock } from '../../lib/content/model.ts';
import { parseInline } from '../content/inline-markup.ts';
import type { Article, Block, Image } from '../content/schema.ts';
import { embedPlayer } from './embed-player.ts';
import { enhanceImage, type ImageResolver } from './enhance-image.ts';

export function enhanceBlock(block: Block, resolveImage: ImageResolver): BodyBlock {
  if (typeof block === 'string') return { type: 'paragraph', content: parseInline(block) };
  switch (block.type) {
    case 'heading':
      return { type: 'heading', text: block.text, level: block.level ?? 2 };
    case 'quote':
      return { type: 'quote', content: parseInline(block.text), cite: block.cite ?? null };
    case 'list':
      return { type: 'list', ordered: block.ordered ?? false, items: block.items.map(parseInline) };
    case 'image': {
      const { type: _type, ...image } = block;
      return { type: 'image', image: enhanceImage(image, resolveImage) };
    }
    case 'gallery':
      return {
        type: 'gallery',
        images: block.images.map((image) => enhanceImage(image, resolveImage)),
        caption: block.caption ?? null,
      };
    case 'embed':
      return {
        type: 'embed',
        url: block.url,
        provider: block.provider ?? new URL(block.url).hostname.replace(/^www\./, ''),
        title: block.title ?? null,
        caption: block.caption ?? null,
        player: embedPlayer(block.url),
      };
    case 'code':
      return { type: 'code', text: block.text, language: block.language ?? null };
    case 'divider':
      return { type: 'divider' };
  }
}

export function enhanceBody(body: readonly Block[], resolveImage: ImageResolver): BodyBlock[] {
  return body.map((block) => enhanceBlock(block, resolveImage));
}

/** Every image of the article, in order: its lead photo, then its body's. */
export function imagesOf(article: Pick<Article, 'image' | 'body'>): Image[] {
  const images = article.image === undefined ? [] : [article.image];
  for (const block of article.body) {
    if (typeof block === 'string') continue;
    if (block.type === 'image') images.push(block);
    if (block.type === 'gallery') images.push(...block.images);
  }
  return images;
}

/**
 * Every image `src` the article's view resolves, in order. What its page's key holds of the resolver
 * (enhance-article.ts: articleSource), so it must name every image enhanceBlock and enhanceArticle resolve.
 */
export function imageSources(article: Pick<Article, 'image' | 'body'>): string[] {
  return imagesOf(article).flatMap((image) => (image.src === undefined ? [] : [image.src]));
}
