import { isSafeLink } from '../lib/content/link.ts';
import type { InlineNode } from '../lib/content/model.ts';
import { ContentLink } from './content-link.tsx';

/**
 * Text with the content format's inline markup, parsed at build time
 * (src/build/content/inline-markup.ts). Rendered only as text and React
 * elements: HTML in content is shown as typed, never interpreted.
 */
export function InlineText({ nodes }: { nodes: readonly InlineNode[] }) {
  return nodes.map((node, index) => {
    if (typeof node === 'string') return node;
    switch (node.type) {
      case 'em':
        return (
          <em key={index}>
            <InlineText nodes={node.children} />
          </em>
        );
      case 'strong':
        return (
          <strong key={index}>
            <InlineText nodes={node.children} />
          </strong>
        );
      case 'link': {
        const children = <InlineText nodes={node.children} />;
        // The content check rejects other schemes; this keeps the renderer safe on its own.
        if (!isSafeLink(node.href)) return <span key={index}>{children}</span>;
        return (
          <ContentLink key={index} href={node.href}>
            {children}
          </ContentLink>
        );
      }
    }
  });
}
