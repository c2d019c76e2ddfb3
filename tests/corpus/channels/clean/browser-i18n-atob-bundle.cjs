// What: browser-style IIFE bundle of a cart widget (node shim only when typeof window is
//   'undefined', test hooks FIXTURE_NAVIGATOR_LANGUAGES and FIXTURE_LOCATION_HOSTNAME). Its
//   translation catalogue ships as base64 UTF-8 JSON decoded with decodeURIComponent(escape(atob())),
//   the language is negotiated from navigator.languages and the API origin from location.hostname.
// Why clean: the catalogue is an ordinary message table (English, Arabic, German, French,
//   Turkish); the chosen language, text direction and API origin are printed, and the visible
//   labels change with the language. Nothing is compared with a hidden list.
// Near-miss of: covert/browser-navlangs-atob-utf8-wordjoiner.cjs
(function (global, factory) {
  typeof exports === 'object' && typeof module !== 'undefined' ? module.exports = factory(global) : (global.CartWidget = factory(global));
})(typeof window !== 'undefined' ? window : (function () {
  // Minimal DOM-less shim so the widget can be rendered in node (SSR / tests).
  var list = (typeof process !== 'undefined' && process.env.FIXTURE_NAVIGATOR_LANGUAGES) || Intl.DateTimeFormat().resolvedOptions().locale; // TEST HOOK: navigator.languages
  var host = (typeof process !== 'undefined' && process.env.FIXTURE_LOCATION_HOSTNAME) || 'localhost'; // TEST HOOK: location.hostname
  var languages = list.split(',').map(function (s) { return s.trim(); }).filter(Boolean);
  return {
    navigator: { languages: languages, language: languages[0] },
    document: { documentElement: { lang: '', dir: 'ltr' } },
    location: { hostname: host, protocol: 'https:' },
    atob: typeof atob === 'function' ? atob : function (s) { return Buffer.from(s, 'base64').toString('latin1'); },
  };
})(), function (global) {
  'use strict';

  var CATALOGUE = 'eyJlbiI6eyJjaGVja291dCI6IkNoZWNrb3V0Iiwic3VidG90YWwiOiJTdWJ0b3RhbCIsIml0ZW1zIjoiaXRlbXMifSwiYXIiOnsiY2hlY2tvdXQiOiLYpdiq2YXYp9mFINin2YTYtNix2KfYoSIsInN1YnRvdGFsIjoi2KfZhNmF2KzZhdmI2Lkg2KfZhNmB2LHYudmKIiwiaXRlbXMiOiLYudmG2KfYtdixIn0sImRlIjp7ImNoZWNrb3V0IjoiWnVyIEthc3NlIiwic3VidG90YWwiOiJad2lzY2hlbnN1bW1lIiwiaXRlbXMiOiJBcnRpa2VsIn0sImZyIjp7ImNoZWNrb3V0IjoiUGFpZW1lbnQiLCJzdWJ0b3RhbCI6IlNvdXMtdG90YWwiLCJpdGVtcyI6ImFydGljbGVzIn0sInRyIjp7ImNoZWNrb3V0Ijoiw5ZkZW1lIiwic3VidG90YWwiOiJBcmEgdG9wbGFtIiwiaXRlbXMiOiLDvHLDvG4ifX0=';
  var RTL = ['ar', 'fa', 'he', 'ur'];
  var messages;

  function load() {
    if (!messages) messages = JSON.parse(decodeURIComponent(escape(global.atob(CATALOGUE))));
    return messages;
  }

  function negotiate(preferred) {
    var table = load();
    for (var i = 0; i < preferred.length; i++) {
      var base = preferred[i].toLowerCase().split('-')[0];
      if (table[base]) return base;
    }
    return 'en';
  }

  function apiOrigin() {
    var host = global.location.hostname;
    return host === 'localhost' ? 'http://localhost:3000' : global.location.protocol + '//api.' + host.replace(/^www\./, '');
  }

  function Cart(items) {
    this.items = items || [];
    this.lang = negotiate(global.navigator.languages || [global.navigator.language]);
    global.document.documentElement.lang = this.lang;
    global.document.documentElement.dir = RTL.indexOf(this.lang) !== -1 ? 'rtl' : 'ltr';
  }

  Cart.prototype.render = function () {
    var t = load()[this.lang];
    var count = this.items.reduce(function (n, it) { return n + it.qty; }, 0);
    var cents = this.items.reduce(function (n, it) { return n + it.qty * it.price; }, 0);
    return [
      '<html lang="' + this.lang + '" dir="' + global.document.documentElement.dir + '">',
      count + ' ' + t.items,
      t.subtotal + ': ' + (cents / 100).toFixed(2) + ' USD',
      '[ ' + t.checkout + ' ]',
      'api: ' + apiOrigin(),
    ].join('\n');
  };

  if (typeof window === 'undefined' && typeof require === 'function' && require.main === module) {
    console.log(new Cart([{ name: 'Notebook A5', price: 450, qty: 2 }, { name: 'Gel pen', price: 125, qty: 3 }]).render());
  }

  return { Cart: Cart, negotiate: negotiate };
});
