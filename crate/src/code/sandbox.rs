//! Evaluate code taken from a scanned file in a sandboxed JavaScript engine (Boa, written in
//! Rust) to learn what a hidden constant holds, without guessing its encoding.
//!
//! What the code can reach: the language's own built-ins, plus pure helpers written here
//! (`atob`/`btoa`, a `Buffer.from(…, "base64" | "hex" | "utf8")`, `TextDecoder`, `unescape`, a
//! `require("crypto")` whose `createHash` computes MD5/SHA-1/SHA-256 in Rust). No I/O, no
//! timers, no network, no environment: `process`, `fs`, `os` and the like do not exist.
//!
//! Bounds on every evaluation:
//! - the code is rewritten before it runs: every loop body and function body counts a tick,
//!   every `+`, `+=` and template literal checks the length of the string it made; past
//!   [`MAX_TICKS`] ticks or [`MAX_STRING`] UTF-16 units the evaluation throws;
//! - `repeat`, `padStart`, `padEnd`, `Array(n)`, `Array.from({length})`, `fill`, `join` and
//!   `JSON.stringify` check the size they would make before making it;
//! - Boa's own loop-iteration and recursion limits stay as a second line;
//! - code holding `**` on non-literals or a regular expression with nested quantifiers is not
//!   run (exponential number or backtracking cost) and is reported as refused.
//!
//! A refused or failed evaluation is reported as such ("not evaluated: …"); nothing is guessed.

use boa_engine::{js_string, Context, JsResult, JsValue, NativeFunction, Source};
use oxc_allocator::Allocator;
use oxc_ast::ast::*;
use oxc_ast_visit::{walk, Visit};
use oxc_span::{GetSpan, SourceType};
use std::collections::HashMap;

/// The time the sandbox's clock shows, in milliseconds since 1970 (2026-04-03T00:00:00Z).
const FIXED_NOW_MS: u64 = 1_775_174_400_000;

/// Ticks (loop iterations plus function calls) one evaluation may spend.
pub const MAX_TICKS: u64 = 2_000_000;
/// Longest string one evaluation may build (UTF-16 units).
pub const MAX_STRING: usize = 4 << 20;
/// Longest code handed to the engine.
pub const MAX_CODE: usize = 512 << 10;

#[derive(Debug, Clone)]
pub enum Outcome {
    Value(serde_json::Value),
    /// Not run: why (too long, exponential construct, does not parse).
    Refused(String),
    /// Ran and threw, or hit a bound.
    Failed(String),
}

pub const PRELUDE: &str = r#"
//@ always
let __ticks = 0;
const __over = function(){ throw new RangeError("telltale: tick budget spent"); };
const __cap = function(){ throw new RangeError("telltale: string cap"); };
const __c = function(v){ if (typeof v === "string" && v.length > __MAXS) __cap(); return v; };
if (!String.prototype.substr) String.prototype.substr = function(a, n){ a = a | 0; if (a < 0) a = Math.max(0, this.length + a); return this.slice(a, n === undefined ? undefined : a + Math.max(0, n | 0)); };
// `repeat`, `padStart`, `padEnd`, `concat`, `join`, `fill` and `Array.from` are capped by the
// host (`install_caps`); `JSON.stringify` here.
(function(){
  var js = JSON.stringify;
  JSON.stringify = function(v, r, i){ var seen = 0; (function walk(o, d){ if (++seen > 1e5 || d > 64) throw new RangeError("telltale: size cap"); if (o && typeof o === "object") for (var k in o) walk(o[k], d + 1); })(v, 0); return __c(js(v, r, i)); };
})();
//@ __B64 __b64dec __b64enc
var __B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function __b64dec(s){ return __b64bytes(String(s)); }
function __b64enc(bytes){ var s = "", i; for (i = 0; i + 2 < bytes.length; i += 3) { var n = (bytes[i] << 16) | (bytes[i+1] << 8) | bytes[i+2]; s += __B64[n >> 18] + __B64[(n >> 12) & 63] + __B64[(n >> 6) & 63] + __B64[n & 63]; } var r = bytes.length - i; if (r === 1) { var n1 = bytes[i] << 16; s += __B64[n1 >> 18] + __B64[(n1 >> 12) & 63] + "=="; } else if (r === 2) { var n2 = (bytes[i] << 16) | (bytes[i+1] << 8); s += __B64[n2 >> 18] + __B64[(n2 >> 12) & 63] + __B64[(n2 >> 6) & 63] + "="; } return s; }
//@ __utf8enc __utf8dec
function __utf8enc(s){ var o = []; for (var i = 0; i < s.length; i++) { var c = s.codePointAt(i); if (c > 0xffff) i++; if (c < 128) o.push(c); else if (c < 2048) o.push(192 | c >> 6, 128 | c & 63); else if (c < 65536) o.push(224 | c >> 12, 128 | c >> 6 & 63, 128 | c & 63); else o.push(240 | c >> 18, 128 | c >> 12 & 63, 128 | c >> 6 & 63, 128 | c & 63); } return o; }
function __utf8dec(b){ var s = "", i = 0; while (i < b.length) { var c = b[i++]; if (c < 128) s += String.fromCharCode(c); else if (c < 224) s += String.fromCharCode((c & 31) << 6 | b[i++] & 63); else if (c < 240) s += String.fromCharCode((c & 15) << 12 | (b[i++] & 63) << 6 | b[i++] & 63); else { var cp = (c & 7) << 18 | (b[i++] & 63) << 12 | (b[i++] & 63) << 6 | b[i++] & 63; s += String.fromCodePoint(cp); } } return __c(s); }
//@ atob btoa < __b64dec __b64enc
function atob(s){ return __b64dec(s).map(function(c){ return String.fromCharCode(c); }).join(""); }
function btoa(s){ var b = []; for (var i = 0; i < s.length; i++) b.push(s.charCodeAt(i) & 255); return __b64enc(b); }
//@ Buffer < __b64dec __b64enc __utf8enc __utf8dec
class Buffer extends Uint8Array {
  static from(x, enc){
    if (typeof x === "string") {
      var b;
      if (enc === "base64" || enc === "base64url") b = __b64dec(x);
      else if (enc === "hex") { b = []; for (var i = 0; i + 1 < x.length; i += 2) b.push(parseInt(x.slice(i, i + 2), 16)); }
      else if (enc === "latin1" || enc === "binary" || enc === "ascii") { b = []; for (var j = 0; j < x.length; j++) b.push(x.charCodeAt(j) & 255); }
      else b = __utf8enc(x);
      var r = new Buffer(b.length); r.set(b); return r;
    }
    if (x && typeof x.length === "number") { if (x.length > 1e7) throw new RangeError("telltale: array cap"); var r2 = new Buffer(x.length); for (var m = 0; m < x.length; m++) r2[m] = x[m]; return r2; }
    throw new TypeError("Buffer.from: unsupported");
  }
  static alloc(n){ if (n > 1e7) throw new RangeError("telltale: array cap"); return new Buffer(n); }
  static isBuffer(x){ return x instanceof Buffer; }
  static concat(l){ var n = 0; l.forEach(function(x){ n += x.length; }); var r = new Buffer(n), o = 0; l.forEach(function(x){ for (var i = 0; i < x.length; i++) r[o++] = x[i]; }); return r; }
  toString(enc){
    var a = Array.from(this);
    if (enc === "base64") return __b64enc(a);
    if (enc === "hex") return a.map(function(c){ return (c < 16 ? "0" : "") + c.toString(16); }).join("");
    if (enc === "latin1" || enc === "binary" || enc === "ascii") return a.map(function(c){ return String.fromCharCode(c); }).join("");
    return __utf8dec(a);
  }
}
//@ TextDecoder TextEncoder < __utf8enc __utf8dec
class TextDecoder { decode(b){ return __utf8dec(Array.from(b || [])); } }
class TextEncoder { encode(s){ return Uint8Array.from(__utf8enc(String(s))); } }
//@ unescape escape
function unescape(s){ return String(s).replace(/%u([0-9a-fA-F]{4})|%([0-9a-fA-F]{2})/g, function(m, u, h){ return String.fromCharCode(parseInt(u || h, 16)); }); }
function escape(s){ return String(s).replace(/[^A-Za-z0-9@*_+\-./]/g, function(c){ var n = c.charCodeAt(0); return n < 256 ? "%" + (n < 16 ? "0" : "") + n.toString(16).toUpperCase() : "%u" + ("000" + n.toString(16).toUpperCase()).slice(-4); }); }
//@ __crypto ? crypto < Buffer
var __crypto = { createHmac: function(alg, key){ var d = ""; var k = typeof key === "string" ? key : Buffer.from(key).toString("latin1"); return { update: function(s){ d += typeof s === "string" ? s : Buffer.from(s).toString("latin1"); return this; }, digest: function(enc){ var h = __hmac(String(alg).toLowerCase().replace("-", ""), k, d); return enc === "hex" ? h : enc === "base64" ? Buffer.from(h, "hex").toString("base64") : Buffer.from(h, "hex"); } }; }, createHash: function(alg){ var d = ""; return { update: function(s){ d += typeof s === "string" ? s : Buffer.from(s).toString("latin1"); return this; }, digest: function(enc){ var h = __hash(String(alg).toLowerCase().replace("-", ""), d); return enc === "hex" ? h : enc === "base64" ? Buffer.from(h, "hex").toString("base64") : Buffer.from(h, "hex"); } }; } };
//@ require
function require(m){ m = String(m).replace(/^node:/, ""); if (m === "crypto" && typeof __crypto !== "undefined") return __crypto; if (m === "buffer" && typeof Buffer !== "undefined") return { Buffer: Buffer }; if (m === "util" && typeof TextDecoder !== "undefined") return { TextDecoder: TextDecoder, TextEncoder: TextEncoder }; throw new Error("telltale sandbox: no module " + m); }
//@ __known
// A constant function called without arguments gives what it gave in an earlier evaluation of
// the same code (kept by the host under the key of its definition); the first result that is
// plain data (strings, numbers, arrays of them) is kept, in evaluations without an environment.
const __plainv = function(v, d){ if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return true; if (Array.isArray(v) && d < 4 && Object.getPrototypeOf(v) === Array.prototype && v.length <= 100000) { for (var i = 0; i < v.length; i++) if (!(i in v) || !__plainv(v[i], d + 1)) return false; return true; } return false; };
const __known = function(k, f){
  if (typeof f !== "function" || f.length !== 0) return f;
  // A class (its prototype cannot be written) or a function carrying properties of its own
  // (statics, a cache) stays itself.
  var pd = Object.getOwnPropertyDescriptor(f, "prototype");
  if (pd && !pd.writable) return f;
  var own = Object.getOwnPropertyNames(f).concat(Object.getOwnPropertySymbols(f));
  for (var i = 0; i < own.length; i++) if (["length", "name", "prototype", "arguments", "caller"].indexOf(own[i]) < 0) return f;
  var g = function(){
    if (new.target) return Reflect.construct(f, arguments, new.target);
    if (arguments.length === 0) { var c = __kget(k); if (typeof c === "string") return JSON.parse(c); }
    var v = f.apply(this, arguments);
    if (arguments.length === 0 && typeof __kset === "function" && __plainv(v, 0)) __kset(k, JSON.stringify(v));
    return v;
  };
  if (f.prototype) g.prototype = f.prototype;
  return g;
};
//@ always
var globalThis_ = this;
function __norm(v, d){ if (d > 6) return null; if (v instanceof Set) v = Array.from(v); else if (v instanceof Map) v = Array.from(v.keys()); if (v instanceof RegExp) return { "$regexp": v.source, "$flags": v.flags }; if (ArrayBuffer.isView(v)) v = Array.from(v); else if (v && typeof v === "object" && !Array.isArray(v) && typeof v[Symbol.iterator] === "function") { var __a = []; for (var __x of v) { __a.push(__x); if (__a.length >= 20000) break; } v = __a; } if (Array.isArray(v)) return v.slice(0, 20000).map(function(x){ return __norm(x, d + 1); }); if (typeof v === "function") return { "$function": true }; if (typeof v === "bigint") return String(v); if (typeof v === "number" && !isFinite(v)) return String(v); if (v && typeof v === "object") { var o = {}; Object.keys(v).slice(0, 20000).forEach(function(k){ o[k] = __norm(v[k], d + 1); }); return o; } return v === undefined ? null : v; }
"#;

