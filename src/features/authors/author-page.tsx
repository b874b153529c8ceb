import { useLoaderData } from 'react-router';
import { site } from 'virtual:broadsheet/site';

import { ArticleList } from '../../components/article-list.tsx';
import { PagePart } from '../../components/page-part.tsx';
import { AuthorAvatar } from '../../components/author-avatar.tsx';
import { AuthorLinks } from '../../components/author-links.tsx';
import { HeadingQualifier } from '../../components/heading-qualifier.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { PageMeta } from '../../components/page-meta.tsx';
import { Pagination } from '../../components/pagination.tsx';
import { paths } from '../../lib/paths.ts';
import { articleCount } from '../../lib/plural.ts';
import type { authorLoader } from './author-loader.ts';
import { authorTitle } from '../../lib/seo/author-title.ts';

export function AuthorPage() {
  const { author, list } = useLoaderData<typeof authorLoader>();
  return (
    <>
      <PageMeta head={authorTitle({ author, list }, site)} />
      <header className="mb-10 flex flex-col gap-5 border-b border-rule pb-8 sm:flex-row">
        <AuthorAvatar name={author.name} avatar={author.avatar} size="large" />
        <div className="min-w-0 max-w-[65ch]">
          <PageHeading>
            {author.name}
            <HeadingQualifier qualifiers={[list.page === 1 ? null : `page ${list.page}`]} />
          </PageHeading>
          {author.role === null ? null : <p className="mt-2 font-sans text-base text-ink-muted">{author.role}</p>}
          {author.bio.map((paragraph, index) => (
            <p key={index} className="mt-4 text-lg leading-relaxed">
              {paragraph}
            </p>
          ))}
          <AuthorLinks links={author.links} className="mt-4" />
        </div>
      </header>
      <h2 className="list-heading">
        Articles by {author.name}
        <span className="font-normal text-ink-muted normal-case tracking-normal"> · {articleCount(list.total)}</span>
      </h2>
      {list.total === 0 ? (
        <p className="text-body">No articles yet.</p>
      ) : (
        <PagePart part="list" content={list.items}>
          {(items) => <ArticleList articles={items} headingLevel={3} />}
        </PagePart>
      )}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={(page) => paths.author.href(author.slug, page)}
      />
    </>
  );
}
