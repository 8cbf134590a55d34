import path from 'node:path';
import picomatch from 'picomatch';
import { REASONING_EFFORTS, RESPONSE_FORMATS } from '../llm/model-params.js';
import { DEFAULT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../pipeline/schema.js';
import { ExitCode, LyfeError } from '../errors.js';
export const DEFAULT_PACKAGE_DIR = 'packages';
export const DEFAULT_CACHE_DIR = path.join('node_modules', '.cache', 'lyfe-kt');
/**
 * All option parsing in one place. Relative folders are resolved against `root`: the Vite root,
 * or the working directory for the other bundlers. Bad values fail fast, before any generation.
 */
export function resolvePluginOptions(options = {}, root, env = process.env) {
    const schemaVersion = options.schemaVersion ?? DEFAULT_SCHEMA_VERSION;
    if (!SCHEMA_VERSIONS.includes(schemaVersion)) {
        throw new LyfeError(`schemaVersion ${JSON.stringify(schemaVersion)} is not a supertask schema version`, {
            fix: `Use one of ${SCHEMA_VERSIONS.map((v) => `'${v}'`).join(', ')}`,
            exitCode: ExitCode.usage,
        });
    }
    if (options.provider !== undefined && options.provider !== 'openai' && options.provider !== 'offline') {
        throw new LyfeError(`provider ${JSON.stringify(options.provider)} is not an LLM provider`, {
            fix: "Use 'openai' or 'offline', or leave it out",
            exitCode: ExitCode.usage,
        });
    }
    const { reasoningEffort, responseFormat, timeout, maxCompletionTokens } = options;
    const oneOf = (name, value, allowed) => {
        if (value !== undefined && !allowed.includes(value)) {
            throw new LyfeError(`${name} ${JSON.stringify(value)} is not one of ${allowed.join(', ')}`, { fix: `Use one of ${allowed.map((v) => `'${v}'`).join(', ')}, or leave it out`, exitCode: ExitCode.usage });
        }
    };
    oneOf('reasoningEffort', reasoningEffort, REASONING_EFFORTS);
    oneOf('responseFormat', responseFormat, RESPONSE_FORMATS);
    for (const [name, value] of Object.entries({ timeout, maxCompletionTokens })) {
        if (value !== undefined && !(Number.isInteger(value) && value > 0)) {
            throw new LyfeError(`${name} ${JSON.stringify(value)} is not a positive whole number`, { fix: `Give ${name} as a whole number, or leave it out`, exitCode: ExitCode.usage });
        }
    }
    // A JavaScript config is not type-checked: a value of another type would fail later, or be taken as something else ('false' is true).
    const isPattern = (p) => typeof p === 'string' || p instanceof RegExp;
    for (const [name, value] of Object.entries({ include: options.include, exclude: options.exclude })) {
        if (value !== undefined && !isPattern(value) && !(Array.isArray(value) && value.every(isPattern))) {
            throw new LyfeError(`${name} ${shown(value)} is not a glob, a RegExp or a list of them`, { fix: `Give ${name} as 'content/**/*.md', /\.md$/ or a list of such, or leave it out`, exitCode: ExitCode.usage });
        }
    }
    for (const [name, value] of Object.entries({ model: options.model, packageDir: options.packageDir, cacheDir: options.cacheDir, logDir: options.logDir })) {
        if (value !== undefined && typeof value !== 'string') {
            throw new LyfeError(`${name} ${shown(value)} is not a string`, { fix: `Give ${name} as a string, or leave it out`, exitCode: ExitCode.usage });
        }
    }
    if (options.failOnInvalid !== undefined && typeof options.failOnInvalid !== 'boolean') {
        throw new LyfeError(`failOnInvalid ${shown(options.failOnInvalid)} is not true or false`, { fix: 'Give failOnInvalid as true or false, or leave it out', exitCode: ExitCode.usage });
    }
    const cacheDir = path.resolve(root, options.cacheDir ?? DEFAULT_CACHE_DIR);
    const include = options.include === undefined ? undefined : fileMatcher(options.include, root);
    const exclude = options.exclude === undefined ? undefined : fileMatcher(options.exclude, root);
    return {
        isLessonFile: (file) => !exclude?.(file) && (include?.(file) ?? true),
        provider: options.provider,
        model: options.model,
        openai: { reasoningEffort, responseFormat, timeout, maxCompletionTokens },
        schemaVersion,
        packageDir: path.resolve(root, options.packageDir ?? DEFAULT_PACKAGE_DIR),
        cacheDir,
        logDir: path.resolve(root, options.logDir ?? (env.LYFE_KT_LOG_DIR || path.join(cacheDir, 'logs'))),
        failOnInvalid: options.failOnInvalid ?? true,
    };
}
/** An option's value as a message shows it: `"false"`, `5`, `null`. */
function shown(value) {
    return JSON.stringify(value) ?? String(value);
}
const toPosix = (file) => file.split(path.sep).join('/');
/**
 * Globs (picomatch) match paths relative to `root`, or absolute ones, or any path for a leading `**`.
 * A relative glob is matched against the file's path relative to the root, never joined to it: a
 * root's own glob syntax (`App (1)`, `[a]`) would be read as a pattern.
 */
function fileMatcher(pattern, root) {
    const list = typeof pattern === 'string' || pattern instanceof RegExp ? [pattern] : [...pattern];
    const tests = list.map((p) => {
        if (p instanceof RegExp) {
            const regexp = new RegExp(p.source, p.flags.replace(/[gy]/g, ''));
            return (file) => regexp.test(toPosix(file));
        }
        const glob = toPosix(p).replace(/^\.\//, '');
        const match = picomatch(glob, { dot: true });
        if (glob.startsWith('**') || path.posix.isAbsolute(glob))
            return (file) => match(toPosix(file));
        return (file) => match(toPosix(path.relative(root, file)));
    });
    return (file) => tests.some((test) => test(file));
}
