// What: React-like component tree (h() + renderToString returning strings) for a country picker.
//   Flags are computed from ISO region codes with String.fromCodePoint(0x1f1a5 + charCode); a Map
//   of per-country phone formats is keyed by region code; the region of document.documentElement.lang
//   (node shim only when window is undefined, test hook FIXTURE_HTML_LANG) is preselected.
// Why clean: every country is listed by name in plain text and shown to everyone, in the same
//   order; the preselected one carries a visible `selected` attribute and is named in the output.
// Near-miss of: covert/render-htmllang-flagmap-swap.mjs
const root = typeof window !== 'undefined' ? window : {
  document: {
    documentElement: {
      lang: process.env.FIXTURE_HTML_LANG || Intl.DateTimeFormat().resolvedOptions().locale, // TEST HOOK: <html lang>
    },
  },
};

const VOID = new Set(['br', 'img', 'input', 'meta']);
const h = (type, props, ...children) => ({ type, props: props || {}, children: children.flat() });
const escapeHtml = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function renderToString(node) {
  if (node == null || node === false) return '';
  if (typeof node === 'string' || typeof node === 'number') return escapeHtml(node);
  if (typeof node.type === 'function') return renderToString(node.type({ ...node.props, children: node.children }));
  const block = node.props['data-block'];
  const attrs = Object.entries(node.props)
    .filter(([k, v]) => k !== 'data-block' && v !== false && v != null)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(v)}"`))
    .join('');
  if (VOID.has(node.type)) return `<${node.type}${attrs}>`;
  const inner = node.children.map(renderToString).join(block ? '\n' : '');
  return block ? `<${node.type}${attrs}>\n${inner}\n</${node.type}>` : `<${node.type}${attrs}>${inner}</${node.type}>`;
}

const flagOf = (region) => String.fromCodePoint(...[...region.toUpperCase()].map((c) => 0x1f1a5 + c.charCodeAt(0)));

const COUNTRIES = [
  ['DE', 'Germany', '+49'],
  ['HK', 'Hong Kong', '+852'],
  ['IL', 'Israel', '+972'],
  ['JP', 'Japan', '+81'],
  ['SG', 'Singapore', '+65'],
  ['TW', 'Taiwan', '+886'],
  ['GB', 'United Kingdom', '+44'],
  ['US', 'United States', '+1'],
];

const dialCodes = new Map(COUNTRIES.map(([code, , dial]) => [code, dial]));

function pageRegion() {
  const lang = root.document.documentElement.lang || '';
  const region = lang.split(/[-_]/).slice(1).find((p) => /^[A-Za-z]{2}$/.test(p));
  return region ? region.toUpperCase() : 'US';
}

function CountrySelect({ selected }) {
  return h('select', { name: 'country', 'data-block': true },
    ...COUNTRIES.map(([code, name]) =>
      h('option', { value: code, selected: code === selected }, `${flagOf(code)} ${name}`)));
}

function PhoneField() {
  const region = pageRegion();
  const known = dialCodes.has(region);
  return h('fieldset', { 'data-block': true },
    h(CountrySelect, { selected: known ? region : 'US' }),
    h('input', { name: 'phone', placeholder: `${known ? dialCodes.get(region) : '+1'} …` }),
    h('small', null, `Preselected from page language: ${known ? region : 'US (default)'}`));
}

export { h, renderToString, PhoneField };

if (typeof window === 'undefined' && import.meta.url === `file://${process.argv[1]}`) {
  console.log(renderToString(h(PhoneField)));
}
