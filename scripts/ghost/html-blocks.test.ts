import { expect, test } from 'vitest';

import type { DraftBlock, MappingContext } from './draft-blocks.ts';
import { beforeMembersOnly, mapBody } from './html-blocks.ts';
import { parseHtml } from './html-tree.ts';

function map(html: string): { blocks: DraftBlock[]; notes: string[] } {
  const notes: string[] = [];
  const context: MappingContext = {
    link: (href) => (href.startsWith('javascript:') ? null : href),
    note: (message) => notes.push(message),
  };
  return { blocks: mapBody(parseHtml(html), context), notes };
}

test('paragraphs keep links, strong and emphasis as inline markup; other inline elements become text', () => {
  const { blocks } = map(
    '<p>The <strong>harbour</strong> <b>reopened</b> on <em>Monday</em>, <i>said</i> <a href="https://example.org/x">the mayor</a>, <span>at <code>6</code> a.m.</span></p>',
  );
  expect(blocks).toEqual([
    'The **harbour** **reopened** on *Monday*, *said* [the mayor](https://example.org/x), at 6 a.m.',
  ]);
});

test('white space at the edges of emphasis moves outside it', () => {
  expect(map('<p>a<em> word </em>b<strong></strong> c</p>').blocks).toEqual(['a *word* b c']);
});

test('headings keep levels 2 to 4; h1 is level 2, h5 and h6 are level 4', () => {
  expect(map('<h1>A</h1><h2>B</h2><h3>C</h3><h4>D</h4><h5>E</h5><h6>F</h6>').blocks).toEqual([
    { type: 'heading', text: 'A' },
    { type: 'heading', text: 'B' },
    { type: 'heading', text: 'C', level: 3 },
    { type: 'heading', text: 'D', level: 4 },
    { type: 'heading', text: 'E', level: 4 },
    { type: 'heading', text: 'F', level: 4 },
  ]);
});

test('blockquotes, including the alternative pull-quote style, are quotes', () => {
  expect(
    map(
      '<blockquote><p>We are <em>open</em>.</p></blockquote><blockquote class="kg-blockquote-alt">Big words</blockquote>',
    ).blocks,
  ).toEqual([
    { type: 'quote', text: 'We are *open*.' },
    { type: 'quote', text: 'Big words' },
  ]);
});

test('nested lists are flattened, and the report says so', () => {
  const { blocks, notes } = map('<ol><li>One<ul><li>One a</li><li>One b</li></ul></li><li><p>Two</p></li></ol>');
  expect(blocks).toEqual([{ type: 'list', ordered: true, items: ['One', 'One a', 'One b', 'Two'] }]);
  expect(notes).toContain('nested list flattened into one list');
});

test('image cards become images, the credit split from the caption', () => {
  const { blocks } = map(
    '<figure class="kg-card kg-image-card kg-card-hascaption"><img src="__GHOST_URL__/content/images/2024/05/boats.jpg" class="kg-image" alt="Boats" loading="lazy" width="2000" height="1333" srcset="x 600w"><figcaption>Boats in the <b>harbour</b>. (Photo: Jane Doe / AFP)</figcaption></figure>',
  );
  expect(blocks).toEqual([
    {
      type: 'image',
      image: {
        src: '__GHOST_URL__/content/images/2024/05/boats.jpg',
        alt: 'Boats',
        width: 2000,
        height: 1333,
        caption: 'Boats in the harbour.',
        credit: 'Photo: Jane Doe / AFP',
      },
    },
  ]);
});

test('gallery cards become galleries', () => {
  const { blocks } = map(
    '<figure class="kg-card kg-gallery-card kg-width-wide kg-card-hascaption"><div class="kg-gallery-container"><div class="kg-gallery-row"><div class="kg-gallery-image"><img src="https://cdn.example.org/a.jpg" width="800" height="600" loading="lazy" alt=""></div><div class="kg-gallery-image"><img src="https://cdn.example.org/b.jpg" width="600" height="800" alt="B"></div></div></div><figcaption>The market</figcaption></figure>',
  );
  expect(blocks).toEqual([
    {
      type: 'gallery',
      images: [
        { src: 'https://cdn.example.org/a.jpg', alt: '', width: 800, height: 600 },
        { src: 'https://cdn.example.org/b.jpg', alt: 'B', width: 600, height: 800 },
      ],
      caption: 'The market',
    },
  ]);
});

