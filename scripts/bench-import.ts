/**
 * `npm run bench:import`: generates a Ghost 5.x Admin export of 10,000 posts (the same bytes every run: a seeded
 * PRNG), with 20 image files in a content/images folder, then imports it with `--images` in a child process and
 * prints the import's time and peak memory (target: ≤ 20 s and ≤ 1 GB on the project's 2-core machine).
 *
 * The child measures itself (process.resourceUsage().maxRSS), so the generator's memory is not counted.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import sharp from 'sharp';
import { z } from 'zod';

import { mulberry32 } from './content/generate-corpus.ts';
import { openSizeCache } from './ghost/image-size-cache.ts';
import { probeImageSize } from './ghost/remote-image-size.ts';
import { importGhost } from './ghost/run-import.ts';
import { writeContentFolder } from './ghost/write-content.ts';

const POSTS = 10_000;
const IMAGES = 20;
const root = path.resolve(import.meta.dirname, '..');
const benchDir = path.join(root, 'node_modules', '.cache', 'broadsheet', 'bench-import');
const exportFile = path.join(benchDir, 'export.json');
const imagesDir = path.join(benchDir, 'content', 'images');
const outDir = path.join(benchDir, 'out');
const SITE_URL = 'https://bench.example.org';

/** What the child process prints: it measures itself. */
const ImportFiguresSchema = z.object({
  seconds: z.number(),
  peakMb: z.number(),
  posts: z.number(),
  pages: z.number(),
  tags: z.number(),
  authors: z.number(),
});

const WORDS =
  'harbour storm boats council mayor fishermen port repairs budget winter night dawn coast ferry crew vote city market bridge river rail school hospital court report'.split(
    ' ',
  );

function generate(): string {
  const random = mulberry32(13);
  const pick = (items: readonly string[]): string => items[Math.floor(random() * items.length)] ?? '';
  const sentence = (words: number) =>
    Array.from({ length: words }, () => pick(WORDS))
      .join(' ')
      .replace(/^./, (char) => char.toUpperCase()) + '.';
  const image = () => `__GHOST_URL__/content/images/2024/05/photo-${Math.floor(random() * IMAGES)}.jpg`;
  const tags = Array.from({ length: 200 }, (_, index) => ({
    id: `tag${index}`,
    name: `Topic ${index}`,
    slug: `topic-${index}`,
    description: index % 3 === 0 ? sentence(8) : null,
    visibility: index % 10 === 9 ? 'internal' : 'public',
  }));
  const users = Array.from({ length: 60 }, (_, index) => ({
    id: `user${index}`,
    name: `Reporter ${index}`,
    slug: `reporter-${index}`,
    email: `reporter${index}@bench.example.org`,
    password: '$2a$10$benchbenchbenchbenchbenchbenchbenchbenchbenchbenchbe',
    bio: sentence(12),
    profile_image: index % 2 === 0 ? image() : null,
    website: index % 4 === 0 ? `https://reporter${index}.example.org` : null,
    twitter: index % 5 === 0 ? `@reporter${index}` : null,
    facebook: null,
  }));
  const posts = [];
  const postsTags = [];
  const postsAuthors = [];
  for (let index = 0; index < POSTS; index += 1) {
    const id = `post${index}`;
    const paragraphs = Array.from(
      { length: 6 + Math.floor(random() * 6) },
      () =>
        `<p>${sentence(30)} <a href="__GHOST_URL__/post-${Math.floor(random() * POSTS)}/">${pick(WORDS)}</a> <em>${pick(WORDS)}</em> ${sentence(20)}</p>`,
    );
    const html = [
      paragraphs.slice(0, 3).join(''),
      `<h2>${sentence(5)}</h2>`,
      `<figure class="kg-card kg-image-card kg-card-hascaption"><img src="${image()}" class="kg-image" alt="${sentence(4)}" loading="lazy" width="1200" height="800"><figcaption>${sentence(8)} (Photo: Jane Doe / AFP)</figcaption></figure>`,
      paragraphs.slice(3).join(''),
      `<ul><li>${sentence(6)}</li><li>${sentence(6)}</li><li>${sentence(6)}</li></ul>`,
      `<blockquote><p>${sentence(15)}</p></blockquote>`,
      index % 7 === 0
        ? `<figure class="kg-card kg-gallery-card kg-width-wide"><div class="kg-gallery-container"><div class="kg-gallery-row"><div class="kg-gallery-image"><img src="${image()}" width="1200" height="800" alt=""></div><div class="kg-gallery-image"><img src="${image()}" width="1200" height="800" alt=""></div></div></div></figure>`
        : '',
      index % 11 === 0
        ? '<figure class="kg-card kg-embed-card"><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ?feature=oembed" title="Video"></iframe></figure>'
        : '',
      index % 13 === 0 ? '<hr><pre><code class="language-js">const harbour = "open";</code></pre>' : '',
    ].join('');
    const status = index % 50 === 0 ? 'draft' : 'published';
    const visibility = index % 25 === 1 ? 'members' : 'public';
    const published = new Date(Date.UTC(2015, 0, 1) + index * 4 * 3600 * 1000).toISOString();
    posts.push({
      id,
      uuid: `uuid-${index}`,
      title: `${sentence(8).slice(0, -1)} ${index}`,
      slug: `post-${index}`,
      // Ghost 5 keeps the editor's document beside the html; the importer never reads it, but it is in every export.
      lexical: JSON.stringify({ root: { children: paragraphs.map((text) => ({ type: 'paragraph', text })) } }),
      html: visibility === 'members' ? html.replace('<h2>', '<!--members-only--><h2>') : html,
      feature_image: image(),
      type: 'post',
      status,
      visibility,
      custom_excerpt: index % 2 === 0 ? sentence(15) : null,
      published_at: status === 'published' ? published : null,
      updated_at: published,
      created_at: published,
      codeinjection_head: null,
    });
    for (let tag = 0; tag < 3; tag += 1)
      postsTags.push({
        id: `pt${index}-${tag}`,
        post_id: id,
        tag_id: `tag${Math.floor(random() * 200)}`,
        sort_order: tag,
      });
    postsAuthors.push({ id: `pa${index}`, post_id: id, author_id: `user${Math.floor(random() * 60)}`, sort_order: 0 });
    if (index % 4 === 0)
      postsAuthors.push({
        id: `pb${index}`,
        post_id: id,
        author_id: `user${Math.floor(random() * 60)}`,
        sort_order: 1,
      });
  }
  const settings = [
    { key: 'title', value: 'The Bench Times' },
    { key: 'description', value: 'Ten thousand stories.' },
    { key: 'locale', value: 'en' },
  ];
  const data = { posts, tags, users, posts_tags: postsTags, posts_authors: postsAuthors, posts_meta: [], settings };
  return JSON.stringify({ db: [{ meta: { exported_on: 1715600000000, version: '5.82.0' }, data }] });
}

