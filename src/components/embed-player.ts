/**
 * A video's player, started from the card's button in markup the app did not render (page-part.tsx): the button
 * carries the player's address and title, and the player takes the card's place as EmbedCard's own does.
 */
export const PLAYER_ATTRIBUTE = 'data-player';
export const PLAYER_TITLE_ATTRIBUTE = 'data-player-title';

/** What EmbedCard's iframe allows the player. */
export const PLAYER_ALLOW = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
export const PLAYER_CLASS = 'aspect-video w-full';

export function startPlayer(button: HTMLButtonElement): void {
  const card = button.parentElement;
  const src = button.getAttribute(PLAYER_ATTRIBUTE);
  if (card === null || src === null) return;
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.title = button.getAttribute(PLAYER_TITLE_ATTRIBUTE) ?? '';
  frame.setAttribute('allow', PLAYER_ALLOW);
  frame.className = PLAYER_CLASS;
  card.replaceWith(frame);
  // The button the reader pressed is gone: focus goes to what replaced it.
  frame.focus();
}
