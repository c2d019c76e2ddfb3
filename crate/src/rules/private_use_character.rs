//! # What it flags
//! Private-use characters (U+E000–U+F8FF and planes 15–16) and code points not assigned in
//! the Unicode version Telltale knows.
//!
//! # Why it matters
//! Their meaning depends on a private agreement (often an icon font), so different programs
//! show them differently, and they can carry data no reader can see or interpret. Icon fonts in
//! copied web text are the common harmless cause.
//!
//! # Example
//! `\u{E000}` renders as a box or an icon depending on the font.
//!
//! # 中文
//! 标题: 私用区字符
//! 标记什么: 私用区字符（U+E000–U+F8FF 和第 15、16 平面）以及当前 Unicode 版本未分配的码位。
//! 为什么重要: 私用字符在不同字体下显示不同，或根本不显示，可以用来携带标记。图标字体会合法地使用它们。

use crate::i18n::Msg;
use crate::report::Severity;
use crate::rules::Rule;
use crate::text::{chars, chars::Class, group_by_char, Ctx};

pub(crate) fn run(ctx: &mut Ctx, rule: &Rule) {
    let items: Vec<(usize, char)> = ctx
        .scan
        .occs
        .iter()
        .filter(|o| o.class == Class::PrivateUse)
        .map(|o| (o.off, o.c))
        .collect();
    for (c, offs) in group_by_char(items) {
        let cat = chars::category_abbr(c);
        ctx.push_grouped(
            rule,
            Severity::Low,
            c,
            &offs,
            Msg::new(if cat == "Co" {
                "private-use-character"
            } else {
                "unassigned-character"
            })
            .arg("count", offs.len())
            .arg("cp", chars::cp_string(c)),
            Msg::new("private-use-character-meaning"),
            None,
            true,
        );
    }
}
