import type { PageHead } from '../lib/seo/page-head.ts';

/**
 * The page's <title> and meta description, which React hoists into <head>
 * and keeps current across client-side navigations. The rest of the head
 * (canonical, Open Graph, JSON-LD) is written by the prerender from the same
 * PageHead.
 */
export function PageMeta({ head }: { head: Pick<PageHead, 'title' | 'description'> }) {
  return (
    <>
      <title>{head.title}</title>
      <meta name="description" content={head.description} />
    </>
  );
}
