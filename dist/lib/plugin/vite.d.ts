export type { LyfePluginOptions } from './options.js';
/** `lyfe-kt/vite`: the plugin factory for Vite. */
declare const _default: (options?: import("./options.js").LyfePluginOptions | undefined) => import("vite").Plugin<any>;
export default _default;
