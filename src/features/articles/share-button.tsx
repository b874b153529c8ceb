import { useEffect, useState, useSyncExternalStore } from 'react';

import { folderAddress } from '../../lib/paths.ts';

/** How long the confirmation stays on screen. */
export const SHARE_CONFIRMATION_MS = 4000;

type Outcome = 'idle' | 'copied' | 'failed';

const MESSAGES: Record<Outcome, string> = {
  idle: '',
  copied: 'Link copied',
  failed: 'Could not copy the link',
};

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

const subscribeToNothing = () => () => undefined;

/**
 * Whether this render is the app's own: false while it hydrates a prerendered page, whose button the app's
 * handler does not work yet, then true (React renders again with the client value).
 */
function useAppRendered(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

/**
 * Shares the article with the system share sheet where there is one, and
 * otherwise copies its address and says so in a polite live region. The
 * live region is always rendered (empty until needed) so that screen readers
 * announce the change. Until the app runs, the prerendered button is
 * disabled: plainly unavailable rather than doing nothing when pressed.
 */
export function ShareButton({ title }: { title: string }) {
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const ready = useAppRendered();

  useEffect(() => {
    if (outcome === 'idle') return;
    const timer = window.setTimeout(() => {
      setOutcome('idle');
    }, SHARE_CONFIRMATION_MS);
    return () => {
      window.clearTimeout(timer);
    };
  }, [outcome]);

  const share = async () => {
    // The article's own address, in the form its canonical link names (paths.ts: folderAddress): not a
    // campaign's ?utm_… or a #fragment the reader arrived with.
    const url = window.location.origin + folderAddress(window.location.pathname);
    if ('share' in navigator) {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        // The reader closed the share sheet: nothing to do.
        if (isAbort(error)) return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  };

  return (
    <div className="flex items-center gap-2 print:hidden">
      <button
        type="button"
        disabled={!ready}
        onClick={() => {
          void share();
        }}
        className="share-button"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          width="16"
          height="16"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M4 12v7a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-7" />
          <path d="M16 6l-4-4-4 4" />
          <path d="M12 2v13" />
        </svg>
        Share
      </button>
      <p role="status" className="font-sans text-sm text-ink-muted">
        {MESSAGES[outcome]}
      </p>
    </div>
  );
}
