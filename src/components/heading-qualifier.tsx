/**
 * What follows a list's name in its page heading ("Latest · filtered, page 2"): the heading takes focus after a
 * client-side navigation (page-heading.tsx), so a screen reader announces which page of the list it moved to.
 */
export function HeadingQualifier({ qualifiers }: { qualifiers: readonly (string | null)[] }) {
  const shown = qualifiers.filter((qualifier) => qualifier !== null);
  return shown.length === 0 ? null : (
    <span className="font-sans text-lg font-normal text-ink-muted"> · {shown.join(', ')}</span>
  );
}
