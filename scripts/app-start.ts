/**
 * The app starts once the browser has painted the prerendered page, not
 * while it is still reading it. Vite's page asks for the app's JavaScript in
 * <head>, so on a slow phone ~110 KB of script shares the connection with
 * the HTML and the lead photo before the reader sees a word, although the
 * page needs none of it to be read.
 *
 * The prerender therefore moves the app's module script and modulepreloads,
 * with the page's own view chunk, into an inert <template> at
 * the end of <body>. A small script, the same on every page, inserts them
 * once the page has painted; the browser then fetches them all at once, and
 * hydration proceeds as before. With JavaScript off, nothing is fetched at
 * all. The script is part of the early script every page links in <head>
 * (early-script.ts), so it waits for the parser to reach the template too.
 */
import { escapeHtml } from '../src/build/seo/render-head.ts';

/** Where each page's own files go, inside the template. */
export const APP_FILES_SLOT = '<!--app-files-->';

/** The element index.html mounts the app in: prerendered pages fill it, and a page's island follows it. */
export const APP_ROOT = '<div id="root"></div>';

/**
 * Inserts the template's tags once the browser reports that it has painted
 * content (Paint Timing's first-contentful-paint). Until issue 14 it waited a
 * frame more, which cost up to 0.7 s on a throttled phone, whose frames come
 * late. Not sooner: Lighthouse's simulation counts every request that ends
 * before the largest paint towards it, whatever its priority, so fetching
 * the app while the page is parsed (tried: the app ran 0.3 s sooner) scored
 * 97–99 with a simulated LCP of 1.8 s. requestAnimationFrame runs before a
 * frame is drawn; a timeout set from it runs after. Where Paint Timing is
 * missing, two frames after parsing ends. A tab opened in the background
 * paints nothing, so its app waits until the reader looks at it. A browser
 * may paint before it has read the whole page: then the start waits for the
 * end of parsing (DOMContentLoaded), when the template is there.
 */
export const START_SCRIPT = [
  '(function(){var d=document;',
  "function start(){if(d.readyState==='loading'){d.addEventListener('DOMContentLoaded',start);return}var t=d.getElementById('app-start');if(t)d.head.append(d.importNode(t.content,true))}",
  'function afterFrame(f){requestAnimationFrame(function(){setTimeout(f)})}',
  'var P=window.PerformanceObserver;',
  "if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf('paint')>=0){",
  "var o=new P(function(list){if(list.getEntriesByName('first-contentful-paint').length>0){o.disconnect();start()}});",
  "o.observe({type:'paint',buffered:true})",
  '}else afterFrame(function(){afterFrame(start)})',
  '})()',
].join('');

const MODULE_SCRIPT = /[ \t]*<script type="module"[^>]*><\/script>\n?/g;
const MODULE_PRELOAD = /[ \t]*<link rel="modulepreload"[^>]*>\n?/g;

/**
 * The built page template with its module script and modulepreloads moved
 * from <head> into the `app-start` template, behind the slot for each page's
 * files. START_SCRIPT, in the early script, inserts them.
 */
export function deferAppStart(html: string): string {
  const tags = [...html.matchAll(MODULE_PRELOAD), ...html.matchAll(MODULE_SCRIPT)].map((match) => match[0].trim());
  if (!tags.some((tag) => tag.startsWith('<script')))
    throw new Error("the built index.html has no module script: can't defer the app's start");
  const head = html.replace(MODULE_SCRIPT, '').replace(MODULE_PRELOAD, '');
  const start = `<template id="app-start">${APP_FILES_SLOT}${tags.join('')}</template>`;
  return head.replace('</body>', () => `  ${start}\n  </body>`);
}

/**
 * A page's own files (its view's chunk), for the slot. Its data needs none: it is in the page
 * (src/lib/content/page-island.ts).
 */
export function renderAppFiles(modules: readonly string[]): string {
  return modules.map((href) => `<link rel="modulepreload" href="${escapeHtml(href)}">`).join('');
}
