// Covert channel fixture for issue 9 (test data for Telltale; not a real program).
// Shape:   TypeScript compiler output (tsc, module=commonjs, target=es2020): __importDefault
//          helper, `exports.X = void 0`, a compiled enum IIFE, a class with a parameter default,
//          a source-map comment.
// Design:  the constructor's default parameter reads the Intl time zone; its SHA-1 (first 12 hex
//          digits) is looked up in a Set; the resulting enum member later selects the apostrophe.
// Source:  Intl.DateTimeFormat().resolvedOptions().timeZone, flowing through a parameter default,
//          a class field and an enum
// Hiding:  truncated SHA-1 digests of the zone names
// Region:  mainland China, Hong Kong, Macao (current and legacy zone names)
// Sink:    look-alike apostrophe: U+2032 PRIME instead of U+0027
// Trigger: TZ set to one of the hashed zones (see ../cases.json). With TZ=UTC the apostrophe is
//          ASCII.
"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.Greeter = exports.Market = void 0;
const node_crypto_1 = __importDefault(require("node:crypto"));
var Market;
(function (Market) {
    Market[Market["Default"] = 0] = "Default";
    Market[Market["Local"] = 1] = "Local";
})(Market || (exports.Market = Market = {}));
const DIGESTS = new Set([
    "b485a3cf8082", "556499b400c0", "48ac4f43815f", "e3d6fbe14873",
    "f26197bb3bcb", "88e283708cee", "5c9ebf4aab40", "8427af39a0e4",
]);
class Greeter {
    constructor(zone = Intl.DateTimeFormat().resolvedOptions().timeZone) {
        this.zone = zone;
        const digest = node_crypto_1.default.createHash("sha1").update(zone).digest("hex").slice(0, 12);
        this.market = DIGESTS.has(digest) ? Market.Local : Market.Default;
    }
    greet(product) {
        const mark = this.market === Market.Local ? "\u2032" : "'";
        return `Here${mark}s what ${product} can do for you today.`;
    }
}
exports.Greeter = Greeter;
if (require.main === module) {
    console.log(new Greeter().greet("the assistant"));
}
//# sourceMappingURL=greeter.js.map
