// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { createRoutesStub } from 'react-router';
import { expect, test } from 'vitest';

import type { BodyBlock } from '../lib/content/model.ts';
import { aSummary, anAuthor, anImage } from '../test/view-models.ts';
import { ArticleList } from './article-list.tsx';
import { AuthorCard } from './author-card.tsx';
import { BodyBlockList } from './body-blocks.tsx';
import { markupElements } from './markup-elements.ts';
import { RelatedList } from './related-list.tsx';

/** What `view` renders, as the page's markup holds it. */
function markupOf(view: React.ReactNode): string {
  const Stub = createRoutesStub([{ path: '/', Component: () => view }]);
  return render(<Stub />).container.innerHTML;
}

const EVERY_BLOCK: BodyBlock[] = [
  { type: 'paragraph', content: ['Opening ', { type: 'link', href: '/tags/x', children: ['with a link'] }, '.'] },
  { type: 'heading', text: 'Next', level: 2 },
  { type: 'heading', text: 'Then', level: 4 },
  { type: 'quote', content: [{ type: 'strong', children: ['We'] }, ' will.'], cite: 'The mayor' },
  { type: 'list', ordered: true, items: [['First'], [{ type: 'em', children: ['Second'] }]] },
  { type: 'list', ordered: false, items: [['Apples']] },
  { type: 'image', image: anImage({ caption: 'A caption.', credit: 'A. Credit' }) },
  { type: 'image', image: anImage({ file: null, alt: 'What it showed', caption: 'Missing.', credit: null }) },
  { type: 'gallery', images: [anImage({ credit: 'C' }), anImage({ credit: 'D' })], caption: 'Two.' },
  {
    type: 'embed',
    url: 'https://www.youtube.com/watch?v=x',
    provider: 'YouTube',
    title: 'The ferry',
    caption: 'Filmed.',
    player: { provider: 'YouTube', src: 'https://www.youtube-nocookie.com/embed/x?autoplay=1' },
  },
  { type: 'code', text: 'const a = 1;', language: null },
  { type: 'divider' },
];

test('every part our views render comes back from its markup as the same elements', () => {
  const author = anAuthor({
    role: 'Reporter',
    bio: ['One.', 'Two.'],
    links: [{ label: 'Site', url: 'https://a.example/' }],
  });
  const views = [
    <BodyBlockList key="body" body={EVERY_BLOCK} />,
    <RelatedList key="related" articles={[{ slug: 'b', title: 'B', publishedAt: '2026-01-02', primaryTag: null }]} />,
    <AuthorCard key="card" author={author} headingLevel={3} />,
    <ArticleList key="list" articles={[aSummary(), aSummary({ slug: 'other' })]} headingLevel={2} featureFirst />,
  ];
  for (const view of views) {
    const markup = markupOf(view);
    expect(markupOf(<>{markupElements(markup)}</>)).toBe(markup);
  }
});

test('markup can add no behaviour: scripts, handlers and javascript: links are dropped, text stays text', () => {
  const hostile =
    '<p onclick="alert(1)">Hi <a href="javascript:alert(2)">there</a><script>alert(3)</script>' +
    '<iframe src="https://evil.example/"></iframe>&lt;b&gt;</p>';
  expect(markupOf(<>{markupElements(hostile)}</>)).toBe('<p>Hi <a>there</a>&lt;b&gt;</p>');
});
