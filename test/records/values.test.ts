import { expect, test } from 'vitest';
import { countText, plural } from '../../src/records/values.js';

test('countText writes a count as toLocaleString("en-US") does, without ICU for whole numbers', () => {
  const counts = [0, 1, -1, 7, 12, 999, 1000, -1000, 1001, 12_345, 99_999, 100_000, 999_999, 1_000_000, -1_234_567, 2 ** 31, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER];
  for (let n = 1; n < 1e15; n = n * 7 + 3) counts.push(n, -n);
  for (const n of counts) expect(countText(n), String(n)).toBe(n.toLocaleString('en-US'));
});

test('countText gives ICU what is not a safe whole number', () => {
  for (const n of [1234.5678, -0.5, 2 ** 60, 1e21, Number.NaN, Number.POSITIVE_INFINITY]) expect(countText(n), String(n)).toBe(n.toLocaleString('en-US'));
});

test('plural says the count with its noun, one or many', () => {
  expect([plural(0, 'note'), plural(1, 'error'), plural(2, 'warning'), plural(1200, 'supertask'), plural(2, 'child', 'children')]).toEqual([
    '0 notes',
    '1 error',
    '2 warnings',
    '1,200 supertasks',
    '2 children',
  ]);
});
