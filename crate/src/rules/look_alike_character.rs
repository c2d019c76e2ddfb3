//! # What it flags
//! Single letters inside Latin words that come from blocks people do not type in ordinary
//! writing but that look like plain ASCII letters or digits: IPA letters (`ɑ` U+0251, `ɡ`
//! U+0261), letterlike symbols (`ℓ`, `ℯ`), mathematical alphanumerics (`𝐚`, `𝖺`), full-width
//! Latin letters outside Chinese or Japanese text, small capitals and the like. Accented letters
//! of European languages (Latin-1, Latin Extended-A) are ordinary and not flagged.
//!
//! # Why it matters
//! These letters pass as their ASCII twins to a reader but not to a program: a search, a
//! filter or a comparison treats the word as different, and a copy of a text can be marked by
//! them without any visible change.
//!
//! # Example
//! `ɑpple` (IPA U+0251) looks like `apple`.
//!
//! # 中文
//! 标题: 形近字母
//! 标记什么: 拉丁单词中混入的、来自人们平时不会输入的字母块的单个字母，例如西里尔字母 а 替换拉丁字母 a。
//! 为什么重要: 形近字母能让一个词看起来不变，却骗过搜索和过滤，或在文字中留下可以追踪的标记。

use crate::i18n::Msg;
use crate::report::{Decoded, Severity};
use crate::rules::Rule;
use crate::text::Ctx;
use unicode_script::{Script, UnicodeScript};
use unicode_security::MixedScript;

use super::mixed_script_word::ascii_skeleton;

fn unusual_block(c: char) -> bool {
    matches!(c as u32,
        0x0180..=0x024F // Latin Extended-B
        | 0x0250..=0x02AF // IPA Extensions
        | 0x1D00..=0x1DBF // Phonetic Extensions
        | 0x2100..=0x214F // Letterlike Symbols
        | 0x2C60..=0x2C7F // Latin Extended-C
        | 0xA720..=0xA7FF // Latin Extended-D
        | 0xAB30..=0xAB6F // Latin Extended-E
        | 0xFF21..=0xFF5A // full-width Latin
        | 0x1D400..=0x1D7FF // Mathematical Alphanumeric Symbols
        | 0x1F100..=0x1F1FF // enclosed alphanumerics supplement
        | 0x2460..=0x24FF // enclosed alphanumerics
    )
}

/// Latin letters of orthographies that pass for ASCII ones, with the letters that show a text is
/// in such an orthography: dotless `ı` is Turkish and Azerbaijani (with ğ, ş, İ, ə); kra `ĸ`
/// and long `ſ` belong to no orthography in use.
const DOTLESS: &[(char, char, &str)] = &[('ı', 'i', "ğşİĞŞəƏ"), ('ĸ', 'k', ""), ('ſ', 'f', "")];

/// Letters outside Latin-1 and Latin Extended-A that living orthographies write as ordinary
/// letters (CLDR exemplar characters): Azerbaijani and Tatar `ə`, the `ɛ ɔ ŋ ɓ ɗ ƙ ƴ ɲ ʋ ɣ ʃ ʒ
/// ɨ ʉ ǝ` of African languages (Akan, Ewe, Hausa, Lingala, Fula…), Sami `ŋ`, Khoekhoe clicks.
/// One of them in a single word is a mark; in several words the text is written with it.
const ORTHOGRAPHIC: &str = "əƏɛƐɔƆŋŊɓƁɗƊƙƘƴƳɲƝʋƲɣƔʃƩʒƷɨƗʉɄǝƎǀǁǂǃ";

/// Distinct words of the text holding a letter of [`ORTHOGRAPHIC`] (counted up to 3).
fn orthographic_words(text: &str, words: &[(usize, usize)]) -> usize {
    let mut seen: Vec<&str> = Vec::new();
    for &(a, b) in words {
        let w = &text[a..b];
        if w.chars().any(|c| ORTHOGRAPHIC.contains(c)) && !seen.contains(&w) {
            seen.push(w);
            if seen.len() >= 3 {
                break;
            }
        }
    }
    seen.len()
}

