import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REDACTED, redactEchoes, redactText, redactValue, refreshSecrets } from '../../src/records/redact.js';

/** Planted in the environment for the duration of each test. */
const PLANTED: Record<string, string> = {
  LYFE_TEST_API_KEY: 'planted-key-value-4711',
  LYFE_TEST_ACCESS_TOKEN: 'planted.token.value.0815',
  LYFE_TEST_CLIENT_SECRET: 'planted-secret-value-42',
  LYFE_TEST_DB_PASSWORD: 'hunter2-but-longer',
  LYFE_TEST_AUTH_HEADER_VALUE: 'planted-auth-value-99',
  // Secret-looking names whose values are too short to redact safely.
  LYFE_TEST_SHORT_TOKEN: 'abc123',
  // Not a secret name: its value stays.
  LYFE_TEST_REGION: 'eu-central-west-1',
};

const OPENAI_KEY = 'sk-proj-AbCdEf0123456789GhIjKlMn_op-QrSt';
const GITHUB_TOKENS = [
  'ghp_0123456789abcdefABCDEF0123456789abcd',
  'gho_0123456789abcdefABCDEF0123456789abcd',
  'ghs_0123456789abcdefABCDEF0123456789abcd',
  'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTU',
];
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJsIn0.c2lnbmF0dXJl';

let saved: Record<string, string | undefined>;

beforeEach(() => {
  saved = Object.fromEntries(Object.keys(PLANTED).map((name) => [name, process.env[name]]));
  Object.assign(process.env, PLANTED);
  refreshSecrets();
});

afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  refreshSecrets();
});

