/**
 * Inline markup of the content format: `*emphasis*`, `**strong**` and
 * `[text](link)`. Everything else, HTML included, is literal text.
 *
 * Delimiters follow CommonMark's flanking rule in its simplest form: an
 * opening `*` must be followed by a non-space and a closing one preceded by a
 * non-space, so that "5 * 3 * 2" stays literal.
 */

import type { InlineNode } from '../../lib/content/model.ts';

function isSpace(char: string | undefined): boolean {
  return char === undefined || /\s/.test(char);
}

/** Whether `text` parses to nodes that end with a `type` node: "a *b*" ends with em. */
function endsWith(text: string, type: 'em' | 'strong'): boolean {
  const last = parseInline(text).at(-1);
  return typeof last === 'object' && last.type === type;
}

/** Index of the closing delimiter for one opened at `from`, or -1. */
function findClosing(text: string, delimiter: string, from: number): number {
  let index = text.indexOf(delimiter, from);
  while (index !== -1) {
    const before = text[index - 1];
    const after = text[index + delimiter.length];
    if (index > from && !isSpace(before)) {
      if (delimiter === '**') {
        // "**a *b***": the `***` closes the inner *b* first, then this **.
        return after === '*' && endsWith(text.slice(from, index + 1), 'em') ? index + 1 : index;
      }
      // A single `*` must not be half of a `**`, unless it ends a `***` that
      // also closes an inner **strong**: "*a **b***".
      if (after !== '*' && before !== '*') return index;
      const closesStrongToo =
        after !== '*' && text.slice(index - 2, index) === '**' && text[index - 3] !== '*' && index - 2 > from;
      if (closesStrongToo && endsWith(text.slice(from, index), 'strong')) return index;
    }
    index = text.indexOf(delimiter, index + 1);
  }
  return -1;
}

function pushText(nodes: InlineNode[], text: string): void {
  if (text === '') return;
  const last = nodes.length - 1;
  const previous = nodes[last];
  if (typeof previous === 'string') nodes[last] = previous + text;
  else nodes.push(text);
}

export function parseInline(text: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  let plainStart = 0;
  let index = 0;

  while (index < text.length) {
    const char = text[index];
    let parsed: { node: InlineNode; end: number } | null = null;

    if (char === '*') {
      const delimiter = text.startsWith('**', index) ? '**' : '*';
      const contentStart = index + delimiter.length;
      if (!isSpace(text[contentStart])) {
        const close = findClosing(text, delimiter, contentStart);
        if (close !== -1) {
          const children = parseInline(text.slice(contentStart, close));
          parsed = {
            node: delimiter === '**' ? { type: 'strong', children } : { type: 'em', children },
            end: close + delimiter.length,
          };
        }
      }
    } else if (char === '[') {
      const labelEnd = closing(text, index + 1, '[', ']');
      const hrefEnd = text[labelEnd + 1] === '(' ? closing(text, labelEnd + 2, '(', ')') : -1;
      if (labelEnd > index + 1 && hrefEnd > labelEnd + 2) {
        const href = text.slice(labelEnd + 2, hrefEnd);
        if (!/\s/.test(href)) {
          parsed = {
            node: { type: 'link', href, children: parseInline(text.slice(index + 1, labelEnd)) },
            end: hrefEnd + 1,
          };
        }
      }
    }

    if (parsed) {
      pushText(nodes, text.slice(plainStart, index));
      nodes.push(parsed.node);
      index = parsed.end;
      plainStart = index;
    } else {
      index += 1;
    }
  }
  pushText(nodes, text.slice(plainStart));
  return nodes;
}

/**
 * Where a link's label or target starting at `from` ends: the first `close` not matched by an `open` inside it, as
 * CommonMark reads `[Kursk](https://en.wikipedia.org/wiki/Kursk_(city))` and `[the [sic] report](…)`; -1 when
 * there is none. So a bracket that no `(` follows ("they [the troops] were") stays text.
 */
function closing(text: string, from: number, open: string, close: string): number {
  let depth = 0;
  for (let index = from; index < text.length; index += 1) {
    const char = text[index];
    if (char === open) depth += 1;
    else if (char === close) {
      if (depth === 0) return index;
      depth -= 1;
    }
  }
  return -1;
}

/** Every link target in the text, nested ones included. */
export function inlineLinks(nodes: readonly InlineNode[]): string[] {
  return nodes.flatMap((node) => {
    if (typeof node === 'string') return [];
    const nested = inlineLinks(node.children);
    return node.type === 'link' ? [node.href, ...nested] : nested;
  });
}
