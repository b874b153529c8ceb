// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';

import { anImage } from '../test/view-models.ts';
import { Figure } from './figure.tsx';

test('a missing photo keeps its aspect ratio as a placeholder, with caption and credit below', () => {
  render(<Figure image={anImage({ width: 1200, height: 800 })} />);
  const placeholder = screen.getByRole('img', { name: 'Photo not available: A harbour at dawn' });
  expect(placeholder).toHaveAttribute('viewBox', '0 0 1200 800');
  expect(placeholder).toHaveAttribute('width', '1200');
  expect(placeholder).toHaveAttribute('height', '800');
  expect(screen.getByRole('figure')).toHaveTextContent('The harbour at dawn. Photo by A. Photographer');
  expect(screen.getByText('Photo by A. Photographer').tagName).toBe('SPAN');
});

test('a lead photo loads eagerly at high priority with its size reserved', () => {
  render(<Figure image={anImage({ src: 'https://img.example/lead.jpg' })} priority />);
  const image = screen.getByRole('img', { name: 'A harbour at dawn' });
  expect(image).toHaveAttribute('src', 'https://img.example/lead.jpg');
  expect(image).toHaveAttribute('width', '1200');
  expect(image).toHaveAttribute('height', '800');
  expect(image).toHaveAttribute('loading', 'eager');
  expect(image).toHaveAttribute('fetchpriority', 'high');
});

test('no caption element without caption or credit', () => {
  render(<Figure image={anImage({ caption: null, credit: null })} />);
  expect(screen.getByRole('figure').querySelector('figcaption')).toBeNull();
});
