//! # What it flags
//! Invisible and format characters (general category Cf and other default-ignorable code
//! points: zero-width space U+200B, word joiner U+2060, invisible operators U+2061–U+2064,
//! soft hyphen U+00AD, U+FEFF inside text, U+180E…) that no decoder explained. Joiners inside an
//! emoji sequence or in Persian and Indic spelling, and a byte-order mark at the very start,
//! are legitimate and not flagged.
//!
//! # Why it matters
//! A character you cannot see can carry information (a watermark, a user ID, one bit of a
//! message), split a word so filters miss it, or make two strings that look equal differ.
//! When there are only a few of them no message can be decoded, but they should not be there.
//!
//! # Example
//! `pass\u{200B}word` looks like `password` but is not equal to it.
//!
//! # 中文
//! 标题: 不可见字符
//! 标记什么: 不可见的格式字符（Cf 类及其他默认可忽略的码位），如零宽空格、零宽连接符、字节顺序标记、词连接符。表情符号序列和各文种拼写中的合法用法不会被标记。
//! 为什么重要: 不可见字符在复制粘贴后仍然存在，是在普通文字中隐藏消息、追踪编号或给语言模型的指令最常见的方式。

use crate::report::Severity;
use crate::rules::Rule;
use crate::text::{chars, chars::Class, group_by_char, Ctx};

pub(crate) fn run(ctx: &mut Ctx, rule: &Rule) {
    let items: Vec<(usize, char)> = ctx
        .scan
        .occs
        .iter()
        .filter(|o| o.class == Class::Invisible && !o.legit && !ctx.explained.contains(&o.off))
        .map(|o| (o.off, o.c))
        .collect();
    for (c, offs) in group_by_char(items) {
        let sev = if c == '\u{00AD}' {
            Severity::Low
        } else {
            Severity::Medium
        };
        let meaning = if c == '\u{00AD}' {
            "Soft hyphens are invisible hyphenation hints, common in text copied from web pages; they still make words differ from how they look.".to_string()
        } else {
            format!(
                "{} invisible character(s) ({}) sit in the text. They cannot be seen, but they change what the text is and can carry hidden information.",
                offs.len(),
                chars::name(c)
            )
        };
        ctx.push_grouped(
            rule,
            sev,
            c,
            &offs,
            format!(
                "{} × {} {}",
                offs.len(),
                chars::cp_string(c),
                chars::name(c)
            ),
            meaning,
            Some(String::new()),
            true,
        );
    }
}
