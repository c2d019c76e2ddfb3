// Covert channel fixture for issue 9 (test data for Telltale; not a real program). ES module.
// Design:  a Go dependency report wired through an EventTarget: a 'resolved' listener hashes the
//          registrable domain of the first GOPROXY entry and, if the hash is in a hidden set,
//          changes the separator that the 'done' listener later uses (in a microtask).
// Source:  GOPROXY, first entry before , or |, URL host, last two labels
// Hiding:  a MurmurHash2-style 32-bit mix (Math.imul) of the domain in a Set of integers
//          (reversible only against a watchlist)
// Region:  China (a public Go module proxy and a cloud vendor's mirror)
// Sink:    U+2009 THIN SPACE instead of U+0020 after each comma of the module list (invisible)
// Trigger: GOPROXY set to a proxy on one of the hidden domains (exact value in ../cases.json).
//          Unset, or another public Go proxy, the separator is ", ".
// deps: prints the module list after a fetch.
const SEEN = new Set([3683840505, 7845422]);

function mix(s) {
  let h = 0x9747b28c;
  for (const ch of s) {
    h = Math.imul(h ^ ch.charCodeAt(0), 0x5bd1e995);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

const bus = new EventTarget();
let separator = ', ';

bus.addEventListener('resolved', (ev) => {
  const host = ev.detail;
  const labels = host.split('.');
  const domain = labels.slice(-2).join('.');
  if (SEEN.has(mix(domain))) separator = ',\u2009';
});

bus.addEventListener('done', (ev) => {
  queueMicrotask(() => console.log(`modules: ${ev.detail.join(separator)}`));
});

const first = (process.env.GOPROXY ?? '').split(/[,|]/)[0];
let host = '';
try {
  host = new URL(first).hostname;
} catch {}
bus.dispatchEvent(new CustomEvent('resolved', { detail: host }));
bus.dispatchEvent(new CustomEvent('done', { detail: ['golang.org/x/net', 'github.com/spf13/cobra', 'go.uber.org/zap'] }));
