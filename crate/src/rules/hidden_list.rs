//! # What it flags
//! Lists of domains or watched names stored so that a reader cannot see them: base64, hex,
//! `\x` escapes and char-code arrays (`String.fromCharCode(…)`, numeric arrays), each also tried
//! under all 255 single-byte XOR keys with a cheap plausibility filter first (printable,
//! delimiter-separated, domain-like tokens or names from the watchlist). The list is shown in
//! full with where and how it was decoded. In code that is parsed, a set kept with no list at
//! all — a yes-or-no test of the environment such as a bit in a bitmap indexed by the value,
//! written as a function or inline (the test is then made a function of the read, back
//! through the names given their value once) — is run in the sandbox on every known name of
//! the kind the value holds (hosts and country domains for a host setting, zones for a time
//! zone, locales for a locale): the names it says yes to are the list (a test whose answer no
//! single-letter change turns to no checks a form, not a set, and is dropped). A test of the
//! UTC offset (`getTimezoneOffset()`) is run on every offset JavaScript can report (−840 to 720
//! minutes by 15): the offsets it says yes to are the list, when there are at most 13 (a test
//! most offsets pass, such as "a half-hour zone", checks a shape). Digests kept as text (a
//! base64 MD5 prefix) are reversed over the same names.
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
//! 标记什么: 以读者看不到的方式存储的域名或关注名称列表：base64、十六进制、\x/\u 转义、字符码数组、反转字符串、ROT13，以及以上各种再经单字节异或；还有哈希值列表（MD5、SHA-1、SHA-256、FNV-1a、djb2），通过对关注名单做哈希来还原。在解析的代码里，没有名单、只有“是/否”判断的集合（例如按取值索引位图中的某一位；写成函数或直接写在条件里，后者会沿着只赋值一次的变量回溯到读取处，变成读取值的函数）会在沙箱中对与该值同类的每个已知名称逐一运行（主机设置用主机和国家域名，时区用时区，语言区域用语言区域），回答“是”的名称就是名单（任何单个字母的改动都不会把答案变成“否”的判断检查的是形式而不是集合，不计）。对 UTC 时差（getTimezoneOffset()）的判断会对 JavaScript 可能给出的每个时差（−840 到 720 分钟，步长 15）逐一运行，回答“是”的时差不超过 13 个时即为名单（大多数时差都通过的判断，如“半小时时区”，检查的是形式）。以文本保存的摘要（如 base64 的 MD5 前缀）也用同样的名称反推。
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
    "Int8Array",
    "Int16Array",
    "Uint8ClampedArray",
    "Float32Array",
    "Float64Array",
    "BigInt64Array",
    "BigUint64Array",
    "ArrayBuffer",
    "DataView",
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