pub(crate) fn run(ctx: &mut Ctx, rule: &Rule) {
    let cjk = ctx.scan.is_cjk_text();
    let latin_text = ctx.dominant_script() == Script::Latin;
    // Whether the text holds one of a letter's orthography markers: looked up once per letter.
    let mut has_markers: Vec<Option<bool>> = vec![None; DOTLESS.len()];
    let mut hits = Vec::new();
    let mut orthography: Option<bool> = None;
    let text = ctx.text;
    let words = ctx.words().to_vec();
    for (off, w) in words.iter().map(|&(a, b)| (a, &text[a..b])) {
        // A letter of an orthography the text is not in, inside an otherwise plain ASCII word
        // (`dısable` in English): judged by the rest of the text, not by the letter alone.
        let non_ascii: Vec<(usize, char)> =
            w.char_indices().filter(|(_, c)| !c.is_ascii()).collect();
        if latin_text
            && non_ascii.len() == 1
            && w.chars().filter(|c| c.is_ascii_alphabetic()).count() >= 2
        {
            let (i, c) = non_ascii[0];
            if let Some(d) = DOTLESS.iter().position(|d| d.0 == c) {
                let (_, k, markers) = DOTLESS[d];
                let marked = *has_markers[d].get_or_insert_with(|| {
                    !markers.is_empty() && text.contains(|x: char| markers.contains(x))
                });
                if !marked {
                    hits.push((off + i, c, k.to_string(), w.to_string(), off));
                    continue;
                }
            }
            // A letter from a block of rare letters that is the word's only non-ASCII one, even
            // when the confusables data gives it no ASCII twin (`ⱴase`, `ꬺove`).
            // (Accented letters such as Vietnamese `ư` decompose to a letter and a mark: those
            // belong to an orthography.)
            let plain = unicode_normalization::UnicodeNormalization::nfd(
                c.encode_utf8(&mut [0; 4]).as_ref() as &str,
            )
            .count()
                == 1;
            if plain
                && ORTHOGRAPHIC.contains(c)
                && *orthography.get_or_insert_with(|| orthographic_words(text, &words) >= 2)
            {
                continue;
            }
            if plain
                && unusual_block(c)
                && c.is_alphabetic()
                && c.script() == Script::Latin
                && ascii_skeleton(c).is_none()
                && !(cjk && (0xFF21..=0xFF5A).contains(&(c as u32)))
            {
                let base: String = unicode_normalization::UnicodeNormalization::nfkd(
                    c.encode_utf8(&mut [0; 4]).as_ref() as &str,
                )
                .filter(|x| x.is_ascii())
                .collect();
                hits.push((
                    off + i,
                    c,
                    if base.is_empty() { "?".into() } else { base },
                    w.to_string(),
                    off,
                ));
                continue;
            }
        }
        // Only words with a letter from an unusual block; mixed-script words are the other rule's.
        // A lone symbol (`ℹ️`, `𝕏` as a logo) is not a word.
        if !w.chars().any(unusual_block)
            || !w.is_single_script()
            || w.chars().filter(|c| c.is_alphanumeric()).nth(1).is_none()
        {
            continue;
        }
        // A word written mostly in other non-ASCII letters (a table of accented letters, a
        // language's own alphabet) does not imitate an ASCII word.
        let ascii_letters = w.chars().filter(|c| c.is_ascii_alphanumeric()).count();
        let other_letters = w
            .chars()
            .filter(|&c| c.is_alphabetic() && !c.is_ascii() && !unusual_block(c))
            .count();
        if other_letters > ascii_letters.max(1) {
            continue;
        }
        for (i, c) in w.char_indices() {
            if c.is_ascii() || !c.is_alphanumeric() || !unusual_block(c) {
                continue;
            }
            if cjk && (0xFF21..=0xFF5A).contains(&(c as u32)) {
                continue;
            }
            if !matches!(c.script(), Script::Latin | Script::Common) {
                continue;
            }
            if let Some(k) = ascii_skeleton(c) {
                if k.chars().all(|x| x.is_ascii_alphanumeric()) {
                    hits.push((off + i, c, k, w.to_string(), off));
                }
            }
        }
    }
    for (o, c, k, w, woff) in hits {
        let fixed: String = w
            .chars()
            .map(|x| if x == c { k.clone() } else { x.to_string() })
            .collect();
        let mut f = ctx.finding(
            rule,
            Severity::Medium,
            o,
            o + c.len_utf8(),
            Msg::new("look-alike-character")
                .arg("cp", crate::text::chars::cp_string(c))
                .arg("name", crate::text::chars::name(c))
                .arg("like", &k)
                .arg("word", &w),
            Msg::new("look-alike-character-meaning")
                .arg("word", &w)
                .arg("fixed", &fixed),
        );
        f.decoded = Some(Decoded {
            text: Some(fixed),
            plausibility: 1.0,
            ..Decoded::scheme(Msg::new("scheme-skeleton"))
        });
        let _ = woff;
        ctx.push(f);
        ctx.mark(
            rule,
            Severity::Medium,
            o,
            o + c.len_utf8(),
            Msg::new("mark-look-alike").arg("of", k.to_string()),
        );
        ctx.clean(o, o + c.len_utf8(), k);
    }
}
