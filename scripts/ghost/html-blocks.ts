/**
 * Ghost's html as body blocks (docs/ghost-import.md, "HTML to blocks"): paragraphs, headings, quotes, lists,
 * images, galleries, embeds, code and dividers. Inline runs (text, links, emphasis) between blocks become
 * paragraphs; containers (div, section, html cards) are read through; scripts, iframes, forms and media never
 * reach the site, and each drop is noted.
 */
import type { InlineNode } from '../../src/lib/content/model.ts';
import type { DraftBlock, MappingContext } from './draft-blocks.ts';
import { embedSource } from './embed-url.ts';
import { cardName, codeBlock, draftImage, mapCard, paragraphOf, plainFigure } from './html-cards.ts';
import {
  childElements,
  collapsedText,
  hasClass,
  isComment,
  isElement,
  isText,
  NON_TEXT_ELEMENTS,
  type HtmlElement,
  type HtmlNode,
} from './html-tree.ts';
import { inlineNodes } from './inline-nodes.ts';
import { toMarkup } from './inline-markup.ts';

/** Elements that sit inside a line of text. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'font',
  'label',
]);

function inline(nodes: readonly HtmlNode[], context: MappingContext): InlineNode[] {
  return inlineNodes(nodes, {
    link: context.link,
    dropped: (what) => {
      context.note(`${what} dropped`);
    },
  });
}

function paragraph(nodes: readonly HtmlNode[], context: MappingContext): DraftBlock[] {
  return paragraphOf(inline(nodes, context), context);
}

function markupOf(nodes: InlineNode[], context: MappingContext): string {
  const markup = toMarkup(nodes);
  if (markup.change !== null) context.note(markup.change);
  return markup.text;
}

function heading(element: HtmlElement): DraftBlock[] {
  const text = collapsedText(element);
  if (text === '') return [];
  const level = { h1: 2, h2: 2, h3: 3, h4: 4, h5: 4, h6: 4 }[element.tagName];
  return [{ type: 'heading', text, ...(level === 3 || level === 4 ? { level } : {}) }];
}

/** A quote's text (its paragraphs joined) and its cite (a `<cite>` or `<footer>` of its own). */
function quote(element: HtmlElement, context: MappingContext): DraftBlock[] {
  const citeElement = childElements(element).find((child) => child.tagName === 'cite' || child.tagName === 'footer');
  const body = element.childNodes.filter((node) => node !== citeElement);
  const nodes = inline(body, context);
  if (nodes.length === 0) return [];
  const cite = citeElement === undefined ? '' : collapsedText(citeElement).replace(/^[—–-]\s*/, '');
  return [{ type: 'quote', text: markupOf(nodes, context), ...(cite === '' ? {} : { cite }) }];
}

/** A list's items, nested lists' items following their parent's: the format's lists have one level. */
function listItems(list: HtmlElement, context: MappingContext): { items: string[]; nested: boolean } {
  const items: string[] = [];
  let nested = false;
  for (const item of childElements(list)) {
    if (item.tagName !== 'li') continue;
    const sublists = childElements(item).filter((child) => child.tagName === 'ul' || child.tagName === 'ol');
    const own = inline(
      item.childNodes.filter((node) => !(isElement(node) && sublists.includes(node))),
      context,
    );
    if (own.length > 0) items.push(markupOf(own, context));
    for (const sublist of sublists) {
      nested = true;
      items.push(...listItems(sublist, context).items);
    }
  }
  return { items, nested };
}

function list(element: HtmlElement, context: MappingContext): DraftBlock[] {
  const { items, nested } = listItems(element, context);
  if (nested) context.note('nested list flattened into one list');
  if (items.length === 0) return [];
  return [{ type: 'list', ...(element.tagName === 'ol' ? { ordered: true as const } : {}), items }];
}

/** A table's rows, one paragraph each, cells joined: the format has no tables. */
function table(element: HtmlElement, context: MappingContext): DraftBlock[] {
  context.note('table flattened into one paragraph per row');
  const rows: HtmlElement[] = [];
  const collect = (node: HtmlElement) => {
    for (const child of childElements(node)) {
      if (child.tagName === 'tr') rows.push(child);
      else collect(child);
    }
  };
  collect(element);
  return rows.flatMap((row) => {
    const cells = childElements(row)
      .map((cell) => inline(cell.childNodes, context))
      .filter((cell) => cell.length > 0);
    const joined: InlineNode[] = cells.flatMap((cell, index) => (index === 0 ? cell : [' · ', ...cell]));
    return paragraphOf(joined, context);
  });
}

/** A paragraph that holds only an image (Markdown's `![alt](src)` renders so) is that image. */
function soleImage(element: HtmlElement): HtmlElement | null {
  const meaningful = element.childNodes.filter((node) => !(isText(node) && node.value.trim() === ''));
  const [only] = meaningful;
  if (meaningful.length !== 1 || only === undefined || !isElement(only)) return null;
  if (only.tagName === 'img') return only;
  return only.tagName === 'a' ? soleImage(only) : null;
}

