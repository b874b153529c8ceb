/**
 * A page's own data travels in its HTML file, as a JSON island
 * (`<script type="application/json" id="page-data">`): the prerender writes
 * it into every page that has data, the first load reads it from the
 * document, and a client navigation fetches the next address's HTML and reads
 * it from there. One file per address (docs/decisions/012-one-file-per-address.md).
 *
 * The island names its address, so that a host answering an unknown address
 * with another page (an SPA fallback serving the home page) is recognised
 * as "no data here", not as that page's data.
 */
import type { PageAddress } from './data-paths.ts';

export const ISLAND_ID = 'page-data';

const OPEN = `<script type="application/json" id="${ISLAND_ID}">`;
const CLOSE = '</script>';

/**
 * The island's text: `{"address":…,"data":…}` with every `<` escaped (JSON has
 * `<` only inside strings), so nothing in the data can close the script
 * element or open a comment.
 */
export function islandJson(address: string, dataJson: string): string {
  return `{"address":${JSON.stringify(address)},"data":${dataJson}}`.replaceAll('<', '\\u003c');
}

/** The island element for a page at `address` (inside the site) whose data serializes to `dataJson`. */
export function islandScript(address: string, dataJson: string): string {
  return `${OPEN}${islandJson(address, dataJson)}${CLOSE}`;
}

/**
 * The data of the island in `json` if it is `address`'s; undefined otherwise (another page's, damaged).
 *
 * Its type comes from the address, which the build wrote it for, rather than from re-validation: islands are
 * our build's output, not outside input, and a schema here would ship zod to every reader
 * (docs/decisions/001-per-address-data-files.md). This is the one place that trusts it.
 */
export function dataOfIsland<T>(json: string, address: PageAddress<T>): T | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- our build's output, typed by its address (see above)
    const island: { address?: unknown; data?: T } | null = JSON.parse(json);
    return island?.address === address ? island.data : undefined;
  } catch {
    return undefined;
  }
}

/** The island's data in a page's HTML, if that page is `address`'s. */
export function islandInHtml<T>(html: string, address: PageAddress<T>): T | undefined {
  const start = html.indexOf(OPEN);
  if (start < 0) return undefined;
  const end = html.indexOf(CLOSE, start + OPEN.length);
  return end < 0 ? undefined : dataOfIsland(html.slice(start + OPEN.length, end), address);
}

/**
 * The island of the document the reader opened, once: the first load's
 * loader finds its data here instead of asking the network. It is removed
 * once read, so a later visit to the address within the same tab asks the
 * server, and sees a correction published since.
 */
export function takeDocumentIsland<T>(address: PageAddress<T>): T | undefined {
  if (typeof document === 'undefined') return undefined;
  const element = document.getElementById(ISLAND_ID);
  if (element === null) return undefined;
  const data = dataOfIsland(element.textContent, address);
  if (data !== undefined) element.remove();
  return data;
}
