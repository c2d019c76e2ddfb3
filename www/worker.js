// The engine worker. The build prepends wasm-bindgen's no-modules glue (which defines
// `wasm_bindgen`) to this file and the page starts it from a blob: URL, so it inherits the
// page's Content-Security-Policy (no network). The wasm arrives as base64 in the first message.
'use strict';
let ready = null;

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
      ready = wasm_bindgen({ module_or_path: decodeBase64(msg.wasmBase64) });
      await ready;
      self.postMessage({ type: 'ready', version: wasm_bindgen.version(), rules: wasm_bindgen.rules() });
      return;
    }
    await ready;
    if (msg.type === 'checkText') {
      const t0 = performance.now();
      const report = wasm_bindgen.checkText(msg.text, msg.options || {});
      self.postMessage({ type: 'result', id: msg.id, report, ms: performance.now() - t0 });
    } else if (msg.type === 'checkBytes') {
      const t0 = performance.now();
      const report = wasm_bindgen.checkBytes(new Uint8Array(msg.bytes), msg.options || {});
      self.postMessage({ type: 'result', id: msg.id, report, ms: performance.now() - t0 });
    }
  } catch (err) {
    self.postMessage({ type: 'error', id: msg.id, message: String(err && err.message || err) });
  }
};