/// Argument `i` of a host function as a Rust string (empty when absent).
fn arg_string(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<String> {
    Ok(args
        .get(i)
        .map(|a| a.to_string(ctx))
        .transpose()?
        .map(|s| s.to_std_string_escaped())
        .unwrap_or_default())
}

fn host_hash(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    use sha2::Digest;
    let alg = arg_string(args, 0, ctx)?;
    let data = arg_string(args, 1, ctx)?;
    // `update` received strings: UTF-8, as Node hashes them.
    let b = data.as_bytes();
    let hex = match alg.as_str() {
        "sha256" => hexs(&sha2::Sha256::digest(b)),
        "sha1" => hexs(&sha1::Sha1::digest(b)),
        "md5" => hexs(&md5::Md5::digest(b)),
        "sha512" => hexs(&sha2::Sha512::digest(b)),
        _ => {
            return Err(boa_engine::JsNativeError::typ()
                .with_message("telltale sandbox: unsupported hash")
                .into())
        }
    };
    Ok(JsValue::from(js_string!(hex)))
}

/// `__hmac(alg, key, data)`: an HMAC of UTF-8 text under a UTF-8 key, in hex (the `hmac`
/// crate over the same digests as [`host_hash`]).
fn host_hmac(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    use hmac::{Mac, SimpleHmac};
    let alg = arg_string(args, 0, ctx)?;
    let key = arg_string(args, 1, ctx)?;
    let data = arg_string(args, 2, ctx)?;
    fn run<D>(k: &[u8], d: &[u8]) -> String
    where
        D: sha2::Digest + hmac::digest::core_api::BlockSizeUser,
    {
        let mut m = <SimpleHmac<D> as Mac>::new_from_slice(k).expect("HMAC takes any key length");
        m.update(d);
        hexs(&m.finalize().into_bytes())
    }
    let (k, d) = (key.as_bytes(), data.as_bytes());
    let hex = match alg.as_str() {
        "sha256" => run::<sha2::Sha256>(k, d),
        "sha1" => run::<sha1::Sha1>(k, d),
        "md5" => run::<md5::Md5>(k, d),
        "sha512" => run::<sha2::Sha512>(k, d),
        _ => {
            return Err(boa_engine::JsNativeError::typ()
                .with_message("telltale sandbox: unsupported HMAC")
                .into())
        }
    };
    Ok(JsValue::from(js_string!(hex)))
}

/// `__b64bytes(s)`: the bytes of base64 (or base64url) text, decoded as Node's `Buffer.from(s,
/// "base64")` does (characters outside the alphabet skipped, padding optional), as an array
/// of numbers. Pure; done natively because the interpreted loop made decoding a hidden list
/// the largest cost of a replay.
fn host_b64(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    use base64::Engine;
    let s = arg_string(args, 0, ctx)?;
    let mut clean: Vec<u8> = s
        .bytes()
        .filter_map(|c| match c {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'+' | b'/' => Some(c),
            b'-' => Some(b'+'),
            b'_' => Some(b'/'),
            _ => None,
        })
        .collect();
    if clean.len() % 4 == 1 {
        clean.pop();
    }
    let eng = base64::engine::GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        base64::engine::GeneralPurposeConfig::new()
            .with_decode_allow_trailing_bits(true)
            .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
    );
    let bytes = eng.decode(&clean).unwrap_or_default();
    let arr = boa_engine::object::builtins::JsArray::from_iter(
        bytes.into_iter().map(|b| JsValue::from(b as i32)),
        ctx,
    );
    Ok(arr.into())
}

/// What the engine asks of its host. Boa's default answers with the machine's own time zone
/// (`new Date(0).getHours()` was 8 on a machine set to Asia/Shanghai) and the real time: here
/// the local zone is UTC and the time is the sandbox's fixed one, so nothing about the machine
/// doing the check reaches the code, and a decoder gives the same list on every machine. In a
/// replay run the local zone is the fake environment's (its `offset`), so `getHours()` and
/// `getTimezoneOffset()` agree. Buffers are capped at 64 MiB (Boa's default is 1.5 GiB).
struct SandboxHooks {
    /// Seconds east of UTC.
    local_offset: i32,
}

impl boa_engine::context::HostHooks for SandboxHooks {
    fn utc_now(&self) -> i64 {
        FIXED_NOW_MS as i64
    }
    fn local_timezone_offset_seconds(&self, _unix_time_seconds: i64) -> i32 {
        self.local_offset
    }
    fn max_buffer_size(&self, _context: &mut Context) -> u64 {
        64 << 20
    }
}

/// The built-in methods that make long strings or arrays from a number, replaced by host
/// functions that refuse past [`MAX_STRING`] (or a million elements) and otherwise call the
/// original: no script is parsed for them in each evaluation.
fn install_caps(ctx: &mut Context) -> JsResult<()> {
    use boa_engine::object::FunctionObjectBuilder;
    let sp = ctx.intrinsics().constructors().string().prototype();
    let ap = ctx.intrinsics().constructors().array().prototype();
    let ac = ctx.intrinsics().constructors().array().constructor();
    let specs = [
        (sp.clone(), "repeat", 0u8, 1usize),
        (sp.clone(), "padStart", 1, 2),
        (sp.clone(), "padEnd", 1, 2),
        (sp.clone(), "concat", 2, 1),
        (ap.clone(), "join", 3, 1),
        (ap, "fill", 4, 1),
        (ac, "from", 5, 1),
    ];
    for (obj, name, kind, len) in specs {
        let orig = obj.get(js_string!(name), ctx)?;
        let f = NativeFunction::from_copy_closure_with_captures(
            move |this, args, orig: &JsValue, ctx| {
                capped(kind, this, args, ctx)?;
                let Some(o) = orig.as_callable() else {
                    return Err(boa_engine::JsNativeError::typ()
                        .with_message("telltale sandbox: not callable")
                        .into());
                };
                let r = o.call(this, args, ctx)?;
                if kind == 2 && r.as_string().is_some_and(|s| s.len() > MAX_STRING) {
                    return Err(cap_error("string"));
                }
                Ok(r)
            },
            orig,
        );
        let fo = FunctionObjectBuilder::new(ctx.realm(), f)
            .name(js_string!(name))
            .length(len)
            .build();
        obj.set(js_string!(name), fo, false, ctx)?;
    }
    Ok(())
}

fn cap_error(what: &str) -> boa_engine::JsError {
    boa_engine::JsNativeError::range()
        .with_message(format!("telltale: {} cap", what))
        .into()
}

/// Elements an array built or joined by a built-in may have.
const MAX_ELEMENTS: f64 = 1e6;

