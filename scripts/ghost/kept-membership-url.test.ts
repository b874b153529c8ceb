import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, expect, test } from 'vitest';

import { keptMembershipUrl } from './kept-membership-url.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'kept-membership-url-test-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function folderWith(name: string, site: string | null): string {
  const out = mkdtempSync(path.join(scratch, `${name}-`));
  if (site !== null) writeFileSync(path.join(out, 'site.json'), site);
  return out;
}

test('a checked membershipUrl is kept, even when the rest of site.json fails the check', () => {
  const out = folderWith('kept', JSON.stringify({ title: '', membershipUrl: 'https://news.example.org/join' }));
  expect(keptMembershipUrl(out)).toEqual({
    url: 'https://news.example.org/join',
    message: `membershipUrl "https://news.example.org/join" kept from ${path.join(out, 'site.json')}`,
  });
});

test('a membershipUrl the content check refuses is not kept, and the report says why', () => {
  const out = folderWith('refused', JSON.stringify({ membershipUrl: 'javascript:alert(1)' }));
  expect(keptMembershipUrl(out)).toEqual({
    url: null,
    message: `membershipUrl "javascript:alert(1)" in ${path.join(out, 'site.json')} not kept: "javascript:alert(1)" is not an absolute http(s): or mailto: URL`,
  });
});

test('no site.json, unreadable JSON or no membershipUrl: nothing to keep, nothing to say', () => {
  for (const site of [null, '{"title": ', '{"title": "A"}'])
    expect(keptMembershipUrl(folderWith('none', site))).toEqual({ url: null, message: null });
});
