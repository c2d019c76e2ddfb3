//! Messages as data: a finding, a summary or a replay line carries a message id and its
//! arguments ([`Msg`]); the words come from a Project Fluent catalogue per language
//! (`crate/locales/<tag>.ftl`, embedded at build time), so a language is one new file.
//!
//! Reports keep the rendered text beside the data (`message` beside `msg`, `meaning` beside
//! `meaning_msg`, `summary` beside `summary_msg`…), in English when made; [`localize_value`]
//! renders every `*_msg` of a report again in another language (the CLI's `--lang`, the page,
//! the npm package's `localize`).
//!
//! Arguments are numbers, strings (code points, character names, hosts, file names: never
//! translated), other messages, or lists of messages joined by a message of their own.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The language reports are made in.
pub const DEFAULT_LANG: &str = "en";

/// A message: an id in the catalogues and its arguments.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Msg {
    pub id: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, Arg>,
}

/// One argument of a message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Arg {
    Int(i64),
    Str(String),
    /// Messages joined by the message `sep` (a list of steps, of facts).
    List {
        sep: String,
        items: Vec<Msg>,
    },
    /// Countries (ISO 3166 codes), named in the reader's language from CLDR's territory names
    /// (the file analysis's data; a build without it shows the codes).
    Countries {
        countries: Vec<String>,
    },
    Msg(Box<Msg>),
}

impl Msg {
    pub fn new(id: &str) -> Msg {
        Msg {
            id: id.to_string(),
            args: BTreeMap::new(),
        }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: &str, value: impl Into<Arg>) -> Msg {
        self.args.insert(name.to_string(), value.into());
        self
    }

    /// The message in the default language.
    pub fn en(&self) -> String {
        render(DEFAULT_LANG, self)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Str(s.clone())
    }
}
impl From<char> for Arg {
    fn from(c: char) -> Arg {
        Arg::Str(c.to_string())
    }
}
impl From<Msg> for Arg {
    fn from(m: Msg) -> Arg {
        Arg::Msg(Box::new(m))
    }
}
macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_arg!(usize, u64, u32, u16, u8, i64, i32);

/// A list argument: `items` joined by the message `sep`.
pub fn list(sep: &str, items: Vec<Msg>) -> Arg {
    Arg::List {
        sep: sep.to_string(),
        items,
    }
}

struct Catalogue {
    tag: &'static str,
    bundle: FluentBundle<FluentResource>,
}

fn catalogues() -> &'static [Catalogue] {
    static C: OnceLock<Vec<Catalogue>> = OnceLock::new();
    C.get_or_init(|| {
        LOCALES
            .iter()
            .map(|(tag, src)| {
                // A catalogue with an error still loads the messages it could parse; the test
                // `catalogues_parse` fails on any error.
                let id = tag.parse().unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // No FSI/PDI marks around arguments: reports are read as plain text, and a
                // text checker must not add invisible characters of its own.
                bundle.set_use_isolating(false);
                for src in std::iter::once(*src).chain(files_catalogue(tag)) {
                    let res = match FluentResource::try_new(src.to_string()) {
                        Ok(r) => r,
                        Err((r, _)) => r,
                    };
                    let _ = bundle.add_resource(res);
                }
                Catalogue { tag, bundle }
            })
            .collect()
    })
}

/// The file analysis's own messages (`locales/files/<tag>.ftl`): what code, archives and
/// executables are found to do. Only builds that scan files carry them, so the page's first
/// load (the text checker) stays small.
#[cfg(feature = "files")]
fn files_catalogue(tag: &str) -> Option<&'static str> {
    FILES_LOCALES.iter().find(|(t, _)| *t == tag).map(|x| x.1)
}
#[cfg(not(feature = "files"))]
fn files_catalogue(_tag: &str) -> Option<&'static str> {
    None
}

#[cfg(feature = "files")]
fn countries_in(tag: &str, cc: &[String]) -> String {
    let cc: Vec<&str> = cc.iter().map(|s| s.as_str()).collect();
    crate::code::regions::describe(&cc, tag.starts_with("zh"))
}
#[cfg(not(feature = "files"))]
fn countries_in(_tag: &str, cc: &[String]) -> String {
    cc.join(", ")
}

