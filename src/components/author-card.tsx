import { Link } from './router-links.tsx';

import type { AuthorProfile } from '../lib/content/model.ts';
import { paths } from '../lib/paths.ts';
import { AuthorAvatar } from './author-avatar.tsx';
import { AuthorLinks } from './author-links.tsx';

type AuthorCardProps = {
  author: AuthorProfile;
  /** On an article the name is a heading of the card; on the author's own page the h1 already is. */
  headingLevel: 2 | 3;
  /** The "More from …" link, shown where the card is not already the author's page. */
  showMoreLink?: boolean;
};

export function AuthorCard({ author, headingLevel, showMoreLink = true }: AuthorCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-label={`About ${author.name}`} className="flex gap-4 border-t border-rule pt-6">
      <AuthorAvatar name={author.name} avatar={author.avatar} size="large" />
      <div className="min-w-0">
        <Heading className="font-sans text-lg font-semibold">
          <Link to={paths.author.href(author.slug)} className="text-ink no-underline hover:underline">
            {author.name}
          </Link>
        </Heading>
        {author.role === null ? null : <p className="font-sans text-sm text-ink-muted">{author.role}</p>}
        {author.bio.map((paragraph, index) => (
          <p key={index} className="mt-3 text-base leading-relaxed">
            {paragraph}
          </p>
        ))}
        <AuthorLinks links={author.links} className="mt-3" />
        {showMoreLink ? (
          <p className="mt-3 font-sans text-sm">
            <Link to={paths.author.href(author.slug)} className="font-medium text-accent">
              More from {author.name}
            </Link>
          </p>
        ) : null}
      </div>
    </section>
  );
}
