// What: a webpack 5 bundle (mode "none") of a build CLI with a bundled message catalogue: the
//   summary is translated according to LC_MESSAGES, and an inlined banner asset is decoded from
//   base64 with Buffer#toString('latin1').
// Why clean: the locale picks a visible translation from a readable table (Amharic, Tigrinya,
//   English); the latin1 asset is a plain banner that is printed as-is in every environment.
// Near miss of: covert/lcmessages-webpack-latin1-zwsp.cjs (LC_MESSAGES + latin1 decode in webpack).
/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 301:
/***/ ((__unused_webpack_module, exports) => {

exports.messages = {
  en: { loaded: 'loaded configuration from', done: 'done in' },
  am: { loaded: 'ውቅር ተጭኗል ከ', done: 'ተጠናቋል በ' },
  ti: { loaded: 'ውቅር ካብ', done: 'ተዛዚሙ ኣብ' },
};

/***/ }),

/***/ 77:
/***/ ((__unused_webpack_module, exports) => {

exports.banner = Buffer.from('QnVpbGQgQ0xJIDMuMS4wIChjKSBFeGFtcGxlIEx0ZA==', 'base64').toString('latin1');

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
const _301 = __webpack_require__(301);
const _77 = __webpack_require__(77);

const raw = process.env.LC_ALL || process.env.LC_MESSAGES || Intl.DateTimeFormat().resolvedOptions().locale;
const lang = String(raw).split(/[._-]/)[0];
const msg = _301.messages[lang] || _301.messages.en;
const steps = [['resolve', 41], ['transform', 388], ['bundle', 127], ['emit', 19]];

console.log(_77.banner);
console.log(`${msg.loaded} build.config.js`);
for (const [name, ms] of steps) console.log(`  ${name.padEnd(10)} ${String(ms).padStart(4)} ms`);
console.log(`${msg.done} ${steps.reduce((s, [, ms]) => s + ms, 0)} ms`);
})();

/******/ })()
;
