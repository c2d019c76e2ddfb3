//! Replay: the analysed code run again in the sandbox under environments Telltale supplies,
//! so that the difference a covert channel makes is shown, not argued.
//!
//! The environments come from what the analysis found: a baseline (UTC, `en-US`, no
//! environment variables, official hosts), then one factor at a time taken from the finding's
//! sources and decoded lists (a time zone on the list, a host on the list or with a listed
//! keyword in the variable the code reads, a locale, a UTC offset), then all of them together.
//! Each run gets only stand-ins ([`super::sandbox`]'s fake environment: `process.env`, `Intl`,
//! `Date`'s offset, `navigator`, `location`, `os`, `dns`, the files and commands sources read),
//! the sandbox's limits, and a fixed clock; nothing real is exposed.
//!
//! What runs: the whole file (imports made requires), or the functions and definitions cut out
//! of a large bundle, each top-level statement guarded so that a definition the excerpt lacks
//! does not stop the rest. What is shown: the program's printed output when it differs between
//! environments, else the result of calling the functions that hold the finding's output
//! effect (then their callers, two hops) with plausible arguments (a date, then a sentence).

use super::{sandbox, Finding};
use oxc_allocator::Allocator;
use oxc_ast::ast::*;
use oxc_ast_visit::Visit;
use oxc_span::{GetSpan, Span};
use serde_json::{json, Value};

/// Most environments run per finding.
const MAX_ENVS: usize = 8;
/// Longest output kept per run.
const MAX_OUTPUT: usize = 4000;

pub use crate::report::ReplayRun as Run;

/// A factor of the environment: its words, and the change it makes to the baseline.
struct Factor {
    en: String,
    zh: String,
    key: &'static str,
    name: Option<String>,
    value: Value,
    /// What a reader of an output that differs under this factor learns (English, Chinese).
    learns: (String, String),
}

fn factor(en: String, zh: String, key: &'static str, name: Option<String>, value: Value) -> Factor {
    let learns = learns_of(key, name.as_deref(), &value);
    Factor {
        en,
        zh,
        key,
        name,
        value,
        learns,
    }
}

/// What the output tells its reader when it differs under a factor: the region a zone, an
/// offset or a locale points to, or that a setting matches the code's list.
fn learns_of(key: &str, name: Option<&str>, value: &Value) -> (String, String) {
    use super::regions;
    let v = value
        .as_str()
        .map(String::from)
        .unwrap_or_else(|| value.to_string());
    // An offset is shared by dozens of countries: the first six, then how many in all.
    let place = |cs: Vec<&str>| -> Option<(String, String)> {
        const SHOWN: usize = 6;
        (!cs.is_empty()).then(|| {
            let head = &cs[..cs.len().min(SHOWN)];
            let (en, zh) = (
                regions::describe(head, false),
                regions::describe(head, true),
            );
            if cs.len() > SHOWN {
                (
                    format!("{}, … ({} countries)", en, cs.len()),
                    format!("{}……（共 {} 个国家或地区）", zh, cs.len()),
                )
            } else {
                (en, zh)
            }
        })
    };
    let region = match (key, name) {
        ("tz", _) | ("env", Some("TZ")) => {
            place(regions::tz_countries(&v).to_vec()).map(|(e, z)| {
                (
                    format!("the time zone points to {}", e),
                    format!("时区指向{}", z),
                )
            })
        }
        ("offset", _) => place(regions::js_offset_countries(
            value.as_i64().unwrap_or(0) as i32
        ))
        .map(|(e, z)| {
            (
                format!("the UTC offset points to {}", e),
                format!("UTC 偏移指向{}", z),
            )
        }),
        ("locale", _) => regions::locale_country(&v).map(|c| {
            (
                format!("the locale points to {}", regions::country_name(c, false)),
                format!("语言区域指向{}", regions::country_name(c, true)),
            )
        }),
        ("search", _) => regions::tld_country(v.rsplit('.').next().unwrap_or("")).map(|c| {
            (
                format!(
                    "the network's DNS search domain points to {}",
                    regions::country_name(c, false)
                ),
                format!("网络的 DNS 搜索域指向{}", regions::country_name(c, true)),
            )
        }),
        ("env", Some(n)) if n.starts_with("LANG") || n.starts_with("LC_") => {
            regions::locale_country(v.split('.').next().unwrap_or("").replace('_', "-").as_str())
                .map(|c| {
                    (
                        format!("the locale points to {}", regions::country_name(c, false)),
                        format!("语言区域指向{}", regions::country_name(c, true)),
                    )
                })
        }
        _ => None,
    };
    region.unwrap_or_else(|| match (key, name) {
        ("env", Some(n)) => (
            format!("the {} setting matches the code's list", n),
            format!("{} 设置与代码中的名单相符", n),
        ),
        ("hostname", _) => (
            "the machine's name matches the code's list".into(),
            "机器名与代码中的名单相符".into(),
        ),
        ("user", _) => (
            "the user name matches the code's list".into(),
            "用户名与代码中的名单相符".into(),
        ),
        ("mac", _) => (
            "the network card's maker (its MAC address prefix) matches the code's list".into(),
            "网卡厂商（MAC 地址前缀）与代码中的名单相符".into(),
        ),
        ("search", _) => (
            "the network's DNS search domain matches the code's list".into(),
            "网络的 DNS 搜索域与代码中的名单相符".into(),
        ),
        ("dns", _) => (
            "the DNS server matches the code's list".into(),
            "DNS 服务器与代码中的名单相符".into(),
        ),
        ("host", _) => (
            "the site's host matches the code's list".into(),
            "站点主机与代码中的名单相符".into(),
        ),
        _ => (
            format!("the {} matches the code's list", key),
            format!("{} 与代码中的名单相符", key),
        ),
    })
}

fn baseline() -> Value {
    json!({ "tz": "UTC", "locale": "en-US", "offset": 0, "zonename": "Coordinated Universal Time",
            "env": {}, "host": "example.com", "hostname": "host", "user": "user", "dns": "1.1.1.1",
            "search": "corp.example.com", "mac": "02:00:00:12:34:56" })
}

