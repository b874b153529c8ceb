import { MembershipLink } from '../../components/membership-link.tsx';
import type { SiteInfo } from '../../lib/content/model.ts';

/**
 * After the free preview of a members-only story (content format 1.1, `access: "members"`): the rest of the story
 * is not in the site at all, so this says where it is, and links to membership when the site has it.
 */
export function MembersInvitation({ site }: { site: Pick<SiteInfo, 'title' | 'membershipUrl'> }) {
  return (
    <aside
      aria-labelledby="members-only"
      className="mt-10 rounded-md border-t-4 border-accent bg-paper-raised p-6 font-sans"
    >
      <h2 id="members-only" className="font-serif text-2xl font-bold">
        The rest of this story is for members
      </h2>
      <p className="mt-2 text-ink-muted">
        {site.membershipUrl === null
          ? `Members of ${site.title} can read it in full.`
          : `Members of ${site.title} can read it in full, and make stories like it possible.`}
      </p>
      {site.membershipUrl === null ? null : (
        <p className="mt-4">
          <MembershipLink href={site.membershipUrl} className="text-base" />
        </p>
      )}
    </aside>
  );
}
