import { useLoaderData } from 'react-router';
import { site } from 'virtual:broadsheet/site';

import { BodyBlockList } from '../../components/body-blocks.tsx';
import { PagePart, RENDERS_PART_DATA } from '../../components/page-part.tsx';
import { DateTime } from '../../components/date-time.tsx';
import { LeadFigure } from '../../components/figure.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { PageMeta } from '../../components/page-meta.tsx';
import { standalonePageTitle } from '../../lib/seo/standalone-page-title.ts';
import type { pageLoader } from './page-loader.ts';

/** About, Contact, Privacy… (content format 1.1): a title, perhaps a standfirst and a photo, and the body. */
export function StandalonePage() {
  const page = useLoaderData<typeof pageLoader>();
  return (
    <>
      <PageMeta head={standalonePageTitle(page, site)} />
      <article className="mx-auto max-w-2xl">
        <header>
          <PageHeading>{page.title}</PageHeading>
          {page.standfirst === null ? null : (
            <p className="mt-4 text-xl leading-snug text-ink-muted">{page.standfirst}</p>
          )}
          {page.updatedAt === null ? null : (
            <p className="mt-4 font-sans text-sm text-ink-muted">
              Updated <DateTime value={page.updatedAt} />
            </p>
          )}
        </header>
        {page.image === null ? null : <LeadFigure image={page.image} />}
        <div className={page.image === null ? 'mt-8' : ''}>
          <PagePart part="body" className="article-body" content={page.body}>
            {RENDERS_PART_DATA ? (body) => <BodyBlockList body={body} /> : null}
          </PagePart>
        </div>
      </article>
    </>
  );
}
