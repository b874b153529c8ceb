import { MembershipLink } from '../../components/membership-link.tsx';
import type { SiteInfo } from '../../lib/content/model.ts';

/**
 * After the free preview of a members-only story (content format 1.1, `access: "members"`): the rest of the story
 * is not in the site at all, so this says so, with the way to membership when the site has one.
 */
export function MembersInvitation({ site }: { site: Pick<SiteInfo, 'title' | 'membershipUrl'> }) {
  return (
    <aside className="mt-10 border-t-4 border-accent bg-paper-raised p-6">
      <h2 className="font-serif text-2xl font-bold">The rest of this story is for members of {site.title}</h2>
      {site.membershipUrl === null ? null : <MembershipLink href={site.membershipUrl} className="mt-4" />}
    </aside>
  );
}
