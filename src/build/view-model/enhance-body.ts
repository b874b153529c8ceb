/** A body block of the content format → the block a view renders, inline markup parsed once, here. */
import type { BodyBlock } from '../../lib/content/model.ts';
import { parseInline } from '../content/inline-markup.ts';
import type { Block } from '../content/schema.ts';
import { enhanceImage, type ImageResolver } from './enhance-image.ts';

export function enhanceBlock(block: Block, resolveImage: ImageResolver): BodyBlock {
  if (typeof block === 'string') return { type: 'paragraph', content: parseInline(block) };
  switch (block.type) {
    case 'heading':
      return { type: 'heading', text: block.text };
    case 'quote':
      return { type: 'quote', content: parseInline(block.text), cite: block.cite ?? null };
    case 'list':
      return { type: 'list', ordered: block.ordered ?? false, items: block.items.map(parseInline) };
    case 'image': {
      const { type: _type, ...image } = block;
      return { type: 'image', image: enhanceImage(image, resolveImage) };
    }
  }
}

export function enhanceBody(body: readonly Block[], resolveImage: ImageResolver): BodyBlock[] {
  return body.map((block) => enhanceBlock(block, resolveImage));
}