/// A fixed phrase of the file analysis's own tables ("reads the system timezone", "reversed
/// string") as a message: its id is `ph-` and the phrase's words joined by `-`, so the English
/// catalogue holds it as written and every other catalogue translates it (a test checks every
/// phrase of every table). A trailing detail that is code ("(ANTHROPIC_BASE_URL)", "(Intl)",
/// ": /etc/localtime") stays as it is, an argument of `with-detail`.
pub fn phrase(en: &str) -> Msg {
    let codeish = |d: &str| !d.is_empty() && !d.contains(' ');
    if let (Some(i), true) = (en.rfind(" ("), en.ends_with(')')) {
        let inner = &en[i + 2..en.len() - 1];
        if codeish(inner) {
            return Msg::new("with-detail")
                .arg("what", phrase(&en[..i]))
                .arg("detail", inner);
        }
    }
    if let Some((head, rest)) = en.split_once(": ") {
        return Msg::new("with-argument")
            .arg("what", phrase(head))
            .arg("detail", rest);
    }
    Msg::new(&phrase_id(en))
}

/// Whether the default catalogue holds a message (every catalogue must: a test checks).
pub fn has_message(id: &str) -> bool {
    catalogue(DEFAULT_LANG).bundle.has_message(id)
}

/// `ph-` and the phrase's ASCII letters and digits in words joined by `-`.
pub fn phrase_id(en: &str) -> String {
    let mut id = String::from("ph");
    let mut dash = true;
    for c in en.chars() {
        if c.is_ascii_alphanumeric() {
            if dash {
                id.push('-');
            }
            id.push(c.to_ascii_lowercase());
            dash = false;
        } else {
            dash = true;
        }
    }
    id
}

/// The languages there are catalogues for (`en`, `zh-CN`, …).
pub fn languages() -> Vec<&'static str> {
    LOCALES.iter().map(|(t, _)| *t).collect()
}

/// The catalogue that best serves a language tag (`zh`, `zh-Hans-CN`, `zh_CN.UTF-8` → `zh-CN`;
/// anything unknown → `en`).
pub fn best_language(tag: &str) -> &'static str {
    let tag = tag.split('.').next().unwrap_or("").replace('_', "-");
    let lower = tag.to_ascii_lowercase();
    let tags = languages();
    if let Some(t) = tags.iter().find(|t| t.to_ascii_lowercase() == lower) {
        return t;
    }
    let primary = lower.split('-').next().unwrap_or("");
    tags.iter()
        .find(|t| t.to_ascii_lowercase().split('-').next() == Some(primary))
        .copied()
        .unwrap_or(DEFAULT_LANG)
}

fn catalogue(lang: &str) -> &'static Catalogue {
    let tag = best_language(lang);
    let all = catalogues();
    all.iter()
        .find(|c| c.tag == tag)
        .or_else(|| all.iter().find(|c| c.tag == DEFAULT_LANG))
        .expect("the default catalogue is embedded")
}

/// The message in a language; a message missing from that catalogue comes from the default
/// one, and a message missing from both is its id (the tests fail on that).
pub fn render(lang: &str, msg: &Msg) -> String {
    let mut depth = 0;
    render_in(catalogue(lang), msg, &mut depth)
}

fn render_in(cat: &Catalogue, msg: &Msg, depth: &mut u32) -> String {
    *depth += 1;
    if *depth > 16 {
        return msg.id.clone();
    }
    let found = cat
        .bundle
        .get_message(&msg.id)
        .and_then(|m| m.value())
        .map(|p| (cat, p))
        .or_else(|| {
            let en = catalogue(DEFAULT_LANG);
            en.bundle
                .get_message(&msg.id)
                .and_then(|m| m.value())
                .map(|p| (en, p))
        });
    let Some((from, pattern)) = found else {
        *depth -= 1;
        return msg.id.clone();
    };
    let mut args = FluentArgs::new();
    for (k, v) in &msg.args {
        let value: FluentValue = match v {
            Arg::Int(n) => FluentValue::from(*n),
            Arg::Str(s) => FluentValue::from(s.as_str()),
            Arg::Msg(m) => FluentValue::from(render_in(cat, m, depth)),
            Arg::Countries { countries } => FluentValue::from(countries_in(cat.tag, countries)),
            Arg::List { sep, items } => {
                let sep = render_in(cat, &Msg::new(sep), depth);
                let parts: Vec<String> = items.iter().map(|m| render_in(cat, m, depth)).collect();
                FluentValue::from(parts.join(&sep))
            }
        };
        args.set(k.as_str(), value);
    }
    let mut errors = vec![];
    let out = from
        .bundle
        .format_pattern(pattern, Some(&args), &mut errors)
        .into_owned();
    *depth -= 1;
    out
}

