//! # What it flags
//! Punctuation look-alikes that are rare in prose: modifier letters used as apostrophes
//! (U+02BC `ʼ`, U+02B9 `ʹ`, U+02BB `ʻ`), primes (U+2032 `′`, U+2033 `″`), the acute accent
//! U+00B4 as an apostrophe, Armenian marks in Latin text (U+055A `՚`, U+0589 `։`), the Greek
//! question mark U+037E that looks like a semicolon, Lisu and Vai letters that look like full
//! stops, commas and colons, the one-dot leader U+2024, small-form variants (U+FE50…), and
//! full-width punctuation in text that is not Chinese or Japanese.
//!
//! # Why it matters
//! People do not type these characters; programs do. A rare look-alike in an otherwise ordinary
//! text is a typical way to mark a copy or carry a bit of hidden information (the date-line
//! marker switches between `'`, `’`, `ʼ` and `ʹ`). Text in a script that uses such a mark
//! (a Ukrainian apostrophe between Cyrillic letters, a Greek question mark in Greek) is ordinary
//! writing and is not flagged; a text that also writes the mark the ASCII way is noted.
//!
//! # Example
//! `It` U+02BC `s done` looks like `It's done`.
//!
//! # 中文
//! 标题: 罕见标点
//! 标记什么: 正文中罕见的形近标点：用作撇号的修饰字母（ʼ、ʹ）、全角撇号、各种形近连字符和引号。
//! 为什么重要: 这些字符与常见标点几乎无法分辨，正是 2026 年事件中切换撇号所用的字符。书写系统本身使用的标点（乌克兰语西里尔字母之间的 ʼ、希腊语问号）属于正常书写；文中没有同时使用 ASCII 形式时不会被标记。

use crate::i18n::Msg;
use crate::report::Severity;
use crate::rules::Rule;
use crate::text::{chars, chars::Class, group_by_char, punct, Ctx};
use unicode_script::{Script, UnicodeScript};

fn neighbour_script(text: &str, off: usize, c: char) -> Option<Script> {
    let before = text[..off].chars().next_back();
    let after = text[off + c.len_utf8()..].chars().next();
    [before, after]
        .into_iter()
        .flatten()
        .map(|x| x.script())
        .find(|s| !matches!(s, Script::Common | Script::Inherited))
}

pub(crate) fn run(ctx: &mut Ctx, rule: &Rule) {
    let text = ctx.text;
    let cjk = ctx.scan.is_cjk_text();
    let mut items = Vec::new();
    for o in ctx
        .scan
        .occs
        .iter()
        .filter(|o| o.class == Class::PunctuationVariant && !ctx.explained.contains(&o.off))
    {
        let Some((_, style)) = punct::role_of(o.c) else {
            continue;
        };
        // A character shown by itself (a symbol table, a spinner's frames) is not used as
        // punctuation; nor is CJK punctuation (`〃` U+3003) beside Han or kana.
        if punct::shown_alone(text, o.off, o.off + o.c.len_utf8())
            || punct::in_symbol_run(text, o.off, o.c)
        {
            continue;
        }
        if ('\u{3000}'..='\u{303F}').contains(&o.c)
            && neighbour_script(text, o.off, o.c).is_some_and(|s| {
                matches!(
                    s,
                    Script::Han | Script::Hiragana | Script::Katakana | Script::Hangul
                )
            })
        {
            continue;
        }
        let rare = style == punct::Style::Rare;
        let cjk_out_of_place = style == punct::Style::Cjk
            && !cjk
            && !neighbour_script(text, o.off, o.c)
                .map(|s| {
                    matches!(
                        s,
                        Script::Han | Script::Hiragana | Script::Katakana | Script::Hangul
                    )
                })
                .unwrap_or(false);
        if rare || cjk_out_of_place {
            items.push((o.off, o.c));
        }
    }
    for (c, offs) in group_by_char(items) {
        let (role, style) = punct::role_of(c).unwrap();
        let native = offs
            .iter()
            .all(|&o| match (c, neighbour_script(text, o, c)) {
                ('\u{02BC}' | '\u{02BB}', Some(s)) => s != Script::Latin,
                ('\u{037E}', Some(Script::Greek)) => true,
                ('\u{055A}' | '\u{055B}' | '\u{055D}' | '\u{0589}', Some(Script::Armenian)) => true,
                _ => false,
            });
        // The character the writing system itself uses (Ukrainian and Belarusian spell the
        // apostrophe U+02BC, Greek's question mark is U+037E, Armenian has its own marks):
        // ordinary writing, not a look-alike, when the text writes that mark no other way.
        // Mixed with the ASCII form (`пам'ять`, `обʼєкт`), it is still noted.
        let ascii = role.ascii();
        let also_other_form =
            ascii.chars().any(|a| text.contains(a)) || (ascii == "'" && text.contains('\u{2019}'));
        if native && !also_other_form {
            continue;
        }
        let sev = if style == punct::Style::Cjk || native {
            Severity::Low
        } else {
            Severity::Medium
        };
        let meaning = if style == punct::Style::Cjk {
            Msg::new("full-width-punctuation-meaning").arg("role", punct::role_msg(role.as_str()))
        } else {
            Msg::new("rare-punctuation-meaning")
                .arg("name", chars::name(c))
                .arg("role", punct::role_msg(role.as_str()))
                .arg("ascii", role.ascii())
        };
        ctx.push_grouped(
            rule,
            sev,
            c,
            &offs,
            Msg::new("rare-punctuation")
                .arg("count", offs.len())
                .arg("cp", chars::cp_string(c))
                .arg("name", chars::name(c))
                .arg("role", punct::role_msg(role.as_str())),
            meaning,
            Some(role.ascii().into()),
            false,
        );
    }
}
