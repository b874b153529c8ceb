import type { PageTitle } from '../lib/seo/page-title.ts';

/**
 * The page's <title> and meta description, which React hoists into <head>
 * and keeps current across client-side navigations. The rest of the head
 * (canonical, Open Graph, JSON-LD) is written by the prerender from a
 * PageHead that starts from the same PageTitle.
 */
export function PageMeta({ head }: { head: PageTitle }) {
  return (
    <>
      <title>{head.title}</title>
      <meta name="description" content={head.description} />
    </>
  );
}
