import { type UnpluginFactory } from 'unplugin';
import { type LyfePluginOptions } from './options.js';
export declare const PLUGIN_NAME = "lyfe-kt";
/** What marks an import as a lesson: `./content/sleep.md?supertask`. */
export declare const SUPERTASK_QUERY = "?supertask";
export declare const lyfeFactory: UnpluginFactory<LyfePluginOptions | undefined, false>;
export declare const lyfeUnplugin: import("unplugin").UnpluginInstance<LyfePluginOptions | undefined, false>;
