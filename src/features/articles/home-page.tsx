import { useLoaderData } from 'react-router';
import { site } from 'virtual:broadsheet/site';

import { ArticleList } from '../../components/article-list.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { PageMeta } from '../../components/page-meta.tsx';
import { Pagination } from '../../components/pagination.tsx';
import { paths } from '../../lib/paths.ts';
import type { homeLoader } from './home-loader.ts';
import { latestHead } from '../../lib/seo/page-head.ts';

export function HomePage() {
  const list = useLoaderData<typeof homeLoader>();
  return (
    <>
      <PageMeta head={latestHead(list, site)} />
      <PageHeading className="mb-8 border-b border-rule pb-4">
        Latest
        {list.page === 1 ? null : (
          <span className="font-sans text-lg font-normal text-ink-muted"> · page {list.page}</span>
        )}
      </PageHeading>
      {list.total === 0 ? (
        <p className="text-body">Nothing has been published yet.</p>
      ) : (
        <ArticleList articles={list.items} headingLevel={2} featureFirst={list.page === 1} />
      )}
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={paths.home.href} />
    </>
  );
}
