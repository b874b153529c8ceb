import type { ReactNode } from 'react';

import type { BodyBlock } from '../lib/content/model.ts';
import { EmbedCard } from './embed-card.tsx';
import { Figure } from './figure.tsx';
import { Gallery } from './gallery.tsx';
import { InlineText } from './inline-text.tsx';

const HEADING_CLASSES = {
  2: 'mt-10 text-2xl',
  3: 'mt-8 text-xl',
  4: 'mt-6 text-lg',
} as const;

function Block({ block }: { block: BodyBlock }): ReactNode {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <InlineText nodes={block.content} />
        </p>
      );
    case 'heading': {
      // The headline is the page's h1: body headings are h2 to h4 (content format 1.1: level).
      const Heading = `h${block.level}` as const;
      return (
        <Heading className={`font-serif leading-snug font-bold ${HEADING_CLASSES[block.level]}`}>{block.text}</Heading>
      );
    }
    case 'quote':
      return (
        <figure className="my-8 border-l-4 border-accent pl-5">
          <blockquote className="text-xl leading-relaxed italic">
            <p>
              <InlineText nodes={block.content} />
            </p>
          </blockquote>
          {block.cite === null ? null : (
            <figcaption className="mt-2 font-sans text-sm text-ink-muted">— {block.cite}</figcaption>
          )}
        </figure>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List className={`space-y-2 pl-6 ${block.ordered ? 'list-decimal' : 'list-disc'}`}>
          {block.items.map((item, index) => (
            <li key={index}>
              <InlineText nodes={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'image':
      return <Figure image={block.image} placement="body" className="my-8" />;
    case 'gallery':
      return <Gallery images={block.images} caption={block.caption} />;
    case 'embed':
      return <EmbedCard embed={block} />;
    case 'code':
      // Shown exactly as written; long lines wrap rather than scroll, so nothing is hidden from a keyboard.
      return (
        <pre className="my-6 rounded-md bg-paper-raised p-4 font-mono text-sm leading-relaxed break-words whitespace-pre-wrap">
          <code>{block.text}</code>
        </pre>
      );
    case 'divider':
      return <hr className="mx-auto my-10 w-24 border-t-2 border-rule" />;
    default:
      // A new block type must be rendered: this stops compiling until it is.
      return block satisfies never;
  }
}

/** Body blocks, one after the other, without a container: an article's body (a PagePart) is one of them. */
export function BodyBlockList({ body }: { body: readonly BodyBlock[] }) {
  return body.map((block, index) => <Block key={index} block={block} />);
}

/** A standalone page's body blocks, in the serif at reading size. */
export function BodyBlocks({ body }: { body: readonly BodyBlock[] }) {
  return (
    <div className="article-body">
      <BodyBlockList body={body} />
    </div>
  );
}
