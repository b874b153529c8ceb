/**
 * Completes parsed content with the size of every image that left it out (content format 1.1: an image in the
 * content folder may), so that the view model always has a width and height to reserve the image's space with.
 */
import type { Article, Author, Block, ImageSize, ParsedArticle, ParsedAuthor, ParsedBlock } from './schema.ts';

/**
 * The size of the file an image without width and height points to, as shown. By the schema such an image has a
 * `src` in the content folder, and the content loader has read it before anything is sized.
 */
export type SizeOf = (src: string | undefined) => ImageSize;

type ParsedImageFields = { src?: string; width?: number; height?: number };

/** Given sizes are kept: the content check has found them true to the file's aspect ratio. */
export function sizeImage<T extends ParsedImageFields>(image: T, sizeOf: SizeOf) {
  const { width, height, ...rest } = image;
  const size = width !== undefined && height !== undefined ? { width, height } : sizeOf(image.src);
  return { ...rest, ...size };
}

function sizeBlock(block: ParsedBlock, sizeOf: SizeOf): Block {
  return typeof block === 'string' || block.type !== 'image' ? block : sizeImage(block, sizeOf);
}

export function sizeAuthor(author: ParsedAuthor, sizeOf: SizeOf): Author {
  const { avatar, ...rest } = author;
  return avatar === undefined ? rest : { ...rest, avatar: sizeImage(avatar, sizeOf) };
}

export function sizeArticle(article: ParsedArticle, sizeOf: SizeOf): Article {
  const { image, body, ...rest } = article;
  const sized = { ...rest, body: body.map((block) => sizeBlock(block, sizeOf)) };
  return image === undefined ? sized : { ...sized, image: sizeImage(image, sizeOf) };
}
