//! # What it flags
//! Internet addresses whose name is built to pass for another: a label of a host name (the part
//! between dots) that mixes scripts (`fo୦.com` with an Oriya zero, `officeკ65.com` with a
//! Georgian letter), is written entirely in letters that look Latin (Cyrillic `ӏԃԍ.com`), holds
//! a character UTS #39 does not allow in identifiers (`ĸ`, `ⱴ`, Coptic letters), or puts a
//! combining mark on a plain letter (`pi̇xel.com` with a dot above the `i`, `com̸abc` with an
//! overlaid slash). These are the checks browsers make before they show a name in Unicode
//! rather than as `xn--…`. Single-script names in their own script (`торты.ru`, `例え.jp`) are
//! not flagged.
//!
//! # Why it matters
//! A reader sees a familiar address and follows it; the address is someone else's. Links in
//! e-mails, prompts and documents are where this is used.
//!
//! # Example
//! `https://fo୦.com/` shows `foo.com`; its last letter is U+0B66 ORIYA DIGIT ZERO.
//!
//! # 中文
//! 标题: 仿冒域名
//! 标记什么: 域名中混用多种文字、整段使用看似拉丁字母的其他文字、含有标识符中不允许的字符，或在普通字母上叠加组合符号的网址。
//! 为什么重要: 读者以为是熟悉的网址，实际打开的是别人的网站；邮件、提示词和文档中的链接常被这样利用。

use crate::i18n::Msg;
use crate::report::{Decoded, Severity};
use crate::rules::Rule;
use crate::text::Ctx;
use unicode_normalization::char::canonical_combining_class;
use unicode_script::{Script, UnicodeScript};
use unicode_security::{GeneralSecurityProfile, MixedScript};

use super::mixed_script_word::looks_like;

/// Host names in the text that hold a non-ASCII character: after `://`, or a dotted name whose
/// last label is ASCII letters (`example.рф` is judged by its other labels). (start, end).
fn hosts(text: &str) -> Vec<(usize, usize)> {
    let mut out = vec![];
    let is_host = |c: char| {
        crate::text::chars::is_alnum(c)
            || c == '.'
            || c == '-'
            || unicode_normalization::char::is_combining_mark(c)
            || crate::text::chars::is_default_ignorable(c)
    };
    let mut i = 0;
    let b = text.as_bytes();
    while i < b.len() {
        // Jump to the next non-ASCII byte, then take the host-like run around it.
        let Some(k) = b[i..].iter().position(|&x| x >= 0x80) else {
            break;
        };
        let p = i + k;
        let mut s = p;
        while s > 0 {
            let c = text[..s].chars().next_back().unwrap();
            if !is_host(c) {
                break;
            }
            s -= c.len_utf8();
        }
        let mut e = p;
        while e < text.len() {
            let c = text[e..].chars().next().unwrap();
            if !is_host(c) {
                break;
            }
            e += c.len_utf8();
        }
        let run = text[s..e].trim_matches(|c| c == '.' || c == '-');
        // (`run` is a slice of `text[s..e]`: its offset, without searching.)
        let s2 = run.as_ptr() as usize - text.as_ptr() as usize;
        let after_scheme = text[..s].ends_with("://");
        let tld_ascii = run.contains('.')
            && run.rsplit('.').next().is_some_and(|l| {
                l.len() >= 2
                    && l.bytes().all(|x| x.is_ascii_alphabetic())
                    && !FILE_EXTENSIONS.contains(&l.to_ascii_lowercase().as_str())
            });
        if (after_scheme && !run.is_empty()) || tld_ascii {
            out.push((s2, s2 + run.len()));
        }
        i = e.max(p + 1);
        while i < b.len() && !text.is_char_boundary(i) {
            i += 1;
        }
    }
    out
}

