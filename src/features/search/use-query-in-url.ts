import { useEffect, useRef, useState, type RefObject } from 'react';
import { parsePath, useNavigate, useNavigation } from 'react-router';

import { folderAddress, paths } from '../../lib/paths.ts';

/** Results follow typing after this pause, not on every key. */
export const TYPING_DELAY_MS = 250;
/** A pause this long ends a search: what is typed next starts a new history entry. */
export const NEW_ENTRY_AFTER_MS = 1500;

/**
 * The search box's text, kept in the URL: results update as one types, and
 * one burst of typing makes one history entry (the first change pushes, the
 * rest replace it), so back and forward step through searches, not keys.
 * When the URL changes from outside (back, forward, a link), the box shows
 * its query. Text typed into the prerendered box before the app ran (`box`)
 * is the reader's: the app adopts it and searches for it.
 */
export function useQueryInUrl(committed: string, box?: RefObject<HTMLInputElement | null>) {
  const navigate = useNavigate();
  const [value, setValue] = useState(committed);
  const [sent, setSent] = useState(committed);
  const [seen, setSeen] = useState(committed);
  if (committed !== seen) {
    setSeen(committed);
    if (committed !== sent) {
      setSent(committed);
      setValue(committed);
    }
  }

  const typing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const settling = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inBurst = useRef(false);
  // The query in the URL before the burst began: until the URL has moved on from it, the burst's first
  // entry is not in the history yet (a navigation still loading is replaced by the next), so push, not replace.
  const beforeBurst = useRef(committed);
  const current = useRef(committed);

  // Back, forward or a link moves the address: what was being typed goes with the page it was typed on, and must
  // not be sent after it, which would undo the move and drop the forward history. A move is seen as it starts (the
  // router's navigation, while its search loads, which may outlast the typing delay), or else once it is done (a
  // query this box did not send).
  const stopTyping = () => {
    clearTimeout(typing.current);
    clearTimeout(settling.current);
    inBurst.current = false;
  };
  const { location: moving } = useNavigation();
  /** The query string this box last sent the reader to, until its move is seen: any other move is not its own. */
  const sentTo = useRef<string | null>(null);
  const lastSent = useRef(committed);
  useEffect(() => {
    if (moving === undefined) return;
    // The query alone: the router's pathname may carry the base path (BASE_PATH), and this box moves only within
    // the search page. Seen once: a later move to the same query (forward) is not the box's.
    if (moving.search === sentTo.current) sentTo.current = null;
    else stopTyping();
  }, [moving]);
  useEffect(() => {
    current.current = committed;
    if (committed === lastSent.current) {
      // The box's own move is done, whether or not its loading was seen.
      sentTo.current = null;
      return;
    }
    lastSent.current = committed;
    stopTyping();
  }, [committed]);
  useEffect(
    () => () => {
      clearTimeout(typing.current);
      clearTimeout(settling.current);
    },
    [],
  );

  const go = (query: string, replace: boolean) => {
    setSent(query);
    lastSent.current = query;
    const href = folderAddress(paths.search.href(query.trim() === '' ? '' : query));
    sentTo.current = parsePath(href).search ?? '';
    void navigate(href, { replace, preventScrollReset: true });
  };

  const change = (next: string) => {
    setValue(next);
    clearTimeout(typing.current);
    typing.current = setTimeout(() => {
      if (next === sent) return;
      if (!inBurst.current) beforeBurst.current = current.current;
      go(next, inBurst.current && current.current !== beforeBurst.current);
      inBurst.current = true;
      clearTimeout(settling.current);
      settling.current = setTimeout(() => {
        inBurst.current = false;
      }, NEW_ENTRY_AFTER_MS);
    }, TYPING_DELAY_MS);
  };

  /** Enter: show the results now, and end the burst. */
  const submit = () => {
    clearTimeout(typing.current);
    if (value !== sent) go(value, inBurst.current && current.current !== beforeBurst.current);
    inBurst.current = false;
  };

  useEffect(() => {
    const typed = box?.current?.value;
    // The box's DOM is the outside system here: it holds what was typed before React knew of it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (typed !== undefined && typed !== committed) change(typed);
    // Once, at the first commit: later changes come through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return { value, change, submit };
}
