// What the benchmarks run: the engine and the serializer, bundled by bench/run.mjs the same way as dist/cli.js.
export { analyzeDocument, checkWorkspace } from '../src/core/workspace';
export { toContractJson } from '../src/core/serialize';
export { ecbRate } from '../src/core/compare/rates';
