import { expect, test } from 'vitest';

import { splitCredit } from './caption-credit.ts';

test.each([
  [
    'Ukrainian soldiers near Bakhmut on May 3, 2023. (Photo: Sergei Supinsky / AFP)',
    { caption: 'Ukrainian soldiers near Bakhmut on May 3, 2023.', credit: 'Photo: Sergei Supinsky / AFP' },
  ],
  [
    'President Volodymyr Zelensky in Kyiv. (Sergei Supinsky / Getty Images)',
    { caption: 'President Volodymyr Zelensky in Kyiv.', credit: 'Sergei Supinsky / Getty Images' },
  ],
  ['A market in Odesa (Photo by Jane Doe)', { caption: 'A market in Odesa', credit: 'Photo by Jane Doe' }],
  ['Photo by Jane Doe / Unsplash', { credit: 'Photo by Jane Doe / Unsplash' }],
  [
    'The harbour at dawn. Photo by A. Photographer',
    { caption: 'The harbour at dawn.', credit: 'Photo by A. Photographer' },
  ],
  [
    'The harbour at dawn | Photo: A. Photographer',
    { caption: 'The harbour at dawn', credit: 'Photo: A. Photographer' },
  ],
  ['Credit: Reuters', { credit: 'Credit: Reuters' }],
])('%s', (caption, parts) => {
  expect(splitCredit(caption)).toEqual(parts);
});

test('a caption without a credit stays whole, parentheses and all', () => {
  expect(splitCredit('The mayor (left) and her deputy.')).toEqual({ caption: 'The mayor (left) and her deputy.' });
  expect(splitCredit('A photo by the river')).toEqual({ caption: 'A photo by the river' });
  expect(splitCredit('Trains 1/2 (of 3)')).toEqual({ caption: 'Trains 1/2 (of 3)' });
});

test('nothing for an empty caption', () => {
  expect(splitCredit('  ')).toEqual({});
});
