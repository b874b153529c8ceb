// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';

import { anImage } from '../test/view-models.ts';
import { Figure } from './figure.tsx';

test('a missing photo is a short note with its alt text, then caption and credit, and no box of its size', () => {
  render(<Figure image={anImage({ width: 1200, height: 800 })} placement="lead" />);
  const figure = screen.getByRole('figure');
  expect(screen.queryByRole('img')).toBeNull();
  expect(figure.querySelector('[width], [height], svg')).toBeNull();
  // The caption holds the note, then the caption and the credit: what a screen reader names the figure by.
  const note = screen.getByText('Photo not available: A harbour at dawn');
  const caption = figure.querySelector('figcaption');
  expect(note.parentElement).toBe(caption);
  expect(caption).toHaveClass('figure-caption');
  expect(caption).toHaveTextContent(
    'Photo not available: A harbour at dawn The harbour at dawn. Photo by A. Photographer',
  );
  expect(screen.getByText('Photo by A. Photographer').tagName).toBe('SPAN');
});

test('a missing photo without alt text, caption or credit is the note alone', () => {
  render(<Figure image={anImage({ alt: '', caption: null, credit: null })} placement="body" />);
  expect(screen.getByRole('figure')).toHaveTextContent(/^Photo not available$/);
  expect(screen.queryByRole('img')).toBeNull();
});

test('a lead photo loads eagerly at high priority with its size reserved', () => {
  render(
    <Figure image={anImage({ file: { kind: 'single', src: 'https://img.example/lead.jpg' } })} placement="lead" />,
  );
  const image = screen.getByRole('img', { name: 'A harbour at dawn' });
  expect(image).toHaveAttribute('src', 'https://img.example/lead.jpg');
  expect(image).toHaveAttribute('width', '1200');
  expect(image).toHaveAttribute('height', '800');
  expect(image).toHaveAttribute('loading', 'eager');
  expect(image).toHaveAttribute('fetchpriority', 'high');
});

test('no caption element without caption or credit, and no note when the photo is there', () => {
  render(
    <Figure
      image={anImage({ file: { kind: 'single', src: 'https://img.example/a.jpg' }, caption: null, credit: null })}
      placement="body"
    />,
  );
  expect(screen.getByRole('figure').querySelector('figcaption')).toBeNull();
  expect(screen.queryByText(/Photo not available/)).toBeNull();
});
