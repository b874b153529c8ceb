/**
 * The static hosts' limits that a large site meets first, each with the page
 * that states it. docs/hosting.md shows the same table (a test holds the two
 * together); `npm run build` warns when its output is over any of them.
 */
import { formatMegabytes, type OutputReport } from './output-report.ts';

/** What a limit caps, each measured from the output report. */
type Measure = 'files' | 'bytes' | 'entries' | 'file-bytes';

export type HostLimit = {
  host: string;
  /** The plan the limit belongs to; null when it holds on every plan of the host. */
  plan: string | null;
  measure: Measure;
  max: number;
  /** The limit as the host's page states it, and as docs/hosting.md repeats it. */
  stated: string;
  source: string;
};

const MiB = 2 ** 20;
/*
 * The hosts write "1 GB" without saying which. Read as 10^9 bytes, the stricter reading: the build warns a
 * little early rather than late. (GitHub's deploy action warns above 2^30 bytes of the compressed upload.)
 */
const GB = 1e9;

const CLOUDFLARE_LIMITS = 'https://developers.cloudflare.com/pages/platform/limits/';

export const HOST_LIMITS: readonly HostLimit[] = [
  {
    host: 'Cloudflare Pages',
    plan: 'free plan',
    measure: 'files',
    max: 20_000,
    stated: '20,000 files per site',
    source: `${CLOUDFLARE_LIMITS}#files`,
  },
  {
    host: 'Cloudflare Pages',
    plan: 'paid plans',
    measure: 'files',
    max: 100_000,
    stated: '100,000 files per site',
    source: `${CLOUDFLARE_LIMITS}#files`,
  },
  {
    host: 'Cloudflare Pages',
    plan: null,
    measure: 'file-bytes',
    max: 25 * MiB,
    stated: '25 MiB per file',
    source: `${CLOUDFLARE_LIMITS}#file-size`,
  },
  {
    host: 'GitHub Pages',
    plan: null,
    measure: 'bytes',
    max: GB,
    stated: '1 GB per published site',
    source: 'https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits',
  },
  {
    host: 'GitLab Pages',
    plan: null,
    measure: 'bytes',
    max: GB,
    stated: '1 GB per site',
    source: 'https://docs.gitlab.com/user/gitlab_com/#gitlab-pages',
  },
  {
    // GitLab counts the entries of the uploaded archive, folders and symbolic links included.
    host: 'GitLab Pages',
    plan: null,
    measure: 'entries',
    max: 200_000,
    stated: '200,000 entries (files, folders and symbolic links) per site',
    source: 'https://docs.gitlab.com/administration/instance_limits/#number-of-files-per-gitlab-pages-website',
  },
];

const MEASURES: Record<Measure, { of: (report: OutputReport) => number; told: (report: OutputReport) => string }> = {
  files: { of: (report) => report.files, told: (report) => `${report.files.toLocaleString('en')} files` },
  bytes: { of: (report) => report.bytes, told: (report) => formatMegabytes(report.bytes) },
  entries: {
    of: (report) => report.files + report.directories,
    told: (report) =>
      `${(report.files + report.directories).toLocaleString('en')} entries (${report.files.toLocaleString('en')} files, ${report.directories.toLocaleString('en')} folders)`,
  },
  'file-bytes': {
    of: (report) => report.largest?.bytes ?? 0,
    told: (report) =>
      report.largest === null ? 'no file' : `${report.largest.path} (${(report.largest.bytes / MiB).toFixed(1)} MiB)`,
  },
};

function holder(limit: HostLimit): string {
  return limit.plan === null ? `${limit.host}'` : `${limit.host}' ${limit.plan}`;
}

/** One line per limit the output is over: the measured figure, the host (and plan), the limit and its source. */
export function hostWarnings(report: OutputReport): string[] {
  return HOST_LIMITS.filter((limit) => MEASURES[limit.measure].of(report) > limit.max).map(
    (limit) =>
      `${MEASURES[limit.measure].told(report)} exceeds ${holder(limit)} limit of ${limit.stated} (${limit.source})`,
  );
}

type Target = { host: string; plan: string | null };

/** Each host, or each plan of a host whose limits differ by plan, in the table's order. */
function targets(): Target[] {
  const found = new Map<string, Target>();
  for (const { host, plan } of HOST_LIMITS) {
    const byPlan = HOST_LIMITS.some((limit) => limit.host === host && limit.plan !== null);
    if (plan !== null || !byPlan) found.set(`${host}|${plan ?? ''}`, { host, plan });
  }
  return [...found.values()];
}

/** The hosts (and plans) whose every limit the output is within: "Cloudflare Pages (paid plans)", "GitHub Pages". */
export function fitsHosts(report: OutputReport): string[] {
  return targets()
    .filter(({ host, plan }) =>
      HOST_LIMITS.filter((limit) => limit.host === host && (limit.plan === null || limit.plan === plan)).every(
        (limit) => MEASURES[limit.measure].of(report) <= limit.max,
      ),
    )
    .map(({ host, plan }) => (plan === null ? host : `${host} (${plan})`));
}
