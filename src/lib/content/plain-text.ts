/**
 * The text a reader sees, without markup, and the text of a block as the
 * content format defines it ("text of a block", docs/content-format.md):
 * one definition for reading time, excerpts, the search index and search
 * excerpts. Works on the view model, so the browser needs no markup parser.
 */
import type { ArticleView, BodyBlock, InlineNode } from './model.ts';

export function plainText(nodes: readonly InlineNode[]): string {
  return nodes.map((node) => (typeof node === 'string' ? node : plainText(node.children))).join('');
}

/**
 * A block's texts, in reading order: a paragraph's text, a quote's text and cite, a list's items, an image's or a
 * gallery's caption (not the credit), an embed's title and caption, a code block's text; nothing for a divider.
 */
export function blockText(block: BodyBlock): string[] {
  switch (block.type) {
    case 'paragraph':
      return [plainText(block.content)];
    case 'heading':
      return [block.text];
    case 'quote':
      return block.cite === null ? [plainText(block.content)] : [plainText(block.content), block.cite];
    case 'list':
      return block.items.map(plainText);
    case 'image':
      return block.image.caption === null ? [] : [block.image.caption];
    case 'gallery':
      return block.caption === null ? [] : [block.caption];
    case 'embed':
      return [block.title, block.caption].filter((text) => text !== null);
    case 'code':
      return [block.text];
    case 'divider':
      return [];
  }
}

/** The body's text and the lead photo's caption: what search indexes as the body, and quotes in excerpts. */
export function bodyText(article: Pick<ArticleView, 'body' | 'image'>): string[] {
  const caption = article.image?.caption;
  return [...article.body.flatMap(blockText), ...(caption === undefined || caption === null ? [] : [caption])];
}
