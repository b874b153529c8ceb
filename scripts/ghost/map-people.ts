/**
 * authors.json and tags.json: the authors of imported posts, with name, slug, bio, profile image and links; the
 * public tags of imported posts. Internal tags (`#name`) are never published.
 */
import { authorLinks } from './author-links.ts';
import type { Author, Image, Tag } from './content-types.ts';
import type { Note } from './draft-blocks.ts';
import type { SourceAuthor, SourceTag } from './source-model.ts';

export function mapTag(tag: SourceTag, slug: string): Tag {
  return { slug, name: tag.name.trim() || slug, ...(tag.description === null ? {} : { description: tag.description }) };
}

export function mapAuthor(author: SourceAuthor, slug: string, avatar: Image | null, note: Note): Author {
  const { links, dropped } = authorLinks(author.social);
  for (const link of dropped) note(`${link} is not a link: left out`);
  return {
    slug,
    name: author.name.trim() || slug,
    ...(author.bio === null ? {} : { bio: author.bio }),
    ...(avatar === null ? {} : { avatar }),
    ...(links.length === 0 ? {} : { links }),
  };
}
