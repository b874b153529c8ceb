/**
 * Ghost's cards (Koenig editor), from the HTML that Ghost renders for them (TryGhost/Koenig, kg-default-cards and
 * kg-default-nodes renderers): the ones Broadsheet has a block for, and the rest, whose readable text is kept.
 */
import type { InlineNode } from '../../src/lib/content/model.ts';
import { splitCredit } from './caption-credit.ts';
import type { DraftBlock, DraftImage, MappingContext } from './draft-blocks.ts';
import { embedSource } from './embed-url.ts';
import {
  attribute,
  childElements,
  classes,
  collapsedText,
  findAllElements,
  findElement,
  hasClass,
  isElement,
  rawText,
  type HtmlElement,
  type HtmlNode,
} from './html-tree.ts';
import { markupHref, toMarkup } from './inline-markup.ts';

/** Maps child nodes as body content (html-blocks.ts), passed in so that cards and the walker do not import each other. */
export type MapChildren = (nodes: readonly HtmlNode[], context: MappingContext) => DraftBlock[];

/** The card's name from its class: `kg-gallery-card` → "gallery", or null for an element that is not a card. */
export function cardName(element: HtmlElement): string | null {
  for (const name of classes(element)) {
    const match = /^kg-([a-z0-9-]+)-card$/.exec(name);
    if (match?.[1] !== undefined) return match[1];
  }
  return null;
}

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value.trim())) return undefined;
  const number = Number(value);
  return number > 0 ? number : undefined;
}

export function draftImage(img: HtmlElement): DraftImage | null {
  const src = attribute(img, 'src')?.trim();
  if (src === undefined || src === '') return null;
  const width = positiveInt(attribute(img, 'width'));
  const height = positiveInt(attribute(img, 'height'));
  return {
    src,
    alt: (attribute(img, 'alt') ?? '').trim(),
    ...(width !== undefined && height !== undefined ? { width, height } : {}),
  };
}

function caption(figure: HtmlElement): string {
  const figcaption = findElement(figure, (element) => element.tagName === 'figcaption');
  return figcaption === null ? '' : collapsedText(figcaption);
}

/** A paragraph block for inline nodes, or nothing when they show no text. */
export function paragraphOf(nodes: InlineNode[], context: MappingContext): DraftBlock[] {
  if (nodes.length === 0) return [];
  const markup = toMarkup(nodes);
  if (markup.change !== null) context.note(markup.change);
  return [markup.text];
}

function textParagraph(text: string): DraftBlock[] {
  return text === '' ? [] : [text];
}

export function imageFigure(figure: HtmlElement, context: MappingContext): DraftBlock[] {
  const img = findElement(figure, (element) => element.tagName === 'img');
  const image = img === null ? null : draftImage(img);
  const text = caption(figure);
  if (image === null) {
    context.note('image card without an image: kept its caption');
    return paragraphOf(text === '' ? [] : [text], context);
  }
  return [{ type: 'image', image: { ...image, ...splitCredit(text) } }];
}

function galleryFigure(figure: HtmlElement, context: MappingContext): DraftBlock[] {
  const images = findAllElements(figure, (element) => element.tagName === 'img').flatMap(
    (img) => draftImage(img) ?? [],
  );
  const text = caption(figure);
  if (images.length === 0) {
    context.note('gallery card without images dropped');
    return textParagraph(text);
  }
  return [{ type: 'gallery', images, ...(text === '' ? {} : { caption: text }) }];
}

function embedFigure(figure: HtmlElement, context: MappingContext): DraftBlock[] {
  const source = embedSource(figure);
  const text = caption(figure);
  if (source === null) {
    context.note('embed card without an https: address dropped (its caption is kept)');
    return textParagraph(text);
  }
  return [
    {
      type: 'embed',
      url: source.url,
      ...(source.provider === undefined ? {} : { provider: source.provider }),
      ...(source.title === undefined ? {} : { title: source.title }),
      ...(text === '' ? {} : { caption: text }),
    },
  ];
}

