/** The content's own images (`images/x.jpg` in the content folder), which the build turns into variants. */
import { isContentPath, type Image } from '../../src/build/content/schema.ts';
import type { ImageUse } from '../../src/build/images/plan-variants.ts';
import type { Content } from '../../src/build/view-model/catalogue.ts';
import { singleImage, type ImageResolver } from '../../src/build/view-model/enhance-image.ts';
import { formatJsonPath, type Problem } from '../content/problem.ts';
import type { PlannedImage } from './image-pipeline.ts';

/** Every image file in the content folder that the content points to, each once, with how it is used. */
export function contentImageUses(content: Content): Map<string, Set<ImageUse>> {
  const uses = new Map<string, Set<ImageUse>>();
  const note = (src: string | undefined, use: ImageUse) => {
    if (src === undefined || !isContentPath(src)) return;
    const known = uses.get(src);
    if (known === undefined) uses.set(src, new Set([use]));
    else known.add(use);
  };
  for (const author of content.authors) note(author.avatar?.src, 'avatar');
  for (const story of [...content.articles, ...content.pages]) {
    note(story.image?.src, 'lead');
    for (const block of story.body) {
      if (typeof block === 'string') continue;
      if (block.type === 'image') note(block.src, 'photo');
      if (block.type === 'gallery') for (const image of block.images) note(image.src, 'photo');
    }
  }
  return uses;
}

/** An image of the content with the file and JSON path of its `src`, as content problems name them. */
export type PlacedImage = Omit<Problem, 'message'> & { image: Image };

/** Every image of the content in the folder, by `src`, with where each is: one walk of the whole content. */
export function imagesBySrc(content: Content): Map<string, PlacedImage[]> {
  const found = new Map<string, PlacedImage[]>();
  const at = (file: string, jsonPath: PropertyKey[], image: Image | undefined) => {
    if (image?.src === undefined || !isContentPath(image.src)) return;
    const placed = { file, path: formatJsonPath([...jsonPath, 'src']), image };
    const known = found.get(image.src);
    if (known === undefined) found.set(image.src, [placed]);
    else known.push(placed);
  };
  content.authors.forEach((author, index) => {
    at('authors.json', [index, 'avatar'], author.avatar);
  });
  const stories = [
    ...content.articles.map((story) => ({ story, file: `articles/${story.slug}.json` })),
    ...content.pages.map((story) => ({ story, file: `pages/${story.slug}.json` })),
  ];
  for (const { story, file } of stories) {
    at(file, ['image'], story.image);
    story.body.forEach((block, index) => {
      if (typeof block === 'string') return;
      if (block.type === 'image') at(file, ['body', index], block);
      if (block.type === 'gallery') {
        block.images.forEach((image, place) => {
          at(file, ['body', index, 'images', place], image);
        });
      }
    });
  }
  return found;
}

/** Each file and JSON path that points to `src`, as content problems name them: `articles/x.json`, `body[2].src`. */
export function imageReferences(content: Content, src: string): Omit<Problem, 'message'>[] {
  return (imagesBySrc(content).get(src) ?? []).map(({ file, path }) => ({ file, path }));
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
