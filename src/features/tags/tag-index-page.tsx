import { useLoaderData } from 'react-router';
import { Link } from '../../components/router-links.tsx';
import { site } from 'virtual:broadsheet/site';

import { PageHeading } from '../../components/page-heading.tsx';
import { PageMeta } from '../../components/page-meta.tsx';
import { paths } from '../../lib/paths.ts';
import { articleCount } from '../../lib/plural.ts';
import type { tagIndexLoader } from './tag-index-loader.ts';
import { tagIndexTitle } from '../../lib/seo/tag-index-title.ts';

export function TagIndexPage() {
  const data = useLoaderData<typeof tagIndexLoader>();
  const { tags } = data;
  return (
    <>
      <PageMeta head={tagIndexTitle(site)} />
      <PageHeading className="mb-8 border-b border-rule pb-4">Tags</PageHeading>
      {tags.length === 0 ? (
        <p className="text-body">No tags have articles yet.</p>
      ) : (
        <ul className="grid gap-x-8 sm:grid-cols-2 lg:grid-cols-3">
          {tags.map((tag) => (
            <li key={tag.slug} className="index-entry">
              <Link to={paths.tag.href(tag.slug)} className="index-name">
                {tag.name}
              </Link>
              <span className="index-count">{articleCount(tag.articleCount)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