function bookmarkFigure(figure: HtmlElement, context: MappingContext): DraftBlock[] {
  const anchor = findElement(figure, (element) => element.tagName === 'a' && attribute(element, 'href') !== null);
  const href = anchor === null ? null : attribute(anchor, 'href');
  const title = findElement(figure, (element) => hasClass(element, 'kg-bookmark-title'));
  const description = findElement(figure, (element) => hasClass(element, 'kg-bookmark-description'));
  const titleText = title === null ? '' : collapsedText(title);
  const target = href === null ? null : context.link(href);
  const label = titleText === '' ? (target ?? '') : titleText;
  // Encoded as inline-nodes.ts encodes every other link: a `)` in the URL would end the link early.
  const nodes: InlineNode[] =
    target === null ? [label] : [{ type: 'link', href: markupHref(target), children: [label] }];
  const descriptionText = description === null ? '' : collapsedText(description);
  if (descriptionText !== '') nodes.push(`: ${descriptionText}`);
  return [...paragraphOf(label === '' ? [] : nodes, context), ...textParagraph(caption(figure))];
}

/** `<pre><code class="language-js">`: the text exactly as written, one final newline dropped. */
export function codeBlock(pre: HtmlElement): DraftBlock[] {
  const text = rawText(pre).replace(/\n$/, '');
  if (text.trim() === '') return [];
  const code = findElement(pre, (element) => element.tagName === 'code');
  const language = [...(code === null ? [] : classes(code)), ...classes(pre)]
    .map((name) => /^(?:language|lang)-(.+)$/.exec(name)?.[1])
    .find((name) => name !== undefined);
  return [{ type: 'code', text, ...(language === undefined ? {} : { language }) }];
}

function codeFigure(figure: HtmlElement, context: MappingContext): DraftBlock[] {
  const pre = findElement(figure, (element) => element.tagName === 'pre');
  const text = caption(figure);
  if (text !== '') context.note('code card caption kept as a paragraph after the code');
  return [...(pre === null ? [] : codeBlock(pre)), ...textParagraph(text)];
}

/** Parts of cards that are controls, icons or file details, never text to keep. */
const CONTROL_CLASSES = new Set([
  'kg-callout-emoji',
  'kg-file-card-icon',
  'kg-file-card-metadata',
  'kg-audio-thumbnail',
  'kg-audio-player',
  'kg-video-container',
  'kg-toggle-card-icon',
  'kg-product-card-rating',
  'kg-signup-card-form',
  'kg-signup-card-success',
  'kg-signup-card-error',
  'kg-header-card-image',
]);

function withoutControls(nodes: readonly HtmlNode[]): HtmlNode[] {
  return nodes.flatMap((node): HtmlNode[] => {
    if (!isElement(node)) return [node];
    // Images in these cards are thumbnails and backgrounds: not the story's pictures.
    if (node.tagName === 'img' || classes(node).some((name) => CONTROL_CLASSES.has(name))) return [];
    const copy: HtmlElement = { ...node, childNodes: withoutControls(node.childNodes) };
    return [copy];
  });
}

/** A card Broadsheet has no block for (callout, toggle, button, product, header, signup, audio, video, file, …). */
function unrenderedCard(name: string, element: HtmlElement, context: MappingContext, map: MapChildren): DraftBlock[] {
  // Ghost 5's e-mail call-to-action cards are shown in newsletters only, never on the site.
  if (name === 'email-cta' || name === 'email') {
    context.note(`${name} card (newsletter only) dropped`);
    return [];
  }
  const blocks = map(withoutControls(element.childNodes), { ...context, note: () => undefined });
  context.note(blocks.length > 0 ? `${name} card: kept its text, dropped the rest` : `${name} card dropped (no text)`);
  return blocks;
}

const RENDERED: Record<string, (element: HtmlElement, context: MappingContext) => DraftBlock[]> = {
  image: imageFigure,
  gallery: galleryFigure,
  embed: embedFigure,
  bookmark: bookmarkFigure,
  code: codeFigure,
};

export function mapCard(name: string, element: HtmlElement, context: MappingContext, map: MapChildren): DraftBlock[] {
  const rendered = RENDERED[name];
  return rendered === undefined ? unrenderedCard(name, element, context, map) : rendered(element, context);
}

/** A bare `<figure>` (Ghost 1.x and markdown cards): an image or an embed by what it holds. */
export function plainFigure(figure: HtmlElement, context: MappingContext, map: MapChildren): DraftBlock[] {
  const images = findAllElements(figure, (element) => element.tagName === 'img');
  if (images.length > 1) return galleryFigure(figure, context);
  if (images.length === 1) return imageFigure(figure, context);
  if (findElement(figure, (element) => element.tagName === 'iframe' || element.tagName === 'blockquote') !== null) {
    const embed = embedFigure(figure, { ...context, note: () => undefined });
    if (embed[0] !== undefined && typeof embed[0] !== 'string') return embed;
  }
  return map(childElements(figure), context);
}
