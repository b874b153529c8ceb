import { useLoaderData } from 'react-router';
import { Link } from '../../components/router-links.tsx';
import { site } from 'virtual:broadsheet/site';

import { ArticleList } from '../../components/article-list.tsx';
import { PagePart } from '../../components/page-part.tsx';
import { HeadingQualifier } from '../../components/heading-qualifier.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { PageMeta } from '../../components/page-meta.tsx';
import { Pagination } from '../../components/pagination.tsx';
import { paths } from '../../lib/paths.ts';
import { articleCount } from '../../lib/plural.ts';
import type { tagLoader } from './tag-loader.ts';
import { tagTitle } from '../../lib/seo/tag-title.ts';

export function TagPage() {
  const { tag, list } = useLoaderData<typeof tagLoader>();
  return (
    <>
      <PageMeta head={tagTitle({ tag, list }, site)} />
      <header className="mb-8 border-b border-rule pb-6">
        <p className="mb-2 font-sans text-sm font-semibold tracking-wider text-accent uppercase">Tag</p>
        <PageHeading>
          {tag.name}
          <HeadingQualifier qualifiers={[list.page === 1 ? null : `page ${list.page}`]} />
        </PageHeading>
        {tag.description === null ? null : <p className="mt-3 max-w-[65ch] text-lg">{tag.description}</p>}
        <p className="mt-3 font-sans text-sm text-ink-muted">
          {articleCount(tag.articleCount)}
          {list.pageCount > 1 ? ` · page ${list.page} of ${list.pageCount}` : null}
        </p>
        {tag.articleCount === 0 ? null : (
          <p className="mt-3 font-sans text-sm text-ink-muted">
            {/* Into the home view's tag filter with this tag chosen, where the reader adds more. */}
            <Link
              to={paths.home.href(1, [tag.slug])}
              className="text-accent underline underline-offset-2 hover:decoration-2"
            >
              Narrow further
            </Link>
            : {tag.name} with other tags
          </p>
        )}
      </header>
      {list.total === 0 ? (
        <p className="text-body">No articles have this tag yet.</p>
      ) : (
        <PagePart part="list" content={list.items}>
          {(items) => <ArticleList articles={items} headingLevel={2} />}
        </PagePart>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(page) => paths.tag.href(tag.slug, page)} />
    </>
  );
}
