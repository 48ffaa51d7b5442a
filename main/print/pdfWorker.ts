import { parentPort } from 'node:worker_threads';
import type { RenderRequest, RenderResponse } from './pdfJobs';
import { renderDocument } from './render';

// react-pdf lays out synchronously: here, on its own thread, it never stalls the host's event loop.
parentPort!.on('message', (request: RenderRequest) => {
  renderDocument(request.job).then(
    (pdf) => parentPort!.postMessage({ id: request.id, pdf } satisfies RenderResponse),
    (err: Error) => parentPort!.postMessage({ id: request.id, error: err.message } satisfies RenderResponse),
  );
});
