export type { LyfePluginOptions } from './options.js';
/** `lyfe-kt/esbuild`: the plugin factory for esbuild. */
declare const _default: (options?: import("./options.js").LyfePluginOptions | undefined) => import("esbuild").Plugin;
export default _default;
