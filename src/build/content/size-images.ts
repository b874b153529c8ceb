/**
 * Completes parsed content with the size of every image that left it out (content format 1.1: an image in the
 * content folder may), so that the view model always has a width and height to reserve the image's space with.
 */
import type {
  Author,
  Block,
  Image,
  ImageSize,
  ParsedArticle,
  ParsedAuthor,
  ParsedBlock,
  ParsedPage,
} from './schema.ts';

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
  if (typeof block === 'string') return block;
  if (block.type === 'image') return sizeImage(block, sizeOf);
  if (block.type === 'gallery') return { ...block, images: block.images.map((image) => sizeImage(image, sizeOf)) };
  return block;
}

export function sizeAuthor(author: ParsedAuthor, sizeOf: SizeOf): Author {
  const { avatar, ...rest } = author;
  return avatar === undefined ? rest : { ...rest, avatar: sizeImage(avatar, sizeOf) };
}

/** An article or a page (1.1): both have a lead image and a body. */
export function sizeArticle<T extends ParsedArticle | ParsedPage>(
  article: T,
  sizeOf: SizeOf,
): Omit<T, 'image' | 'body'> & { image?: Image; body: Block[] } {
  const { image, body, ...rest } = article;
  const sized = { ...rest, body: body.map((block) => sizeBlock(block, sizeOf)) };
  return image === undefined ? sized : { ...sized, image: sizeImage(image, sizeOf) };
}
