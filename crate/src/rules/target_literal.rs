//! # What it flags
//! Values a program compares the environment with when it singles out a region: timezones
//! (Asia/Shanghai, Asia/Urumqi, Asia/Chongqing, Asia/Harbin, Asia/Hong_Kong, Asia/Macau,
//! Asia/Taipei), UTC offsets compared with `getTimezoneOffset()` (`-480`, `+08:00`) and locale
//! codes (`zh-CN`, `zh_CN`, `zh-Hans`…).
//!
//! # Why it matters
//! Timezone databases list these for everyone, so alone they are information. In a chain
//! (environment source → comparison → output change) they are what is being detected.
//!
//! # Example
//! `if (tz === "Asia/Shanghai" || tz === "Asia/Urumqi") …`
//!
//! # 中文
//! 标题: 目标值
//! 标记什么: 程序单独挑出某个地区时用来比较的值：中国地区的时区名、UTC+8 偏移量（-480、+08:00）、zh-CN 等语言代码，以及关注名单上的名称。
//! 为什么重要: 时区库会为所有人列出这些值，单独出现时不是问题；与读取环境和输出变化连在一起时就是隐蔽信道的一环。

/// Methods that compare a value with a set or a pattern: `set.includes(v)`, `set.has(v)`,
/// `v.startsWith(c)`, `re.test(v)`, `list.some(x => …)`…
pub const COMPARE_METHODS: &[&str] = &[
    "includes",
    "indexOf",
    "lastIndexOf",
    "has",
    "test",
    "exec",
    "match",
    "matchAll",
    "search",
    "startsWith",
    "endsWith",
    "localeCompare",
    "get",
];

/// Methods whose callback receives one element of the receiver.
pub const ITERATORS: &[&str] = &[
    "some",
    "every",
    "find",
    "findIndex",
    "findLast",
    "findLastIndex",
    "filter",
    "map",
    "forEach",
    "flatMap",
    "reduce",
];

/// Calls that act visibly when made only under a region decision (an overt effect).
pub const OVERT_ACTS: &[(&str, &str)] = &[
    ("alert(", "shows an alert"),
    ("confirm(", "shows a dialog"),
    ("console.", "prints a message"),
    ("process.stdout.write", "prints a message"),
    ("process.stderr.write", "prints a message"),
    ("process.exit", "exits"),
    ("throw ", "throws an error"),
    ("writeFile", "writes a file"),
    ("unlink", "deletes files"),
    ("rmSync", "deletes files"),
    ("innerHTML", "changes the page"),
    ("outerHTML", "changes the page"),
    ("insertAdjacentHTML", "changes the page"),
    ("appendChild(", "changes the page"),
    ("insertBefore(", "changes the page"),
    ("replaceChildren(", "changes the page"),
    ("document.write", "changes the page"),
    ("document.body", "changes the page"),
    ("window.open", "opens a page"),
    ("location.href", "navigates away"),
    (".play(", "plays a sound"),
    ("fetch(", "makes a request"),
];
