import { useLoaderData } from 'react-router';
import { site } from 'virtual:broadsheet/site';

import { ArticleList } from '../../components/article-list.tsx';
import { PagePart } from '../../components/page-part.tsx';
import { HeadingQualifier } from '../../components/heading-qualifier.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { PageMeta } from '../../components/page-meta.tsx';
import { Pagination } from '../../components/pagination.tsx';
import { paths } from '../../lib/paths.ts';
import type { homeLoader } from './home-loader.ts';
import { latestTitle } from '../../lib/seo/latest-title.ts';
import { TagFilterPanel } from './tag-filter-panel.tsx';
import { TagFilterStart } from './tag-filter-start.tsx';

export function HomePage() {
  const { list, filter } = useLoaderData<typeof homeLoader>();
  const chosen = filter?.chosen ?? [];
  const slugs = chosen.map((tag) => tag.slug);
  return (
    <>
      <PageMeta head={latestTitle(list, site, chosen)} />
      <PageHeading className="mb-6 border-b border-rule pb-4">
        Latest
        <HeadingQualifier
          qualifiers={[filter === null ? null : 'filtered', list.page === 1 ? null : `page ${list.page}`]}
        />
      </PageHeading>
      {filter === null ? <TagFilterStart /> : <TagFilterPanel filter={filter} total={list.total} />}
      {list.total === 0 ? (
        <p className="text-body">
          {filter === null ? 'Nothing has been published yet.' : 'No article has all of these tags.'}
        </p>
      ) : (
        <PagePart part="list" content={list.items}>
          {(items) => <ArticleList articles={items} headingLevel={2} featureFirst={list.page === 1} />}
        </PagePart>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(page) => paths.home.href(page, slugs)} />
    </>
  );
}
