/**
 * The inline content of a paragraph, quote or list item, from Ghost's html: `a` becomes a link, `strong`/`b`
 * strong and `em`/`i` emphasis; every other inline element becomes its text. White space is collapsed as a browser
 * collapses it, and moved out of emphasis and links (`<em>word </em>` is `*word* `), since the format's emphasis
 * cannot start or end with a space.
 */
import type { InlineNode } from '../../src/lib/content/model.ts';
import { attribute, isElement, isText, NON_TEXT_ELEMENTS, type HtmlNode } from './html-tree.ts';
import { markupHref } from './inline-markup.ts';

export type InlineContext = {
  /** The link as the site will have it, or null to keep only its text (the reason is reported by the callee). */
  link: (href: string) => string | null;
  /** Notes an element that was dropped, by tag name. */
  dropped: (what: string) => void;
};

type Formatted = Exclude<InlineNode, string>;

const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'figure',
  'figcaption',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'ul',
  'ol',
  'table',
  'tr',
  'td',
  'th',
  'dd',
  'dt',
]);

function build(nodes: readonly HtmlNode[], context: InlineContext): InlineNode[] {
  return nodes.flatMap((node): InlineNode[] => {
    if (isText(node)) return [node.value];
    if (!isElement(node)) return [];
    const tag = node.tagName;
    if (tag === 'br') return ['\n'];
    if (tag === 'img') {
      context.dropped('an image inside a line of text');
      return [];
    }
    if (NON_TEXT_ELEMENTS.has(tag)) {
      context.dropped(`<${tag}>`);
      return [];
    }
    const children = build(node.childNodes, context);
    // A block inside a line (a <div> in a link, a <p> in a list item) still separates words.
    if (BLOCKS.has(tag)) return [' ', ...children, ' '];
    if (tag === 'strong' || tag === 'b') return [{ type: 'strong', children }];
    if (tag === 'em' || tag === 'i') return [{ type: 'em', children }];
    if (tag === 'a') {
      const href = attribute(node, 'href');
      const target = href === null ? null : context.link(href);
      return target === null ? children : [{ type: 'link', href: markupHref(target), children }];
    }
    return children;
  });
}

function isBlank(nodes: readonly InlineNode[]): boolean {
  return nodes.every((node) => (typeof node === 'string' ? node.trim() === '' : isBlank(node.children)));
}

/** Emphasis inside emphasis (or strong in strong, a link in a link) says nothing more: keep the outer one. */
function unwrapSame(nodes: readonly InlineNode[], type: Formatted['type']): InlineNode[] {
  return nodes.flatMap((node): InlineNode[] => {
    if (typeof node === 'string') return [node];
    const children = unwrapSame(node.children, type);
    return node.type === type ? children : [{ ...node, children }];
  });
}

function tidy(nodes: readonly InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  const push = (node: InlineNode) => {
    const last = out.at(-1);
    if (typeof node === 'string') {
      if (node === '') return;
      if (typeof last === 'string') out[out.length - 1] = (last + node).replace(/ {2,}/g, ' ');
      else out.push(node);
    } else out.push(node);
  };
  for (const node of nodes) {
    if (typeof node === 'string') {
      push(node.replace(/[\t\n\f\r ]+/g, ' '));
      continue;
    }
    const children = tidy(unwrapSame(node.children, node.type));
    if (isBlank(children)) {
      // An empty <em> or a link without text shows nothing but its spaces.
      if (children.length > 0) push(' ');
      continue;
    }
    // Spaces at the edges move outside: the format's `*` must touch the text it emphasises.
    const first = children[0];
    const lead = typeof first === 'string' ? (/^\s+/.exec(first)?.[0] ?? '') : '';
    if (lead !== '' && typeof first === 'string') children[0] = first.slice(lead.length);
    const last = children.at(-1);
    const trail = typeof last === 'string' ? (/\s+$/.exec(last)?.[0] ?? '') : '';
    if (trail !== '' && typeof last === 'string') children[children.length - 1] = last.slice(0, -trail.length);
    push(lead);
    push({ ...node, children: children.filter((child) => child !== '') });
    push(trail);
  }
  return out;
}

function trimEdges(nodes: InlineNode[]): InlineNode[] {
  const first = nodes[0];
  if (typeof first === 'string') nodes[0] = first.replace(/^\s+/, '');
  const last = nodes.at(-1);
  if (typeof last === 'string') nodes[nodes.length - 1] = last.replace(/\s+$/, '');
  return nodes.filter((node) => node !== '');
}

/** Normalized inline nodes for `nodes`, or an empty array when they show no text. */
export function inlineNodes(nodes: readonly HtmlNode[], context: InlineContext): InlineNode[] {
  const tidied = trimEdges(tidy(build(nodes, context)));
  return isBlank(tidied) ? [] : tidied;
}
