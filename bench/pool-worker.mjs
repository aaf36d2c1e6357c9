// Worker side of the pool probe in bench/run.mjs: analyzes the articles it is given and sends the documents back
// (structured clone, as a real pool in the CLI would).
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const engine = createRequire(import.meta.url)(workerData.enginePath);
parentPort.postMessage(workerData.articles.map((a) => engine.analyzeDocument(a.name, a.text)));