/// The check made before a capped built-in runs (see [`install_caps`]).
fn capped(kind: u8, this: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<()> {
    let num = |i: usize, ctx: &mut Context| -> JsResult<f64> {
        Ok(match args.get(i) {
            Some(a) => a.to_number(ctx)?,
            None => 0.0,
        })
    };
    let length = |v: &JsValue, ctx: &mut Context| -> JsResult<f64> {
        Ok(match v {
            v if v.as_string().is_some() => v.as_string().map(|s| s.len() as f64).unwrap_or(0.0),
            v => match v.as_object() {
                Some(o) => {
                    let l = o.get(js_string!("length"), ctx)?;
                    if l.is_number() {
                        l.to_number(ctx)?
                    } else {
                        0.0
                    }
                }
                None => 0.0,
            },
        })
    };
    match kind {
        // repeat(n)
        0 => {
            let l = this.as_string().map(|s| s.len() as f64).unwrap_or(0.0);
            if l * num(0, ctx)?.max(0.0) > MAX_STRING as f64 {
                return Err(cap_error("string"));
            }
        }
        // padStart(n) / padEnd(n)
        1 => {
            if num(0, ctx)? > MAX_STRING as f64 {
                return Err(cap_error("string"));
            }
        }
        // join(sep): the length of the result, counted before it is made.
        3 => {
            let Some(o) = this.as_object() else {
                return Ok(());
            };
            let n = o.get(js_string!("length"), ctx)?.to_number(ctx)?;
            if n > MAX_ELEMENTS * 2.0 {
                return Err(cap_error("array"));
            }
            let sep = match args.first() {
                Some(s) if !s.is_undefined() => s.to_string(ctx)?.len(),
                _ => 1,
            };
            let mut total = 0usize;
            for i in 0..(n.max(0.0) as u32) {
                let x = o.get(i, ctx)?;
                if !x.is_null_or_undefined() {
                    total += x.to_string(ctx)?.len();
                }
                total += sep;
                if total > MAX_STRING {
                    return Err(cap_error("string"));
                }
            }
        }
        // fill(): the array it fills.
        4 => {
            if length(this, ctx)? > MAX_ELEMENTS {
                return Err(cap_error("array"));
            }
        }
        // Array.from(x)
        5 => {
            if let Some(x) = args.first() {
                if length(x, ctx)? > MAX_ELEMENTS {
                    return Err(cap_error("array"));
                }
            }
        }
        _ => {}
    }
    Ok(())
}

/// Values of constant functions already evaluated, by the key of their definition
/// ([`crate::code::flow::Flow::known_key_for`]): at most [`KNOWN_MAX`] entries and
/// [`KNOWN_BYTES`] of JSON, emptied when full.
static KNOWN: std::sync::Mutex<Option<(HashMap<String, String>, usize)>> =
    std::sync::Mutex::new(None);
const KNOWN_MAX: usize = 256;
const KNOWN_BYTES: usize = 16 << 20;

/// `__cands()`: the names a digest is recomputed over ([`crate::code::reverse_candidates`]),
/// as a fresh array (public data: time zones, locales, TLDs, watched domains).
fn host_cands(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let arr = boa_engine::object::builtins::JsArray::from_iter(
        crate::code::reverse_candidates()
            .iter()
            .map(|c| JsValue::from(js_string!(c.as_str()))),
        ctx,
    );
    Ok(arr.into())
}

fn host_kget(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let k = arg_string(args, 0, ctx)?;
    let g = KNOWN.lock().unwrap_or_else(|e| e.into_inner());
    Ok(match g.as_ref().and_then(|(m, _)| m.get(&k)) {
        Some(v) => JsValue::from(js_string!(v.as_str())),
        None => JsValue::undefined(),
    })
}

fn host_kset(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let k = arg_string(args, 0, ctx)?;
    let v = arg_string(args, 1, ctx)?;
    if v.len() > MAX_STRING {
        return Ok(JsValue::undefined());
    }
    let mut g = KNOWN.lock().unwrap_or_else(|e| e.into_inner());
    let (m, bytes) = g.get_or_insert_with(|| (HashMap::new(), 0));
    if m.len() >= KNOWN_MAX || *bytes + v.len() > KNOWN_BYTES {
        m.clear();
        *bytes = 0;
    }
    *bytes += v.len();
    m.insert(k, v);
    Ok(JsValue::undefined())
}

fn hexs(b: &[u8]) -> String {
    b.iter().map(|x| format!("{:02x}", x)).collect()
}

/// The text given to code that needs an argument: a date, a time, dashes, commas, an
/// apostrophe and dots, so that a change of any of them shows.
pub const SAMPLE: &str = "It's 2026-04-03, 10:30 - the list: a, b, and c... Done.";

/// A made-up environment for running a decision's code under each outcome: every value is
/// fixed and fake (no real time zone, locale, host or file); output is captured in `__log`.
const FAKE_ENV: &str = r#"
//@ always
var __log = [];
var __d = [];
var __E = (typeof __ENV !== "undefined") ? __ENV : { tz: "UTC", locale: "en-US", offset: 0, env: {}, host: "example.com", hostname: "host", user: "user", dns: "1.1.1.1", search: "corp.example.com", mac: "02:00:00:12:34:56" };
var __Str = String;
if (__E.zonename === undefined) __E.zonename = "Coordinated Universal Time";
// Output is kept with assignments and `+` only: code that replaces Array or String methods
// cannot stop it being recorded.
function __put(s){ __log[__log.length] = s; }
function __say(){ var s = ""; for (var i = 0; i < arguments.length; i++) { var x; try { x = __Str(arguments[i]); } catch (e) { x = "[unprintable]"; } s = i ? s + " " + x : x; } __put(s); }
function __logText(){ var s = ""; for (var i = 0; i < __log.length; i++) s = i ? s + "\n" + __log[i] : __log[i]; return s; }
//@ console
var console = { log: __say, info: __say, warn: __say, error: __say, debug: __say };
//@ process
var process = { env: Object.assign({}, __E.env), platform: "linux", arch: "x64", argv: ["node", "app"], version: "v20.0.0", versions: {}, pid: 1,
  nextTick: function(f){ var a = Array.prototype.slice.call(arguments, 1); if (typeof f === "function") Promise.resolve().then(function(){ f.apply(undefined, a); }); },
  cwd: function(){ return "/"; }, exit: function(){ throw new Error("telltale: exit"); }, on: function(){ return this; }, _rawDebug: __say, emitWarning: __say,
  stdout: { write: function(s){ __put(__Str(s)); return true; }, isTTY: false }, stderr: { write: function(s){ __put(__Str(s)); return true; } } };
//@ __fakeMods ? require URL
var __fakeMods = {
  os: { hostname: function(){ return __E.hostname; }, userInfo: function(){ return { username: __E.user, homedir: "/home/" + __E.user }; }, networkInterfaces: function(){ return { eth0: [{ address: "10.0.0.2", netmask: "255.255.255.0", family: "IPv4", mac: __E.mac, internal: false, cidr: "10.0.0.2/24" }] }; }, homedir: function(){ return "/home/" + __E.user; }, platform: function(){ return "linux"; }, EOL: "\n", tmpdir: function(){ return "/tmp"; } },
  fs: { readlinkSync: function(p){ return /localtime/.test(String(p)) ? "/usr/share/zoneinfo/" + __E.tz : ""; }, readFileSync: function(p){ p = String(p); if (/timezone/.test(p)) return __E.tz + "\n"; if (/resolv\.conf/.test(p)) return "nameserver " + __E.dns + "\nsearch " + __E.search + "\n"; return ""; }, existsSync: function(){ return false; }, writeFileSync: function(){}, readFile: function(){}, promises: {} },
  child_process: { execSync: function(c){ c = String(c); if (/\blocale\b/.test(c)) return "LANG=" + __E.locale.replace("-", "_") + ".UTF-8\n"; return ""; }, exec: function(){}, spawnSync: function(){ return { stdout: "" }; }, execFileSync: function(){ return ""; } },
  dns: { getServers: function(){ return [__E.dns]; } },
  url: { URL: typeof URL === "undefined" ? function(u){ this.hostname = String(u).replace(/^[a-z]+:\/\//, "").split(/[\/:]/)[0]; this.host = this.hostname; this.href = String(u); } : URL }
};
//@ __path ? path < __fakeMods
// POSIX path functions, as Node's `path` computes them (the working directory is `/`).
var __path = (function(){
  function norm(p){ var abs = p.charAt(0) === "/", out = [], parts = p.split("/"); for (var i = 0; i < parts.length; i++) { var s = parts[i]; if (!s || s === ".") continue; if (s === "..") { if (out.length && out[out.length - 1] !== "..") out.pop(); else if (!abs) out.push(".."); } else out.push(s); } var r = (abs ? "/" : "") + out.join("/"); if (p.length > 1 && p.charAt(p.length - 1) === "/" && r && r !== "/") r += "/"; return r || (abs ? "/" : "."); }
  var P = {
    sep: "/", delimiter: ":",
    normalize: function(p){ return norm(String(p)); },
    join: function(){ var a = []; for (var i = 0; i < arguments.length; i++) { var x = String(arguments[i]); if (x) a.push(x); } return a.length ? norm(a.join("/")) : "."; },
    resolve: function(){ var r = ""; for (var i = arguments.length - 1; i >= 0 && r.charAt(0) !== "/"; i--) { var x = String(arguments[i]); if (x) r = r ? x + "/" + r : x; } if (r.charAt(0) !== "/") r = "/" + r; var n = norm(r); return n.length > 1 && n.charAt(n.length - 1) === "/" ? n.slice(0, -1) : n; },
    isAbsolute: function(p){ return String(p).charAt(0) === "/"; },
    basename: function(p, ext){ p = String(p).replace(/\/+$/, ""); var b = p.slice(p.lastIndexOf("/") + 1); if (ext && b !== ext && b.slice(-ext.length) === ext) b = b.slice(0, -ext.length); return b; },
    dirname: function(p){ p = String(p).replace(/\/+$/, ""); var i = p.lastIndexOf("/"); return i < 0 ? "." : i === 0 ? "/" : p.slice(0, i); },
    extname: function(p){ var b = P.basename(p), i = b.lastIndexOf("."); return i <= 0 ? "" : b.slice(i); },
    relative: function(a, b){ var x = P.resolve(a).split("/").filter(Boolean), y = P.resolve(b).split("/").filter(Boolean), i = 0; while (i < x.length && i < y.length && x[i] === y[i]) i++; var up = []; for (var j = i; j < x.length; j++) up.push(".."); return up.concat(y.slice(i)).join("/"); },
    parse: function(p){ var b = P.basename(p), e = P.extname(p); return { root: String(p).charAt(0) === "/" ? "/" : "", dir: P.dirname(p), base: b, ext: e, name: e ? b.slice(0, -e.length) : b }; },
    format: function(o){ return (o.dir ? o.dir + "/" : (o.root || "")) + (o.base || (o.name || "") + (o.ext || "")); }
  };
  P.posix = P; P.win32 = P;
  return P;
})();
__fakeMods.path = __path;
//@ __events ? events EventEmitter emit < __fakeMods
__fakeMods.events = (function(){ function EventEmitter(){ this._ev = {}; } var P = EventEmitter.prototype;
    P.on = P.addListener = function(n, f){ this._ev = this._ev || {}; (this._ev[n] = this._ev[n] || []).push(f); return this; };
    P.once = function(n, f){ var self = this; function g(){ self.off(n, g); return f.apply(self, arguments); } return this.on(n, g); };
    P.off = P.removeListener = function(n, f){ var l = (this._ev || {})[n] || []; var i = l.indexOf(f); if (i >= 0) l.splice(i, 1); return this; };
    P.emit = function(n){ var l = ((this._ev || {})[n] || []).slice(), a = Array.prototype.slice.call(arguments, 1); for (var i = 0; i < l.length; i++) l[i].apply(this, a); return l.length > 0; };
    P.listeners = function(n){ return ((this._ev || {})[n] || []).slice(); }; P.listenerCount = function(n){ return ((this._ev || {})[n] || []).length; };
    P.removeAllListeners = function(n){ if (n === undefined) this._ev = {}; else delete (this._ev || {})[n]; return this; }; P.setMaxListeners = function(){ return this; };
    EventEmitter.EventEmitter = EventEmitter; EventEmitter.default = EventEmitter; return EventEmitter; })();
//@ __reqfake ? require URL < require __fakeMods
var __req0 = require;
require = function(m){ var k = String(m).replace(/^node:/, ""); if (__fakeMods[k]) return __fakeMods[k]; return __req0(m); };
if (typeof URL === "undefined") { var URL = __fakeMods.url.URL; }
//@ Intl ? DateTimeFormat NumberFormat toLocaleString < Date
// Numbers as the locale writes them, with the options code uses to change that (`useGrouping`,
// fraction digits): group and decimal separators by language, Indian grouping for `-IN`.
function __numfmt(l, o){ o = o || {}; var lang = __Str(l || __E.locale || "en-US");
  var t = /^de-CH/.test(lang) ? ["\u2019", "."] : /^(de|es|it|pt|nl|tr|id|da|el|ro|hr|sl|sr|vi)\b/.test(lang) ? [".", ","] : /^fr\b/.test(lang) ? ["\u202f", ","] : /^(ru|uk|pl|cs|sk|sv|fi|nb|no|be|kk|bg|hu|lt|lv|et)\b/.test(lang) ? ["\u00a0", ","] : [",", "."];
  var g = o.useGrouping === undefined ? true : (!!o.useGrouping && o.useGrouping !== "false");
  var min = o.minimumFractionDigits === undefined ? 0 : Number(o.minimumFractionDigits);
  var max = o.maximumFractionDigits === undefined ? Math.max(min, 3) : Number(o.maximumFractionDigits);
  var lakh = /-IN\b/.test(lang) || /^hi\b/.test(lang);
  function group(d){ var out = "", n = 0, first = true; for (var i = d.length - 1; i >= 0; i--) { out = d.charAt(i) + out; n++; var size = (lakh && !first) ? 2 : 3; if (n === size && i > 0) { out = t[0] + out; n = 0; first = false; } } return out; }
  return { format: function(n){ n = Number(n); if (!isFinite(n)) return __Str(n); var neg = n < 0; n = Math.abs(n);
      var s = n.toFixed(Math.min(Math.max(max, 0), 20)), p = s.split("."), frac = (p[1] || "").replace(/0+$/, "");
      while (frac.length < min) frac += "0";
      return (neg ? "-" : "") + (g ? group(p[0]) : p[0]) + (frac ? t[1] + frac : ""); },
    resolvedOptions: function(){ return { locale: lang, numberingSystem: __nu(lang), useGrouping: g, minimumFractionDigits: min, maximumFractionDigits: max }; } }; }
// The locale's default numbering system (CLDR), or the one its `-u-nu-` extension asks for.
function __nu(lang){ var m = /-u(?:-[a-z0-9]{2,8})*?-nu-([a-z0-9]{3,8})/i.exec(lang); if (m) return m[1].toLowerCase();
  return /^ar\b(?![-_](DZ|MA|TN|LY|EH)\b)/.test(lang) ? "arab" : /^(fa|ps|ks)\b|^ur[-_]IN\b/.test(lang) ? "arabext" : /^(bn|as|mni)\b/.test(lang) ? "beng" : /^(ne|mr|sa)\b/.test(lang) ? "deva" : /^my\b/.test(lang) ? "mymr" : /^dz\b/.test(lang) ? "tibt" : /^sat\b/.test(lang) ? "olck" : "latn"; }
Number.prototype.toLocaleString = function(l, o){ return __numfmt(l, o).format(this); };
function __gmt(long){ var o = -(__E.offset || 0), s = o < 0 ? "-" : "+", a = Math.abs(o), h = Math.floor(a / 60), m = a % 60;
  if (long) return o === 0 ? "GMT" : "GMT" + s + (h < 10 ? "0" : "") + h + ":" + (m < 10 ? "0" : "") + m;
  return o === 0 ? "GMT" : "GMT" + s + h + (m ? ":" + (m < 10 ? "0" : "") + m : ""); }
function __tzName(style){ if (style === "long") return __E.zonename; if (style === "longGeneric") return String(__E.zonename).replace(" Standard Time", " Time");
  if (style === "longOffset") return __gmt(true); return __gmt(false); }
function __parts(d, o){ d = d === undefined ? new Date() : new Date(d); var t = new Date(d.getTime() - (__E.offset || 0) * 60000);
  var p = [{ type: "month", value: String(t.getUTCMonth() + 1) }, { type: "literal", value: "/" }, { type: "day", value: String(t.getUTCDate()) }, { type: "literal", value: "/" }, { type: "year", value: String(t.getUTCFullYear()) }];
  if (o && o.timeZoneName) { p.push({ type: "literal", value: ", " }); p.push({ type: "timeZoneName", value: __tzName(o.timeZoneName) }); }
  return p; }
var Intl = { DateTimeFormat: function(l, o){ return { resolvedOptions: function(){ return { timeZone: __E.tz, locale: __E.locale, numberingSystem: __nu(__E.locale), calendar: "gregory" }; }, format: function(d){ return __parts(d, o).map(function(x){ return x.value; }).join(""); }, formatToParts: function(d){ return __parts(d, o); } }; },
  NumberFormat: function(l, o){ return __numfmt(l, o); },
  Locale: function(t){ var p = String(t || __E.locale).split(/[-_]/); this.language = p[0]; this.region = p[1] || "US"; this.maximize = function(){ return this; }; } };
// The other services, as far as code reads their locale or uses them plainly.
(function(){ function svc(extra){ return function(l){ var loc = typeof l === "string" ? l : (l && l.length ? __Str(l[0]) : __E.locale); var r = { resolvedOptions: function(){ return { locale: loc }; } }; for (var k in extra) r[k] = extra[k]; return r; }; }
  Intl.Collator = svc({ compare: function(a, b){ a = __Str(a); b = __Str(b); return a < b ? -1 : a > b ? 1 : 0; } });
  Intl.PluralRules = svc({ select: function(n){ return n === 1 ? "one" : "other"; } });
  Intl.RelativeTimeFormat = svc({ format: function(n, u){ u = __Str(u).replace(/s$/, ""); return n < 0 ? (-n) + " " + u + (n === -1 ? "" : "s") + " ago" : "in " + n + " " + u + (n === 1 ? "" : "s"); } });
  Intl.ListFormat = svc({ format: function(a){ a = Array.from(a); return a.length < 2 ? a.join("") : a.length === 2 ? a[0] + " and " + a[1] : a.slice(0, -1).join(", ") + ", and " + a[a.length - 1]; } });
  Intl.Segmenter = svc({ segment: function(s){ return Array.from(__Str(s)).map(function(c, i){ return { segment: c, index: i }; }); } });
  Intl.DisplayNames = svc({ of: function(c){ return __Str(c); } });
  Intl.supportedValuesOf = function(){ return []; }; })();
//@ Date ? getTimezoneOffset < Intl
Date.prototype.getTimezoneOffset = function(){ return __E.offset; };
(function(){ var W = ["Sun","Mon","Tue","Wed","Thu","Fri","Sat"], M = ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"];
  function p2(n){ return (n < 10 ? "0" : "") + n; }
  function str(d){ var o = -(__E.offset || 0), t = new __D0(d.getTime() + o * 60000), a = Math.abs(o);
    return W[t.getUTCDay()] + " " + M[t.getUTCMonth()] + " " + p2(t.getUTCDate()) + " " + t.getUTCFullYear() + " " + p2(t.getUTCHours()) + ":" + p2(t.getUTCMinutes()) + ":" + p2(t.getUTCSeconds())
      + " GMT" + (o < 0 ? "-" : "+") + p2(Math.floor(a / 60)) + p2(a % 60) + " (" + __E.zonename + ")"; }
  var __D0 = Date;
  __D0.prototype.toString = function(){ return str(this); };
  __D0.prototype.toTimeString = function(){ return str(this).slice(16); };
  // The local strings as en-US prints them, in the stand-in zone (`timeZoneName` appends its name).
  function loc(d){ return new __D0(d.getTime() - (__E.offset || 0) * 60000); }
  function day(t){ return (t.getUTCMonth() + 1) + "/" + t.getUTCDate() + "/" + t.getUTCFullYear(); }
  function hms(t){ var h = t.getUTCHours(); return (h % 12 || 12) + ":" + p2(t.getUTCMinutes()) + ":" + p2(t.getUTCSeconds()) + (h < 12 ? " AM" : " PM"); }
  function zn(o){ return o && o.timeZoneName && typeof __tzName === "function" ? " " + __tzName(o.timeZoneName) : ""; }
  __D0.prototype.toLocaleTimeString = function(l, o){ return hms(loc(this)) + zn(o); };
  __D0.prototype.toLocaleDateString = function(l, o){ var z = zn(o); return day(loc(this)) + (z ? "," + z : ""); };
  __D0.prototype.toLocaleString = function(l, o){ var t = loc(this); return day(t) + ", " + hms(t) + zn(o); };
  function D(){ if (!(this instanceof D)) return str(new __D0()); var a = [null]; for (var i = 0; i < arguments.length; i++) a.push(arguments[i]); return new (Function.prototype.bind.apply(__D0, a))(); }
  D.prototype = __D0.prototype; D.now = __D0.now; D.UTC = __D0.UTC; D.parse = __D0.parse;
  Date = D; })();
//@ navigator
var navigator = { language: __E.locale, languages: [__E.locale] };
//@ location
var location = { host: __E.host, hostname: __E.host, href: "https://" + __E.host + "/" };
//@ setTimeout setInterval setImmediate queueMicrotask clearTimeout clearInterval clearImmediate
// Timers of the stand-in environment: the callback runs once, with its arguments, among the
// promise jobs after the script (no waiting, no repeat).
var __tid = 0;
function __later(f, a){ if (typeof f === "function") Promise.resolve().then(function(){ f.apply(undefined, a); }); return ++__tid; }
function setTimeout(f){ return __later(f, Array.prototype.slice.call(arguments, 2)); }
function setInterval(f){ return __later(f, Array.prototype.slice.call(arguments, 2)); }
function setImmediate(f){ return __later(f, Array.prototype.slice.call(arguments, 1)); }
function queueMicrotask(f){ __later(f, []); }
function clearTimeout(){} function clearInterval(){} function clearImmediate(){}
//@ EventTarget Event CustomEvent
// The DOM's events, as far as code passes values with them: listeners by type, `once`, an
// event's `detail`.
function Event(type, o){ this.type = __Str(type); this.bubbles = !!(o && o.bubbles); this.defaultPrevented = false; }
Event.prototype.preventDefault = function(){ this.defaultPrevented = true; }; Event.prototype.stopPropagation = function(){}; Event.prototype.stopImmediatePropagation = function(){};
function CustomEvent(type, o){ Event.call(this, type, o); this.detail = o && o.detail !== undefined ? o.detail : null; }
CustomEvent.prototype = Object.create(Event.prototype); CustomEvent.prototype.constructor = CustomEvent;
function EventTarget(){ this.__l = {}; }
EventTarget.prototype.addEventListener = function(t, f, o){ if (!this.__l) this.__l = {}; (this.__l[t] = this.__l[t] || []).push({ f: f, once: !!(o && o.once) }); };
EventTarget.prototype.removeEventListener = function(t, f){ var l = (this.__l || {})[t] || []; for (var i = 0; i < l.length; i++) if (l[i].f === f) { l.splice(i, 1); break; } };
EventTarget.prototype.dispatchEvent = function(e){ var l = ((this.__l || {})[e.type] || []).slice(); try { e.target = this; e.currentTarget = this; } catch (x) {}
  for (var i = 0; i < l.length; i++) { if (l[i].once) this.removeEventListener(e.type, l[i].f); var f = l[i].f; if (typeof f === "function") f.call(this, e); else if (f && typeof f.handleEvent === "function") f.handleEvent(e); }
  return !e.defaultPrevented; };
//@ alert
function alert(m){ __put("alert: " + __Str(m)); }
"#;

/// One piece of [`PRELUDE`] or [`FAKE_ENV`]: the text after a `//@ names… ? triggers… <
/// needs…` line (or `//@ always < needs…`), up to the next such line.
struct Piece {
    always: bool,
    /// The piece is wanted when one of these occurs in the code (its names and triggers).
    words: Vec<&'static str>,
    /// Its own names: other pieces that need one of them bring it in.
    names: Vec<&'static str>,
    needs: Vec<&'static str>,
    text: &'static str,
}

fn split_pieces(src: &'static str) -> Vec<Piece> {
    let mut out: Vec<Piece> = vec![];
    let mut at = 0;
    let mut heads: Vec<(usize, usize)> = vec![]; // (header start, text start)
    while let Some(i) = src[at..].find("//@ ") {
        let h = at + i;
        let e = src[h..].find('\n').map(|x| h + x + 1).unwrap_or(src.len());
        heads.push((h, e));
        at = e;
    }
    for (k, &(h, e)) in heads.iter().enumerate() {
        let end = heads.get(k + 1).map(|x| x.0).unwrap_or(src.len());
        let head = src[h + 4..e].trim();
        let (head, needs) = head.split_once('<').unwrap_or((head, ""));
        let (names, triggers) = head.split_once('?').unwrap_or((head, ""));
        let names: Vec<&str> = names.split_whitespace().collect();
        let always = names == ["always"];
        out.push(Piece {
            always,
            words: if always {
                vec![]
            } else {
                names
                    .iter()
                    .copied()
                    .chain(triggers.split_whitespace())
                    .collect()
            },
            names: if always { vec![] } else { names },
            needs: needs.split_whitespace().collect(),
            text: &src[e..end],
        });
    }
    out
}

/// Code that can reach a global by a computed name: every piece is given to it.
const DYNAMIC_GLOBAL: &[&str] = &["globalThis", "global", "window", "self", "eval", "Function"];

/// The pieces of `src` that `program` can use, in their order: those it names (a name or a
/// trigger occurs in it, as text), those they need, and those always given. Parsing and
/// compiling the whole prelude was most of an evaluation's cost (Boa compiles about 1 KB per
/// millisecond); a decoder that names neither `Buffer` nor `require` does not pay for them.
fn select_pieces(pieces: &[Piece], program: &str, all: bool, out: &mut String) {
    let mut take: Vec<bool> = pieces
        .iter()
        .map(|p| all || p.always || p.words.iter().any(|w| program.contains(w)))
        .collect();
    loop {
        let mut more = false;
        for i in 0..pieces.len() {
            if !take[i] {
                continue;
            }
            for j in 0..pieces.len() {
                if !take[j] && pieces[i].needs.iter().any(|n| pieces[j].names.contains(n)) {
                    take[j] = true;
                    more = true;
                }
            }
        }
        if !more {
            break;
        }
    }
    for (p, t) in pieces.iter().zip(take) {
        if t {
            out.push_str(p.text);
        }
    }
}

pub fn prelude_for(program: &str, fake_env: bool, env: Option<&serde_json::Value>) -> String {
    static PIECES: std::sync::OnceLock<(Vec<Piece>, Vec<Piece>)> = std::sync::OnceLock::new();
    let (pre, fake) = PIECES.get_or_init(|| (split_pieces(PRELUDE), split_pieces(FAKE_ENV)));
    let mut out = format!("const __MAXT = {}, __MAXS = {};\n", MAX_TICKS, MAX_STRING);
    // The fake environment's pieces the code names, and what those name in the prelude.
    let all = DYNAMIC_GLOBAL
        .iter()
        .any(|w| crate::code::flow::names_word(program, w));
    let mut fake_text = String::new();
    if fake_env {
        select_pieces(fake, program, all, &mut fake_text);
    }
    select_pieces(pre, &format!("{}\n{}", program, fake_text), all, &mut out);
    out.push_str(&format!("var __SAMPLE = \"{}\";\n", SAMPLE));
    if let Some(e) = env {
        out.push_str(&format!("var __ENV = {};\n", e));
    }
    out.push_str(&fake_text);
    out
}

/// Run code under the fake environment (see `FAKE_ENV`).
pub fn evaluate_in_fake_env(program: &str) -> Outcome {
    evaluate_with_env(program, true, None)
}

/// Run code under the fake environment with the values of `env` (time zone `tz`, `locale`,
/// `offset`, `env` variables, `host`, `hostname`, `user`, `dns`): the replay's stand-ins.
pub fn evaluate_in_env(program: &str, env: &serde_json::Value) -> Outcome {
    evaluate_with_env(program, true, Some(env))
}

/// Run `program` (which must assign `__out`) and return `__out`, normalised to JSON (Sets and
/// Maps become arrays, regular expressions `{"$regexp": source}`).
pub fn evaluate(program: &str) -> Outcome {
    evaluate_with_env(program, false, None)
}

/// Stack for one evaluation natively. Boa's parser and interpreter recurse per nesting level
/// of the code (a decoder's transformations nest a function per step), and the thread that
/// asks may have little stack (a worker of a pool, a test): each evaluation gets its own.
#[cfg(not(target_arch = "wasm32"))]
const SANDBOX_STACK: usize = 32 << 20;

fn evaluate_with_env(program: &str, fake_env: bool, env: Option<&serde_json::Value>) -> Outcome {
    if std::env::var_os("TELLTALE_DEBUG_EVAL").is_some() {
        let t = crate::scan::now_ms();
        let o = evaluate_threaded(program, fake_env, env);
        eprintln!(
            "eval {} bytes env={} in {:.1} ms: {}",
            program.len(),
            env.is_some(),
            crate::scan::now_ms() - t,
            program
                .chars()
                .filter(|c| *c != '\n')
                .take(120)
                .collect::<String>()
        );
        return o;
    }
    evaluate_threaded(program, fake_env, env)
}

fn evaluate_threaded(program: &str, fake_env: bool, env: Option<&serde_json::Value>) -> Outcome {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let run = std::thread::scope(|s| {
            std::thread::Builder::new()
                .name("telltale-sandbox".into())
                .stack_size(SANDBOX_STACK)
                .spawn_scoped(s, || evaluate_here(program, fake_env, env))
                .ok()
                .map(|h| h.join())
        });
        match run {
            Some(Ok(o)) => o,
            Some(Err(_)) => Outcome::Failed("the sandbox stopped unexpectedly".into()),
            // No thread could be made: run here.
            None => evaluate_here(program, fake_env, env),
        }
    }
    #[cfg(target_arch = "wasm32")]
    evaluate_here(program, fake_env, env)
}

fn evaluate_here(program: &str, fake_env: bool, env: Option<&serde_json::Value>) -> Outcome {
    if program.len() > MAX_CODE {
        return Outcome::Refused(format!(
            "the code to evaluate is {} bytes (limit {})",
            program.len(),
            MAX_CODE
        ));
    }
    let dbg = std::env::var_os("TELLTALE_DEBUG_EVAL").is_some();
    let t0 = crate::scan::now_ms();
    let program = publicize(program);
    let code = match instrument(&program) {
        Ok(c) => c,
        Err(why) => return Outcome::Refused(why),
    };
    let t1 = crate::scan::now_ms();
    // The only clock is a fixed one (2026-04-03T00:00:00Z): the code never sees the real time,
    // and in the browser Boa's default clock (the system time) does not exist.
    let Ok(mut ctx) = boa_engine::context::ContextBuilder::default()
        .clock(std::rc::Rc::new(
            boa_engine::context::time::FixedClock::from_millis(FIXED_NOW_MS),
        ))
        .host_hooks(std::rc::Rc::new(SandboxHooks {
            // The fake environment's offset (`getTimezoneOffset`'s sign: minutes behind UTC).
            local_offset: env
                .and_then(|e| e.get("offset"))
                .and_then(|o| o.as_i64())
                .filter(|m| m.abs() <= 24 * 60)
                .map(|m| -(m as i32) * 60)
                .unwrap_or(0),
        }))
        .build()
    else {
        return Outcome::Refused("the sandbox could not start".into());
    };
    if install_caps(&mut ctx).is_err() {
        return Outcome::Failed("sandbox setup failed".into());
    }
    ctx.runtime_limits_mut().set_loop_iteration_limit(MAX_TICKS);
    ctx.runtime_limits_mut().set_recursion_limit(400);
    ctx.runtime_limits_mut().set_stack_size_limit(64 * 1024);
    // The host functions: pure ones only. Values are kept (`__kset`) only from evaluations
    // that see no environment, fake or real.
    type Host = fn(&JsValue, &[JsValue], &mut Context) -> JsResult<JsValue>;
    let mut hosts: Vec<(&str, usize, Host)> = vec![
        ("__hash", 2, host_hash),
        ("__hmac", 3, host_hmac),
        ("__b64bytes", 1, host_b64),
        ("__cands", 0, host_cands),
        ("__kget", 1, host_kget),
    ];
    if !fake_env && env.is_none() {
        hosts.push(("__kset", 2, host_kset));
    }
    for (name, arity, f) in hosts {
        if ctx
            .register_global_callable(js_string!(name), arity, NativeFunction::from_fn_ptr(f))
            .is_err()
        {
            return Outcome::Failed("sandbox setup failed".into());
        }
    }
    let prelude = prelude_for(&program, fake_env, env);
    let t2 = crate::scan::now_ms();
    if let Err(e) = ctx.eval(Source::from_bytes(prelude.as_bytes())) {
        return Outcome::Failed(format!("sandbox prelude failed: {}", e));
    }
    if dbg {
        let t3 = crate::scan::now_ms();
        eprintln!(
            "  instrument {:.1} ms, context {:.1} ms, prelude {:.1} ms",
            t1 - t0,
            t2 - t1,
            t3 - t2
        );
    }
    // A string result is handed over as it is (only operators, which code cannot redefine):
    // code that replaced `JSON.stringify` or the Array methods still gets its output read.
    let full = format!(
        "var __out;\n{}\n;typeof __out === \"string\" ? \"S\" + __out : \"J\" + JSON.stringify(__norm(__out, 0));",
        code
    );
    let first = ctx.eval(Source::from_bytes(full.as_bytes()));
    // Promise jobs (an `async` function's continuation, `then` callbacks) run after the
    // script, as in Node; code that asks for it (`__after`, the replay's runner) reads its
    // output again once they ran. Each job's functions count ticks like any other code.
    let first = match first {
        Ok(v) => {
            let _ = ctx.run_jobs();
            match ctx.eval(Source::from_bytes(
                b"typeof __after === \"function\" ? __after() : undefined".as_slice(),
            )) {
                Ok(late) if late.is_string() => Ok(late
                    .as_string()
                    .map(|s| JsValue::from(js_string!(format!("S{}", s.to_std_string_escaped()))))
                    .unwrap_or(v)),
                _ => Ok(v),
            }
        }
        e => e,
    };
    match first {
        Ok(v) => match v.as_string().map(|s| s.to_std_string_escaped()) {
            Some(s) if s.starts_with('S') => {
                Outcome::Value(serde_json::Value::String(s[1..].to_string()))
            }
            Some(s) => match serde_json::from_str(s.get(1..).unwrap_or("")) {
                Ok(j) => Outcome::Value(j),
                Err(e) => Outcome::Failed(format!("result not readable: {}", e)),
            },
            None => Outcome::Value(serde_json::Value::Null),
        },
        Err(e) => {
            let mut m = e.to_string();
            m.truncate(200);
            Outcome::Failed(m)
        }
    }
}

/// Rewrite code so that it counts its own work and checks the strings it builds.
// The checks are written inline against global `let`/`const` bindings: in Boa a call costs
// about ten times a loop step, and a global `var` is a property lookup, so a `__t()` call
// in every loop body made a decoder's loop of 2,000 steps cost 5 ms.
/// A loop body's opening: one tick.
const TICK_BLOCK: &str = "{if(++__ticks>__MAXT)__over();";
/// A function body's first statement: one tick.
const TICK_STMT: &str = "if(++__ticks>__MAXT)__over();";
/// An arrow's expression body: one tick, then the expression.
const TICK_EXPR: &str = "(++__ticks>__MAXT&&__over(),";
/// Around `a + b`, `a += b` and a template: the result, refused past the string cap. A call of
/// a `const`: an inline form starting with `(` would join a statement to the line before it
/// in code written without semicolons (`s = ''` then `s += 'x'` became a call of `''`).
const CAP_OPEN: &str = " __c(";
const CAP_CLOSE: &str = ")";

/// The code with its classes' private names made public (`#x` → `__priv_x`, `#x in o` →
/// `"__priv_x" in o`): code cut out of a class (`C.#table`, a decision on a private static
/// list) can then be run outside it. Code without `#`, or that does not parse, is unchanged.
pub fn publicize(src: &str) -> std::borrow::Cow<'_, str> {
    if !src.contains('#') {
        return std::borrow::Cow::Borrowed(src);
    }
    let alloc = Allocator::default();
    let ret = oxc_parser::Parser::new(&alloc, src, SourceType::cjs()).parse();
    if ret.panicked || !ret.diagnostics.is_empty() {
        return std::borrow::Cow::Borrowed(src);
    }
    struct P<'s> {
        src: &'s str,
        edits: Vec<(usize, usize, String)>,
    }
    impl P<'_> {
        fn name_at(&mut self, sp: oxc_span::Span, name: &str, quoted: bool) {
            let (mut a, b) = (sp.start as usize, sp.end as usize);
            if !self.src[a..b].starts_with('#') && a > 0 && self.src.as_bytes()[a - 1] == b'#' {
                a -= 1;
            }
            let new = if quoted {
                format!("\"__priv_{}\"", name)
            } else {
                format!("__priv_{}", name)
            };
            self.edits.push((a, b, new));
        }
    }
    impl<'a> Visit<'a> for P<'_> {
        fn visit_private_identifier(&mut self, it: &PrivateIdentifier<'a>) {
            self.name_at(it.span, &it.name, false);
        }
        fn visit_private_in_expression(&mut self, it: &PrivateInExpression<'a>) {
            self.name_at(it.left.span, &it.left.name, true);
            self.visit_expression(&it.right);
        }
    }
    let mut p = P { src, edits: vec![] };
    p.visit_program(&ret.program);
    if p.edits.is_empty() {
        return std::borrow::Cow::Borrowed(src);
    }
    p.edits.sort_by_key(|e| e.0);
    let mut out = String::with_capacity(src.len() + p.edits.len() * 8);
    let mut at = 0usize;
    for (a, b, t) in p.edits {
        if a < at {
            continue;
        }
        out.push_str(&src[at..a]);
        out.push_str(&t);
        at = b;
    }
    out.push_str(&src[at..]);
    std::borrow::Cow::Owned(out)
}

