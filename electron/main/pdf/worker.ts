// The PDF worker thread: parses the fonts once (from the main thread's shared bytes), then
// renders one document at a time on request. Started by pool.ts; see there for how the
// entry is found from source (worker-dev.mjs) and in the built app (pdf-worker.js).
import { parentPort, workerData } from 'node:worker_threads';
import { serializeError, toTransferable, type WorkerInit, type WorkerRequest, type WorkerResponse } from './protocol';
import { initRenderer, renderOwnedPdf } from './render';

const port = parentPort;
if (!port) throw new Error('electron/main/pdf/worker.ts must run in a worker thread');

function send(message: WorkerResponse, transfer: ArrayBuffer[] = []): void {
  port!.postMessage(message, transfer);
}

async function handle(request: WorkerRequest): Promise<void> {
  switch (request.type) {
    case 'render': {
      const started = performance.now();
      try {
        const pdf = await renderOwnedPdf(request.doc, request.creationDate === undefined ? {} : { creationDate: request.creationDate });
        const bytes = toTransferable(pdf);
        send({ type: 'rendered', id: request.id, pdf: bytes, renderMs: performance.now() - started }, [bytes]);
      } catch (err) {
        send({ type: 'failed', id: request.id, error: serializeError(err) });
      }
      return;
    }
    case 'gc': {
      (globalThis as { gc?: () => void }).gc?.();
      send({ type: 'gc-done', id: request.id, heapUsed: process.memoryUsage().heapUsed });
      return;
    }
  }
}

const init = workerData as WorkerInit;
initRenderer({ fontSet: init.fontSet }).then(
  () => {
    port.on('message', (request: WorkerRequest) => void handle(request));
    send({ type: 'ready' });
  },
  (err: unknown) => send({ type: 'fatal', error: serializeError(err) }),
);
