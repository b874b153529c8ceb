/**
 * The texts of a body that arrived as markup (page-markup.ts), block by block, as plain-text.ts's blockText
 * gives them for a body that arrived as data: search quotes its excerpts from them. Reads the elements
 * components/body-blocks.tsx renders, one top-level element a block.
 */
import { bodyText } from './plain-text.ts';
import { isMarkup } from './page-markup.ts';
import type { ArticleData } from './model.ts';

const textOf = (node: Node) => node.textContent ?? '';

/** A caption's own text: not the note that a photo is missing, nor the credit, which are elements of their own. */
function ownText(element: Element | null): string {
  if (element === null) return '';
  const texts = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map(textOf);
  return texts.join('').trim();
}

/** A quote (a blockquote and its cite), an embed (a card with its link) or a photo or gallery with its caption. */
function figureTexts(figure: Element): string[] {
  const caption = figure.querySelector(':scope > figcaption');
  const quote = figure.querySelector(':scope > blockquote');
  if (quote !== null) return caption === null ? [textOf(quote)] : [textOf(quote), textOf(caption).replace(/^— /, '')];
  const link = figure.querySelector(':scope > div > a');
  if (link !== null) {
    // A post without a title is shown as "<provider> post", which is no text of the block.
    const provider = textOf(figure.querySelector(':scope > div > p') ?? link);
    const title = textOf(link) === `${provider} post` ? [] : [textOf(link)];
    return caption === null ? title : [...title, textOf(caption)];
  }
  const own = ownText(caption);
  return own === '' ? [] : [own];
}

function elementTexts(element: Element): string[] {
  switch (element.localName) {
    case 'ul':
    case 'ol':
      return [...element.children].map(textOf);
    case 'hr':
      return [];
    case 'figure':
      return figureTexts(element);
    default:
      // A paragraph, a heading, a code block.
      return [textOf(element)];
  }
}

/** The texts of the blocks in `markup`, in reading order. */
export function markupBlockTexts(markup: string): string[] {
  const { body } = new DOMParser().parseFromString(markup, 'text/html');
  return [...body.children].flatMap(elementTexts);
}

/** plain-text.ts's bodyText for an article in the browser, whether its body came as data or as markup. */
export function articleBodyText({ body, image }: Pick<ArticleData, 'body' | 'image'>): string[] {
  return isMarkup(body)
    ? [...markupBlockTexts(body.markup), ...bodyText({ body: [], image })]
    : bodyText({ body, image });
}
