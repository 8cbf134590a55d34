import { lyfeUnplugin } from './factory.js';
/** `lyfe-kt/vite`: the plugin factory for Vite. */
export default lyfeUnplugin.vite;
