// The page: reads input, asks the engine worker, shows the report. All analysis is in Rust;
// this file only moves data and builds DOM (never innerHTML with user content).
import { Engine } from './engine-client.js';
import { t, getLang, setLang, applyStatic, STRINGS } from './i18n.js';

const $ = (id) => document.getElementById(id);
const textEl = $('text');
const resultEl = $('result');
const engine = new Engine();

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
// What is shown: { kind: 'text' | 'scan', report, text?, ms, memory? }
let shown = null;
// The latest text and file reports, so that one does not silently replace the other.
let lastText = null;
let lastScan = null;
let ruleDocs = new Map();
let builtinWatchlist = { names: [], domains: [] };

// Bigger texts: views made on demand, kept out of the text box (it would freeze).
const BIG_TEXT = 1 << 20;
const BOX_PREVIEW = 20000;
let bigText = null;

function currentText() {
  return bigText ?? textEl.value;
}

function options(text = '') {
  const pw = $('password').value;
  return { ascii_punctuation: $('ascii').checked, password: pw ? pw : null, views: text.length <= BIG_TEXT, lang: engineLang() };
}

// The engine renders its messages (locales/*.ftl) in the page's language.
const engineLang = () => (getLang() === 'zh' ? 'zh-CN' : 'en');

function showEmpty(key = 'emptyText', id = null) {
  resultEl.dataset.state = 'idle';
  delete resultEl.dataset.verdict;
  resultEl.className = 'result';
  resultEl.replaceChildren(el('h2', { id: 'result-h', class: 'visually-hidden', text: t('whatWeFound') }), el('p', { class: 'empty', id, text: t(key) }));
  resultEl.setAttribute('aria-labelledby', 'result-h');
  shown = null;
}

