/**
 * Preloaded (`node --require`) into a CLI child to SIGKILL it at one exact point of packaging or of
 * a stage, or fail it there, chosen by LYFE_KT_KILL_AT:
 * - `place`: right after the assembled package is renamed into place (`.<name>.tmp-<pid>-<hex>` to its name);
 * - `fail-place`: that rename fails (EACCES) instead;
 * - `replace:<file>`: right after that rename, the work file `<file>` is replaced by hand (another file renamed over its name);
 * - `unlink:<n>`: when the n-th removal of a work file (`fs.promises.unlink`) is asked for, before it is done;
 * - `result:<n>`: right after the n-th `file.result` record is written to its record file.
 */
const fs = require('node:fs');

const [point, count] = (process.env.LYFE_KT_KILL_AT ?? '').split(':');
const kill = () => process.kill(process.pid, 'SIGKILL');

if (point === 'place') {
  const renameSync = fs.renameSync;
  fs.renameSync = function (from, to) {
    const result = renameSync.call(this, from, to);
    if (/\.tmp-\d+-[0-9a-f]{6}$/.test(String(from))) kill();
    return result;
  };
}
if (point === 'fail-place') {
  const renameSync = fs.renameSync;
  fs.renameSync = function (from, to) {
    if (/\.tmp-\d+-[0-9a-f]{6}$/.test(String(from))) throw Object.assign(new Error(`EACCES: permission denied, rename '${from}' -> '${to}'`), { code: 'EACCES', path: String(from) });
    return renameSync.call(this, from, to);
  };
}
if (point === 'replace') {
  const renameSync = fs.renameSync;
  fs.renameSync = function (from, to) {
    const result = renameSync.call(this, from, to);
    if (/\.tmp-\d+-[0-9a-f]{6}$/.test(String(from))) {
      fs.writeFileSync(`${count}.new`, 'replaced by hand\n');
      renameSync.call(fs, `${count}.new`, count);
    }
    return result;
  };
}
if (point === 'unlink') {
  const unlink = fs.promises.unlink;
  let calls = 0;
  fs.promises.unlink = function (file) {
    if (++calls === Number(count)) kill();
    return unlink.call(this, file);
  };
}
if (point === 'result') {
  const writeSync = fs.writeSync;
  let results = 0;
  fs.writeSync = function (fd, data, ...rest) {
    const written = writeSync.call(this, fd, data, ...rest);
    if (String(data).includes('"event":"file.result"') && ++results === Number(count)) kill();
    return written;
  };
}