fn is_tz(v: &str) -> bool {
    let mut p = v.split('/');
    matches!((p.next(), p.next()), (Some(a), Some(b))
        if !a.is_empty() && a.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && a.chars().all(|c| c.is_ascii_alphabetic())
        && !b.is_empty() && b.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'))
}

fn is_host(v: &str) -> bool {
    v.contains('.')
        && !v.contains('/')
        && !v.contains(' ')
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
}

fn is_locale(v: &str) -> bool {
    let mut p = v.split(['-', '_']);
    p.next()
        .is_some_and(|l| (2..=3).contains(&l.len()) && l.chars().all(|c| c.is_ascii_lowercase()))
        && p.all(|x| (2..=4).contains(&x.len()) && x.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// `+08:00` for ISO minutes 480.
fn fmt_iso(iso: i32) -> String {
    format!(
        "{}{:02}:{:02}",
        if iso < 0 { '-' } else { '+' },
        iso.abs() / 60,
        iso.abs() % 60
    )
}

/// The literal alternatives of a regular expression written as `/…/flags`
/// (`/^(?:he_IL|iw_IL)/` → `he_IL`, `iw_IL`): anchors and groups dropped, `\.` unescaped;
/// an alternative with any other syntax is left out.
fn regex_alternatives(v: &str) -> Vec<String> {
    let body = v.trim_start_matches('/');
    let body = match body.rfind('/') {
        Some(i) => &body[..i],
        None => body,
    };
    let body = body
        .trim_start_matches('^')
        .trim_end_matches('$')
        .replace("(?:", "(")
        .replace("\\.", ".");
    let body = body.trim_start_matches('(').trim_end_matches(')');
    body.split('|')
        .map(|a| {
            a.trim_start_matches('(')
                .trim_end_matches(')')
                .trim_start_matches('^')
                .trim_end_matches('$')
        })
        .filter(|a| {
            !a.is_empty()
                && a.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '/'))
        })
        .map(String::from)
        .take(64)
        .collect()
}

/// The environment variables the finding's sources read by name (`process.env.HTTPS_PROXY`),
/// each once, in the order read.
fn env_names(f: &Finding) -> Vec<String> {
    let mut names: Vec<String> = vec![];
    for s in &f.sources {
        let Some(n) = s.path.strip_prefix("process.env.") else {
            continue;
        };
        let n = n.split(['.', '(', '[']).next().unwrap_or(n);
        if !n.is_empty()
            && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
            && !names.iter().any(|x| x == n)
        {
            names.push(n.to_string());
        }
    }
    names
}

/// The names in settings form (`CI_SERVER_HOST`: capitals, digits and `_`, a capital first)
/// that the program reads as properties (`x.NAME`, `x["NAME"]`), each once, in order.
fn setting_names(program: &str) -> Vec<String> {
    let b = program.as_bytes();
    let mut out: Vec<String> = vec![];
    let mut i = 0;
    while i < b.len() && out.len() < 64 {
        let start = match b[i] {
            b'.' => i + 1,
            b'[' if matches!(b.get(i + 1), Some(b'"' | b'\'')) => i + 2,
            _ => {
                i += 1;
                continue;
            }
        };
        let mut j = start;
        while j < b.len() && (b[j].is_ascii_uppercase() || b[j].is_ascii_digit() || b[j] == b'_') {
            j += 1;
        }
        let name = &program[start..j];
        let whole = j >= b.len() || !(b[j].is_ascii_alphanumeric() || b[j] == b'$');
        if whole
            && name.len() >= 3
            && name.as_bytes()[0].is_ascii_uppercase()
            && name.contains('_')
            && !out.iter().any(|x| x == name)
        {
            out.push(name.to_string());
        }
        i = j.max(i + 1);
    }
    out
}

/// The factors the finding's sources and lists suggest.
fn factors(f: &Finding, program: &str) -> Vec<Factor> {
    let mut out: Vec<Factor> = vec![];
    // A list written as a regular expression (`/^(?:he_IL|iw_IL)/`) stands for its alternatives.
    let expanded: Vec<String> = f
        .lists
        .iter()
        .flat_map(|l| l.values.iter())
        .filter(|v| v.starts_with('/') && v.len() > 2)
        .flat_map(|v| regex_alternatives(v))
        .collect();
    let values: Vec<&String> = f
        .lists
        .iter()
        .flat_map(|l| l.values.iter())
        .chain(expanded.iter())
        .collect();
    let reads = |cat: &str| f.sources.iter().any(|s| s.category == cat);
    let mentions = |w: &str| {
        f.sources
            .iter()
            .any(|s| s.path.to_lowercase().contains(w) || s.what.to_lowercase().contains(w))
    };
    let offset_read = f
        .sources
        .iter()
        .any(|s| s.path.contains("getTimezoneOffset"));
    // Countries the lists point to: where a value is not itself a zone or a locale (a hash, a
    // display name), the replay uses one of that country's zones or locales.
    let countries: Vec<&str> = f
        .lists
        .iter()
        .flat_map(|l| l.countries.iter().map(|c| c.as_str()))
        .collect();
    let zone_of = |cc: &str| {
        super::regions::all_timezones().find(|z| super::regions::tz_countries(z).contains(&cc))
    };
    let locale_of = |cc: &str| {
        super::regions::all_locales()
            .find(|l| l.contains('-') && super::regions::locale_country(l) == Some(cc))
    };
    let tz_read = (reads("timezone")
        || mentions("timezone")
        || mentions("localtime")
        || mentions("time zone"))
        && !offset_read;
    let mut tzs: Vec<String> = values
        .iter()
        .filter(|v| is_tz(v))
        .take(2)
        .map(|v| v.to_string())
        .collect();
    if tzs.is_empty() && tz_read {
        tzs.extend(
            countries
                .iter()
                .filter_map(|c| zone_of(c))
                .take(1)
                .map(String::from),
        );
    }
    // A zone's long name on the list (`India Standard Time`, as `toLocaleTimeString` with
    // `timeZoneName: "long"` prints it): the first zone of that name.
    let long_named = tzs.is_empty().then(|| {
        values.iter().find_map(|v| {
            (v.ends_with(" Time"))
                .then(|| super::regions::zone_of_long_name(v))
                .flatten()
                .map(|z| (v.to_string(), z))
        })
    });
    if let Some(Some((name, z))) = long_named {
        out.push(factor(
            format!("time zone {} ({})", z, name),
            format!("时区 {}（{}）", z, name),
            "tz",
            None,
            json!(z),
        ));
    }
    if tz_read {
        for v in &tzs {
            out.push(factor(
                format!("time zone {}", v),
                format!("时区 {}", v),
                "tz",
                None,
                json!(v),
            ));
        }
    }
    if offset_read {
        // `330 (UTC+05:30)`: the code's value and the offset it means.
        let js = |v: &str| -> Option<i64> {
            match v.split_once(" (UTC") {
                Some((_, o)) => {
                    let o = o.trim_end_matches(')');
                    let sign = if o.starts_with('-') { 1 } else { -1 };
                    let (h, m) = o[1..].split_once(':')?;
                    Some(sign * (h.parse::<i64>().ok()? * 60 + m.parse::<i64>().ok()?))
                }
                None => v.parse::<i64>().ok(),
            }
        };
        if let Some(n) = values.iter().find_map(|v| js(v)) {
            out.push(factor(
                format!("UTC offset {} minutes (as JavaScript reports it)", n),
                format!("UTC 偏移 {} 分钟（JavaScript 的写法）", n),
                "offset",
                None,
                json!(n),
            ));
        }
    }
    // A time string's offset (`GMT+0800` in `Date()` or `toTimeString()`), compared as a number
    // written ±HHMM (800) or as text (`+0800`, `GMT+8`): the zone offset it stands for.
    let time_string = f.sources.iter().any(|s| {
        s.path.contains("toTimeString")
            || s.path.contains("toString")
            || s.path.contains("Date(")
            || s.what.contains("time string")
    });
    // An offset written as text in the list (`GMT+3`, the `shortOffset` name Intl prints) is
    // also what code that reads the time zone compares, when no zone of the list was found.
    let offset_text = tz_read
        && tzs.is_empty()
        && values.iter().any(|v| {
            super::regions::parse_offset(v).is_some()
                && v.chars()
                    .any(|c| c.is_ascii_alphabetic() || c == ':' || c == '+')
        });
    if (time_string || offset_text) && !offset_read {
        let hhmm = |v: &str| -> Option<i32> {
            if let Some(m) = super::regions::parse_offset(v) {
                return Some(m);
            }
            let n: i32 = v.parse().ok()?;
            let (h, m) = (n.abs() / 100, n.abs() % 100);
            (n != 0 && h <= 14 && matches!(m, 0 | 15 | 30 | 45)).then(|| n.signum() * (h * 60 + m))
        };
        if let Some(iso) = values.iter().find_map(|v| hhmm(v)) {
            let (en, zh) = if time_string {
                ("the time string's GMT part", "时间字符串中的 GMT 部分")
            } else {
                ("the time zone's GMT name", "时区的 GMT 名称")
            };
            out.push(factor(
                format!("UTC offset {} ({})", fmt_iso(iso), en),
                format!("UTC 偏移 {}（{}）", fmt_iso(iso), zh),
                "offset",
                None,
                json!(-iso),
            ));
        }
    }
    if reads("locale") || mentions("locale") || mentions("language") {
        let v = values
            .iter()
            .find(|v| is_locale(v))
            .map(|v| v.to_string())
            // A numbering system on the list: a locale whose digits it is.
            .or_else(|| {
                values
                    .iter()
                    .find_map(|v| super::regions::numbering_locale(v))
                    .map(String::from)
            })
            .or_else(|| {
                countries
                    .iter()
                    .find_map(|c| locale_of(c))
                    .map(String::from)
            });
        if let Some(v) = v {
            out.push(factor(
                format!("locale {}", v),
                format!("语言区域 {}", v),
                "locale",
                None,
                json!(v),
            ));
        }
    }
    // Host name, user name, DNS server: the first listed value of the right shape.
    if mentions("hostname") {
        if let Some(v) = values.iter().find(|v| !v.is_empty() && !v.contains(' ')) {
            out.push(factor(
                format!("host name {}", v),
                format!("主机名 {}", v),
                "hostname",
                None,
                json!(v),
            ));
        }
    }
    if reads("user") || mentions("userinfo") || mentions("user name") {
        if let Some(v) = values.iter().find(|v| !v.is_empty() && !v.contains(' ')) {
            out.push(factor(
                format!("user name {}", v),
                format!("用户名 {}", v),
                "user",
                None,
                json!(v),
            ));
        }
    }
    if reads("network") || mentions("resolv") || mentions("getservers") || mentions("dns") {
        let ip = values.iter().find_map(|v| {
            let head: String = v
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            (head.split('.').count() == 4 && head.split('.').all(|p| p.parse::<u8>().is_ok()))
                .then_some(head)
        });
        if let Some(ip) = ip {
            out.push(factor(
                format!("DNS server {}", ip),
                format!("DNS 服务器 {}", ip),
                "dns",
                None,
                json!(ip),
            ));
        }
    }
    // Network cards: a MAC address whose vendor prefix (OUI, the first three bytes) is one the
    // code lists, as a 24-bit number (`0x00e0fc`, 57596) or as text (`00:e0:fc`, `00-E0-FC`).
    if mentions("networkinterfaces") {
        let oui = values.iter().find_map(|v| {
            let t = v.trim();
            let hex: String = t.chars().filter(|c| *c != ':' && *c != '-').collect();
            let n = if let Ok(n) = t.parse::<u32>() {
                Some(n)
            } else if hex.len() == 6 && hex.chars().all(|c| c.is_ascii_hexdigit()) {
                u32::from_str_radix(&hex, 16).ok()
            } else {
                None
            };
            n.filter(|&n| n > 0 && n <= 0xFF_FFFF)
        });
        if let Some(n) = oui {
            let mac = format!(
                "{:02x}:{:02x}:{:02x}:12:34:56",
                n >> 16,
                (n >> 8) & 255,
                n & 255
            );
            out.push(factor(
                format!("network card {}", mac),
                format!("网卡 {}", mac),
                "mac",
                None,
                json!(mac),
            ));
        }
    }
    // resolv.conf also names the network's search domains: a listed domain, or a domain under
    // a listed country-code TLD, is what such code compares.
    if mentions("resolv.conf") {
        let search = values.iter().find_map(|v| {
            let v = v.trim_start_matches('.').to_ascii_lowercase();
            if is_host(&v) {
                Some(v)
            } else if v.len() == 2
                && v.chars().all(|c| c.is_ascii_lowercase())
                && super::regions::tld_country(&v).is_some()
            {
                Some(format!("corp.example.{}", v))
            } else {
                None
            }
        });
        if let Some(d) = search {
            out.push(factor(
                format!("DNS search domain {}", d),
                format!("DNS 搜索域 {}", d),
                "search",
                None,
                json!(d),
            ));
        }
    }
    // Environment variables the code reads: a listed host, and a host with a listed keyword.
    let mut names: Vec<String> = env_names(f);
    // Code that reads the whole environment (a spread, `Object.entries(process.env)`) and picks
    // its own keys: the value goes under the names such code looks for.
    if names.is_empty() && f.sources.iter().any(|s| s.path.starts_with("process.env")) {
        let domains = super::regions::domains_not_languages(&values);
        if !domains && values.iter().any(|v| is_locale(v)) {
            names.push("LANG,LC_ALL".into());
        }
        if values.iter().any(|v| is_tz(v)) {
            names.push("TZ".into());
        }
        // Country domains (`mm`) stand for a host under them.
        let hosty = values
            .iter()
            .any(|v| is_host(v) || super::regions::country_domain(v));
        // The names of settings that hold a host, as the program's text reads them
        // (`env.CI_SERVER_HOST`, `e["REGISTRY_URL"]`) from an object it was handed.
        let own: Vec<String> = setting_names(program)
            .into_iter()
            .filter(|n| {
                [
                    "HOST", "URL", "DOMAIN", "SERVER", "ENDPOINT", "REGISTRY", "PROXY",
                ]
                .iter()
                .any(|k| n.contains(k))
            })
            .take(2)
            .collect();
        if hosty && !own.is_empty() {
            names.extend(own);
        } else if hosty {
            names.push("API_BASE_URL,OPENAI_BASE_URL,ANTHROPIC_BASE_URL".into());
        }
    }
    for name in names.iter().take(2) {
        if name == "TZ" {
            if let Some(v) = values.iter().find(|v| is_tz(v)) {
                out.push(factor(
                    format!("{}={}", name, v),
                    format!("{}={}", name, v),
                    "env",
                    Some(name.clone()),
                    json!(v),
                ));
            }
            continue;
        }
        if name.starts_with("LANG") || name.starts_with("LC_") {
            // Also `he_IL`, as a regular expression over `LANG` lists it.
            let is_locale = |v: &&&String| is_locale(&v.replace('_', "-"));
            if let Some(v) = values.iter().find(|v| is_locale(v)) {
                let val = format!("{}.UTF-8", v.replace('-', "_"));
                out.push(factor(
                    format!("{}={}", name, val),
                    format!("{}={}", name, val),
                    "env",
                    Some(name.clone()),
                    json!(val),
                ));
            }
            continue;
        }
        let host = values
            .iter()
            .find(|v| is_host(v))
            .map(|h| h.trim_start_matches('.').to_string())
            .or_else(|| {
                values
                    .iter()
                    .find(|v| super::regions::country_domain(v))
                    .map(|v| format!("git.corp.example.{}", v.trim_start_matches('.')))
            });
        if let Some(h) = host {
            let val = format!("https://{}", h);
            out.push(factor(
                format!("{}={} (a host on the list)", name, val),
                format!("{}={}（名单上的主机）", name, val),
                "env",
                Some(name.clone()),
                json!(val),
            ));
            if let Some(x) = out.last_mut() {
                x.learns = (
                    format!("the host in {} is on the code's hidden list", name),
                    format!("{} 中的主机在代码隐藏的名单上", name),
                );
            }
        }
        // A word, not a digest (32 hexadecimal digits or more).
        let word = |v: &&&String| {
            v.len() >= 3
                && v.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                && !(v.len() >= 32 && v.chars().all(|c| c.is_ascii_hexdigit()))
        };
        if let Some(k) = values.iter().find(word) {
            let val = format!("https://api.{}-relay.example", k);
            out.push(factor(
                format!("{}={} (a host with the listed word \"{}\")", name, val, k),
                format!("{}={}（含名单上的词“{}”的主机）", name, val, k),
                "env",
                Some(name.clone()),
                json!(val),
            ));
            if let Some(x) = out.last_mut() {
                x.learns = (
                    format!("the host in {} holds a word of the code's list", name),
                    format!("{} 中的主机含有代码名单上的词", name),
                );
            }
        }
        // A host on one list that also holds a word of another: both comparisons true at once.
        let words: Vec<&&String> = values.iter().filter(word).collect();
        if let Some((h, k)) = values.iter().filter(|v| is_host(v)).find_map(|h| {
            words
                .iter()
                .find(|k| h.contains(k.as_str()) && h.as_str() != k.as_str())
                .map(|k| (h, k))
        }) {
            let val = format!("https://{}", h.trim_start_matches('.'));
            out.push(factor(
                format!(
                    "{}={} (a host on the list that holds the listed word \"{}\")",
                    name, val, k
                ),
                format!("{}={}（名单上的主机，且含名单上的词“{}”）", name, val, k),
                "env",
                Some(name.clone()),
                json!(val),
            ));
            if let Some(x) = out.last_mut() {
                x.learns = (
                    format!(
                        "the host in {} is on the hidden list and holds a listed word",
                        name
                    ),
                    format!("{} 中的主机在隐藏名单上，且含名单上的词", name),
                );
            }
        }
    }
    if reads("host") {
        if let Some(h) = values.iter().find(|v| is_host(v)) {
            out.push(factor(
                format!("host {}", h),
                format!("主机 {}", h),
                "host",
                None,
                json!(h),
            ));
        }
    }
    out
}

/// A time zone's offset and long name set with it, so that `Date()`'s string,
/// `getTimezoneOffset` and `formatToParts` agree with the zone.
fn set_zone(env: &mut Value, tz: &str) {
    if let Some((iso, name)) = super::regions::zone_standing(tz) {
        env["offset"] = json!(-iso);
        env["zonename"] = json!(name);
    }
}

fn apply(env: &mut Value, f: &Factor) {
    match (&f.name, f.key) {
        (Some(n), "env") => {
            for k in n.split(',') {
                env["env"][k] = f.value.clone();
            }
            if n == "TZ" {
                if let Some(tz) = f.value.as_str() {
                    env["tz"] = json!(tz);
                    set_zone(env, tz);
                }
            }
        }
        (_, "offset") => {
            env["offset"] = f.value.clone();
            let iso = -(f.value.as_i64().unwrap_or(0) as i32);
            if let Some(z) = super::regions::offset_countries(iso)
                .first()
                .and_then(|c| {
                    super::regions::all_timezones()
                        .find(|z| super::regions::tz_countries(z).first() == Some(c))
                })
                .and_then(super::regions::zone_standing)
            {
                env["zonename"] = json!(z.1);
            }
        }
        (_, "tz") => {
            env["tz"] = f.value.clone();
            if let Some(tz) = f.value.as_str() {
                set_zone(env, tz);
            }
        }
        (_, k) => {
            env[k] = f.value.clone();
            if k == "host" {
                env["hostname"] = f.value.clone();
            }
        }
    }
}

/// The environments to run: the baseline, each factor alone, then every factor together
/// (one host factor per variable: the keyword host is left out of the combination).
pub fn environments(f: &Finding, program: &str) -> Vec<Env> {
    let fs = factors(f, program);
    let mut out = vec![Env {
        en: "baseline (UTC, en-US, no proxy, official hosts)".to_string(),
        zh: "基准（UTC、en-US、无代理、官方主机）".to_string(),
        value: baseline(),
        learns: (String::new(), String::new()),
    }];
    for x in &fs {
        let mut e = baseline();
        apply(&mut e, x);
        out.push(Env {
            en: x.en.clone(),
            zh: x.zh.clone(),
            value: e,
            learns: x.learns.clone(),
        });
    }
    // Together: the first factor of each kind (each variable), when there are two kinds or more.
    let mut e = baseline();
    let (mut en, mut zh, mut le, mut lz) = (vec![], vec![], vec![], vec![]);
    let mut kinds: Vec<(&str, Option<&String>)> = vec![];
    for x in &fs {
        let k = (x.key, x.name.as_ref());
        if kinds.contains(&k) {
            continue;
        }
        kinds.push(k);
        apply(&mut e, x);
        en.push(x.en.clone());
        zh.push(x.zh.clone());
        le.push(x.learns.0.clone());
        lz.push(x.learns.1.clone());
    }
    if kinds.len() >= 2 {
        out.push(Env {
            en: en.join(" + "),
            zh: zh.join(" + "),
            value: e,
            learns: (le.join("; "), lz.join("；")),
        });
    }
    out.truncate(MAX_ENVS);
    out
}

/// One environment of the sweep: its words, its values, and what an output that differs
/// under it tells the reader.
pub struct Env {
    pub en: String,
    pub zh: String,
    pub value: Value,
    pub learns: (String, String),
}

/// Only the plain spacing between the same words differs (two spaces after each colon, a
/// tab for a space, a blank line added): said so, with the first place and how many there are.
/// Look-alike spaces (U+00A0…) are left to be named character by character.
fn spacing_change(base: &str, other: &str) -> Option<String> {
    let plain = |c: char| matches!(c, ' ' | '\t' | '\n' | '\r');
    // Words and the plain spacing after each: the text before the first word, then per word.
    let runs = |s: &str| -> (Vec<String>, Vec<String>) {
        let (mut words, mut gaps) = (vec![], vec![String::new()]);
        let mut word = String::new();
        for c in s.chars() {
            if plain(c) {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                    gaps.push(String::new());
                }
                if let Some(g) = gaps.last_mut() {
                    g.push(c);
                }
            } else {
                word.push(c);
            }
        }
        if !word.is_empty() {
            words.push(word);
            gaps.push(String::new());
        }
        (words, gaps)
    };
    let ((wa, ga), (wb, gb)) = (runs(base), runs(other));
    if wa != wb || ga.len() != gb.len() || ga == gb {
        return None;
    }
    let describe = |g: &str| -> String {
        if g.is_empty() {
            return "none".into();
        }
        // Runs of one character, in their order: `\r\n` is "1 carriage return + 1 line break".
        let mut runs: Vec<(char, usize)> = vec![];
        for c in g.chars() {
            match runs.last_mut() {
                Some((x, n)) if *x == c => *n += 1,
                _ => runs.push((c, 1)),
            }
        }
        runs.iter()
            .map(|&(c, k)| {
                let (one, many) = match c {
                    ' ' => ("space", "spaces"),
                    '\t' => ("tab", "tabs"),
                    '\n' => ("line break", "line breaks"),
                    _ => ("carriage return", "carriage returns"),
                };
                format!("{} {}", k, if k == 1 { one } else { many })
            })
            .collect::<Vec<_>>()
            .join(" + ")
    };
    let differ: Vec<usize> = (0..ga.len()).filter(|&i| ga[i] != gb[i]).collect();
    // (Spacing added where there was none, a trailing line break, is named as a character.)
    if differ.iter().any(|&i| ga[i].is_empty() || gb[i].is_empty()) {
        return None;
    }
    let first = differ[0];
    let place = if first == 0 {
        "at the start".to_string()
    } else {
        let w: String = wa[first - 1]
            .chars()
            .rev()
            .take(20)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        format!("after «{}»", w)
    };
    Some(format!(
        "spacing: {} → {} (first {}; {} place{})",
        describe(&ga[first]),
        describe(&gb[first]),
        place,
        differ.len(),
        if differ.len() == 1 { "" } else { "s" }
    ))
}

