import path from 'node:path';
import picomatch from 'picomatch';
import type { OpenAiSettings, ProviderName } from '../pipeline/providers.js';
import { REASONING_EFFORTS, RESPONSE_FORMATS } from '../llm/model-params.js';
import { DEFAULT_SCHEMA_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from '../pipeline/schema.js';
import { ExitCode, LyfeError } from '../errors.js';

/** A glob (relative to the project root), a RegExp tested against the absolute path, or a list of them. */
export type FilterPattern = string | RegExp | readonly (string | RegExp)[];

/**
 * What users pass to `lyfe()` in their bundler config. `reasoningEffort`, `responseFormat`,
 * `timeout` (seconds) and `maxCompletionTokens` are the CLI's options of the same names, for the
 * openai provider.
 */
export interface LyfePluginOptions extends OpenAiSettings {
  /** Which `*.md?supertask` imports are generated; default: all of them. */
  include?: FilterPattern;
  /** Imports left alone even when `include` matches. */
  exclude?: FilterPattern;
  /** LLM provider; default: openai when OPENAI_API_KEY is set, else offline. */
  provider?: ProviderName;
  /** Model for the openai provider (default gpt-5.4-mini). */
  model?: string;
  /** Supertask schema version the lessons are validated against (default 1.1). */
  schemaVersion?: SchemaVersion;
  /** Where the build's package goes (default `packages`, relative to the project root). */
  packageDir?: string;
  /** Lesson cache (default `node_modules/.cache/lyfe-kt`, relative to the project root). */
  cacheDir?: string;
  /** Global record files (default env LYFE_KT_LOG_DIR, else `<cacheDir>/logs`). */
  logDir?: string;
  /** An invalid supertask or a failed generation fails the build (default), or is only a warning. */
  failOnInvalid?: boolean;
}

export interface ResolvedPluginOptions {
  /** Whether a content file is generated: `include` and `exclude` applied, exclusions winning. */
  isLessonFile: (file: string) => boolean;
  provider?: ProviderName;
  model?: string;
  openai: OpenAiSettings;
  schemaVersion: SchemaVersion;
  packageDir: string;
  cacheDir: string;
  logDir: string;
  failOnInvalid: boolean;
}

export const DEFAULT_PACKAGE_DIR = 'packages';
export const DEFAULT_CACHE_DIR = path.join('node_modules', '.cache', 'lyfe-kt');

/**
 * All option parsing in one place. Relative folders are resolved against `root`: the Vite root,
 * or the working directory for the other bundlers. Bad values fail fast, before any generation.
 */
export function resolvePluginOptions(options: LyfePluginOptions = {}, root: string, env: NodeJS.ProcessEnv = process.env): ResolvedPluginOptions {
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
  const oneOf = (name: string, value: unknown, allowed: readonly string[]): void => {
    if (value !== undefined && !allowed.includes(value as string)) {
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
  const isPattern = (p: unknown): boolean => typeof p === 'string' || p instanceof RegExp;
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
function shown(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

const toPosix = (file: string): string => file.split(path.sep).join('/');
/**
 * Globs (picomatch) match paths relative to `root`, or absolute ones, or any path for a leading `**`.
 * A relative glob is matched against the file's path relative to the root, never joined to it: a
 * root's own glob syntax (`App (1)`, `[a]`) would be read as a pattern.
 */
function fileMatcher(pattern: FilterPattern, root: string): (file: string) => boolean {
  const list = typeof pattern === 'string' || pattern instanceof RegExp ? [pattern] : [...pattern];
  const tests = list.map((p): ((file: string) => boolean) => {
    if (p instanceof RegExp) {
      const regexp = new RegExp(p.source, p.flags.replace(/[gy]/g, ''));
      return (file) => regexp.test(toPosix(file));
    }
    const glob = toPosix(p).replace(/^\.\//, '');
    const match = picomatch(glob, { dot: true });
    if (glob.startsWith('**') || path.posix.isAbsolute(glob)) return (file) => match(toPosix(file));
    return (file) => match(toPosix(path.relative(root, file)));
  });
  return (file) => tests.some((test) => test(file));
}
