// The engine worker. The build prepends wasm-bindgen's no-modules glue of both modules (the text
// module defines `wasm_bindgen`, the file-analysis module `telltale_files`) to this file and the
// page starts it from a blob: URL, so it inherits the page's Content-Security-Policy (no
// network). The text module arrives as base64 in the first message; the file-analysis module
// only with the first file ('loadFiles'), xz-compressed, inflated by the text module.
'use strict';
let ready = null;
let filesReady = null;
let exports = null; // the file module's exports (memory size is reported with scan results)

function decodeBase64(b64) {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

self.onmessage = async (event) => {
  const msg = event.data;
  try {
    if (msg.type === 'init') {
      // The module arrives gzip-compressed: inflate it here (no network involved).
      const gz = new Blob([decodeBase64(msg.wasmGzipBase64)]).stream().pipeThrough(new DecompressionStream('gzip'));
      const bytes = new Uint8Array(await new Response(gz).arrayBuffer());
      ready = wasm_bindgen({ module_or_path: bytes });
      exports = await ready;
      self.postMessage({ type: 'ready', version: wasm_bindgen.version(), rules: wasm_bindgen.rules(), watchlist: wasm_bindgen.watchlist() });
      return;
    }
    await ready;
    if (msg.type === 'loadFiles') {
      filesReady = (async () => {
        const t0 = performance.now();
        const bytes = wasm_bindgen.inflateModule(decodeBase64(msg.wasmXzBase64));
        exports = await telltale_files({ module_or_path: bytes });
        return performance.now() - t0;
      })();
      self.postMessage({ type: 'value', id: msg.id, value: await filesReady });
      return;
    }
    if (msg.type === 'checkText') {
      const t0 = performance.now();
      // A large text's SHA-256 comes from the browser's digest, which runs on another thread
      // while the engine checks (in wasm it costs about a sixth of the check). Without
      // crypto.subtle (a page served over plain http) the engine computes it.
      const big = msg.text.length > (1 << 20);
      const subtle = big && self.crypto && self.crypto.subtle;
      const digest = subtle ? subtle.digest('SHA-256', new TextEncoder().encode(msg.text)) : null;
      const report = wasm_bindgen.checkText(msg.text, { ...(msg.options || {}), sha256: !digest },
        big ? (done, total) => self.postMessage({ type: 'progress', id: msg.id, done, total }) : undefined);
      if (digest && report.checked && report.checked[0]) {
        report.checked[0].sha256 = Array.from(new Uint8Array(await digest), (b) => b.toString(16).padStart(2, '0')).join('');
      }
      self.postMessage({ type: 'result', id: msg.id, report, ms: performance.now() - t0 });
    } else if (msg.type === 'scanFiles') {
      if (!filesReady) throw new Error('the file-analysis module is not loaded');
      await filesReady;
      // The engine reads the Files itself (Blob.slice + FileReaderSync), one window at a time.
      const t0 = performance.now();
      const report = telltale_files.scanFiles(msg.files, msg.options || {}, (done, total, name) =>
        self.postMessage({ type: 'progress', id: msg.id, done, total, name }));
      const memory = exports && exports.memory ? exports.memory.buffer.byteLength : 0;
      self.postMessage({ type: 'result', id: msg.id, report, ms: performance.now() - t0, memory });
    } else if (msg.type === 'call') {
      // Once the file-analysis module is loaded it answers: its catalogue also holds the file
      // findings' messages (the text module's holds only the text checker's).
      const mod = filesReady ? (await filesReady, telltale_files) : wasm_bindgen;
      const CALLS = { toSarif: mod.toSarif, toMarkdown: mod.toMarkdown, localize: mod.localize };
      if (!CALLS[msg.fn]) throw new Error(`unknown call ${msg.fn}`);
      self.postMessage({ type: 'value', id: msg.id, value: CALLS[msg.fn](...msg.args) });
    } else if (msg.type === 'checkBytes') {
      const t0 = performance.now();
      const report = wasm_bindgen.checkBytes(new Uint8Array(msg.bytes), msg.options || {});
      self.postMessage({ type: 'result', id: msg.id, report, ms: performance.now() - t0 });
    }
  } catch (err) {
    self.postMessage({ type: 'error', id: msg.id, message: String(err && err.message || err) });
  }
};
