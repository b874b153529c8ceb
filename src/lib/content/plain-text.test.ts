import { expect, test } from 'vitest';

import { anArticle, anImage } from '../../test/view-models.ts';
import type { BodyBlock } from './model.ts';
import { blockText, bodyText, plainText } from './plain-text.ts';

test('plainText: the text a reader sees, markup removed, link targets dropped', () => {
  expect(
    plainText([
      'A ',
      { type: 'strong', children: ['bold'] },
      ' and ',
      { type: 'link', href: 'https://example.org', children: [{ type: 'em', children: ['linked'] }] },
      ' claim.',
    ]),
  ).toBe('A bold and linked claim.');
  expect(plainText([])).toBe('');
});

test('blockText: the text of each kind of block, as the content format defines it', () => {
  const blocks: [BodyBlock, string[]][] = [
    [{ type: 'paragraph', content: ['A ', { type: 'em', children: ['quiet'] }, ' word.'] }, ['A quiet word.']],
    [{ type: 'heading', text: 'What next', level: 3 }, ['What next']],
    [{ type: 'quote', content: ['We are open.'], cite: 'The harbour master' }, ['We are open.', 'The harbour master']],
    [{ type: 'quote', content: ['Uncited.'], cite: null }, ['Uncited.']],
    [{ type: 'list', ordered: false, items: [['one'], ['two']] }, ['one', 'two']],
    // The caption, not the credit or the alt text.
    [
      { type: 'image', image: anImage({ caption: 'The harbour at dawn.', credit: 'A. Photographer' }) },
      ['The harbour at dawn.'],
    ],
    [{ type: 'image', image: anImage({ caption: null }) }, []],
    // (1.1) A gallery's caption, not its pictures'; an embed's title and caption; code; nothing for a divider.
    [
      { type: 'gallery', images: [anImage({ caption: 'One photo.' }), anImage()], caption: 'The quay at work.' },
      ['The quay at work.'],
    ],
    [{ type: 'gallery', images: [anImage(), anImage()], caption: null }, []],
    [
      {
        type: 'embed',
        url: 'https://vimeo.com/1',
        provider: 'Vimeo',
        title: 'The crane',
        caption: 'Filmed at dawn.',
        player: null,
      },
      ['The crane', 'Filmed at dawn.'],
    ],
    [
      { type: 'embed', url: 'https://x.example/p', provider: 'x.example', title: null, caption: null, player: null },
      [],
    ],
    [{ type: 'code', text: 'const x = 1;', language: 'js' }, ['const x = 1;']],
    [{ type: 'divider' }, []],
  ];
  for (const [block, text] of blocks) expect(blockText(block), block.type).toEqual(text);
});

test('bodyText: the text of every body block, then the lead photo’s caption', () => {
  const article = anArticle({
    body: [
      { type: 'paragraph', content: ['First.'] },
      { type: 'quote', content: ['Said.'], cite: 'Someone' },
    ],
    image: anImage({ caption: 'The lead caption.' }),
  });
  expect(bodyText(article)).toEqual(['First.', 'Said.', 'Someone', 'The lead caption.']);
  expect(bodyText({ ...article, image: null })).toEqual(['First.', 'Said.', 'Someone']);
});
