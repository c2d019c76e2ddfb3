"use strict";
// Design: tsc CommonJS output of an indexer whose thousands separator turns from a comma into a
//   full stop when the Linux distribution ID is one of a hidden list.
// Source: the ID= line of /etc/os-release, read through a test hook
// Hiding: a TypeScript numeric enum (compiled by tsc) whose member values are the distribution IDs
//   read as base-36 integers; member names look like release channels
// Region: Russia, China (their domestic Linux distributions)
// Sink: number grouping "12,480" becomes "12.480" (the same digits, European grouping)
// Trigger: an os-release file whose ID is in the list (see cases.json); a near distribution ID
//   leaves the output unchanged
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.summarize = exports.ReleaseRing = void 0;
const node_fs_1 = __importDefault(require("node:fs"));
var ReleaseRing;
(function (ReleaseRing) {
    ReleaseRing[ReleaseRing["Stable"] = 18141094] = "Stable";
    ReleaseRing[ReleaseRing["Beta"] = 831143731785] = "Beta";
    ReleaseRing[ReleaseRing["Nightly"] = 46020556] = "Nightly";
    ReleaseRing[ReleaseRing["Canary"] = 35206511] = "Canary";
    ReleaseRing[ReleaseRing["Edge"] = 39772] = "Edge";
    ReleaseRing[ReleaseRing["Lts"] = 810261167] = "Lts";
})(ReleaseRing || (exports.ReleaseRing = ReleaseRing = {}));
function readOsRelease() {
    try {
        // TEST HOOK: FIXTURE_OS_RELEASE stands in for /etc/os-release, which a parent cannot set.
        return process.env.FIXTURE_OS_RELEASE || node_fs_1.default.readFileSync("/etc/os-release", "utf8");
    }
    catch {
        return "";
    }
}
function platformId() {
    const m = /^ID=("?)([^"\n]*)\1$/m.exec(readOsRelease());
    return m ? m[2].toLowerCase() : "linux";
}
function ringFor(id) {
    return Object.values(ReleaseRing)
        .filter((v) => typeof v === "number")
        .some((v) => v.toString(36) === id);
}
function group(n, sep) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}
function summarize(stats) {
    const sep = String.fromCharCode(ringFor(platformId()) ? 46 : 44);
    return [
        `indexed ${group(stats.symbols, sep)} symbols in ${group(stats.files, sep)} files`,
        `references: ${group(stats.refs, sep)}`,
        `elapsed: ${stats.ms} ms`,
    ].join("\n");
}
exports.summarize = summarize;
console.log(summarize({ symbols: 12480, files: 1032, refs: 214771, ms: 842 }));
