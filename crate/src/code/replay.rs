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
//! Partial: a file small enough to be analysed whole is replayed as a whole program (its
//! printed output); code cut out of a large bundle is not replayed yet.

use super::{sandbox, Finding};
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
}

fn factor(en: String, zh: String, key: &'static str, name: Option<String>, value: Value) -> Factor {
    Factor {
        en,
        zh,
        key,
        name,
        value,
    }
}

fn baseline() -> Value {
    json!({ "tz": "UTC", "locale": "en-US", "offset": 0, "env": {}, "host": "example.com",
            "hostname": "host", "user": "user", "dns": "1.1.1.1" })
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

/// The factors the finding's sources and lists suggest.
fn factors(f: &Finding) -> Vec<Factor> {
    let mut out: Vec<Factor> = vec![];
    let values: Vec<&String> = f.lists.iter().flat_map(|l| l.values.iter()).collect();
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
        if let Some(n) = values.iter().find_map(|v| v.parse::<i64>().ok()) {
            out.push(factor(
                format!("UTC offset {} minutes (as JavaScript reports it)", n),
                format!("UTC 偏移 {} 分钟（JavaScript 的写法）", n),
                "offset",
                None,
                json!(n),
            ));
        }
    }
    if reads("locale") || mentions("locale") || mentions("language") {
        let v = values
            .iter()
            .find(|v| is_locale(v))
            .map(|v| v.to_string())
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
    // Environment variables the code reads: a listed host, and a host with a listed keyword.
    let mut names: Vec<String> = f
        .sources
        .iter()
        .filter_map(|s| s.path.strip_prefix("process.env."))
        .map(|n| n.split(['.', '(', '[']).next().unwrap_or(n).to_string())
        .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        .collect();
    names.dedup();
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
        if let Some(h) = values.iter().find(|v| is_host(v)) {
            let val = format!("https://{}", h.trim_start_matches('.'));
            out.push(factor(
                format!("{}={} (a host on the list)", name, val),
                format!("{}={}（名单上的主机）", name, val),
                "env",
                Some(name.clone()),
                json!(val),
            ));
        }
        if let Some(k) = values.iter().find(|v| {
            v.len() >= 3
                && v.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        }) {
            let val = format!("https://api.{}-relay.example", k);
            out.push(factor(
                format!("{}={} (a host with the listed word \"{}\")", name, val, k),
                format!("{}={}（含名单上的词“{}”的主机）", name, val, k),
                "env",
                Some(name.clone()),
                json!(val),
            ));
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

fn apply(env: &mut Value, f: &Factor) {
    match (&f.name, f.key) {
        (Some(n), "env") => env["env"][n] = f.value.clone(),
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
pub fn environments(f: &Finding) -> Vec<(String, String, Value)> {
    let fs = factors(f);
    let mut out = vec![(
        "baseline (UTC, en-US, no proxy, official hosts)".to_string(),
        "基准（UTC、en-US、无代理、官方主机）".to_string(),
        baseline(),
    )];
    for x in &fs {
        let mut e = baseline();
        apply(&mut e, x);
        out.push((x.en.clone(), x.zh.clone(), e));
    }
    // Together: the first factor of each kind (each variable), when there are two kinds or more.
    let mut e = baseline();
    let mut en = vec![];
    let mut zh = vec![];
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
    }
    if kinds.len() >= 2 {
        out.push((en.join(" + "), zh.join(" + "), e));
    }
    out.truncate(MAX_ENVS);
    out
}

/// Each difference between two outputs, with the characters named.
pub fn changes(base: &str, other: &str) -> Vec<String> {
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
    let clip = |v: &[char]| -> String {
        let s: String = v.iter().take(80).collect();
        if v.len() > 80 {
            format!("{}…", s)
        } else {
            s
        }
    };
    vec![format!("«{}» → «{}»", clip(da), clip(db))]
}

/// Run `program` (a whole file, imports already made requires) under each environment.
/// `Err` says why no replay could be shown.
pub fn replay(program: &str, f: &Finding) -> Result<Vec<Run>, String> {
    let envs = environments(f);
    if envs.len() < 2 {
        return Err("no environment to vary was found in what the code reads".into());
    }
    let runner = format!(
        "try {{ (function(){{ {}\n}})(); }} catch (e) {{ __say(\"[the code threw: \" + e + \"]\"); }}\n__out = __log.join(\"\\n\");",
        program
    );
    let mut runs: Vec<Run> = vec![];
    for (en, zh, env) in envs {
        let out = match sandbox::evaluate_in_env(&runner, &env) {
            sandbox::Outcome::Value(Value::String(s)) => s,
            sandbox::Outcome::Value(_) => String::new(),
            sandbox::Outcome::Refused(w) | sandbox::Outcome::Failed(w) => {
                if runs.is_empty() {
                    return Err(format!("the code could not run in the sandbox: {}", w));
                }
                format!("[not run: {}]", w)
            }
        };
        let output: String = out.chars().take(MAX_OUTPUT).collect();
        let changes = runs
            .first()
            .map(|b| changes(&b.output, &output))
            .unwrap_or_default();
        runs.push(Run {
            env: en,
            env_zh: zh,
            output,
            changes,
        });
    }
    if runs.iter().skip(1).all(|r| r.changes.is_empty()) {
        return Err("the output was the same in every environment tried".into());
    }
    Ok(runs)
}
