/** The content's own images (`images/x.jpg` in the content folder), which the dev server and the build publish. */
import type { Content } from '../../src/build/view-model/catalogue.ts';
import type { ImageUrlResolver } from '../../src/build/view-model/enhance-image.ts';
import { isContentPath } from '../../src/build/content/schema.ts';

/** Every content image path the content points to, once each. */
export function contentImagePaths(content: Content): string[] {
  const sources = [
    ...content.authors.map((author) => author.avatar?.src),
    ...content.articles.flatMap((article) => [
      article.image?.src,
      ...article.body.map((block) => (typeof block !== 'string' && block.type === 'image' ? block.src : undefined)),
    ]),
  ];
  return [...new Set(sources.filter((src): src is string => src !== undefined && isContentPath(src)))];
}

/** Each content image's address from `urls`; any other source (an https URL) is left as it is. */
export function imageUrlResolver(urls: ReadonlyMap<string, string>): ImageUrlResolver {
  return (src) => urls.get(src) ?? src;
}
