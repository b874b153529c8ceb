/** Authors and tags of the content format → their profiles, with how many articles each has. */
import type { AuthorProfile, TagProfile } from '../../lib/content/model.ts';
import type { Author, Tag } from '../content/schema.ts';
import { paragraphs } from './derive.ts';
import { enhanceImage, type ImageResolver } from './enhance-image.ts';

export function enhanceAuthor(author: Author, articleCount: number, resolveImage: ImageResolver): AuthorProfile {
  return {
    slug: author.slug,
    name: author.name,
    role: author.role ?? null,
    bio: paragraphs(author.bio),
    avatar: author.avatar === undefined ? null : enhanceImage(author.avatar, resolveImage),
    links: author.links ?? [],
    articleCount,
  };
}

export function enhanceTag(tag: Tag, articleCount: number): TagProfile {
  return { slug: tag.slug, name: tag.name, description: tag.description ?? null, articleCount };
}
