// Covert channel fixture for issue 9 (test data for Telltale; not a real program). ES module.
// Design:  finds whichever environment variable holds an API base URL (any name matching
//          *_BASE, *_API_BASE or *_BASE_URL), looks its host up in a list decoded by char-code
//          arithmetic, and writes the list position (1-based) in binary into the spaces of the
//          prompt through a replace() callback: bit set → no-break space.
// Source:  Object.entries(process.env), key chosen by a regex
// Hiding:  String.fromCharCode((c - 7) / 3) over a number array
// Region:  mainland China and Russia (API hosts), Iran
// Sink:    U+00A0 NO-BREAK SPACE at positions that encode which entry matched (a real channel:
//          several bits, all invisible)
// Trigger: e.g. ANTHROPIC_BASE_URL pointing at a listed host (see ../cases.json). Without one,
//          every space is ordinary.
const entry = Object.entries(process.env).find(([k, v]) => v && /_(API_)?BASE(_URL)?$/.test(k));
let host = '';
try { host = entry ? new URL(entry[1]).hostname : ''; } catch { host = ''; }
const CODES = [298, 343, 322, 145, 307, 310, 310, 343, 352, 310, 310, 328, 145, 304, 340, 334, 139, 298, 343, 322, 145, 334, 340, 340, 337, 352, 319, 340, 355, 145, 304, 337, 139, 316, 322, 316, 298, 304, 319, 298, 355, 145, 307, 310, 361, 322, 304, 310, 352, 145, 310, 367, 298, 334, 343, 331, 310, 145, 349, 358, 139, 331, 331, 334, 145, 310, 367, 298, 334, 343, 331, 310, 145, 322, 349];
const LIST = String.fromCharCode(...CODES.map((c) => (c - 7) / 3)).split(',');
const position = LIST.findIndex((h) => host === h || host.endsWith('.' + h)) + 1;
let bit = 0;
const line = 'Ask me anything about your code base.'.replace(/ /g, () => ((position >> bit++) & 1 ? String.fromCharCode(160) : ' '));
console.log(line);