describe('redactText', () => {
  it.each(Object.entries(PLANTED).slice(0, 5))('removes the value of %s wherever it appears', (_name, value) => {
    expect(redactText(`before ${value} after`)).toBe(`before ${REDACTED} after`);
    expect(redactText(`${value}${value}`)).toBe(`${REDACTED}${REDACTED}`);
  });

  it('leaves short values of secret-looking variables and values of other variables alone', () => {
    expect(redactText('code abc123 in eu-central-west-1')).toBe('code abc123 in eu-central-west-1');
  });

  it('sees a variable set after the first redaction only after refreshSecrets()', () => {
    expect(redactText('late-secret-value-777')).toBe('late-secret-value-777');
    process.env.LYFE_TEST_LATE_TOKEN = 'late-secret-value-777';
    try {
      refreshSecrets();
      expect(redactText('late-secret-value-777')).toBe(REDACTED);
    } finally {
      delete process.env.LYFE_TEST_LATE_TOKEN;
    }
  });

  it('removes OpenAI keys', () => {
    expect(redactText(`key=${OPENAI_KEY}.`)).toBe(`key=${REDACTED}.`);
    expect(redactText('sk-0123456789abcdefghijklmn')).toBe(REDACTED);
  });

  it.each(GITHUB_TOKENS)('removes the GitHub token %s', (token) => {
    expect(redactText(`token: ${token} (expires)`)).toBe(`token: ${REDACTED} (expires)`);
  });

  it('removes bearer tokens, whatever the case of the scheme', () => {
    expect(redactText(`sent Bearer ${JWT} to the server`)).toBe(`sent ${REDACTED} to the server`);
    expect(redactText(`sent bearer ${JWT}`)).toBe(`sent ${REDACTED}`);
    expect(redactText('Basic dXNlcjpwYXNzd29yZDEyMw==')).toBe(REDACTED);
  });

  it('removes Authorization header values and keeps the header name', () => {
    expect(redactText(`Authorization: Bearer ${JWT}`)).toBe(`Authorization: ${REDACTED}`);
    expect(redactText('authorization: token0123456789')).toBe(`authorization: ${REDACTED}`);
    expect(redactText(`{"Authorization":"Bearer ${JWT}","accept":"application/json"}`)).toBe(
      `{"Authorization":"${REDACTED}","accept":"application/json"}`,
    );
  });

  it('keeps prose after "Authorization:" that holds no credential, so that a lesson replays as written', () => {
    const content = 'Delegation vs. authorization: know the difference. Step 2 - Authorization: the manager signs the form. Authorization=ok';
    expect(redactText(content)).toBe(content);
    expect(redactText('AUTHORIZATION=Bearer\nabcdefghijk123')).toBe(`AUTHORIZATION=${REDACTED}`);
    expect(redactText('authorization: 0123456789abcdef0123456789abcdef')).toBe(`authorization: ${REDACTED}`);
    expect(redactText(`Proxy-Authorization: Digest ${JWT}, realm`)).toBe(`Proxy-Authorization: ${REDACTED}, realm`);
  });

  it('removes credential pairs quoted inside a JSON string (a JSON reply quoting its article), keeping the string JSON', () => {
    const quoted = (text: string): string => JSON.stringify({ tip: text });
    const reply = quoted('Our file had {"password": "Hunter2Secret99"}, {"api_key":"Zx81kQ0pLm27Vb"} and {"Authorization": "0123456789abcdef0123456789abcdef"}.');
    const redacted = redactText(reply);
    expect(redacted).toBe(quoted(`Our file had {"password": "${REDACTED}"}, {"api_key":"${REDACTED}"} and {"Authorization": "${REDACTED}"}.`));
    expect(JSON.parse(redacted)).toBeTypeOf('object');
  });

  it('removes credentials right after an escape in JSON text, as a model reply that puts one on a line of its own holds it', () => {
    // The reply is recorded as the text the model sent: before the key stands the letter of an escape (`\n`), not a line break.
    const credentials = [OPENAI_KEY, ...GITHUB_TOKENS, 'AKIAIOSFODNN7EXAMPLE', 'xoxb-0123456789-abcdefABCDEF', `Bearer ${JWT}`].map((text) => [text, REDACTED]);
    for (const [credential, redacted] of [...credentials, ['api_key=Zx81kQ0pLm27Vb', `api_key=${REDACTED}`], ['https://ana:s3cret-pass@example.com', `https://${REDACTED}@example.com`]]) {
      for (const escaped of ['\n', '\t', '\r\n', '\u001b']) {
        const reply = JSON.stringify({ tip: `Our config:${escaped}${credential}` });
        expect(redactText(reply), reply).toBe(JSON.stringify({ tip: `Our config:${escaped}${redacted}` }));
      }
    }
  });

  it('removes a credential passed in a URL query, keeping the name of the parameter and the rest of the URL', () => {
    const google = 'AIzaSyD-EXAMPLEexample0123456789abcdEF';
    expect(redactText(`GET https://generativelanguage.googleapis.com/v1/models?key=${google} failed`)).toBe(
      `GET https://generativelanguage.googleapis.com/v1/models?key=${REDACTED} failed`,
    );
    expect(redactText('https://api.example.com/v1?page=2&token=abcDEF1234567890xyz&lang=pt.')).toBe(`https://api.example.com/v1?page=2&token=${REDACTED}&lang=pt.`);
    expect(redactText(`https://api.example.com/v1?api_key=${OPENAI_KEY}&lang=pt`)).toBe(`https://api.example.com/v1?api_key=${REDACTED}&lang=pt`);
    expect(redactText('https://api.example.com/v1?key=Zx81kQ0pLm27Vb#top')).toBe(`https://api.example.com/v1?key=${REDACTED}#top`);
    expect(redactText('https://api.example.com/cb?state=ok&access_token=ya29.a0AfH6SMBx-0123456789')).toBe(`https://api.example.com/cb?state=ok&access_token=${REDACTED}`);
    expect(redactText('https://acct.blob.core.windows.net/c/f.json?sv=2022-11-02&sig=Zx81kQ0pLm27Vb%2Bq%3D')).toBe(
      `https://acct.blob.core.windows.net/c/f.json?sv=2022-11-02&sig=${REDACTED}`,
    );
    expect(redactText('https://s3.amazonaws.com/b/k?X-Amz-Security-Token=FQoGZXIvYXdzEJr0123&X-Amz-Signature=0123abcd4567ef')).toBe(
      `https://s3.amazonaws.com/b/k?X-Amz-Security-Token=${REDACTED}&X-Amz-Signature=${REDACTED}`,
    );
    expect(redactText(`Open https://example.com/auth?refresh_token=${JWT}.`)).toBe(`Open https://example.com/auth?refresh_token=${REDACTED}.`);
  });

  it('keeps query parameters that are not credentials, by name or by value', () => {
    const links = [
      'https://example.com/list?page=2&sort=asc',
      'https://example.com/docs?key=value-words&token=expired',
      'https://example.com/keyboard?keys=Ctrl1&monkey=Abc12345&tokenizer=cl100k',
      'Q&A: the key=A1 rule, and ?token= left empty.',
    ].join('\n');
    expect(redactText(links)).toBe(links);
  });

  it('removes a JSON Web Token standing alone, without a Bearer before it', () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
    expect(redactText(`the session was ${token}.`)).toBe(`the session was ${REDACTED}.`);
    expect(redactText(JSON.stringify({ id_token: token, note: `renewed:\n${token}` }))).toBe(JSON.stringify({ id_token: REDACTED, note: `renewed:\n${REDACTED}` }));
    // Unsigned (`"alg":"none"`), its third part is empty: the token ends with its dot.
    expect(redactText('claims eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0. in the log')).toBe(`claims ${REDACTED} in the log`);
    const prose = 'heyJude.eyJ.a: the eyJ prefix, eyJhbGciOiJIUzI1NiJ9 (a header alone) and keyJar.eyJx.y stay.';
    expect(redactText(prose)).toBe(prose);
  });

  it('removes secrets inside error texts', () => {
    const message = `401 Incorrect API key provided: ${OPENAI_KEY}. You can find your API key at https://platform.openai.com/account/api-keys.`;
    expect(redactText(message)).toBe(
      `401 Incorrect API key provided: ${REDACTED}. You can find your API key at https://platform.openai.com/account/api-keys.`,
    );
  });

  it('leaves content without secrets untouched, including words that start like token schemes', () => {
    const content = [
      'Basic breathing exercises help you fall asleep. Basic well-being starts with rest.',
      'The bearer of bad news is not the problem.',
      'Ask questions, take risks: task-oriented people skip sleep.',
      'A solidão é uma crônica: dormir bem exige rotina, às 22h00.',
      'Skills: sk-learn, gh_pages, estimatedDuration 300, tokens 1200.',
      'https://example.com/guide?lang=pt-BR#sleep',
    ].join('\n');
    expect(redactText(content)).toBe(content);
  });

  it('takes only base64 after "Basic" as a credential: a lesson\'s "Basic 10-minute routine" stays, and so replays as written', () => {
    const content = 'Basic 10-minute stretching routine. Basic Covid-19 hygiene: wash your hands. Basic step-by-step2 plan.';
    expect(redactText(content)).toBe(content);
    expect(redactText(`sent Basic ${Buffer.from('ana:Correct9Horse').toString('base64')}, then retried`)).toBe(`sent ${REDACTED}, then retried`);
    expect(redactText(`refused Basic ${Buffer.from('ana:Correct9Horse').toString('base64')}.`)).toBe(`refused ${REDACTED}.`);
    expect(redactText('"Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="')).toBe(`"${REDACTED}"`);
  });

  it('finds the user part of a URL and every other shape after links without one', () => {
    const links = 'Schema: http://json-schema.org/draft-07/schema# and https://example.com/a?b=c#d. ';
    expect(redactText(`${links}Fetch https://ana:s3cret-pass@example.com/x`)).toBe(`${links}Fetch https://${REDACTED}@example.com/x`);
    expect(redactText(`${links}api_key=Zx81kQ0pLm27Vb`)).toBe(`${links}api_key=${REDACTED}`);
    expect(redactText(`${links}sent Bearer ${JWT}`)).toBe(`${links}sent ${REDACTED}`);
  });
});

