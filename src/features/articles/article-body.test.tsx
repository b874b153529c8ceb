// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { createRoutesStub } from 'react-router';
import { expect, test } from 'vitest';

import type { BodyBlock } from '../../lib/content/model.ts';
import { anImage } from '../../test/view-models.ts';
import { ArticleBody } from './article-body.tsx';

function renderBody(body: BodyBlock[]) {
  const Stub = createRoutesStub([{ path: '/', Component: () => <ArticleBody body={body} /> }]);
  return render(<Stub />);
}

test('renders every block type with its own element', () => {
  renderBody([
    { type: 'paragraph', content: ['Opening paragraph.'] },
    { type: 'heading', text: 'What happened next' },
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
  expect(screen.getByRole('link', { name: 'our guide' })).toHaveAttribute('href', '/tags/guides');
  expect(screen.queryByRole('link', { name: 'this' })).not.toBeInTheDocument();
  expect(screen.getByText('this')).toBeInTheDocument();
});
