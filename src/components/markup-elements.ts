/**
 * A part's markup (page-markup.ts) as React elements: the page's HTML, parsed by DOMParser (which runs and loads
 * nothing), rendered as text and elements like every other content, never as HTML. Only the elements and
 * attributes our views render in those parts pass (components/body-blocks.tsx, article-list.tsx, related-list.tsx,
 * author-card.tsx); anything else, a script above all, is dropped, so markup from anywhere can add no behaviour.
 */
import { createElement, type ReactNode } from 'react';

const ELEMENTS = new Set([
  'a',
  'article',
  'blockquote',
  'br',
  'button',
  'code',
  'div',
  'em',
  'figcaption',
  'figure',
  'h2',
  'h3',
  'h4',
  'hr',
  'img',
  'li',
  'ol',
  'p',
  'picture',
  'pre',
  'section',
  'source',
  'span',
  'strong',
  'time',
  'ul',
]);

/** Attributes by their HTML name, as React names them. */
const ATTRIBUTES: Record<string, string> = {
  alt: 'alt',
  class: 'className',
  datetime: 'dateTime',
  decoding: 'decoding',
  height: 'height',
  href: 'href',
  id: 'id',
  loading: 'loading',
  rel: 'rel',
  sizes: 'sizes',
  src: 'src',
  srcset: 'srcSet',
  title: 'title',
  type: 'type',
  width: 'width',
};

function propsOf(element: Element, key: number): Record<string, string | number> {
  const props: Record<string, string | number> = { key };
  for (const { name, value } of element.attributes) {
    const prop = name.startsWith('aria-') || name.startsWith('data-') ? name : ATTRIBUTES[name];
    // A link that would run code is no link (React refuses to render one too).
    if (prop === undefined || (prop === 'href' && /^\s*javascript:/i.test(value))) continue;
    props[prop] = value;
  }
  return props;
}

function nodeElements(nodes: NodeListOf<ChildNode>): ReactNode[] {
  const elements: ReactNode[] = [];
  for (const node of nodes) {
    if (node.nodeType === Node.TEXT_NODE) elements.push(node.textContent);
    else if (node instanceof Element && ELEMENTS.has(node.localName)) {
      elements.push(createElement(node.localName, propsOf(node, elements.length), ...nodeElements(node.childNodes)));
    }
  }
  return elements;
}

/** The elements of `markup`, in order. */
export function markupElements(markup: string): ReactNode[] {
  return nodeElements(new DOMParser().parseFromString(markup, 'text/html').body.childNodes);
}
