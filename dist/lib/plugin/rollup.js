import { lyfeUnplugin } from './factory.js';
/** `lyfe-kt/rollup`: the plugin factory for Rollup. */
export default lyfeUnplugin.rollup;
