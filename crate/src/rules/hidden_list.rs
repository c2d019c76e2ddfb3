//! # What it flags
//! Lists of domains or watched names stored so that a reader cannot see them: base64, hex,
//! `\x` escapes and char-code arrays (`String.fromCharCode(…)`, numeric arrays), each also tried
//! under all 255 single-byte XOR keys with a cheap plausibility filter first (printable,
//! delimiter-separated, domain-like tokens or names from the watchlist). The list is shown in
//! full with where and how it was decoded. In code that is parsed, a set kept with no list at
//! all — a yes-or-no test of the environment such as a bit in a bitmap indexed by the value —
//! is run in the sandbox on every known time zone, locale, country domain and watched host:
//! the names it says yes to are the list (a test that also says yes to names one letter away
//! checks a form, not a set, and is dropped).
//!
//! # Why it matters
//! Legitimate code has no reason to hide a list of company or relay domains. An encoded list
//! next to an environment check is how a program can single out some users without anyone
//! reading its source noticing. Embedded images and wasm in base64 are not lists and stay quiet.
//!
//! # Example
//! `"TkxLS1dLTU8ESUpIBEdFTkVPRFxPSE9..."` decodes (base64, XOR 0x2a) to
//! `deepseek.com, moonshot.cn, …`.
//!
//! # 中文
//! 标题: 隐藏名单
//! 标记什么: 以读者看不到的方式存储的域名或关注名称列表：base64、十六进制、\x/\u 转义、字符码数组、反转字符串、ROT13，以及以上各种再经单字节异或；还有哈希值列表（MD5、SHA-1、SHA-256、FNV-1a、djb2），通过对关注名单做哈希来还原。在解析的代码里，没有名单、只有“是/否”判断的集合（例如按取值索引位图中的某一位）会在沙箱中对每个已知时区、语言区域、国家域名和受关注主机逐一运行，回答“是”的名称就是名单（对只差一个字母的名称也回答“是”的判断检查的是形式而不是集合，不计）。
//! 为什么重要: 正常代码没有理由把公司、中转服务或 AI 实验室的名单藏起来。解码后的名单会完整列出，并说明在哪里、如何解码。

/// Global functions and objects a constant may be computed with: pure, no I/O, no
/// environment. Anything else makes an expression non-constant (it is then not evaluated).
pub const PURE_GLOBALS: &[&str] = &[
    "String",
    "Number",
    "Boolean",
    "Array",
    "Object",
    "Math",
    "JSON",
    "RegExp",
    "Set",
    "Map",
    "parseInt",
    "parseFloat",
    "isNaN",
    "isFinite",
    "atob",
    "btoa",
    "Buffer",
    "decodeURIComponent",
    "encodeURIComponent",
    "decodeURI",
    "encodeURI",
    "unescape",
    "escape",
    "Uint8Array",
    "Uint16Array",
    "Uint32Array",
    "Int32Array",
    "TextDecoder",
    "TextEncoder",
    "BigInt",
    "Symbol",
    "undefined",
    "NaN",
    "Infinity",
    "require",
    "Error",
    "TypeError",
    "WeakMap",
    "WeakSet",
];
