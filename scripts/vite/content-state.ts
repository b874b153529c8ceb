/**
 * The content the Vite plugins share (scripts/vite/*-plugin.ts): read and
 * checked once per build, and again on every edit in the dev server.
 */
import type { Content } from '../../src/build/view-model/catalogue.ts';
import type { ContentLoader } from '../content/load-content.ts';
import { formatProblems } from '../content/problem.ts';

export type LoadedContent = { ok: true; content: Content } | { ok: false; report: string };

export type ContentState = {
  /** The content folder; set by the content loader plugin once Vite's config is resolved. */
  dir: string;
  loaded: LoadedContent;
  /**
   * Settles once `loaded` holds the content as read: the dev server answers while it reads the folder at start, and
   * what needs the content waits for this. Settled from the start in a build, which reads before anything else.
   */
  firstLoad: Promise<void>;
  /**
   * In the dev server, how many times the folder has been read (0 before the first read ends): each page carries
   * the version it was made from, so that one made before an edit catches up (content-version.ts).
   */
  version: number;
  /** Called after each reload in the dev server, before the browser is told: to drop what was made from the old content. */
  readonly onReload: Set<() => void>;
};

export function createContentState(): ContentState {
  return {
    dir: '',
    loaded: { ok: false, report: 'content not loaded yet' },
    firstLoad: Promise.resolve(),
    version: 0,
    onReload: new Set(),
  };
}

/**
 * Reads and checks the content folder, what changed of it since the loader's last load. Never rejects: the dev
 * server calls it on every edit, and a folder that cannot be read at all (a permission changed under it) is reported
 * like a content problem, not a crash.
 */
export async function readContent(loader: ContentLoader): Promise<LoadedContent> {
  try {
    const result = await loader.load();
    return result.ok ? { ok: true, content: result.content } : { ok: false, report: formatProblems(result.problems) };
  } catch (error) {
    return {
      ok: false,
      report: `the content folder could not be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
