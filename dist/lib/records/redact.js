/**
 * Redaction at write time: no secret reaches a record. Secrets are the values of the environment
 * variables that hold credentials, credential shapes wherever they appear (provider keys, bearer
 * tokens, `api_key=` pairs, the user part of a URL), and fields named like credentials. Ordinary
 * values stay: `GIT_AUTHOR_NAME` is not a secret, and an article that names its author keeps the name.
 */
export const REDACTED = '[REDACTED]';
/** Variables that hold a credential whatever their value looks like (action inputs arrive as `INPUT_<NAME>`). */
const KNOWN_SECRET_NAMES = new Set([
    'OPENAI_API_KEY',
    'AZURE_OPENAI_API_KEY',
    'ANTHROPIC_API_KEY',
    'GITHUB_TOKEN',
    'GH_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'NPM_TOKEN',
    'NODE_AUTH_TOKEN',
    'INPUT_OPENAI-API-KEY',
    'INPUT_GITHUB-TOKEN',
]);
/** A whole word of a variable name (split at `_`, `-`, `.`) that says it may hold a credential. */
const SECRET_NAME_WORDS = new Set(['KEY', 'APIKEY', 'TOKEN', 'SECRET', 'PASSWORD', 'PASSWD', 'AUTH', 'CREDENTIAL', 'CREDENTIALS', 'PAT']);
const SECRET_KEY_FIELD = /^(authorization|api[-_]?key|x-api-key|token|password|secret)$/i;
/** Shorter values are too likely to occur in ordinary text to be replaced everywhere. */
const MIN_SECRET_LENGTH = 8;
/**
 * A value that could be a credential: one word, no path, and not a plain word (a digit, or a
 * capital after the first letter). `Ana Souza`, `/run/user/1000/agent.sock` and `enabled` are not.
 */
export function looksLikeCredential(value) {
    return value.length >= MIN_SECRET_LENGTH && !/\s/.test(value) && !/^[/~.]/.test(value) && /\d|.[A-Z]/.test(value);
}
function isSecretName(name) {
    return KNOWN_SECRET_NAMES.has(name.toUpperCase()) || name.toUpperCase().split(/[_.-]+/).some((word) => SECRET_NAME_WORDS.has(word));
}
/**
 * A word after `Bearer`/`Basic` or after `api_key=` is a credential only if it does not read like
 * prose: "Basic breathing", "bearer of" and "password: choose one" stay.
 */
const credentialAfter = (match, head, token) => (looksLikeCredential(token) || /=$/.test(token) ? `${head}${REDACTED}` : match);
/**
 * An `Authorization:` value, a credential (`<key>`) or a scheme and one (`Bearer <token>`), is one
 * if either word looks like a credential: "authorization: know the difference" is prose.
 */
const headerValue = (match, head, first, second = '') => looksLikeCredential(first) || looksLikeCredential(second.trim()) || /=$/.test(second) ? `${head}${REDACTED}` : match;
/**
 * Credential shapes, each with what replaces a match (the header name of an `Authorization:` stays).
 * A pair's quotes may be escaped (`{\"api_key\": \"...\"}` in a JSON reply that quotes a sample): the
 * value ends before the backslash of its closing quote, which stays.
 */
