/**
 * Articles' searchable fields (build-index.ts: searchFields) packed into typed arrays: their text as UTF-8 in one
 * buffer, with where each field ends. The build hands them to the search thread by transfer, not by copy, and the
 * thread reads back one article at a time: at 100,000 articles the fields are about 250 MB of text, which as
 * strings were held once in the main thread, again in its message and again in the thread.
 */

export type PackedFields = {
  /** Every field's text, one after the other, as UTF-8. */
  text: Uint8Array<ArrayBuffer>;
  /** Field i's text is `text[textEnds[i - 1] ?? 0 .. textEnds[i]]`. */
  textEnds: Uint32Array<ArrayBuffer>;
  /** Field i's number (index-format.ts: FIELD). */
  fields: Uint8Array<ArrayBuffer>;
  /** Article n's fields are `fieldEnds[n - 1] ?? 0 .. fieldEnds[n]`. */
  fieldEnds: Uint32Array<ArrayBuffer>;
};

type Fields = readonly (readonly [number, string])[];

/** A typed array twice as long, with what `from` holds. */
function grown<T extends Uint8Array<ArrayBuffer> | Uint32Array<ArrayBuffer>>(
  from: T,
  make: (length: number) => T,
  least: number,
): T {
  const next = make(Math.max(from.length * 2, least));
  next.set(from);
  return next;
}

export function packFields(articles: Iterable<Fields>): PackedFields {
  const encoder = new TextEncoder();
  let text = new Uint8Array(1 << 16);
  let textEnds = new Uint32Array(1 << 10);
  let fields = new Uint8Array(1 << 10);
  let fieldEnds = new Uint32Array(1 << 8);
  let bytes = 0;
  let fieldCount = 0;
  let articleCount = 0;
  for (const article of articles) {
    for (const [field, value] of article) {
      // UTF-8 takes at most three bytes for each UTF-16 unit.
      if (bytes + value.length * 3 > text.length) {
        text = grown(text, (length) => new Uint8Array(length), bytes + value.length * 3);
      }
      bytes += encoder.encodeInto(value, text.subarray(bytes)).written;
      if (fieldCount === fields.length) {
        fields = grown(fields, (length) => new Uint8Array(length), 0);
        textEnds = grown(textEnds, (length) => new Uint32Array(length), 0);
      }
      fields[fieldCount] = field;
      textEnds[fieldCount] = bytes;
      fieldCount += 1;
    }
    if (articleCount === fieldEnds.length) fieldEnds = grown(fieldEnds, (length) => new Uint32Array(length), 0);
    fieldEnds[articleCount] = fieldCount;
    articleCount += 1;
  }
  // Views, not copies: the buffers are transferred whole, and a copy would hold the text twice meanwhile.
  return {
    text: text.subarray(0, bytes),
    textEnds: textEnds.subarray(0, fieldCount),
    fields: fields.subarray(0, fieldCount),
    fieldEnds: fieldEnds.subarray(0, articleCount),
  };
}

/** The articles' fields again, in order, each article's strings made as it is reached. */
export function* unpackFields({ text, textEnds, fields, fieldEnds }: PackedFields): Generator<[number, string][]> {
  const decoder = new TextDecoder();
  let field = 0;
  for (const end of fieldEnds) {
    const article: [number, string][] = [];
    for (; field < end; field += 1) {
      const from = field === 0 ? 0 : (textEnds[field - 1] ?? 0);
      article.push([fields[field] ?? 0, decoder.decode(text.subarray(from, textEnds[field]))]);
    }
    yield article;
  }
}
