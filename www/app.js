// The page: reads input, asks the engine worker, shows the report. All analysis is in Rust;
// this file only moves data and builds DOM (never innerHTML with user content).
import { Engine } from './engine-client.js';

const $ = (id) => document.getElementById(id);
const textEl = $('text');
const resultEl = $('result');
const engine = new Engine();

const VERDICT = {
  clean: { icon: '✓', word: 'Clean', line: 'Nothing hidden found.' },
  notice: { icon: 'i', word: 'Notice', line: 'Something unusual but common and usually harmless.' },
  suspicious: { icon: '!', word: 'Suspicious', line: 'Characters that are not what they look like.' },
  covert: { icon: '!!', word: 'Covert signal', line: 'A hidden message or signal was found.' },
};

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c);
  return e;
}

let seq = 0;
let inFlight = null;
let queued = false;
let lastReport = null;

function options() {
  const pw = $('password').value;
  return { ascii_punctuation: $('ascii').checked, password: pw ? pw : null, views: true };
}

async function run() {
  if (inFlight) {
    queued = true;
    // A check still running after a second is stale work: cancel it and start over.
    if (performance.now() - inFlight.started > 1000) engine.cancel();
    return;
  }
  const text = textEl.value;
  const my = ++seq;
  if (text === '') {
    resultEl.dataset.state = 'idle';
    delete resultEl.dataset.verdict;
    resultEl.className = 'result';
    resultEl.replaceChildren(el('p', { class: 'empty', text: 'Paste or type text above. The verdict appears here.' }));
    return;
  }
  inFlight = { started: performance.now() };
  resultEl.dataset.state = 'working';
  resultEl.setAttribute('aria-busy', 'true');
  try {
    const { report, ms } = await engine.checkText(text, options());
    if (my === seq) render(report, text, ms);
  } catch (err) {
    if (String(err.message) !== 'cancelled') showError(err);
  } finally {
    inFlight = null;
    resultEl.setAttribute('aria-busy', 'false');
    if (queued) { queued = false; run(); }
  }
}

let timer = null;
function schedule() {
  clearTimeout(timer);
  timer = setTimeout(run, 120);
}

function showError(err) {
  resultEl.dataset.state = 'error';
  delete resultEl.dataset.verdict;
  resultEl.replaceChildren(el('p', { class: 'verdict', role: 'alert' }, el('span', { class: 'icon', 'aria-hidden': 'true', text: '✖' }), 'Could not check this text'), el('p', { text: String(err.message || err) }));
}

function locText(l) {
  return `line ${l.line}, column ${l.column} (byte ${l.byte_offset})`;
}

let ruleDocs = new Map();

function renderFinding(f) {
  const li = el('li', { class: `finding sev-${f.severity}` });
  const doc = ruleDocs.get(f.rule);
  li.append(el('div', { class: 'head' }, `${f.message}`));
  li.append(el('div', { text: f.meaning }));
  li.append(el('div', { class: 'meta', text: `${f.code} ${f.rule} · ${f.severity} · confidence ${f.confidence} · ${locText(f.location)}${f.count > 1 ? ` · seen ${f.count} times` : ''}` }));
  if (f.path) li.append(el('div', { class: 'meta', text: `in ${f.path}` }));
  if (f.snippet) li.append(el('div', { class: 'snippet', text: f.snippet }));
  if (f.excerpt) li.append(el('details', {}, el('summary', { text: 'The code around it (re-indented)' }), el('pre', { class: 'decoded excerpt', text: f.excerpt })));
  if (doc) {
    li.append(el('details', { class: 'rule-doc' }, el('summary', { text: `About ${f.code} ${doc.title}` }),
      el('p', { text: doc.what }), el('p', { text: doc.why })));
  }
  const d = f.decoded;
  if (d) {
    if (d.flags) {
      const rows = Object.entries(d.flags).map(([k, v]) => el('tr', {}, el('th', { text: k }), el('td', { text: String(v) })));
      li.append(el('div', { class: 'decoded' }, el('div', { text: `Decoded (${d.scheme}):` }), el('table', { class: 'flags' }, rows)));
    } else if (d.text !== undefined && d.text !== null) {
      li.append(el('div', { class: 'decoded', 'data-decoded': '' }, el('strong', { text: `Decoded (${d.scheme}): ` }), el('span', { class: 'payload', text: d.text })));
    } else {
      li.append(el('div', { class: 'decoded', text: d.scheme + (d.bytes_hex ? `: ${d.bytes_hex}` : '') }));
    }
    if (d.nested) {
      li.append(el('div', { class: 'meta', text: `The decoded payload was checked again: ${d.nested.verdict}.` }));
      li.append(el('ul', { class: 'findings' }, d.nested.findings.map(renderFinding)));
    }
  }
  return li;
}

const INVISIBLE = /^[\p{Cf}\p{Zs}\p{Cc}\u{E0000}-\u{E007F}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}\u3164\u115F\u1160\uFFA0\u2800\s]+$/u;

