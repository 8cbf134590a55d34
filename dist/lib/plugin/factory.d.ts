import path from 'node:path';
import { type UnpluginFactory } from 'unplugin';
import { type LyfePluginOptions } from './options.js';
export declare const PLUGIN_NAME = "lyfe-kt";
/** What marks an import as a lesson: `./content/sleep.md?supertask`. */
export declare const SUPERTASK_QUERY = "?supertask";
/**
 * The content file an import of a `?supertask` specifier names, or null when the bundler's resolver
 * should decide: aliases, packages, root-relative URLs it knows how to serve, and imports from
 * virtual modules, which have no folder. `paths` is the platform's: Windows importers come as
 * `C:\app\src\main.js` (webpack) or `C:/app/src/main.js` (Vite), and both resolve there.
 */
export declare function lessonFileOf(specifier: string, importer: string | undefined, paths?: path.PlatformPath): string | null;
export declare const lyfeFactory: UnpluginFactory<LyfePluginOptions | undefined, false>;
export declare const lyfeUnplugin: import("unplugin").UnpluginInstance<LyfePluginOptions | undefined, false>;
