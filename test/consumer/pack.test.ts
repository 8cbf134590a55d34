import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

/**
 * lyfe-kt as a user gets it: `npm pack` of this repository (its `files` list, exports map and
 * types, from the dist/lib the global setup compiled), installed from the tarball into a new
 * TypeScript + Vite app, type-checked with `tsc` and built with Vite.
 */
const repo = path.resolve('.');
const TSC = path.join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
const VITE = path.join(repo, 'node_modules', 'vite', 'bin', 'vite.js');
const ARTICLE = path.join(repo, 'test', 'plugin', 'fixture-app', 'content', 'como_dormir_bem.md');

/** The children's environment: no npm settings of the test's own run, no key (the offline provider), no record folder. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(npm_|OPENAI_|LYFE_KT_)/i.test(name)));
}

function sh(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, env: cleanEnv(), encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${path.basename(command)} ${args.join(' ')} failed in ${cwd}:\n${failed.stdout ?? ''}${failed.stderr ?? failed.message}`);
  }
}

/**
 * The app's lockfile: the tarball, and lyfe-kt's registry dependencies pinned to the versions (and
 * integrity) of this repository's lockfile, which `npm ci` put in the npm cache. With it, `npm
 * install --offline` needs nothing but the cache; a dependency the cache does not hold fails the
 * install (ENOTCACHED) instead of downloading it.
 */
function appLockfile(tarball: { filename: string; version: string; integrity: string }): unknown {
  const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; bin: unknown; engines: unknown };
  const lock = JSON.parse(fs.readFileSync(path.join(repo, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  const resolved = `file:../${tarball.filename}`;
  const packages: Record<string, unknown> = {
    '': { name: 'consumer-app', dependencies: { 'lyfe-kt': resolved } },
    'node_modules/lyfe-kt': { version: tarball.version, resolved, integrity: tarball.integrity, dependencies: manifest.dependencies, bin: manifest.bin, engines: manifest.engines },
  };
  for (const [where, entry] of Object.entries(lock.packages)) if (where.startsWith('node_modules/') && !entry.dev) packages[where] = entry;
  return { name: 'consumer-app', lockfileVersion: 3, requires: true, packages };
}

const APP_FILES: Record<string, string> = {
  'package.json': '', // written with the tarball's name
  // The browser app: its declaration files are checked too, so that the lesson types must hold without Node's.
  'tsconfig.json': JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM'], strict: true, noEmit: true, skipLibCheck: false, types: ['lyfe-kt/client'] },
    include: ['src'],
  }),
  // A Node script of the same app, using the programmatic API (the app has no @types/node: its declaration files are not checked).
  'tsconfig.node.json': JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022'], strict: true, noEmit: true, skipLibCheck: true, types: [] },
    include: ['scripts'],
  }),
  'vite.config.js': "import lyfe from 'lyfe-kt/vite';\n\nexport default { plugins: [lyfe({ provider: 'offline' })] };\n",
  'index.html': '<!doctype html>\n<div id="app"></div>\n<script type="module" src="/src/main.ts"></script>\n',
  'src/main.ts': `import lesson, { beginner, session } from '../content/como_dormir_bem.md?supertask';
import type { Supertask, SupertaskItem } from 'lyfe-kt/lessons';

function line(item: SupertaskItem): string {
  switch (item.type) {
    case 'content':
      return item.content + (item.tips ?? []).join(' ');
    case 'quote':
      return \`\${item.content} (\${item.author})\`;
    case 'quiz':
      return \`\${item.question} \${item.options[item.correctAnswer]}: \${item.explanation}\`;
  }
}

const advanced: Supertask = lesson.advanced;
const count: number = advanced.flexibleItems.length;
const minutes: number = beginner.estimatedDuration / 60;
document.getElementById('app')!.textContent = [beginner.title, lesson.source, session, count, minutes, ...beginner.flexibleItems.map(line)].join('\\n');

// @ts-expect-error a misspelt field of a supertask
console.log(beginner.flexibleItem);
// @ts-expect-error a misspelt field of an item
console.log(advanced.flexibleItems[0]?.contnet);
`,
  'scripts/api.ts': `import { run, verifyPackage, readSession, type RunResult, type Supertask } from 'lyfe-kt';

export async function lessons(dir: string): Promise<{ result: RunResult; status: string }> {
  const result = await run(dir, { provider: 'offline', schemaVersion: '1.1', outputDir: 'packages-api' });
  if (!verifyPackage(result.package.path).ok) throw new Error('changed');
  return { result, status: readSession(result.session_id, { logDir: 'logs' }).status };
}

export const titleOf = (supertask: Supertask): string => supertask.title;
`,
  // The same calls, run by Node from the installed package.
  'api.mjs': `import { run, verifyPackage, readSession } from 'lyfe-kt';
const result = await run('content', { provider: 'offline', outputDir: 'packages-api' });
const session = readSession(result.session_id, { logDir: 'logs' });
console.log(JSON.stringify({ invalid: result.generation.invalid, verified: verifyPackage(result.package.path).ok, status: session.status, prompts: session.prompts.length, package: result.package.path }));
`,
};

