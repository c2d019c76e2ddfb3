// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this. ES module.
// What:      a country list in plain JSON for a form's dropdown (Russia, Belarus, Iran, North
//            Korea, Syria, Cuba, China, Israel, Turkey among them); the user's region from the
//            locale is preselected.
// Why clean: the list is readable data for everyone; the locale only preselects a visible option.
// Near-miss: covert/locale-region-caesar-ellipsis.cjs (country codes, but shifted and silent)
const COUNTRIES = JSON.parse(`[
  {"code":"BY","name":"Belarus"},{"code":"CN","name":"China"},{"code":"CU","name":"Cuba"},
  {"code":"DE","name":"Germany"},{"code":"IL","name":"Israel"},{"code":"IR","name":"Iran"},
  {"code":"KP","name":"North Korea"},{"code":"RU","name":"Russia"},{"code":"SY","name":"Syria"},
  {"code":"TR","name":"Türkiye"},{"code":"US","name":"United States"}
]`);
let region = '';
try { region = new Intl.Locale(Intl.DateTimeFormat().resolvedOptions().locale).maximize().region || ''; } catch { region = ''; }
const options = COUNTRIES.map((c) => `<option value="${c.code}"${c.code === region ? ' selected' : ''}>${c.name}</option>`);
console.log(`<select name="country">${options.length} options; selected: ${region || 'none'}</select>`);
