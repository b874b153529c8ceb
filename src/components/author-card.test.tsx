// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { createRoutesStub } from 'react-router';
import { expect, test } from 'vitest';

import type { AuthorProfile } from '../lib/content/model.ts';
import { anAuthor, anImage } from '../test/view-models.ts';
import { AuthorCard } from './author-card.tsx';

function renderCard(author: AuthorProfile) {
  const Stub = createRoutesStub([{ path: '/', Component: () => <AuthorCard author={author} headingLevel={3} /> }]);
  return render(<Stub />);
}

test('shows initials without an avatar, then name, role, bio paragraphs and a link to the author', () => {
  const { container } = renderCard(anAuthor());
  expect(screen.getByText('AB')).toHaveAttribute('aria-hidden', 'true');
  expect(screen.getByRole('heading', { level: 3, name: 'Ada Byron' })).toBeInTheDocument();
  expect(screen.getByText('Science editor')).toBeInTheDocument();
  expect(screen.getByText('Ada writes about engines.')).toBeInTheDocument();
  expect(screen.getByText('She lives in London.')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'More from Ada Byron' })).toHaveAttribute('href', '/authors/ada-byron/');
  expect(container.querySelector('img')).toBeNull();
});

test('shows the avatar photo instead of initials when there is one, and the author’s links', () => {
  renderCard(
    anAuthor({
      avatar: anImage({ file: { kind: 'single', src: 'https://img.example/ada.jpg' }, width: 200, height: 200 }),
      links: [{ label: 'Website', url: 'https://ada.example' }],
    }),
  );
  expect(screen.queryByText('AB')).not.toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Website' })).toHaveAttribute('rel', 'noopener noreferrer');
});
