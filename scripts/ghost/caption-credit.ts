/**
 * Splits a photo credit off an image caption, for the credit patterns newsrooms on Ghost write
 * (docs/ghost-import.md, "Captions and credits"):
 *
 * - a closing parenthesis with an agency, as the Kyiv Independent writes it: "… (Photo: Oleksii Filippov / AFP)",
 *   "… (Sergei Supinsky / Getty Images)", "… (Photo by Jane Doe)";
 * - a closing "Photo by …", "Photo: …", "Photograph: …", "Credit: …" or "Image: …" after the caption's last
 *   sentence, or as the whole caption: "Photo by Jane Doe / Unsplash" (what Ghost's Unsplash picker writes).
 *
 * The caption is plain text here (html-blocks.ts turned Ghost's caption HTML into text). Anything else stays the
 * caption: a credit that cannot be told from the caption is better left in it than cut out of it wrongly.
 */

export type CaptionParts = { caption?: string; credit?: string };

const CREDIT_WORDS = String.raw`(?:photos?|photograph|photography|image|images|illustration|video|credit|source)`;

/** "(Photo: A / AFP)" or "(A / Getty Images)" at the end: the credit is what the parenthesis holds. */
const PARENTHESIS_CREDIT = new RegExp(
  String.raw`^(?<caption>.*?)\s*\((?<credit>(?:${CREDIT_WORDS}\s*(?::|by)\s*[^()]+|[^()]*\S\s*/\s*[^()]+))\)\s*\.?$`,
  'isu',
);

/** "…. Photo by A" or "… | Photo: A" or the caption is only "Photo by A / Unsplash". */
const TRAILING_CREDIT = new RegExp(
  String.raw`^(?:(?<caption>.*?[.!?…"”’)])\s+|(?<captionBar>.*?)\s+[|—–-]\s+)?(?<credit>${CREDIT_WORDS}\s*(?::|by\b)\s*\S.*)$`,
  'isu',
);

function clean(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

export function splitCredit(text: string): CaptionParts {
  const whole = clean(text);
  if (whole === undefined) return {};
  const parenthesis = PARENTHESIS_CREDIT.exec(whole);
  if (parenthesis?.groups !== undefined) {
    const credit = clean(parenthesis.groups.credit);
    const caption = clean(parenthesis.groups.caption);
    if (credit !== undefined) return { ...(caption === undefined ? {} : { caption }), credit };
  }
  const trailing = TRAILING_CREDIT.exec(whole);
  if (trailing?.groups !== undefined) {
    const credit = clean(trailing.groups.credit);
    const caption = clean(trailing.groups.caption ?? trailing.groups.captionBar);
    if (credit !== undefined) return { ...(caption === undefined ? {} : { caption }), credit };
  }
  return { caption: whole };
}
