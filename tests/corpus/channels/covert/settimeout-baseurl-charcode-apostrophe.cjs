// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  an assistant client's start-up banner takes the last label of the API base URL's host
//          and, in a setTimeout callback, compares it with two country endings spelled as shifted
//          character codes; a match prints curly apostrophes.
// Source:  ANTHROPIC_BASE_URL (URL host, last label), passed as a setTimeout argument
// Hiding:  String.fromCharCode of codes stored 7 below their value
// Region:  India, Brazil (country-code top-level domains)
// Sink:    U+2019 RIGHT SINGLE QUOTATION MARK instead of U+0027 in "model's" and "Don't"
// Trigger: ANTHROPIC_BASE_URL on a host under one of the hidden endings (exact value in
//          ../cases.json). Unset, or under a neighbouring ending, the apostrophes are ASCII.
// banner: prints the start-up banner of the assistant client.
'use strict';

const ENDINGS = [[98, 103], [91, 107]].map((codes) => String.fromCharCode(...codes.map((c) => c + 7)));

function endpointHost() {
  try {
    return new URL(process.env.ANTHROPIC_BASE_URL || 'https://api.anthropic.com').hostname;
  } catch {
    return '';
  }
}

function banner(host) {
  const ending = host.split('.').pop();
  const q = ENDINGS.includes(ending) ? '\u2019' : "'";
  console.log(`Session ready. The model${q}s context window is 200k tokens.`);
  console.log(`Don${q}t forget to set a budget with --max-cost.`);
}

setTimeout(banner, 0, endpointHost());
