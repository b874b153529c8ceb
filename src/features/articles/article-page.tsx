import { useRef } from 'react';
import { useLoaderData } from 'react-router';
import { Link } from '../../components/router-links.tsx';
import { site } from 'virtual:broadsheet/site';

import { RelatedList } from '../../components/related-list.tsx';
import { AuthorAvatar } from '../../components/author-avatar.tsx';
import { AuthorCard } from '../../components/author-card.tsx';
import { AuthorNames } from '../../components/author-names.tsx';
import { DateTime } from '../../components/date-time.tsx';
import { ExternalLink } from '../../components/external-link.tsx';
import { LeadFigure } from '../../components/figure.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { PageMeta } from '../../components/page-meta.tsx';
import { TagChips } from '../../components/tag-chips.tsx';
import { paths } from '../../lib/paths.ts';
import { BodyBlockList } from '../../components/body-blocks.tsx';
import { PagePart, RENDERS_PART_DATA } from '../../components/page-part.tsx';
import { isMarkup } from '../../lib/content/page-markup.ts';
import type { articleLoader } from './article-loader.ts';
import { MembersInvitation } from './members-invitation.tsx';
import { ReadingProgress } from './reading-progress.tsx';
import { ShareButton } from './share-button.tsx';
import { articleTitle } from '../../lib/seo/article-title.ts';
import { pageUrl } from '../../lib/site-url.ts';

// A standalone page (1.1) renders the same body blocks: from this module, the two views that tell a story share one
// chunk, and the blocks stay out of the chunk that every view loads.
export { StandalonePage } from './standalone-page-view.tsx';

export function ArticlePage() {
  const article = useLoaderData<typeof articleLoader>();
  const primaryTag = article.tags[0];
  const leadAuthor = article.authors[0];
  const bodyRef = useRef<HTMLDivElement>(null);

  return (
    <>
      <PageMeta head={articleTitle(article, site)} />
      <ReadingProgress target={bodyRef} />
      <article className="mx-auto max-w-2xl">
        <header>
          {primaryTag === undefined ? null : (
            <p className="article-kicker">
              <Link to={paths.tag.href(primaryTag.slug)} className="no-underline hover:underline">
                {primaryTag.name}
              </Link>
            </p>
          )}
          <PageHeading>{article.title}</PageHeading>
          {article.standfirst === null ? null : (
            <p className="mt-4 text-xl leading-snug text-ink-muted sm:text-2xl">{article.standfirst}</p>
          )}
          <div className="byline-row">
            {leadAuthor === undefined ? null : (
              <AuthorAvatar name={leadAuthor.name} avatar={leadAuthor.avatar} size="small" />
            )}
            <div className="min-w-0 flex-1">
              <p className="font-medium">
                By{' '}
                <AuthorNames
                  authors={article.authors}
                  className="text-ink underline underline-offset-2 hover:decoration-2"
                />
              </p>
              <p className="text-ink-muted">
                <DateTime value={article.publishedAt} />
                {article.updatedAt === null ? null : (
                  <>
                    <span aria-hidden="true"> · </span>
                    Updated <DateTime value={article.updatedAt} />
                  </>
                )}
                <span aria-hidden="true"> · </span>
                {article.readingMinutes} min read
              </p>
            </div>
            <ShareButton title={article.title} />
          </div>
        </header>

        {article.image === null ? null : <LeadFigure image={article.image} />}

        <div ref={bodyRef} className={article.image === null ? 'mt-8' : ''}>
          <PagePart part="body" className="article-body" content={article.body}>
            {RENDERS_PART_DATA ? (body) => <BodyBlockList body={body} /> : null}
          </PagePart>
        </div>

        {article.access === 'members' ? <MembersInvitation site={site} /> : null}

        {article.source === null ? null : (
          <p className="mt-8 font-sans text-sm text-ink-muted">
            First published by{' '}
            {article.source.url === null ? (
              article.source.name
            ) : (
              <ExternalLink href={article.source.url} className="text-accent underline underline-offset-2">
                {article.source.name}
              </ExternalLink>
            )}
            .
          </p>
        )}

        <footer className="mt-10 space-y-10">
          <TagChips tags={article.tags} />
          <section aria-labelledby="about-authors" className="space-y-6">
            <h2 id="about-authors" className="sr-only">
              About the {article.authors.length === 1 ? 'author' : 'authors'}
            </h2>
            <PagePart part="authors" className="space-y-6" content={article.authorCards}>
              {RENDERS_PART_DATA
                ? (authors) =>
                    authors.map((author) => <AuthorCard key={author.slug} author={author} headingLevel={3} />)
                : null}
            </PagePart>
          </section>
          <p className="hidden font-sans text-sm print:block">
            Printed from {pageUrl(site, paths.article.href(article.slug))}
          </p>
        </footer>
      </article>

      {!isMarkup(article.related) && article.related.length === 0 ? null : (
        <section aria-labelledby="related-heading" className="related-reading">
          <h2 id="related-heading" className="list-heading">
            Related reading
          </h2>
          <PagePart part="related" content={article.related}>
            {RENDERS_PART_DATA ? (related) => <RelatedList articles={related} /> : null}
          </PagePart>
        </section>
      )}
    </>
  );
}
