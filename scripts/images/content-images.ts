/** The content's own images (`images/x.jpg` in the content folder), which the build turns into variants. */
import { isContentPath, type Image } from '../../src/build/content/schema.ts';
import type { ImageUse } from '../../src/build/images/plan-variants.ts';
import type { Content } from '../../src/build/view-model/catalogue.ts';
import { singleImage, type ImageResolver } from '../../src/build/view-model/enhance-image.ts';
import { formatJsonPath, type Problem } from '../content/problem.ts';
import type { PlannedImage } from './image-pipeline.ts';

/** An image of the content in its folder: how it is used, and the file and JSON path of its `src`, as problems name them. */
export type PlacedImage = Omit<Problem, 'message'> & { image: Image; use: ImageUse };

/** Every image of the content in its folder, by `src`, in content order, with where each is: one walk of the content. */
export function imagesBySrc(content: Content): Map<string, PlacedImage[]> {
  const found = new Map<string, PlacedImage[]>();
  const at = (file: string, jsonPath: PropertyKey[], image: Image | undefined, use: ImageUse) => {
    if (image?.src === undefined || !isContentPath(image.src)) return;
    const placed = { file, path: formatJsonPath([...jsonPath, 'src']), image, use };
    const known = found.get(image.src);
    if (known === undefined) found.set(image.src, [placed]);
    else known.push(placed);
  };
  content.authors.forEach((author, index) => {
    at('authors.json', [index, 'avatar'], author.avatar, 'avatar');
  });
  const stories = [
    ...content.articles.map((story) => ({ story, file: `articles/${story.slug}.json` })),
    ...content.pages.map((story) => ({ story, file: `pages/${story.slug}.json` })),
  ];
  for (const { story, file } of stories) {
    at(file, ['image'], story.image, 'lead');
    story.body.forEach((block, index) => {
      if (typeof block === 'string') return;
      if (block.type === 'image') at(file, ['body', index], block, 'photo');
      if (block.type === 'gallery') {
        block.images.forEach((image, place) => {
          at(file, ['body', index, 'images', place], image, 'photo');
        });
      }
    });
  }
  return found;
}

/** How each image of imagesBySrc is used, once each. */
export function imageUsesOf(placed: ReadonlyMap<string, readonly PlacedImage[]>): Map<string, Set<ImageUse>> {
  return new Map([...placed].map(([src, places]) => [src, new Set(places.map(({ use }) => use))]));
}

/** Every image file in the content folder that the content points to, each once, with how it is used. */
export function contentImageUses(content: Content): Map<string, Set<ImageUse>> {
  return imageUsesOf(imagesBySrc(content));
}

/** Every image path the content points to in its folder. */
export function contentImagePaths(content: Content): string[] {
  return [...contentImageUses(content).keys()];
}

/**
 * The view model's addresses for the build: a content image's variants under `base`; any other `src` (an `https:`
 * image) stays where it is.
 */
export function variantResolver(planned: ReadonlyMap<string, PlannedImage>, base: string): ImageResolver {
  return (src) => {
    const image = planned.get(src);
    if (image === undefined) return singleImage(src);
    const { stem, widths, fallback, tone } = image;
    return { file: { kind: 'variants', stem: `${base}${stem}`, widths, fallback }, tone };
  };
}
