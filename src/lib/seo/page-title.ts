/**
 * Each view's document title and meta description: the part of the head
 * that views render, and so the only part that ships to the browser.
 * page-head.ts builds the rest (canonical, Open Graph, JSON-LD) at build time.
 */
import type {
  ArticleListPage,
  ArticleView,
  AuthorPageData,
  PageView,
  SiteInfo,
  TagPageData,
  TagRef,
} from '../content/model.ts';
import { nameList } from '../name-list.ts';

export type PageTitle = {
  /** The whole document title, publication name included. */
  title: string;
  description: string;
};

function titled(title: string, site: SiteInfo): string {
  return `${title} · ${site.title}`;
}

export function withPage(title: string, page: number): string {
  return page > 1 ? `${title}, page ${page}` : title;
}

/** The home view; with `chosen` tags, the home view filtered by them. */
export function latestTitle(list: ArticleListPage, site: SiteInfo, chosen: readonly TagRef[] = []): PageTitle {
  if (chosen.length > 0) {
    const names = chosen.map((tag) => tag.name);
    return {
      title: titled(withPage(names.join(' + '), list.page), site),
      description: `Articles tagged ${nameList(names, site.language)} from ${site.title}.`,
    };
  }
  return {
    title: list.page === 1 ? site.title : titled(withPage('Latest', list.page), site),
    description: site.description,
  };
}

export function articleTitle(article: ArticleView, site: SiteInfo): PageTitle {
  return { title: titled(article.title, site), description: article.excerpt };
}

export function tagTitle({ tag, list }: TagPageData, site: SiteInfo): PageTitle {
  return {
    title: titled(withPage(tag.name, list.page), site),
    description: tag.description ?? `Articles about ${tag.name} from ${site.title}.`,
  };
}

export function authorTitle({ author, list }: AuthorPageData, site: SiteInfo): PageTitle {
  return {
    title: titled(withPage(author.name, list.page), site),
    description: author.bio[0] ?? `Articles by ${author.name} for ${site.title}.`,
  };
}

/** (1.1) A standalone page: its title, and its standfirst or first paragraph. */
export function standalonePageTitle(page: PageView, site: SiteInfo): PageTitle {
  return { title: titled(page.title, site), description: page.excerpt === '' ? site.description : page.excerpt };
}

export function tagIndexTitle(site: SiteInfo): PageTitle {
  return {
    title: titled('Tags', site),
    description: `Every subject ${site.title} covers, with its number of articles.`,
  };
}

export function authorIndexTitle(site: SiteInfo): PageTitle {
  return { title: titled('Authors', site), description: `The people who write for ${site.title}.` };
}

export function notFoundTitle(site: SiteInfo): PageTitle {
  return { title: titled('Not found', site), description: 'There is no page at this address.' };
}

export function errorTitle(site: SiteInfo): PageTitle {
  return { title: titled('Something went wrong', site), description: site.description };
}

export function searchTitle(query: string, site: SiteInfo): PageTitle {
  return {
    title: titled(query === '' ? 'Search' : `“${query}”: search`, site),
    description: `Search every article of ${site.title}: headlines, stories, tags and authors.`,
  };
}