/// Each difference between two outputs, with the characters named.
pub fn changes(base: &str, other: &str) -> Vec<String> {
    // Only the lines' indentation differs (JSON written with 2 or 4 spaces): said so.
    {
        let (la, lb): (Vec<&str>, Vec<&str>) = (base.lines().collect(), other.lines().collect());
        if la.len() == lb.len()
            && la.len() > 1
            && la
                .iter()
                .zip(&lb)
                .all(|(x, y)| x.trim_start() == y.trim_start())
        {
            if let Some((x, y)) = la.iter().zip(&lb).find(|(x, y)| x != y) {
                let indent = |s: &str| {
                    let w = &s[..s.len() - s.trim_start().len()];
                    let (sp, tab) = (w.matches(' ').count(), w.matches('\t').count());
                    match (sp, tab) {
                        (0, 0) => "none".to_string(),
                        (n, 0) => format!("{} space{}", n, if n == 1 { "" } else { "s" }),
                        (0, n) => format!("{} tab{}", n, if n == 1 { "" } else { "s" }),
                        (n, m) => format!("{} spaces and {} tabs", n, m),
                    }
                };
                let at: String = x.trim_start().chars().take(30).collect();
                return vec![format!(
                    "line indentation: {} → {} (first at «{}»)",
                    indent(x),
                    indent(y),
                    at
                )];
            }
        }
    }
    if let Some(c) = spacing_change(base, other) {
        return vec![c];
    }
    let a: Vec<char> = base.chars().collect();
    let b: Vec<char> = other.chars().collect();
    let pre = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suf = a[pre..]
        .iter()
        .rev()
        .zip(b[pre..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (da, db) = (&a[pre..a.len() - suf], &b[pre..b.len() - suf]);
    if da.is_empty() && db.is_empty() {
        return vec![];
    }
    let name = |c: char| {
        format!(
            "{} {}",
            crate::text::chars::cp_string(c),
            crate::text::chars::name(c)
        )
    };
    // Letters replaced by other letters in more than two places: words changed (a synonym,
    // a sentence moved), shown as the words, widened to whole words.
    let letters_changed = da
        .iter()
        .zip(db)
        .filter(|(x, y)| x != y)
        .filter(|(x, y)| {
            x.is_alphabetic() && y.is_alphabetic() && x.to_lowercase().ne(y.to_lowercase())
        })
        .count();
    // One plain letter for another inside a word (`license` → `licence`): a spelling, shown as
    // the word. (A letter for its look-alike in another script, or its capital, is named.)
    let spelling = da.iter().zip(db).filter(|(x, y)| x != y).all(|(x, y)| {
        x.is_ascii_alphabetic() && y.is_ascii_alphabetic() && !x.eq_ignore_ascii_case(y)
    });
    if da.len() == db.len() && (letters_changed > 2 || spelling) {
        return vec![word_diff(&a, &b, pre, suf)];
    }
    if da.len() == db.len() {
        // Same length: each differing position, characters named.
        return da
            .iter()
            .zip(db)
            .filter(|(x, y)| x != y)
            .take(8)
            .map(|(&x, &y)| format!("{} → {}", name(x), name(y)))
            .collect();
    }
    // The same letters in another normalisation form: the first letter that differs, named
    // in both spellings (`é` → `e` + U+0301 COMBINING ACUTE ACCENT), which look identical.
    {
        use unicode_normalization::UnicodeNormalization;
        let (sa, sb): (String, String) = (da.iter().collect(), db.iter().collect());
        if sa.nfc().eq(sb.nfc()) {
            // The precomposed spelling is the shorter one.
            let (short, dir) = if da.len() < db.len() {
                (&sa, "NFD")
            } else {
                (&sb, "NFC")
            };
            let first = short.chars().find(|c| c.nfd().count() > 1);
            if let Some(c) = first {
                let parts: Vec<String> = c.to_string().nfd().map(name).collect();
                let (from, to) = if dir == "NFD" {
                    (name(c), parts.join(" + "))
                } else {
                    (parts.join(" + "), name(c))
                };
                return vec![format!("{} → {} (the same letters, {})", from, to, dir)];
            }
        }
    }
    // Letters added, dropped or changed inside a word (colour/color): the word, both ways.
    let inside_word =
        (pre > 0 && a[pre - 1].is_alphabetic()) || (suf > 0 && a[a.len() - suf].is_alphabetic());
    if inside_word
        && da.iter().chain(db).all(|c| c.is_ascii_alphabetic())
        && da.len().max(db.len()) <= 3
    {
        return vec![word_diff(&a, &b, pre, suf)];
    }
    // A few characters added or taken away: each named (an invisible one shows nothing).
    if da.len() <= 4 && db.len() <= 4 {
        let names = |v: &[char]| -> String {
            if v.is_empty() {
                "(nothing)".to_string()
            } else {
                v.iter().map(|&c| name(c)).collect::<Vec<_>>().join(" + ")
            }
        };
        return vec![format!("{} → {}", names(da), names(db))];
    }
    vec![word_diff(&a, &b, pre, suf)]
}

/// The changed stretch of two outputs widened to whole words: `«start» → «begin»`.
fn word_diff(a: &[char], b: &[char], mut pre: usize, mut suf: usize) -> String {
    while pre > 0 && a[pre - 1].is_alphanumeric() {
        pre -= 1;
    }
    while suf > 0 && a[a.len() - suf].is_alphanumeric() {
        suf -= 1;
    }
    let clip = |v: &[char]| -> String {
        let s: String = v.iter().take(80).collect();
        if v.len() > 80 {
            format!("{}…", s)
        } else {
            s
        }
    };
    format!(
        "«{}» → «{}»",
        clip(&a[pre..a.len() - suf]),
        clip(&b[pre..b.len() - suf])
    )
}

/// A top-level function of the replayed program: the expression that calls it, where it is,
/// how many parameters it takes and the names it calls.
struct Entry {
    callee: String,
    start: usize,
    end: usize,
    params: usize,
    calls: Vec<String>,
}

/// Names called (`f(…)`) inside a statement, each once.
fn calls_in(st: &Statement<'_>) -> Vec<String> {
    let mut c = super::CalledNames::default();
    c.visit_statement(st);
    c.0.sort();
    c.0.dedup();
    c.0
}

fn fn_params(e: &Expression<'_>) -> Option<usize> {
    match e.without_parentheses() {
        Expression::FunctionExpression(f) => Some(f.params.items.len()),
        Expression::ArrowFunctionExpression(a) => Some(a.params.items.len()),
        _ => None,
    }
}

/// The program's top-level functions, by the expression that reaches them: declarations,
/// `var f = function/arrow`, exported ones, and CommonJS `module.exports.f = …`.
fn entries(p: &Program<'_>, text: &str) -> Vec<Entry> {
    let mut out = vec![];
    // Functions the program itself calls at its top level (`main();`): an `async` one's
    // output is already in what the program prints, once its promise jobs ran; calling it
    // again would print it twice.
    let top_calls: Vec<String> = p
        .body
        .iter()
        .filter_map(|st| match st {
            Statement::ExpressionStatement(es) => {
                let mut e = es.expression.without_parentheses();
                // `main().catch(…)`, `await main()`, `void main()`
                loop {
                    match e {
                        Expression::AwaitExpression(a) => e = a.argument.without_parentheses(),
                        Expression::UnaryExpression(u) => e = u.argument.without_parentheses(),
                        Expression::CallExpression(c) => match c.callee.without_parentheses() {
                            Expression::Identifier(id) => break Some(id.name.to_string()),
                            Expression::StaticMemberExpression(m) => {
                                e = m.object.without_parentheses()
                            }
                            _ => break None,
                        },
                        _ => break None,
                    }
                }
            }
            _ => None,
        })
        .collect();
    for st in &p.body {
        let sp = st.span();
        let mut push = |callee: String, params: usize| {
            out.push(Entry {
                callee,
                start: sp.start as usize,
                end: sp.end as usize,
                params,
                calls: calls_in(st),
            })
        };
        let decl_fn = |d: &Declaration<'_>| -> Vec<(String, usize)> {
            match d {
                Declaration::FunctionDeclaration(f) => {
                    f.id.as_ref()
                        .map(|id| vec![(id.name.to_string(), f.params.items.len())])
                        .unwrap_or_default()
                }
                Declaration::VariableDeclaration(v) => v
                    .declarations
                    .iter()
                    .filter_map(|d| match (&d.id, &d.init) {
                        (BindingPattern::BindingIdentifier(id), Some(init)) => {
                            fn_params(init).map(|n| (id.name.to_string(), n))
                        }
                        _ => None,
                    })
                    .collect(),
                _ => vec![],
            }
        };
        match st {
            Statement::FunctionDeclaration(f) => {
                if let Some(id) = &f.id {
                    if !(f.r#async && top_calls.iter().any(|c| c == id.name.as_str())) {
                        push(id.name.to_string(), f.params.items.len());
                    }
                }
            }
            Statement::VariableDeclaration(v) => {
                for d in &v.declarations {
                    if let (BindingPattern::BindingIdentifier(id), Some(init)) = (&d.id, &d.init) {
                        if let Some(n) = fn_params(init) {
                            push(id.name.to_string(), n);
                        }
                    }
                }
            }
            Statement::ExportDeclaration(e) => {
                for (n, k) in decl_fn(&e.declaration) {
                    push(n, k);
                }
            }
            Statement::ExportDefaultDeclaration(e) => {
                if let ExportDefaultDeclarationKind::FunctionDeclaration(f) = &e.declaration {
                    if let Some(id) = &f.id {
                        push(id.name.to_string(), f.params.items.len());
                    }
                }
            }
            // A class: each method, called on an instance made with the constructor's
            // defaults (which may read the environment themselves).
            Statement::ClassDeclaration(c) => {
                if let Some(id) = &c.id {
                    for el in &c.body.body {
                        if let ClassElement::MethodDefinition(m) = el {
                            if m.kind == MethodDefinitionKind::Method && !m.r#static {
                                if let Some(n) = m.key.static_name() {
                                    push(
                                        format!("new {}().{}", id.name, n),
                                        m.value.params.items.len(),
                                    );
                                }
                            }
                        }
                    }
                }
            }
            Statement::ExpressionStatement(es) => {
                if let Expression::AssignmentExpression(a) = &es.expression {
                    let left = &text[a.left.span().start as usize..a.left.span().end as usize];
                    let cjs = left == "module.exports"
                        || left.starts_with("module.exports.")
                        || left.starts_with("exports.");
                    if cjs
                        && left
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$' || c == '.')
                    {
                        if let Some(n) = fn_params(&a.right) {
                            push(left.to_string(), n);
                        }
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// The program with each top-level statement guarded, so that one definition the excerpt
/// lacks does not stop the rest: `var x; try { x = (…); } catch {}`; a value made by a
/// memoising wrapper (`var W = $1(() => …)`) falls back to the function itself, memoised on
/// its first argument, when the wrapper cannot run.
fn guarded(p: &Program<'_>, text: &str, fl: &mut super::flow::Flow<'_>) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let sl = |s: Span| &text[s.start as usize..s.end as usize];
    // A constant function the analysis already ran (a decoder) gives its kept value.
    let keep = |out: &mut String, n: &str, fl: &mut super::flow::Flow<'_>| {
        if let Some(k) = fl.known_key_for(n) {
            out.push_str(&format!(
                "try {{ {n} = __known(\"{k}\", {n}); }} catch (__e) {{}}\n"
            ));
        }
    };
    for st in &p.body {
        match st {
            Statement::FunctionDeclaration(f) => {
                out.push_str(sl(st.span()));
                out.push('\n');
                if let Some(id) = &f.id {
                    keep(&mut out, &id.name, fl);
                }
            }
            Statement::VariableDeclaration(v) => {
                for d in &v.declarations {
                    match (&d.id, &d.init) {
                        (BindingPattern::BindingIdentifier(id), Some(init)) => {
                            // `memoize(() => …)` whose wrapper fails without the parts of the
                            // bundle the excerpt lacks: the function itself, which returns
                            // what the memoised one would.
                            let fallback = match init.without_parentheses() {
                                Expression::CallExpression(c)
                                    if c.arguments.len() == 1
                                        && matches!(&c.callee, Expression::Identifier(w) if fl.is_wrapper(&w.name)) =>
                                {
                                    c.arguments[0]
                                        .as_expression()
                                        .filter(|a| fn_params(a).is_some())
                                        .map(|a| format!("{} = __memo({});", id.name, sl(a.span())))
                                }
                                _ => None,
                            };
                            out.push_str(&format!(
                                "var {n}; try {{ {n} = ({i}); }} catch (__e) {{ {f} }}\n",
                                n = id.name,
                                i = sl(init.span()),
                                f = fallback.unwrap_or_default()
                            ));
                            keep(&mut out, &id.name, fl);
                        }
                        (BindingPattern::BindingIdentifier(id), None) => {
                            out.push_str(&format!("var {};\n", id.name))
                        }
                        _ => out
                            .push_str(&format!("try {{ var {}; }} catch (__e) {{}}\n", sl(d.span))),
                    }
                }
            }
            Statement::ClassDeclaration(c) => {
                if let Some(id) = &c.id {
                    out.push_str(&format!(
                        "var {n}; try {{ {n} = ({t}); }} catch (__e) {{}}\n",
                        n = id.name,
                        t = sl(c.span)
                    ))
                }
            }
            // Left by the module edits only when they could not be made: kept as they are.
            Statement::ImportDeclaration(_)
            | Statement::ExportAllDeclaration(_)
            | Statement::ExportDefaultDeclaration(_)
            | Statement::ExportNamedDeclaration(_)
            | Statement::ExportDeclaration(_) => {}
            // A statement that does something: its failure is part of the output.
            _ => out.push_str(&format!(
                "try {{ {} }} catch (__e) {{ __say(\"[the code threw: \" + __e + \"]\"); }}\n",
                sl(st.span())
            )),
        }
    }
    out
}

/// The argument the replay gives a function's text parameters: a date (the clock's), then
/// the sentence of [`sandbox::SAMPLE`].
const PROBES: [&str; 2] = ["\"2026-04-03\"", "__SAMPLE"];
/// Most functions called per replay.
const MAX_CALLS: usize = 6;

/// The calls the replay makes: the top-level functions holding one of the finding's output
/// effects, then (two hops) the functions that call them. (code run, code shown)
fn calls_for(es: &[Entry], effects: &[usize]) -> Vec<(String, String)> {
    let mut picked: Vec<usize> = (0..es.len())
        .filter(|&i| effects.iter().any(|&a| es[i].start <= a && a < es[i].end))
        .collect();
    for _hop in 0..2 {
        let names: Vec<&str> = picked.iter().map(|&i| es[i].callee.as_str()).collect();
        let more: Vec<usize> = (0..es.len())
            .filter(|i| !picked.contains(i))
            .filter(|&i| es[i].calls.iter().any(|c| names.contains(&c.as_str())))
            .collect();
        picked.extend(more);
    }
    picked.truncate(MAX_CALLS);
    let mut out = vec![];
    for i in picked {
        let e = &es[i];
        if e.params == 0 {
            out.push((format!("{}()", e.callee), format!("{}()", e.callee)));
            continue;
        }
        for p in PROBES {
            let args = vec![p; e.params.min(4)].join(", ");
            let shown = args.replace("__SAMPLE", &format!("{:?}", sandbox::SAMPLE));
            out.push((
                format!("{}({})", e.callee, args),
                format!("{}({})", e.callee, shown),
            ));
        }
    }
    out
}

/// A comparison the replay can force: its text in the code, the text that replaces it (the
/// comparison still evaluated, for its side effects, then the answer "it matches"), and how
/// many values the list it checks holds.
struct Forcing {
    code: String,
    forced: String,
    values: usize,
    /// A test of the output's choice answered `true` or `false`, when forcing the comparison
    /// itself changed nothing (a guard before it failed on the stand-in value).
    effect: Option<bool>,
}

/// The test of a conditional expression starting at an offset (an output's choice).
struct TestAt {
    at: u32,
    found: Option<Span>,
}

impl<'a> Visit<'a> for TestAt {
    fn visit_conditional_expression(&mut self, it: &ConditionalExpression<'a>) {
        if it.span.start == self.at && self.found.is_none() {
            self.found = Some(it.test.span());
        }
        oxc_ast_visit::walk::walk_conditional_expression(self, it);
    }
}

/// For each finding, its output choices' tests answered `true` and then `false`.
fn effect_forcings(
    p: &Program<'_>,
    text: &str,
    findings: &[Finding],
    base: usize,
) -> Vec<Vec<Forcing>> {
    findings
        .iter()
        .map(|f| {
            let values = f.lists.first().map(|l| l.values.len()).unwrap_or(0);
            let mut out = vec![];
            for e in &f.effects {
                let Some(at) = e.at.checked_sub(base) else {
                    continue;
                };
                let mut v = TestAt {
                    at: at as u32,
                    found: None,
                };
                v.visit_program(p);
                let Some(sp) = v.found else {
                    continue;
                };
                let Some(code) = text.get(sp.start as usize..sp.end as usize) else {
                    continue;
                };
                for answer in [true, false] {
                    out.push(Forcing {
                        forced: format!(
                            "(() => {{ try {{ ({}); }} catch (__e) {{}} return {}; }})()",
                            code, answer
                        ),
                        code: code.to_string(),
                        values,
                        effect: Some(answer),
                    });
                }
                if out.len() >= 4 {
                    break;
                }
            }
            out
        })
        .collect()
}

/// The innermost comparison around an offset: a membership or equality test whose answer a
/// forced run replaces with "it matches".
#[derive(Default)]
struct CompareAt {
    at: u32,
    found: Option<(Span, &'static str)>,
}

impl<'a> Visit<'a> for CompareAt {
    fn visit_call_expression(&mut self, it: &CallExpression<'a>) {
        let sp = it.span;
        if sp.start <= self.at && self.at < sp.end {
            if let Some(m) = it.callee.get_member_expr() {
                // (`Object.prototype.hasOwnProperty.call(set, v)`: the method called.)
                let name = match (m.static_property_name(), m.object().get_member_expr()) {
                    (Some("call" | "apply"), Some(inner)) => inner.static_property_name(),
                    (n, _) => n,
                };
                let answer = match name {
                    Some(
                        "has" | "includes" | "some" | "every" | "startsWith" | "endsWith" | "test"
                        | "hasOwn" | "hasOwnProperty",
                    ) => Some("true"),
                    Some("indexOf" | "lastIndexOf" | "findIndex" | "search") => Some("0"),
                    _ => None,
                };
                if let Some(a) = answer {
                    self.found = Some((sp, a));
                }
            }
        }
        oxc_ast_visit::walk::walk_call_expression(self, it);
    }
    fn visit_binary_expression(&mut self, it: &BinaryExpression<'a>) {
        let sp = it.span;
        if sp.start <= self.at && self.at < sp.end {
            let answer = match it.operator {
                BinaryOperator::StrictEquality | BinaryOperator::Equality | BinaryOperator::In => {
                    Some("true")
                }
                BinaryOperator::StrictInequality | BinaryOperator::Inequality => Some("false"),
                _ => None,
            };
            if let Some(a) = answer {
                self.found = Some((sp, a));
            }
        }
        oxc_ast_visit::walk::walk_binary_expression(self, it);
    }
}

/// For each finding, the comparison with its first list that a forced run can answer "it
/// matches" (see [`replay`]): used only when no environment Telltale can build matches the
/// list (one-way digests of values nobody listed).
fn forcings(
    p: &Program<'_>,
    text: &str,
    findings: &[Finding],
    base: usize,
) -> Vec<Option<Forcing>> {
    findings
        .iter()
        .map(|f| {
            f.lists.iter().find_map(|l| {
                // Around the list, or where it is compared when it is made elsewhere.
                let (sp, answer) = [l.at, l.compared_at].into_iter().find_map(|at| {
                    let mut v = CompareAt {
                        at: at.checked_sub(base)? as u32,
                        found: None,
                    };
                    v.visit_program(p);
                    v.found
                })?;
                let code = text.get(sp.start as usize..sp.end as usize)?.to_string();
                Some(Forcing {
                    forced: format!(
                        "(() => {{ try {{ ({}); }} catch (__e) {{}} return {}; }})()",
                        code, answer
                    ),
                    code,
                    values: l.values.len(),
                    effect: None,
                })
            })
        })
        .collect()
}

/// The value a forced run gives each environment variable the finding reads, so that the code
/// has something to compare: a proxy address, a URL, or a word.
fn placeholder(name: &str) -> &'static str {
    let n = name.to_ascii_uppercase();
    if n == "HOSTNAME" || n == "HOST" || n == "COMPUTERNAME" {
        // A machine's name, not an address.
        "build-7.corp.example"
    } else if n.contains("PROXY") {
        "http://proxy.example:3128"
    } else if n.contains("URL")
        || n.contains("HOST")
        || n.contains("ENDPOINT")
        || n.contains("REGISTRY")
    {
        "https://api.example.net"
    } else {
        "example"
    }
}

/// Replay each covert or region-targeted finding: `source` is the code the findings were
/// found in (their offsets, less `base`, point into it), `program` the same code made
/// runnable (imports made requires); both are the same for code cut out of a bundle.
pub fn replay_findings(source: &str, program: &str, findings: &mut [Finding], base: usize) {
    // Every finding that reads the environment: a chain, a region-targeted decision, or a
    // concealed list compared with the environment whose use was not found (the replay may
    // show it).
    let wanted = |f: &Finding| !f.sources.is_empty();
    if !findings.iter().any(wanted) {
        return;
    }
    let (es, forced, eforced) = {
        let alloc = Allocator::default();
        match super::parse(&alloc, source) {
            Some(p) => (
                entries(&p, source),
                forcings(&p, source, findings, base),
                effect_forcings(&p, source, findings, base),
            ),
            None => (vec![], vec![], vec![]),
        }
    };
    let prog = {
        let alloc = Allocator::default();
        let Some(p) = super::parse(&alloc, program) else {
            for f in findings.iter_mut().filter(|f| wanted(f)) {
                f.replay_note = Some(crate::i18n::phrase(
                    "the code could not be parsed for the replay",
                ));
            }
            return;
        };
        let mut fl = super::flow::Flow::new(program);
        fl.run(&p);
        guarded(&p, program, &mut fl)
    };
    for (i, f) in findings.iter_mut().enumerate() {
        if !wanted(f) {
            continue;
        }
        // The forced comparison, when its text is found once in the program run.
        let forcing = forced
            .get(i)
            .and_then(|x| x.as_ref())
            .filter(|x| prog.matches(x.code.as_str()).count() == 1);
        // Where the output is made; for a list whose use was not found, where it is compared.
        let at: Vec<usize> = if f.effects.is_empty() {
            f.lists
                .iter()
                .map(|l| l.at)
                .chain(std::iter::once(f.at))
                .map(|a| a.saturating_sub(base))
                .collect()
        } else {
            f.effects
                .iter()
                .map(|e| e.at.saturating_sub(base))
                .collect()
        };
        let calls = calls_for(&es, &at);
        let etests: Vec<&Forcing> = eforced
            .get(i)
            .map(|v| {
                v.iter()
                    .filter(|x| prog.matches(x.code.as_str()).count() == 1)
                    .collect()
            })
            .unwrap_or_default();
        match replay(&prog, f, &calls, forcing, &etests) {
            Ok((runs, call)) => {
                f.replay = runs;
                f.replay_call = call;
                promote(f);
            }
            Err(why) => f.replay_note = Some(why),
        }
    }
}

/// A concealed list compared with the environment whose use the static analysis did not
/// find, but whose replay changed the output: the replay is the output effect. A change a
/// reader would not notice makes the finding covert; a visible one stays as it was (a
/// concealed list compared with the environment is suspicious already).
fn promote(f: &mut Finding) {
    if f.kind != "concealed-list" || !f.effects.is_empty() {
        return;
    }
    let Some(base) = f.replay.first() else {
        return;
    };
    let Some(other) = f.replay.iter().skip(1).find(|r| r.output != base.output) else {
        return;
    };
    let v = vec![base.output.clone(), other.output.clone()];
    let class = super::variants::classify_all(&v);
    if !class.covert() {
        if names_the_value(f) {
            f.kind = "open-lookup";
        }
        return;
    }
    let what_msg = crate::i18n::Msg::new("effect-replayed")
        .arg("count", v.len())
        .arg("class", class.msg());
    f.effects.push(super::EffectOut {
        what: what_msg.en(),
        what_msg,
        variants: v.iter().map(|x| super::variants::show(x)).collect(),
        class,
        at: f.at,
        code: f.excerpt.clone(),
    });
    f.kind = "covert";
}

/// Every run whose output differs from the baseline's shows, as a word of its own, one of the
/// list's values that the baseline's output does not: the list picks what is shown and the
/// output names the value openly (`config.docs[lang]` giving `…/de/`), which is open
/// localisation, not a signal. A run that differs without naming a value (a message for one
/// region, a synonym) keeps the finding as it was.
fn names_the_value(f: &Finding) -> bool {
    let Some(base) = f.replay.first() else {
        return false;
    };
    let word = |text: &str, v: &str| {
        let (t, v) = (text.to_lowercase(), v.to_lowercase());
        t.match_indices(&v).any(|(i, _)| {
            let before = t[..i].chars().next_back();
            let after = t[i + v.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    };
    let values: Vec<&str> = f
        .lists
        .iter()
        .flat_map(|l| l.values.iter())
        .map(|v| v.trim())
        .filter(|v| v.chars().count() >= 2)
        .collect();
    let differing: Vec<&Run> = f
        .replay
        .iter()
        .skip(1)
        .filter(|r| r.output != base.output && !r.output.starts_with("[not run:"))
        .collect();
    !values.is_empty()
        && !differing.is_empty()
        && differing.iter().all(|r| {
            values
                .iter()
                .any(|v| word(&r.output, v) && !word(&base.output, v))
        })
}

/// The program run by the replay: `program` (guarded), then each call, the printed output and
/// the calls' results joined with U+0001.
fn runner_for(program: &str, calls: &[(String, String)]) -> String {
    // Names the excerpt uses but does not define (module state such as a cache declared
    // elsewhere in the bundle) are made global properties: reading one gives `undefined`, not
    // an error, and a name the sandbox already provides keeps its value.
    let free = super::flow::free_names(&format!("function __all(){{\n{}\n}}", program)).0;
    // Results are kept in variables and joined with `+` (U+0001 between them): the code may
    // have replaced the Array methods and `JSON.stringify`, not the operators.
    let mut runner = format!(
        "{}.forEach(function (n) {{ if (!(n in globalThis_)) globalThis_[n] = undefined; }});\n",
        serde_json::to_string(&free).unwrap_or_else(|_| "[]".into())
    );
    // Run as the main program: `require.main === module` holds, as under `node file.js`.
    // The stand-in for a memoising wrapper that could not run: memoised on the first argument.
    runner.push_str("function __memo(f){ var m = new Map(); return function(k){ if (m.has(k)) return m.get(k); var v = f.apply(this, arguments); m.set(k, v); return v; }; }\n");
    runner.push_str("var module = { exports: {} }; var exports = module.exports; var __JS = JSON.stringify, __S = String;\ntry { require.main = module; } catch (e) {}\n");
    runner.push_str("function __show(v){ if (typeof v === \"string\") return v; if (v === undefined) return \"undefined\"; try { var j = __JS(v); if (typeof j === \"string\") return j; } catch (e) {} try { return __S(v); } catch (e) { return \"[unprintable]\"; } }\n");
    for i in 0..=calls.len() {
        runner.push_str(&format!("var __r{} = \"\";\n", i));
    }
    // A module's top-level `await` needs an `async` wrapper; what runs after it runs with the
    // promise jobs, and the results are read again then (`__after`).
    let wrapper = if program.contains("await") {
        "async function"
    } else {
        "function"
    };
    runner.push_str(&format!("try {{ var __main = ({}(){{\n", wrapper));
    runner.push_str(program);
    runner.push_str("\ntry { __r0 = __logText(); } catch (e) {}\n");
    // A call that gives a promise (an `async` function) is read once it settled.
    for (i, (c, _)) in calls.iter().enumerate() {
        runner.push_str(&format!(
            "try {{ var __v{i} = ({c}); if (__v{i} && typeof __v{i}.then === \"function\") {{ __v{i}.then(function (x) {{ __r{i} = __show(x); }}, function (e) {{ __r{i} = \"[the call threw: \" + e + \"]\"; }}); }} else {{ __r{i} = __show(__v{i}); }} }} catch (e) {{ __r{i} = \"[the call threw: \" + e + \"]\"; }}\n",
            i = i + 1,
            c = c
        ));
    }
    runner.push_str("})(); if (__main && typeof __main.then === \"function\") { __main.then(undefined, function (e) { __r0 = __r0 + \"[the code threw: \" + e + \"]\"; }); } } catch (e) { __r0 = __r0 + \"[the code threw: \" + e + \"]\"; }\n");
    // The results joined; again after the promise jobs ran (`async` code prints late), with
    // the printed output read again if it grew.
    let mut joined = String::from("\"\"");
    for i in 0..=calls.len() {
        joined.push_str(&format!(
            " + (typeof __r{i} === \"string\" ? __r{i} : \"\") + \"\\u0001\"",
            i = i
        ));
    }
    runner.push_str(&format!(
        "var __n0 = __log.length;\n__out = {j};\nfunction __after(){{ if (__log.length > __n0) {{ try {{ __r0 = __logText(); }} catch (e) {{}} }} return {j}; }}\n",
        j = joined
    ));
    runner
}

/// Every environment's run, in order (the first one's failure is an error, see [`run_in`]).
/// Natively the environments are split between two threads, each run in its own sandbox
/// context as always: nothing is shared between runs but the program's text.
fn run_all(runner: &str, envs: &[Env]) -> Vec<Result<Vec<String>, crate::i18n::Msg>> {
    let one = |i: usize, e: &Env| run_in(runner, e, i == 0);
    #[cfg(not(target_arch = "wasm32"))]
    if envs.len() >= 2 {
        let mid = envs.len().div_ceil(2);
        let (a, b) = envs.split_at(mid);
        return std::thread::scope(|s| {
            let other = std::thread::Builder::new()
                .name("telltale-replay".into())
                .stack_size(8 << 20)
                .spawn_scoped(s, || {
                    b.iter()
                        .enumerate()
                        .map(|(i, e)| one(mid + i, e))
                        .collect::<Vec<_>>()
                });
            let mut out: Vec<_> = a.iter().enumerate().map(|(i, e)| one(i, e)).collect();
            match other.map(|h| h.join()) {
                Ok(Ok(rest)) => out.extend(rest),
                // No second thread (or it failed): the rest run here.
                _ => out.extend(b.iter().enumerate().map(|(i, e)| one(mid + i, e))),
            }
            out
        });
    }
    envs.iter().enumerate().map(|(i, e)| one(i, e)).collect()
}

/// One run of the replay under `env`: the printed output, then each call's result. A run the
/// sandbox refused is an error when it is the first (nothing to compare with), else noted.
fn run_in(runner: &str, env: &Env, first: bool) -> Result<Vec<String>, crate::i18n::Msg> {
    if let Some(p) = std::env::var_os("TELLTALE_DUMP_REPLAY") {
        let _ = std::fs::write(&p, runner);
    }
    let t0 = crate::scan::now_ms();
    let ev = sandbox::evaluate_in_env(runner, &env.value);
    if std::env::var_os("TELLTALE_DUMP_REPLAY").is_some() {
        eprintln!("replay run: {:.1} ms", crate::scan::now_ms() - t0);
    }
    let res: Vec<String> = match ev {
        sandbox::Outcome::Value(Value::String(v)) => {
            let mut r: Vec<String> = v.split('\u{1}').map(String::from).collect();
            r.pop();
            r
        }
        sandbox::Outcome::Value(_) => vec![],
        sandbox::Outcome::Refused(w) | sandbox::Outcome::Failed(w) => {
            if first {
                return Err(crate::i18n::phrase(&format!(
                    "the code could not run in the sandbox: {}",
                    w
                )));
            }
            vec![format!("[not run: {}]", w)]
        }
    };
    if std::env::var_os("TELLTALE_DUMP_REPLAY").is_some() {
        eprintln!("replay {}: {:?}", env.en, res);
    }
    Ok(res)
}

/// The environment of a forced run: every environment variable the finding reads set to a
/// plausible value, and the comparison with the list answered "it matches".
fn forced_env(f: &Finding, fc: &Forcing) -> Env {
    let mut value = baseline();
    // Variables given the same value are named together (`HTTPS_PROXY, ALL_PROXY=…`).
    let mut groups: Vec<(&str, Vec<String>)> = vec![];
    for n in env_names(f) {
        let v = placeholder(&n);
        value["env"][n.as_str()] = json!(v);
        match groups.iter_mut().find(|g| g.0 == v) {
            Some(g) => g.1.push(n),
            None => groups.push((v, vec![n])),
        }
    }
    let prefix: String = groups
        .iter()
        .map(|(v, ns)| format!("{}={}, ", ns.join(", "), v))
        .collect();
    let mut what: Vec<String> = vec![];
    for s in &f.sources {
        let w = s.path.strip_prefix("process.env.").unwrap_or(&s.path);
        if what.len() < 3 && !what.iter().any(|x| x == w) {
            what.push(w.to_string());
        }
    }
    let code = super::clip(&fc.code, 80);
    let (en, zh) = match fc.effect {
        None => (
            format!(
                "{}with `{}` forced to match (none of the {} values it checks could be built into an environment)",
                prefix, code, fc.values
            ),
            format!(
                "{}并强制 `{}` 判定为相符（它检查的 {} 个值都无法构造成环境）",
                prefix, code, fc.values
            ),
        ),
        Some(a) => (
            format!(
                "{}with the output's test `{}` forced to {} (no environment built from the {} values reached the comparison)",
                prefix, code, a, fc.values
            ),
            format!(
                "{}并强制输出的判断 `{}` 为 {}（由这 {} 个值构造的环境都没有走到比较）",
                prefix, code, a, fc.values
            ),
        ),
    };
    Env {
        en,
        zh,
        value,
        learns: (
            format!(
                "the value read ({}) is one of the {} values the code hides",
                what.join(", "),
                fc.values
            ),
            format!(
                "读取的值（{}）是代码隐藏的 {} 个值之一",
                what.join("；"),
                fc.values
            ),
        ),
    }
}

/// Run `program` (guarded, see [`guarded`]) under each environment, then make each call;
/// keep the printed output if it differs between environments, else the first call whose
/// result does. `Ok` gives the runs and the call shown (`None`: the printed output);
/// `Err` says why no replay could be shown.
fn replay(
    program: &str,
    f: &Finding,
    calls: &[(String, String)],
    forcing: Option<&Forcing>,
    etests: &[&Forcing],
) -> Result<(Vec<Run>, Option<String>), crate::i18n::Msg> {
    let envs = environments(f, program);
    if envs.len() < 2 && forcing.is_none() && etests.is_empty() {
        return Err(crate::i18n::phrase(
            "no environment to vary was found in what the code reads",
        ));
    }
    let runner = runner_for(program, calls);
    let results = run_all(&runner, &envs);
    let mut outs: Vec<(Env, Vec<String>)> = vec![];
    for (env, res) in envs.into_iter().zip(results) {
        outs.push((env, res?));
    }
    let at = |r: &[String], i: usize| r.get(i).cloned().unwrap_or_default();
    let varies = |outs: &[(Env, Vec<String>)], i: usize| {
        let b = at(&outs[0].1, i);
        outs.iter().skip(1).any(|o| {
            let x = at(&o.1, i);
            x != b && !x.starts_with("[not run:")
        })
    };
    let mut pick = (0..=calls.len()).find(|&i| varies(&outs, i));
    // No environment Telltale could build matched the list (one-way digests of values nobody
    // listed): the comparison is answered "it matches" in one more run, said so in its name,
    // so that what a match would do to the output is shown rather than assumed.
    if pick.is_none() {
        if let Some(fc) = forcing {
            let forced = runner_for(&program.replacen(&fc.code, &fc.forced, 1), calls);
            let env = forced_env(f, fc);
            let res = run_in(&forced, &env, false)?;
            outs.truncate(1);
            outs.push((env, res));
            pick = (0..=calls.len()).find(|&i| varies(&outs, i));
        }
    }
    // Still the same: the output's own test answered each way (a guard before the comparison
    // turned the stand-in value away).
    for fc in etests {
        if pick.is_some() {
            break;
        }
        let forced = runner_for(&program.replacen(&fc.code, &fc.forced, 1), calls);
        let env = forced_env(f, fc);
        let Ok(res) = run_in(&forced, &env, false) else {
            continue;
        };
        outs.truncate(1);
        outs.push((env, res));
        pick = (0..=calls.len()).find(|&i| varies(&outs, i));
    }
    let pick = pick.ok_or_else(|| {
        if calls.is_empty() {
            crate::i18n::phrase("the output was the same in every environment tried")
        } else {
            crate::i18n::Msg::new("replay-same-with-calls")
                .arg("count", calls.len())
                .arg(
                    "calls",
                    calls
                        .iter()
                        .map(|c| c.1.as_str())
                        .take(3)
                        .collect::<Vec<_>>()
                        .join(", "),
                )
        }
    })?;
    // What is shown: the printed output (None), or the call made.
    let shown = (pick > 0).then(|| calls[pick - 1].1.clone());
    let mut runs: Vec<Run> = vec![];
    for (env, r) in outs {
        let full = if r.len() == 1 && r[0].starts_with("[not run") {
            r[0].clone()
        } else {
            at(&r, pick)
        };
        let output: String = full.chars().take(MAX_OUTPUT).collect();
        let changes = runs
            .first()
            .map(|b| changes(&b.output, &output))
            .unwrap_or_default();
        let (learns, learns_zh) = if changes.is_empty() {
            (String::new(), String::new())
        } else {
            env.learns
        };
        runs.push(Run {
            env: env.en,
            env_zh: env.zh,
            output,
            changes,
            learns,
            learns_zh,
        });
    }
    Ok((runs, shown))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The comparison forced is the innermost one around the list, answered as a match in
    /// the form the code expects: `true` for a test, index 0 for a search, `false` for `!==`.
    #[test]
    fn forced_comparisons_answer_a_match_in_the_codes_own_form() {
        let cases = [
            (
                "var L = [1]; if (L.indexOf(h(x)) !== -1) y();",
                "L.indexOf",
                "0",
            ),
            (
                "var L = [1]; var p = L.has(h(x)) ? 'a' : '';",
                "L.has",
                "true",
            ),
            ("var L = 'a'; if (L !== h(x)) y();", "L !==", "false"),
            ("var L = /a/; if (L.test(h(x))) y();", "L.test", "true"),
        ];
        for (code, at, answer) in cases {
            let alloc = Allocator::default();
            let p = super::super::parse(&alloc, code).unwrap();
            let mut v = CompareAt {
                at: code.find(at).unwrap() as u32,
                found: None,
            };
            v.visit_program(&p);
            let (sp, a) = v.found.expect(code);
            assert_eq!(a, answer, "{}", code);
            assert!(code[sp.start as usize..].starts_with(at), "{}", code);
        }
        // Nothing to force where the list is not compared.
        let code = "var L = [1]; console.log(L.length);";
        let alloc = Allocator::default();
        let p = super::super::parse(&alloc, code).unwrap();
        let mut v = CompareAt {
            at: code.find("L.length").unwrap() as u32,
            found: None,
        };
        v.visit_program(&p);
        assert!(v.found.is_none());
    }

    /// Differences are named by character, or by word when letters become other letters.
    #[test]
    fn changes_name_characters_and_words() {
        assert_eq!(
            changes("a\u{27}b", "a\u{2019}b"),
            vec!["U+0027 APOSTROPHE → U+2019 RIGHT SINGLE QUOTATION MARK"]
        );
        assert_eq!(
            changes("Press start now", "Press begin now"),
            vec!["«start» → «begin»"]
        );
        assert_eq!(changes("a.", "a.\n"), vec!["(nothing) → U+000A LINE FEED"]);
        assert_eq!(
            changes("disable color here", "disable colour here"),
            vec!["«color» → «colour»"]
        );
        assert_eq!(
            changes("{\n  \"a\": 1\n}", "{\n    \"a\": 1\n}"),
            vec!["line indentation: 2 spaces → 4 spaces (first at «\"a\": 1»)"]
        );
        assert_eq!(
            changes("the license: MIT", "the licence: MIT"),
            vec!["«license» → «licence»"]
        );
        // A look-alike from another script and a capital stay named by character.
        assert_eq!(
            changes("the license", "the lic\u{435}nse"),
            vec!["U+0065 LATIN SMALL LETTER E → U+0435 CYRILLIC SMALL LETTER IE"]
        );
        assert_eq!(
            changes("the license", "the License"),
            vec!["U+006C LATIN SMALL LETTER L → U+004C LATIN CAPITAL LETTER L"]
        );
        assert!(changes("same", "same").is_empty());
        // Plain spacing between the same words: counted, with the first place.
        assert_eq!(
            changes("a: 1\nb: 2", "a:  1\nb:  2"),
            vec!["spacing: 1 space → 2 spaces (first after «a:»; 2 places)"]
        );
        assert_eq!(
            changes("x\ny", "x\n\ny"),
            vec!["spacing: 1 line break → 2 line breaks (first after «x»; 1 place)"]
        );
        // A look-alike space is still named, not counted as spacing.
        assert_eq!(
            changes("a b", "a\u{a0}b"),
            vec!["U+0020 SPACE → U+00A0 NO-BREAK SPACE"]
        );
    }
}
