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
    "hasOwnProperty",
];

/// Functions that compare a value with a set given as an argument: (callee, index of the set,
/// index of the value).
pub const COMPARE_FUNCTIONS: &[(&str, usize, usize)] = &[
    ("Object.hasOwn", 0, 1),
    ("Reflect.has", 0, 1),
    ("Object.prototype.hasOwnProperty.call", 0, 1),
    ("Object.hasOwnProperty.call", 0, 1),
    ("Array.prototype.includes.call", 0, 1),
    ("Array.prototype.indexOf.call", 0, 1),
    ("Set.prototype.has.call", 0, 1),
    ("Map.prototype.has.call", 0, 1),
];

/// String and array methods that build a value from their receiver and arguments: a choice
/// made inside one shows in full only in the built value.
pub const BUILD_METHODS: &[&str] = &[
    "fromCharCode",
    "fromCodePoint",
    "join",
    "concat",
    "repeat",
    "padStart",
    "padEnd",
    "replace",
    "replaceAll",
    "toUpperCase",
    "toLowerCase",
    "toString",
    "slice",
    "trim",
    "normalize",
];

/// Names of built-in members (of arrays, strings, objects, maps, sets, promises, functions):
/// never followed to a property the program defines under the same name.
pub const BUILTIN_MEMBERS: &[&str] = &[
    "length",
    "size",
    "prototype",
    "constructor",
    "name",
    "message",
    "toString",
    "valueOf",
    "call",
    "apply",
    "bind",
    "then",
    "catch",
    "finally",
    "push",
    "pop",
    "shift",
    "unshift",
    "splice",
    "sort",
    "reverse",
    "keys",
    "values",
    "entries",
    "get",
    "set",
    "has",
    "add",
    "delete",
    "clear",
    "map",
    "filter",
    "forEach",
    "reduce",
    "some",
    "every",
    "find",
    "includes",
    "indexOf",
    "join",
    "split",
    "slice",
    "concat",
    "replace",
    "trim",
    "test",
    "exec",
    "match",
    "default",
    "exports",
    "next",
    "done",
    "value",
    "type",
    "data",
    "id",
    "key",
    "on",
    "emit",
    "write",
    "read",
    "log",
    "error",
    "warn",
    "info",
    "debug",
    "init",
    "render",
    "update",
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

/// What the parameters of a callback the platform calls later receive ([`CALLBACK_FLOWS`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Passes {
    /// The first parameter gets what the receiver holds: a promise's value
    /// (`p.then(v => …)`), the string a `replace` callback gets pieces of.
    Receiver,
    /// The parameters get the call's arguments from this place on (`setTimeout(cb, ms, a)`,
    /// `process.nextTick(cb, a)`).
    ArgsFrom(usize),
    /// The first parameter gets one element of the argument at this place
    /// (`Array.from(xs, x => …)`).
    ElementOf(usize),
}

/// Callbacks the platform calls with values it was handed (promises, timers, string and
/// array helpers), declared as data: (method or global function, the callback's argument,
/// what its parameters get). Values are followed into them whatever the program's size.
pub const CALLBACK_FLOWS: &[(&str, usize, Passes)] = &[
    ("then", 0, Passes::Receiver),
    ("replace", 1, Passes::Receiver),
    ("replaceAll", 1, Passes::Receiver),
    ("setTimeout", 0, Passes::ArgsFrom(2)),
    ("setInterval", 0, Passes::ArgsFrom(2)),
    ("setImmediate", 0, Passes::ArgsFrom(1)),
    ("nextTick", 0, Passes::ArgsFrom(1)),
    ("from", 1, Passes::ElementOf(0)),
];

/// Methods that register a listener: (event name, listener) are their first two arguments
/// (Node's `EventEmitter`, the DOM's `EventTarget`, and emitters written like them).
pub const LISTEN_METHODS: &[&str] = &[
    "on",
    "once",
    "addListener",
    "prependListener",
    "prependOnceListener",
    "addEventListener",
];

/// Methods that call the listeners of an event: `emit(name, …values)` passes the values,
/// `dispatchEvent(event)` the event object (its name is the first argument of the `new
/// Event(…)` / `new CustomEvent(…)` it is handed).
pub const EMIT_METHODS: &[&str] = &["emit", "dispatchEvent"];

/// Methods that put values in the collection they are called on: (method, the first argument
/// stored). The collection then carries what was put in it (`cache.set(key, region)` then
/// `cache.get(key)`; `parts.push(mark)` under a decision then `parts.join("")`).
pub const STORE_METHODS: &[(&str, usize)] = &[
    ("set", 1),
    ("add", 0),
    ("push", 0),
    ("unshift", 0),
    ("splice", 2),
    ("append", 0),
    ("setItem", 1),
];

/// Functions that put values in the object given as an argument: (function, the object's
/// argument, the first argument stored). A property defined with a getter
/// (`Object.defineProperty(o, "lang", { get() { return process.env.LANG; } })`) is then read
/// through the object as an assigned one is.
pub const STORE_FUNCTIONS: &[(&str, usize, usize)] = &[
    ("Object.defineProperty", 0, 2),
    ("Object.defineProperties", 0, 1),
    ("Object.assign", 0, 1),
    ("Reflect.defineProperty", 0, 2),
    ("Reflect.set", 0, 2),
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
