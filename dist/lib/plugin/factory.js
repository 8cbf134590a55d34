import fs from 'node:fs';
import path from 'node:path';
import pLimit from 'p-limit';
import { createUnplugin } from 'unplugin';
import { errorText, LyfeError } from '../errors.js';
import { withAuditCommand } from '../llm/call.js';
import { DEFAULT_CONCURRENCY } from '../pipeline/options.js';
import { BuildSession } from './build-session.js';
import { closeOnSigint } from './close-on-sigint.js';
import { lessonModuleCode } from './module-code.js';
import { resolvePluginOptions } from './options.js';
export const PLUGIN_NAME = 'lyfe-kt';
/** What marks an import as a lesson: `./content/sleep.md?supertask`. */
export const SUPERTASK_QUERY = '?supertask';
const SUPERTASK_ID = /\.md\?supertask$/;
/** Other plugins' virtual modules: their ids name no file, whatever they end with. */
const isVirtual = (id) => id.startsWith('\0');
/**
 * The content file an import of a `?supertask` specifier names, or null when the bundler's resolver
 * should decide: aliases, packages, root-relative URLs it knows how to serve, and imports from
 * virtual modules, which have no folder. `paths` is the platform's: Windows importers come as
 * `C:\app\src\main.js` (webpack) or `C:/app/src/main.js` (Vite), and both resolve there.
 */
export function lessonFileOf(specifier, importer, paths = path) {
    if (isVirtual(specifier))
        return null;
    const bare = specifier.slice(0, -SUPERTASK_QUERY.length);
    if (paths.isAbsolute(bare))
        return bare;
    if (!bare.startsWith('.') || !importer || isVirtual(importer))
        return null;
    // An importer's own query (`App.vue?vue&type=script`) is no part of its folder.
    return paths.resolve(paths.dirname(importer.replace(/\?.*$/s, '')), bare);
}
/**
 * A webpack compilation's first error, or else a child compilation's (an HTML template's, a
 * worker's): webpack fails the build for either (`stats.hasErrors()`).
 */