describe('redactValue', () => {
  it('redacts every string of nested data, messages and responses included, without changing the input', () => {
    const attempt = {
      call_id: 'call_0123456789ab',
      messages: [
        { role: 'system', content: 'You are Ari.' },
        { role: 'user', content: `Source text. Debug: ${PLANTED.LYFE_TEST_API_KEY}` },
      ],
      response: `{"title":"Dormir bem","note":"${GITHUB_TOKENS[0]}"}`,
      usage: { prompt_tokens: 120, completion_tokens: 30, total_tokens: 150 },
      params: { temperature: 0.3, max_tokens: 900 },
      nested: { deeper: [[`Bearer ${JWT}`], { ok: true, count: 3, none: null }] },
    };
    const copy = structuredClone(attempt);

    const redacted = redactValue(attempt);

    expect(redacted).toEqual({
      ...attempt,
      messages: [attempt.messages[0], { role: 'user', content: `Source text. Debug: ${REDACTED}` }],
      response: `{"title":"Dormir bem","note":"${REDACTED}"}`,
      nested: { deeper: [[REDACTED], { ok: true, count: 3, none: null }] },
    });
    expect(attempt).toEqual(copy);
  });

  it('blanks fields named like credentials, whatever their value', () => {
    const headers = { Authorization: 'opaque', 'x-api-key': 'short', apiKey: 'k', token: 't0', password: 'pw', secret: 's', accept: 'json' };
    expect(redactValue({ headers })).toEqual({
      headers: { Authorization: REDACTED, 'x-api-key': REDACTED, apiKey: REDACTED, token: REDACTED, password: REDACTED, secret: REDACTED, accept: 'json' },
    });
  });

  it('blanks a field named like a credential by the text it is written as, a boxed string or a toJSON text included', () => {
    expect(redactValue({ token: Object('plain-word-value'), password: { toJSON: () => 'correct horse battery' }, api_key: '' })).toEqual({ token: REDACTED, password: REDACTED, api_key: '' });
  });

  it('turns errors into name and redacted message', () => {
    const error = new Error(`request failed: Authorization: Bearer ${JWT} rejected, key ${OPENAI_KEY}`);
    expect(redactValue({ error })).toEqual({ error: { name: 'Error', message: `request failed: Authorization: ${REDACTED} rejected, key ${REDACTED}` } });
  });

  it('copies a deep-frozen object once, and sees every change of anything not frozen', () => {
    const schema = Object.freeze({ description: `Send Bearer ${JWT}`, items: Object.freeze([Object.freeze({ const: 'ok' })]) });
    const first = redactValue({ schema });
    expect(first).toEqual({ schema: { description: `Send ${REDACTED}`, items: [{ const: 'ok' }] } });
    expect(redactValue({ schema }).schema).toBe(first.schema);
    expect(Object.isFrozen(first.schema.items[0])).toBe(true);

    // Frozen on the outside only: its inner object can change, so it is copied every time.
    const shallow = Object.freeze({ inner: { text: 'plain' } });
    expect(redactValue(shallow)).toEqual({ inner: { text: 'plain' } });
    shallow.inner.text = `key ${OPENAI_KEY}`;
    expect(redactValue(shallow)).toEqual({ inner: { text: `key ${REDACTED}` } });

    // Frozen, but with a getter, whose value can still change.
    let current = 'plain';
    const computed = Object.freeze({
      get text() {
        return current;
      },
    });
    expect(redactValue(computed)).toEqual({ text: 'plain' });
    current = `key ${OPENAI_KEY}`;
    expect(redactValue(computed)).toEqual({ text: `key ${REDACTED}` });

    const open = { text: 'plain' };
    expect(redactValue(open)).toEqual({ text: 'plain' });
    open.text = `key ${OPENAI_KEY}`;
    expect(redactValue(open)).toEqual({ text: `key ${REDACTED}` });
  });

  it('redacts a frozen object again after refreshSecrets', () => {
    const frozen = Object.freeze({ text: 'uses late-frozen-secret-123' });
    expect(redactValue(frozen)).toEqual({ text: 'uses late-frozen-secret-123' });
    process.env.LYFE_TEST_LATE_TOKEN = 'late-frozen-secret-123';
    try {
      refreshSecrets();
      expect(redactValue(frozen)).toEqual({ text: `uses ${REDACTED}` });
    } finally {
      delete process.env.LYFE_TEST_LATE_TOKEN;
    }
  });

  it('copies a value as its JSON text holds it, so that the copy is what the text parses to', () => {
    const withToJSON = { toJSON: (key: string) => ({ key, note: 'x' }) };
    const copy = redactValue({ at: new Date(0), gone: undefined, fn() {}, [Symbol('s')]: 1, big: [1, , 3], odd: [Number.NaN, -Infinity, -0], err: new Error('failed with sk-proj-AbCdEf0123456789GhIjKl'), custom: withToJSON, flag: Object(false) });
    expect(copy).toStrictEqual({
      at: '1970-01-01T00:00:00.000Z',
      big: [1, null, 3],
      odd: [null, null, 0],
      err: { name: 'Error', message: `failed with ${REDACTED}` },
      custom: { key: 'custom', note: 'x' },
      flag: false,
    });
    expect(JSON.parse(JSON.stringify(copy))).toStrictEqual(copy);
    expect(redactValue(undefined)).toBeUndefined();
    // A `toJSON` is called once, as JSON calls it: one that returns its own object gives its fields.
    expect(redactValue({ self: { a: 1, toJSON() { return this; } } })).toStrictEqual({ self: { a: 1 } });
    // A frozen object reached through another's `toJSON` is not copied once for later: met itself, its `toJSON` counts.
    const inner = Object.freeze({ b: 2, toJSON: () => 'inner text' });
    expect(redactValue({ outer: { toJSON: () => inner } })).toStrictEqual({ outer: { b: 2 } });
    expect(redactValue({ direct: inner })).toStrictEqual({ direct: 'inner text' });
  });

  it('keeps an own __proto__ field a field, as JSON.parse made it, not the prototype of the copy', () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": true}, "kept": "yes"}') as Record<string, unknown>;
    const copy = redactValue(parsed);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect((copy as { polluted?: boolean }).polluted).toBeUndefined();
    expect(Object.keys(copy)).toEqual(['__proto__', 'kept']);
    expect(JSON.parse(JSON.stringify(copy))).toStrictEqual(copy);
  });

  it('gives copies that read back from their JSON text unchanged, for many random values', () => {
    // A seeded generator (the same values every run) of nested values, JSON's awkward ones among them.
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const leaves: (() => unknown)[] = [
      () => 'plain text',
      () => `key ${OPENAI_KEY}`,
      () => Math.floor(random() * 1000) - 500,
      () => random(),
      () => -0,
      () => Number.NaN,
      () => Infinity,
      () => true,
      () => null,
      () => undefined,
      () => () => 1,
      () => Symbol('s'),
      () => new Date(Math.floor(random() * 1e12)),
      () => new Error('oops'),
      () => Object(7),
      () => Object.freeze({ frozen: 'yes', list: Object.freeze([1, 2]) }),
      () => Object.assign(Object.create(null) as object, { bare: 'no prototype' }),
      () => new URL('https://example.com/a'),
    ];
    const value = (depth: number): unknown => {
      if (depth === 0 || random() < 0.3) return leaves[Math.floor(random() * leaves.length)]();
      const size = Math.floor(random() * 4);
      if (random() < 0.5) return Array.from({ length: size }, () => value(depth - 1));
      return Object.fromEntries(Array.from({ length: size }, (_, index) => [random() < 0.1 ? 'password' : `k${index}`, value(depth - 1)]));
    };
    for (let round = 0; round < 300; round++) {
      const copy = redactValue({ data: value(4) });
      expect(JSON.parse(JSON.stringify(copy))).toStrictEqual(copy);
      expect(JSON.stringify(copy)).not.toContain(OPENAI_KEY);
    }
  });

  it('keeps numbers, booleans and null as they are', () => {
    expect(redactValue({ a: 1, b: false, c: null, d: [0, 'plain'] })).toEqual({ a: 1, b: false, c: null, d: [0, 'plain'] });
  });
});

