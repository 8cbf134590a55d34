export type { LyfePluginOptions } from './options.js';
/** `lyfe-kt/rollup`: the plugin factory for Rollup. */
declare const _default: (options?: import("./options.js").LyfePluginOptions | undefined) => import("rollup").Plugin<any>;
export default _default;
