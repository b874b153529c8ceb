import { expect, test, vi } from 'vitest';

import { recordCommitted } from './kept-files.ts';

test('a record that cannot be written after the commit is a warning naming it, and the others are still written', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const written: string[] = [];
  try {
    recordCommitted([
      [
        "the feeds' cache",
        () => {
          throw new Error('ENOSPC: no space left on device');
        },
      ],
      ["the data files' record", () => written.push('data')],
    ]);
    expect(written).toEqual(['data']);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/the feeds' cache .*could not be written \(ENOSPC/));
  } finally {
    warn.mockRestore();
  }
});
