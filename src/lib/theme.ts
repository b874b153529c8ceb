/**
 * The colour scheme: the system's, unless the reader chose one with the
 * toggle. The choice is stored and applied before first paint by the inline
 * script in index.html (keep the key and attribute in step with it).
 */
export type Scheme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'broadsheet-theme';
const CHANGE_EVENT = 'broadsheet-theme-change';
const DARK_QUERY = '(prefers-color-scheme: dark)';

export function currentScheme(): Scheme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

export function chooseScheme(scheme: Scheme): void {
  document.documentElement.dataset.theme = scheme;
  try {
    localStorage.setItem(THEME_STORAGE_KEY, scheme);
  } catch {
    // Storage can be disabled (private modes); the choice still holds for this page.
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

export function subscribeToScheme(onChange: () => void): () => void {
  const media = window.matchMedia(DARK_QUERY);
  media.addEventListener('change', onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    media.removeEventListener('change', onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}
