//! # What it flags
//! Words whose letters come from more than one script in a way no real word does (UTS #39
//! mixed-script detection), such as a Latin word with a Cyrillic `а` in it, and words written
//! entirely in look-alike letters of another script inside Latin text (Cyrillic `раураl`).
//! Each is shown with its skeleton: what it looks like (`pаypаl.com` → `paypal.com`).
//! Text that is simply Russian, Greek or Chinese is not flagged, nor are scripts that are
//! ordinarily written together (Japanese kanji with kana, Chinese with Latin abbreviations
//! as separate words).
//!
//! # Why it matters
//! Swapping a letter for an identical-looking one from another script (a homoglyph) makes a
//! fake domain, name or command look real, defeats keyword filters, and can mark a copy of a
//! text without any visible change.
//!
//! # Example
//! `pаypаl.com` (with Cyrillic U+0430) looks like `paypal.com` but is a different address.
//!
//! # 中文
//! 标题: 混合文种单词
//! 标记什么: 字母来自多种文种、且没有真实单词会这样写的单词（按 UTS #39 的判定）。
//! 为什么重要: 这是仿冒域名、绕过过滤和隐藏标记的常用手法。

use crate::report::{Decoded, Severity};
use crate::rules::Rule;
use crate::text::Ctx;
use unicode_script::{Script, UnicodeScript};
use unicode_security::MixedScript;

/// The skeleton of one character when it is ASCII (what it is mistaken for), else `None`.
pub(crate) fn ascii_skeleton(c: char) -> Option<String> {
    let s: String = unicode_security::skeleton(c.encode_utf8(&mut [0; 4])).collect();
    (s.is_ascii() && !s.is_empty() && s != c.to_string()).then_some(s)
}

fn word_scripts(w: &str) -> Vec<(Script, usize)> {
    let mut v: Vec<(Script, usize)> = Vec::new();
    for c in w.chars().filter(|c| c.is_alphabetic()) {
        let s = c.script();
        if matches!(s, Script::Common | Script::Inherited) {
            continue;
        }
        match v.iter_mut().find(|(x, _)| *x == s) {
            Some(e) => e.1 += 1,
            None => v.push((s, 1)),
        }
    }
    v.sort_by(|a, b| b.1.cmp(&a.1));
    v
}

/// ": U+0430 CYRILLIC SMALL LETTER A ×2, …" for the message.
fn swapped_list(swaps: &[(usize, char, String)]) -> String {
    let mut seen: Vec<(char, usize)> = Vec::new();
    for (_, c, _) in swaps {
        match seen.iter_mut().find(|(x, _)| x == c) {
            Some(e) => e.1 += 1,
            None => seen.push((*c, 1)),
        }
    }
    if seen.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = seen
        .iter()
        .map(|(c, n)| {
            format!(
                "{} {} ×{}",
                crate::text::chars::cp_string(*c),
                crate::text::chars::name(*c),
                n
            )
        })
        .collect();
    format!(": {}", parts.join(", "))
}

pub(crate) fn run(ctx: &mut Ctx, rule: &Rule) {
    let text = ctx.text;
    let latin_share = ctx.scan.share(Script::Latin);
    let mut found = Vec::new();
    for (off, w) in ctx
        .words()
        .to_vec()
        .into_iter()
        .map(|(a, b)| (a, &text[a..b]))
    {
        let scripts = word_scripts(w);
        if scripts.is_empty() {
            continue;
        }
        // One script in the word: only the whole-word look-alike case can apply.
        let mixed = scripts.len() > 1 && !w.is_single_script();
        // A whole word of look-alikes from a minority script inside mostly Latin text.
        let whole = !mixed
            && scripts.len() == 1
            && scripts[0].0 != Script::Latin
            && latin_share >= 0.6
            && ctx.scan.share(scripts[0].0) < 0.2
            && w.chars().filter(|c| c.is_alphabetic()).all(|c| {
                ascii_skeleton(c)
                    .map(|s| s.chars().all(|x| x.is_ascii_alphanumeric()))
                    .unwrap_or(false)
            });
        if !(mixed || whole) {
            continue;
        }
        // The script the word pretends to be in: Latin when it has Latin letters in Latin text.
        let has_latin = scripts.iter().any(|(s, _)| *s == Script::Latin);
        let main = if whole || (has_latin && latin_share >= 0.5) {
            Script::Latin
        } else {
            scripts[0].0
        };
        let mut skeleton = String::new();
        let mut swaps = Vec::new();
        for (i, c) in w.char_indices() {
            let s = c.script();
            if !c.is_ascii()
                && c.is_alphabetic()
                && s != main
                && !matches!(s, Script::Common | Script::Inherited)
            {
                if let Some(k) = ascii_skeleton(c) {
                    skeleton.push_str(&k);
                    swaps.push((off + i, c, k));
                    continue;
                }
            }
            skeleton.push(c);
        }
        found.push((off, w.to_string(), skeleton, swaps, scripts, whole));
    }
    for (off, word, skeleton, swaps, scripts, whole) in found {
        let names: Vec<&str> = scripts.iter().map(|(s, _)| s.full_name()).collect();
        // A word is shown (and its skeleton kept) up to 80 characters: a hostile "word" can
        // be megabytes long.
        let short = |s: &str| -> String {
            match s.char_indices().nth(80) {
                Some((i, _)) => format!("{}… ({} bytes)", &s[..i], s.len()),
                None => s.to_string(),
            }
        };
        let (w, skeleton_full, skeleton) = (short(&word), skeleton.clone(), short(&skeleton));
        let w = w.as_str();
        let mut f = ctx.finding(
            rule,
            Severity::Medium,
            off,
            off + word.len(),
            if whole {
                format!("\"{}\" is written entirely in {} letters that look Latin{}", w, names.join(", "), swapped_list(&swaps))
            } else {
                format!("\"{}\" mixes {} letters{}", w, names.join(" and "), swapped_list(&swaps))
            },
            format!("The word \"{}\" looks like \"{}\" but uses letters from another alphabet. This is how fake names and addresses are made, and how a text can be marked invisibly.", w, skeleton),
        );
        f.decoded = Some(Decoded {
            scheme: "confusable skeleton (UTS #39)".into(),
            text: Some(short(&skeleton_full)),
            plausibility: 1.0,
            ..Default::default()
        });
        ctx.push(f);
        for (o, c, k) in swaps {
            ctx.mark(
                rule,
                Severity::Medium,
                o,
                o + c.len_utf8(),
                format!(
                    "{} {} looks like '{}'",
                    crate::text::chars::cp_string(c),
                    crate::text::chars::name(c),
                    k
                ),
            );
            ctx.clean(o, o + c.len_utf8(), k);
        }
    }
}
