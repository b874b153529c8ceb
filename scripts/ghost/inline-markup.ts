/**
 * Writes inline nodes (text, emphasis, strong, links) as the content format's inline markup: `*em*`, `**strong**`,
 * `[text](link)`. The format has no escape character, so literal text that the reader would take for markup is
 * changed as little as needed, and the result is always checked with the reader's own parser
 * (src/build/content/inline-markup.ts): what we write is what readers get.
 *
 * The ladder, first that round-trips wins (docs/ghost-import.md, "Inline markup"):
 * 1. the text as it is;
 * 2. literal `*` become `∗` (U+2217 ASTERISK OPERATOR);
 * 3. literal `[` and `]` also become `［` and `］` (U+FF3B, U+FF3D);
 * 4. emphasis and strong are dropped, links kept;
 * 5. plain text.
 */
import { parseInline } from '../../src/build/content/inline-markup.ts';
import type { InlineNode } from '../../src/lib/content/model.ts';
import { plainText } from '../../src/lib/content/plain-text.ts';

type Escape = (text: string) => string;

const escapeStars: Escape = (text) => text.replaceAll('*', '\u2217');
const escapeAll: Escape = (text) => escapeStars(text).replaceAll('[', '\uFF3B').replaceAll(']', '\uFF3D');

/** A link target that the parser reads whole: it ends at the first `)` it does not match (an unmatched one would end it early) and may not hold white space. */
export function markupHref(href: string): string {
  return href
    .replace(/[()]/g, (char) => (char === '(' ? '%28' : '%29'))
    .replace(/\s/g, (char) => encodeURIComponent(char));
}

function serialize(nodes: readonly InlineNode[]): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return node;
      const inner = serialize(node.children);
      if (node.type === 'link') return `[${inner}](${node.href})`;
      return node.type === 'em' ? `*${inner}*` : `**${inner}**`;
    })
    .join('');
}

function mapText(nodes: readonly InlineNode[], escape: Escape): InlineNode[] {
  return nodes.map((node) =>
    typeof node === 'string' ? escape(node) : { ...node, children: mapText(node.children, escape) },
  );
}

/** Emphasis and strong replaced by their content; links kept. */
function withoutEmphasis(nodes: readonly InlineNode[]): InlineNode[] {
  return mergeText(
    nodes.flatMap((node): InlineNode[] => {
      if (typeof node === 'string') return [node];
      if (node.type === 'link') return [{ ...node, children: withoutEmphasis(node.children) }];
      return withoutEmphasis(node.children);
    }),
  );
}

function mergeText(nodes: readonly InlineNode[]): InlineNode[] {
  const merged: InlineNode[] = [];
  for (const node of nodes) {
    const last = merged.at(-1);
    if (typeof node === 'string' && typeof last === 'string') merged[merged.length - 1] = last + node;
    else if (node !== '') merged.push(node);
  }
  return merged;
}

function roundTrips(nodes: readonly InlineNode[]): string | null {
  const markup = serialize(nodes);
  return JSON.stringify(parseInline(markup)) === JSON.stringify(mergeText(nodes)) ? markup : null;
}

export type Markup = {
  text: string;
  /** What had to change so that the reader reads the text as Ghost showed it, or null when nothing did. */
  change: string | null;
};

/** Inline markup for normalized nodes (inline-nodes.ts), changed as little as the parser needs. */
export function toMarkup(nodes: readonly InlineNode[]): Markup {
  const asIs = roundTrips(nodes);
  if (asIs !== null) return { text: asIs, change: null };
  const stars = roundTrips(mapText(nodes, escapeStars));
  if (stars !== null) return { text: stars, change: 'literal "*" written as "∗" so that it is not read as emphasis' };
  const all = roundTrips(mapText(nodes, escapeAll));
  if (all !== null)
    return {
      text: all,
      change: 'literal "*", "[" and "]" written as "∗", "［" and "］" so that they are not read as markup',
    };
  const links = roundTrips(withoutEmphasis(mapText(nodes, escapeAll)));
  if (links !== null) return { text: links, change: 'emphasis dropped: it could not be written as markup' };
  return {
    text: escapeAll(plainText(nodes)),
    change: 'emphasis and links dropped: they could not be written as markup',
  };
}
