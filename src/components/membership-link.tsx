import { ExternalLink } from './external-link.tsx';

/** "Become a member", to site.json's `membershipUrl`: the header's call to action, and a members-only story's. */
export function MembershipLink({ href, className = '' }: { href: string; className?: string }) {
  return (
    <ExternalLink href={href} className={`membership-link ${className}`.trim()}>
      Become a member
    </ExternalLink>
  );
}