test("embed cards become embeds with the provider's own page, not the player", () => {
  const { blocks } = map(
    '<figure class="kg-card kg-embed-card kg-card-hascaption"><iframe width="200" height="113" src="https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed" frameborder="0" allowfullscreen title="The song"></iframe><figcaption>Watch it</figcaption></figure>' +
      '<figure class="kg-card kg-embed-card"><iframe src="https://player.vimeo.com/video/76979871?app_id=122963" title="Vimeo"></iframe></figure>' +
      '<figure class="kg-card kg-embed-card"><blockquote class="twitter-tweet"><p lang="en">Hello</p>&mdash; Someone (@someone) <a href="https://twitter.com/someone/status/123?ref_src=twsrc%5Etfw">May 1, 2024</a></blockquote><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script></figure>',
  );
  expect(blocks).toEqual([
    {
      type: 'embed',
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      provider: 'YouTube',
      title: 'The song',
      caption: 'Watch it',
    },
    { type: 'embed', url: 'https://vimeo.com/76979871', provider: 'Vimeo', title: 'Vimeo' },
    { type: 'embed', url: 'https://twitter.com/someone/status/123', provider: 'X' },
  ]);
});

test('bookmark cards become a paragraph with the link', () => {
  const { blocks } = map(
    '<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://example.org/story"><div class="kg-bookmark-content"><div class="kg-bookmark-title">A story</div><div class="kg-bookmark-description">What happened</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="https://example.org/icon.png" alt=""><span class="kg-bookmark-author">Example</span></div></div><div class="kg-bookmark-thumbnail"><img src="https://example.org/t.jpg" alt=""></div></a></figure>',
  );
  expect(blocks).toEqual(['[A story](https://example.org/story): What happened']);
});

test('a bookmark to a URL with parentheses keeps its link, encoded like any other', () => {
  const bookmark = (title: string) =>
    `<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://en.wikipedia.org/wiki/Bakhmut_(city)"><div class="kg-bookmark-content"><div class="kg-bookmark-title">${title}</div></div></a></figure>`;
  const { blocks, notes } = map(bookmark('Bakhmut (city)') + bookmark(''));
  expect(blocks).toEqual([
    '[Bakhmut (city)](https://en.wikipedia.org/wiki/Bakhmut_%28city%29)',
    '[https://en.wikipedia.org/wiki/Bakhmut_(city)](https://en.wikipedia.org/wiki/Bakhmut_%28city%29)',
  ]);
  expect(notes).toEqual([]);
});

test('hr is a divider; pre and code cards are code, exactly as written', () => {
  expect(
    map(
      '<hr><pre><code class="language-js">const a = 1;\n  if (a) {}\n</code></pre><figure class="kg-card kg-code-card"><pre><code class="language-python">print("&lt;hi&gt;")</code></pre><figcaption>Say hi</figcaption></figure>',
    ).blocks,
  ).toEqual([
    { type: 'divider' },
    { type: 'code', text: 'const a = 1;\n  if (a) {}', language: 'js' },
    { type: 'code', text: 'print("<hi>")', language: 'python' },
    'Say hi',
  ]);
});

