import { lyfeUnplugin } from './factory.js';

export type { LyfePluginOptions } from './options.js';

/** `lyfe-kt/esbuild`: the plugin factory for esbuild. */
export default lyfeUnplugin.esbuild;