pub fn instrument(src: &str) -> Result<String, String> {
    let alloc = Allocator::default();
    let ret = oxc_parser::Parser::new(&alloc, src, SourceType::cjs()).parse();
    if ret.panicked || !ret.diagnostics.is_empty() {
        return Err("the code to evaluate does not parse".into());
    }
    let mut v = Instr {
        edits: Vec::new(),
        seq: 0,
        refuse: None,
        src,
        frames: Vec::new(),
        constructor_next: false,
    };
    v.visit_program(&ret.program);
    if let Some(r) = v.refuse {
        return Err(r);
    }
    // Closings (0) before openings (1) at one position; outer openings first, inner closings
    // first.
    v.edits
        .sort_by(|a, b| (a.0, a.1, a.2).cmp(&(b.0, b.1, b.2)));
    let mut out = String::with_capacity(src.len() + v.edits.len() * 8);
    let mut at = 0usize;
    for (pos, _, _, text) in v.edits {
        let pos = pos as usize;
        if pos > at {
            out.push_str(&src[at..pos]);
            at = pos;
        }
        out.push_str(text);
    }
    out.push_str(&src[at..]);
    Ok(out)
}

struct Instr<'s> {
    /// (position, 0 = closing / 1 = opening, order, text)
    edits: Vec<(u32, u8, i64, &'static str)>,
    seq: i64,
    refuse: Option<String>,
    src: &'s str,
    /// The functions around the walk: where `var __this = this;` can go (`None`: a
    /// constructor, a class field, a static block), how many arrows deep the walk is inside
    /// it, and whether an arrow uses `this`.
    frames: Vec<(Option<u32>, u32, bool)>,
    constructor_next: bool,
}

