/**
 * Entry of dist/server.js. The bundle runs twice: as the language server (the process the client starts) and as
 * its check worker (a thread of that process running the cross-file stages). Each role loads only its modules.
 */
import { isMainThread, parentPort } from 'node:worker_threads';

if (isMainThread) void import('./server');
else if (parentPort) {
  const port = parentPort;
  void import('./check-worker').then((m) => m.serveChecks(port));
}
