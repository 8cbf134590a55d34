// Preloaded with `node -r`: when the process exits, writes the Node built-in modules it loaded (its
// `process.moduleLoadList`, one a line) to the file named by LYFE_KT_TEST_BUILTINS.
const fs = require('node:fs');

process.on('exit', () => fs.writeFileSync(process.env.LYFE_KT_TEST_BUILTINS, `${process.moduleLoadList.join('\n')}\n`));
