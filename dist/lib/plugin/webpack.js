import { lyfeUnplugin } from './factory.js';
/** `lyfe-kt/webpack`: the plugin factory for webpack. */
export default lyfeUnplugin.webpack;
