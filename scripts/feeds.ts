/**
 * The site's machine-readable files: the RSS feeds (the whole site and one
 * per tag), the sitemap and robots.txt, rendered from the same PageData as
 * the pages. Rendering is pure (strings in, strings out); writeFeeds puts
 * the files into the build.
 *
 * Every text and attribute is escaped and stripped of characters XML 1.0
 * forbids, so content with `<`, `&`, quotes, `]]>` or control characters
 * still makes well-formed XML.
 */
import { lastmodOf, type ChangeDates } from '../src/build/page-kinds.ts';
import { feedPaths } from '../src/build/seo/feed-paths.ts';
import { lastChanged, newest, publicationTime } from '../src/build/view-model/derive.ts';
import type { PageData } from '../src/build/view-model/page-data.ts';
import type { ArticleView, SiteInfo } from '../src/lib/content/model.ts';
import { pathnameOf } from '../src/lib/page-kinds.ts';
import { paths } from '../src/lib/paths.ts';
import { pageUrl, siteUrl } from '../src/lib/site-url.ts';
import type { KeptFiles } from './kept-files.ts';
import type { OutputWriter } from './output-writer.ts';
import { sha256 } from './page-cache.ts';

/** Items in a feed: the latest articles. */
export const FEED_SIZE = 50;

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const ATOM_NS = 'http://www.w3.org/2005/Atom';
const DC_NS = 'http://purl.org/dc/elements/1.1/';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/**
 * Everything outside XML 1.0's Char production: C0 controls other than tab,
 * newline and carriage return, lone surrogates, U+FFFE and U+FFFF.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function reference(char: string): string {
  switch (char) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '"':
      return '&quot;';
    case "'":
      return '&apos;';
    default:
      // Whitespace a parser would normalise away (a CR in text; tab, newline, CR in an attribute).
      return `&#${char.charCodeAt(0)};`;
  }
}

/** Text as XML character data: invalid characters dropped, markup characters (and CR) escaped. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"'\r]/g, reference);
}

/** Text as an XML attribute value: like escapeXml, and tab and newline kept as references. */
function escapeAttribute(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"'\t\n\r]/g, reference);
}

function element(name: string, text: string, attributes: Record<string, string> = {}): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
    .join('');
  return `<${name}${attrs}>${escapeXml(text)}</${name}>`;
}

/** A publication date as RFC 822 (RSS): a bare date is midnight UTC; a date-time keeps its instant, shown in GMT. */
export function rfc822Date(value: string): string {
  return new Date(publicationTime(value)).toUTCString();
}

/** A publication date as a W3C date (sitemaps): a bare date as is, a date-time as its instant in UTC. */
export function w3cDate(value: string): string {
  if (value.length === 10) return value;
  return new Date(publicationTime(value)).toISOString().replace(/\.000Z$/, 'Z');
}

type Channel = {
  title: string;
  /** The page the feed mirrors, inside the site. */
  path: string;
  /** The feed itself, inside the site. */
  feedPath: string;
  description: string;
  /** Newest first, at most FEED_SIZE. */
  items: readonly ItemInputs[];
};

/**
 * Everything an item is rendered from, and nothing else: a feed's key is made of its channel and its items' inputs
 * (feedKey), so an item can show only what its key covers.
 */
type ItemInputs = {
  slug: string;
  title: string;
  publishedAt: string;
  updatedAt: string | null;
  excerpt: string;
  tags: string[];
  authors: string[];
};

/**
 * Each article's item inputs, and its rendered <item>, by article: an article is in the site's feed and in each
 * of its tags' feeds, the same item in each. At 10,000 articles the feeds held about 15,000 items (the site's 50
 * and 50 for each of 300 tags), fewer of them different.
 */
type ItemCache = { inputs: WeakMap<ArticleView, ItemInputs>; rendered: WeakMap<ItemInputs, string> };

const itemCache = (): ItemCache => ({ inputs: new WeakMap(), rendered: new WeakMap() });

function itemInputs(article: ArticleView, cache: ItemCache): ItemInputs {
  let inputs = cache.inputs.get(article);
  if (inputs === undefined) {
    inputs = {
      slug: article.slug,
      title: article.title,
      publishedAt: article.publishedAt,
      updatedAt: article.updatedAt,
      excerpt: article.excerpt,
      tags: article.tags.map((tag) => tag.name),
      authors: article.authors.map((author) => author.name),
    };
    cache.inputs.set(article, inputs);
  }
  return inputs;
}

function cachedItem(site: SiteInfo, item: ItemInputs, cache: ItemCache): string {
  let rendered = cache.rendered.get(item);
  if (rendered === undefined) {
    rendered = renderItem(site, item);
    cache.rendered.set(item, rendered);
  }
  return rendered;
}