function element(node: HtmlElement, context: MappingContext): DraftBlock[] {
  const tag = node.tagName;
  const card = cardName(node);
  if (card !== null) return mapCard(card, node, context, mapNodes);
  switch (tag) {
    case 'p': {
      const img = soleImage(node);
      const image = img === null ? null : draftImage(img);
      return image === null ? paragraph(node.childNodes, context) : [{ type: 'image', image }];
    }
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return heading(node);
    case 'blockquote': {
      if (hasClass(node, 'twitter-tweet') || hasClass(node, 'instagram-media') || hasClass(node, 'tiktok-embed')) {
        const source = embedSource({ ...node, childNodes: [node] });
        if (source !== null)
          return [
            { type: 'embed', url: source.url, ...(source.provider === undefined ? {} : { provider: source.provider }) },
          ];
      }
      return quote(node, context);
    }
    case 'ul':
    case 'ol':
      return list(node, context);
    case 'pre':
      return codeBlock(node);
    case 'hr':
      return [{ type: 'divider' }];
    case 'figure':
      return plainFigure(node, context, mapNodes);
    case 'img': {
      const image = draftImage(node);
      return image === null ? [] : [{ type: 'image', image }];
    }
    case 'table':
      return table(node, context);
    case 'iframe': {
      // Outside an embed card, only a known provider's player becomes a link card: an unknown iframe's address is
      // not something an editor chose to show readers.
      const source = embedSource({ ...node, childNodes: [node] });
      if (source?.provider === undefined) {
        context.note('<iframe> dropped');
        return [];
      }
      context.note(`<iframe> replaced by a link to ${source.url}`);
      return [
        {
          type: 'embed',
          url: source.url,
          provider: source.provider,
          ...(source.title === undefined ? {} : { title: source.title }),
        },
      ];
    }
    default:
      if (NON_TEXT_ELEMENTS.has(tag)) {
        context.note(`<${tag}> dropped`);
        return [];
      }
      // div, section, article, header, aside, details, …: read through.
      return mapNodes(node.childNodes, context);
  }
}

/** Body blocks for a sequence of nodes; runs of inline content between blocks become paragraphs. */
export function mapNodes(nodes: readonly HtmlNode[], context: MappingContext): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  let run: HtmlNode[] = [];
  const flush = () => {
    if (run.length > 0) blocks.push(...paragraph(run, context));
    run = [];
  };
  for (const node of nodes) {
    if (isText(node) || (isElement(node) && INLINE.has(node.tagName))) {
      run.push(node);
      continue;
    }
    if (!isElement(node)) continue;
    flush();
    blocks.push(...element(node, context));
  }
  flush();
  return blocks;
}

/** `kg-gated-block:begin nonMember:true memberSegment:"status:free"`: shown to visitors only with nonMember:true. */
function gatedBlockIsPublic(comment: string): boolean {
  return /\bnonMember:\s*["']?true\b/.test(comment);
}

/**
 * Blocks for a post's top-level nodes. Ghost's comments mark html and markdown cards (`kg-card-begin: html`) and
 * blocks shown to some members only (`kg-gated-block:begin …`, Ghost 5): what only members see is never copied.
 */
export function mapBody(nodes: readonly HtmlNode[], context: MappingContext): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  let pending: HtmlNode[] = [];
  let gated: 'public' | 'members' | null = null;
  let htmlCard = false;
  const flush = () => {
    if (gated !== 'members') blocks.push(...mapNodes(pending, context));
    pending = [];
  };
  for (const node of nodes) {
    if (isComment(node)) {
      const text = node.data.trim();
      if (text.startsWith('kg-gated-block:begin')) {
        flush();
        gated = gatedBlockIsPublic(text) ? 'public' : 'members';
        if (gated === 'members') context.note('content shown to members only (a gated block) dropped');
      } else if (text.startsWith('kg-gated-block:end')) {
        flush();
        gated = null;
      } else if (/^kg-card-begin:\s*html$/.test(text)) {
        flush();
        htmlCard = true;
      } else if (/^kg-card-end:\s*html$/.test(text) && htmlCard) {
        const before = blocks.length;
        flush();
        htmlCard = false;
        context.note(
          blocks.length > before ? 'html card: kept its text, dropped the rest' : 'html card dropped (no text)',
        );
      }
      continue;
    }
    pending.push(node);
  }
  flush();
  return blocks;
}

/** Which top-level nodes come before `<!--members-only-->` (the public preview), and whether the marker was found. */
export function beforeMembersOnly(nodes: readonly HtmlNode[]): { nodes: HtmlNode[]; found: boolean } {
  const contains = (node: HtmlNode): boolean =>
    (isComment(node) && node.data.trim() === 'members-only') || (isElement(node) && node.childNodes.some(contains));
  const index = nodes.findIndex(contains);
  return index === -1 ? { nodes: [...nodes], found: false } : { nodes: nodes.slice(0, index), found: true };
}
