import type { ReactNode } from 'react';

import { Figure } from '../../components/figure.tsx';
import { InlineText } from '../../components/inline-text.tsx';
import type { BodyBlock } from '../../lib/content/model.ts';

function Block({ block }: { block: BodyBlock }): ReactNode {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <InlineText nodes={block.content} />
        </p>
      );
    case 'heading':
      return <h2 className="mt-10 font-serif text-2xl leading-snug font-bold">{block.text}</h2>;
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
    default:
      // A new block type must be rendered: this stops compiling until it is.
      return block satisfies never;
  }
}

/** The article's body blocks, in the serif at reading size. */
export function ArticleBody({ body }: { body: readonly BodyBlock[] }) {
  return (
    <div className="space-y-5 text-body [&_a]:text-accent [&_a]:underline [&_a]:underline-offset-2">
      {body.map((block, index) => (
        <Block key={index} block={block} />
      ))}
    </div>
  );
}
