//! # What it flags
//! Code that reads the environment a covert channel would report on: the timezone
//! (`Intl.DateTimeFormat().resolvedOptions().timeZone`, `getTimezoneOffset`, `process.env.TZ`,
//! `/etc/localtime`, `/etc/timezone`, `timedatectl`, `tzutil`), the locale (`navigator.language`,
//! `LANG`, `LC_ALL`), proxy and endpoint settings (`HTTP(S)_PROXY`, `ALL_PROXY`,
//! `npm_config_proxy`, any `*_BASE_URL`/`*_API_URL`), system proxy queries (`scutil --proxy`,
//! `networksetup`, the Windows Internet Settings key, `gsettings … proxy`), host and user names.
//!
//! # Why it matters
//! Alone this is ordinary (proxy support, time formatting, SDKs reading their own base URL) and
//! only reported as information. Next to a hidden list and an output-variation sink it is the
//! first link of a covert channel (see `covert-channel`).
//!
//! # Example
//! `const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;`
//!
//! # 中文
//! 标题: 读取环境
//! 标记什么: 读取隐蔽信道会报告的环境信息的代码：时区、语言区域、代理和 API 基础地址设置、系统代理查询、主机名和用户名。
//! 为什么重要: 单独读取环境很常见（代理支持、时区库、官方 SDK 读取自己的 *_BASE_URL），本身不是问题；只有与比较和输出变化连在一起时才重要。

/// Global names from which an access path starts (`process.env.TZ`, `Intl.DateTimeFormat()…`).
/// Modules reached through `require`/`import` start their own paths (`os.hostname()`).
pub const ROOTS: &[&str] = &[
    "process",
    "Intl",
    "navigator",
    "location",
    "document",
    "Date",
    "Deno",
    "Bun",
    "globalThis",
    "window",
    "self",
    "require",
    "Buffer",
    "os",
    "fs",
    "child_process",
    "dns",
];

