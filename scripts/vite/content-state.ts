/**
 * The content the Vite plugins share (scripts/vite/*-plugin.ts): read and
 * checked once per build, and again on every edit in the dev server.
 */
import type { Content } from '../../src/build/view-model/catalogue.ts';
import { loadContent } from '../content/load-content.ts';
import { formatProblems } from '../content/problem.ts';

export type LoadedContent = { ok: true; content: Content } | { ok: false; report: string };

export type ContentState = {
  /** The content folder; set by the content loader plugin once Vite's config is resolved. */
  dir: string;
  loaded: LoadedContent;
  /** Called after each reload in the dev server, before the browser is told: to drop what was made from the old content. */
  readonly onReload: Set<() => void>;
};

export function createContentState(): ContentState {
  return { dir: '', loaded: { ok: false, report: 'content not loaded yet' }, onReload: new Set() };
}

/** Reads and checks the content folder again. */
export function readContent(state: ContentState): void {
  const result = loadContent(state.dir);
  state.loaded = result.ok
    ? { ok: true, content: result.content }
    : { ok: false, report: formatProblems(result.problems) };
}