async function run() {
  if (inFlight) {
    queued = true;
    // A check still running after a second is stale work: cancel it and start over.
    if (performance.now() - inFlight.started > 1000) engine.cancel();
    return;
  }
  const text = currentText();
  const my = ++seq;
  if (text === '') {
    lastText = null;
    if (!shown || shown.kind === 'text') { if (lastScan) { shown = lastScan; render(); } else showEmpty(); }
    return;
  }
  inFlight = { started: performance.now() };
  let onProgress = null;
  if (text.length > 1 << 20) {
    // A large text: say that it is being checked, and how far the engine has come.
    const mb = (text.length / 1048576).toFixed(1);
    const bar = el('progress', { id: 'checking-progress', max: '1', value: '0', 'aria-label': t('checkingBig', { mb }) });
    resultEl.replaceChildren(el('p', { class: 'status', id: 'checking', role: 'status', text: t('checkingBig', { mb }) }), bar);
    onProgress = (p) => { if (p.total > 0) bar.value = p.done / p.total; };
  }
  resultEl.dataset.state = 'working';
  resultEl.setAttribute('aria-busy', 'true');
  try {
    const { report, ms } = await engine.checkText(text, options(text), onProgress);
    if (my === seq) {
      const first = !shown || shown.kind !== 'text' || shown.report.verdict !== report.verdict;
      shown = lastText = { kind: 'text', report, text, ms };
      render();
      // Announced when the verdict changes, not after every pause in typing.
      if (first) announce(report, true);
    }
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
  resultEl.replaceChildren(el('p', { class: 'verdict', role: 'alert' }, el('span', { class: 'icon', 'aria-hidden': 'true', text: '✖' }), t('errorText')), el('p', { text: String(err.message || err) }));
}

function locText(l) {
  return t('location', { line: l.line, column: l.column, byte: l.byte_offset });
}

const zh = () => getLang() === 'zh';

function renderFinding(f) {
  const li = el('li', { class: `finding sev-${f.severity}`, 'data-code': f.code });
  const doc = ruleDocs.get(f.rule);
  if (f.msg) {
    // Written by the engine in the page's language, from the message catalogues.
    li.append(el('div', { class: 'head', text: f.message }));
    li.append(el('div', { text: f.meaning }));
  } else if (zh() && doc) {
    // The Chinese line the engine made from the finding's parts; the English original is one
    // click away.
    li.append(el('div', { class: 'head', text: f.message_zh || doc.zh.title }));
    li.append(el('div', { text: doc.zh.why }));
    li.append(el('details', { class: 'original' }, el('summary', { text: t('original') }), el('div', { class: 'detail', lang: 'en', text: f.message })));
  } else {
    li.append(el('div', { class: 'head', text: f.message }));
    li.append(el('div', { text: f.meaning }));
  }
  const sev = STRINGS[getLang()].severity[f.severity] || f.severity;
  // Documents are located in their own terms (page, paragraph, Sheet!A1, slide, e-mail part).
  const where = f.place ? (f.location.line > 1 ? `${f.place}, ${t('lineN', { n: f.location.line })}` : f.place) : locText(f.location);
  const meta = [`${f.code} ${f.rule}`, sev, t('confidence', { c: (STRINGS[getLang()].confidenceWords || {})[f.confidence] || f.confidence }), where];
  if (f.count > 1) meta.push(t('seen', { n: f.count }));
  li.append(el('div', { class: 'meta', text: meta.join(' · ') }));
  if (f.path) li.append(el('div', { class: 'meta' }, t('inPath', { path: '' }).trim() + ' ', el('code', { text: f.path })));
  if (f.rule === 'covert-channel' && f.occurrences && f.occurrences.length) {
    // The chain as steps: each link's place, in the order the message lists them.
    const steps = f.message.replace(/^[^:：]*[:：]\s*/, '').split(' → ');
    li.append(el('details', { class: 'chain', open: true }, el('summary', { text: t('chain') }),
      el('ol', {}, steps.map((s, i) => el('li', { text: f.occurrences[i] ? `${s} — ${locText(f.occurrences[i])}` : s })))));
  }
  if (f.snippet) li.append(el('div', { class: 'snippet', translate: 'no', text: f.snippet }));
  if (f.excerpt) li.append(el('details', {}, el('summary', { text: t('excerpt') }), el('pre', { class: 'decoded excerpt', text: f.excerpt })));
  if (doc) {
    const title = zh() ? doc.zh.title : doc.title;
    li.append(el('details', { class: 'rule-doc' }, el('summary', { text: t('about', { code: f.code, title }) }),
      el('p', { text: zh() ? doc.zh.what : doc.what }), el('p', { text: zh() ? doc.zh.why : doc.why })));
  }
  const d = f.decoded;
  if (d) {
    if (d.flags) {
      const rows = Object.entries(d.flags).map(([k, v]) => el('tr', {}, el('th', { text: k }), el('td', { text: String(v) })));
      li.append(el('div', { class: 'decoded' }, el('div', { text: t('decoded', { scheme: d.scheme }) }), el('table', { class: 'flags' }, rows)));
    } else if (d.text !== undefined && d.text !== null) {
      // Long lists: the first lines, the rest behind "show all N".
      const lines = d.text.split('\n').filter((x) => x !== '');
      const LONG = 12;
      const box = el('div', { class: 'decoded', 'data-decoded': '' }, el('strong', { text: t('decoded', { scheme: d.scheme }) + ' ' }));
      if (lines.length > LONG) {
        box.append(el('span', { class: 'payload', translate: 'no', text: lines.slice(0, LONG).join('\n') + '\n…' }));
        box.append(el('details', { class: 'all' }, el('summary', { text: t('showAll', { n: lines.length.toLocaleString() }) }),
          el('span', { class: 'payload', translate: 'no', text: d.text })));
      } else {
        box.append(el('span', { class: 'payload', translate: 'no', text: d.text }));
      }
      li.append(box);
    } else {
      li.append(el('div', { class: 'decoded', text: d.scheme + (d.bytes_hex ? `: ${d.bytes_hex}` : '') }));
    }
    if (d.nested) {
      li.append(el('div', { class: 'meta', text: t('nested', { verdict: d.nested.verdict }) }));
      li.append(el('ul', { class: 'findings' }, d.nested.findings.map(renderFinding)));
    }
  }
  if (f.replay && f.replay.length) {
    // The code run again under environments Telltale supplied: what it wrote under each.
    const rows = f.replay.map((r, i) => el('tr', { 'data-replay-changed': String(r.changes.length > 0) },
      el('td', { text: zh() ? r.env_zh : r.env }),
      el('td', {}, el('code', { class: 'replay-out', text: r.output })),
      el('td', {}, i === 0 ? '—' : (r.changes.length ? [el('ul', {}, r.changes.map((c) => el('li', {}, el('code', { text: c })))),
        (zh() ? r.learns_zh : r.learns) ? el('div', { class: 'learns', text: t('replayLearns', { what: zh() ? r.learns_zh : r.learns }) }) : null] : t('sameOutput')))));
    const shown = f.replay_call ? el('div', { class: 'meta' }, t('replayShown'), ' ', el('code', { text: f.replay_call })) : null;
    li.append(el('div', { class: 'replay' }, el('div', { class: 'meta', text: t('replayHeading') }), shown, el('div', { class: 'table-wrap' }, table(t('replayCols'), rows))));
  } else if (f.replay_note) {
    li.append(el('div', { class: 'meta', text: t('replayNote', { why: f.replay_note }) }));
  }
  return li;
}

const INVISIBLE = /^[\p{Cf}\p{Zs}\p{Cc}\u{E0000}-\u{E007F}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}\u3164\u115F\u1160\uFFA0\u2800\s]+$/u;

