// What: tsc 5 output (target ES5: __awaiter/__generator, a namespace, exports.x = x) of a
//   package-inventory exporter that reads the APT mirror from /etc/apt/sources.list (test hook
//   FIXTURE_APT_SOURCES) and writes a CSV that always starts with a UTF-8 byte-order mark.
// Why clean: the mirror host and its country are printed in a trailer line, from a readable
//   table of country names; the BOM is written for every run and announced on stderr, so nothing
//   invisible depends on where the program runs.
// Near-miss of: covert/tsc-awaiter-aptmirror-base26-bom.cjs
"use strict";
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var __generator = (this && this.__generator) || function (thisArg, body) {
    var _ = { label: 0, sent: function() { if (t[0] & 1) throw t[1]; return t[1]; }, trys: [], ops: [] }, f, y, t, g = Object.create((typeof Iterator === "function" ? Iterator : Object).prototype);
    return g.next = verb(0), g["throw"] = verb(1), g["return"] = verb(2), typeof Symbol === "function" && (g[Symbol.iterator] = function() { return this; }), g;
    function verb(n) { return function (v) { return step([n, v]); }; }
    function step(op) {
        if (f) throw new TypeError("Generator is already executing.");
        while (g && (g = 0, op[0] && (_ = 0)), _) try {
            if (f = 1, y && (t = op[0] & 2 ? y["return"] : op[0] ? y["throw"] || ((t = y["return"]) && t.call(y), 0) : y.next) && !(t = t.call(y, op[1])).done) return t;
            if (y = 0, t) op = [op[0] & 2, t.value];
            switch (op[0]) {
                case 0: case 1: t = op; break;
                case 4: _.label++; return { value: op[1], done: false };
                case 5: _.label++; y = op[1]; op = [0]; continue;
                case 7: op = _.ops.pop(); _.trys.pop(); continue;
                default:
                    if (!(t = _.trys, t = t.length > 0 && t[t.length - 1]) && (op[0] === 6 || op[0] === 2)) { _ = 0; continue; }
                    if (op[0] === 3 && (!t || (op[1] > t[0] && op[1] < t[3]))) { _.label = op[1]; break; }
                    if (op[0] === 6 && _.label < t[1]) { _.label = t[1]; t = op; break; }
                    if (t && _.label < t[2]) { _.label = t[2]; _.ops.push(op); break; }
                    if (t[2]) _.ops.pop();
                    _.trys.pop(); continue;
            }
            op = body.call(thisArg, _);
        } catch (e) { op = [6, e]; y = 0; } finally { f = t = 0; }
        if (op[0] & 5) throw op[1]; return { value: op[0] ? op[1] : void 0, done: true };
    }
};
var __spreadArray = (this && this.__spreadArray) || function (to, from, pack) {
    if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
        if (ar || !(i in from)) {
            if (!ar) ar = Array.prototype.slice.call(from, 0, i);
            ar[i] = from[i];
        }
    }
    return to.concat(ar || Array.prototype.slice.call(from));
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.Mirrors = void 0;
exports.readMirror = readMirror;
exports.exportInventory = exportInventory;
var fs_1 = require("fs");
var Mirrors;
(function (Mirrors) {
    // Ubuntu and Debian country mirrors use the ISO 3166 code as the first host label.
    Mirrors.COUNTRY_NAMES = {
        de: "Germany", fr: "France", gb: "United Kingdom", nl: "Netherlands", pk: "Pakistan",
        sy: "Syria", tr: "Turkey", ua: "Ukraine", us: "United States", za: "South Africa",
    };
    function describe(host) {
        var m = /^(?:ftp\.)?([a-z]{2})\.(?:archive\.ubuntu\.com|debian\.org)$/.exec(host);
        if (!m)
            return host ? host + " (primary or custom mirror)" : "none configured";
        return host + " (country mirror: " + (Mirrors.COUNTRY_NAMES[m[1]] || m[1].toUpperCase()) + ")";
    }
    Mirrors.describe = describe;
})(Mirrors || (exports.Mirrors = Mirrors = {}));
function readSourcesList() {
    try {
        return (0, fs_1.readFileSync)("/etc/apt/sources.list", "utf8");
    }
    catch (_a) {
        return "";
    }
}
function readMirror() {
    return __awaiter(this, void 0, void 0, function () {
        var text, line;
        return __generator(this, function (_a) {
            text = process.env.FIXTURE_APT_SOURCES || readSourcesList(); // TEST HOOK: sources.list text
            line = text.split("\n").filter(function (l) { return /^deb\s/.test(l.trim()); })[0] || "";
            return [2 /*return*/, (/:\/\/([^\/\s]+)/.exec(line) || [])[1] || ""];
        });
    });
}
function exportInventory(rows) {
    return __awaiter(this, void 0, void 0, function () {
        var host, csv;
        return __generator(this, function (_a) {
            switch (_a.label) {
                case 0: return [4 /*yield*/, readMirror()];
                case 1:
                    host = _a.sent();
                    // Always written with a BOM so that spreadsheet programs open it as UTF-8.
                    csv = __spreadArray(["package,version,arch"], rows.map(function (r) { return [r.name, r.version, r.arch].join(","); }), true).join("\n");
                    process.stderr.write("note: CSV is written with a UTF-8 byte-order mark\n");
                    return [2 /*return*/, "\uFEFF" + csv + "\n# apt mirror: " + Mirrors.describe(host) + "\n"];
            }
        });
    });
}
if (require.main === module) {
    exportInventory([
        { name: "openssl", version: "3.0.13-0ubuntu3", arch: "amd64" },
        { name: "curl", version: "8.5.0-2ubuntu10", arch: "amd64" },
        { name: "tzdata", version: "2024a-3ubuntu1", arch: "all" },
    ]).then(function (csv) { return process.stdout.write(csv); });
}
