import { initials } from '../lib/initials.ts';
import type { ImageView } from '../lib/content/model.ts';
import { avatarSizes } from '../lib/images/image-sizes.ts';
import { Picture } from './picture.tsx';

type AuthorAvatarProps = { name: string; avatar: ImageView | null; size: 'small' | 'large' };

const SIZES = { small: 'size-9 text-sm', large: 'size-16 text-xl' } as const;

/**
 * The author's photo, or their initials in a circle. Decorative: the name is always beside it. Variants at 1× and
 * 2× the circle (src/build/images/plan-variants.ts), chosen by `sizes`.
 */
export function AuthorAvatar({ name, avatar, size }: AuthorAvatarProps) {
  if (avatar?.file != null) {
    return (
      <Picture
        file={avatar.file}
        sizes={avatarSizes(size, avatar.width, avatar.height)}
        alt=""
        width={avatar.width}
        height={avatar.height}
        priority={false}
        tone={avatar.tone}
        className={`${SIZES[size]} block shrink-0`}
        imageClassName="block size-full rounded-full object-cover"
      />
    );
  }
  return (
    <span aria-hidden="true" className={`${SIZES[size]} initials`}>
      {initials(name)}
    </span>
  );
}