/// The source catalogue: an access path (as the data-flow analysis writes it: `.` between
/// members, `()` for a call, `(literal)` for a call with a literal first argument, `new ` before
/// a construction) matched by prefix → what it reads, and its category.
/// Matching is done on the path with `globalThis.`/`window.`/`self.` removed.
pub const SOURCES: &[(&str, &str, &str)] = &[
    ("process.env.TZ", "reads the time zone (TZ)", "timezone"),
    // (LANGUAGE before LANG: the catalogue matches by prefix, first entry first.)
    (
        "process.env.LANGUAGE",
        "reads the locale (LANGUAGE)",
        "locale",
    ),
    ("process.env.LANG", "reads the locale (LANG)", "locale"),
    ("process.env.LC_", "reads the locale (LC_*)", "locale"),
    (
        "Intl.DateTimeFormat().resolvedOptions().timeZone",
        "reads the time zone (Intl)",
        "timezone",
    ),
    (
        "new Intl.DateTimeFormat().resolvedOptions().timeZone",
        "reads the time zone (Intl)",
        "timezone",
    ),
    (
        "Intl.DateTimeFormat().resolvedOptions().locale",
        "reads the locale (Intl)",
        "locale",
    ),
    (
        "new Intl.DateTimeFormat().resolvedOptions().locale",
        "reads the locale (Intl)",
        "locale",
    ),
    // The locale's digits and calendar tell the locale, not the time zone.
    (
        "Intl.DateTimeFormat().resolvedOptions().numberingSystem",
        "reads the locale's numbering system (Intl)",
        "locale",
    ),
    (
        "new Intl.DateTimeFormat().resolvedOptions().numberingSystem",
        "reads the locale's numbering system (Intl)",
        "locale",
    ),
    (
        "Intl.DateTimeFormat().resolvedOptions().calendar",
        "reads the locale's calendar (Intl)",
        "locale",
    ),
    (
        "new Intl.DateTimeFormat().resolvedOptions().calendar",
        "reads the locale's calendar (Intl)",
        "locale",
    ),
    (
        "Intl.DateTimeFormat().resolvedOptions()",
        "reads the time zone and locale (Intl)",
        "timezone",
    ),
    (
        "new Intl.DateTimeFormat().resolvedOptions()",
        "reads the time zone and locale (Intl)",
        "timezone",
    ),
    (
        "new Intl.DateTimeFormat().formatToParts()",
        "formats the date in the user's time zone (Intl)",
        "timezone",
    ),
    (
        "new Intl.DateTimeFormat().format()",
        "formats the date in the user's time zone (Intl)",
        "timezone",
    ),
    (
        "Intl.DateTimeFormat().formatToParts()",
        "formats the date in the user's time zone (Intl)",
        "timezone",
    ),
    (
        "Intl.DateTimeFormat().format()",
        "formats the date in the user's time zone (Intl)",
        "timezone",
    ),
    (
        "Intl.NumberFormat().resolvedOptions()",
        "reads the locale (Intl)",
        "locale",
    ),
    (
        "new Intl.NumberFormat().resolvedOptions()",
        "reads the locale (Intl)",
        "locale",
    ),
    (
        "Intl.Collator().resolvedOptions()",
        "reads the locale (Intl)",
        "locale",
    ),
    (
        "new Date().getTimezoneOffset()",
        "reads the UTC offset",
        "timezone",
    ),
    (
        "new Date().toString()",
        "reads the date string (with the time zone)",
        "timezone",
    ),
    (
        "new Date().toTimeString()",
        "reads the time string (with the time zone)",
        "timezone",
    ),
    (
        "new Date().toLocaleString()",
        "reads the local date format",
        "locale",
    ),
    (
        "new Date().toLocaleDateString()",
        "reads the local date format",
        "locale",
    ),
    (
        "new Date().toLocaleTimeString()",
        "reads the local time format",
        "locale",
    ),
    (
        "Date()",
        "reads the date string (with the time zone)",
        "timezone",
    ),
    ("navigator.language", "reads the browser language", "locale"),
    (
        "navigator.userLanguage",
        "reads the browser language",
        "locale",
    ),
    ("location.host", "reads the site's host name", "host"),
    ("location.hostname", "reads the site's host name", "host"),
    ("location.href", "reads the site's address", "host"),
    ("location.origin", "reads the site's address", "host"),
    ("document.domain", "reads the site's host name", "host"),
    ("document.location", "reads the site's address", "host"),
    (
        "document.documentElement.lang",
        "reads the page language",
        "locale",
    ),
    ("os.hostname()", "reads the host name", "host"),
    ("os.userInfo()", "reads the user name", "user"),
    (
        "os.networkInterfaces()",
        "reads the network interfaces",
        "network",
    ),
    ("os.homedir()", "reads the home directory", "user"),
    ("dns.getServers()", "reads the DNS servers", "network"),
    (
        "fs.readFileSync(/etc/",
        "reads a system file",
        "system-file",
    ),
    ("fs.readFile(/etc/", "reads a system file", "system-file"),
    (
        "fs.promises.readFile(/etc/",
        "reads a system file",
        "system-file",
    ),
    (
        "fs.readFileSync(/proc/",
        "reads a system file",
        "system-file",
    ),
    // Where `/etc/localtime` points is the zone's name (`…/zoneinfo/Asia/Tokyo`).
    (
        "fs.readlinkSync(/etc/",
        "reads a system file",
        "system-file",
    ),
    ("fs.readlink(/etc/", "reads a system file", "system-file"),
    (
        "fs.realpathSync(/etc/",
        "reads a system file",
        "system-file",
    ),
    (
        "fs.promises.readlink(/etc/",
        "reads a system file",
        "system-file",
    ),
    ("child_process.execSync(", "runs a command", "command"),
    ("child_process.exec(", "runs a command", "command"),
    ("child_process.execFileSync(", "runs a command", "command"),
    ("child_process.spawnSync(", "runs a command", "command"),
    ("Deno.env.get(", "reads an environment variable", "env"),
    ("Bun.env.", "reads an environment variable", "env"),
    ("process.env", "reads environment variables", "env"),
];