const SHAPES = [
    ...startAfterEscapes([
        [/(Authorization\\?["']?\s*[:=]\s*\\?["']?)([^\s"',}\\]+)(\s+[^\s"',}\\]+)?/gi, headerValue],
        [/\b()Bearer\s+([A-Za-z0-9._~+/=-]{8,})/gi, credentialAfter],
        // A `Basic` credential is base64, a whole word of it: "Basic 10-minute routine" and "Basic Covid-19 hygiene" are prose.
        [/\b()Basic\s+([A-Za-z0-9+/]{8,}={0,2})(?![\w~-])/gi, credentialAfter],
        [/\b((?:api[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret|password|passwd)\\?["']?\s*[:=]\s*\\?["']?)([^\s"',}&\\]{8,})/gi, credentialAfter],
        // A URL query parameter named like a credential (`?key=`, `&token=`, `&sig=`, `X-Amz-Signature=`), up to the
        // end of its value or a sentence's period: `?key=value-words` and `?page=2` stay.
        [/([?&](?:[\w-]*[_-])?(?:key|token|secret|sig|signature)=)([\w.~+/=%-]*[\w~+/=%-])/gi, credentialAfter],
        [/\bsk-[A-Za-z0-9_-]{16,}/g, REDACTED],
        [/\bgh[pousr]_[A-Za-z0-9]{20,}/g, REDACTED],
        [/\bgithub_pat_[A-Za-z0-9_]{20,}/g, REDACTED],
        [/\bAKIA[0-9A-Z]{16}\b/g, REDACTED],
        [/\bAIza[0-9A-Za-z_-]{35}\b/g, REDACTED],
        [/\bxox[abprs]-[A-Za-z0-9-]{10,}/g, REDACTED],
        // A JSON Web Token: a JSON header (`{"` is `eyJ` in base64url), its claims and its signature, empty when unsigned.
        [/\beyJ[\w-]+\.[\w-]+\.[\w-]*/g, REDACTED],
    ]),
    // The user part of a URL (`https://user:password@host`, `https://<token>@host`). After an escape,
    // its scheme starts at the escape's letter (`\nhttps://` gives `nhttps://`), and the user part goes
    // all the same: its `\b` stays as it is, which keeps the search for a start fast.
    [/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"']+@/gi, `$1${REDACTED}@`],
];
/**
 * The shapes with their leading `\b` holding right after an escape of a JSON string too (`\n`,
 * `\t`, `\u001b`): a string may hold JSON text (a model's reply is recorded as the text it sent),
 * where a key on a line of its own stands after the letter of `\n`, not after a word's end. The
 * start is "not after a word character, unless it is an escape's": one negative lookbehind, which
 * costs what `\b` does (a lookbehind of either case is ten times slower).
 */
function startAfterEscapes(shapes) {
    const start = String.raw `(?<!(?<!\\|\\u[0-9A-Fa-f]{0,3})\w)`;
    return shapes.map(([shape, replacement]) => [new RegExp(shape.source.replace(/^\\b/, start), shape.flags), replacement]);
}
/**
 * What every shape above but a query's and a JSON Web Token's starts with, or holds (case aside): a
 * text without any of these matches none of them, and one search for them costs a fraction of
 * trying each shape (the writer redacts every string of every record). A URL is a hint only with a user part (`://…@`): the
 * links of a prompt (a schema's `http://json-schema.org/…`) do not send it through every shape.
 */
const SHAPE_HINT = /authorization|bearer|basic|api[_-]?key|access[_-]?token|auth[_-]?token|client[_-]?secret|passw|:\/\/[^\s/?#@"']+@|sk-|gh[pousr]_|github_pat_|akia|aiza|xox[abprs]-/i;
/**
 * A URL query parameter named like a credential, looked for apart: as one more alternative of
 * `SHAPE_HINT`, it made V8's search of every string two to three times slower, and a text without
 * `=` (most of them) has no such parameter.
 */
const QUERY_HINT = /[?&][\w-]*(?:key|token|secret|sig)/i;
/**
 * Whether `text` may hold a credential shape: when not, it is as it is, without trying each shape.
 * A JSON Web Token's `eyJ` (one case only) is looked for apart too, and only in a text with a `J`:
 * a search for one character, like the `=` of a query, costs next to nothing, one for `eyJ` as much
 * as half of `SHAPE_HINT`'s.
 */
function mayHoldShape(text) {
    return SHAPE_HINT.test(text) || (text.includes('J') && text.includes('eyJ')) || (text.includes('=') && QUERY_HINT.test(text));
}
let envSecrets;
/**
 * Values of the environment variables that hold credentials, longest first: every value of a known
 * name, and the values that look like credentials of names with a secret word. Read once per process.
 */
function secretsFromEnv() {
    if (!envSecrets) {
        envSecrets = Object.entries(process.env)
            .filter((entry) => entry[1] !== undefined && entry[1].length >= MIN_SECRET_LENGTH)
            .filter(([name, value]) => KNOWN_SECRET_NAMES.has(name.toUpperCase()) || (isSecretName(name) && looksLikeCredential(value)))
            .map(([, value]) => value)
            .sort((a, b) => b.length - a.length);
    }
    return envSecrets;
}
/**
 * The redacted copies of deep-frozen objects (frozen, and every object inside them too), by
 * object: their strings cannot change, so neither can their copy (a request's response schema is
 * one such object, sent with every call of its kind). The copies are frozen as well.
 */
let frozenCopies = new WeakMap();
/** For tests and long-lived hosts whose environment changes. */
export function refreshSecrets() {
    envSecrets = undefined;
    frozenCopies = new WeakMap();
}
export function redactText(text) {
    let out = text;
    for (const secret of secretsFromEnv()) {
        if (out.includes(secret))
            out = out.split(secret).join(REDACTED);
    }
    if (!mayHoldShape(out))
        return out;
    for (const [shape, replacement] of SHAPES) {
        out = typeof replacement === 'string' ? out.replace(shape, replacement) : out.replace(shape, replacement);
    }
    return out;
}
/** A part of a secret this long, or longer, is a part of it wherever it stands (a window of the secrets' forms). */
const FRAGMENT_LENGTH = 8;
/** Secrets this long or longer are redacted by their parts too: a shorter one's parts are too likely in ordinary text. */
const FRAGMENTED_LENGTH = 16;
/** A run of the characters a key, its percent-encoding or its base64 is written with. */
const TOKEN_RUN = /[A-Za-z0-9._~+/=%-]+/g;
/**
 * The forms a server may quote a secret in: as it is, percent-encoded, base64'd (and base64url'd);
 * for a `Basic <base64>` value, its decoded `user:password` and the password.
 */
function secretForms(secret) {
    const forms = [secret, encodeURIComponent(secret)];
    const bytes = Buffer.from(secret);
    forms.push(bytes.toString('base64'), bytes.toString('base64url'));
    const basic = /^basic\s+([A-Za-z0-9+/=_-]+)$/i.exec(secret.trim());
    if (basic) {
        const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
        const password = decoded.slice(decoded.indexOf(':') + 1);
        forms.push(decoded, password, encodeURIComponent(decoded), encodeURIComponent(password));
    }
    return forms.filter((form) => form.length >= Math.min(MIN_SECRET_LENGTH, secret.length));
}
/**
 * The base64 text a secret gives inside a longer base64'd text (a `Basic` header of `user:<key>`),
 * at each of the three places it may start in a group of three bytes: the characters that do not
 * depend on the bytes around it.
 */
function base64Interiors(secret) {
    return [1, 2].map((offset) => {
        const text = Buffer.concat([Buffer.alloc(offset), Buffer.from(secret)]).toString('base64');
        return text.slice(4, -4);
    });
}
/**
 * `text` without any of `secrets` as a server may quote it back (in an error, a collector's
 * message): each in any of its forms (`secretForms`), and, for a secret of 16 characters or more,
 * any run of key characters that shares 8 characters in a row with one of its forms, so a key
 * quoted in part (`sk-proj-abc1...`), cut across lines, or base64'd inside a `Basic` value is gone too.
 */
export function redactEchoes(text, secrets) {
    const given = secrets.filter(Boolean);
    if (!given.length)
        return text;
    const forms = [...new Set(given.flatMap(secretForms))].sort((a, b) => b.length - a.length);
    let out = text;
    for (const form of forms)
        if (out.includes(form))
            out = out.split(form).join(REDACTED);
    const windows = new Set();
    for (const secret of given.filter((value) => value.length >= FRAGMENTED_LENGTH)) {
        for (const form of [...secretForms(secret), ...base64Interiors(secret)]) {
            for (let at = 0; at + FRAGMENT_LENGTH <= form.length; at++)
                windows.add(form.slice(at, at + FRAGMENT_LENGTH));
        }
    }
    if (!windows.size)
        return out;
    return out.replace(TOKEN_RUN, (run) => {
        if (run.length < FRAGMENT_LENGTH || run === REDACTED)
            return run;
        for (let at = 0; at + FRAGMENT_LENGTH <= run.length; at++)
            if (windows.has(run.slice(at, at + FRAGMENT_LENGTH)))
                return REDACTED;
        return run;
    });
}
/**
 * A deep copy of `value` with every string redacted and secret-named fields blanked, holding what
 * its JSON text holds: `JSON.parse(JSON.stringify(copy))` equals the copy. So the record that the
 * writer's listeners see is the record its line reads back as (see writer.ts `onRecord`). As in
 * JSON, `toJSON` gives an object's value, a value JSON has no text for (`undefined`, a function, a
 * symbol) is left out of an object and `null` in an array, a number that is not finite is `null`,
 * and -0 is 0; an error is its name and redacted message.
 */
export function redactValue(value) {
    const copy = walk(value, '');
    return (copy === NO_TEXT ? undefined : copy);
}
/** What `walk` gives for a value that JSON has no text for. */
const NO_TEXT = Symbol('no JSON text');
/** `called`: `value` is what a `toJSON` returned, whose own `toJSON` JSON does not call again. */
function walk(value, key, called = false) {
    switch (typeof value) {
        case 'string':
            return redactText(value);
        case 'number':
            return Number.isFinite(value) ? value + 0 : null;
        case 'boolean':
        case 'bigint':
            return value;
        case 'undefined':
        case 'function':
        case 'symbol':
            return NO_TEXT;
    }
    if (value === null)
        return null;
    const object = value;
    const known = frozenCopies.get(object);
    if (known)
        return known;
    // Errors and boxed values are never plain objects or arrays: most values skip these checks.
    const plain = isPlain(object);
    if (!plain && object instanceof Error)
        return { name: object.name, message: redactText(object.message) };
    const toJSON = object.toJSON;
    if (!called && typeof toJSON === 'function')
        return walk(toJSON.call(object, String(key)), key, true);
    if (!plain && (object instanceof Number || object instanceof String || object instanceof Boolean))
        return walk(object.valueOf(), key);
    let out;
    if (Array.isArray(object)) {
        out = new Array(object.length);
        for (let index = 0; index < object.length; index++) {
            const inner = walk(object[index], index);
            out[index] = inner === NO_TEXT ? null : inner;
        }
    }
    else {
        out = {};
        for (const [name, inner] of Object.entries(object)) {
            let copied = walk(inner, name);
            if (copied === NO_TEXT)
                continue;
            // Blanked as its text: a boxed string, or an object whose `toJSON` gives one, is a string in the line.
            if (typeof copied === 'string' && copied !== '' && SECRET_KEY_FIELD.test(name))
                copied = REDACTED;
            // An own `__proto__` (a parsed reply may have one) stays a field, as in the JSON text, not the copy's prototype.
            if (name === '__proto__')
                Object.defineProperty(out, name, { value: copied, enumerable: true, writable: true, configurable: true });
            else
                out[name] = copied;
        }
    }
    // Reached after a `toJSON` (`called`), an object may have one itself: only those without are copied once.
    if (!called && deepFrozen(object))
        frozenCopies.set(object, Object.freeze(out));
    return out;
}
function isPlain(object) {
    const prototype = Object.getPrototypeOf(object);
    return prototype === Object.prototype || prototype === Array.prototype;
}
/**
 * Whether `value`, just walked, can be copied once: frozen, its properties plain values (a getter's
 * value can change however frozen the object is), and its objects deep-frozen (walked first, each
 * has its copy by now).
 */
function deepFrozen(value) {
    if (!Object.isFrozen(value))
        return false;
    return Object.values(Object.getOwnPropertyDescriptors(value)).every((property) => 'value' in property && (!property.value || typeof property.value !== 'object' || frozenCopies.has(property.value)));
}
