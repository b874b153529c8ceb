/**
 * The import, from input files to a content folder in memory and its report: read and detect the inputs, choose
 * what is published, give everything its slug, map posts, pages, tags, authors and the site, and resolve images.
 * Writing the folder is write-content.ts's job.
 */
import path from 'node:path';

import type { Article, Author, ContentFolder, Page, Tag } from './content-types.ts';
import { siteTimeZone } from './dates.ts';
import type { MappingContext } from './draft-blocks.ts';
import type { SizeCache } from './image-size-cache.ts';
import { importedIndex } from './imported-index.ts';
import { keptMembershipUrl } from './kept-membership-url.ts';
import { mapAuthor, mapTag } from './map-people.ts';
import { mapPost, type MappedPost } from './map-post.ts';
import { mapSite } from './map-site.ts';
import { readAdminExport } from './read-admin-export.ts';
import { readApiPosts, readApiSettings, siteUrlFromPosts } from './read-content-api.ts';
import { readInput } from './read-input.ts';
import type { ProbeResult } from './remote-image-size.ts';
import { emptyReport, fileLines, type ImportReport } from './report.ts';
import { createImageResolver } from './resolve-images.ts';
import { resolveOne } from './resolve-blocks.ts';
import { rewriteLink, type SiteIndex } from './site-links.ts';
import { RESERVED_PAGE_SLUGS } from '../../src/build/content/schema.ts';
import { slugChange, slugRegistry, type SlugClaim } from './slugs.ts';
import type { SourceAuthor, SourcePost, SourceSite, SourceTag } from './source-model.ts';

export type ImportOptions = {
  inputs: string[];
  /** `--site-url`, an absolute https: URL, or null to take it from the Content API's answers. */
  siteUrl: string | null;
  /** Ghost's content/images folder (`--images`), or null. */
  imagesDir: string | null;
  cache: SizeCache;
  probe: (url: string) => Promise<ProbeResult>;
  /** Images read or probed at once. */
  concurrency?: number;
  /** The folder the import will replace (`--out`): its hand-set membershipUrl is kept. */
  out?: string;
};

export type ImportOutcome =
  { ok: true; folder: ContentFolder; report: ImportReport } | { ok: false; problems: string[] };

type Sources = { posts: SourcePost[]; sites: SourceSite[]; apiSiteUrls: string[] };

function readSources(inputs: string[]): { ok: true; sources: Sources } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const sources: Sources = { posts: [], sites: [], apiSiteUrls: [] };
  for (const input of inputs) {
    const read = readInput(input);
    if (!read.ok) {
      problems.push(...read.problems);
      continue;
    }
    const { file } = read;
    if (file.kind === 'admin-export') {
      const source = readAdminExport(input, file.databases);
      sources.posts.push(...source.posts);
      sources.sites.push(source.site);
    } else if (file.kind === 'api-settings') {
      sources.sites.push(readApiSettings(file.settings));
    } else {
      const posts = file.kind === 'api-posts' ? file.posts : file.pages;
      sources.posts.push(...readApiPosts(input, posts, file.kind === 'api-posts' ? 'post' : 'page'));
      const url = siteUrlFromPosts(posts);
      if (url !== null) sources.apiSiteUrls.push(url);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, sources };
}

function mergeSites(sites: SourceSite[]): SourceSite {
  const first = <K extends keyof SourceSite>(key: K) =>
    sites.map((site) => site[key]).find((value) => value !== null) ?? null;
  return {
    title: first('title'),
    description: first('description'),
    language: first('language'),
    timeZone: first('timeZone'),
    url: first('url'),
    footerNavigation: sites.find((site) => site.footerNavigation.length > 0)?.footerNavigation ?? [],
  };
}

/** Why a post is not imported, or null when it is published. */
function skipReason(post: SourcePost): string | null {
  if (post.emailOnly) return 'e-mail only';
  if (post.status === 'published') return null;
  if (post.status === 'draft') return 'draft';
  if (post.status === 'scheduled') return 'scheduled';
  return post.status;
}

