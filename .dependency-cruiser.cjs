/**
 * The layers of src/, top to bottom (docs and STYLE: "a folder imports only from below it"):
 *   cli/ action/ plugin/  >  package/  >  pipeline/  >  llm/  >  stage/  >  records/  >  session/  >  types/
 * types/ holds the supertask types generated from the schema, and imports nothing. The modules at
 * the root of src/ (errors, files, version) sit below everything; src/cli.ts (the CLI's entry) and
 * src/index.ts (the programmatic API, the package root) are edges. `npm run lint:layers` checks this; .ci/run runs it.
 */
const layers = ['types', 'session', 'records', 'stage', 'llm', 'pipeline', 'package'];
const edges = ['cli', 'action', 'plugin'];
const folder = (names) => `^src/(${names.join('|')})/`;

const upward = layers.map((name, index) => ({
  name: `${name}-imports-upward`,
  comment: `src/${name}/ may import only the layers below it: ${layers.slice(0, index).join(', ') || 'none'} (and the shared root modules)`,
  severity: 'error',
  from: { path: folder([name]) },
  to: { path: folder([...layers.slice(index + 1), ...edges]) },
}));

const acrossEdges = edges.map((name) => ({
  name: `${name}-imports-another-edge`,
  comment: `src/${name}/ is an edge: it uses the library, never another edge`,
  severity: 'error',
  from: { path: folder([name]) },
  to: { path: folder(edges.filter((other) => other !== name)) },
}));

module.exports = {
  forbidden: [
    ...upward,
    ...acrossEdges,
    {
      name: 'shared-root-imports-a-layer',
      comment: 'errors, files and version are shared by every layer and import none',
      severity: 'error',
      from: { path: '^src/[^/]+\\.ts$', pathNot: '^src/(cli|index)\\.ts$' },
      to: { path: '^src/[^/]+/' },
    },
    {
      name: 'api-imports-an-edge',
      comment: 'src/index.ts (the programmatic API) is an edge: it uses the library, never the CLI, the action or the plugin',
      severity: 'error',
      from: { path: '^src/index\\.ts$' },
      to: { path: folder(edges) },
    },
    {
      name: 'no-circular',
      comment: 'modules that import each other, directly or through others',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