#[cfg(not(target_arch = "wasm32"))]
/// What is wrong with a message in any catalogue: an id no catalogue has, a variable the
/// message uses but was not given, an argument no catalogue's message uses (for the tests).
pub fn problems(msg: &Msg) -> Vec<String> {
    let mut out = vec![];
    for c in catalogues() {
        check_in(c, msg, &mut out);
    }
    out.sort();
    out.dedup();
    out
}

#[cfg(not(target_arch = "wasm32"))]
fn check_in(cat: &Catalogue, msg: &Msg, out: &mut Vec<String>) {
    let Some(pattern) = cat.bundle.get_message(&msg.id).and_then(|m| m.value()) else {
        out.push(format!("{}: no message {}", cat.tag, msg.id));
        return;
    };
    let mut args = FluentArgs::new();
    for (k, v) in &msg.args {
        match v {
            Arg::Int(n) => args.set(k.as_str(), FluentValue::from(*n)),
            Arg::Str(s) => args.set(k.as_str(), FluentValue::from(s.as_str())),
            Arg::Msg(m) => {
                check_in(cat, m, out);
                args.set(k.as_str(), FluentValue::from("x"));
            }
            Arg::Countries { .. } => args.set(k.as_str(), FluentValue::from("x")),
            Arg::List { sep, items } => {
                check_in(cat, &Msg::new(sep), out);
                items.iter().for_each(|m| check_in(cat, m, out));
                args.set(k.as_str(), FluentValue::from("x"));
            }
        }
    }
    let mut errors = vec![];
    let _ = cat.bundle.format_pattern(pattern, Some(&args), &mut errors);
    for e in errors {
        out.push(format!("{}: {}: {:?}", cat.tag, msg.id, e));
    }
    if let Some(vars) = catalogue_entries(cat.tag).and_then(|e| e.get(&msg.id).cloned()) {
        for k in msg.args.keys() {
            if !vars.contains(k) {
                out.push(format!(
                    "{}: {} is given ${} but does not use it",
                    cat.tag, msg.id, k
                ));
            }
        }
    }
}

/// Renders every message of a report (any JSON value) in a language: a `msg` object sets
/// `message`, and any `<name>_msg` sets `<name>`; the report's `lang` is set at the top. Only
/// messages change, so a report can be rendered again in any language (the page does on a
/// language switch).
pub fn localize_value(v: &mut serde_json::Value, lang: &str) {
    let tag = best_language(lang);
    walk(v, tag, false);
    if let serde_json::Value::Object(o) = v {
        o.insert("lang".into(), serde_json::Value::String(tag.into()));
    }
}

/// [`localize_value`] for output that is final (the CLI): parts that are not messages yet but
/// are written per language (`summary_zh` beside `summary`) also take that language's words.
pub fn localize_value_final(v: &mut serde_json::Value, lang: &str) {
    let tag = best_language(lang);
    walk(v, tag, true);
    if let serde_json::Value::Object(o) = v {
        o.insert("lang".into(), serde_json::Value::String(tag.into()));
    }
}

