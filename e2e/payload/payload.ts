/**
 * The script payloads the payload fixture (e2e/payload-content) carries in
 * every text field of every file, and what each field holds: its label, then
 * the payloads. Anything that treats content as HTML, in the app, the
 * prerendered pages, JSON-LD, feeds or the sitemap, would run one of them
 * and set `window.__pwned`.
 */
export const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  "'><svg onload='window.__pwned=1'>",
  '</script><script>window.__pwned=1</script>',
  '</title><script>window.__pwned=1</script>',
  ']]><script>window.__pwned=1</script>',
  '--><script>window.__pwned=1</script>',
] as const;

/** Every payload, in a field's text. */
export const PAYLOAD = PAYLOADS.join(' ');

/** Headlines are at most 300 characters: they carry the first five payloads. */
export const HEADLINE_PAYLOAD = PAYLOADS.slice(0, 5).join(' ');

/**
 * Inline markup (paragraphs, quotes, list items) also gets a link whose text
 * is a `javascript:` URL: the content format refuses such a link target, so
 * it may only ever appear as text.
 */
export const LINK_PAYLOAD = '[javascript:window.__pwned=1](/tags/payload-tag)';
export const LINK_PAYLOAD_TEXT = 'javascript:window.__pwned=1';

/** What a field labelled `label` holds (and shows). */
export function payloadText(label: string): string {
  return `${label} ${PAYLOAD}`;
}

export function headlineText(label: string): string {
  return `${label} ${HEADLINE_PAYLOAD}`;
}

/** A field with inline markup: as written in the file, and as a reader sees it. */
export function inlineSource(label: string): string {
  return `${payloadText(label)} ${LINK_PAYLOAD}`;
}

export function inlineShown(label: string): string {
  return `${payloadText(label)} ${LINK_PAYLOAD_TEXT}`;
}

export const SLUGS = {
  articles: ['payload-one', 'payload-two', 'payload-three'],
  authors: ['payload-author', 'second-author'],
  tags: ['payload-tag', 'second-tag'],
} as const;
