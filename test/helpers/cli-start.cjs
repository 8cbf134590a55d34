'use strict';
// The CLI as the tests start it (test/global-setup.ts copies this file beside the bundle as
// `cli.cjs`): `bundle.cjs`, compiled with the V8 code cache that the global setup's warm-up run left
// in `bundle.cache`. A child then deserializes the functions a run compiled instead of parsing and
// compiling them again. V8 refuses a cache made for other sources or flags (a child started with
// `--cpu-prof`, say), and the bundle is then compiled as Node would.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const file = path.join(__dirname, 'bundle.cjs');
const cacheFile = path.join(__dirname, 'bundle.cache');
let cachedData;
try {
  cachedData = fs.readFileSync(cacheFile);
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
}
const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
// test/cli-start.test.ts asks whether V8 took the cache.
if (process.env.LYFE_KT_TEST_REPORT_CODE_CACHE) process.stderr.write(`code cache: ${cachedData === undefined ? 'none' : script.cachedDataRejected ? 'refused' : 'taken'}\n`);
if (process.env.LYFE_KT_TEST_WRITE_CODE_CACHE) {
  process.on('exit', () => {
    fs.writeFileSync(`${cacheFile}.tmp`, script.createCachedData());
    fs.renameSync(`${cacheFile}.tmp`, cacheFile);
  });
}
const bundle = new Module(file, module);
script.runInThisContext().call(bundle.exports, bundle.exports, Module.createRequire(file), bundle, file, __dirname);
