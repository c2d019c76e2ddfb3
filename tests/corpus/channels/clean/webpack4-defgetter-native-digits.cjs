// Clean near-miss for issue 9 (test data for Telltale): a scanner must NOT flag this. CommonJS.
// What:    a webpack 4 style bundle (exports defined by `__webpack_require__.d` getters) whose
//          progress line writes numbers in the digits of the host's numbering system: a table
//          keyed by numbering system, looked up in a for-in loop, with the digits written in
//          plain text.
// Why clean: the table is in plain sight and the output changes visibly and for the reader's
//            benefit (their own digits): open localisation, not a hidden signal.
'use strict';

(function (modules) {
  var cache = {};
  function __webpack_require__(id) {
    if (cache[id]) return cache[id].exports;
    var module = (cache[id] = { i: id, l: false, exports: {} });
    modules[id].call(module.exports, module, module.exports, __webpack_require__);
    module.l = true;
    return module.exports;
  }
  __webpack_require__.d = function (exports, name, getter) {
    if (!Object.prototype.hasOwnProperty.call(exports, name)) {
      Object.defineProperty(exports, name, { enumerable: true, get: getter });
    }
  };
  return __webpack_require__(0);
})([
  /* 0: entry */
  function (module, exports, __webpack_require__) {
    var locale = __webpack_require__(1);
    var digits = __webpack_require__(2);
    var set = digits.digitsFor(locale.numbering());
    process.stdout.write('Progress: ' + digits.write(42, set) + '/' + digits.write(100, set) + '\n');
  },
  /* 1: locale */
  function (module, exports, __webpack_require__) {
    __webpack_require__.d(exports, 'numbering', function () {
      return numbering;
    });
    function numbering() {
      try {
        return new Intl.NumberFormat().resolvedOptions().numberingSystem || 'latn';
      } catch (e) {
        return 'latn';
      }
    }
  },
  /* 2: digits */
  function (module, exports, __webpack_require__) {
    __webpack_require__.d(exports, 'digitsFor', function () {
      return digitsFor;
    });
    __webpack_require__.d(exports, 'write', function () {
      return write;
    });
    var DIGITS = {
      arab: '٠١٢٣٤٥٦٧٨٩',
      arabext: '۰۱۲۳۴۵۶۷۸۹',
      beng: '০১২৩৪৫৬৭৮৯',
      deva: '०१२३४५६७८९',
      mymr: '၀၁၂၃၄၅၆၇၈၉',
    };
    function digitsFor(system) {
      for (var name in DIGITS) {
        if (name === system) return DIGITS[name];
      }
      return '0123456789';
    }
    function write(n, set) {
      return String(n).replace(/[0-9]/g, function (d) {
        return set.charAt(+d);
      });
    }
  },
]);
