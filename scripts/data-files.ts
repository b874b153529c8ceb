/**
 * Writes the data files many addresses share (src/build/view-model/page-data.ts: the latest summaries, the tag
 * filter, the search index) into the output; each address's own data goes into its page (scripts/prerender.ts).
 */
import type { PageData } from '../src/build/view-model/page-data.ts';
import type { OutputWriter } from './output-writer.ts';
import { sha256 } from './page-cache.ts';

/** Writes the files and returns each one's content hash, by path: the page cache keys the pages that read them. */
export function writeDataFiles(output: Pick<OutputWriter, 'write'>, files: PageData['files']): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const { path: fileName, data } of files) {
    const text = JSON.stringify(data);
    output.write(fileName, text);
    hashes[fileName] = sha256(text);
  }
  return hashes;
}
