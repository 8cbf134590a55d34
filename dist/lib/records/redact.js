/**
 * Redaction at write time: no secret reaches a record. Secrets are the values of environment
 * variables whose names look secret, and well-known token shapes wherever they appear.
 */
export const REDACTED = '[REDACTED]';
const SECRET_NAME = /KEY|TOKEN|SECRET|PASSWORD|PASSWD|AUTH|CREDENTIAL/i;
const SECRET_KEY_FIELD = /^(authorization|api[-_]?key|x-api-key|token|password|secret)$/i;
/**
 * A word after `Bearer`/`Basic` is a credential only if it does not read like prose: a digit, a
 * capital after the first letter or base64 padding. "Basic breathing" and "bearer of" stay.
 */
const credentialAfterScheme = (match, token) => (/\d|.[A-Z]|=$/.test(token) ? REDACTED : match);
/** Token shapes, each with what replaces a match (the header name of an `Authorization:` stays). */
const SHAPES = [
    [/(Authorization["']?\s*[:=]\s*["']?)[^\s"',}]+(\s+[^\s"',}]+)?/gi, `$1${REDACTED}`],
    [/\b(?:Bearer|Basic)\s+([A-Za-z0-9._~+/=-]{8,})/gi, credentialAfterScheme],
    [/\bsk-[A-Za-z0-9_-]{16,}/g, REDACTED],
    [/\bgh[pousr]_[A-Za-z0-9]{20,}/g, REDACTED],
    [/\bgithub_pat_[A-Za-z0-9_]{20,}/g, REDACTED],
];
let envSecrets;
/** Values of secret-looking environment variables, longest first. Read once per process. */
function secretsFromEnv() {
    if (!envSecrets) {
        envSecrets = Object.entries(process.env)
            .filter(([name, value]) => SECRET_NAME.test(name) && value !== undefined && value.length >= 8)
            .map(([, value]) => value)
            .sort((a, b) => b.length - a.length);
    }
    return envSecrets;
}
/** For tests and long-lived hosts whose environment changes. */
export function refreshSecrets() {
    envSecrets = undefined;
}
export function redactText(text) {
    let out = text;
    for (const secret of secretsFromEnv()) {
        if (out.includes(secret))
            out = out.split(secret).join(REDACTED);
    }
    for (const [shape, replacement] of SHAPES) {
        out = typeof replacement === 'string' ? out.replace(shape, replacement) : out.replace(shape, replacement);
    }
    return out;
}
/** A deep copy of `value` with every string redacted and secret-named fields blanked. */
export function redactValue(value) {
    return walk(value);
}
function walk(value) {
    if (typeof value === 'string')
        return redactText(value);
    if (Array.isArray(value))
        return value.map(walk);
    if (value && typeof value === 'object') {
        if (value instanceof Error)
            return { name: value.name, message: redactText(value.message) };
        const out = {};
        for (const [key, inner] of Object.entries(value)) {
            out[key] = SECRET_KEY_FIELD.test(key) && typeof inner === 'string' && inner !== '' ? REDACTED : walk(inner);
        }
        return out;
    }
    return value;
}