function siteUrlOf(options: ImportOptions, site: SourceSite, apiSiteUrls: string[]): URL | string {
  const candidate = options.siteUrl ?? site.url ?? apiSiteUrls[0] ?? null;
  if (candidate === null)
    return "the site's URL is unknown: pass --site-url https://… (an Admin export does not say where the site is)";
  try {
    const url = new URL(candidate);
    if (url.protocol !== 'https:')
      return `the site's URL ${JSON.stringify(candidate)} is not https: pass --site-url https://…`;
    return url;
  } catch {
    return `the site's URL ${JSON.stringify(candidate)} is not a URL`;
  }
}

export async function importGhost(options: ImportOptions): Promise<ImportOutcome> {
  const read = readSources(options.inputs);
  if (!read.ok) return read;
  const { posts: allPosts, sites, apiSiteUrls } = read.sources;
  const site = mergeSites(sites);
  const siteUrl = siteUrlOf(options, site, apiSiteUrls);
  if (typeof siteUrl === 'string') return { ok: false, problems: [`import:ghost: ${siteUrl}`] };

  const report = emptyReport();
  // The same post can come from an export and an API answer: the first one read wins.
  const seen = new Set<string>();
  const published: SourcePost[] = [];
  for (const post of allPosts) {
    const key = `${post.kind}:${post.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const reason = skipReason(post);
    if (reason === null) published.push(post);
    else report.skipped.set(reason, (report.skipped.get(reason) ?? 0) + 1);
  }

  // Slugs, in the input's order.
  const articleSlug = slugRegistry();
  const pageSlug = slugRegistry(RESERVED_PAGE_SLUGS);
  const tagSlug = slugRegistry();
  const authorSlug = slugRegistry();
  const posts = new Map<string, string>();
  const pages = new Map<string, string>();
  const slugOf = new Map<SourcePost, SlugClaim>();
  const tags = new Map<string, { tag: SourceTag } & SlugClaim>();
  const authors = new Map<string, { author: SourceAuthor } & SlugClaim>();
  const internalTags = new Set<string>();
  for (const post of published) {
    const claim = (post.kind === 'page' ? pageSlug : articleSlug)(post.slug, post.title);
    slugOf.set(post, claim);
    (post.kind === 'page' ? pages : posts).set(post.slug, claim.slug);
    if (post.kind === 'page') continue;
    for (const tag of post.tags) {
      if (tag.internal) internalTags.add(tag.id);
      else if (!tags.has(tag.id)) tags.set(tag.id, { tag, ...tagSlug(tag.slug, tag.name) });
    }
    for (const author of post.authors)
      if (!authors.has(author.id)) authors.set(author.id, { author, ...authorSlug(author.slug, author.name) });
  }
  report.internalTags = internalTags.size;

  const index: SiteIndex = {
    siteUrl,
    posts,
    pages,
    tags: new Map([...tags.values()].map(({ tag, slug }) => [tag.slug, slug])),
    authors: new Map([...authors.values()].map(({ author, slug }) => [author.slug, slug])),
  };
  const resolveImage = createImageResolver({
    siteUrl,
    imagesDir: options.imagesDir,
    probe: options.probe,
    cache: options.cache,
    concurrency: options.concurrency ?? 8,
  });
  const siteMessages: string[] = [];
  const timeZone = siteTimeZone(site.timeZone);
  if (site.timeZone !== null && timeZone === null)
    siteMessages.push(`time zone ${JSON.stringify(site.timeZone)} is unknown: dates Ghost wrote in UTC stay in UTC`);
  const tagSlugs = new Map([...tags].map(([id, { slug }]) => [id, slug]));
  const authorSlugs = new Map([...authors].map(([id, { slug }]) => [id, slug]));

  const mapOne = async (post: SourcePost, links: SiteIndex): Promise<Mapped> => {
    const messages: string[] = [];
    const tally = emptyTally();
    const internalLinks: string[] = [];
    const claim = slugOf.get(post) ?? { slug: post.slug, changed: false };
    let result: MappedPost;
    try {
      result = await mapPost(post, claim.slug, {
        context: contextFor(links, messages, tally, internalLinks),
        resolveImage,
        countImage: (origin) => {
          tally.images[origin] += 1;
        },
        tagSlugs,
        authorSlugs,
        timeZone,
      });
    } catch (error) {
      // The html walkers recurse once per element: thousands of unclosed tags overflow the stack. One such post
      // is skipped and named rather than ending the import.
      if (!(error instanceof RangeError && /call stack/i.test(error.message))) throw error;
      result = { kind: 'skipped', reason: 'its html is nested too deeply to read' };
    }
    return { post, result, messages, claim, tally, internalLinks };
  };
  const firstPass = await Promise.all(published.map((post) => mapOne(post, index)));
  // Whether a post is skipped does not depend on its links (a link that goes keeps its text), so one pass tells
  // what is imported; only the posts that link to something that is not are mapped again, with what is.
  const imported = importedIndex(index, firstPass);
  const mapped = await Promise.all(
    firstPass.map(async (one) =>
      one.result.kind !== 'skipped' && one.internalLinks.some((href) => rewriteLink(href, imported).kind !== 'internal')
        ? mapOne(one.post, imported)
        : one,
    ),
  );

  const articles: Article[] = [];
  const pageList: Page[] = [];
  for (const { post, result, messages, claim, tally } of mapped) {
    const file = post.kind === 'page' ? `pages/${claim.slug}.json` : `articles/${claim.slug}.json`;
    if (result.kind === 'skipped') {
      const label = `${post.kind} ${JSON.stringify(post.slug)} (${post.input})`;
      // Its own messages follow: they often say why it had nothing to show (every image of a gallery dropped…).
      report.lines.push(`${label}: skipped: ${result.reason}`, ...fileLines(label, messages));
      report.skipped.set(result.reason, (report.skipped.get(result.reason) ?? 0) + 1);
      continue;
    }
    addTally(report, tally);
    const renamed = claim.changed ? [slugChange('slug', post.slug, claim)] : [];
    report.lines.push(...fileLines(file, [...renamed, ...messages]));
    collect(result, articles, pageList, report);
  }

  const countAvatar = (origin: 'copied' | 'remote' | 'dropped') => {
    report.images[origin] += 1;
  };
  const authorMessages: string[] = [];
  const usedAuthors = new Set(articles.flatMap((article) => article.authors));
  const authorList: Author[] = await Promise.all(
    [...authors.values()]
      .filter(({ slug }) => usedAuthors.has(slug))
      .map(async (claim) => {
        const { author, slug } = claim;
        if (claim.changed) authorMessages.push(slugChange('author slug', author.slug, claim));
        const note = (message: string) => authorMessages.push(`${slug}: ${message}`);
        const avatar =
          author.profileImage === null
            ? null
            : await resolveOne(
                resolveImage,
                note,
                countAvatar,
                'avatar',
              )({ src: author.profileImage, alt: author.name });
        return mapAuthor(author, slug, avatar, note);
      }),
  );
  report.lines.push(...fileLines('authors.json', authorMessages));

  const usedTagSlugs = new Set(articles.flatMap((article) => article.tags));
  const usedTags = [...tags.values()].filter(({ slug }) => usedTagSlugs.has(slug));
  const tagList: Tag[] = usedTags.map(({ tag, slug }) => mapTag(tag, slug));
  report.lines.push(
    ...fileLines(
      'tags.json',
      usedTags.flatMap((claim) => (claim.changed ? [slugChange('tag slug', claim.tag.slug, claim)] : [])),
    ),
  );

  const membership = options.out === undefined ? { url: null, message: null } : keptMembershipUrl(options.out);
  if (membership.message !== null) siteMessages.push(membership.message);
  const siteJson = mapSite(site, siteUrl, imported, (message) => siteMessages.push(message), membership.url);
  if (report.membersOnly > 0 && membership.url === null)
    siteMessages.push('members-only previews invite readers to join: set membershipUrl to where they become members');
  report.lines.push(...fileLines('site.json', siteMessages));

  report.authors = authorList.length;
  report.tags = tagList.length;
  options.cache.save();

  const bySlug = <T extends { slug: string }>(a: T, b: T) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
  const imageFiles = new Map<string, string>();
  for (const image of collectImageCopies(articles, pageList, authorList, options.imagesDir))
    imageFiles.set(image.to, image.from);
  return {
    ok: true,
    folder: {
      site: siteJson,
      authors: authorList.sort(bySlug),
      tags: tagList.sort(bySlug),
      articles: articles.sort(bySlug),
      pages: pageList.sort(bySlug),
      imageFiles: [...imageFiles].sort(([a], [b]) => (a < b ? -1 : 1)).map(([to, from]) => ({ from, to })),
    },
    report,
  };
}

type Tally = Pick<ImportReport, 'images' | 'links'>;

function emptyTally(): Tally {
  return { images: { copied: 0, remote: 0, dropped: 0 }, links: { rewritten: 0, oldSite: 0, dropped: 0 } };
}

/** A post's counts join the report only for its last mapping, and only when it is imported. */
function addTally(report: ImportReport, tally: Tally): void {
  for (const key of ['copied', 'remote', 'dropped'] as const) report.images[key] += tally.images[key];
  for (const key of ['rewritten', 'oldSite', 'dropped'] as const) report.links[key] += tally.links[key];
}

type Mapped = {
  post: SourcePost;
  result: MappedPost;
  messages: string[];
  claim: SlugClaim;
  tally: Tally;
  /** The links Ghost wrote that became the site's own paths, to check against what is imported. */
  internalLinks: string[];
};

/** The links of one post, rewritten with `index`; notes and counts go to the post's own messages and tally. */
function contextFor(index: SiteIndex, messages: string[], tally: Tally, internalLinks: string[]): MappingContext {
  return {
    note: (message) => messages.push(message),
    link: (href) => {
      const link = rewriteLink(href, index);
      if (link.kind === 'dropped') {
        tally.links.dropped += 1;
        messages.push(link.reason);
        return null;
      }
      if (link.kind === 'internal') {
        tally.links.rewritten += 1;
        internalLinks.push(href);
      }
      if (link.kind === 'old-site') {
        tally.links.oldSite += 1;
        messages.push(`link to ${link.href} left pointing to the old site (Broadsheet has no page for it)`);
      }
      return link.href;
    },
  };
}

function collect(
  result: Exclude<MappedPost, { kind: 'skipped' }>,
  articles: Article[],
  pages: Page[],
  report: ImportReport,
): void {
  if (result.membersOnly) report.membersOnly += 1;
  if (result.kind === 'article') {
    articles.push(result.article);
    report.posts += 1;
  } else {
    pages.push(result.page);
    report.pages += 1;
  }
}

/** Every `images/…` the folder points to, with the file in Ghost's content/images it is copied from. */
function collectImageCopies(
  articles: Article[],
  pages: Page[],
  authors: Author[],
  imagesDir: string | null,
): { from: string; to: string }[] {
  if (imagesDir === null) return [];
  const sources: string[] = [];
  const add = (src: string | undefined) => {
    if (src?.startsWith('images/') === true) sources.push(src);
  };
  for (const item of [...articles, ...pages]) {
    add(item.image?.src);
    for (const block of item.body) {
      if (typeof block === 'string') continue;
      if (block.type === 'image') add(block.src);
      if (block.type === 'gallery') for (const image of block.images) add(image.src);
    }
  }
  for (const author of authors) add(author.avatar?.src);
  return sources.map((to) => ({ to, from: path.join(imagesDir, to.slice('images/'.length)) }));
}
