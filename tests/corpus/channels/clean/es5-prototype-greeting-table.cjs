// Clean near-miss fixture for issue 9 (test data for Telltale; not a real program).
// What:      an ES5 class as TypeScript emits it: the constructor keeps the language from
//            LC_ALL/LANG on `this`; a prototype method looks it up in a plain table of greetings.
// Why clean: open localisation: every language's text is written plainly and the greeting is
//            visibly in the reader's language.
// Nearly:    covert/es5-prototype-langenv-wj-percent.cjs (a language kept on `this`, compared in a
//            prototype method).
'use strict';
var Greeter = /** @class */ (function () {
    function Greeter(env) {
        this.lang = (env.LC_ALL || env.LANG || 'C').split(/[._]/)[0];
    }
    Greeter.prototype.table = function () {
        return { vi: 'Xin chào', th: 'สวัสดี', de: 'Hallo', en: 'Hello' };
    };
    Greeter.prototype.greet = function (name) {
        var t = this.table();
        return (t[this.lang] || t.en) + ', ' + name + '!';
    };
    return Greeter;
}());
console.log(new Greeter(process.env).greet('Ann'));
