//! # What it flags
//! Words whose letters come from more than one script in a way no real word does (UTS #39
//! mixed-script detection), such as a Latin word with a Cyrillic `а` in it, and words written
//! entirely in look-alike letters of another script inside Latin text (Cyrillic `раураl`).
//! Each is shown with its skeleton: what it looks like (`pаypаl.com` → `paypal.com`).
//! Text that is simply Russian, Greek or Chinese is not flagged, nor are scripts that are
//! ordinarily written together (Japanese kanji with kana, Chinese with Latin abbreviations
//! as separate words). A word is judged letter by letter with UTS #39's confusables data: it is
//! flagged only when letters of one script pass for letters of the script the word is in
//! (`JSON에서`, `PRలో`, `الhtml` mix scripts but nothing in them looks like anything else, so
//! they are ordinary). Right-to-left letters are never taken for Latin ones. Words are split at
//! dots, underscores and apostrophes, so a domain is judged label by label (`торты.ru`). A
//! Latin letter inside a Cyrillic or Greek word (`Cодержание`, most often a typing slip) is a
//! notice; letters that make a word pass for a Latin one are medium. A whole word of
//! look-alikes counts when three quarters of its letters pass for Latin, its script is under a
//! fifth of the text and the line around it holds no letter of that script without a Latin
//! twin (Russian quoted in English has `к`, `и`; a sentence of look-alike words does not).
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
//! 标记什么: 字母来自多种文种、且其中某一文种的字母能冒充单词所属文种字母的单词（按 UTS #39 的混淆字符数据逐字判定）。韩文助词接在拉丁词后、印度文字后缀、阿拉伯文前缀等正常混写不会被标记；从右向左书写的字母不视为拉丁字母的形近字；域名按点分段判断。西里尔或希腊单词中的拉丁字母（多为输入失误）只作提示。
//! 为什么重要: 这是仿冒域名、绕过过滤和隐藏标记的常用手法。

use crate::i18n::Msg;
use crate::report::{Decoded, Severity};
use crate::rules::Rule;
use crate::text::chars::floor_char;
use crate::text::Ctx;
use std::collections::HashMap;
use std::sync::OnceLock;
use unicode_script::Script;
use unicode_security::MixedScript;

/// The skeleton of one character when it is ASCII (what it is mistaken for), else `None`.
pub(crate) fn ascii_skeleton(c: char) -> Option<String> {
    let s: String = unicode_security::skeleton(c.encode_utf8(&mut [0; 4])).collect();
    (s.is_ascii() && !s.is_empty() && s != c.to_string()).then_some(s)
}

/// The letters and digits of a word by script (Common and Inherited left out), most first.
fn word_scripts(w: &str) -> Vec<(Script, usize)> {
    let mut v: Vec<(Script, usize)> = Vec::new();
    for c in w.chars().filter(|c| crate::text::chars::is_alnum(*c)) {
        let s = crate::text::chars::script(c);
        if matches!(s, Script::Common | Script::Inherited | Script::Unknown) {
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

/// The letters of the scripts that have look-alikes in the confusables data, by skeleton:
/// built once from UTS #39's skeleton function over their blocks.
fn by_skeleton() -> &'static HashMap<String, Vec<char>> {
    static MAP: OnceLock<HashMap<String, Vec<char>>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m: HashMap<String, Vec<char>> = HashMap::new();
        let ranges = [
            (0x30u32, 0x39u32),
            (0x41, 0x5A),
            (0x61, 0x7A),
            (0x370, 0x3FF),   // Greek
            (0x400, 0x52F),   // Cyrillic
            (0x531, 0x587),   // Armenian
            (0x10A0, 0x10FF), // Georgian
            (0x13A0, 0x13F5), // Cherokee
            (0x2C80, 0x2CFF), // Coptic
        ];
        for (lo, hi) in ranges {
            for c in (lo..=hi)
                .filter_map(char::from_u32)
                .filter(|c| crate::text::chars::is_alnum(*c))
            {
                let k: String = unicode_security::skeleton(c.encode_utf8(&mut [0; 4])).collect();
                m.entry(k).or_default().push(c);
            }
        }
        m
    })
}

/// The letter of `script` that `c` looks like (its UTS #39 skeleton is that letter's), if any.
pub(crate) fn looks_like(c: char, script: Script) -> Option<char> {
    // A direct-mapped cache: the same letters are looked up again and again (every Cyrillic
    // word of a mixed text), and a skeleton is computed by UTS #39's decomposition each time.
    const SLOTS: usize = 2048;
    thread_local! {
        static CACHE: std::cell::RefCell<Vec<(u32, Script, Option<char>)>> =
            std::cell::RefCell::new(vec![(u32::MAX, Script::Unknown, None); SLOTS]);
    }
    let k = c as u32;
    let slot = ((k ^ (k >> 11) ^ (script as u32).wrapping_mul(0x9E37)) as usize) & (SLOTS - 1);
    if let Some(hit) = CACHE.with(|m| {
        let e = m.borrow()[slot];
        (e.0 == k && e.1 == script).then_some(e.2)
    }) {
        return hit;
    }
    let v = looks_like_uncached(c, script);
    CACHE.with(|m| m.borrow_mut()[slot] = (k, script, v));
    v
}