function renderItem(site: SiteInfo, item: ItemInputs): string {
  const lines = [
    element('title', item.title),
    element('link', pageUrl(site, paths.article.href(item.slug))),
    // The address as first published, without the page's trailing slash: feed readers know an item by its guid, and
    // a new one would show every item as new. It still leads to the article (a host redirects it).
    element('guid', siteUrl(site, paths.article.href(item.slug)), { isPermaLink: 'true' }),
    element('pubDate', rfc822Date(item.publishedAt)),
    ...(item.excerpt === '' ? [] : [element('description', item.excerpt)]),
    ...item.tags.map((name) => element('category', name)),
    ...item.authors.map((name) => element('dc:creator', name)),
  ];
  return ['    <item>', ...lines.map((line) => `      ${line}`), '    </item>'].join('\n');
}

function renderFeed(site: SiteInfo, channel: Channel, cache: ItemCache = itemCache()): string {
  const lastBuild = newest(channel.items.flatMap((item) => [item.publishedAt, lastChanged(item)]));
  const head = [
    element('title', channel.title),
    element('link', pageUrl(site, channel.path)),
    element('description', channel.description),
    element('language', site.language),
    `<atom:link href="${escapeAttribute(siteUrl(site, channel.feedPath))}" rel="self" type="application/rss+xml"/>`,
    // The newest change among the items, not the clock: the same content builds the same feed.
    ...(lastBuild === null ? [] : [element('lastBuildDate', rfc822Date(lastBuild))]),
  ];
  return [
    XML_DECLARATION,
    `<rss version="2.0" xmlns:atom="${ATOM_NS}" xmlns:dc="${DC_NS}">`,
    '  <channel>',
    ...head.map((line) => `    ${line}`),
    ...channel.items.map((item) => cachedItem(site, item, cache)),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** A feed's key: the code's (`codeKey`), the site's details and everything its channel and items are made of. */
function feedKey(codeKey: string, site: SiteInfo, channel: Channel): string {
  return sha256(JSON.stringify([codeKey, site, channel]));
}

function siteChannel(data: PageData, cache: ItemCache): Channel {
  return {
    title: data.site.title,
    path: paths.home.href(),
    feedPath: feedPaths.site(),
    description: data.site.description,
    items: data.catalogue.articles.slice(0, FEED_SIZE).map((article) => itemInputs(article, cache)),
  };
}

type ListedTag = PageData['catalogue']['tags'][number];

function tagChannel(data: PageData, listed: ListedTag, cache: ItemCache): Channel {
  const tag = listed.profile;
  return {
    title: `${tag.name} · ${data.site.title}`,
    path: paths.tag.href(tag.slug),
    feedPath: feedPaths.tag(tag.slug),
    description: tag.description ?? `Articles about ${tag.name} from ${data.site.title}.`,
    items: listed.articles
      .slice(0, FEED_SIZE)
      .flatMap((number) => data.catalogue.articles[number] ?? [])
      .map((article) => itemInputs(article, cache)),
  };
}

/** RSS 2.0 feed of the latest 50 articles of the site. */
export function renderSiteFeed(data: PageData): string {
  const cache = itemCache();
  return renderFeed(data.site, siteChannel(data, cache), cache);
}

/** RSS 2.0 feed of the latest 50 articles with the tag `tagSlug`; throws for a tag without a page. */
export function renderTagFeed(data: PageData, tagSlug: string): string {
  const listed = data.catalogue.tags.find(({ profile }) => profile.slug === tagSlug);
  if (listed === undefined) throw new Error(`renderTagFeed: there is no tag "${tagSlug}"`);
  const cache = itemCache();
  return renderFeed(data.site, tagChannel(data, listed, cache), cache);
}

/**
 * The sitemap protocol's limit of URLs in one file (sitemaps.org: 50,000 URLs and 50 MB uncompressed); a site
 * with more has an index that names its parts.
 */
export const SITEMAP_URL_LIMIT = 50_000;

/**
 * The sitemap: every address of the site once, with when it last changed.
 * An article: its update or publication; a list page: the newest change
 * among its items (none when the list is empty); an index: the newest
 * change on the site. Returned by path: sitemap.xml alone, or, past `limit`
 * URLs, sitemap.xml as an index of sitemap-1.xml, sitemap-2.xml, ….
 */
export function renderSitemaps(data: PageData, limit = SITEMAP_URL_LIMIT): Map<string, string> {
  const { articles } = data.catalogue;
  // Each article's newest change once, with its time: the lists' pages hold each article many times over (about
  // 250,000 entries at 10,000 articles), and listing every entry's dates anew took a third of the sitemap's time.
  const newestBySlug = new Map(
    articles.map((article) => {
      const change = newest([article.publishedAt, lastChanged(article)]) ?? article.publishedAt;
      return [article.slug, { change, time: publicationTime(change) }];
    }),
  );
  const changed: ChangeDates = {
    site: newest(articles.flatMap((article) => [article.publishedAt, lastChanged(article)])),
    // As newest() over each entry's publication, then its article's dates: the first of the newest wins.
    list: (items) => {
      let best: string | null = null;
      let bestTime = -Infinity;
      for (const item of items) {
        const own = publicationTime(item.publishedAt);
        if (best === null || own > bestTime) {
          best = item.publishedAt;
          bestTime = own;
        }
        const article = newestBySlug.get(item.slug);
        if (article !== undefined && article.time > bestTime) {
          best = article.change;
          bestTime = article.time;
        }
      }
      return best;
    },
  };

  const seen = new Set<string>();
  const urls: string[] = [];
  for (const page of data.pages) {
    const lastmod = lastmodOf(page, changed);
    if (lastmod === undefined) continue;
    const loc = pageUrl(data.site, pathnameOf(page));
    if (seen.has(loc)) continue;
    seen.add(loc);
    urls.push(
      [
        '  <url>',
        `    ${element('loc', loc)}`,
        ...(lastmod === null ? [] : [`    ${element('lastmod', w3cDate(lastmod))}`]),
        '  </url>',
      ].join('\n'),
    );
  }
  const urlset = (part: readonly string[]) =>
    [XML_DECLARATION, `<urlset xmlns="${SITEMAP_NS}">`, ...part, '</urlset>', ''].join('\n');
  if (urls.length <= limit) return new Map([[feedPaths.sitemap(), urlset(urls)]]);

  const parts = new Map<string, string>();
  for (let start = 0; start < urls.length; start += limit) {
    parts.set(feedPaths.sitemapPart(parts.size + 1), urlset(urls.slice(start, start + limit)));
  }
  const index = [
    XML_DECLARATION,
    `<sitemapindex xmlns="${SITEMAP_NS}">`,
    ...[...parts.keys()].map((part) => `  <sitemap>\n    ${element('loc', siteUrl(data.site, part))}\n  </sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
  return new Map([[feedPaths.sitemap(), index], ...parts]);
}

/** The sitemap of a site small enough for one file (every site under SITEMAP_URL_LIMIT addresses). */
export function renderSitemap(data: PageData): string {
  return renderSitemaps(data, Infinity).get(feedPaths.sitemap()) ?? '';
}

/** robots.txt: everything may be crawled; the sitemap is named by its absolute URL. */
export function renderRobots(data: PageData): string {
  const sitemap = siteUrl(data.site, feedPaths.sitemap()).replace(/[\r\n]/g, '');
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemap}`, ''].join('\n');
}

/** What writeFeeds did: how many files it wrote or kept, and each feed's key by file (KeptFiles.record). */
export type FeedsWritten = { files: number; reused: number; keys: Map<string, string> };

/**
 * Writes feed.xml, tags/<slug>/feed.xml for every tag (an empty channel for a tag without articles),
 * sitemap.xml (and its parts, for a site of more than 50,000 addresses)
 * and robots.txt into `outDir`. With a `cache`, a feed whose key it has, and
 * whose file is still in the output as the last build left it, is kept
 * without being rendered (kept-files.ts); `codeKey` is the code's, which
 * every key includes.
 */
export function writeFeeds(
  output: Pick<OutputWriter, 'write' | 'keep'>,
  data: PageData,
  { cache, codeKey = '' }: { cache?: KeptFiles; codeKey?: string } = {},
): FeedsWritten {
  const items = itemCache();
  const channels = [
    siteChannel(data, items),
    // Every tag, those without articles too: each tag's page links its feed, and a reader may subscribe to a tag
    // before its first story.
    ...data.catalogue.tags.map((listed) => tagChannel(data, listed, items)),
  ];
  const keys = new Map<string, string>();
  let reused = 0;
  for (const channel of channels) {
    const key = feedKey(codeKey, data.site, channel);
    keys.set(channel.feedPath, key);
    if (cache?.isCurrent(channel.feedPath, key) === true) {
      output.keep([channel.feedPath]);
      reused += 1;
    } else output.write(channel.feedPath, renderFeed(data.site, channel, items));
  }
  const files = new Map<string, string>([...renderSitemaps(data), [feedPaths.robots(), renderRobots(data)]]);
  for (const [file, text] of files) output.write(file, text);
  return { files: channels.length + files.size, reused, keys };
}