// Display-order controls: shown as badges only.
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/gu;

// Bigger texts: shown as windows around the marks.
const WHOLE_TEXT = 200000;
const CONTEXT = 80;

// One mark: invisible characters as code-point badges; arrow keys move between marks.
function markEl(m, part, shown = part.length) {
  const hi = m.severity === 'critical' || m.severity === 'high';
  const mk = el('mark', { class: `flag${hi ? ' hi' : ''}`, tabindex: '-1', 'data-rule': m.rule, 'aria-label': m.label, translate: 'no' });
  if (INVISIBLE.test(part)) {
    const cps = [...part].map((c) => 'U+' + c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0'));
    mk.append(el('span', { class: 'badge', 'aria-hidden': 'true', text: cps.length > 3 ? t('hiddenCount', { n: cps.length }) : cps.join(' ') }));
  }
  mk.append(part.slice(0, shown).replace(BIDI, ''));
  mk.append(el('span', { class: 'tip', 'aria-hidden': 'true', text: m.label }));
  return mk;
}

function highlighted(text, marks) {
  if (text.length > WHOLE_TEXT) return highlightedWindows(text, marks);
  // One tab stop: the block is focusable, the marks are reached with the arrow keys.
  const out = el('div', { class: 'highlighted', id: 'highlighted', tabindex: '0', role: 'group', 'aria-label': t('markedHelp', { n: marks.length }) });
  let at = 0;
  let n = 0;
  for (const m of marks) {
    if (m.utf16_start < at || m.utf16_end > text.length) continue;
    if (m.utf16_start > at) out.append(text.slice(at, m.utf16_start).replace(BIDI, ''));
    out.append(markEl(m, text.slice(m.utf16_start, m.utf16_end)));
    at = m.utf16_end;
    if (++n > 5000) break;
  }
  out.append(text.slice(at).replace(BIDI, ''));
  out.addEventListener('keydown', (e) => markKeys(out, e));
  return out;
}

function highlightedWindows(text, marks) {
  const out = el('div', { class: 'highlighted', id: 'highlighted', tabindex: '0', role: 'group', 'aria-label': t('markedHelp', { n: marks.length }) });
  let at = 0;
  let n = 0;
  for (const m of marks) {
    if (m.utf16_start < at || m.utf16_end > text.length) continue;
    const from = Math.max(at, m.utf16_start - CONTEXT);
    if (from > at) out.append(at === 0 && from > 0 ? '… ' : '\n… ');
    out.append(text.slice(from, m.utf16_start).replace(BIDI, ''));
    out.append(markEl(m, text.slice(m.utf16_start, m.utf16_end), 200));
    const to = Math.min(text.length, m.utf16_end + CONTEXT);
    at = m.utf16_end;
    // The context after the mark, up to the next mark or CONTEXT units.
    const next = marks[n + 1];
    const stop = next && next.utf16_start < to ? next.utf16_start : to;
    out.append(text.slice(at, stop).replace(BIDI, ''));
    at = stop;
    if (++n > 2000) break;
  }
  if (at < text.length) out.append(' …');
  out.addEventListener('keydown', (e) => markKeys(out, e));
  return out;
}

function markKeys(out, e) {
  const all = [...out.querySelectorAll('mark')];
  if (!all.length) return;
  const i = all.indexOf(document.activeElement);
  let j = null;
  if (e.key === 'ArrowRight' || e.key === 'ArrowDown') j = i < 0 ? 0 : Math.min(i + 1, all.length - 1);
  else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') j = i < 0 ? 0 : Math.max(i - 1, 0);
  else if (e.key === 'Home') j = 0;
  else if (e.key === 'End') j = all.length - 1;
  if (j === null) return;
  e.preventDefault();
  all[j].focus();
}

function table(cols, rows) {
  return el('table', {}, el('thead', {}, el('tr', {}, cols.map((h) => el('th', { scope: 'col', text: h })))), el('tbody', {}, rows));
}

function inventoryTables(r) {
  const parts = [];
  if (r.characters.length) {
    const rows = r.characters.slice(0, 300).map((c) => el('tr', {},
      el('td', { text: c.code_point }), el('td', { text: c.name }), el('td', { text: c.category }), el('td', { text: c.script }),
      el('td', { text: c.class + (c.legitimate ? t('ordinary') : '') }), el('td', { text: String(c.count) }),
      el('td', { text: c.positions.slice(0, 3).map((p) => `${p.line}:${p.column}`).join(', ') })));
    parts.push(el('details', {}, el('summary', { text: t('charsHeading', { n: r.characters.length }) }), table(t('charCols'), rows)));
  }
  if (r.punctuation.length) {
    const rows = r.punctuation.flatMap((role) => role.variants.map((v, i) => el('tr', {},
      el('td', { text: i === 0 ? role.role + (role.mixed ? t('mixed') : '') : '' }), el('td', { translate: 'no', text: `${v.char === ' ' ? '␠' : v.char} ${v.code_point}` }),
      el('td', { text: v.name }), el('td', { text: v.style }), el('td', { text: String(v.count) }))));
    parts.push(el('details', {}, el('summary', { text: t('punctHeading') }), table(t('punctCols'), rows)));
  }
  if (r.dates.dates.length) {
    const rows = r.dates.dates.slice(0, 200).map((d) => el('tr', {}, el('td', { text: d.text }), el('td', { text: d.pattern }), el('td', { text: d.iso || '' }), el('td', { text: `${d.location.line}:${d.location.column}` })));
    parts.push(el('details', {}, el('summary', { text: t(r.dates.mixed ? 'datesMixed' : 'datesHeading') }), table(t('dateCols'), rows)));
  }
  if (r.views.nfkc !== undefined || r.views.nfc !== undefined) {
    parts.push(el('details', {}, el('summary', { text: t('normalised') }),
      el('div', { class: 'decoded', text: `NFC: ${r.views.nfc ?? t('sameAsInput')}` }), el('div', { class: 'decoded', text: `NFKC: ${r.views.nfkc ?? t('sameAsInput')}` })));
  }
  const rv = r.views.revealed || '';
  parts.push(el('details', {}, el('summary', { text: t('revealed') }), el('div', { class: 'decoded', id: 'revealed', text: rv.length > WHOLE_TEXT ? rv.slice(0, WHOLE_TEXT) + ' …' : rv })));
  return parts;
}

function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function pageCss() {
  let css = '';
  for (const sheet of document.styleSheets) {
    try { for (const rule of sheet.cssRules) css += rule.cssText + '\n'; } catch { /* not readable */ }
  }
  return css;
}

function htmlReport() {
  const copy = resultEl.cloneNode(true);
  copy.querySelectorAll('.actions, .exports').forEach((e) => e.remove());
  copy.querySelectorAll('details').forEach((d) => { d.open = true; });
  const title = `Telltale: ${STRINGS[getLang()].verdicts[shown.report.verdict][1]}`;
  // Built as a string (an inert document's <style> would still count as inline style here).
  const esc = (x) => x.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  return '<!doctype html>\n' + `<html lang="${document.documentElement.lang}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title>` +
    `<style>${pageCss().replace(/<\/style/gi, '<\\/style')}</style></head><body><main>${copy.outerHTML}</main></body></html>`;
}

async function exportAs(kind) {
  const r = shown.report;
  const named = shown.kind === 'scan' && shown.names && shown.names.length === 1 ? shown.names[0].replace(/[^\w.-]+/g, '_').slice(0, 60) : shown.kind;
  const base = `telltale-${named}-${r.verdict}`;
  if (kind === 'json') download(`${base}.json`, 'application/json', JSON.stringify(r, null, 2));
  else if (kind === 'sarif') download(`${base}.sarif`, 'application/sarif+json', await engine.call('toSarif', r, shown.kind === 'text' ? 'pasted-text.txt' : ((shown.names && shown.names[0]) || 'files')));
  else if (kind === 'markdown') download(`${base}.md`, 'text/markdown', await engine.call('toMarkdown', r, getLang()));
  else if (kind === 'html') download(`${base}.html`, 'text/html', htmlReport());
  else if (kind === 'print') window.print();
}

function exportsBar() {
  const b = (kind, key) => {
    const e = el('button', { type: 'button', 'data-export': kind, text: t(key) });
    e.addEventListener('click', () => exportAs(kind).catch(showError));
    return e;
  };
  return el('div', { class: 'exports', role: 'group', 'aria-label': t('exportHeading') },
    el('span', { class: 'status', text: t('exportHeading') + ':' }),
    b('json', 'exportJson'), b('sarif', 'exportSarif'), b('markdown', 'exportMarkdown'), b('html', 'exportHtml'), b('print', 'print'));
}

function summaryOf(r) {
  return r.summary_msg ? r.summary : (zh() && r.summary_zh ? r.summary_zh : r.summary);
}

function verdictHead(r) {
  const [icon, word] = STRINGS[getLang()].verdicts[r.verdict];
  return [
    el('h2', { class: 'verdict', id: 'verdict' }, el('span', { class: 'icon', 'aria-hidden': 'true', text: icon }), el('span', { text: word })),
    el('p', { class: 'summary', id: 'summary', text: summaryOf(r) }),
  ];
}

// Each input of a file check, with its own verdict and whether it was read completely.
function inputsTable(r) {
  if (!r.checked || !r.checked.length) return null;
  const rows = r.checked.map((c) => {
    const v = c.verdict || 'unchecked';
    const [icon, word] = STRINGS[getLang()].verdicts[v];
    return el('tr', { 'data-input-verdict': v },
      el('td', {}, el('code', { text: c.name })),
      el('td', { class: `v-${v}` }, el('span', { 'aria-hidden': 'true', text: icon + ' ' }), word),
      el('td', { text: Number(c.size).toLocaleString() }),
      el('td', { text: c.complete ? t('yes') : (c.reason ? `${t('no')}: ${c.reason}` : t('no')) }),
      el('td', {}, c.sha256 ? el('code', { class: 'hash', text: c.sha256 }) : ''));
  });
  return [el('h3', { id: 'inputs-h', text: t('inputsHeading') }), el('div', { class: 'table-wrap' }, table(t('inputCols'), rows))];
}

// When and what was checked (the HTML export and print carry it too).
function provenance(r) {
  const p = el('p', { class: 'status', id: 'provenance' });
  p.append(`Telltale ${r.version}`);
  if (r.generated) p.append(' · ', el('time', { datetime: r.generated, text: r.generated }));
  for (const c of r.checked || []) {
    p.append(' · ', el('code', { text: c.name }), ` (${Number(c.size).toLocaleString()} B)`);
    if (c.sha256) p.append(' SHA-256 ', el('code', { class: 'hash', text: c.sha256 }));
  }
  return p;
}

// After a check: the verdict is brought into view and announced once, briefly.
function announce(r, scroll) {
  const word = STRINGS[getLang()].verdicts[r.verdict][1];
  const s = summaryOf(r);
  const first = s.split(/(?<=[.。])\s*/)[0];
  $('announce').textContent = t('announce', { verdict: word, summary: first });
  if (scroll) {
    const v = $('verdict');
    const box = v && v.getBoundingClientRect();
    if (box && (box.top < 0 || box.bottom > window.innerHeight)) v.scrollIntoView({ block: 'start', behavior: 'auto' });
  }
}

let renderSeq = 0;

function render() {
  if (!shown) return;
  const r = shown.report;
  const mine = shown;
  const token = ++renderSeq;
  // First the verdict, the summary and the exports (painted at once), then the details in a
  // later task: a large report never holds the verdict back.
  const head = [...verdictHead(r), exportsBar()];
  // A file report replaced by a text report (or the reverse) stays one click away.
  const other = shown.kind === 'text' ? lastScan : lastText;
  if (other) {
    const b = el('button', { type: 'button', class: 'linkish', id: 'show-other', text: t(shown.kind === 'text' ? 'showFileReport' : 'showTextReport') });
    b.addEventListener('click', () => { shown = other; render(); announce(shown.report, true); });
    head.push(el('p', { class: 'status' }, b));
  }
  resultEl.replaceChildren(...head);
  resultEl.setAttribute('aria-labelledby', 'verdict');
  resultEl.className = `result v-${r.verdict}`;
  resultEl.dataset.verdict = r.verdict;
  resultEl.dataset.complete = String(!r.coverage || r.coverage.complete);
  resultEl.dataset.state = 'rendering';
  setTimeout(() => {
    if (token !== renderSeq || shown !== mine) return;
    resultEl.append(...details(r));
    resultEl.dataset.state = 'done';
  }, 0);
}

function details(r) {
  const children = [];
  if (shown.kind === 'text') {
    const visible = r.findings.filter((f) => f.severity !== 'info' || f.decoded);
    if (visible.length) children.push(el('h3', { text: t('findingsHeading') }), el('ul', { class: 'findings', id: 'findings' }, visible.map(renderFinding)));
    if (r.marks.length) children.push(el('h3', { text: t('markedText') }), highlighted(shown.text, r.marks));
    const copy = el('button', { type: 'button', id: 'copy-cleaned', text: t('copyCleaned') });
    copy.addEventListener('click', async () => {
      // A large text's cleaned view is made when asked for.
      const src = shown.text;
      const cleaned = r.views.cleaned ?? (await engine.checkText(src, { ...options(), views: true })).report.views.cleaned;
      try { await navigator.clipboard.writeText(cleaned); } catch {
        const ta = el('textarea'); ta.value = cleaned; document.body.append(ta); ta.select(); document.execCommand('copy'); ta.remove();
      }
      copy.textContent = t('copied');
      setTimeout(() => { copy.textContent = t('copyCleaned'); }, 1500);
    });
    children.push(el('div', { class: 'actions' }, copy));
    children.push(...inventoryTables(r));
    for (const note of r.notes || []) children.push(el('p', { class: 'status', text: note }));
    children.push(provenance(r));
    children.push(el('p', { class: 'status', id: 'timing', text: t('checkedChars', { n: r.stats.chars.toLocaleString(), ms: shown.ms.toFixed(1) }) }));
  } else {
    const cov = r.coverage;
    if (cov && !cov.complete) {
      // What was not read comes right after the verdict: a limit is not a clean bill.
      const items = cov.unchecked.map((u) => el('li', {}, el('code', { text: u.path }), document.createTextNode(` — ${u.reason}`)));
      if (cov.unchecked_count > cov.unchecked.length) items.push(el('li', { text: t('notCheckedMore', { n: (cov.unchecked_count - cov.unchecked.length).toLocaleString() }) }));
      children.push(el('h3', { id: 'not-checked-h', text: t('notChecked', { n: cov.unchecked_count.toLocaleString() }) }), el('ul', { class: 'not-checked', id: 'not-checked' }, items));
    }
    const inputs = inputsTable(r);
    if (inputs && r.checked.length > 1) children.push(...inputs);
    if (r.findings.length) children.push(el('h3', { text: t('findingsHeading') }), el('ul', { class: 'findings', id: 'findings' }, r.findings.map(renderFinding)));
    if (inputs && r.checked.length === 1) children.push(...inputs);
    const rows = r.inputs.map((i) => el('tr', {}, el('td', {}, el('code', { text: i.path })), el('td', { text: i.kind }), el('td', { text: String(i.size) }), el('td', { text: String(i.bytes_read) }), el('td', { text: i.skipped || '' })));
    children.push(el('details', {}, el('summary', { text: t('readHeading', { n: r.inputs.length }) }), el('div', { class: 'table-wrap' }, table(t('readCols'), rows))));
    for (const note of r.notes || []) children.push(el('p', { class: 'status', text: note }));
    children.push(provenance(r));
    const mem = shown.memory ? t('memory', { mb: (shown.memory / 1048576).toFixed(0) }) : '';
    children.push(el('p', { class: 'status', id: 'timing', 'data-ms': String(shown.ms), 'data-memory': String(shown.memory || 0), text: t('scanned', { s: (shown.ms / 1000).toFixed(2), mem }) }));
  }
  return children;
}

// ---- Files ----
function watchlistAdditions() {
  try { return JSON.parse(localStorage.getItem('telltale.watchlist') || '[]'); } catch { return []; }
}

/** At most this many files of a dropped or chosen folder are handed to the engine. */
const FOLDER_MAX_FILES = 5000;

/** Files chosen or dropped, each with the name the report gives it (its path in a folder). */
const withNames = (files) => [...files].map((f) => ({ file: f, name: f.webkitRelativePath || f.name }));

/** The files of a drop, folders walked (entries are taken now: they vanish after the event). */
async function droppedFiles(dt) {
  const entries = [...(dt.items || [])].map((i) => (i.webkitGetAsEntry ? i.webkitGetAsEntry() : null));
  if (!entries.some((e) => e && e.isDirectory)) return { items: withNames(dt.files), unlisted: 0 };
  const items = [];
  let unlisted = 0;
  const fileOf = (entry) => new Promise((resolve, reject) => entry.file(resolve, reject));
  const batchOf = (reader) => new Promise((resolve, reject) => reader.readEntries(resolve, reject));
  async function walk(entry, prefix) {
    if (entry.isFile) {
      if (items.length >= FOLDER_MAX_FILES) unlisted++;
      else items.push({ file: await fileOf(entry), name: prefix + entry.name });
    } else if (entry.isDirectory) {
      const reader = entry.createReader();
      for (let batch = await batchOf(reader); batch.length; batch = await batchOf(reader)) {
        for (const e of batch) await walk(e, `${prefix}${entry.name}/`);
      }
    }
  }
  for (const e of entries) if (e) await walk(e, '');
  return { items, unlisted };
}

/** Files chosen with the folder input: the same cap as a dropped folder. */
function chosenFolder(files) {
  const all = withNames(files);
  return { items: all.slice(0, FOLDER_MAX_FILES), unlisted: Math.max(0, all.length - FOLDER_MAX_FILES) };
}

async function scanFiles({ items, unlisted = 0 }) {
  if (!items.length) return;
  const files = items.map((i) => i.file);
  const names = items.map((i) => i.name);
  const shownNames = names.length > 12 ? `${names.slice(0, 12).join(', ')}, … (${names.length})` : names.join(', ');
  $('files-chosen').textContent = t('chooseFiles', { names: shownNames }) + (unlisted ? ` ${t('folderCapped', { n: FOLDER_MAX_FILES })}` : '');
  const bar = $('progress');
  const wrap = $('progress-wrap');
  const cancel = $('cancel');
  wrap.hidden = false;
  cancel.hidden = false;
  bar.value = 0;
  $('progress-text').textContent = t(engine.files ? 'starting' : 'loadingFiles');
  resultEl.dataset.state = 'working';
  delete resultEl.dataset.verdict;
  resultEl.setAttribute('aria-busy', 'true');
  ++seq;
  try {
    const { report, ms, memory } = await engine.scanFiles(files, { watchlist: watchlistAdditions(), lang: engineLang(), names, unlisted }, (p) => {
      bar.max = Math.max(p.total, 1);
      bar.value = p.done;
      $('progress-text').textContent = t('progress', { done: (p.done / 1048576).toFixed(1), total: (p.total / 1048576).toFixed(1), name: p.name });
    });
    shown = lastScan = { kind: 'scan', report, ms, memory, names };
    render();
    announce(report, true);
  } catch (err) {
    if (String(err.message) === 'cancelled') { showEmpty('cancelled', 'cancelled'); $('files-chosen').textContent = ''; }
    else showError(err);
  } finally {
    wrap.hidden = true;
    cancel.hidden = true;
    resultEl.setAttribute('aria-busy', 'false');
    // The same file chosen again is checked again; after Cancel the input names nothing.
    $('files').value = '';
    $('folder').value = '';
  }
}

// ---- Settings: the watchlist ----
function showWatchlist() {
  const own = watchlistAdditions();
  $('watchlist').value = own.join('\n');
  $('watchlist-builtin').textContent = builtinWatchlist.names.join(', ');
}
$('watchlist-save').addEventListener('click', () => {
  const own = [...new Set($('watchlist').value.split('\n').map((s) => s.trim().toLowerCase()).filter(Boolean))];
  try { localStorage.setItem('telltale.watchlist', JSON.stringify(own)); } catch { /* storage off */ }
  $('watchlist-status').textContent = t('watchlistSaved', { n: own.length });
});
$('watchlist-reset').addEventListener('click', () => {
  try { localStorage.removeItem('telltale.watchlist'); } catch { /* storage off */ }
  showWatchlist();
  $('watchlist-status').textContent = t('watchlistCleared');
});

// ---- Wiring ----
$('files').addEventListener('change', (e) => scanFiles({ items: withNames(e.target.files) }));
$('folder').addEventListener('change', (e) => scanFiles(chosenFolder(e.target.files)));
$('cancel').addEventListener('click', () => engine.cancel());
window.addEventListener('dragover', (e) => { e.preventDefault(); document.body.classList.add('dragging'); });
window.addEventListener('dragleave', () => document.body.classList.remove('dragging'));
window.addEventListener('drop', (e) => {
  e.preventDefault();
  document.body.classList.remove('dragging');
  droppedFiles(e.dataTransfer).then(scanFiles, showError);
});
textEl.addEventListener('input', () => { bigText = null; schedule(); });
textEl.addEventListener('paste', (e) => {
  const s = e.clipboardData && e.clipboardData.getData('text/plain');
  if (!s || s.length <= BIG_TEXT) return;
  e.preventDefault();
  bigText = s;
  textEl.value = t('bigPasted', { mb: (s.length / 1048576).toFixed(1), n: BOX_PREVIEW.toLocaleString() }) + '\n\n' + s.slice(0, BOX_PREVIEW);
  clearTimeout(timer);
  run();
});
$('check').addEventListener('click', run);
$('ascii').addEventListener('change', schedule);
$('password').addEventListener('input', schedule);
// A language switch renders the reports' messages again in the new language (no new check).
$('lang').addEventListener('change', async (e) => {
  setLang(e.target.value);
  if (shown) render(); else showEmpty();
  const lang = engineLang();
  for (const r of [lastText, lastScan]) if (r) r.report = await engine.call('localize', r.report, lang);
  if (shown && engineLang() === lang) render();
});

$('lang').value = getLang();
applyStatic();
engine.ready.then((m) => {
  $('version').textContent = m.version;
  ruleDocs = new Map(m.rules.map((r) => [r.id, r]));
  builtinWatchlist = m.watchlist;
  showWatchlist();
  document.body.dataset.ready = 'true';
  if (textEl.value) run();
}).catch(showError);

// A hosted copy keeps working offline: the service worker caches the page's own files.
// (Not from file://, where there is nothing to cache and no service worker.)
if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol) && !document.documentElement.dataset.single) {
  navigator.serviceWorker.register('sw.js').catch(() => { /* private mode or blocked: the page still works */ });
}
window.telltale = { engine, get lastReport() { return shown && shown.report; } };