describe('lyfe-kt installed from its npm pack tarball into a TypeScript + Vite app', () => {
  let dir: string;
  let app: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-consumer-'));
    app = path.join(dir, 'app');
    const [tarball] = JSON.parse(sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], repo)) as { filename: string; version: string; integrity: string }[];
    for (const [name, text] of Object.entries(APP_FILES)) {
      fs.mkdirSync(path.dirname(path.join(app, name)), { recursive: true });
      fs.writeFileSync(path.join(app, name), text);
    }
    fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'consumer-app', private: true, type: 'module', dependencies: { 'lyfe-kt': `file:../${tarball!.filename}` } }));
    fs.writeFileSync(path.join(app, 'package-lock.json'), JSON.stringify(appLockfile(tarball!)));
    fs.mkdirSync(path.join(app, 'content'));
    fs.copyFileSync(ARTICLE, path.join(app, 'content', 'como_dormir_bem.md'));
    sh('npm', ['install', '--offline', '--no-audit', '--no-fund'], app);
  }, 300_000);

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('installs the tarball, not the repository folder', () => {
    const installed = path.join(app, 'node_modules', 'lyfe-kt');
    expect(fs.lstatSync(installed).isSymbolicLink()).toBe(false);
    expect(fs.existsSync(path.join(installed, 'client.d.ts'))).toBe(true);
    expect(fs.existsSync(path.join(installed, 'dist', 'lib', 'index.d.ts'))).toBe(true);
    expect(fs.existsSync(path.join(installed, 'src')), 'sources are not shipped').toBe(false);
  });

  /** tsc's diagnostics of the app under `tsconfig`: empty when it passes. */
  function typeErrors(tsconfig: string): string {
    try {
      return sh(process.execPath, [TSC, '--noEmit', '-p', tsconfig], app);
    } catch (error) {
      return (error as Error).message;
    }
  }

  test('tsc passes on the programmatic API, which exports the lesson types too', () => {
    expect(typeErrors('tsconfig.node.json')).toBe('');
  });

  test('tsc passes on typed lessons in a browser app that checks the declaration files, and each misspelt field is an error', () => {
    // One tsc run checks both: the app as written, where each `@ts-expect-error` line must be an
    // error (were the lessons untyped, tsc would fail on the unused directive, in main.ts), and a copy
    // without the directives, where the misspelt fields must be reported. Nothing else may fail: the
    // declaration files the lesson types bring must hold without Node's.
    const misspelt = path.join(app, 'src', 'misspelt.ts');
    fs.writeFileSync(misspelt, APP_FILES['src/main.ts']!.replaceAll('// @ts-expect-error', '//'));
    try {
      const errors = typeErrors('tsconfig.json');
      const reported = errors.split('\n').filter((line) => /error TS\d+/.test(line));
      expect(reported.length, errors).toBeGreaterThan(0);
      for (const line of reported) expect(line, 'only the copy without the directives has errors').toMatch(/^src\/misspelt\.ts\(/);
      expect(errors).toMatch(/Property 'flexibleItem' does not exist on type 'Supertask'\. Did you mean 'flexibleItems'\?/);
      expect(errors).toMatch(/Property 'contnet' does not exist on type '(ContentItem \| QuoteItem \| QuizItem|SupertaskItem)'/);
    } finally {
      fs.rmSync(misspelt);
    }
  });

  test('vite build bundles the generated lesson and packages the build', () => {
    sh(process.execPath, [VITE, 'build', '--logLevel', 'error'], app);
    const assets = path.join(app, 'dist', 'assets');
    const bundle = fs.readdirSync(assets).filter((name) => name.endsWith('.js')).map((name) => fs.readFileSync(path.join(assets, name), 'utf8')).join('\n');
    expect(bundle).toContain('Como Dormir Bem');
    const [pkg] = fs.readdirSync(path.join(app, 'packages'));
    const metadata = JSON.parse(fs.readFileSync(path.join(app, 'packages', pkg!, 'logs', 'metadata.json'), 'utf8'));
    expect(metadata.execution.success).toBe(true);
    expect(bundle).toContain(metadata.session_id);
  });

  test('the programmatic API runs the pipeline, packages, verifies and reads the session', () => {
    const printed = JSON.parse(sh(process.execPath, ['api.mjs'], app)) as { invalid: number; verified: boolean; status: string; prompts: number; package: string };
    expect(printed).toMatchObject({ invalid: 0, verified: true, status: 'succeeded' });
    expect(printed.prompts).toBeGreaterThan(0);
    expect(printed.package).toMatch(/^packages-api\//);
  });
});
