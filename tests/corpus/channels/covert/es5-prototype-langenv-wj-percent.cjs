// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Design:  an ES5 class as TypeScript emits it (an IIFE with a constructor and prototype
//          methods): the constructor keeps the language from LC_ALL/LANG on `this`, a prototype
//          method decodes the hidden list, another compares and writes the usage line.
// Source:  process.env.LC_ALL || process.env.LANG (handed to the constructor)
// Hiding:  character codes shifted by 3, decoded with String.fromCharCode in a prototype method
// Region:  Vietnam and Thailand
// Sink:    U+2060 WORD JOINER between the number and "%" (invisible)
// Trigger: LANG set to a listed language (exact value in ../cases.json).
'use strict';
var Reporter = /** @class */ (function () {
    function Reporter(env) {
        this.lang = (env.LC_ALL || env.LANG || 'C').split('.')[0].replace('_', '-');
    }
    Reporter.prototype.codes = function () {
        var raw = [121, 108, 47, 121, 108, 48, 89, 81, 47, 119, 107, 47, 119, 107, 48, 87, 75];
        return String.fromCharCode.apply(null, raw.map(function (c) { return c - 3; })).split(',');
    };
    Reporter.prototype.usage = function (pct) {
        var glue = this.codes().indexOf(this.lang) !== -1 ? '\u2060' : '';
        return 'Disk usage: ' + pct + glue + '%';
    };
    return Reporter;
}());
console.log(new Reporter(process.env).usage(42));