/// [`looks_like`] without the cache (its reference in the tests).
fn looks_like_uncached(c: char, script: Script) -> Option<char> {
    // Letters of right-to-left scripts are not read as Latin ones, whatever their shape
    // (Arabic alef and `l`, Hebrew samekh and `o`): the direction of the text gives them away.
    if matches!(
        crate::text::chars::script(c),
        Script::Arabic | Script::Hebrew | Script::Syriac | Script::Thaana | Script::Nko
    ) {
        return None;
    }
    if script == Script::Latin {
        return ascii_skeleton(c).and_then(|k| {
            let mut it = k.chars();
            match (it.next(), it.next()) {
                (Some(x), None) if x.is_ascii_alphanumeric() => Some(x),
                _ => None,
            }
        });
    }
    let k: String = unicode_security::skeleton(c.encode_utf8(&mut [0; 4])).collect();
    by_skeleton()
        .get(&k)?
        .iter()
        .copied()
        .find(|&x| x != c && crate::text::chars::script(x) == script)
}

/// Letters of other scripts whose UTS #39 skeleton is one ASCII letter or digit (Cyrillic `а`,
/// Greek `ο`): built once from the same blocks as [`by_skeleton`].
fn latin_twins() -> &'static std::collections::HashSet<char> {
    static SET: OnceLock<std::collections::HashSet<char>> = OnceLock::new();
    SET.get_or_init(|| {
        by_skeleton()
            .iter()
            .filter(|(k, _)| k.len() == 1 && k.as_bytes()[0].is_ascii_alphanumeric())
            .flat_map(|(_, v)| v.iter().copied().filter(|c| !c.is_ascii()))
            .collect()
    })
}

/// Whether the line around the word at `a..b` is really written in `script` too: a letter of
/// it that has no Latin twin (`к`, `и`, `λ`) within 300 bytes on the same line. Russian quoted
/// in English text has them; a sentence of look-alike words (`аррӏе`, `раураӏ`) does not.
fn script_written_nearby(text: &str, a: usize, b: usize, script: Script) -> bool {
    let (wl, wh) = (
        floor_char(text, a.saturating_sub(300)),
        floor_char(text, b.saturating_add(300)),
    );
    let ls = text[wl..a].rfind('\n').map_or(wl, |i| wl + i + 1);
    let le = text[b..wh].find('\n').map_or(wh, |i| b + i);
    let twins = latin_twins();
    text[ls..a].chars().chain(text[b..le].chars()).any(|c| {
        c.is_alphabetic()
            && !c.is_ascii()
            && crate::text::chars::script(c) == script
            && !twins.contains(&c)
    })
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
        return "none".into();
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
    parts.join(", ")
}

