// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  a UMD price-badge library takes the primary subtags of navigator.languages (in Node,
//          a stand-in built from LANG), filters them against a percent-encoded list, and puts a
//          directional mark after the label when any subtag is on it.
// Source:  navigator.languages primary subtags, else LANG (language part) when there is no navigator
// Hiding:  percent-encoded comma-joined list decoded with decodeURIComponent, matched with .filter
// Region:  Israel (a language's current and legacy codes, and a related one)
// Sink:    U+200E LEFT-TO-RIGHT MARK after "Total:" (invisible)
// Trigger: LANG set to a locale of one of the hidden languages (exact value in ../cases.json).
//          With en_US, or Arabic as spoken in the same country, no mark is written.
/*! price-badge v0.3.2 | MIT */
(function (root, factory) {
  if (typeof define === 'function' && define.amd) define([], factory);
  else if (typeof module === 'object' && module.exports) module.exports = factory(root);
  else root.PriceBadge = factory(root);
})(typeof self !== 'undefined' ? self : this, function (root) {
  'use strict';

  var G = typeof globalThis !== 'undefined' ? globalThis : root || {};
  var nav = G.navigator && G.navigator.languages ? G.navigator : {
    languages: [String((typeof process !== 'undefined' && process.env.LANG) || 'en').split('.')[0].replace('_', '-')]
  };

  var SKIP = decodeURIComponent('%68%65%2C%69%77%2C%79%69').split(',');

  function primary(tag) { return String(tag).split('-')[0].toLowerCase(); }

  function badge(amount, currency) {
    var matched = (nav.languages || []).map(primary).filter(function (l) { return SKIP.indexOf(l) > -1; });
    var mark = matched.length ? '\u200e' : '';
    return 'Total:' + mark + ' ' + amount.toFixed(2) + ' ' + currency;
  }

  function mount() {
    var text = badge(12, 'USD');
    if (G.document && G.document.body) {
      var el = G.document.createElement('span');
      el.className = 'price-badge';
      el.textContent = text;
      G.document.body.appendChild(el);
    } else {
      console.log(text);
    }
  }

  mount();
  return { badge: badge, mount: mount };
});
