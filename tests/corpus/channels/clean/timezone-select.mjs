// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this. ES module.
// What:      renders an HTML <select> of time zones, grouped by area, with a "Common" group of
//            zones named in plain text, and the current zone selected and shown.
// Why clean: the zone list is written openly and only marks the user's own zone as selected; the
//            detected zone is printed.
// Near-miss: covert/tz-base32-endash.cjs, covert/offset-bitpacked-lakh.cjs
// settings page: renders the time-zone <select>, grouped by area, with the current zone selected.
const current = Intl.DateTimeFormat().resolvedOptions().timeZone;
const zones = Intl.supportedValuesOf('timeZone');
const featured = ['Europe/Kiev', 'Europe/Moscow', 'Asia/Tehran', 'Asia/Jerusalem', 'Asia/Calcutta', 'America/Sao_Paulo'];

const byArea = new Map();
for (const z of zones) {
  const area = z.split('/')[0];
  if (!byArea.has(area)) byArea.set(area, []);
  byArea.get(area).push(z);
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const opt = (z) => `    <option value="${esc(z)}"${z === current ? ' selected' : ''}>${esc(z.replace(/_/g, ' '))}</option>`;
const out = ['<select name="tz">', '  <optgroup label="Common">', ...featured.map(opt), '  </optgroup>'];
for (const area of ['Europe', 'Asia']) {
  out.push(`  <optgroup label="${area}">`, ...byArea.get(area).slice(0, 5).map(opt), '  </optgroup>');
}
out.push('</select>');
console.log(out.join('\n'));
console.log(`<!-- detected: ${current} -->`);
