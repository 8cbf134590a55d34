import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { rollup, type RollupLog } from 'rollup';
import { build as viteBuild, type Rollup } from 'vite';
import webpack from 'webpack';
import lyfeEsbuild from '../../src/plugin/esbuild.js';
import lyfeRollup from '../../src/plugin/rollup.js';
import lyfeVite from '../../src/plugin/vite.js';
import lyfeWebpack from '../../src/plugin/webpack.js';
import type { LyfePluginOptions } from '../../src/plugin/options.js';
import type { LogRecord } from '../../src/records/types.js';

export const FIXTURE_APP = path.resolve('test/plugin/fixture-app');
export const BUNDLERS = ['vite', 'rollup', 'webpack', 'esbuild'] as const;
export type Bundler = (typeof BUNDLERS)[number];
/** Where a webpack build of an app writes its bundle, under the app. */
export const WEBPACK_OUT_DIR = 'dist-webpack';

/** A copy of the fixture app in `dir`: its cache, packages and records stay inside it. */
export function copyApp(dir: string): string {
  const app = path.join(dir, 'app');
  fs.cpSync(FIXTURE_APP, app, { recursive: true });
  return app;
}

export interface Built {
  /** The bundle's JavaScript. */
  code: string;
  /** Warning messages of the build. */
  warnings: string[];
}

/** A failed build: the bundler's own error text, as a user would see it. */
export class BuildFailed extends Error {}

/**
 * Builds `<app>/src/main.js` with a bundler's JavaScript API and the lyfe-kt plugin, into a script
 * (no imports left) that can be evaluated.
 */
export async function buildApp(bundler: Bundler, app: string, options: LyfePluginOptions, { failLate = false, webpackPlugins = [] as webpack.WebpackPluginInstance[] } = {}): Promise<Built> {
  const warnings: string[] = [];
  const entry = path.join(app, 'src', 'main.js');
  // `failLate`: the build fails after the lessons are made, in its output step (Rollup, Vite) or once emitted (webpack).
  const late = failLate ? [{ name: 'late-failure', generateBundle(this: { error(message: string): never }) { this.error('the output step failed'); } }] : [];
  switch (bundler) {
    case 'vite': {
      try {
        const result = (await viteBuild({
          root: app,
          configFile: false,
          logLevel: 'silent',
          plugins: [lyfeVite(options), ...late],
          build: {
            write: false,
            minify: false,
            modulePreload: { polyfill: false },
            rollupOptions: { input: entry, output: { format: 'iife' }, onwarn: (warning: RollupLog) => warnings.push(warning.message) },
          },
        })) as Rollup.RollupOutput | Rollup.RollupOutput[];
        const output = Array.isArray(result) ? result[0]! : result;
        return { code: output.output.filter((chunk) => chunk.type === 'chunk').map((chunk) => chunk.code).join('\n'), warnings };
      } catch (error) {
        throw new BuildFailed((error as Error).message);
      }
    }
    case 'rollup': {
      let bundle: Awaited<ReturnType<typeof rollup>> | undefined;
      try {
        // Rollup has no project root: the plugin's default folders are under the working directory.
        const inApp = { cacheDir: path.join(app, 'node_modules', '.cache', 'lyfe-kt'), packageDir: path.join(app, 'packages'), ...options };
        bundle = await rollup({ input: entry, plugins: [lyfeRollup(inApp), ...late], onwarn: (warning) => warnings.push(warning.message) });
        const { output } = await bundle.generate({ format: 'iife' });
        return { code: output[0].code, warnings };
      } catch (error) {
        throw new BuildFailed((error as Error).message);
      } finally {
        await bundle?.close();
      }
    }
    case 'webpack': {
      const outDir = path.join(app, WEBPACK_OUT_DIR);
      const compiler = webpack({
        mode: 'production',
        context: app,
        entry: './src/main.js',
        output: { path: outDir, filename: 'main.js' },
        plugins: [lyfeWebpack(options), ...webpackPlugins],
        infrastructureLogging: { level: 'none' },
        // An error webpack adds once the assets are emitted.
        ...(failLate ? { performance: { hints: 'error' as const, maxAssetSize: 1, maxEntrypointSize: 1 } } : {}),
      });
      // Closed whether the run failed or not, as webpack-cli does: plugins finish their work as it closes.
      const run = await new Promise<{ error: Error | null; stats?: webpack.Stats }>((resolve) => compiler.run((error, stats) => resolve({ error, stats })));
      await new Promise<void>((resolve, reject) => compiler.close((error) => (error ? reject(error) : resolve())));
      if (run.error) throw new BuildFailed(run.error.message);
      const stats = run.stats!;
      const json = stats.toJson({ all: false, errors: true, warnings: true });
      warnings.push(...(json.warnings ?? []).map((w) => w.message));
      if (stats.hasErrors()) throw new BuildFailed((json.errors ?? []).map((e) => `${e.moduleName ?? ''}\n${e.message}`).join('\n'));
      return { code: fs.readFileSync(path.join(outDir, 'main.js'), 'utf8'), warnings };
    }
    case 'esbuild': {
      try {
        const result = await esbuild.build({
          entryPoints: [entry],
          absWorkingDir: app,
          bundle: true,
          write: false,
          format: 'iife',
          charset: 'utf8',
          logLevel: 'silent',
          plugins: [lyfeEsbuild(options)],
        });
        warnings.push(...result.warnings.map((w) => w.text));
        return { code: result.outputFiles[0]!.text, warnings };
      } catch (error) {
        const failure = error as esbuild.BuildFailure;
        throw new BuildFailed(failure.errors ? (await esbuild.formatMessages(failure.errors, { kind: 'error' })).join('\n') : failure.message);
      }
    }
  }
}

/** Runs a bundle of the fixture app and returns what it printed: a caption, then one line per supertask. */
export function runBundle(code: string): string[] {
  const lines: string[] = [];
  vm.runInNewContext(code, { console: { log: (text: string) => lines.push(...String(text).split('\n')) } });
  return lines;
}

/** Package folders under `dir`, oldest first. */
export function packagesIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .map((name) => path.join(dir, name))
    .sort((a, b) => fs.statSync(a).birthtimeMs - fs.statSync(b).birthtimeMs || (a < b ? -1 : 1));
}

export function readJson<T = Record<string, any>>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

/** The LLM attempt records of a package (the prompt audit less the records of requests sent). */
export function packageAttempts(pkg: string): LogRecord[] {
  return packageRecords(pkg, 'prompts').filter((record) => record.event === 'llm.attempt');
}

/** The records of a package's `logs/<name>.jsonl`. */
export function packageRecords(pkg: string, name: 'prompts' | 'processing'): LogRecord[] {
  return fs
    .readFileSync(path.join(pkg, 'logs', `${name}.jsonl`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LogRecord);
}

/** The titles of a package's supertasks, by output file name. */
export function outputTitles(pkg: string): Record<string, string> {
  const dir = path.join(pkg, '03_output');
  return Object.fromEntries(fs.readdirSync(dir).map((name) => [name, readJson<{ title: string }>(path.join(dir, name)).title]));
}
