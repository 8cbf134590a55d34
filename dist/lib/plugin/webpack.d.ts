export type { LyfePluginOptions } from './options.js';
/** `lyfe-kt/webpack`: the plugin factory for webpack. */
declare const _default: (options?: import("./options.js").LyfePluginOptions | undefined) => import("webpack").WebpackPluginInstance;
export default _default;
