import { useState } from 'react';

import type { BodyBlock } from '../lib/content/model.ts';
import { PLAYER_ALLOW, PLAYER_ATTRIBUTE, PLAYER_CLASS, PLAYER_TITLE_ATTRIBUTE } from './embed-player.ts';

type Embed = Extract<BodyBlock, { type: 'embed' }>;

/**
 * A video, post or map hosted elsewhere (content format 1.1), as a card that links to it: nothing is requested from
 * the provider while the reader only reads. A YouTube or Vimeo video can be played in the page once the reader asks;
 * only those players' origins are in the CSP's frame-src (decision 008).
 */
export function EmbedCard({ embed }: { embed: Embed }) {
  const [playing, setPlaying] = useState(false);
  const { player, provider } = embed;
  const label = embed.title ?? `${provider} post`;
  return (
    <figure className="my-8 font-sans">
      {playing && player !== null ? (
        <iframe
          // The button the reader pressed is gone: focus goes to what replaced it.
          ref={(node) => node?.focus()}
          src={player.src}
          title={label}
          allow={PLAYER_ALLOW}
          className={PLAYER_CLASS}
        />
      ) : (
        <div className="rounded-md border border-rule bg-paper-raised p-4">
          <p className="text-xs font-semibold text-ink-muted uppercase">{provider}</p>
          <a href={embed.url} rel="noopener noreferrer" className="text-lg text-ink underline">
            {label}
          </a>
          {player === null ? null : (
            <button
              type="button"
              // For the page's markup, where no state of ours holds the player (embed-player.ts).
              {...{ [PLAYER_ATTRIBUTE]: player.src, [PLAYER_TITLE_ATTRIBUTE]: label }}
              onClick={() => {
                setPlaying(true);
              }}
              className="mt-3 block min-h-11 rounded-full border border-rule px-4 text-sm"
            >
              Play here (loads {player.provider})
            </button>
          )}
        </div>
      )}
      {embed.caption === null ? null : <figcaption className="mt-2 text-sm">{embed.caption}</figcaption>}
    </figure>
  );
}
