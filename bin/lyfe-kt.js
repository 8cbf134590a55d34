#!/usr/bin/env node
// Starts from the ncc bundle: one file to read and compile instead of the hundreds of modules of
// `dist/lib` and node_modules.
const bundle = new URL('../dist/cli/index.js', import.meta.url);
try {
  await import(bundle.href);
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || error.url !== bundle.href) throw error;
  process.stderr.write(
    `lyfe-kt: ${decodeURIComponent(bundle.pathname)} is missing: this copy of lyfe-kt is not built. Run \`npm run build\` in its folder, or install the published package\n`,
  );
  process.exitCode = 1;
}
