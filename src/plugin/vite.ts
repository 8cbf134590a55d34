import { lyfeUnplugin } from './factory.js';

export type { LyfePluginOptions } from './options.js';

/** `lyfe-kt/vite`: the plugin factory for Vite. */
export default lyfeUnplugin.vite;
