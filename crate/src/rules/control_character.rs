//! # What it flags
//! Control characters other than tab, line feed and carriage return: C0 controls (U+0000–
//! U+001F), DEL and C1 controls (U+0080–U+009F), including the escape character that starts
//! terminal escape sequences. C1 controls that are part of mojibake (UTF-8 text read as
//! Windows-1252 or Latin-1, so `–` became `â\u{80}\u{93}`) are a notice that names the
//! text they stood for: a conversion error, not a signal.
//!
//! # Why it matters
//! Control characters do not belong in prose. An escape sequence can recolour, hide or
//! overwrite text when it is printed in a terminal or log viewer, and a NUL can cut a string
//! short in one program and not in another.
//!
//! # Example
//! `ok\u{1b}[8mhidden\u{1b}[0m` prints as `ok` in a terminal; `hidden` is concealed.
//!
//! # 中文
//! 标题: 控制字符
//! 标记什么: 除制表符、换行和回车以外的控制字符：C0 控制字符、DEL 和 C1 控制字符。属于乱码（UTF-8 文字被当作 Windows-1252 或 Latin-1 读取）的 C1 控制字符只作提示，并给出它们原本的文字。
//! 为什么重要: 普通文字里不会出现控制字符；它们可能来自二进制数据，也可能被用来携带标记或干扰显示。

use crate::i18n::Msg;
use crate::report::Severity;
use crate::rules::Rule;
use crate::text::{chars, chars::Class, group_by_char, Ctx};

/// Windows-1252's letters for bytes 0x80–0x9F (the rest of that range reads as the C1 control of
/// the same number, as in Latin-1): the WHATWG encoding standard's table.
const CP1252_HIGH: [(char, u8); 27] = [
    ('€', 0x80),
    ('‚', 0x82),
    ('ƒ', 0x83),
    ('„', 0x84),
    ('…', 0x85),
    ('†', 0x86),
    ('‡', 0x87),
    ('ˆ', 0x88),
    ('‰', 0x89),
    ('Š', 0x8A),
    ('‹', 0x8B),
    ('Œ', 0x8C),
    ('Ž', 0x8E),
    ('\u{2018}', 0x91),
    ('\u{2019}', 0x92),
    ('\u{201C}', 0x93),
    ('\u{201D}', 0x94),
    ('•', 0x95),
    ('–', 0x96),
    ('—', 0x97),
    ('˜', 0x98),
    ('™', 0x99),
    ('š', 0x9A),
    ('›', 0x9B),
    ('œ', 0x9C),
    ('ž', 0x9E),
    ('Ÿ', 0x9F),
];

/// The byte a character stands for when UTF-8 was read as Windows-1252 or Latin-1.
fn latin_byte(c: char) -> Option<u8> {
    match c as u32 {
        0x80..=0xFF => Some(c as u32 as u8),
        _ => CP1252_HIGH.iter().find(|&&(x, _)| x == c).map(|&(_, b)| b),
    }
}

/// When the C1 control at `off` is one byte of a UTF-8 sequence that was read as Windows-1252 or
/// Latin-1 (mojibake), the character it stood for.
pub(crate) fn mojibake_at(text: &str, off: usize) -> Option<char> {
    // The lead byte is at most three characters back; each candidate lead must give a sequence
    // of Latin stand-ins that decodes as one UTF-8 character covering `off`.
    let before: Vec<(usize, char)> = text[..off].char_indices().rev().take(3).collect();
    for (start, lead) in std::iter::once((off, text[off..].chars().next()?)).chain(before) {
        let Some(b0) = latin_byte(lead) else { break };
        let len = match b0 {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => continue,
        };
        let mut bytes = Vec::with_capacity(4);
        let mut end = start;
        for c in text[start..].chars().take(len) {
            match latin_byte(c) {
                Some(b) => bytes.push(b),
                None => break,
            }
            end += c.len_utf8();
        }
        if bytes.len() == len && end > off {
            if let Ok(s) = std::str::from_utf8(&bytes) {
                return s.chars().next();
            }
        }
    }
    None
}

pub(crate) fn run(ctx: &mut Ctx, rule: &Rule) {
    let items: Vec<(usize, char)> = ctx
        .scan
        .occs
        .iter()
        .filter(|o| o.class == Class::Control)
        .map(|o| (o.off, o.c))
        .collect();
    let text = ctx.text;
    for (c, offs) in group_by_char(items) {
        // Mojibake: every one of them is a byte of a misread UTF-8 character.
        let meant: Option<Vec<char>> = offs.iter().map(|&o| mojibake_at(text, o)).collect();
        let (sev, meaning) = match meant.filter(|m| !m.is_empty()) {
            Some(meant) => {
                let mut examples: Vec<String> = Vec::new();
                for m in meant.iter().map(|m| m.to_string()) {
                    if !examples.contains(&m) && examples.len() < 3 {
                        examples.push(m);
                    }
                }
                (
                    Severity::Low,
                    Msg::new("control-character-mojibake-meaning")
                        .arg("count", offs.len())
                        .arg("meant", examples.join(" ")),
                )
            }
            None if c == '\u{1b}' => (Severity::Medium, Msg::new("terminal-escape-meaning")),
            None => (Severity::Medium, Msg::new("control-character-meaning")),
        };
        ctx.push_grouped(
            rule,
            sev,
            c,
            &offs,
            Msg::new("control-character")
                .arg("count", offs.len())
                .arg("cp", chars::cp_string(c))
                .arg("name", chars::name(c)),
            meaning,
            Some(String::new()),
            true,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::mojibake_at;

    /// Reference: encode the real character as UTF-8, read it back as Latin-1 / Windows-1252.
    fn misread(s: &str, cp1252: bool) -> String {
        s.bytes()
            .map(|b| {
                let c = b as char;
                if cp1252 {
                    super::CP1252_HIGH
                        .iter()
                        .find(|&&(_, x)| x == b)
                        .map_or(c, |&(ch, _)| ch)
                } else {
                    c
                }
            })
            .collect()
    }

    #[test]
    fn misread_utf8_is_recognised_and_repaired() {
        for word in ["–", "स्", "шу", "中文", "😀"] {
            for cp1252 in [false, true] {
                let bad = misread(word, cp1252);
                for (o, c) in bad.char_indices() {
                    if ('\u{80}'..='\u{9f}').contains(&c) {
                        let m = mojibake_at(&bad, o).expect("mojibake");
                        assert!(word.contains(m), "{word}: {bad:?} at {o} gave {m}");
                    }
                }
            }
        }
    }

    #[test]
    fn a_lone_c1_control_is_not_mojibake() {
        for t in ["a\u{85}b", "\u{9b}31m", "x \u{80} y", "é\u{85}"] {
            let o = t
                .char_indices()
                .find(|&(_, c)| ('\u{80}'..='\u{9f}').contains(&c))
                .unwrap()
                .0;
            assert_eq!(mojibake_at(t, o), None, "{t:?}");
        }
    }
}
