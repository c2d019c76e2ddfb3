//! # What it flags
//! Spaces other than the ordinary U+0020: no-break space U+00A0, the typographic spaces
//! U+2000–U+200A, narrow no-break U+202F, medium mathematical U+205F, ogham U+1680,
//! ideographic U+3000 outside Chinese or Japanese text, and blank-looking letters used as
//! fake spaces (Hangul fillers U+3164, U+115F, U+1160, U+FFA0, Braille blank U+2800).
//!
//! # Why it matters
//! Different spaces look identical but are different characters, so they can mark a copy of a
//! text, make identical-looking strings differ, or (the fillers) pass for empty names and
//! blank messages. One no-break space is common in edited text and only noted.
//!
//! # Example
//! `10\u{00A0}km` uses a no-break space (ordinary); `\u{3164}` as a user name looks empty.
//!
//! # 中文
//! 标题: 特殊空格
//! 标记什么: 普通空格 U+0020 以外的空格：不换行空格、各种排版空格、表意空格，以及显示为空白的字母（如韩文填充符 U+3164）。
//! 为什么重要: 它们看起来和普通空格一样，可以在复制的文字里留下标记，或让名字、消息看起来是空的。中文排版中常见的全角空格不会被当作可疑。

use crate::i18n::Msg;
use crate::report::Severity;
use crate::rules::Rule;
use crate::text::{chars, chars::Class, group_by_char, Ctx};

fn near_cjk(text: &str, off: usize) -> bool {
    let before = text[..off].chars().next_back();
    let after = text[off..].chars().nth(1);
    before.map(chars::is_han_or_kana).unwrap_or(false)
        || after.map(chars::is_han_or_kana).unwrap_or(false)
}

pub(crate) fn run(ctx: &mut Ctx, rule: &Rule) {
    let text = ctx.text;
    let cjk = ctx.scan.is_cjk_text();
    let items: Vec<(usize, char)> = ctx
        .scan
        .occs
        .iter()
        .filter(|o| o.class == Class::ExoticSpace && !ctx.explained.contains(&o.off))
        .filter(|o| !(o.c == '\u{3000}' && (cjk || near_cjk(text, o.off))))
        // The blank braille cell among other braille cells is braille (art, spinners, text).
        .filter(|o| !(o.c == '\u{2800}' && near_braille(text, o.off)))
        .map(|o| (o.off, o.c))
        .collect();
    for (c, offs) in group_by_char(items) {
        let filler = chars::is_filler(c);
        let sev = if filler {
            Severity::Medium
        } else {
            Severity::Low
        };
        let meaning = Msg::new(if filler {
            "exotic-space-filler-meaning"
        } else {
            "exotic-space-meaning"
        })
        .arg("name", chars::name(c));
        ctx.push_grouped(
            rule,
            sev,
            c,
            &offs,
            Msg::new("exotic-space")
                .arg("count", offs.len())
                .arg("cp", chars::cp_string(c))
                .arg("name", chars::name(c)),
            meaning,
            Some(" ".into()),
            true,
        );
    }
}

/// Another braille pattern within 8 characters either side.
fn near_braille(text: &str, off: usize) -> bool {
    let is = |c: char| ('\u{2801}'..='\u{28FF}').contains(&c);
    text[..off].chars().rev().take(8).any(is) || text[off..].chars().skip(1).take(8).any(is)
}