impl Instr<'_> {
    fn wrap(&mut self, start: u32, end: u32, open: &'static str, close: &'static str) {
        self.seq += 1;
        self.edits.push((start, 1, self.seq, open));
        self.edits.push((end, 0, -self.seq, close));
    }
    fn open(&mut self, at: u32, text: &'static str) {
        self.seq += 1;
        self.edits.push((at, 1, self.seq, text));
    }
    fn loop_body(&mut self, body: &Statement) {
        let s = body.span();
        self.wrap(s.start, s.end, TICK_BLOCK, "}");
    }
}

impl<'a> Visit<'a> for Instr<'_> {
    // Boa 0.21 loses `this` in an arrow nested in another arrow (`[1].map(r => [2].map(c =>
    // this.k))` gives `undefined`), which decoders in class getters rely on. Arrows take
    // `this` from the enclosing function, so that function binds it to `__this` first and the
    // arrows read `__this`: the same value in every engine.
    fn visit_function(&mut self, it: &Function<'a>, flags: oxc_syntax::scope::ScopeFlags) {
        let at = it
            .body
            .as_ref()
            .filter(|b| self.src.as_bytes().get(b.span.start as usize) == Some(&b'{'))
            .map(|b| b.span.start + 1);
        let at = if std::mem::take(&mut self.constructor_next) {
            None
        } else {
            at
        };
        self.frames.push((at, 0, false));
        walk::walk_function(self, it, flags);
        if let Some((Some(at), _, true)) = self.frames.pop() {
            self.open(at, "var __this = this;");
        }
    }
    fn visit_method_definition(&mut self, it: &MethodDefinition<'a>) {
        self.constructor_next = it.kind == MethodDefinitionKind::Constructor;
        walk::walk_method_definition(self, it);
        self.constructor_next = false;
    }
    fn visit_property_definition(&mut self, it: &PropertyDefinition<'a>) {
        self.frames.push((None, 0, false));
        walk::walk_property_definition(self, it);
        self.frames.pop();
    }
    fn visit_static_block(&mut self, it: &StaticBlock<'a>) {
        self.frames.push((None, 0, false));
        walk::walk_static_block(self, it);
        self.frames.pop();
    }
    fn visit_arrow_function_expression(&mut self, it: &ArrowFunctionExpression<'a>) {
        if let Some(f) = self.frames.last_mut() {
            f.1 += 1;
        }
        walk::walk_arrow_function_expression(self, it);
        if let Some(f) = self.frames.last_mut() {
            f.1 -= 1;
        }
    }
    fn visit_this_expression(&mut self, it: &ThisExpression) {
        if let Some(f) = self.frames.last_mut() {
            if f.0.is_some() && f.1 > 0 {
                f.2 = true;
                self.wrap(it.span.start, it.span.end, "/*", "*/__this");
            }
        }
    }
    fn visit_for_statement(&mut self, it: &ForStatement<'a>) {
        self.loop_body(&it.body);
        walk::walk_for_statement(self, it);
    }
    fn visit_for_in_statement(&mut self, it: &ForInStatement<'a>) {
        self.loop_body(&it.body);
        walk::walk_for_in_statement(self, it);
    }
    fn visit_for_of_statement(&mut self, it: &ForOfStatement<'a>) {
        self.loop_body(&it.body);
        walk::walk_for_of_statement(self, it);
    }
    fn visit_while_statement(&mut self, it: &WhileStatement<'a>) {
        self.loop_body(&it.body);
        walk::walk_while_statement(self, it);
    }
    fn visit_do_while_statement(&mut self, it: &DoWhileStatement<'a>) {
        self.loop_body(&it.body);
        walk::walk_do_while_statement(self, it);
    }
    fn visit_function_body(&mut self, it: &FunctionBody<'a>) {
        // An arrow with an expression body has a synthetic body whose span is the expression.
        let s = it.span;
        if self.src.as_bytes().get(s.start as usize) == Some(&b'{') {
            self.open(s.start + 1, TICK_STMT);
        } else {
            self.wrap(s.start, s.end, TICK_EXPR, ")");
        }
        walk::walk_function_body(self, it);
    }
    fn visit_binary_expression(&mut self, it: &BinaryExpression<'a>) {
        match it.operator {
            BinaryOperator::Addition => self.wrap(it.span.start, it.span.end, CAP_OPEN, CAP_CLOSE),
            BinaryOperator::Exponential => {
                let small = |e: &Expression| matches!(e, Expression::NumericLiteral(n) if n.value.abs() <= 64.0);
                if !(small(&it.left) && small(&it.right)) {
                    self.refuse = Some("the code raises to a computed power".into());
                }
            }
            _ => {}
        }
        walk::walk_binary_expression(self, it);
    }
    fn visit_assignment_expression(&mut self, it: &AssignmentExpression<'a>) {
        if it.operator == AssignmentOperator::Addition {
            self.wrap(it.span.start, it.span.end, CAP_OPEN, CAP_CLOSE);
        }
        if it.operator == AssignmentOperator::Exponential {
            self.refuse = Some("the code raises to a computed power".into());
        }
        walk::walk_assignment_expression(self, it);
    }
    fn visit_tagged_template_expression(&mut self, it: &TaggedTemplateExpression<'a>) {
        // The tag receives the literal's parts: the literal stays as it is.
        self.visit_expression(&it.tag);
        for e in &it.quasi.expressions {
            self.visit_expression(e);
        }
    }
    fn visit_template_literal(&mut self, it: &TemplateLiteral<'a>) {
        if !it.expressions.is_empty() {
            self.wrap(it.span.start, it.span.end, CAP_OPEN, CAP_CLOSE);
        }
        walk::walk_template_literal(self, it);
    }
    fn visit_reg_exp_literal(&mut self, it: &RegExpLiteral<'a>) {
        if nested_quantifier(it.regex.pattern.text.as_str()) {
            self.refuse = Some("a regular expression with nested quantifiers".into());
        }
    }
}

