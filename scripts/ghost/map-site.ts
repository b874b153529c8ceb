/**
 * site.json from Ghost's public settings (title, description, language) and the site's URL (`--site-url`, or
 * what the Content API says), with the footer's pages from Ghost's secondary navigation, which themes show in the
 * footer. Settings never give anything else: secrets, code injection and members' settings are not read.
 * `membershipUrl` is the one kept from the folder being replaced, if any.
 */
import type { Site } from './content-types.ts';
import type { Note } from './draft-blocks.ts';
import { rewriteLink, type SiteIndex } from './site-links.ts';
import type { SourceSite } from './source-model.ts';

function language(tag: string | null, note: Note): string | undefined {
  if (tag === null) return undefined;
  // Ghost accepts "en_US"; BCP 47 writes "en-US".
  const candidate = tag.replace(/_/g, '-');
  try {
    const [canonical] = Intl.getCanonicalLocales(candidate);
    if (canonical !== undefined) return canonical;
  } catch {
    // Reported below.
  }
  note(`language ${JSON.stringify(tag)} is not a BCP 47 tag: left out (the reader uses "en")`);
  return undefined;
}

/** The imported pages the secondary navigation links to; an item that is not one is left out and reported. */
function footerPages(site: SourceSite, index: SiteIndex, note: Note): string[] {
  const pageSlugs = new Set(index.pages.values());
  const slugs: string[] = [];
  for (const item of site.footerNavigation) {
    const link = rewriteLink(item.url, index);
    const slug = link.kind === 'internal' ? link.href.slice(1) : null;
    if (slug === null || !pageSlugs.has(slug)) {
      // A page skipped for its empty body lands here too: the content check refuses a footer page that is missing.
      note(`footer link ${JSON.stringify(item.label)} (${item.url}) left out: not one of the imported pages`);
      continue;
    }
    if (!slugs.includes(slug)) slugs.push(slug);
  }
  return slugs;
}

/** `membershipUrl` is not Ghost's: it is the one an editor set in the folder being replaced, or null. */
export function mapSite(
  site: SourceSite,
  siteUrl: URL,
  index: SiteIndex,
  note: Note,
  membershipUrl: string | null = null,
): Site {
  const url = siteUrl.href.replace(/\/+$/, '');
  let title = site.title;
  if (title === null) {
    title = siteUrl.hostname;
    note(`no site title in the settings: ${JSON.stringify(title)}`);
  }
  let description = site.description;
  if (description === null) {
    description = title;
    note('no site description in the settings: the title is the description');
  }
  const lang = language(site.language, note);
  const footer = footerPages(site, index, note);
  return {
    title,
    description,
    url,
    ...(lang === undefined ? {} : { language: lang }),
    ...(membershipUrl === null ? {} : { membershipUrl }),
    ...(footer.length === 0 ? {} : { footerPages: footer }),
  };
}
