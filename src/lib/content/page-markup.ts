/**
 * Parts of a prerendered page that travel once, as its HTML, and not a second time in its island
 * (docs/decisions/012-one-file-per-address.md): a story's body, an article's related reading and author cards,
 * a list page's entries.
 * The server marks each part's element with `data-part`; the browser takes the element's markup from the page it
 * opened or from the page a navigation fetched, and renders it as elements (components/markup-elements.ts).
 */
import type { Markup } from './model.ts';

export type MarkupPart = 'body' | 'related' | 'authors' | 'list';

export const PART_ATTRIBUTE = 'data-part';

/** The markup of `part` in `page`, or null when the page has no such part. */
export function markupIn(page: ParentNode, part: MarkupPart): Markup | null {
  const element = page.querySelector(`[${PART_ATTRIBUTE}="${part}"]`);
  return element === null ? null : { markup: element.innerHTML };
}

/** A page's HTML as a document that runs nothing and loads nothing, to take parts from. */
export function parsePage(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function isMarkup(content: object): content is Markup {
  return 'markup' in content;
}
