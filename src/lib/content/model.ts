/**
 * What views render: the view model made from content at build time
 * (src/build/view-model/) and delivered to route loaders in each page's
 * island and in data files shared by many pages (data-paths.ts). Views never see the raw file format (src/build/content/schema.ts).
 */

/**
 * Inline text, parsed once at build time: plain text is a string, markup a
 * node. Views render these; no markup parser ships to readers.
 */
export type InlineNode =
  string | { type: 'em' | 'strong'; children: InlineNode[] } | { type: 'link'; href: string; children: InlineNode[] };

/** The formats a photo's variants come in (src/lib/images/variant-urls.ts). */
export type VariantFormat = 'avif' | 'webp' | 'jpg' | 'png';

/** Where the browser gets a photo's pixels. */
export type ImageFile =
  /**
   * Variants made at build time from a file in the content folder (scripts/images/): each width in every format,
   * at `${stem}-${width}.${format}`. AVIF and WebP first, then `fallback`: PNG for a photo with transparency, JPEG
   * otherwise. The original file is never published.
   */
  | { kind: 'variants'; stem: string; widths: number[]; fallback: 'jpg' | 'png' }
  /** One address: a remote `https:` image, which stays remote, or the original file in the dev server. */
  | { kind: 'single'; src: string };

export type ImageView = {
  /** null when the photo is not available: the figure says so in a note, and reserves no space for it. */
  file: ImageFile | null;
  alt: string;
  width: number;
  height: number;
  caption: string | null;
  credit: string | null;
  /**
   * The photo's dominant colour, shown while it loads, as an index into the placeholder tones (a class each in
   * styles.css: a strict CSP allows no style attributes); null for the neutral placeholder.
   */
  tone: number | null;
};

/** What drawing a photo takes (photo.tsx): an article's figure adds its caption and credit. */
export type DrawnImage = Pick<ImageView, 'file' | 'alt' | 'width' | 'height' | 'tone'>;

/** A photo as a list draws it: always a file, and no caption or credit, which only the article's figure shows. */
export type ThumbnailView = DrawnImage & { file: ImageFile };

export type TagRef = { slug: string; name: string };
export type AuthorRef = { slug: string; name: string };

export type TagProfile = TagRef & { description: string | null; articleCount: number };

export type AuthorLinkView = { label: string; url: string };

export type AuthorProfile = AuthorRef & {
  role: string | null;
  /** Paragraphs of the bio, in order. */
  bio: string[];
  avatar: ImageView | null;
  links: AuthorLinkView[];
  articleCount: number;
};

export type ArticleSummary = {
  slug: string;
  title: string;
  excerpt: string;
  publishedAt: string;
  authors: AuthorRef[];
  primaryTag: TagRef | null;
  /** The thumbnail a list draws: null when the article has no photo file to draw (a list shows no note for it). */
  image: ThumbnailView | null;
};

/**
 * A video or post the reader can play in the page, once asked: only the providers whose players the CSP allows
 * (frame-src, decision 008), at their privacy-preserving addresses.
 */
export type EmbedPlayer = { provider: 'YouTube' | 'Vimeo'; src: string };

export type BodyBlock =
  | { type: 'paragraph'; content: InlineNode[] }
  | { type: 'heading'; text: string; level: 2 | 3 | 4 }
  | { type: 'quote'; content: InlineNode[]; cite: string | null }
  | { type: 'list'; ordered: boolean; items: InlineNode[][] }
  | { type: 'image'; image: ImageView }
  | { type: 'gallery'; images: ImageView[]; caption: string | null }
  | {
      type: 'embed';
      url: string;
      /** As the content names it, else the address's host. */
      provider: string;
      title: string | null;
      caption: string | null;
      player: EmbedPlayer | null;
    }
  | { type: 'code'; text: string; language: string | null }
  | { type: 'divider' };

export type ArticleView = {
  slug: string;
  title: string;
  standfirst: string | null;
  excerpt: string;
  publishedAt: string;
  updatedAt: string | null;
  readingMinutes: number;
  authors: AuthorProfile[];
  /** Primary tag first. */
  tags: TagRef[];
  image: ImageView | null;
  body: BodyBlock[];
  source: { name: string; url: string | null } | null;
  /** `members`: the body is the free preview of a members-only story, and the rest exists nowhere in the site. */
  access: 'public' | 'members';
  related: RelatedArticle[];
};