/// A group that is quantified and holds a quantifier: `(a+)+`, `(x*)*`, `(?:a|aa)+`…
/// (exponential backtracking). Conservative: any quantified group containing `+`, `*` or `{`.
pub fn nested_quantifier(p: &str) -> bool {
    let b = p.as_bytes();
    let mut stack: Vec<bool> = Vec::new(); // per open group: holds a quantifier
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 1,
            b'[' => {
                while i < b.len() && b[i] != b']' {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            b'(' => stack.push(false),
            b')' => {
                let inner = stack.pop().unwrap_or(false);
                let q = matches!(b.get(i + 1), Some(b'+' | b'*' | b'{'));
                if inner && q {
                    return true;
                }
                if let Some(t) = stack.last_mut() {
                    *t |= inner || q;
                }
            }
            // An exact count (`\d{3}`) repeats a fixed-length piece: inside a repeated group
            // it leaves no choice of how to split the input (`(\d{3})+`, the thousands
            // separator), so it is not what makes backtracking explode.
            b'{' if exact_count(&b[i..]) => {}
            b'+' | b'*' | b'{' => {
                if let Some(t) = stack.last_mut() {
                    *t = true;
                }
            }
            _ => {}
        }
        i += 1;
    }
    false
}

/// `{n}` (digits, no comma) at the start of `b`.
fn exact_count(b: &[u8]) -> bool {
    let digits = b[1..].iter().take_while(|c| c.is_ascii_digit()).count();
    digits > 0 && b.get(1 + digits) == Some(&b'}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_quantifiers_that_can_explode_are_refused_and_fixed_counts_are_not() {
        for p in [r"(a+)+", r"(a*)*b", r"(\w{2,})+", r"((ab)+c)*", r"(x*){3}"] {
            assert!(nested_quantifier(p), "{p}");
        }
        for p in [
            r"\B(?=(\d{3})+(?!\d))",
            r"(ab{2})*",
            r"[(a+)]+",
            r"a+b*",
            r"(\d{4}-\d{2})",
        ] {
            assert!(!nested_quantifier(p), "{p}");
        }
    }

    fn val(code: &str) -> serde_json::Value {
        match evaluate(code) {
            Outcome::Value(v) => v,
            o => panic!("{:?}", o),
        }
    }

    #[test]
    fn decodes_by_running() {
        assert_eq!(
            val(r#"__out = JSON.parse('["\u0066\u0061-IR"]');"#),
            serde_json::json!(["fa-IR"])
        );
        assert_eq!(
            val(r#"__out = atob("YWJj").split("").reverse().join("");"#),
            serde_json::json!("cba")
        );
        assert_eq!(
            val(r#"__out = Buffer.from("6162", "hex").toString();"#),
            serde_json::json!("ab")
        );
        assert_eq!(
            val(r#"__out = new Set([1, 2]);"#),
            serde_json::json!([1, 2])
        );
        assert_eq!(
            val(r#"__out = require("crypto").createHash("sha256").update("abc").digest("hex");"#),
            serde_json::json!("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        );
        // RFC 2104 HMACs, checked against the published values for this key and message.
        let fox = "The quick brown fox jumps over the lazy dog";
        assert_eq!(
            val(&format!(
                r#"__out = require("crypto").createHmac("md5", "key").update("{}").digest("hex");"#,
                fox
            )),
            serde_json::json!("80070713463e7749b90c2dc24911e275")
        );
        assert_eq!(
            val(&format!(
                r#"__out = require("node:crypto").createHmac("sha256", "key").update("{}").digest("hex");"#,
                fox
            )),
            serde_json::json!("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8")
        );
    }

    /// The replay's `path` computes as Node's POSIX `path` does.
    #[test]
    fn fake_path_module_works_as_nodes() {
        let o = evaluate_in_fake_env(
            r#"var p = require("node:path"); __out = [p.join("a", "b/../c", "/d"), p.basename("/x/y.js", ".js"), p.dirname("/x/y.js"), p.extname("a.tar.gz"), p.resolve("a", "b"), p.posix.join(".cache", "pkgstore"), p.relative("/a/b/c", "/a/d"), p.normalize("/a//b/./c/..")];"#,
        );
        let Outcome::Value(v) = o else {
            panic!("{:?}", o)
        };
        assert_eq!(
            v,
            serde_json::json!([
                "a/c/d",
                "y",
                "/x",
                ".gz",
                "/a/b",
                ".cache/pkgstore",
                "../../d",
                "/a/b"
            ])
        );
    }

    /// `this` in an arrow nested in another arrow is the method's `this` (Boa 0.21 loses it
    /// without the rewrite to `__this`), in a method and in a static getter.
    #[test]
    fn this_in_nested_arrows_is_the_methods() {
        let o = evaluate(
            r#"class C { constructor(){ this.k = 5; } f(){ return [1].map((r) => [2].map((c) => this.k + r + c)); } static get g(){ return [1].map(() => [2].map(() => this.name)); } } __out = [new C().f(), C.g];"#,
        );
        let Outcome::Value(v) = o else {
            panic!("{:?}", o)
        };
        assert_eq!(v, serde_json::json!([[[8]], [["C"]]]));
    }

    /// The replay's `events` calls listeners in order with the emitted arguments.
    #[test]
    fn fake_events_module_calls_listeners() {
        let o = evaluate_in_fake_env(
            r#"var E = require("node:events"); class C extends E { } var c = new C(), seen = []; c.on("x", function(a, b){ seen.push(a + b); }); c.once("x", function(a){ seen.push("once " + a); }); c.emit("x", 1, 2); c.emit("x", 3, 4); __out = seen;"#,
        );
        let Outcome::Value(v) = o else {
            panic!("{:?}", o)
        };
        assert_eq!(v, serde_json::json!([3, "once 1", 7]));
    }

    /// A class's private members read from outside it (code cut out of the class: a hidden
    /// list kept in a private static field) run once the names are made public; `#x in o`
    /// still tests membership; strings holding `#` are not touched.
    #[test]
    fn private_names_read_from_outside_run() {
        let o = evaluate(
            "class C { static #t = ['a', 'b']; #v = 1; static { C.#t.push('#c'); } static #f() { return C.#t.length; } has(o) { return #v in o; } }\n__out = [C.#t, C.#f(), new C().has(new C()), '#t'];",
        );
        assert!(
            matches!(o, Outcome::Value(ref v) if *v == serde_json::json!([["a", "b", "#c"], 3, true, "#t"])),
            "{:?}",
            o
        );
        assert_eq!(publicize("var a = 1;"), "var a = 1;");
    }

    /// Code written without semicolons keeps its statements apart after the rewriting.
    #[test]
    fn code_without_semicolons_runs() {
        let o = evaluate("var s = ''\ns += 'x'\nvar a = 1\nvar b = a\na + b\nvar t = `t${s}`\nfor (var i = 0; i < 2; i++) s += i\nvar f = () => s + '!'\n__out = f()");
        assert!(matches!(o, Outcome::Value(ref v) if v == "x01!"), "{:?}", o);
    }

    #[test]
    fn hostile_code_is_stopped() {
        for code in [
            "while (true) {} __out = 1;",
            "for (;;) { try { for (;;) {} } catch (e) {} }",
            "var s = 'ab'; for (var i = 0; i < 64; i++) s += s; __out = s;",
            "var s = 'ab'; while (1) s = s + s;",
            "__out = 'x'.repeat(1e12);",
            "function f(){ return f() + f(); } __out = f();",
            "__out = `${'a'.repeat(3e6)}${'a'.repeat(3e6)}`;",
            "__out = new Array(1e9).fill(0);",
            // The capped built-ins, reached by a computed name too.
            "__out = 'ab'['rep' + 'eat'](1e8);",
            "__out = 'a'.padEnd(1e9);",
            "__out = 'a'.padStart(2e7, 'xy');",
            "var s = 'x'.repeat(3e6); __out = s.concat(s);",
            "__out = new Array(3e6).join('x');",
            "var a = []; a.length = 5e5; a[0] = a[9] = 'y'.repeat(3e6); __out = a.join('');",
            "__out = Array.from({ length: 2e9 });",
            "__out = Array['fr' + 'om']('z'.repeat(2e6));",
        ] {
            assert!(
                !matches!(evaluate(code), Outcome::Value(_)),
                "not stopped: {}",
                code
            );
        }
        // Below the caps they are the built-ins.
        let o = evaluate("__out = ['ab'.repeat(2), 'a'.padStart(3, '-'), 'a'.concat('b', 1), [1, null, 'x'].join('+'), new Array(3).fill(7), Array.from('hi'), String.prototype.repeat.name];");
        assert_eq!(
            format!("{:?}", o),
            format!(
                "{:?}",
                Outcome::Value(serde_json::json!([
                    "abab",
                    "--a",
                    "ab1",
                    "1++x",
                    [7, 7, 7],
                    ["h", "i"],
                    "repeat"
                ]))
            )
        );
        assert!(matches!(
            evaluate("__out = /(a+)+$/.test('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab');"),
            Outcome::Refused(_)
        ));
        assert!(matches!(
            evaluate("__out = 2n ** (10n ** 9n);"),
            Outcome::Refused(_)
        ));
    }

    #[test]
    fn the_prelude_holds_what_the_code_names() {
        let p = prelude_for("__out = atob('aGk=')", false, None);
        assert!(p.contains("function atob(") && p.contains("function __b64dec("));
        assert!(!p.contains("class Buffer") && !p.contains("__crypto"));
        // A module asked for by name brings its helpers.
        let p = prelude_for("__out = require('crypto').createHash('md5')", false, None);
        assert!(p.contains("var __crypto") && p.contains("class Buffer"));
        // Code that can reach a global by a computed name gets every piece.
        let p = prelude_for("__out = globalThis['Buf' + 'fer']", false, None);
        assert!(p.contains("class Buffer") && p.contains("function unescape("));
        // The fake environment: the parts named, and what they need.
        let p = prelude_for(
            "__out = Intl.DateTimeFormat().resolvedOptions().timeZone",
            true,
            None,
        );
        assert!(p.contains("var Intl = ") && p.contains("getTimezoneOffset = "));
        assert!(!p.contains("var navigator") && !p.contains("__fakeMods.events"));
        let p = prelude_for("__out = require('path').join('a', 'b')", true, None);
        assert!(p.contains("__fakeMods.path = __path") && p.contains("var __req0 = require"));
        // And the code runs the same with its selection as with everything.
        for code in [
            "__out = atob('aGk=') + btoa('hi')",
            "__out = Buffer.from('aGk=', 'base64').toString()",
            "__out = require('crypto').createHash('sha256').update('x').digest('hex')",
            "__out = unescape('%u0041')",
        ] {
            let all = evaluate(&format!("var __g = globalThis; {}", code));
            assert_eq!(
                format!("{:?}", evaluate(code)),
                format!("{:?}", all),
                "{}",
                code
            );
            assert!(matches!(evaluate(code), Outcome::Value(_)), "{}", code);
        }
    }

    #[test]
    fn a_constant_function_gives_its_kept_value() {
        let run = |body: &str| {
            format!(
                "var F = __known(\"test-key-1\", function () {{ return {}; }}); __out = [F(), F()];",
                body
            )
        };
        let first = evaluate(&run("['a', 'b']"));
        assert_eq!(
            format!("{:?}", first),
            format!("{:?}", evaluate("__out = [['a', 'b'], ['a', 'b']]"))
        );
        // The same key gives the kept value, whatever this evaluation's function would return.
        let again = evaluate(&run("['changed']"));
        assert_eq!(format!("{:?}", again), format!("{:?}", first));
        // Only evaluations without an environment keep values.
        let env = serde_json::json!({ "tz": "UTC", "locale": "en-US", "offset": 0, "env": {} });
        let p =
            "var G = __known(\"test-key-2\", function () { return 'from env run'; }); __out = G();";
        let _ = evaluate_in_env(p, &env);
        let pure = evaluate(
            "var G = __known(\"test-key-2\", function () { return 'pure'; }); __out = G();",
        );
        assert!(
            matches!(pure, Outcome::Value(serde_json::Value::String(ref s)) if s == "pure"),
            "{:?}",
            pure
        );
        // A class, a function with properties of its own, a function taking arguments and a
        // value that is not plain data pass through.
        let o = evaluate(
            "var C = __known(\"test-key-5\", class { static get k() { return 7; } }); __out = C.k;",
        );
        assert!(matches!(o, Outcome::Value(ref v) if v == 7), "{:?}", o);
        let o = evaluate("function D() { return [1]; } D.extra = 2; var E = __known(\"test-key-6\", D); __out = E.extra;");
        assert!(matches!(o, Outcome::Value(ref v) if v == 2), "{:?}", o);
        let o = evaluate("var C = __known(\"test-key-3\", class { constructor(){ this.x = 1; } }); __out = new C().x;");
        assert!(matches!(o, Outcome::Value(ref v) if v == 1), "{:?}", o);
        let o = evaluate("var n = 0; var H = __known(\"test-key-4\", function () { n++; return new Set([n]); }); H(); __out = H().has(2);");
        assert!(
            matches!(o, Outcome::Value(serde_json::Value::Bool(true))),
            "{:?}",
            o
        );
    }

    /// Run in a child process with `TZ=Asia/Shanghai`: the code sees UTC, not the machine's
    /// zone, in evaluations with and without the fake environment.
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn the_machines_time_zone_is_not_seen() {
        const NAME: &str = "code::sandbox::tests::the_machines_time_zone_is_not_seen";
        if std::env::var_os("TELLTALE_TZ_CHILD").is_some() {
            let code = "__out = [new Date(0).getHours(), new Date(0).getTimezoneOffset(), new Date(86400000 * 180).getTimezoneOffset()];";
            assert_eq!(val(code), serde_json::json!([0, 0, 0]));
            let env = serde_json::json!({ "tz": "UTC", "locale": "en-US", "offset": 0, "env": {} });
            let hidden = "var D = (() => {}).constructor('return ' + atob('RGF0ZQ=='))(); __out = new D(0).getHours();";
            assert!(matches!(evaluate_in_env(hidden, &env), Outcome::Value(ref v) if v == 0));
            assert!(matches!(evaluate(hidden), Outcome::Value(ref v) if v == 0));
            // A replay run's local time is its fake zone's.
            let sh = serde_json::json!({ "tz": "Asia/Shanghai", "locale": "zh-CN", "offset": -480, "env": {} });
            let o = evaluate_in_env("__out = [new Date(0).getHours(), new Date(0).getTimezoneOffset(), new Date(0).getDate()];", &sh);
            assert!(
                matches!(o, Outcome::Value(ref v) if v == &serde_json::json!([8, -480, 1])),
                "{:?}",
                o
            );
            // ArrayBuffers are capped.
            assert!(!matches!(
                evaluate("__out = new ArrayBuffer(1e9).byteLength;"),
                Outcome::Value(_)
            ));
            return;
        }
        let st = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", NAME, "--test-threads=1", "--quiet"])
            .env("TELLTALE_TZ_CHILD", "1")
            .env("TZ", "Asia/Shanghai")
            .status()
            .unwrap();
        assert!(st.success(), "the child run failed");
    }

    /// The replay's stand-in environment: numbers and local times as the fake locale and zone
    /// write them (options included), timers and listeners run among the promise jobs.
    #[test]
    fn the_stand_in_environment_formats_and_runs_callbacks() {
        let env = serde_json::json!({ "tz": "Asia/Kolkata", "locale": "en-IN", "offset": -330,
            "zonename": "India Standard Time", "env": {} });
        let run = |code: &str| match evaluate_in_env(code, &env) {
            Outcome::Value(v) => v,
            o => panic!("{}: {:?}", code, o),
        };
        assert_eq!(
            run(
                r#"__out = [new Intl.NumberFormat("en-US").format(1234567.5), new Intl.NumberFormat().format(12345678), (1234.5).toLocaleString("de-DE"), new Intl.NumberFormat("en-US", { useGrouping: false }).format(184220), (0.5).toLocaleString("en-US", { minimumFractionDigits: 2 })];"#
            ),
            serde_json::json!(["1,234,567.5", "1,23,45,678", "1.234,5", "184220", "0.50"])
        );
        assert_eq!(
            run(r#"__out = new Date(0).toLocaleTimeString("en-US", { timeZoneName: "long" });"#),
            serde_json::json!("5:30:00 AM India Standard Time")
        );
        assert_eq!(
            run(
                r#"var seen = []; setTimeout(function (a) { seen.push(a); }, 10, "t"); queueMicrotask(function () { seen.push("m"); });
var bus = new EventTarget(); bus.addEventListener("x", function (e) { seen.push(e.detail); }); bus.dispatchEvent(new CustomEvent("x", { detail: "e" }));
function __after() { return seen.join(","); } __out = "";"#
            ),
            serde_json::json!("e,t,m")
        );
    }

    #[test]
    fn nothing_real_is_reachable() {
        for code in [
            "__out = typeof process;",
            "__out = typeof fetch;",
            "__out = typeof setTimeout;",
        ] {
            assert_eq!(val(code), serde_json::json!("undefined"), "{}", code);
        }
        assert!(!matches!(
            evaluate("__out = require('fs');"),
            Outcome::Value(_)
        ));
    }
}
