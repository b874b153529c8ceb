/** Ghost's tag and author records, as both inputs give them, turned into the importer's source model. */
import type { GhostAuthor, GhostTag } from './ghost-schemas.ts';
import type { SourceAuthor, SourceTag } from './source-model.ts';

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

export function sourceTag(tag: GhostTag): SourceTag {
  return {
    id: tag.id,
    slug: tag.slug,
    name: tag.name,
    description: text(tag.description),
    // Ghost marks internal tags both ways: the name starts with "#", and visibility is "internal" (slug "hash-…").
    internal: tag.visibility === 'internal' || tag.name.startsWith('#'),
  };
}

export function sourceAuthor(author: GhostAuthor): SourceAuthor {
  return {
    id: author.id,
    slug: author.slug,
    name: author.name,
    bio: text(author.bio),
    profileImage: text(author.profile_image),
    social: {
      website: text(author.website),
      facebook: text(author.facebook),
      twitter: text(author.twitter),
      instagram: text(author.instagram),
      linkedin: text(author.linkedin),
      threads: text(author.threads),
      bluesky: text(author.bluesky),
      mastodon: text(author.mastodon),
      tiktok: text(author.tiktok),
      youtube: text(author.youtube),
    },
  };
}

export { text as nonEmptyText };
