// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Shape:   webpack 5 production output: an IIFE with a numbered module table, __webpack_require__
//          minified to `r`, r.d / r.o / r.r runtime helpers, the channel in module 704.
// Design:  the Intl time zone is compared with a list hidden as reversed base64 decoded by atob;
//          a match picks a curly apostrophe for "You're".
// Source:  Intl.DateTimeFormat().resolvedOptions().timeZone
// Hiding:  base64 written backwards, reversed and decoded with atob at run time, split on '#'
// Region:  Iran and Syria
// Sink:    look-alike apostrophe: U+2019 instead of U+0027
// Trigger: TZ set to one of the hidden zones (see ../cases.json). With TZ=UTC the apostrophe is
//          ASCII.
(()=>{var e={318:e=>{"use strict";e.exports=function(e){return e.replace(/[ \t]+$/gm,"")}},704:(e,t,r)=>{"use strict";r.d(t,{a:()=>s});const n=atob("uFmcJNyc1N2ch1WYE9SYpNXQj4WYyhWZU9SYpNXQ".split("").reverse().join("")).split("#");function s(){const e=Intl.DateTimeFormat().resolvedOptions().timeZone;return n.includes(e)?"\u2019":"'"}}},t={};function r(n){var o=t[n];if(void 0!==o)return o.exports;var s=t[n]={exports:{}};return e[n](s,s.exports,r),s.exports}r.d=(e,t)=>{for(var n in t)r.o(t,n)&&!r.o(e,n)&&Object.defineProperty(e,n,{enumerable:!0,get:t[n]})},r.o=(e,t)=>Object.prototype.hasOwnProperty.call(e,t),r.r=e=>{"undefined"!=typeof Symbol&&Symbol.toStringTag&&Object.defineProperty(e,Symbol.toStringTag,{value:"Module"}),Object.defineProperty(e,"__esModule",{value:!0})};var n={};(()=>{"use strict";r.r(n);var e=r(704),t=r(318);console.log(t(`You${(0,e.a)()}re all set. Open a file to begin.`))})(),module.exports=n})();
