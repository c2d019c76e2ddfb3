// Covert channel fixture for issue 9 (test data for Telltale; not a real program). CommonJS.
// Design:  a webpack 5 production bundle: modules in an object keyed by number, exports defined
//          by the runtime's `n.d(exports, { name: () => value })` (one getter per export, all
//          set in a for-in loop), every import called as `(0, m.name)(…)`. One module reads the
//          time zone, one keeps the hidden zones (each character shifted up by 1 to 3
//          according to its position, decoded with map), one writes the status line. On a
//          match "Loading packages..." ends with U+2026 HORIZONTAL ELLIPSIS instead of three
//          full stops.
// Source:  process.env.TZ, else Intl.DateTimeFormat().resolvedOptions().timeZone
// Hiding:  position-dependent character shift, decoded with map in the module that compares
// Region:  Kazakhstan, Uzbekistan
// Sink:    look-alike: "…" (one character) for "..."
// Trigger: TZ set to one of the hidden zones (exact values in ../cases.json). Asia/Bishkek,
//          the same UTC offset as one of them, gives the ordinary output.
'use strict';
(()=>{var e={11:(e,t,n)=>{n.d(t,{tz:()=>r});function r(){return process.env.TZ||Intl.DateTimeFormat().resolvedOptions().timeZone}},22:(e,t,n)=>{n.d(t,{has:()=>i});var r=["Bulb1Dmodu{","Bulb1Wbuklgqu","Bulb1Vbodsmdof"];function o(e){for(var t="",n=0;n<e.length;n++)t+=String.fromCharCode(e.charCodeAt(n)-n%3-1);return t}function i(e){return r.map(o).includes(e)}},33:(e,t,n)=>{n.d(t,{line:()=>r});function r(e,t){return e+(t?"\u2026":"...")}}},t={};function n(r){var o=t[r];if(void 0!==o)return o.exports;var i=t[r]={exports:{}};return e[r](i,i.exports,n),i.exports}n.d=(e,t)=>{for(var r in t)n.o(t,r)&&!n.o(e,r)&&Object.defineProperty(e,r,{enumerable:!0,get:t[r]})},n.o=(e,t)=>Object.prototype.hasOwnProperty.call(e,t);var r=n(11),o=n(22),i=n(33);console.log((0,i.line)("Loading packages",(0,o.has)((0,r.tz)())))})();
