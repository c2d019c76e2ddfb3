// What: Babel 7 CommonJS output (_classCallCheck, _createClass, _regeneratorRuntime,
//   _asyncToGenerator) of a report builder that reads the LC_TIME category and formats the
//   "Generated" stamp with Intl.DateTimeFormat in that locale; option flags are parsed from a
//   bit string with parseInt(b, 2).
// Why clean: the locale is used openly for localisation and printed on its own line; every
//   locale gets a real, visibly different date format, and the bit flags are documented options
//   (no hidden list, no invisible character).
// Near-miss of: covert/babel-regenerator-lctime-bitstring-ideographic.cjs
"use strict";

Object.defineProperty(exports, "__esModule", {
  value: true
});
exports.ReportBuilder = exports.FLAGS = void 0;
function _typeof(o) { "@babel/helpers - typeof"; return _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function (o) { return typeof o; } : function (o) { return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o; }, _typeof(o); }
function _regeneratorRuntime() { "use strict"; var C = {}, r = { mark: function mark(f) { return f; }, wrap: function wrap(inner, outer, self) { var ctx = { prev: 0, next: 0, sent: void 0, rval: void 0, done: !1, abrupt: function abrupt(t, a) { this.rval = a; this.next = "end"; return C; }, stop: function stop() { this.done = !0; return this.rval; } }; function step(m, a) { if (ctx.done) return { value: void 0, done: !0 }; if (m === "throw") throw a; ctx.sent = a; for (;;) { var v = inner.call(self, ctx); if (v === C) continue; return { value: v, done: ctx.done }; } } return { next: function next(a) { return step("next", a); }, "throw": function _throw(a) { return step("throw", a); } }; } }; return (_regeneratorRuntime = function _regeneratorRuntime() { return r; })(); }
function asyncGeneratorStep(n, t, e, r, o, a, c) { try { var i = n[a](c), u = i.value; } catch (n) { return void e(n); } i.done ? t(u) : Promise.resolve(u).then(r, o); }
function _asyncToGenerator(n) { return function () { var t = this, e = arguments; return new Promise(function (r, o) { var a = n.apply(t, e); function _next(n) { asyncGeneratorStep(a, r, o, _next, _throw, "next", n); } function _throw(n) { asyncGeneratorStep(a, r, o, _next, _throw, "throw", n); } _next(void 0); }); }; }
function _classCallCheck(a, n) { if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function"); }
function _defineProperties(e, r) { for (var t = 0; t < r.length; t++) { var o = r[t]; o.enumerable = o.enumerable || !1, o.configurable = !0, "value" in o && (o.writable = !0), Object.defineProperty(e, _toPropertyKey(o.key), o); } }
function _createClass(e, r, t) { return r && _defineProperties(e.prototype, r), t && _defineProperties(e, t), Object.defineProperty(e, "prototype", { writable: !1 }), e; }
function _toPropertyKey(t) { var i = _toPrimitive(t, "string"); return "symbol" == _typeof(i) ? i : i + ""; }
function _toPrimitive(t, r) { if ("object" != _typeof(t) || !t) return t; var e = t[Symbol.toPrimitive]; if (void 0 !== e) { var i = e.call(t, r || "default"); if ("object" != _typeof(i)) return i; throw new TypeError("@@toPrimitive must return a primitive value."); } return ("string" === r ? String : Number)(t); }
// Option bits, most significant first: show totals, show locale line, use 24-hour clock.
var FLAGS = exports.FLAGS = {
  totals: 4,
  localeLine: 2,
  hour24: 1
};
function parseFlags(bits) {
  return parseInt(bits, 2);
}
function timeLocale() {
  var env = process.env;
  var value = env.LC_ALL || env.LC_TIME || env.LANG || "C";
  var tag = value.split(".")[0].replace("_", "-");
  return tag === "C" || tag === "POSIX" ? "en-US" : tag;
}
var ReportBuilder = exports.ReportBuilder = /*#__PURE__*/function () {
  function ReportBuilder(title) {
    var options = arguments.length > 1 && arguments[1] !== undefined ? arguments[1] : {};
    _classCallCheck(this, ReportBuilder);
    this.title = title;
    this.rows = [];
    this.flags = parseFlags(options.flags || "111");
    this.generatedAt = options.generatedAt || new Date();
  }
  return _createClass(ReportBuilder, [{
    key: "add",
    value: function add(label, amount) {
      this.rows.push([label, amount]);
      return this;
    }
  }, {
    key: "build",
    value: function () {
      var _build = _asyncToGenerator(/*#__PURE__*/_regeneratorRuntime().mark(function _callee() {
        var locale, fmt, out, total;
        return _regeneratorRuntime().wrap(function _callee$(_context) {
          while (1) switch (_context.prev = _context.next) {
            case 0:
              locale = timeLocale();
              _context.next = 3;
              return Promise.resolve(this.rows);
            case 3:
              fmt = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "UTC", hour12: !(this.flags & FLAGS.hour24) });
              out = [this.title, "Generated " + fmt.format(this.generatedAt)];
              if (this.flags & FLAGS.localeLine) out.push("Locale: " + locale + " (from LC_TIME)");
              _context.sent.forEach(function (r) {
                out.push("  " + r[0].padEnd(12) + r[1].toFixed(2).padStart(10));
              });
              total = this.rows.reduce(function (s, r) { return s + r[1]; }, 0);
              if (this.flags & FLAGS.totals) out.push("  " + "Total".padEnd(12) + total.toFixed(2).padStart(10));
              return _context.abrupt("return", out.join("\n"));
            case 10:
            case "end":
              return _context.stop();
          }
        }, _callee, this);
      }));
      function build() {
        return _build.apply(this, arguments);
      }
      return build;
    }()
  }]);
}();
if (require.main === module) {
  new ReportBuilder("Quarterly sales", {
    generatedAt: new Date(Date.UTC(2024, 2, 5, 14, 30))
  }).add("Hardware", 1280.5).add("Services", 940).add("Support", 310.25).build().then(function (text) {
    return console.log(text);
  });
}
