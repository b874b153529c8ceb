/**
 * axe-core (WCAG 2.2 A and AA plus best practices) on every kind of view of
 * the 43-article fixture, in the light and dark schemes, at phone and
 * desktop sizes: one named test per combination. The fixture adds what the
 * bundled content lacks: later pages of lists with pagination, an article
 * with every block type (format 1.1's gallery, embed, code, divider and
 * heading levels too), two authors and real images, an author with an
 * avatar and links, Cyrillic names, a members-only story and a page.
 */
import { describeAxeMatrix, type AxeView } from '../accessibility.ts';

const VIEWS: readonly AxeView[] = [
  { name: 'home', path: '/', h1: 'Latest' },
  { name: 'home, page 2', path: '/page/2', h1: /^Latest/ },
  {
    name: 'article with every block type',
    path: '/articles/every-block-type',
    h1: 'The harbour reopens, and every kind of block is here',
  },
  { name: 'article without a photo', path: '/articles/no-image-here', h1: 'A short note without a photo' },
  {
    name: 'members-only article',
    path: '/articles/dispatch-05',
    h1: 'A members-only briefing from the harbour',
  },
  { name: 'standalone page', path: '/about', h1: 'About the Fixture Gazette' },
  { name: 'tag index', path: '/tags', h1: 'Tags' },
  { name: 'tag with pages', path: '/tags/dispatches', h1: 'Dispatches' },
  { name: 'tag, page 2', path: '/tags/dispatches/page/2', h1: 'Dispatches · page 2' },
  { name: 'author index', path: '/authors', h1: 'Authors' },
  { name: 'author with avatar and links', path: '/authors/mira-okafor', h1: 'Mira Okafor' },
  { name: 'author, page 2', path: '/authors/tomas-lind/page/2', h1: 'Tomas Lind · page 2' },
  { name: 'not found', path: '/articles/no-such-article', h1: 'Not found', notFound: true },
  { name: 'search with results', path: '/search?q=harbour', h1: 'Search' },
  { name: 'search without results', path: '/search?q=zzqxj', h1: 'Search' },
];

describeAxeMatrix(VIEWS);
