/**
 * One Ghost post or page as an article or page of the content folder (docs/ghost-import.md, "Posts and pages"):
 * its body from html, the custom excerpt as standfirst, the feature image, dates with their offset, public tags
 * with the primary tag first, and, for a members-only post, only its public preview.
 */
import { publicationTime } from '../../src/build/view-model/derive.ts';

import { splitCredit } from './caption-credit.ts';
import type { Article, Block, Image, Page } from './content-types.ts';
import { publicationDate } from './dates.ts';
import type { DraftBlock, MappingContext, Note } from './draft-blocks.ts';
import { beforeMembersOnly, mapBody } from './html-blocks.ts';
import { collapseSpace, parseHtml, rawText } from './html-tree.ts';
import { toMarkup } from './inline-markup.ts';
import type { ImageResolver } from './resolve-images.ts';
import { resolveBlocks, resolveOne, type ImageCounter } from './resolve-blocks.ts';
import type { SourcePost } from './source-model.ts';

export const TITLE_MAX = 300;

export type PostEnvironment = {
  context: MappingContext;
  resolveImage: ImageResolver;
  countImage: ImageCounter;
  /** Ghost tag id → the tag's slug in the folder, for public tags only. */
  tagSlugs: ReadonlyMap<string, string>;
  authorSlugs: ReadonlyMap<string, string>;
  /** The site's time zone, for dates Ghost wrote in UTC (dates.ts), or null. */
  timeZone: string | null;
};

export function isMembersOnly(post: SourcePost): boolean {
  return post.visibility !== 'public';
}

function title(post: SourcePost, note: Note): string {
  const text = post.title.replace(/\s+/g, ' ').trim();
  if (text === '') {
    note('no title: "Untitled"');
    return 'Untitled';
  }
  // Characters as the content format counts them, code points: a cut by UTF-16 units could split an emoji.
  const characters = Array.from(text);
  if (characters.length <= TITLE_MAX) return text;
  note(`title cut to ${TITLE_MAX} characters`);
  return `${characters
    .slice(0, TITLE_MAX - 1)
    .join('')
    .trimEnd()}…`;
}

/** The custom excerpt as a paragraph, with literal markup characters made safe. */
function excerptParagraph(post: SourcePost, note: Note): DraftBlock[] {
  if (post.customExcerpt === null) return [];
  const markup = toMarkup([post.customExcerpt.replace(/\s+/g, ' ')]);
  if (markup.change !== null) note(markup.change);
  return [markup.text];
}

/**
 * The body's draft blocks. A members-only post gives only its public preview: what comes before
 * `<!--members-only-->`, or what the Content API answered a visitor with, or else its custom excerpt. The rest of
 * its html is never mapped.
 */
function draftBody(post: SourcePost, context: MappingContext): DraftBlock[] {
  const nodes = parseHtml(post.html);
  if (!isMembersOnly(post)) return mapBody(nodes, context);
  const preview = beforeMembersOnly(nodes);
  if (preview.found) {
    context.note('members-only: only the public preview (before <!--members-only-->) is imported');
    const blocks = mapBody(preview.nodes, context);
    return blocks.length > 0 ? blocks : excerptParagraph(post, context.note);
  }
  if (post.htmlIsPreview && post.html.trim() !== '') {
    context.note('members-only: the free preview the Content API gave is imported');
    return mapBody(nodes, context);
  }
  context.note('members-only without <!--members-only-->: its custom excerpt is the preview');
  return excerptParagraph(post, context.note);
}

async function featureImage(post: SourcePost, env: PostEnvironment): Promise<Image | null> {
  if (post.featureImage === null) return null;
  // The feature image's caption is HTML (Ghost 4.x on), like the cards' captions: its text is the caption.
  const caption =
    post.featureImageCaption === null ? '' : collapseSpace(parseHtml(post.featureImageCaption).map(rawText).join(''));
  const resolve = resolveOne(env.resolveImage, env.context.note, env.countImage, 'feature image');
  return resolve({ src: post.featureImage, alt: post.featureImageAlt ?? '', ...splitCredit(caption) });
}

export type MappedPost =
  | { kind: 'article'; article: Article; membersOnly: boolean }
  | { kind: 'page'; page: Page; membersOnly: boolean }
  | { kind: 'skipped'; reason: string };

export async function mapPost(post: SourcePost, slug: string, env: PostEnvironment): Promise<MappedPost> {
  const { note } = env.context;
  const membersOnly = isMembersOnly(post);
  const drafts = draftBody(post, env.context);
  const [body, image] = await Promise.all([
    resolveBlocks(drafts, env.resolveImage, note, env.countImage),
    featureImage(post, env),
  ]);
  if (body.length === 0) return { kind: 'skipped', reason: 'nothing to show in its body' };
  // A preview made of the custom excerpt alone is not shown twice, as standfirst and as body.
  const excerptIsBody = body.length === 1 && body[0] === excerptParagraph(post, () => undefined)[0];
  const standfirst = excerptIsBody ? undefined : (post.customExcerpt ?? undefined);
  const headline = title(post, note);
  const updated = publicationDate(post.updatedAt, env.timeZone);

  if (post.kind === 'page') {
    if (membersOnly) note('members-only page: only its public preview is imported (pages have no invitation to join)');
    const page: Page = {
      slug,
      title: headline,
      ...(standfirst === undefined ? {} : { standfirst }),
      ...(updated === null ? {} : { updatedAt: updated }),
      ...(image === null ? {} : { image }),
      body,
    };
    return { kind: 'page', page, membersOnly };
  }

  const published = publicationDate(post.publishedAt, env.timeZone);
  if (published === null) return { kind: 'skipped', reason: 'no publication date' };
  const authors = unique(post.authors.flatMap((author) => env.authorSlugs.get(author.id) ?? []));
  if (authors.length === 0) return { kind: 'skipped', reason: 'no author' };
  const tags = unique(post.tags.flatMap((tag) => env.tagSlugs.get(tag.id) ?? []));
  const article: Article = {
    slug,
    title: headline,
    ...(standfirst === undefined ? {} : { standfirst }),
    publishedAt: published,
    // Ghost moves updated_at on every save; it says something only when later than the publication.
    ...(updated !== null && publicationTime(updated) > publicationTime(published) ? { updatedAt: updated } : {}),
    authors,
    tags,
    ...(image === null ? {} : { image }),
    body: body satisfies Block[],
    ...(membersOnly ? { access: 'members' as const } : {}),
  };
  return { kind: 'article', article, membersOnly };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
