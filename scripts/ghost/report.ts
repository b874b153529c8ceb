/**
 * The import's report: counts first, then one line per drop or rewrite a person should know about, each naming
 * the file of the content folder it concerns (or the Ghost post, for one that was not imported).
 */

export type ImportReport = {
  posts: number;
  pages: number;
  tags: number;
  authors: number;
  /** Skipped posts and pages by reason: draft, scheduled, e-mail only, … */
  skipped: Map<string, number>;
  membersOnly: number;
  internalTags: number;
  images: { copied: number; remote: number; dropped: number };
  links: { rewritten: number; oldSite: number; dropped: number };
  lines: string[];
};

export function emptyReport(): ImportReport {
  return {
    posts: 0,
    pages: 0,
    tags: 0,
    authors: 0,
    skipped: new Map(),
    membersOnly: 0,
    internalTags: 0,
    images: { copied: 0, remote: 0, dropped: 0 },
    links: { rewritten: 0, oldSite: 0, dropped: 0 },
    lines: [],
  };
}

/** Lines for one file, an identical message once with its count. */
export function fileLines(file: string, messages: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const message of messages) counts.set(message, (counts.get(message) ?? 0) + 1);
  return [...counts].map(([message, count]) => `${file}: ${message}${count > 1 ? ` (${count} times)` : ''}`);
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function formatReport(report: ImportReport): string {
  const skippedTotal = [...report.skipped.values()].reduce((sum, count) => sum + count, 0);
  const skippedDetail = [...report.skipped]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([reason, count]) => `${reason}: ${count}`)
    .join(', ');
  const { images, links } = report;
  const counts = [
    `imported ${plural(report.posts, 'post')}, ${plural(report.pages, 'page')}, ${plural(report.tags, 'tag')}, ${plural(report.authors, 'author')}`,
    `skipped ${skippedTotal}${skippedTotal > 0 ? ` (${skippedDetail})` : ''}`,
    `members-only previews: ${report.membersOnly}`,
    `internal tags left out: ${report.internalTags}`,
    `images: ${images.copied} copied from --images, ${images.remote} remote, ${images.dropped} dropped`,
    `links: ${links.rewritten} rewritten to the site's own pages, ${links.oldSite} left pointing to the old site, ${links.dropped} kept as text`,
  ];
  return [...counts, ...(report.lines.length > 0 ? ['', ...report.lines] : [])].join('\n');
}