/// Methods whose result depends on the environment whatever object they are called on: a
/// date's UTC offset and local strings, a formatter's resolved options and parts. (method,
/// the access path it is read as.)
pub const ENV_METHODS: &[(&str, &str)] = &[
    ("getTimezoneOffset", "new Date().getTimezoneOffset()"),
    ("toTimeString", "new Date().toTimeString()"),
    ("toLocaleDateString", "new Date().toLocaleDateString()"),
    ("toLocaleTimeString", "new Date().toLocaleTimeString()"),
    ("resolvedOptions", "Intl.DateTimeFormat().resolvedOptions()"),
    ("formatToParts", "new Intl.DateTimeFormat().formatToParts()"),
];

/// The access path a method of [`ENV_METHODS`] is read as.
pub fn env_method(m: &str) -> Option<&'static str> {
    ENV_METHODS.iter().find(|e| e.0 == m).map(|e| e.1)
}

/// A bundler's or compiler's module interop helper: what it returns stands for the module it
/// is given (`__importDefault`, `__importStar`, `_interopRequireDefault`, `__toESM`).
pub fn is_interop_helper(name: &str) -> bool {
    let n = name.trim_start_matches('_').to_ascii_lowercase();
    n.starts_with("importdefault")
        || n.starts_with("importstar")
        || n.starts_with("interoprequire")
        || n.starts_with("toesm")
        || n.starts_with("tocommonjs")
}

/// What an access path reads, if it is a source: (label, category).
pub fn classify_path(path: &str) -> Option<(String, &'static str)> {
    let mut p = path;
    for pre in ["globalThis.", "window.", "self.", "global."] {
        while let Some(r) = p.strip_prefix(pre) {
            p = r;
        }
    }
    // Normalise constructor arguments away: `new Intl.DateTimeFormat()` whatever its options.
    let p = p.replace("new Date().", "new Date().");
    for (pat, label, cat) in SOURCES {
        if p.starts_with(pat) {
            if *cat == "env" {
                if let Some(k) = p.strip_prefix("process.env.") {
                    let k = k.split(['.', '(']).next().unwrap_or(k);
                    if k != "*" && !k.is_empty() {
                        let (what, cat) = env_key(k);
                        return Some((format!("reads {} ({})", what, k), cat));
                    }
                }
                if p != "process.env"
                    && !p.starts_with("process.env.")
                    && !p.starts_with("Deno")
                    && !p.starts_with("Bun")
                {
                    continue;
                }
            }
            if *cat == "command" || *cat == "system-file" {
                // The command or file: what the call's parentheses hold (`date +%Z`), not what
                // the path goes on with (`.trim(`).
                let arg = p
                    .split_once('(')
                    .map(|x| x.1.split(')').next().unwrap_or(""))
                    .unwrap_or("")
                    .trim();
                if arg.is_empty() {
                    return Some((label.to_string(), cat));
                }
                return Some((format!("{}: {}", label, arg), cat));
            }
            return Some((label.to_string(), cat));
        }
    }
    // Any other Intl service's resolved options name the default locale (`Intl.Collator`,
    // `PluralRules`, `RelativeTimeFormat`, `ListFormat`, `Segmenter`, `DisplayNames`…).
    let bare = p.strip_prefix("new ").unwrap_or(&p);
    if let Some((ctor, tail)) = bare.strip_prefix("Intl.").and_then(|r| r.split_once("().")) {
        if !ctor.is_empty()
            && ctor.chars().all(|c| c.is_ascii_alphanumeric())
            && tail.starts_with("resolvedOptions()")
        {
            return Some(("reads the locale (Intl)".to_string(), "locale"));
        }
    }
    None
}

/// What an environment variable holds, by its name.
fn env_key(k: &str) -> (&'static str, &'static str) {
    let u = k.to_ascii_uppercase();
    if u == "TZ" {
        ("the time zone", "timezone")
    } else if u == "LANG" || u == "LANGUAGE" || u.starts_with("LC_") {
        ("the locale", "locale")
    } else if u.contains("PROXY") {
        ("a proxy setting", "proxy")
    } else if u.contains("REGISTRY") {
        ("the package registry", "registry")
    } else if u.contains("BASE_URL")
        || u.contains("API_URL")
        || u.ends_with("_BASE")
        || u.ends_with("_ENDPOINT")
        || u.ends_with("_HOST")
    {
        ("an API base URL setting", "base-url")
    } else {
        ("an environment variable", "env")
    }
}
