import { lyfeUnplugin } from './factory.js';

export type { LyfePluginOptions } from './options.js';

/** `lyfe-kt/webpack`: the plugin factory for webpack. */
export default lyfeUnplugin.webpack;
