import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkDeviceName, checkSyncFolder, deviceRenameSchema, suggestDeviceName } from '../../../../src/domain/sync/sync-settings';

describe('device names', () => {
  it.each([
    ['Phone', null],
    ['  Laptop  ', null],
    ['', /Give this device a name/],
    ['   ', /Give this device a name/],
    ['x'.repeat(61), /60 characters or fewer/],
    ['😀'.repeat(60), null],
    ['two\nlines', /control characters/],
  ])('%j', (name, expected) => {
    const problem = checkDeviceName(name);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  it('stores the name trimmed', () => {
    expect(v.parse(deviceRenameSchema, { name: '  Desk laptop ' })).toEqual({ name: 'Desk laptop' });
  });

  it.each([
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)', 'iPhone'],
    ['Mozilla/5.0 (Linux; Android 15; Pixel 9) Mobile Safari', 'Android phone'],
    ['Mozilla/5.0 (Linux; Android 15; SM-X710) Safari', 'Android tablet'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)', 'Mac'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'Windows computer'],
    ['Mozilla/5.0 (X11; Linux x86_64)', 'Linux computer'],
    ['curl/8', 'This device'],
  ])('suggests a name from %s', (agent, name) => {
    expect(suggestDeviceName(agent)).toBe(name);
  });
});

describe('the sync folder', () => {
  it.each([
    ['healthcare-ai-roadmap-tracker', 'healthcare-ai-roadmap-tracker'],
    [' /apps/tracker/ ', 'apps/tracker'],
    ['My files // tracker', 'My files/tracker'],
  ])('accepts %j as %j', (text, folder) => {
    expect(checkSyncFolder(text)).toEqual({ ok: true, folder });
  });

  it.each([
    ['', /Enter a folder name/],
    ['/', /Enter a folder name/],
    ['../other', /“\.” or “\.\.”/],
    ['a/./b', /“\.” or “\.\.”/],
    ['what?', /letters, digits/],
    ['50%', /letters, digits/],
    ['x'.repeat(201), /too long/],
  ])('refuses %j', (text, message) => {
    const result = checkSyncFolder(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
