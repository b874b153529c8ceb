import { ExternalLink } from './external-link.tsx';

/** "Become a member", to site.json's `membershipUrl`: the header's call to action, and a members-only story's. */
export function MembershipLink({ href, className = '' }: { href: string; className?: string }) {
  return (
    <ExternalLink
      href={href}
      className={`inline-flex min-h-11 items-center rounded-full bg-accent px-4 font-sans text-sm font-semibold text-accent-ink no-underline hover:opacity-90 ${className}`}
    >
      Become a member
    </ExternalLink>
  );
}
