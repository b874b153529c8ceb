/**
 * Ghost's html, parsed with parse5: the WHATWG parsing algorithm, so a post's html is read the way a browser
 * reads it (unclosed tags, stray end tags and comments included), and comments such as `<!--members-only-->`
 * stay in the tree where Ghost put them.
 */
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';

export type HtmlNode = DefaultTreeAdapterTypes.ChildNode;
export type HtmlElement = DefaultTreeAdapterTypes.Element;

export function parseHtml(html: string): HtmlNode[] {
  return parseFragment(html).childNodes;
}

export function isElement(node: HtmlNode): node is HtmlElement {
  return 'tagName' in node;
}

export function isText(node: HtmlNode): node is DefaultTreeAdapterTypes.TextNode {
  return node.nodeName === '#text';
}

export function isComment(node: HtmlNode): node is DefaultTreeAdapterTypes.CommentNode {
  return node.nodeName === '#comment';
}

export function attribute(element: HtmlElement, name: string): string | null {
  return element.attrs.find((attr) => attr.name === name)?.value ?? null;
}

export function classes(element: HtmlElement): string[] {
  return (attribute(element, 'class') ?? '').split(/\s+/).filter((name) => name !== '');
}

export function hasClass(element: HtmlElement, name: string): boolean {
  return classes(element).includes(name);
}

/** Element children of a node; a <template>'s content is never read (browsers do not show it). */
export function childElements(node: HtmlElement): HtmlElement[] {
  return node.childNodes.filter(isElement);
}

/** Depth-first, the first descendant element that matches. */
export function findElement(node: HtmlElement, test: (element: HtmlElement) => boolean): HtmlElement | null {
  for (const child of childElements(node)) {
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found !== null) return found;
  }
  return null;
}

export function findAllElements(node: HtmlElement, test: (element: HtmlElement) => boolean): HtmlElement[] {
  return childElements(node).flatMap((child) => [...(test(child) ? [child] : []), ...findAllElements(child, test)]);
}

/** Elements whose content is never text a reader sees. */
export const NON_TEXT_ELEMENTS = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'source',
  'track',
  'form',
  'input',
  'select',
  'textarea',
  'button',
  'head',
  'title',
  'meta',
  'link',
]);

/** The text a reader sees, as written (no white space collapsed); scripts, forms and media give none. */
export function rawText(node: HtmlNode): string {
  if (isText(node)) return node.value;
  if (!isElement(node) || NON_TEXT_ELEMENTS.has(node.tagName)) return '';
  if (node.tagName === 'br') return '\n';
  return node.childNodes.map(rawText).join('');
}

/** Text with HTML's white space collapsed and trimmed, as a browser shows it in a line of text. */
export function collapsedText(node: HtmlNode): string {
  return collapseSpace(rawText(node));
}

export function collapseSpace(text: string): string {
  return text.replace(/[\t\n\f\r ]+/g, ' ').trim();
}