async function prepare(): Promise<number> {
  rmSync(benchDir, { recursive: true, force: true });
  mkdirSync(path.join(imagesDir, '2024', '05'), { recursive: true });
  for (let index = 0; index < IMAGES; index += 1) {
    await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: index * 12, g: 90, b: 140 } } })
      .jpeg()
      .toFile(path.join(imagesDir, '2024', '05', `photo-${index}.jpg`));
  }
  const json = generate();
  writeFileSync(exportFile, json);
  return Buffer.byteLength(json);
}

async function runImport(): Promise<void> {
  const started = performance.now();
  const outcome = await importGhost({
    inputs: [exportFile],
    siteUrl: SITE_URL,
    imagesDir,
    cache: openSizeCache(null),
    probe: (url) => probeImageSize(url),
  });
  if (!outcome.ok) throw new Error(outcome.problems.slice(0, 20).join('\n'));
  const written = await writeContentFolder(outcome.folder, outDir);
  if (!written.ok) throw new Error(written.problems.split('\n').slice(0, 20).join('\n'));
  const seconds = (performance.now() - started) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const { posts, pages, tags, authors } = outcome.report;
  console.log(JSON.stringify({ seconds, peakMb, posts, pages, tags, authors }));
}

if (process.argv.includes('--run')) {
  await runImport();
} else {
  const bytes = await prepare();
  console.log(`generated a Ghost 5.x export of ${POSTS} posts (${(bytes / 1e6).toFixed(1)} MB) and ${IMAGES} images`);
  const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--run'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) process.exit(child.status ?? 1);
  const result = ImportFiguresSchema.parse(JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}'));
  console.log(
    `imported ${result.posts} posts and ${result.pages} pages (${result.tags} tags, ${result.authors} authors) in ` +
      `${result.seconds.toFixed(1)} s, peak memory ${Math.round(result.peakMb)} MB (target ≤ 20 s, ≤ 1024 MB)`,
  );
}