describe('redactEchoes', () => {
  const key = 'qZ8/xk3+Lp9mWv2Rt7Yb4Nc6';
  it.each([
    ['whole', `bad key ${key}`],
    ['percent-encoded', `bad key ${encodeURIComponent(key)}`],
    ['base64', `bad key ${Buffer.from(key).toString('base64')}`],
    ['base64url', `bad key ${Buffer.from(key).toString('base64url')}`],
    ['in part', `bad key ${key.slice(0, 14)}...`],
    ['split across lines', `bad key ${key.slice(0, 10)}\n${key.slice(10)}`],
  ])('a secret a server quotes %s is redacted', (_, message) => {
    const shown = redactEchoes(message, [key]);
    expect(shown).toMatch(/^bad key \[REDACTED\]/);
    for (let at = 0; at + 8 <= key.length; at++) expect(shown).not.toContain(key.slice(at, at + 8));
  });

  it("redacts the decoded user:password of a Basic value, and the password alone", () => {
    const basic = `Basic ${Buffer.from('alice:Hunter2Secret99').toString('base64')}`;
    expect(redactEchoes('bad credentials alice:Hunter2Secret99', [basic])).toBe('bad credentials [REDACTED]');
    expect(redactEchoes('bad password Hunter2Secret99 for alice', [basic])).toBe('bad password [REDACTED] for alice');
  });

  it('keeps ordinary text, and the parts of a short secret that are not it whole', () => {
    expect(redactEchoes('the collector answered 401 Unauthorized: invalid token', [key])).toBe('the collector answered 401 Unauthorized: invalid token');
    expect(redactEchoes('api-version 2024-10-21T10:00 is not supported', ['2024-10-21'])).toBe('api-version [REDACTED]T10:00 is not supported');
  });
});
