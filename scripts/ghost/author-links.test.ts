import { expect, test } from 'vitest';

import { authorLinks } from './author-links.ts';
import type { SourceSocial } from './source-model.ts';

const none: SourceSocial = {
  website: null,
  facebook: null,
  twitter: null,
  instagram: null,
  linkedin: null,
  threads: null,
  bluesky: null,
  mastodon: null,
  tiktok: null,
  youtube: null,
};

test('the website and social handles become links; Facebook and X handles become URLs', () => {
  expect(
    authorLinks({
      ...none,
      website: 'janedoe.example.org',
      facebook: 'jane.doe',
      twitter: '@janedoe',
      mastodon: '@jane@mastodon.social',
    }),
  ).toEqual({
    links: [
      { label: 'Website', url: 'https://janedoe.example.org' },
      { label: 'Facebook', url: 'https://www.facebook.com/jane.doe' },
      { label: 'X', url: 'https://x.com/janedoe' },
      { label: 'Mastodon', url: 'https://mastodon.social/@jane' },
    ],
    dropped: [],
  });
});

test('a website that is not a web link is left out and said', () => {
  expect(authorLinks({ ...none, website: 'javascript:alert(1)' })).toEqual({
    links: [],
    dropped: ['Website "javascript:alert(1)"'],
  });
});
