// Module hooks of ./record-sink.mjs (which says what the modes are): the record writer of
// dist/lib, when imported, is replaced by a module that re-exports it with `record` and
// `auditRecord` made no-ops or timed. The real module stays reachable as `writer.js?real`.
const WRITER = /\/dist\/lib\/records\/writer\.js$/;
let settings;

export function initialize(data) {
  settings = data;
}

export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (settings.mode === 'real' || !WRITER.test(resolved.url)) return resolved;
  return { ...resolved, url: `${resolved.url}?${settings.mode}`, shortCircuit: true };
}

export async function load(url, context, next) {
  const [file, mode] = url.split('?');
  if (!WRITER.test(file) || (mode !== 'noop' && mode !== 'timed')) return next(url, context);
  const real = JSON.stringify(`${file}?real`);
  const source =
    mode === 'noop'
      ? `export * from ${real};\nexport function record() {}\nexport function auditRecord() {}\n`
      : `import * as writer from ${real};
// Set by ./record-sink.mjs, which imported the writer first and timed that.
const totals = globalThis[Symbol.for('lyfe-kt.bench.sink')];
const timed = (write) => (...args) => {
  const start = performance.now();
  try {
    return write(...args);
  } finally {
    totals.write_ms += performance.now() - start;
    totals.records += 1;
  }
};
export * from ${real};
export const record = timed(writer.record);
export const auditRecord = timed(writer.auditRecord);
`;
  return { format: 'module', source, shortCircuit: true };
}
