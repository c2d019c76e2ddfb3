//! # What it flags
//! Control characters other than tab, line feed and carriage return: C0 controls (U+0000–
//! U+001F), DEL and C1 controls (U+0080–U+009F), including the escape character that starts
//! terminal escape sequences.
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
//! 标记什么: 除制表符、换行和回车以外的控制字符：C0 控制字符、DEL 和 C1 控制字符。
//! 为什么重要: 普通文字里不会出现控制字符；它们可能来自二进制数据，也可能被用来携带标记或干扰显示。

use crate::i18n::Msg;
use crate::report::Severity;
use crate::rules::Rule;
use crate::text::{chars, chars::Class, group_by_char, Ctx};

pub(crate) fn run(ctx: &mut Ctx, rule: &Rule) {
    let items: Vec<(usize, char)> = ctx
        .scan
        .occs
        .iter()
        .filter(|o| o.class == Class::Control)
        .map(|o| (o.off, o.c))
        .collect();
    for (c, offs) in group_by_char(items) {
        let esc = c == '\u{1b}';
        ctx.push_grouped(
            rule,
            Severity::Medium,
            c,
            &offs,
            Msg::new("control-character")
                .arg("count", offs.len())
                .arg("cp", chars::cp_string(c))
                .arg("name", chars::name(c)),
            Msg::new(if esc {
                "terminal-escape-meaning"
            } else {
                "control-character-meaning"
            }),
            Some(String::new()),
            true,
        );
    }
}
