import { initials } from '../lib/initials.ts';
import type { ImageView } from '../lib/content/model.ts';

type AuthorAvatarProps = { name: string; avatar: ImageView | null; size: 'small' | 'large' };

const SIZES = { small: 'size-9 text-sm', large: 'size-16 text-xl' } as const;

/** The author's photo, or their initials in a circle. Decorative: the name is always beside it. */
export function AuthorAvatar({ name, avatar, size }: AuthorAvatarProps) {
  if (avatar?.src) {
    return (
      <img
        src={avatar.src}
        alt=""
        width={avatar.width}
        height={avatar.height}
        className={`${SIZES[size]} shrink-0 rounded-full object-cover`}
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      className={`${SIZES[size]} inline-flex shrink-0 items-center justify-center rounded-full bg-ink font-sans font-semibold text-paper`}
    >
      {initials(name)}
    </span>
  );
}
