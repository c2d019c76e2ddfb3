// Starts the engine worker and talks to it. One request is in flight at a time; a newer
// request replaces a queued one, and a request that runs too long is cancelled by restarting
// the worker, so the page never waits on stale work.
import { WORKER_SOURCE, WASM_GZIP_BASE64 } from './engine.js';

export class Engine {
  constructor() {
    this.nextId = 1;
    this.pending = new Map();
    this.start();
  }

  start() {
    this.files = null; // the file-analysis module's load, once asked for (per worker)
    const url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: 'text/javascript' }));
    this.worker = new Worker(url);
    URL.revokeObjectURL(url);
    this.ready = new Promise((resolve, reject) => {
      this.worker.onmessage = (e) => {
        const m = e.data;
        if (m.type === 'ready') { this.version = m.version; this.rules = m.rules; resolve(m); return; }
        const p = this.pending.get(m.id);
        if (!p) return;
        if (m.type === 'progress') { if (p.onProgress) p.onProgress(m); return; }
        this.pending.delete(m.id);
        if (m.type === 'result') p.resolve({ report: m.report, ms: m.ms, memory: m.memory });
        else if (m.type === 'value') p.resolve(m.value);
        else p.reject(new Error(m.message));
      };
      this.worker.onerror = (e) => reject(new Error(e.message || 'engine failed to start'));
    });
    this.worker.postMessage({ type: 'init', wasmGzipBase64: WASM_GZIP_BASE64 });
  }

  /** Stop whatever is running (the worker is replaced; pending requests reject as cancelled). */
  cancel() {
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(new Error('cancelled'));
    this.pending.clear();
    this.start();
  }

  request(msg, transfer = [], onProgress = null) {
    const id = this.nextId++;
    return this.ready.then(() => new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      this.worker.postMessage({ ...msg, id }, transfer);
    }));
  }

  /** `onProgress({ done, total })` (bytes) is told as a large text's segments are checked. */
  checkText(text, options, onProgress = null) { return this.request({ type: 'checkText', text, options }, [], onProgress); }
  checkBytes(buffer, options) { return this.request({ type: 'checkBytes', bytes: buffer, options }, [buffer]); }
  /** Load the file-analysis module into the worker (once): it is fetched and inflated only now. */
  loadFiles() {
    if (!this.files) {
      this.files = import('./engine-files.js')
        .then(({ FILES_WASM_XZ_BASE64 }) => this.request({ type: 'loadFiles', wasmXzBase64: FILES_WASM_XZ_BASE64 }));
      this.files.catch(() => { this.files = null; });
    }
    return this.files;
  }
  async scanFiles(files, options, onProgress) {
    await this.loadFiles();
    return this.request({ type: 'scanFiles', files, options }, [], onProgress);
  }
  /** One of the engine's small functions (toSarif, toMarkdown) by name. */
  call(fn, ...args) { return this.request({ type: 'call', fn, args }); }
  get busy() { return this.pending.size > 0; }
}
