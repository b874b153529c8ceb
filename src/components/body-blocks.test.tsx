// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRoutesStub } from 'react-router';
import { expect, test } from 'vitest';

import type { BodyBlock } from '../lib/content/model.ts';
import { anImage } from '../test/view-models.ts';
import { articleBodyText, markupBlockTexts } from '../lib/content/markup-text.ts';
import { blockText } from '../lib/content/plain-text.ts';
import { BodyBlockList, BodyBlocks } from './body-blocks.tsx';

function renderBody(body: BodyBlock[]) {
  const Stub = createRoutesStub([{ path: '/', Component: () => <BodyBlocks body={body} /> }]);
  return render(<Stub />);
}

test('renders every block type with its own element', () => {
  renderBody([
    { type: 'paragraph', content: ['Opening paragraph.'] },
    { type: 'heading', text: 'What happened next', level: 2 },
    { type: 'quote', content: ['We will rebuild.'], cite: 'The mayor' },
    { type: 'list', ordered: true, items: [['First'], ['Second']] },
    { type: 'list', ordered: false, items: [['Apples']] },
    {
      type: 'image',
      image: anImage({ file: { kind: 'single', src: 'https://img.example/a.jpg' }, caption: 'In the body.' }),
    },
  ]);
  expect(screen.getByText('Opening paragraph.').tagName).toBe('P');
  expect(screen.getByRole('heading', { level: 2, name: 'What happened next' })).toBeInTheDocument();
  expect(screen.getByText('We will rebuild.').closest('blockquote')).not.toBeNull();
  expect(screen.getByText('— The mayor')).toBeInTheDocument();
  const [ordered, unordered] = screen.getAllByRole('list');
  expect(ordered?.tagName).toBe('OL');
  expect(within(ordered ?? document.body).getAllByRole('listitem')).toHaveLength(2);
  expect(unordered?.tagName).toBe('UL');
  const image = screen.getByRole('img', { name: 'A harbour at dawn' });
  expect(image).toHaveAttribute('src', 'https://img.example/a.jpg');
  expect(image).toHaveAttribute('loading', 'lazy');
});

test('renders inline emphasis, strong and links, and shows HTML as typed', () => {
  renderBody([
    {
      type: 'paragraph',
      content: [
        'An ',
        { type: 'em', children: ['urgent'] },
        ' and ',
        { type: 'strong', children: ['bold'] },
        ' ',
        { type: 'link', href: 'https://news.example/r', children: ['report'] },
        ' with <script>alert(1)</script> in it.',
      ],
    },
  ]);
  expect(screen.getByText('urgent').tagName).toBe('EM');
  expect(screen.getByText('bold').tagName).toBe('STRONG');
  const link = screen.getByRole('link', { name: 'report' });
  expect(link).toHaveAttribute('href', 'https://news.example/r');
  expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  expect(screen.getByText(/<script>alert\(1\)<\/script>/)).toBeInTheDocument();
  expect(document.querySelector('script')).toBeNull();
});

test('keeps site links inside the app and never renders a javascript: link', () => {
  renderBody([
    {
      type: 'paragraph',
      content: [
        'See ',
        { type: 'link', href: '/tags/guides', children: ['our guide'] },
        ' and ',
        { type: 'link', href: 'javascript:alert(1)', children: ['this'] },
        '.',
      ],
    },
  ]);
  expect(screen.getByRole('link', { name: 'our guide' })).toHaveAttribute('href', '/tags/guides/');
  expect(screen.queryByRole('link', { name: 'this' })).not.toBeInTheDocument();
  expect(screen.getByText('this')).toBeInTheDocument();
});

test('(1.1) headings at levels 3 and 4, code exactly as written, and a divider', () => {
  const { container } = renderBody([
    { type: 'heading', text: 'A section', level: 3 },
    { type: 'heading', text: 'A subsection', level: 4 },
    { type: 'code', text: '  if (x) {\n    *y* = [z](w);\n  }', language: 'js' },
    { type: 'divider' },
  ]);
  expect(screen.getByRole('heading', { level: 3, name: 'A section' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 4, name: 'A subsection' })).toBeInTheDocument();
  const code = container.querySelector('pre > code');
  // Markup characters and leading spaces stay as typed: code is never inline markup.
  expect(code?.textContent).toBe('  if (x) {\n    *y* = [z](w);\n  }');
  expect(screen.getByRole('separator')).toBeInTheDocument();
});

