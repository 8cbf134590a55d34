import { describe, expect, it } from 'vitest';
import { packageFolderName, packageTitle, sanitizeTitle } from '../../src/package/title.js';

const NOW = new Date('2025-01-18T17:30:45.123Z');

describe('package title', () => {
  it('is the given title, made safe as a folder name', () => {
    expect(packageTitle('naval supertask', [])).toBe('naval-supertask');
    expect(sanitizeTitle('../../etc/passwd')).toBe('etc-passwd');
    expect(sanitizeTitle('a/b\\c')).toBe('a-b-c');
    expect(sanitizeTitle('x..y')).toBe('x.y');
    expect(sanitizeTitle('bell\u0007tab\tnew\nline')).toBe('bell-tab-new-line');
    expect(sanitizeTitle('Solidão: crônica')).toBe('Solidão-crônica');
    expect(sanitizeTitle('x'.repeat(200))).toHaveLength(80);
  });

  it('refuses a title with nothing usable in it', () => {
    for (const bad of ['..', '/', '../..', '\u0000\u0001', '   ']) expect(() => sanitizeTitle(bad)).toThrow(/no usable characters/);
  });

  it('is else the common prefix of the output names', () => {
    expect(packageTitle(undefined, ['naval_supertask_beginner.json', 'naval_supertask_advanced.json'])).toBe('naval_supertask');
    expect(packageTitle(undefined, ['como_dormir_bem_filled_template_beginner.json', 'como_dormir_bem_filled_template_advanced.json'])).toBe('como_dormir_bem');
    expect(packageTitle(undefined, ['solo.json'])).toBe('solo');
  });

  it("is the article's name when one of its levels was not generated (its call failed), not the name of the output left", () => {
    expect(packageTitle(undefined, ['sono_filled_template_beginner.json'])).toBe('sono');
    expect(packageTitle(undefined, ['naval_supertask_advanced.json'])).toBe('naval_supertask');
    expect(packageTitle(undefined, ['sono_filled_template_beginner.json', 'sono_filled_template_advanced.json', 'sono_extra_filled_template_beginner.json'])).toBe('sono');
  });

  it('is else content, dated by its folder: content-YYYY-MM-DD-HH-MM', () => {
    expect(packageTitle(undefined, [])).toBe('content');
    expect(packageTitle(undefined, ['a_beginner.json', 'b_beginner.json'])).toBe('content');
    expect(packageFolderName(packageTitle(undefined, []), NOW)).toBe('content-2025-01-18-17-30');
  });

  it('gets the minute and a suffix for the second package of that minute', () => {
    expect(packageFolderName('naval', NOW)).toBe('naval-2025-01-18-17-30');
    expect(packageFolderName('naval', NOW, 2)).toBe('naval-2025-01-18-17-30-2');
  });
});
