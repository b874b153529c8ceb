import { useSyncExternalStore } from 'react';

import { chooseScheme, currentScheme, subscribeToScheme } from '../lib/theme.ts';

/** Until hydration the scheme is unknown to the server: render the light state, then correct. */
const serverScheme = () => 'light' as const;

export function ThemeToggle() {
  const scheme = useSyncExternalStore(subscribeToScheme, currentScheme, serverScheme);
  const isDark = scheme === 'dark';
  return (
    <button
      // The inline script in index.html finds the button by this id, to work it until the app runs.
      id="scheme-toggle"
      type="button"
      aria-pressed={isDark}
      onClick={() => {
        // The scheme now, not this render's: a click just after hydration, before the render with the page's own
        // scheme, saw the server's light one and chose dark again.
        chooseScheme(currentScheme() === 'dark' ? 'light' : 'dark');
      }}
      className="scheme-button"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        width="18"
        height="18"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      >
        <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z" />
      </svg>
      <span className="sr-only sm:not-sr-only">Dark mode</span>
    </button>
  );
}
