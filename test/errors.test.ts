import { describe, expect, test } from 'vitest';
import { printable } from '../src/errors.js';

describe('printable', () => {
  test('shows a line’s control characters as escapes, tabs kept', () => {
    expect(printable('a\nb\r\u001b[2Jc\u0000\u009b\td')).toBe('a\\nb\\r\\u001b[2Jc\\u0000\\u009b\td');
  });

  test('keeps a block’s line breaks, \\r\\n too, and escapes the rest, a lone \\r among them', () => {
    expect(printable('one\ntwo\r\nthree\rfour\u001b[31m\u007f', true)).toBe('one\ntwo\r\nthree\\rfour\\u001b[31m\\u007f');
    expect(printable('\u000b\u000c\u0008', true)).toBe('\\u000b\\u000c\\u0008');
  });

  test('gives a block with nothing to escape back as it is', () => {
    const text = 'Olá, mundo\n\tcom acentos: ç ã é — “aspas”\r\n';
    expect(printable(text, true)).toBe(text);
    expect(printable('como_dormir_bem.md')).toBe('como_dormir_bem.md');
  });
});
