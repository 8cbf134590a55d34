import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { lessonFileOf } from '../../src/plugin/factory.js';
import { lessonModuleCode, type LessonExports } from '../../src/plugin/module-code.js';

/** The module as an ES module engine sees it. */
async function evaluate(code: string): Promise<Record<string, unknown>> {
  return (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as Record<string, unknown>;
}

describe('the lesson module', () => {
  const tricky = 'closes </script> and <!-- opens a comment, breaks\u2028lines\u2029here, "quotes" and \\ backslashes';
  const lesson: LessonExports = {
    beginner: { title: tricky, flexibleItems: [{ type: 'content', content: '</SCRIPT><script>alert(1)</script>' }] },
    advanced: null,
    session: 'sess_2026-11-25_18-13-15_1d473b8f',
    source: 'sleep.md',
  };

  test('is valid ESM whose named and default exports hold the lesson exactly', async () => {
    const module = await evaluate(lessonModuleCode(lesson));
    expect(Object.keys(module).sort()).toEqual(['advanced', 'beginner', 'default', 'session', 'source']);
    expect(module.default).toEqual(lesson);
    expect({ beginner: module.beginner, advanced: module.advanced, session: module.session, source: module.source }).toEqual(lesson);
  });

  test('can be inlined into an HTML <script> and parsed by pre-ES2019 engines: no <, U+2028 or U+2029 in its text', () => {
    const code = lessonModuleCode(lesson);
    expect(code).not.toMatch(/<|\u2028|\u2029/);
    expect(code).toContain('\\u003c/script>');
  });

  test('of a lesson that was not generated exports null levels', async () => {
    const module = await evaluate(lessonModuleCode({ beginner: null, advanced: null, session: null, source: 'sleep.md' }));
    expect(module.default).toEqual({ beginner: null, advanced: null, session: null, source: 'sleep.md' });
  });
});

describe('the content file of a ?supertask import', () => {
  test('is resolved from the importer, without the query of either', () => {
    const importer = path.resolve('/app/src/main.js');
    expect(lessonFileOf('../content/sleep.md?supertask', importer)).toBe(path.resolve('/app/content/sleep.md'));
    expect(lessonFileOf('./sleep.md?supertask', path.resolve('/app/src/App.vue') + '?vue&type=script&lang.ts')).toBe(path.resolve('/app/src/sleep.md'));
    expect(lessonFileOf(`${path.resolve('/app/content/sleep.md')}?supertask`, undefined)).toBe(path.resolve('/app/content/sleep.md'));
  });

  test('on Windows, from importers with backslashes (webpack) or forward slashes (Vite)', () => {
    expect(lessonFileOf('../content/sleep.md?supertask', 'C:\\app\\src\\main.js', path.win32)).toBe('C:\\app\\content\\sleep.md');
    expect(lessonFileOf('../content/sleep.md?supertask', 'C:/app/src/main.js', path.win32)).toBe('C:\\app\\content\\sleep.md');
    expect(lessonFileOf('C:\\app\\content\\sleep.md?supertask', undefined, path.win32)).toBe('C:\\app\\content\\sleep.md');
  });

  test('is left to the bundler for aliases, packages, virtual modules and imports from them', () => {
    expect(lessonFileOf('@content/sleep.md?supertask', '/app/src/main.js')).toBeNull();
    expect(lessonFileOf('lessons-pkg/sleep.md?supertask', '/app/src/main.js')).toBeNull();
    expect(lessonFileOf('\0virtual:sleep.md?supertask', '/app/src/main.js')).toBeNull();
    expect(lessonFileOf('./sleep.md?supertask', '\0virtual:entry')).toBeNull();
    expect(lessonFileOf('./sleep.md?supertask', undefined)).toBeNull();
  });
});
