/**
 * The home view filtered by tags (`/?tags=rail,ukraine`): the filter's one
 * data file says which articles match, and only the summaries files holding
 * this page's 20 matches are fetched.
 */
import { getSummaries, getTagFilter, type DataFileOptions } from '../../lib/content/api.ts';
import { pageCount, pageOf } from '../../lib/content/pagination.ts';
import type { ArticleListPage, TagCount, TagRef } from '../../lib/content/model.ts';
import { filterByTags } from './tag-filter.ts';
import { parseTagsParam } from './tag-selection.ts';
import { notFound } from '../../lib/routing/not-found.ts';

export type ActiveTagFilter = {
  /** The chosen tags, in the order of the address. */
  chosen: TagRef[];
  /** The other tags that would still give results, with how many. */
  offers: TagCount[];
};

export type FilteredLatest = { list: ArticleListPage; filter: ActiveTagFilter };

/** `tags` is the address's `tags` value; null when it names no tag at all (`?tags=,`), which is the unfiltered home. */
export async function loadFilteredLatest(
  tags: string,
  page: number,
  signal?: AbortSignal,
): Promise<FilteredLatest | null> {
  const slugs = parseTagsParam(tags);
  if (slugs.length === 0) return null;
  // The filter's article numbers name entries of the summaries files, so both must come from one build. Just
  // after a publication the data cache can hold one file of the build before (data-cache.ts): a summaries file
  // without a number the filter names, or a filter file without a tag the new article brought, or too few
  // articles for this page. Then both are asked for again, from the server, before anything is "not found".
  const kept = await filterPage(slugs, page, { signal });
  if (typeof kept !== 'string') return kept;
  const fresh = await filterPage(slugs, page, { signal, fresh: true });
  if (fresh === 'different-builds') throw new Error('The tag filter and the summaries come from different builds');
  if (fresh === 'not-found') notFound();
  return fresh;
}

/**
 * The page of the filter's results; 'not-found' for a tag the filter's file does not have, or a page past the
 * last (an address we never published, like /tags/<unknown>; no results is a page that says so);
 * 'different-builds' when a summaries file lacks a number the filter names.
 */
async function filterPage(
  slugs: readonly string[],
  page: number,
  options: DataFileOptions,
): Promise<FilteredLatest | 'not-found' | 'different-builds'> {
  const data = await getTagFilter(options);
  const result = data === null ? null : filterByTags(data, slugs);
  if (result === null) return 'not-found';
  const count = pageCount(result.matches.length);
  if (page > count) return 'not-found';
  const items = await getSummaries(pageOf(result.matches, page), options);
  if (items === null) return 'different-builds';
  return {
    list: { page, pageCount: count, total: result.matches.length, items },
    filter: { chosen: result.chosen, offers: result.offers },
  };
}

/**
 * Every tag that has articles, with how many, for the unfiltered home's
 * "Filter by tag". null when the build published no filter file.
 */
export async function loadTagOffers(signal?: AbortSignal): Promise<TagCount[] | null> {
  const data = await getTagFilter({ signal });
  return data === null ? null : (filterByTags(data, [])?.offers ?? null);
}
