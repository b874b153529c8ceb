import { describe, expect, it } from 'vitest';

import { embedPlayer } from './embed-player.ts';

describe('embedPlayer', () => {
  it('plays YouTube from its no-cookie host, whichever address the content gives', () => {
    const player = { provider: 'YouTube', src: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1' };
    expect(embedPlayer('https://www.youtube.com/watch?v=dQw4w9WgXcQ')).toEqual(player);
    expect(embedPlayer('https://youtu.be/dQw4w9WgXcQ')).toEqual(player);
    expect(embedPlayer('https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=42')).toEqual(player);
    expect(embedPlayer('https://www.youtube.com/shorts/dQw4w9WgXcQ')).toEqual(player);
    expect(embedPlayer('https://www.youtube.com/embed/dQw4w9WgXcQ')).toEqual(player);
  });

  it('plays Vimeo with tracking off', () => {
    expect(embedPlayer('https://vimeo.com/76979871')).toEqual({
      provider: 'Vimeo',
      src: 'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1',
    });
  });

  it('leaves every other address a link, and a malformed video id too', () => {
    expect(embedPlayer('https://x.com/kyivindependent/status/1')).toBeNull();
    expect(embedPlayer('https://www.youtube.com/watch?v=short')).toBeNull();
    expect(embedPlayer('https://www.youtube.com/channel/UC123')).toBeNull();
    expect(embedPlayer('https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ')).toBeNull();
    expect(embedPlayer('https://vimeo.com/channels/staffpicks')).toBeNull();
  });
});