pub(crate) fn run(ctx: &mut Ctx, rule: &Rule) {
    let text = ctx.text;
    let dominant = ctx.dominant_script();
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
        // Scripts written together in ordinary words (Japanese kanji with kana, Korean hanja
        // with hangul) count as one (UTS #39's augmented script sets).
        let mixed = scripts.len() > 1 && !w.is_single_script();
        // A whole word of look-alikes from another script, alone in a line of Latin text
        // (Cyrillic `аррӏе` in an English sentence, a one-letter Cyrillic `а` in code).
        // At least three quarters of its letters pass for Latin ones (`Русский` in a list of
        // languages does not: к, и, й), its script is rare in the text, and no other word of it
        // is on the line.
        let whole = !mixed
            && scripts.len() == 1
            && scripts[0].0 != Script::Latin
            && dominant == Script::Latin
            && latin_share >= 0.5
            && ctx.scan.share(scripts[0].0) < 0.2
            && {
                let letters: Vec<char> = w
                    .chars()
                    .filter(|c| crate::text::chars::is_alnum(*c) && !c.is_ascii())
                    .collect();
                let alike = letters
                    .iter()
                    .filter(|&&c| looks_like(c, Script::Latin).is_some())
                    .count();
                alike * 4 >= letters.len() * 3
                    && !script_written_nearby(text, off, off + w.len(), scripts[0].0)
                    // A one-letter abbreviation (`р.` for rouble) is a word of its language, and
                    // one letter after a number is notation (`3α`, `15μ`).
                    && !(letters.len() == 1
                        && (text[off + w.len()..].starts_with('.') || w.starts_with(|c: char| c.is_ascii_digit())))
                    // A letter shown by itself in quotes or a table cell is data, not a word.
                    && !(letters.len() == 1
                        && crate::text::punct::shown_alone(text, off, off + w.len())
                        && crate::text::punct::in_char_list(text, off, off + w.len()))
            };
        if !(mixed || whole) {
            continue;
        }
        // The script the word pretends to be in: Latin for a whole look-alike word; otherwise
        // the word's own majority (the text's dominant script on a tie).
        // On a tie, the script that is not Latin when the text is really written in it (a Greek
        // `Tι` typed with a Latin T in a Greek README), else the text's dominant one.
        let main = if whole {
            Script::Latin
        } else if dominant == Script::Latin
            && scripts.iter().any(|s| s.0 == Script::Latin)
            && !scripts.iter().any(|s| {
                // (unless the text is really written in that script too: ten letters of it
                // outside this word, and 5% of all)
                s.0 != Script::Latin
                    && ctx.scan.share(s.0) >= 0.05
                    && ctx.scan.script_letters.get(&s.0).copied().unwrap_or(0) >= s.1 + 10
            })
            && w.chars().all(|c| {
                c.is_ascii()
                    || !crate::text::chars::is_alnum(c)
                    || crate::text::chars::script(c) == Script::Latin
                    || looks_like(c, Script::Latin).is_some()
            })
        {
            // In Latin text, a word whose other letters all pass for Latin ones pretends to be
            // Latin, however many of them there are (`аррlе` with one real `l`).
            Script::Latin
        } else if scripts.len() > 1 && scripts[0].1 == scripts[1].1 {
            match scripts
                .iter()
                .find(|s| s.0 != Script::Latin && ctx.scan.share(s.0) >= 0.05)
            {
                Some(s) => s.0,
                None if scripts.iter().any(|s| s.0 == dominant) => dominant,
                None => scripts[0].0,
            }
        } else {
            scripts[0].0
        };
        let mut skeleton = String::new();
        let mut swaps = Vec::new();
        for (i, c) in w.char_indices() {
            let s = crate::text::chars::script(c);
            // (An ASCII letter is a minority letter when the word is in another script.)
            if (!c.is_ascii() || main != Script::Latin)
                && crate::text::chars::is_alnum(c)
                && s != main
                && !matches!(s, Script::Common | Script::Inherited)
            {
                if let Some(k) = looks_like(c, main) {
                    skeleton.push(k);
                    swaps.push((off + i, c, k.to_string()));
                    continue;
                }
            }
            skeleton.push(c);
        }
        // Full-width Latin letters are visibly wide: a word holding them (a charset table's
        // `ｗｘｙｚΑ`) does not pass for a plain Latin word.
        if w.chars().any(|c| ('\u{FF21}'..='\u{FF5A}').contains(&c)) {
            continue;
        }
        // Letters of two scripts none of which passes for the other's (`JSON에서`, `PRలో`,
        // `الhtml`): ordinary writing, not a look-alike.
        if swaps.is_empty() {
            continue;
        }
        found.push((off, w.to_string(), skeleton, swaps, scripts, whole, main));
    }
    for (off, word, skeleton, swaps, scripts, whole, main) in found {
        // Look-alikes that make a word pass for a Latin one are how fake names and addresses are
        // made; a Latin letter inside a Cyrillic or Greek word reads the same and is most often
        // a typing slip: a notice.
        let sev = if main == Script::Latin {
            Severity::Medium
        } else {
            Severity::Low
        };
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
            sev,
            off,
            off + word.len(),
            if whole {
                Msg::new("mixed-script-whole")
                    .arg("word", w)
                    .arg("scripts", names.join(", "))
                    .arg("swapped", swapped_list(&swaps))
            } else {
                Msg::new("mixed-script-word")
                    .arg("word", w)
                    .arg("scripts", names.join(" + "))
                    .arg("swapped", swapped_list(&swaps))
            },
            Msg::new("mixed-script-word-meaning")
                .arg("word", w)
                .arg("skeleton", &skeleton),
        );
        f.decoded = Some(Decoded {
            text: Some(short(&skeleton_full)),
            plausibility: 1.0,
            ..Decoded::scheme(Msg::new("scheme-skeleton"))
        });
        ctx.push(f);
        for (o, c, k) in swaps {
            ctx.mark(
                rule,
                sev,
                o,
                o + c.len_utf8(),
                Msg::new("mark-looks-like")
                    .arg("cp", crate::text::chars::cp_string(c))
                    .arg("name", crate::text::chars::name(c))
                    .arg("of", k.to_string()),
            );
            ctx.clean(o, o + c.len_utf8(), k);
        }
    }
}

#[cfg(test)]
mod cache_tests {
    use super::*;

    /// The cached look-alike lookup answers what the uncached one answers, for every letter of
    /// the blocks that have look-alikes, asked twice and against three scripts (slots collide).
    #[test]
    fn cached_looks_like_matches_uncached() {
        for script in [Script::Latin, Script::Cyrillic, Script::Greek] {
            for k in (0x20u32..0x600).chain(0x1D00..0x1F00).chain(0xA640..0xA800) {
                let Some(c) = char::from_u32(k) else { continue };
                let want = looks_like_uncached(c, script);
                assert_eq!(looks_like(c, script), want, "{:?} {:?}", c, script);
                assert_eq!(looks_like(c, script), want, "{:?} {:?} (again)", c, script);
            }
        }
    }
}
