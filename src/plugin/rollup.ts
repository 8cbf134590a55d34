import { lyfeUnplugin } from './factory.js';

export type { LyfePluginOptions } from './options.js';

/** `lyfe-kt/rollup`: the plugin factory for Rollup. */
export default lyfeUnplugin.rollup;