test('cards without a block keep their readable text, and each drop is reported', () => {
  const { blocks, notes } = map(
    '<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">Remember <b>this</b></div></div>' +
      '<div class="kg-card kg-toggle-card" data-kg-toggle-state="close"><div class="kg-toggle-heading"><h4 class="kg-toggle-heading-text">Question?</h4><button class="kg-toggle-card-icon"><svg></svg></button></div><div class="kg-toggle-content"><p>Answer.</p></div></div>' +
      '<div class="kg-card kg-button-card kg-align-center"><a href="https://example.org/join" class="kg-btn kg-btn-accent">Join us</a></div>' +
      '<div class="kg-card kg-signup-card"><div class="kg-signup-card-content"><div class="kg-signup-card-text"><h2 class="kg-signup-card-heading">Sign up</h2><p class="kg-signup-card-subheading">Weekly news</p><form class="kg-signup-card-form" data-members-form="signup"><input data-members-email type="email" required><button class="kg-signup-card-button">Subscribe</button></form></div></div></div>' +
      '<div class="kg-card kg-audio-card"><img src="x.jpg" class="kg-audio-thumbnail"><div class="kg-audio-player-container"><audio src="__GHOST_URL__/content/media/a.mp3" preload="metadata"></audio><div class="kg-audio-title">The podcast</div><div class="kg-audio-player"><button class="kg-audio-play-icon"><svg></svg></button><span class="kg-audio-current-time">0:00</span></div></div></div>' +
      '<figure class="kg-card kg-video-card"><div class="kg-video-container"><video src="v.mp4"></video><div class="kg-video-overlay"></div></div><figcaption>The video</figcaption></figure>' +
      '<div class="kg-card kg-file-card"><a class="kg-file-card-container" href="https://example.org/report.pdf" title="Download" download><div class="kg-file-card-contents"><div class="kg-file-card-title">The report</div><div class="kg-file-card-metadata"><div class="kg-file-card-filename">report.pdf</div><div class="kg-file-card-filesize">1 MB</div></div></div><div class="kg-file-card-icon"><svg></svg></div></a></div>' +
      '<div class="kg-card kg-product-card"><div class="kg-product-card-container"><img src="p.jpg" class="kg-product-card-image"><div class="kg-product-card-title-container"><h4 class="kg-product-card-title">A book</h4></div><div class="kg-product-card-description"><p>Good read</p></div><a href="https://example.org/buy" class="kg-product-card-button kg-product-card-btn-accent"><span>Buy</span></a></div></div>' +
      '<div class="kg-card kg-header-card kg-width-full kg-size-small kg-style-dark"><h2 class="kg-header-card-header">Big title</h2><h3 class="kg-header-card-subheader">Smaller</h3></div>' +
      '<!--kg-card-begin: html--><div>From the html card</div><script>alert(1)</script><!--kg-card-end: html-->' +
      '<!--kg-card-begin: markdown--><p>From <em>markdown</em></p><!--kg-card-end: markdown-->',
  );
  expect(blocks).toEqual([
    'Remember **this**',
    { type: 'heading', text: 'Question?', level: 4 },
    'Answer.',
    '[Join us](https://example.org/join)',
    { type: 'heading', text: 'Sign up' },
    'Weekly news',
    'The podcast',
    'The video',
    '[The report](https://example.org/report.pdf)',
    { type: 'heading', text: 'A book', level: 4 },
    'Good read',
    '[Buy](https://example.org/buy)',
    { type: 'heading', text: 'Big title' },
    { type: 'heading', text: 'Smaller', level: 3 },
    'From the html card',
    'From *markdown*',
  ]);
  expect(notes).toEqual(
    expect.arrayContaining([
      'callout card: kept its text, dropped the rest',
      'toggle card: kept its text, dropped the rest',
      'button card: kept its text, dropped the rest',
      'signup card: kept its text, dropped the rest',
      'audio card: kept its text, dropped the rest',
      'video card: kept its text, dropped the rest',
      'file card: kept its text, dropped the rest',
      'product card: kept its text, dropped the rest',
      'header card: kept its text, dropped the rest',
      '<script> dropped',
      'html card: kept its text, dropped the rest',
    ]),
  );
});

test('hostile html: scripts, iframes, event attributes and javascript: links never reach the blocks', () => {
  const { blocks, notes } = map(
    '<p onclick="steal()">Click <a href="javascript:alert(1)">here</a><script>steal()</script></p><img src="x" onerror="steal()"><iframe src="https://evil.example/"></iframe><style>p{}</style>',
  );
  expect(JSON.stringify(blocks)).not.toMatch(/steal|javascript|onerror|onclick|<script|<iframe/);
  expect(blocks[0]).toBe('Click here');
  expect(notes).toEqual(expect.arrayContaining(['<script> dropped', '<style> dropped']));
});

test('literal asterisks and brackets are changed only when the reader would take them for markup', () => {
  expect(map('<p>5 * 3 * 2 and [sic]</p>').blocks).toEqual(['5 * 3 * 2 and [sic]']);
  const { blocks, notes } = map('<p>*Not emphasis* and <a href="https://e.org">a link</a> [sic](x)</p>');
  expect(blocks).toEqual(['∗Not emphasis∗ and [a link](https://e.org) ［sic］(x)']);
  expect(notes).toHaveLength(1);
});

test('a link whose target holds parentheses or spaces is encoded so the reader reads it whole', () => {
  expect(map('<p><a href="https://en.wikipedia.org/wiki/Bakhmut_(city)">Bakhmut</a></p>').blocks).toEqual([
    '[Bakhmut](https://en.wikipedia.org/wiki/Bakhmut_%28city%29)',
  ]);
});

test('blocks shown only to members (gated blocks) are never copied; blocks for visitors are', () => {
  const { blocks } = map(
    '<p>Everyone</p><!--kg-gated-block:begin nonMember:false memberSegment:"status:free,status:-free"--><p>Members secret</p><!--kg-gated-block:end--><!--kg-gated-block:begin nonMember:true memberSegment:""--><p>Visitors</p><!--kg-gated-block:end-->',
  );
  expect(blocks).toEqual(['Everyone', 'Visitors']);
});

test('the public preview is what comes before <!--members-only-->', () => {
  const nodes = parseHtml('<p>Free</p><div><!--members-only--></div><p>Paid</p>');
  const { nodes: preview, found } = beforeMembersOnly(nodes);
  expect(found).toBe(true);
  expect(mapBody(preview, { link: (href) => href, note: () => undefined })).toEqual(['Free']);
});
