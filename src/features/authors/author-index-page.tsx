import { useLoaderData } from 'react-router';
import { Link } from '../../components/router-links.tsx';
import { site } from 'virtual:broadsheet/site';

import { AuthorAvatar } from '../../components/author-avatar.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { PageMeta } from '../../components/page-meta.tsx';
import { paths } from '../../lib/paths.ts';
import { articleCount } from '../../lib/plural.ts';
import type { authorIndexLoader } from './author-index-loader.ts';
import { authorIndexTitle } from '../../lib/seo/author-index-title.ts';

export function AuthorIndexPage() {
  const data = useLoaderData<typeof authorIndexLoader>();
  const { authors } = data;
  return (
    <>
      <PageMeta head={authorIndexTitle(site)} />
      <PageHeading className="mb-8 border-b border-rule pb-4">Authors</PageHeading>
      <ul className="grid gap-x-8 sm:grid-cols-2">
        {authors.map((author) => (
          <li key={author.slug} className="index-entry flex items-center gap-4 py-4">
            <AuthorAvatar name={author.name} avatar={author.avatar} size="small" />
            <div className="min-w-0">
              <Link to={paths.author.href(author.slug)} className="index-name">
                {author.name}
              </Link>
              <p className="index-count">
                {author.role === null ? null : `${author.role} · `}
                {articleCount(author.articleCount)}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