/// Why a label would not be shown in Unicode, or None.
fn unsafe_label(label: &str) -> Option<Msg> {
    if label.is_ascii() {
        return None;
    }
    let mut prev: Option<char> = None;
    for c in label.chars() {
        if canonical_combining_class(c) == 1 {
            return Some(
                Msg::new("domain-overlay")
                    .arg("cp", crate::text::chars::cp_string(c))
                    .arg("name", crate::text::chars::name(c)),
            );
        }
        if c == '\u{307}' && matches!(prev, Some('i' | 'j')) {
            return Some(Msg::new("domain-double-dot"));
        }
        if unicode_normalization::char::is_combining_mark(c)
            && prev.is_some_and(|p| p.is_ascii_alphabetic())
            && !label.chars().any(|x| x.is_alphabetic() && !x.is_ascii())
        {
            return Some(
                Msg::new("domain-mark-on-plain")
                    .arg("cp", crate::text::chars::cp_string(c))
                    .arg("name", crate::text::chars::name(c)),
            );
        }
        if crate::text::chars::is_alnum(c)
            && !c.is_ascii()
            && !c.identifier_allowed()
            && !limited_use(c)
        {
            return Some(
                Msg::new("domain-not-identifier")
                    .arg("cp", crate::text::chars::cp_string(c))
                    .arg("name", crate::text::chars::name(c))
                    .arg(
                        "type",
                        c.identifier_type()
                            .map(|t| format!("{:?}", t))
                            .unwrap_or_default(),
                    ),
            );
        }
        prev = Some(c);
    }
    // Latin with Chinese, Japanese or Korean in one label is ordinary (`漢字hanzi.tw`,
    // `ビタミンb1.com`), as browsers allow it.
    let cjk = |s: Script| {
        matches!(
            s,
            Script::Han | Script::Hiragana | Script::Katakana | Script::Hangul | Script::Bopomofo
        )
    };
    let scripts: Vec<Script> = label
        .chars()
        .filter(|c| crate::text::chars::is_alnum(*c))
        .map(|c| crate::text::chars::script(c))
        .filter(|s| !matches!(s, Script::Common | Script::Inherited))
        .collect();
    let latin_with_cjk =
        scripts.contains(&Script::Latin) && scripts.iter().all(|&s| s == Script::Latin || cjk(s));
    let rest: String = label
        .chars()
        .filter(|c| crate::text::chars::script(*c) != Script::Latin || !latin_with_cjk)
        .collect();
    if !rest.is_single_script() {
        let mut names: Vec<&str> = vec![];
        for c in label.chars().filter(|c| crate::text::chars::is_alnum(*c)) {
            let s = crate::text::chars::script(c);
            if !matches!(s, Script::Common | Script::Inherited) && !names.contains(&s.full_name()) {
                names.push(s.full_name());
            }
        }
        return Some(Msg::new("domain-mixed-scripts").arg("scripts", names.join(" + ")));
    }
    let letters: Vec<char> = label
        .chars()
        .filter(|c| crate::text::chars::is_alnum(*c) && !c.is_ascii())
        .collect();
    let alike = letters
        .iter()
        .filter(|&&c| {
            crate::text::chars::script(c) != Script::Latin && looks_like(c, Script::Latin).is_some()
        })
        .count();
    if !letters.is_empty()
        && letters
            .iter()
            .all(|&c| crate::text::chars::script(c) != Script::Latin)
        && alike >= 2.min(letters.len())
        && letters.len() - alike <= 1
        && (letters.len() - alike == 0 || letters.len() >= 3)
    {
        return Some(
            Msg::new("domain-whole-script").arg("script", letters[0].script().full_name()),
        );
    }
    None
}

/// Characters UTS #39 lists as limited use (scripts in modern use by communities, such as
/// Bopomofo): allowed here, as browsers allow them.
fn limited_use(c: char) -> bool {
    c.identifier_type()
        .is_some_and(|t| format!("{:?}", t) == "Limited_Use")
}

/// File name extensions that look like top-level domains after a dot (`page.html`).
const FILE_EXTENSIONS: &[&str] = &[
    "html", "htm", "md", "txt", "pdf", "js", "mjs", "cjs", "ts", "tsx", "jsx", "json", "png",
    "jpg", "jpeg", "gif", "svg", "webp", "py", "rs", "go", "java", "php", "rb", "xml", "yml",
    "yaml", "css", "scss", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip", "gz", "tar", "csv",
    "sh", "c", "h", "cpp", "hpp", "cs", "kt", "swift", "toml", "ini", "log", "mp3", "mp4", "wav",
];

pub(crate) fn run(ctx: &mut Ctx, rule: &Rule) {
    let text = ctx.text;
    for (s, e) in hosts(text) {
        let host = &text[s..e];
        let mut at = s;
        for label in host.split('.') {
            if let Some(why) = unsafe_label(label) {
                let shown: String = label
                    .chars()
                    .map(|c| match looks_like(c, Script::Latin) {
                        Some(k) if !c.is_ascii() => k,
                        _ => c,
                    })
                    .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
                    .collect();
                let mut f = ctx.finding(
                    rule,
                    Severity::Medium,
                    at,
                    at + label.len(),
                    Msg::new("look-alike-domain")
                        .arg("host", host)
                        .arg("why", why),
                    Msg::new("look-alike-domain-meaning")
                        .arg("label", label)
                        .arg("shown", &shown),
                );
                f.decoded = Some(Decoded {
                    text: Some(shown),
                    plausibility: 1.0,
                    ..Decoded::scheme(Msg::new("scheme-host-label"))
                });
                ctx.push(f);
                ctx.mark(
                    rule,
                    Severity::Medium,
                    at,
                    at + label.len(),
                    Msg::new("mark-deceptive-address"),
                );
                // Marks drawn over letters are removed from the cleaned text (look-alike letters
                // are replaced by the rules that name them).
                for (i, c) in label.char_indices() {
                    if unicode_normalization::char::is_combining_mark(c) {
                        ctx.clean(at + i, at + i + c.len_utf8(), "");
                    }
                }
                break;
            }
            at += label.len() + 1;
        }
    }
}