test('(1.1) a gallery is one figure with each picture, its caption and each credit once', () => {
  const photo = (src: string, alt: string) =>
    anImage({ file: { kind: 'single', src }, alt, credit: 'Photo: A. Photographer', caption: null });
  renderBody([
    {
      type: 'gallery',
      images: [
        photo('https://img.example/1.jpg', 'One'),
        photo('https://img.example/2.jpg', 'Two'),
        photo('https://img.example/3.jpg', 'Three'),
      ],
      caption: 'The quay at work.',
    },
  ]);
  const figure = screen.getByRole('figure');
  expect(figure.querySelector('figcaption')).toHaveTextContent(/^The quay at work. Photo: A. Photographer$/);
  expect(
    within(figure)
      .getAllByRole('img')
      .map((image) => image.getAttribute('alt')),
  ).toEqual(['One', 'Two', 'Three']);
  // Three pictures: the first takes the whole row.
  expect(within(figure).getAllByRole('listitem')[0]).toHaveClass('col-span-2');
});

test('(1.1) an embed is a link card that loads nothing; a known player loads only when the reader asks', async () => {
  const { container } = renderBody([
    {
      type: 'embed',
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      provider: 'YouTube',
      title: 'The harbour reopens',
      caption: 'Filmed by the port.',
      player: { provider: 'YouTube', src: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1' },
    },
    {
      type: 'embed',
      url: 'https://x.com/port/status/1',
      provider: 'x.com',
      title: null,
      caption: null,
      player: null,
    },
  ]);
  expect(container.querySelector('iframe')).toBeNull();
  expect(screen.getByRole('link', { name: 'The harbour reopens' })).toHaveAttribute(
    'href',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  );
  expect(screen.getByRole('link', { name: 'x.com post' })).toHaveAttribute('href', 'https://x.com/port/status/1');
  expect(screen.getAllByRole('button')).toHaveLength(1);

  await userEvent.click(screen.getByRole('button', { name: 'Play here (loads YouTube)' }));
  const player = screen.getByTitle('The harbour reopens');
  expect(player).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1');
  expect(player).toHaveFocus();
  expect(screen.getByText('Filmed by the port.')).toBeInTheDocument();
});

/** The markup the article page renders for `body` (its body part's content). */
function markupOf(body: BodyBlock[]): string {
  const Stub = createRoutesStub([{ path: '/', Component: () => <BodyBlockList body={body} /> }]);
  return render(<Stub />).container.innerHTML;
}

const EVERY_BLOCK: BodyBlock[] = [
  { type: 'paragraph', content: ['Opening ', { type: 'link', href: '/tags/x', children: ['with a link'] }, '.'] },
  { type: 'heading', text: 'What happened next', level: 3 },
  { type: 'quote', content: ['We will rebuild.'], cite: 'The mayor' },
  { type: 'quote', content: ['Uncited.'], cite: null },
  { type: 'list', ordered: true, items: [['First'], ['Second, ', { type: 'em', children: ['really'] }]] },
  { type: 'image', image: anImage({ caption: 'A caption.', credit: 'Photo: A. Credit' }) },
  { type: 'image', image: anImage({ file: null, alt: 'What it showed', caption: 'Missing.', credit: 'B. Credit' }) },
  { type: 'image', image: anImage({ caption: null, credit: 'Only a credit' }) },
  { type: 'gallery', images: [anImage({ credit: 'C' }), anImage({ credit: 'D' })], caption: 'Two photos.' },
  { type: 'embed', url: 'https://x.example/p/1', provider: 'X', title: 'A post', caption: 'Said so.', player: null },
  { type: 'embed', url: 'https://x.example/p/2', provider: 'X', title: null, caption: null, player: null },
  { type: 'code', text: 'const a = 1;\n  const b = 2;', language: null },
  { type: 'divider' },
];

test("every block's texts read from its markup are the texts search indexed it by", () => {
  expect(markupBlockTexts(markupOf(EVERY_BLOCK))).toEqual(EVERY_BLOCK.flatMap(blockText));
});

test("an article's body text is the same from data and from markup, the lead photo's caption last", () => {
  const image = anImage({ caption: 'The lead.' });
  const fromData = articleBodyText({ body: EVERY_BLOCK, image });
  expect(articleBodyText({ body: { markup: markupOf(EVERY_BLOCK) }, image })).toEqual(fromData);
  expect(fromData.at(-1)).toBe('The lead.');
});
