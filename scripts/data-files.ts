/**
 * Writes the data files many addresses share (src/build/view-model/page-data.ts: the latest summaries, the tag
 * filter, the search index) into the output; each address's own data goes into its page (scripts/prerender.ts).
 */
import type { PageData } from '../src/build/view-model/page-data.ts';
import type { OutputWriter } from './output-writer.ts';
import { sha256 } from './page-cache.ts';

/** A data file as it is written: its path in the output and its JSON. */
export type SerializedFile = { path: string; text: string };

export function serializeDataFiles(files: PageData['files']): SerializedFile[] {
  return files.map(({ path, data }) => ({ path, text: JSON.stringify(data) }));
}

/** Writes the files and returns each one's content hash, by path: the page cache keys the pages that read them. */
export function writeDataFiles(output: Pick<OutputWriter, 'write'>, files: SerializedFile[]): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const { path, text } of files) {
    output.write(path, text);
    hashes[path] = sha256(text);
  }
  return hashes;
}
