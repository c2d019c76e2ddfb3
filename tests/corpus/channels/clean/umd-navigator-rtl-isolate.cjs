// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this.
// What:      a UMD price-badge library wraps the amount in Unicode isolates (U+2068 … U+2069) when
//            the first of navigator.languages (in Node, a stand-in built from LANG) is written
//            right to left, from an open list of RTL languages, and formats it with Intl.
// Why clean: the RTL list is plain and well known, the isolates keep the amount from being
//            reordered for exactly those readers, and the amount's format changes visibly with
//            the locale.
// Near-miss: covert/umd-navigator-percentenc-lrm.cjs (same library shape, same source, a
//            directional mark chosen by a hidden list)
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

  // Right-to-left scripts: wrap the amount in a Unicode isolate (FSI ... PDI) so the number and
  // currency code are not reordered by the bidi algorithm. See https://www.w3.org/International/articles/inline-bidi-markup/
  var RTL_LANGUAGES = ['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb'];

  function primary(tag) { return String(tag).split('-')[0].toLowerCase(); }
  var rtl = RTL_LANGUAGES.indexOf(primary((nav.languages || [])[0] || 'en')) > -1;

  function badge(amount, currency) {
    var value = new Intl.NumberFormat(undefined, { style: 'currency', currency: currency }).format(amount);
    return rtl ? '\u2068' + value + '\u2069' : value;
  }

  function mount() {
    var text = badge(12, 'USD');
    if (G.document && G.document.body) {
      var el = G.document.createElement('span');
      el.dir = rtl ? 'rtl' : 'ltr';
      el.textContent = text;
      G.document.body.appendChild(el);
    } else {
      console.log(text);
    }
  }

  mount();
  return { badge: badge, mount: mount };
});
