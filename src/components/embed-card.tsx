import { useEffect, useRef, useState } from 'react';

import type { BodyBlock } from '../lib/content/model.ts';
import { ExternalLink } from './external-link.tsx';

type Embed = Extract<BodyBlock, { type: 'embed' }>;

/**
 * A video, post or map hosted elsewhere (content format 1.1), as a card that links to it: nothing is requested from
 * the provider while the reader only reads. A YouTube or Vimeo video can be played in the page once the reader asks;
 * only those players' origins are in the CSP's frame-src (decision 008).
 */
export function EmbedCard({ embed }: { embed: Embed }) {
  const [playing, setPlaying] = useState(false);
  const player = useRef<HTMLIFrameElement>(null);
  const label = embed.title ?? `${embed.provider} post`;

  useEffect(() => {
    // The button the reader pressed is gone: focus goes to what replaced it.
    if (playing) player.current?.focus();
  }, [playing]);

  return (
    <figure className="my-8">
      {playing && embed.player !== null ? (
        <iframe
          ref={player}
          src={embed.player.src}
          title={`${label} (${embed.player.provider})`}
          allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
          className="aspect-video w-full border-0"
        />
      ) : (
        <div className="rounded-md border border-rule bg-paper-raised p-4 font-sans">
          <p className="text-xs font-semibold tracking-wider text-ink-muted uppercase">{embed.provider}</p>
          <p className="mt-1 text-lg leading-snug">
            <ExternalLink href={embed.url} className="text-ink underline underline-offset-2 hover:decoration-2">
              {label}
            </ExternalLink>
          </p>
          {embed.player === null ? null : (
            <button
              type="button"
              onClick={() => {
                setPlaying(true);
              }}
              className="mt-3 inline-flex min-h-11 items-center gap-2 rounded-full border border-rule px-4 text-sm text-ink hover:border-accent"
            >
              Play here <span className="text-ink-muted">(loads {embed.player.provider})</span>
            </button>
          )}
        </div>
      )}
      {embed.caption === null ? null : (
        <figcaption className="mt-2 font-sans text-sm leading-snug text-ink">{embed.caption}</figcaption>
      )}
    </figure>
  );
}
