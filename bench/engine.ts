// What the benchmarks run: the engine, the serializer and the CLI's JSON writer, bundled by bench/run.mjs the same way as dist/cli.js.
export { analyzeDocument, checkWorkspace } from '../src/core/workspace';
export { toContractJson } from '../src/core/serialize';
export { ecbRate } from '../src/core/compare/rates';
export { writeCompactJson } from '../src/cli/format-output';
