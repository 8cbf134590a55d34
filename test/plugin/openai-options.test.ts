import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { resolvePluginOptions } from '../../src/plugin/options.js';

const root = path.resolve('/projects/app');

describe('the plugin options of the openai provider', () => {
  test('are the CLI options, under their camelCase names', () => {
    const options = resolvePluginOptions({ model: 'gpt-5-mini', reasoningEffort: 'low', responseFormat: 'json_object', timeout: 30, maxCompletionTokens: 9000 }, root, {});
    expect(options.openai).toEqual({ reasoningEffort: 'low', responseFormat: 'json_object', timeout: 30, maxCompletionTokens: 9000 });
    expect(resolvePluginOptions({}, root, {}).openai).toEqual({});
  });

  test('bad values fail at config time, saying what to use', () => {
    expect(() => resolvePluginOptions({ reasoningEffort: 'huge' as never }, root, {})).toThrow('reasoningEffort "huge" is not one of none, minimal, low, medium, high, xhigh, max');
    expect(() => resolvePluginOptions({ responseFormat: 'xml' as never }, root, {})).toThrow('responseFormat "xml" is not one of auto, json_schema, json_object');
    expect(() => resolvePluginOptions({ timeout: 0 }, root, {})).toThrow('timeout 0 is not a positive whole number');
    expect(() => resolvePluginOptions({ maxCompletionTokens: 1.5 }, root, {})).toThrow('maxCompletionTokens 1.5 is not a positive whole number');
  });
});