fn walk(v: &mut serde_json::Value, tag: &str, fallbacks: bool) {
    match v {
        serde_json::Value::Object(o) => {
            let mut set: Vec<(String, serde_json::Value)> = vec![];
            for (k, val) in o.iter() {
                let target = if k == "msg" {
                    Some("message".to_string())
                } else {
                    k.strip_suffix("_msg").map(str::to_string)
                };
                if let Some(t) = target {
                    if let Ok(m) = serde_json::from_value::<Msg>(val.clone()) {
                        set.push((t, render(tag, &m).into()));
                    } else if let Ok(ms) = serde_json::from_value::<Vec<Msg>>(val.clone()) {
                        // A list of messages (`notes_msg`): each rendered, in order.
                        let v: Vec<serde_json::Value> =
                            ms.iter().map(|m| render(tag, m).into()).collect();
                        set.push((t, v.into()));
                    }
                }
            }
            // Parts still written per language (`summary_zh` beside `summary`, no message):
            // the language's own words when there are any.
            let suffix = format!("_{}", tag.split('-').next().unwrap_or(tag));
            for (k, val) in o.iter().filter(|_| fallbacks) {
                if let (Some(base), serde_json::Value::String(s)) = (k.strip_suffix(&suffix), val) {
                    let has_msg = if base == "message" {
                        o.get("msg").is_some_and(|m| !m.is_null())
                    } else {
                        o.get(&format!("{base}_msg")).is_some_and(|m| !m.is_null())
                    };
                    if !has_msg && !s.is_empty() {
                        set.push((base.to_string(), s.clone().into()));
                    }
                }
            }
            for (k, s) in set {
                o.insert(k, s);
            }
            for (k, val) in o.iter_mut() {
                if k != "msg" && !k.ends_with("_msg") {
                    walk(val, tag, fallbacks);
                }
            }
        }
        serde_json::Value::Array(a) => a.iter_mut().for_each(|x| walk(x, tag, fallbacks)),
        _ => {}
    }
}

/// A report of any kind in a language, as final output ([`localize_value_final`]).
pub fn localize<T: Serialize + serde::de::DeserializeOwned + Clone>(report: &T, lang: &str) -> T {
    let Ok(mut v) = serde_json::to_value(report) else {
        return report.clone();
    };
    localize_value_final(&mut v, lang);
    serde_json::from_value(v).unwrap_or_else(|_| report.clone())
}

/// Every message id of a catalogue with the variables it uses (for the tests).
#[cfg(not(target_arch = "wasm32"))]
pub fn catalogue_entries(tag: &str) -> Option<BTreeMap<String, Vec<String>>> {
    let src = LOCALES.iter().find(|(t, _)| *t == tag)?.1;
    let mut out = BTreeMap::new();
    for src in std::iter::once(src).chain(files_catalogue(tag)) {
        entries_of(src, &mut out)?;
    }
    Some(out)
}

#[cfg(not(target_arch = "wasm32"))]
fn entries_of(src: &str, out: &mut BTreeMap<String, Vec<String>>) -> Option<()> {
    let res = fluent_syntax::parser::parse(src).ok()?;
    for e in res.body {
        if let fluent_syntax::ast::Entry::Message(m) = e {
            let mut vars: Vec<String> = vec![];
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            vars.sort();
            vars.dedup();
            out.insert(m.id.name.to_string(), vars);
        }
    }
    Some(())
}