function webpackError(compilation) {
    return compilation.getErrors()[0] ?? compilation.children.map(webpackError).find((error) => error !== undefined);
}
/** The content file as the user sees it: relative to the project root when it is inside it. */
function shownPath(file, root) {
    const relative = path.relative(root, file);
    return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
/** The CLI's flags a message of the library's may name, and the plugin's options that set the same. */
const OPTION_OF_FLAG = {
    '--output-dir': 'packageDir',
    '--log-dir': 'logDir',
    '--provider': 'provider',
    '--model': 'model',
    '--reasoning-effort': 'reasoningEffort',
    '--response-format': 'responseFormat',
    '--timeout': 'timeout',
    '--max-completion-tokens': 'maxCompletionTokens',
};
const FLAG = new RegExp(`(?<![\\w-])(${Object.keys(OPTION_OF_FLAG).join('|')})(?![\\w-])`, 'g');
/** A message of the library's, which names the CLI's flags, as said to a plugin user, who sets the options of the same name. */
function inOptionNames(text) {
    return text.replace(FLAG, (flag) => OPTION_OF_FLAG[flag]);
}
/**
 * A lesson that could not be generated: the cause and its fix, in one line, and the file it is
 * about when that is another one (the log folder). A build's records are not where `lyfe-kt logs`
 * looks by default: the pointer to the prompt audit names them.
 */
function failedLessonMessage(file, root, error, audit) {
    const other = error instanceof LyfeError && error.file !== undefined ? path.resolve(error.file) : file;
    const about = other === file ? '' : `${shownPath(other, root)}: `;
    const message = about + inOptionNames(error instanceof Error ? error.message : String(error));
    const given = error instanceof LyfeError && error.fix !== undefined ? inOptionNames(error.fix) : undefined;
    const fixText = audit ? given && withAuditCommand(given, `\`lyfe-kt logs --prompts --session ${audit.sessionId} --log-dir ${audit.logDir}\``) : given;
    const fix = fixText ? `. ${fixText}` : '';
    return `${shownPath(file, root)}: lesson not generated: ${fix ? message.replace(/\.$/, '') : message}${fix}`;
}
/** A lesson generated with schema errors: the first errors of each invalid output, and where the rest are. */
function invalidLessonMessage(shown, lesson, schemaVersion) {
    const details = lesson.invalid.map((o) => `${o.output}: ${o.errors.slice(0, 3).join('; ')}${o.errors.length > 3 ? `; … ${o.errors.length - 3} more` : ''}`);
    return `${shown}: ${lesson.invalid.length} generated supertask(s) fail schema v${schemaVersion} (${details.join(' | ')}). See the generation report in the build's package, or set failOnInvalid: false to only warn.`;
}
export const lyfeFactory = (userOptions, meta) => {
    // Validated now, so that a bad option fails at config time; paths are resolved again against the bundler's root.
    // Bundlers show what a config throws by its message alone: the fix goes into it.
    const resolveOptions = (dir) => {
        try {
            return resolvePluginOptions(userOptions, dir);
        }
        catch (error) {
            throw new Error(`[${PLUGIN_NAME}] ${errorText(error)}`, { cause: error });
        }
    };
    let root = process.cwd();
    let options = resolveOptions(root);
    const setRoot = (dir) => {
        root = dir ? path.resolve(dir) : process.cwd();
        options = resolveOptions(root);
    };
    // Every lesson of every build of this plugin instance waits its turn here.
    const limit = pLimit(DEFAULT_CONCURRENCY);
    /** Vite's dev server's logger, when this instance serves one (see `buildEnd`). */
    let devServerLogger;
    /** The current build's session, begun by its first lesson: a build without lessons records nothing. */
    let session;
    /**
     * Rollup and Vite: the build's failure so far, and its outputs begun and completed. The session
     * ends when the bundle closes, after its outputs: an output that fails (another plugin's
     * `generateBundle`, an option that does not fit the chunks) fails the build too.
     */
    let bundleState = { error: undefined, begun: 0, completed: 0 };
    /** Ends the current build's session and writes its package; `buildError` is the bundler's own failure. */
    async function finishBuild(buildError) {
        const current = session;
        session = undefined;
        if (!current)
            return;
        let build;
        try {
            build = await current;
        }
        catch {
            return; // the session could not begin: each lesson already reported why
        }
        try {
            await build.finish(buildError);
        }
        catch (error) {
            const reason = inOptionNames(errorText(error));
            const left = fs.existsSync(build.workDir) ? `. The build's work folder stays: \`lyfe-kt package --work-dir ${build.workDir} --log-dir ${options.logDir}\` packages it` : '';
            throw new Error(`[${PLUGIN_NAME}] the build's package was not written: ${reason.replace(/\.$/, '')}${left}`);
        }
    }
    /**
     * Rollup's and Vite's hooks of a build's outputs. An output is complete once every plugin's
     * `generateBundle` ran (ours runs last: `order: 'post'`) and, when it is written, its files are
     * and every other plugin's `writeBundle` ended well (ours runs after them); one begun and not
     * complete when the bundle closes failed, whatever failed it.
     */
    function outputHooks() {
        return {
            renderStart() {
                bundleState.begun += 1;
            },
            renderError(error) {
                bundleState.error ??= error;
            },
            generateBundle: {
                order: 'post',
                handler(_options, _bundle, isWrite) {
                    if (!isWrite)
                        bundleState.completed += 1;
                },
            },
            // Rollup runs the plugins' writeBundle at once: `sequential` waits for the others', and skips this one when one fails.
            writeBundle: {
                order: 'post',
                sequential: true,
                handler() {
                    bundleState.completed += 1;
                },
            },
            async closeBundle(error) {
                // A rebuild of a Rollup watcher (as of a webpack one): the session goes on through the next
                // rebuilds, and ends when the watcher closes. Vite's dev server ends its build once, when it
                // closes; other watchers (Vite's build --watch, esbuild contexts) make a session per rebuild.
                if (meta.framework === 'rollup' && this.meta?.watchMode === true)
                    return;
                const state = bundleState;
                bundleState = { error: undefined, begun: 0, completed: 0 };
                const unfinished = state.begun > state.completed ? new Error(`${state.begun - state.completed} of the build's ${state.begun} outputs failed after the lessons were made`) : undefined;
                try {
                    await finishBuild(state.error ?? error ?? unfinished);
                }
                catch (failure) {
                    // Vite's dev server drops what its plugins throw as it closes: its logger is how it is told.
                    devServerLogger?.error(errorText(failure));
                    throw failure;
                }
            },
        };
    }
    async function load(moduleId) {
        const file = moduleId.slice(0, -SUPERTASK_QUERY.length);
        // Vite resolves `?supertask` imports by itself: an excluded one is left to the other plugins here too.
        if (isVirtual(moduleId) || !options.isLessonFile(file))
            return null;
        this.addWatchFile(file);
        let build;
        let lesson;
        let problem;
        try {
            build = await (session ??= BuildSession.begin(options, meta.framework, limit));
            const notice = build.takeNotice();
            if (notice)
                this.warn({ message: notice, plugin: PLUGIN_NAME, stack: '' });
            lesson = await build.current(file);
            if (lesson.invalid.length > 0) {
                problem = invalidLessonMessage(shownPath(file, root), lesson, options.schemaVersion);
                if (options.failOnInvalid)
                    build.rejectInvalid(lesson, new LyfeError(problem, { file }));
            }
        }
        catch (error) {
            problem = failedLessonMessage(file, root, error, build && { sessionId: build.sessionId, logDir: shownPath(options.logDir, root) });
        }
        if (problem) {
            // The bundler's own way: an error (or warning) attached to the content file. The message is the
            // whole story: an empty stack keeps bundlers from printing the plugin's insides under it.
            // Rollup puts the module's path before the message itself (`[plugin lyfe-kt] content/sleep.md: …`): it is said once.
            const shown = `${shownPath(file, root)}: `;
            const text = meta.framework === 'rollup' && problem.startsWith(shown) ? problem.slice(shown.length) : problem;
            const message = { id: file, message: text, plugin: PLUGIN_NAME, stack: '' };
            if (options.failOnInvalid)
                this.error(message);
            else
                this.warn(message);
        }
        // Bundlers that collect errors rather than throw them still get a module that parses.
        return lessonModuleCode(lesson?.exports ?? { beginner: null, advanced: null, session: build?.sessionId ?? null, source: path.basename(file) });
    }
    return {
        name: PLUGIN_NAME,
        enforce: 'pre',
        // esbuild resolves `?supertask` imports itself, to the content file with the query as its suffix:
        // its output and source maps name the module by the file relative to the project, where an id of
        // ours would be a module of the `lyfe-kt:` namespace, named by its absolute path.
        ...(meta.framework === 'esbuild'
            ? {}
            : {
                resolveId: {
                    filter: { id: SUPERTASK_ID },
                    handler(specifier, importer) {
                        const file = lessonFileOf(specifier, importer);
                        // Excluded or missing files are not ours: the bundler reports them its own way.
                        return file !== null && options.isLessonFile(file) && fs.existsSync(file) ? file + SUPERTASK_QUERY : null;
                    },
                },
            }),
        load: { filter: { id: SUPERTASK_ID }, handler: load },
        buildEnd(...args) {
            // esbuild's build end is taken in its own onEnd, webpack's in its `done` (below): each is told
            // whether the whole build failed. Rollup's and Vite's is kept for when the bundle closes.
            if (meta.framework !== 'rollup' && meta.framework !== 'vite')
                return;
            // Rollup and Vite pass the build's own failure.
            if (args[0] instanceof Error)
                bundleState.error ??= args[0];
        },
        rollup: {
            ...outputHooks(),
            // Rollup waits for this when its watcher closes: the package is written by then.
            closeWatcher: () => finishBuild(undefined),
        },
        vite: {
            ...outputHooks(),
            configResolved(config) {
                setRoot(config.root);
            },
            configureServer(server) {
                devServerLogger = server.config.logger;
                // Ctrl-C closes the server while it listens, so that the session is packaged. In middleware mode
                // (no HTTP server) the app that serves Vite owns the process and its signals, as Vite leaves SIGTERM to it.
                const http = server.httpServer;
                if (!http)
                    return;
                http.once('listening', () => {
                    const stop = closeOnSigint(() => server.close(), (error) => server.config.logger.error(`[${PLUGIN_NAME}] the dev server did not close: ${errorText(error)}`));
                    http.once('close', stop);
                });
            },
        },
        webpack(compiler) {
            setRoot(compiler.options.context);
            // After the assets are emitted: an error any plugin adds until then (a size limit, a minifier) fails the run too.
            compiler.hooks.done.tapPromise(PLUGIN_NAME, async (stats) => {
                // A watcher's session ends when it closes (`watchClose`, below).
                if (compiler.watchMode)
                    return;
                await finishBuild(webpackError(stats.compilation));
            });
            // `failed` and a watcher's close are synchronous: the package is written meanwhile, and `compiler.close()` waits for it.
            let closing;
            const finishLater = (buildError) => {
                closing = finishBuild(buildError).catch((error) => compiler.getInfrastructureLogger(PLUGIN_NAME).error(errorText(error)));
            };
            // A run that fails outside the compilation (its assets not written: the output path is a file) ends without `done`.
            compiler.hooks.failed.tap(PLUGIN_NAME, (error) => {
                if (!compiler.watchMode)
                    finishLater(error);
            });
            compiler.hooks.watchClose.tap(PLUGIN_NAME, () => finishLater(undefined));
            compiler.hooks.shutdown.tapPromise(PLUGIN_NAME, async () => {
                await closing;
            });
        },
        esbuild: {
            // esbuild calls into JavaScript only for the markdown files it loads, instead of for every one;
            // it matches the path without its suffix, and the load filter then takes the `?supertask` ones.
            onLoadFilter: /\.md$/,
            loader: 'js',
            config(initialOptions) {
                setRoot(initialOptions.absWorkingDir);
            },
            setup(build) {
                build.onEnd(async (result) => {
                    const [first] = result.errors;
                    await finishBuild(first ? new Error(first.text) : undefined);
                });
            },
        },
    };
};
export const lyfeUnplugin = createUnplugin(lyfeFactory);
