/** What the bundled content (src/content/) puts on the page, as a reader sees it. */
export const SITE_TITLE = 'The Evening Ledger';

export const ARTICLE = {
  slug: 'kim-jong-un-reportedly-awards-troops-who-fought-for-russia',
  path: '/articles/kim-jong-un-reportedly-awards-troops-who-fought-for-russia',
  /** The address as the site's links write it, the folder its page is in (src/lib/paths.ts: folderAddress). */
  href: '/articles/kim-jong-un-reportedly-awards-troops-who-fought-for-russia/',
  headline: 'Kim Jong Un reportedly awards troops who fought for Russia',
  byline: 'By Olena Goncharova',
  date: 'August 22, 2025',
  datetime: '2025-08-22',
  readingTime: '2 min read',
  caption: 'North Korean dictator Kim Jong Un in June, 2019.',
  credit: 'Photo by Brendan Smialowski / AFP via Getty Images',
  /** The lead photo is not ours to ship: its figure says so, with the alt text. */
  photoNote: 'Photo not available: North Korean leader Kim Jong Un',
  /** The opening words of each body paragraph, in order. */
  paragraphs: [
    'North Korean leader Kim Jong Un publicly decorated soldiers',
    'At a ceremony in Pyongyang, Kim praised the overseas troops',
    'The event included a concert and a banquet with bereaved family members.',
    'North Korea began deploying combat troops to Russia in late 2024',
    'Ukrainian officials now assess that Pyongyang has expanded its deployment',
    'Of the roughly 12,000 troops believed to have been deployed in the fall of 2024',
  ],
  source: 'The Kyiv Independent',
  tags: ['North Korea', 'Russia', 'Kim Jong Un', 'Military aid', 'Russian troops'],
} as const;

export const AUTHOR = {
  slug: 'olena-goncharova',
  path: '/authors/olena-goncharova',
  href: '/authors/olena-goncharova/',
  name: 'Olena Goncharova',
  role: 'Head of North America desk',
  bioStart: 'Olena Goncharova is the Head of North America desk at The Kyiv Independent',
} as const;
