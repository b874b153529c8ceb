import { useMemo, type MouseEvent, type ReactNode } from 'react';

import type { Markup } from '../lib/content/model.ts';
import { isMarkup, PART_ATTRIBUTE, type MarkupPart } from '../lib/content/page-markup.ts';
import { useSiteLinkClicks } from './site-link-clicks.ts';
import { PLAYER_ATTRIBUTE, startPlayer } from './embed-player.ts';
import { markupElements } from './markup-elements.ts';

/**
 * Whether this build renders a part from its data: the prerender does, and so does the dev server's app, whose
 * pages are not prerendered. A built site's app only ever gets markup, so its bundle goes without the code that
 * renders parts (the body blocks), which is a constant `false` away.
 */
export const RENDERS_PART_DATA = import.meta.env.SSR || import.meta.env.DEV;

type PagePartProps<T extends object> = {
  part: MarkupPart;
  content: T | Markup;
  className?: string;
  /** The part from its data; null where RENDERS_PART_DATA is false. */
  children: ((content: T) => ReactNode) | null;
};

/**
 * A part of a page that its HTML holds once (page-markup.ts): rendered from its data, marked so the browser can
 * find it, or, in the browser, from the markup the page already holds, as elements (markup-elements.ts), which
 * hydrate the page's own.
 */
export function PagePart<T extends object>({ part, content, className, children }: PagePartProps<T>) {
  const attributes = { [PART_ATTRIBUTE]: part, className };
  if (isMarkup(content)) return <PartMarkup attributes={attributes} markup={content.markup} />;
  // A page built before its part left the island, fetched by this build's app: a reload gets the current page.
  if (children === null) throw new Error(`This page's ${part} came as data, which this build shows from its markup`);
  return <div {...attributes}>{children(content)}</div>;
}

function PartMarkup({ attributes, markup }: { attributes: { className?: string }; markup: string }) {
  const followLinks = useSiteLinkClicks();
  const children = useMemo(() => markupElements(markup), [markup]);
  const onClick = (event: MouseEvent<HTMLElement>) => {
    const play = event.target instanceof Element ? event.target.closest(`button[${PLAYER_ATTRIBUTE}]`) : null;
    if (play instanceof HTMLButtonElement) startPlayer(play);
    else followLinks(event);
  };
  return (
    // The links and buttons inside are the interactive elements; a link or button answers Enter with a click.
    // Keyed by its markup: other markup is a new part, never a patch of one whose card became a player.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
    <div key={markup} {...attributes} onClick={onClick}>
      {children}
    </div>
  );
}
