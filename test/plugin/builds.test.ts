import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { EarlyPrompts } from '../../src/package/early-prompts.js';
import { verifyPackage } from '../../src/package/manifest.js';
import { rollup } from 'rollup';
import { build as viteBuild, type Rollup } from 'vite';
import webpack from 'webpack';
import * as esbuild from 'esbuild';
import lyfeEsbuild from '../../src/plugin/esbuild.js';
import lyfeRollup from '../../src/plugin/rollup.js';
import { useTempDir } from '../helpers/temp-dir.js';
import { BUNDLERS, BuildFailed, WEBPACK_OUT_DIR, buildApp, copyApp, outputTitles, packageAttempts, packageRecords, packagesIn, readJson, runBundle } from './support.js';

describe.each(BUNDLERS)('a %s build of an app importing *.md?supertask', (bundler) => {
  const tempDir = useTempDir(`lyfe-kt-plugin-${bundler}-`);

  afterEach(() => vi.restoreAllMocks());

  test('says once, as a warning of the build and in its records, that a model was asked for and the lessons are offline for want of a key', async () => {
    const app = copyApp(tempDir());
    vi.stubEnv('OPENAI_API_KEY', '');
    try {
      const built = await buildApp(bundler, app, { model: 'gpt-4o' });
      const notice = expect.stringContaining("no OPENAI_API_KEY set: the lessons are the offline provider's, and model gpt-4o is not used");
      expect(built.warnings.filter((warning) => warning.includes('OPENAI_API_KEY'))).toEqual([notice]);
      const [made] = packagesIn(path.join(app, 'packages'));
      expect(packageRecords(made!, 'processing').filter((r) => r.event === 'warning').map((r) => r.msg)).toEqual([notice]);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  test('bundles the generated supertasks, packages the session, and rebuilds from the cache without an LLM call', async () => {
    const app = copyApp(tempDir());
    const options = { provider: 'offline' as const };
    const take = vi.spyOn(EarlyPrompts.prototype, 'take');

    const first = await buildApp(bundler, app, options);
    const [firstPackage] = packagesIn(path.join(app, 'packages'));
    expect(firstPackage, 'a package under <root>/packages').toBeDefined();
    // The prompt files were rendered during the build, as `run` renders them, and the package verifies.
    expect(take).toHaveBeenCalledOnce();
    expect(take.mock.results[0]!.value).toBeDefined();
    expect(verifyPackage(firstPackage!)).toMatchObject({ ok: true });
    const metadata = readJson(path.join(firstPackage!, 'logs', 'metadata.json'));
    expect(metadata.execution.success).toBe(true);
    expect(metadata.execution.stages_executed).toEqual(['preprocessing', 'generation', 'packaging']);
    // Lessons are generated concurrently: the records list them in the order they were loaded.
    expect([...metadata.content.input_files].sort()).toEqual(['como_dormir_bem.md', 'solidao_cronica.md']);
    expect(metadata.ai_usage.total_api_calls).toBe(6); // one analysis and two levels, per lesson
    expect(packageAttempts(firstPackage!).map((r) => r.data?.source)).toEqual(Array(6).fill('live'));

    // The bundle runs and prints what the app imported: both levels of one lesson, one level of the other.
    const titles = outputTitles(firstPackage!);
    expect(runBundle(first.code)).toEqual([
      `como_dormir_bem.md (${metadata.session_id})`,
      expect.stringMatching(new RegExp(`^${escape(titles['como_dormir_bem_filled_template_beginner.json']!)}: \\d items$`)),
      expect.stringMatching(new RegExp(`^${escape(titles['como_dormir_bem_filled_template_advanced.json']!)}: \\d items$`)),
      expect.stringMatching(new RegExp(`^${escape(titles['solidao_cronica_filled_template_beginner.json']!)}: \\d items$`)),
    ]);
    // Tree-shaking: the advanced level of the second lesson, imported by nobody, is not in the bundle.
    expect(first.code).not.toContain(titles['solidao_cronica_filled_template_advanced.json']);

    const second = await buildApp(bundler, app, options);
    const packages = packagesIn(path.join(app, 'packages'));
    expect(packages).toHaveLength(2);
    const again = readJson(path.join(packages[1]!, 'logs', 'metadata.json'));
    expect(again.session_id).not.toBe(metadata.session_id);
    expect(again.execution.success).toBe(true);
    expect(again.ai_usage.total_api_calls).toBe(0);
    expect(again.ai_usage.total_tokens).toBe(0);
    const audits = packageAttempts(packages[1]!);
    expect(audits.map((r) => [r.event, r.data?.source])).toEqual(Array(6).fill(['llm.attempt', 'cache']));
    expect([...again.content.output_files].sort()).toEqual([...metadata.content.output_files].sort());
    // Same lessons, new session.
    expect(runBundle(second.code).slice(1)).toEqual(runBundle(first.code).slice(1));
    expect(second.code).toContain(again.session_id);
  });

  test('of no lesson at all, begins no session and leaves no package nor work folder', async () => {
    const app = copyApp(tempDir());
    fs.writeFileSync(path.join(app, 'src', 'main.js'), "import { render } from './render.js';\nrender([], 'no lessons');\n");
    const built = await buildApp(bundler, app, { provider: 'offline' });
    expect(runBundle(built.code)).toEqual(['no lessons']);
    expect(fs.existsSync(path.join(app, 'packages'))).toBe(false);
    expect(fs.existsSync(path.join(app, 'node_modules', '.cache', 'lyfe-kt'))).toBe(false);
  });
});

// webpack and esbuild go on after a module fails, so the lessons are all loaded by then.
describe.each([
  { bundler: 'webpack' as const, error: /Can't resolve '\.\/missing\.js'/ },
  { bundler: 'esbuild' as const, error: /Could not resolve "\.\/missing\.js"/ },
])('a $bundler build that fails in a module of its own', ({ bundler, error }) => {
  const tempDir = useTempDir('lyfe-kt-plugin-failed-');

  test('is packaged as a failed run, with the lessons it generated', async () => {
    const app = copyApp(tempDir());
    fs.appendFileSync(path.join(app, 'src', 'main.js'), "import './missing.js';\n");
    const failure = await buildApp(bundler, app, { provider: 'offline' }).catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(BuildFailed);
    expect((failure as Error).message).toMatch(error);
    const [pkg] = packagesIn(path.join(app, 'packages'));
    const metadata = readJson(path.join(pkg!, 'logs', 'metadata.json'));
    expect(metadata.execution.success).toBe(false);
    expect([...metadata.content.input_files].sort()).toEqual(['como_dormir_bem.md', 'solidao_cronica.md']);
  });
});

describe.each(['vite', 'rollup', 'webpack'] as const)('a %s build that fails after its lessons are made', (bundler) => {
  const tempDir = useTempDir('lyfe-kt-plugin-late-');

  test('is packaged as a failed run, once the build is over', async () => {
    const app = copyApp(tempDir());
    const failure = await buildApp(bundler, app, { provider: 'offline' }, { failLate: true }).catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(BuildFailed);
    const [pkg] = packagesIn(path.join(app, 'packages'));
    expect(verifyPackage(pkg!).ok).toBe(true);
    const metadata = readJson(path.join(pkg!, 'logs', 'metadata.json'));
    expect(metadata.execution.success).toBe(false);
    // The lessons were made: the package holds them.
    expect(fs.readdirSync(path.join(pkg!, '03_output'))).toHaveLength(4);
  });
});

describe('a webpack build whose assets cannot be written', () => {
  const tempDir = useTempDir('lyfe-kt-plugin-emit-');

  test('is packaged as a failed run, and leaves no work folder behind', async () => {
    const app = copyApp(tempDir());
    // The output path is a file: webpack fails as it emits, and calls its `failed` hook instead of `done`.
    fs.writeFileSync(path.join(app, WEBPACK_OUT_DIR), 'not a folder');
    const failure = await buildApp('webpack', app, { provider: 'offline' }).catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(BuildFailed);
    expect((failure as Error).message).toMatch(/ENOTDIR/);
    const [pkg] = packagesIn(path.join(app, 'packages'));
    expect(pkg, 'a package under <root>/packages').toBeDefined();
    const metadata = readJson(path.join(pkg!, 'logs', 'metadata.json'));
    expect(metadata.execution.success).toBe(false);
    expect(fs.readdirSync(path.join(pkg!, '03_output'))).toHaveLength(4);
    expect(fs.readdirSync(path.join(app, 'node_modules', '.cache', 'lyfe-kt', 'builds'))).toEqual([]);
  });
});

describe('a webpack build that fails only in a child compilation', () => {
  const tempDir = useTempDir('lyfe-kt-plugin-child-');

  test('is packaged as a failed run', async () => {
    const app = copyApp(tempDir());
    // A second entry compiled as a child, as HTML and worker plugins compile theirs: its import is missing.
    fs.writeFileSync(path.join(app, 'src', 'worker.js'), "import './missing.js';\n");
    const childEntry = {
      apply(compiler: webpack.Compiler) {
        compiler.hooks.make.tapAsync('child-entry', (compilation, callback) => {
          const child = compilation.createChildCompiler('child-entry', { filename: 'worker.js' }, [new webpack.EntryPlugin(app, './src/worker.js', { name: 'worker' })]);
          child.runAsChild((error) => callback(error ?? undefined));
        });
      },
    };
    const failure = await buildApp('webpack', app, { provider: 'offline' }, { webpackPlugins: [childEntry] }).catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(BuildFailed);
    const [pkg] = packagesIn(path.join(app, 'packages'));
    const metadata = readJson(path.join(pkg!, 'logs', 'metadata.json'));
    expect(metadata.execution.success).toBe(false);
    expect(fs.readFileSync(path.join(pkg!, 'logs', 'execution_summary.md'), 'utf8')).toMatch(/Can't resolve '\.\/missing\.js'/);
  });
});

describe('a Rollup build whose files are written, and another plugin fails after', () => {
  const tempDir = useTempDir('lyfe-kt-plugin-write-');

  test('is packaged as a failed run: the plugins write their files at once, and ours counts the output only after the others', async () => {
    const app = copyApp(tempDir());
    const afterWrite = { name: 'after-write', writeBundle: () => new Promise<void>((_resolve, reject) => setImmediate(() => reject(new Error('the upload failed')))) };
    const inApp = { provider: 'offline' as const, cacheDir: path.join(app, 'node_modules', '.cache', 'lyfe-kt'), packageDir: path.join(app, 'packages') };
    const bundle = await rollup({ input: path.join(app, 'src', 'main.js'), plugins: [lyfeRollup(inApp), afterWrite] });
    try {
      await expect(bundle.write({ dir: path.join(app, 'dist'), format: 'es' })).rejects.toThrow('the upload failed');
    } finally {
      await bundle.close();
    }
    const [pkg] = packagesIn(path.join(app, 'packages'));
    expect(readJson(path.join(pkg!, 'logs', 'metadata.json')).execution.success).toBe(false);
  });
});

describe('an esbuild build', () => {
  const tempDir = useTempDir('lyfe-kt-plugin-names-');

  test("names a lesson's module by the content file relative to the project, as Rollup and Vite do, never by the build machine's path", async () => {
    const app = copyApp(tempDir());
    const built = await buildApp('esbuild', app, { provider: 'offline' });
    expect(built.code).toContain('// content/como_dormir_bem.md?supertask');
    expect(built.code).not.toContain(app);
  });

  test('generates a lesson imported through an alias, which esbuild resolves', async () => {
    const app = copyApp(tempDir());
    const main = path.join(app, 'src', 'main.js');
    fs.writeFileSync(main, fs.readFileSync(main, 'utf8').replace("'../content/como_dormir_bem.md?supertask'", "'@content/como_dormir_bem.md?supertask'"));
    const result = await esbuild.build({ entryPoints: [main], absWorkingDir: app, bundle: true, write: false, format: 'iife', logLevel: 'silent', alias: { '@content': './content' }, plugins: [lyfeEsbuild({ provider: 'offline' })] });
    const lines = runBundle(result.outputFiles[0]!.text);
    expect(lines[0]).toMatch(/^como_dormir_bem\.md \(sess_/);
    expect(lines).toHaveLength(4);
  });
});

describe('a lesson whose article cannot be read', () => {
  const tempDir = useTempDir('lyfe-kt-plugin-broken-');

  test('fails the build naming the content file, and is recorded about that file, not its copy in the build\'s work folder', async () => {
    const app = copyApp(tempDir());
    const article = path.join(app, 'content', 'como_dormir_bem.md');
    fs.writeFileSync(article, '---\ntitle: [unclosed\n---\n\n# Sono\n\nText.\n');
    const failure = await buildApp('rollup', app, { provider: 'offline' }).catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(BuildFailed);
    expect((failure as Error).message).toMatch(/content\/como_dormir_bem\.md: lesson not generated: the YAML frontmatter is broken/);
    // Rollup puts the module's path before a plugin's error itself: once, not twice.
    expect((failure as Error).message.match(/como_dormir_bem\.md: /g)).toHaveLength(1);
    const [pkg] = packagesIn(path.join(app, 'packages'));
    const error = packageRecords(pkg!, 'processing').find((record) => record.event === 'error' && record.stage === 'preprocess');
    expect(error?.data).toMatchObject({ file: article });
    const summary = fs.readFileSync(path.join(pkg!, 'logs', 'execution_summary.md'), 'utf8');
    expect(summary).toContain('- **File**: como_dormir_bem.md');
    expect(summary).not.toContain(path.join('.cache', 'lyfe-kt', 'builds'));
  });

  test('every lesson failing before generation: the package has no generation stage, as a run whose preprocessing failed', async () => {
    const app = copyApp(tempDir());
    for (const name of ['como_dormir_bem.md', 'solidao_cronica.md']) fs.writeFileSync(path.join(app, 'content', name), '');
    await expect(buildApp('rollup', app, { provider: 'offline' })).rejects.toBeInstanceOf(BuildFailed);
    const [pkg] = packagesIn(path.join(app, 'packages'));
    const metadata = readJson(path.join(pkg!, 'logs', 'metadata.json'));
    expect(metadata.execution).toMatchObject({ success: false, stages_executed: ['preprocessing', 'packaging'] });
    expect(fs.readFileSync(path.join(pkg!, 'logs', 'execution_summary.md'), 'utf8')).not.toContain('Generation');
  });
});

describe('a build given the openai provider\'s settings but no model, without OPENAI_API_KEY', () => {
  const tempDir = useTempDir('lyfe-kt-plugin-settings-');

  test('says once that the lessons are offline and the settings not used', async () => {
    const app = copyApp(tempDir());
    vi.stubEnv('OPENAI_API_KEY', '');
    try {
      const built = await buildApp('esbuild', app, { reasoningEffort: 'high', maxCompletionTokens: 9000 });
      const notice = "no OPENAI_API_KEY set: the lessons are the offline provider's, and reasoningEffort high and maxCompletionTokens 9000 are not used (set the key for the model's lessons, or provider: 'offline' to build offline)";
      expect(built.warnings.filter((warning) => warning.includes('OPENAI_API_KEY'))).toEqual([notice]);
      const [made] = packagesIn(path.join(app, 'packages'));
      expect(packageRecords(made!, 'processing').filter((r) => r.event === 'warning').map((r) => r.msg)).toEqual([notice]);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('two lessons whose articles differ in name only by letter case', () => {
  const tempDir = useTempDir('lyfe-kt-plugin-alike-');

  test('fail the second lesson, as run refuses such articles: macOS and Windows would keep one set of outputs', async () => {
    const app = copyApp(tempDir());
    fs.mkdirSync(path.join(app, 'content', 'other'));
    fs.copyFileSync(path.join(app, 'content', 'como_dormir_bem.md'), path.join(app, 'content', 'other', 'Como_Dormir_Bem.md'));
    const main = path.join(app, 'src', 'main.js');
    fs.writeFileSync(main, `import other from '../content/other/Como_Dormir_Bem.md?supertask';\n${fs.readFileSync(main, 'utf8')}\nrender([other.beginner], other.source);\n`);
    const failure = await buildApp('rollup', app, { provider: 'offline' }).catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(BuildFailed);
    expect((failure as Error).message).toMatch(/has the same name as .*content\/(other\/Como_Dormir_Bem|como_dormir_bem)\.md, but for letter case/);
  });
});

describe('a build whose package cannot be written', () => {
  const tempDir = useTempDir('lyfe-kt-plugin-unpackaged-');

  test('fails naming the plugin option to change, and the work folder left with the command that packages it', async () => {
    const app = copyApp(tempDir());
    fs.writeFileSync(path.join(app, 'blocked'), 'a file where the packages folder would be\n');
    const failure = (await buildApp('esbuild', app, { provider: 'offline', packageDir: 'blocked/packages' }).catch((error: unknown) => error)) as Error;
    expect(failure).toBeInstanceOf(BuildFailed);
    expect(failure.message).toMatch(/the build's package was not written: .*blocked/);
    // The plugin's option, not the CLI's flag.
    expect(failure.message).toContain('Give packageDir a folder you can write');
    expect(failure.message).not.toContain('--output-dir');
    const [session] = fs.readdirSync(path.join(app, 'node_modules', '.cache', 'lyfe-kt', 'builds'));
    const workDir = path.join(app, 'node_modules', '.cache', 'lyfe-kt', 'builds', session!);
    expect(failure.message).toContain(`lyfe-kt package --work-dir ${workDir} --log-dir ${path.join(app, 'node_modules', '.cache', 'lyfe-kt', 'logs')}`);
    expect(fs.existsSync(path.join(workDir, '03_output'))).toBe(true);
  });

  test('because its logDir is a file fails each lesson before it is generated, naming logDir and that file', async () => {
    const app = copyApp(tempDir());
    fs.writeFileSync(path.join(app, 'records'), 'a file where the log folder would be\n');
    const failure = (await buildApp('esbuild', app, { provider: 'offline', logDir: 'records' }).catch((error: unknown) => error)) as Error;
    expect(failure).toBeInstanceOf(BuildFailed);
    for (const article of ['como_dormir_bem', 'solidao_cronica']) {
      expect(failure.message).toContain(`content/${article}.md: lesson not generated: records: the log folder is a file, not a folder. Give logDir a folder`);
    }
    expect(failure.message).not.toContain('--log-dir');
    expect(fs.existsSync(path.join(app, 'node_modules', '.cache', 'lyfe-kt', 'builds'))).toBe(false);
  });

  test('with failOnInvalid: false, because its logDir is a file, warns and ships lessons of no session: null levels and a null session', async () => {
    const app = copyApp(tempDir());
    fs.writeFileSync(path.join(app, 'records'), 'a file where the log folder would be\n');
    fs.writeFileSync(path.join(app, 'src', 'main.js'), "import lesson from '../content/como_dormir_bem.md?supertask';\nconsole.log(JSON.stringify(lesson));\n");
    const built = await buildApp('esbuild', app, { provider: 'offline', logDir: 'records', failOnInvalid: false });
    expect(built.warnings.join('\n')).toContain('content/como_dormir_bem.md: lesson not generated: records: the log folder is a file');
    expect(JSON.parse(runBundle(built.code).join('\n'))).toEqual({ beginner: null, advanced: null, session: null, source: 'como_dormir_bem.md' });
    expect(packagesIn(path.join(app, 'packages'))).toEqual([]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('include and exclude', () => {
  const tempDir = useTempDir('lyfe-kt-plugin-filter-');

  test('an excluded import is left to the bundler, which has no loader for markdown; the package holds only the other lesson', async () => {
    const app = copyApp(tempDir());
    const failure = (await buildApp('esbuild', app, { provider: 'offline', exclude: 'content/solidao_cronica.md' }).catch((error: unknown) => error)) as Error;
    expect(failure.message).toMatch(/No loader is configured for "\.md" files: content\/solidao_cronica\.md\?supertask/);
    const [pkg] = packagesIn(path.join(app, 'packages'));
    expect(readJson(path.join(pkg!, 'logs', 'metadata.json')).content.input_files).toEqual(['como_dormir_bem.md']);
  });
});

describe('package entry points', () => {
  test('lyfe-kt/vite, /rollup, /webpack and /esbuild resolve to compiled plugin factories with types, and lyfe-kt to the API', () => {
    // dist/lib is compiled by the global setup; Node resolves the package's own name through `exports`.
    const script = `
      const names = ['vite', 'rollup', 'webpack', 'esbuild'];
      const out = {};
      for (const name of names) {
        const factory = (await import('lyfe-kt/' + name)).default;
        const plugin = factory({ provider: 'offline' });
        out[name] = [typeof factory, typeof plugin.name === 'string' ? plugin.name : typeof plugin.apply === 'function' ? 'apply' : typeof plugin.setup];
      }
      out.root = Object.keys(await import('lyfe-kt')).sort();
      console.log(JSON.stringify(out));`;
    const printed = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(printed)).toEqual({
      vite: ['function', 'lyfe-kt'],
      rollup: ['function', 'lyfe-kt'],
      webpack: ['function', 'apply'],
      esbuild: ['function', 'lyfe-kt'],
      root: ['ExitCode', 'LyfeError', 'listSessions', 'mergePackages', 'packageRun', 'readPackageRecords', 'readSession', 'run', 'usePrices', 'verifyPackage'],
    });
    const exportsField = readJson(path.resolve('package.json')).exports as Record<string, { types: string; default: string }>;
    for (const name of ['.', './vite', './rollup', './webpack', './esbuild']) {
      expect(fs.existsSync(path.resolve(exportsField[name]!.types)), `${name} types`).toBe(true);
      expect(fs.existsSync(path.resolve(exportsField[name]!.default)), `${name} code`).toBe(true);
    }
    expect(fs.existsSync(path.resolve(exportsField['./client']!.types)), 'client types').toBe(true);
    expect(fs.existsSync(path.resolve(exportsField['./lessons']!.types)), 'lesson types').toBe(true);
  });

  test("lyfe-kt/lessons resolves for a bundler too: a TypeScript import of its types with `type` inside the braces (verbatimModuleSyntax, as Vite's templates set it) is kept as an import of the module", async () => {
    const app = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-plugin-lessons-'));
    try {
      fs.mkdirSync(path.join(app, 'node_modules'));
      fs.symlinkSync(path.resolve('.'), path.join(app, 'node_modules', 'lyfe-kt'), 'dir');
      fs.writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'bundler', verbatimModuleSyntax: true, strict: true } }));
      fs.writeFileSync(path.join(app, 'main.ts'), "import { type Supertask } from 'lyfe-kt/lessons';\nexport const title = (lesson: Supertask): string => lesson.title;\n");
      const built = await viteBuild({ root: app, logLevel: 'silent', configFile: false, build: { write: false, minify: false, lib: { entry: path.join(app, 'main.ts'), formats: ['es'], fileName: 'main' } } });
      const [output] = Array.isArray(built) ? built : [built as Rollup.RollupOutput];
      expect(output!.output[0].code).toContain('lesson.title');
    } finally {
      fs.rmSync(app, { recursive: true, force: true });
    }
  });
});

describe('entry point types', () => {
  // One app with lyfe-kt installed, checked as each kind of project would check it, each kind in a
  // folder of its own; the declarations they share (TypeScript's lib, @types/node, lyfe-kt's) are
  // parsed once.
  let app: string;
  beforeAll(() => {
    app = fs.mkdtempSync(path.join(os.tmpdir(), 'lyfe-kt-plugin-types-'));
    fs.mkdirSync(path.join(app, 'node_modules', '@types'), { recursive: true });
    fs.symlinkSync(path.resolve('.'), path.join(app, 'node_modules', 'lyfe-kt'), 'junction');
    fs.symlinkSync(path.resolve('node_modules/@types/node'), path.join(app, 'node_modules', '@types', 'node'), 'junction');
  });
  afterAll(() => fs.rmSync(app, { recursive: true, force: true }));
  const parsed = new Map<string, ts.SourceFile | undefined>();
  const cachingHost = (options: ts.CompilerOptions): ts.CompilerHost => {
    const host = ts.createCompilerHost(options);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, languageVersion, ...rest) => {
      const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
      if (!parsed.has(key)) parsed.set(key, getSourceFile(fileName, languageVersion, ...rest));
      return parsed.get(key);
    };
    return host;
  };

  test.each([
    ['node16', 'app.mts', { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 }],
    ['bundler', 'app.ts', { module: ts.ModuleKind.Preserve, moduleResolution: ts.ModuleResolutionKind.Bundler }],
    // Deprecated by TypeScript 6, still what older projects use.
    ['node10 (through typesVersions)', 'app.ts', { module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10, ignoreDeprecations: '6.0' }],
  ])('resolve with moduleResolution %s', (kind, name, resolution) => {
    const project = path.join(app, kind.split(' ')[0]!);
    fs.mkdirSync(project);
    const file = path.join(project, name);
    fs.writeFileSync(
      file,
      `import vite, { type LyfePluginOptions } from 'lyfe-kt/vite';
       import rollup from 'lyfe-kt/rollup';
       import webpack from 'lyfe-kt/webpack';
       import esbuild from 'lyfe-kt/esbuild';
       const options: LyfePluginOptions = { packageDir: 'packages', failOnInvalid: false };
       export const plugins = [vite(options), rollup(), webpack({ provider: 'offline' }), esbuild({ schemaVersion: '1.0' })];
       // @ts-expect-error not a provider: the options are typed, not any
       rollup({ provider: 'anthropic' });
       import lesson, { advanced } from './content/sleep.md?supertask';
       import { run, type Supertask, type SupertaskItem } from 'lyfe-kt';
       export const items: SupertaskItem[] = [...lesson.beginner.flexibleItems, ...advanced.flexibleItems];
       export const level: Supertask = lesson.advanced;
       export const started = run('content', { schemaVersion: '1.0' }).then((result) => result.package.path);
       import type { LessonModule, SupertaskItem as LessonItem, SupertaskV1_0 } from 'lyfe-kt/lessons';
       export const same: LessonItem[] = items;
       export const older: LessonModule<SupertaskV1_0 | null> = { beginner: null, advanced: null, session: lesson.session, source: lesson.source };
       // A build that succeeds with failOnInvalid (the default) has a session for every lesson; with
       // failOnInvalid: false a lesson whose session could not begin has null levels and a null session.
       export const made: string = lesson.session;
       // @ts-expect-error the session of a lesson that may not have been generated may be null
       export const unchecked = (maybe: LessonModule<SupertaskV1_0 | null>): string => maybe.session;
       // @ts-expect-error a misspelt field: the lesson is typed, not any
       lesson.beginner.flexibleItem;`,
    );
    // The lesson modules are declared by the client types, as an app declares them.
    fs.writeFileSync(path.join(project, 'env.d.ts'), '/// <reference types="lyfe-kt/client" />\n');
    // preserveSymlinks: the package's files seen where an install puts them, under the app's node_modules.
    const options: ts.CompilerOptions = { ...resolution, preserveSymlinks: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'], strict: true, noEmit: true, skipLibCheck: true, types: ['node'] };
    const program = ts.createProgram([file, path.join(project, 'env.d.ts')], options, cachingHost(options));
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
  });
});

