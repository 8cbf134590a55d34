import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { LyfeError } from '../../src/errors.js';
import { resolvePluginOptions } from '../../src/plugin/options.js';
import lyfe from '../../src/plugin/vite.js';

const root = path.resolve('/projects/app');
const file = (relative: string): string => path.join(root, relative);

describe('plugin options', () => {
  test('defaults: packages/ and node_modules/.cache/lyfe-kt under the project root, records in the cache, failing on invalid', () => {
    const options = resolvePluginOptions({}, root, {});
    expect(options).toMatchObject({
      schemaVersion: '1.1',
      packageDir: file('packages'),
      cacheDir: file('node_modules/.cache/lyfe-kt'),
      logDir: file('node_modules/.cache/lyfe-kt/logs'),
      failOnInvalid: true,
    });
    expect(options.isLessonFile(file('anything/at/all.md'))).toBe(true);
    expect(resolvePluginOptions({}, root, { LYFE_KT_LOG_DIR: '/var/log/lyfe' }).logDir).toBe(path.resolve('/var/log/lyfe'));
    expect(resolvePluginOptions({ packageDir: '/out', cacheDir: '.cache' }, root, {})).toMatchObject({ packageDir: path.resolve('/out'), cacheDir: file('.cache') });
  });

  test('include and exclude: globs relative to the root, RegExps on the absolute path, exclusions first', () => {
    const options = resolvePluginOptions({ include: ['content/**/*.md', /extra\.md$/], exclude: '**/drafts/**' }, root, {});
    expect(options.isLessonFile(file('content/sleep.md'))).toBe(true);
    expect(options.isLessonFile(file('content/deep/er/focus.md'))).toBe(true);
    expect(options.isLessonFile(file('content/drafts/wip.md'))).toBe(false);
    expect(options.isLessonFile(file('notes/sleep.md'))).toBe(false);
    expect(options.isLessonFile(file('notes/extra.md'))).toBe(true);
    expect(options.isLessonFile('/elsewhere/content/sleep.md')).toBe(false);

    const single = resolvePluginOptions({ include: './content/{sleep,focus}.md' }, root, {});
    expect(['sleep', 'focus', 'other'].map((name) => single.isLessonFile(file(`content/${name}.md`)))).toEqual([true, true, false]);
  });

  test.each(['/projects/App (1)', '/projects/[a]/app', '/projects/{x,y} *?!'])('include and exclude globs still match under a root with glob syntax in its path: %s', (dir) => {
    const special = path.resolve(dir);
    const options = resolvePluginOptions({ include: 'content/**/*.md', exclude: 'content/drafts/*.md' }, special, {});
    expect(options.isLessonFile(path.join(special, 'content', 'sleep.md'))).toBe(true);
    expect(options.isLessonFile(path.join(special, 'content', 'drafts', 'wip.md'))).toBe(false);
    expect(options.isLessonFile(path.join(special, 'notes', 'sleep.md'))).toBe(false);
  });

  test('bad values fail at config time, saying what to use', () => {
    expect(() => resolvePluginOptions({ schemaVersion: '2.0' as never }, root, {})).toThrow(/schemaVersion "2.0" is not a supertask schema version/);
    expect(() => resolvePluginOptions({ provider: 'anthropic' as never }, root, {})).toThrow(/provider "anthropic" is not an LLM provider/);
  });

  test('values of another type, which a JavaScript config can give, fail at config time naming the option', () => {
    const refused = (options: Record<string, unknown>): string => {
      try {
        resolvePluginOptions(options as never, root, {});
      } catch (error) {
        return (error as LyfeError).oneLine();
      }
      return 'taken';
    };
    expect(refused({ failOnInvalid: 'false' })).toBe('failOnInvalid "false" is not true or false. Give failOnInvalid as true or false, or leave it out');
    expect(refused({ include: null })).toBe("include null is not a glob, a RegExp or a list of them. Give include as 'content/**/*.md', /\.md$/ or a list of such, or leave it out");
    expect(refused({ exclude: ['drafts/**', 5] })).toMatch(/^exclude \["drafts\/\*\*",5\] is not a glob, a RegExp or a list of them/);
    expect(refused({ packageDir: 5 })).toBe('packageDir 5 is not a string. Give packageDir as a string, or leave it out');
    expect(refused({ logDir: false })).toMatch(/^logDir false is not a string/);
    expect(refused({ model: ['gpt-4o'] })).toMatch(/^model \["gpt-4o"\] is not a string/);
    expect(refused({ include: ['content/**', /extra\.md$/], exclude: 'drafts/**', failOnInvalid: false, cacheDir: '.cache' })).toBe('taken');
  });

  test('a bad value fails the plugin where the config creates it, with the fix: bundlers show the message alone', () => {
    expect(() => lyfe({ schemaVersion: '2.0' as never })).toThrow("[lyfe-kt] schemaVersion \"2.0\" is not a supertask schema version. Use one of '1.0', '1.1'");
    expect(() => lyfe({ failOnInvalid: 'no' as never })).toThrow('[lyfe-kt] failOnInvalid "no" is not true or false. Give failOnInvalid as true or false, or leave it out');
  });
});
