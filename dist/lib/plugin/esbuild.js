import { lyfeUnplugin } from './factory.js';
/** `lyfe-kt/esbuild`: the plugin factory for esbuild. */
export default lyfeUnplugin.esbuild;