/**
 * A part of a prerendered page that its HTML holds and its island leaves out: the browser takes the part's markup
 * from the page (page-markup.ts; docs/decisions/012-one-file-per-address.md). The dev server's pages are not
 * prerendered, and their islands carry the data instead.
 */
export type Markup = { markup: string };

/** An author as a byline names them: the lead author's avatar beside the names. */
export type AuthorByline = Pick<AuthorProfile, 'slug' | 'name' | 'avatar'>;

/**
 * A built article page's island: the view without its body, related reading and author cards, which the page's
 * HTML holds; its authors only as the byline shows them. The dev server's islands carry the whole ArticleView.
 */
export type ArticleIsland = Omit<ArticleView, 'body' | 'related' | 'authors'> & { authors: AuthorByline[] };

/** An article in the browser: its body, related reading and author cards as data (the dev server's) or as markup. */
export type ArticleData = ArticleIsland & {
  body: BodyBlock[] | Markup;
  related: RelatedArticle[] | Markup;
  authorCards: AuthorProfile[] | Markup;
};

/**
 * An entry of an article's related reading: its headline, section and date. Not a whole summary: every article
 * page carries three of these twice (rendered, and in its data), and excerpts, bylines and photos there cost
 * about 35 MB across 10,000 articles (issue 16).
 */
export type RelatedArticle = Pick<ArticleSummary, 'slug' | 'title' | 'publishedAt' | 'primaryTag'>;

/** A standalone page (1.1): About, Contact, Privacy… at `/<slug>`, linked from the footer. */
export type PageView = {
  slug: string;
  title: string;
  standfirst: string | null;
  /** The standfirst, else the first paragraph, cut: the page's meta description. */
  excerpt: string;
  updatedAt: string | null;
  image: ImageView | null;
  body: BodyBlock[];
};

/** A built standalone page's island: the view without its body, which the page's HTML holds. */
export type PageIsland = Omit<PageView, 'body'>;

/** A standalone page in the browser: its body as data (the dev server's pages) or as markup. */
export type PageData = Omit<PageView, 'body'> & { body: BodyBlock[] | Markup };

export type PageRef = { slug: string; title: string };

/**
 * A page of a list of articles. `Items` are its entries: as the build has them, and in the browser (ListItems) as
 * data or as the markup of the page that lists them; a built page's island has none (ListIsland).
 */
export type ArticleListPage<Items = ArticleSummary[]> = {
  /** 1-based. */
  page: number;
  pageCount: number;
  total: number;
  items: Items;
};

/** A list's entries in the browser: as data (the dev server's islands, the tag filter) or as the page's markup. */
export type ListItems = ArticleSummary[] | Markup;

/** What a list page's island holds of its list: a built page's, no entries (its HTML holds them). */
export type ListIsland = Omit<ArticleListPage, 'items'> & { items?: ArticleSummary[] };

/**
 * The tag filter's data (data/tag-filter.json), one small file for the whole
 * site: which tags each article has, as indexes, so the client can intersect
 * them without downloading any article (tag-filter.ts).
 */
export type TagFilterData = {
  /** Every tag, sorted by name: among equal counts, index order is name order. */
  tags: TagRef[];
  /**
   * Article n's tags as indexes into `tags`, ascending. Articles are by
   * number, the oldest first (pagination.ts: articleNumber).
   */
  articles: number[][];
};

/** A tag the reader can add to the filter, and how many articles they would then see. */
export type TagCount = TagRef & { count: number };

export type TagPageData<List = ArticleListPage> = { tag: TagProfile; list: List };
export type AuthorPageData<List = ArticleListPage> = { author: AuthorProfile; list: List };
/** A tag as the index lists it: no description, which only the tag's own page shows. */
export type TagIndexEntry = Pick<TagProfile, 'slug' | 'name' | 'articleCount'>;

export type TagIndexData = { tags: TagIndexEntry[] };
/** An author as the index lists them: no bio or links, which only their own page shows. */
export type AuthorIndexEntry = Pick<AuthorProfile, 'slug' | 'name' | 'role' | 'avatar' | 'articleCount'>;

export type AuthorIndexData = { authors: AuthorIndexEntry[] };

/** The publication, from site.json, available to every view. */
export type SiteInfo = {
  title: string;
  description: string;
  url: string;
  language: string;
  membershipUrl: string | null;
  /** The pages the footer links to, in order (site.json's `footerPages`, else every page by title). */
  footerPages: PageRef[];
};