function highlighted(text, marks) {
  const out = el('div', { class: 'highlighted', id: 'highlighted' });
  let at = 0;
  let n = 0;
  for (const m of marks) {
    if (m.utf16_start < at || m.utf16_end > text.length) continue;
    if (m.utf16_start > at) out.append(text.slice(at, m.utf16_start));
    const part = text.slice(m.utf16_start, m.utf16_end);
    const hi = m.severity === 'critical' || m.severity === 'high';
    const mk = el('mark', { class: `flag${hi ? ' hi' : ''}`, tabindex: '0', 'data-rule': m.rule, 'aria-label': `${m.label} (${m.rule})` });
    if (INVISIBLE.test(part)) {
      const cps = [...part].map((c) => 'U+' + c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0'));
      mk.append(el('span', { class: 'badge', 'aria-hidden': 'true', text: cps.length > 3 ? `${cps.length} hidden` : cps.join(' ') }));
      mk.append(part);
    } else {
      mk.append(part);
    }
    mk.append(el('span', { class: 'tip', role: 'tooltip', text: `${m.label} · ${m.rule}` }));
    out.append(mk);
    at = m.utf16_end;
    if (++n > 5000) break;
  }
  out.append(text.slice(at));
  return out;
}

function inventoryTables(r) {
  const parts = [];
  if (r.characters.length) {
    const rows = r.characters.slice(0, 300).map((c) => el('tr', {},
      el('td', { text: c.code_point }), el('td', { text: c.name }), el('td', { text: c.category }), el('td', { text: c.script }),
      el('td', { text: c.class + (c.legitimate ? ' (ordinary here)' : '') }), el('td', { text: String(c.count) }),
      el('td', { text: c.positions.slice(0, 3).map((p) => `${p.line}:${p.column}`).join(', ') })));
    parts.push(el('details', {}, el('summary', { text: `Characters that are not plain ASCII (${r.characters.length})` }),
      el('table', {}, el('thead', {}, el('tr', {}, ['Code point', 'Name', 'Category', 'Script', 'Class', 'Count', 'First at'].map((h) => el('th', { text: h })))), el('tbody', {}, rows))));
  }
  if (r.punctuation.length) {
    const rows = r.punctuation.flatMap((role) => role.variants.map((v, i) => el('tr', {},
      el('td', { text: i === 0 ? role.role + (role.mixed ? ' (mixed)' : '') : '' }), el('td', { text: `${v.ch === ' ' ? '␠' : v.ch} ${v.code_point}` }),
      el('td', { text: v.name }), el('td', { text: v.style }), el('td', { text: String(v.count) }))));
    parts.push(el('details', {}, el('summary', { text: 'Punctuation' }), el('table', {}, el('thead', {}, el('tr', {}, ['Role', 'Variant', 'Name', 'Style', 'Count'].map((h) => el('th', { text: h })))), el('tbody', {}, rows))));
  }
  if (r.dates.dates.length) {
    const rows = r.dates.dates.slice(0, 200).map((d) => el('tr', {}, el('td', { text: d.text }), el('td', { text: d.pattern }), el('td', { text: d.iso || '' }), el('td', { text: `${d.location.line}:${d.location.column}` })));
    parts.push(el('details', {}, el('summary', { text: `Dates${r.dates.mixed ? ' (mixed formats)' : ''}` }), el('table', {}, el('thead', {}, el('tr', {}, ['Date', 'Pattern', 'ISO', 'At'].map((h) => el('th', { text: h })))), el('tbody', {}, rows))));
  }
  if (r.views.nfkc !== undefined || r.views.nfc !== undefined) {
    parts.push(el('details', {}, el('summary', { text: 'Normalised forms (NFC / NFKC)' }),
      el('div', { class: 'decoded', text: `NFC: ${r.views.nfc ?? '(same as input)'}` }), el('div', { class: 'decoded', text: `NFKC: ${r.views.nfkc ?? '(same as input)'}` })));
  }
  parts.push(el('details', {}, el('summary', { text: 'Revealed view (invisible characters written out)' }), el('div', { class: 'decoded', id: 'revealed', text: r.views.revealed })));
  return parts;
}

function render(r, text, ms) {
  lastReport = r;
  const v = VERDICT[r.verdict];
  const children = [
    el('p', { class: 'verdict', id: 'verdict' }, el('span', { class: 'icon', 'aria-hidden': 'true', text: v.icon }), el('span', { text: v.word })),
    el('p', { class: 'summary', id: 'summary', text: r.summary }),
  ];
  const visible = r.findings.filter((f) => f.severity !== 'info' || f.decoded);
  if (visible.length) {
    children.push(el('h3', { text: 'What we found' }), el('ul', { class: 'findings', id: 'findings' }, visible.map(renderFinding)));
  }
  if (r.marks.length) {
    children.push(el('h3', { text: 'The text, with every flagged character marked' }), highlighted(text, r.marks));
  }
  const copy = el('button', { type: 'button', id: 'copy-cleaned' }, 'Copy cleaned text');
  copy.addEventListener('click', async () => {
    try { await navigator.clipboard.writeText(r.views.cleaned); copy.textContent = 'Copied'; }
    catch { const ta = el('textarea'); ta.value = r.views.cleaned; document.body.append(ta); ta.select(); document.execCommand('copy'); ta.remove(); copy.textContent = 'Copied'; }
    setTimeout(() => { copy.textContent = 'Copy cleaned text'; }, 1500);
  });
  children.push(el('div', { class: 'actions' }, copy));
  children.push(...inventoryTables(r));
  for (const note of r.notes || []) children.push(el('p', { class: 'status', text: note }));
  children.push(el('p', { class: 'status', id: 'timing', text: `Checked ${r.stats.chars.toLocaleString()} characters in ${ms.toFixed(1)} ms.` }));
  resultEl.replaceChildren(...children);
  resultEl.className = `result v-${r.verdict}`;
  resultEl.dataset.verdict = r.verdict;
  resultEl.dataset.state = 'done';
}

// ---- Files ----
function renderScan(r, ms, memory) {
  const v = VERDICT[r.verdict];
  const children = [
    el('p', { class: 'verdict', id: 'verdict' }, el('span', { class: 'icon', 'aria-hidden': 'true', text: v.icon }), el('span', { text: v.word })),
    el('p', { class: 'summary', id: 'summary', text: r.summary }),
  ];
  if (r.findings.length) children.push(el('h3', { text: 'What we found' }), el('ul', { class: 'findings', id: 'findings' }, r.findings.map(renderFinding)));
  const rows = r.inputs.map((i) => el('tr', {}, el('td', { text: i.path }), el('td', { text: i.kind }), el('td', { text: String(i.size) }), el('td', { text: String(i.bytes_read) }), el('td', { text: i.skipped || '' })));
  children.push(el('details', {}, el('summary', { text: `What was read (${r.inputs.length})` }), el('table', {}, el('thead', {}, el('tr', {}, ['Path', 'Kind', 'Size', 'Bytes read', 'Skipped'].map((h) => el('th', { text: h })))), el('tbody', {}, rows))));
  const mem = memory ? ` · engine memory ${(memory / 1048576).toFixed(0)} MB` : '';
  children.push(el('p', { class: 'status', id: 'timing', 'data-ms': String(ms), 'data-memory': String(memory || 0), text: `Scanned in ${(ms / 1000).toFixed(2)} s${mem}.` }));
  resultEl.replaceChildren(...children);
  resultEl.className = `result v-${r.verdict}`;
  resultEl.dataset.verdict = r.verdict;
  resultEl.dataset.state = 'done';
}

async function scanFiles(files) {
  if (!files.length) return;
  const bar = $('progress');
  const wrap = $('progress-wrap');
  const cancel = $('cancel');
  wrap.hidden = false;
  cancel.hidden = false;
  bar.value = 0;
  $('progress-text').textContent = 'Starting…';
  resultEl.dataset.state = 'working';
  delete resultEl.dataset.verdict;
  resultEl.setAttribute('aria-busy', 'true');
  ++seq;
  try {
    const { report, ms, memory } = await engine.scanFiles([...files], {}, (p) => {
      bar.max = Math.max(p.total, 1);
      bar.value = p.done;
      $('progress-text').textContent = `${(p.done / 1048576).toFixed(1)} of ${(p.total / 1048576).toFixed(1)} MB · ${p.name}`;
    });
    renderScan(report, ms, memory);
  } catch (err) {
    if (String(err.message) === 'cancelled') {
      resultEl.dataset.state = 'idle';
      resultEl.className = 'result';
      resultEl.replaceChildren(el('p', { class: 'empty', id: 'cancelled', text: 'Cancelled. Nothing was kept.' }));
    } else showError(err);
  } finally {
    wrap.hidden = true;
    cancel.hidden = true;
    resultEl.setAttribute('aria-busy', 'false');
  }
}

$('files').addEventListener('change', (e) => scanFiles(e.target.files));
$('cancel').addEventListener('click', () => engine.cancel());
window.addEventListener('dragover', (e) => { e.preventDefault(); document.body.classList.add('dragging'); });
window.addEventListener('dragleave', () => document.body.classList.remove('dragging'));
window.addEventListener('drop', (e) => { e.preventDefault(); document.body.classList.remove('dragging'); scanFiles(e.dataTransfer.files); });

textEl.addEventListener('input', schedule);
$('check').addEventListener('click', run);
$('ascii').addEventListener('change', schedule);
$('password').addEventListener('input', schedule);
engine.ready.then((m) => {
  $('version').textContent = m.version;
  ruleDocs = new Map(m.rules.map((r) => [r.id, r]));
  if (textEl.value) run();
}).catch(showError);
window.telltale = { engine, get lastReport() { return lastReport; } };
