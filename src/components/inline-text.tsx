import { parseInline, type InlineNode } from '../lib/content/inline-markup.ts';
import { isSafeLink } from '../lib/content/link.ts';
import { ContentLink } from './content-link.tsx';

function InlineNodes({ nodes }: { nodes: readonly InlineNode[] }) {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'em':
        return (
          <em key={index}>
            <InlineNodes nodes={node.children} />
          </em>
        );
      case 'strong':
        return (
          <strong key={index}>
            <InlineNodes nodes={node.children} />
          </strong>
        );
      case 'link': {
        const children = <InlineNodes nodes={node.children} />;
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

/**
 * Text with the content format's inline markup. Rendered only as text and
 * React elements: HTML in content is shown as typed, never interpreted.
 */
export function InlineText({ text }: { text: string }) {
  return <InlineNodes nodes={parseInline(text)} />;
}