#[cfg(not(target_arch = "wasm32"))]
fn pattern_vars(p: &fluent_syntax::ast::Pattern<&str>, out: &mut Vec<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(e: &InlineExpression<&str>, out: &mut Vec<String>) {
        match e {
            InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
            InlineExpression::Placeable { expression } => expr(expression, out),
            InlineExpression::FunctionReference { arguments, .. } => {
                arguments.positional.iter().for_each(|a| inline(a, out));
            }
            _ => {}
        }
    }
    fn expr(e: &Expression<&str>, out: &mut Vec<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    pattern_vars(&v.value, out);
                }
            }
        }
    }
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expr(expression, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogues_parse() {
        for (tag, src) in LOCALES {
            for src in std::iter::once(*src).chain(files_catalogue(tag)) {
                let r = FluentResource::try_new(src.to_string());
                assert!(r.is_ok(), "{tag}.ftl: {:?}", r.err().map(|e| e.1));
            }
        }
        // No id is in both the text catalogue and the file analysis's.
        for (tag, src) in LOCALES {
            let (mut a, mut b) = (BTreeMap::new(), BTreeMap::new());
            entries_of(src, &mut a).unwrap();
            if let Some(f) = files_catalogue(tag) {
                entries_of(f, &mut b).unwrap();
            }
            let both: Vec<&String> = a.keys().filter(|k| b.contains_key(*k)).collect();
            assert!(both.is_empty(), "{tag}: {both:?} in both catalogues");
        }
        assert!(languages().contains(&"en") && languages().contains(&"zh-CN"));
    }

    /// Every language has every message of the default catalogue, with the same variables
    /// (a translation that drops a number or a name would lose a fact).
    #[test]
    fn catalogues_agree() {
        let en = catalogue_entries("en").unwrap();
        assert!(en.len() > 20);
        for tag in languages() {
            let other = catalogue_entries(tag).unwrap();
            for (id, vars) in &en {
                let got = other.get(id);
                assert!(got.is_some(), "{tag}.ftl lacks {id}");
                assert_eq!(got.unwrap(), vars, "{tag}.ftl: {id} uses other variables");
            }
            for id in other.keys() {
                assert!(
                    en.contains_key(id),
                    "{tag}.ftl has {id}, which en.ftl lacks"
                );
            }
        }
    }

    #[test]
    fn best_language_picks_a_catalogue() {
        assert_eq!(best_language("zh"), "zh-CN");
        assert_eq!(best_language("zh-Hans-CN"), "zh-CN");
        assert_eq!(best_language("zh_CN.UTF-8"), "zh-CN");
        assert_eq!(best_language("en-GB"), "en");
        assert_eq!(best_language("fr"), "en");
        assert_eq!(best_language(""), "en");
    }

    #[test]
    fn renders_arguments_lists_and_nested_messages() {
        let m = Msg::new("mixed-punctuation")
            .arg("role", Msg::new("role-comma"))
            .arg("count", 2usize)
            .arg("styles", ", U+002C ×3");
        assert_eq!(
            render("en", &m),
            "The comma is written in 2 ways: , U+002C ×3"
        );
        assert_eq!(render("zh-CN", &m), "逗号有 2 种写法：, U+002C ×3");
        let flags = Msg::new("dateline-marker-meaning").arg(
            "flags",
            list(
                "sep-and-that",
                vec![
                    Msg::new("dateline-flag-lab-keyword"),
                    Msg::new("dateline-flag-china-timezone"),
                ],
            ),
        );
        let en = render("en", &flags);
        assert!(
            en.contains("AI-lab keyword, and that the computer's timezone"),
            "{en}"
        );
        let zh = render("zh-CN", &flags);
        assert!(zh.contains("实验室关键词；并且计算机的时区"), "{zh}");
        // No isolation marks around arguments.
        assert!(!en.contains('\u{2068}') && !zh.contains('\u{2068}'));
        // Unknown ids come out as the id itself; the data survives JSON.
        assert_eq!(
            render("en", &Msg::new("no-such-message")),
            "no-such-message"
        );
        let j = serde_json::to_value(&flags).unwrap();
        assert_eq!(serde_json::from_value::<Msg>(j).unwrap(), flags);
    }

    #[test]
    fn localize_value_renders_every_msg() {
        let m = Msg::new("snow-layout").arg("lines", 4usize);
        let mut v = serde_json::json!({
            "summary": "x", "summary_msg": m,
            "findings": [{"message": "y", "msg": m, "meaning_msg": m}]
        });
        localize_value(&mut v, "zh");
        assert_eq!(v["lang"], "zh-CN");
        let zh = "4 行末尾的空格和制表符呈 SNOW 工具的排列方式";
        assert_eq!(v["summary"], zh);
        assert_eq!(v["findings"][0]["message"], zh);
        assert_eq!(v["findings"][0]["meaning"], zh);
        // Parts written per language are left alone, so the report goes back to English…
        let mut w = serde_json::json!({"summary": "Nothing covert.", "summary_zh": "没有发现。",
            "replay": [{"env": "baseline", "env_zh": "基线"}]});
        localize_value(&mut w, "zh-CN");
        localize_value(&mut w, "en");
        assert_eq!(w["summary"], "Nothing covert.");
        assert_eq!(w["replay"][0]["env"], "baseline");
        // …while final output takes that language's words.
        localize_value_final(&mut w, "zh-CN");
        assert_eq!(w["summary"], "没有发现。");
        assert_eq!(w["replay"][0]["env"], "基线");
    }
}
