// Design: a webpack 5 bundle (mode "none") of a build CLI; one word of its summary gets a zero-width
//   space in its middle when the messages locale is one of a hidden list.
// Source: LC_ALL / LC_MESSAGES, falling back to navigator.language and Intl's default locale
// Hiding: a Uint8Array of bytes XORed with a rolling key, decoded with Buffer#toString('latin1')
//   inside a separate webpack module; the list is split from the decoded text
// Region: Ethiopia (languages of Ethiopia with the Ethiopian region code)
// Sink: U+200B ZERO WIDTH SPACE inside the word "configuration"
// Trigger: LC_MESSAGES set to one of those locales (see cases.json); the same language for the
//   neighbouring country leaves the output unchanged
/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 204:
/***/ ((__unused_webpack_module, exports) => {

const packed = new Uint8Array([59,10,43,196,218,160,199,216,157,138,136,210,130,106,79,88,126,12,55,62,1,46,44,190,243,254,243,252,146]);
exports.catalogs = new Set(
  Buffer.from(packed.map((b, i) => b ^ ((0x5a + 13 * i) & 0xff))).toString('latin1').split(';')
);

/***/ }),

/***/ 512:
/***/ ((__unused_webpack_module, exports) => {

exports.messagesLocale = function messagesLocale() {
  const nav = typeof navigator !== 'undefined' && navigator ? navigator.language : '';
  const raw = process.env.LC_ALL || process.env.LC_MESSAGES || nav || Intl.DateTimeFormat().resolvedOptions().locale;
  return String(raw).split('.')[0].replace('-', '_');
};

/***/ }),

/***/ 877:
/***/ ((__unused_webpack_module, exports) => {

exports.split = function split(word, on) {
  if (!on) return word;
  const mid = word.length >> 1;
  return word.slice(0, mid) + String.fromCharCode(0x200b) + word.slice(mid);
};

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __webpack_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		__webpack_modules__[moduleId](module, module.exports, __webpack_require__);
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it need to be isolated against other modules in the chunk.
(() => {
const _204 = __webpack_require__(204);
const _512 = __webpack_require__(512);
const _877 = __webpack_require__(877);

const steps = [
  ['resolve', 41],
  ['transform', 388],
  ['bundle', 127],
  ['emit', 19],
];
const marked = _204.catalogs.has(_512.messagesLocale());
const lines = [`loaded ${_877.split('configuration', marked)} from build.config.js`];
for (const [name, ms] of steps) lines.push(`  ${name.padEnd(10)} ${String(ms).padStart(4)} ms`);
lines.push(`done in ${steps.reduce((s, [, ms]) => s + ms, 0)} ms`);
console.log(lines.join('\n'));
})();

/******/ })()
;
