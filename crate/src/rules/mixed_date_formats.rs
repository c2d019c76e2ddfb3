//! # What it flags
//! A text whose dates are written in more than one pattern (see the date inventory:
//! `YYYY-MM-DD`, `YYYY/MM/DD`, `DD.MM.YYYY`, `MM/DD/YYYY`, `Month D, YYYY`, `D Month YYYY`,
//! `YYYY年M月D日`, full-width digits). The same order with different separators (`2026-04-03`
//! next to `2026/04/03`) is medium severity when that is the only difference; different
//! conventions are low, and so is a separator switch in a text that also writes dates in other
//! conventions (a collection of quoted sources, where no single writer set the format).
//!
//! # Why it matters
//! A program that writes dates writes them one way. A text that switches separators for the
//! same kind of date is what a hidden switch leaves behind (the date-line marker turns `-` into
//! `/` to signal the user's timezone). People mixing "April 3, 2026" and "2026-04-03" is common.
//!
//! # Example
//! `Released 2026-04-01. Today is 2026/04/03.` mixes separators.
//!
//! # 中文
//! 标题: 混用日期格式
//! 标记什么: 同一段文字里的日期用了不止一种写法（如 2026-04-03 和 2026/04/03）。
//! 为什么重要: 日期格式的变化可以用来编码信息，2026 年的事件正是把“-”换成“/”。单独出现时通常只是编辑习惯。

use crate::i18n::Msg;
use crate::report::Severity;
use crate::rules::Rule;
use crate::text::Ctx;

fn shape(p: &str) -> String {
    p.chars()
        .map(|c| if matches!(c, '-' | '/' | '.') { '_' } else { c })
        .collect()
}

pub(crate) fn run(ctx: &mut Ctx, rule: &Rule) {
    if !ctx.dates.mixed {
        return;
    }
    let pats = ctx.dates.patterns.clone();
    // The same order with only the separator switched (`2026-04-03` beside `2026/04/03`), and
    // nothing else: a text that also writes dates in another convention (`October 2, 2024`)
    // was written by several hands, and a switch of separator there says nothing.
    let mut shapes: Vec<String> = pats.iter().map(|p| shape(&p.0)).collect();
    shapes.sort();
    shapes.dedup();
    let same_order = pats.len() > 1 && shapes.len() == 1;
    // Point at the first date of the least frequent pattern.
    let rare = &pats.last().unwrap().0;
    let d = ctx
        .dates
        .dates
        .iter()
        .find(|d| &d.pattern == rare)
        .unwrap()
        .clone();
    let list: Vec<String> = pats.iter().map(|(p, n)| format!("{} ×{}", p, n)).collect();
    let sev = if same_order {
        Severity::Medium
    } else {
        Severity::Low
    };
    let mut f = ctx.finding(
        rule,
        sev,
        d.location.byte_offset,
        d.location.byte_offset + d.location.byte_len,
        Msg::new("mixed-date-formats")
            .arg("count", pats.len())
            .arg("patterns", list.join(", ")),
        Msg::new(if same_order {
            "mixed-date-formats-separator-meaning"
        } else {
            "mixed-date-formats-style-meaning"
        }),
    );
    f.count = ctx.dates.dates.len();
    ctx.push(f);
    let dates = ctx.dates.dates.clone();
    // In the cleaned text, dates of the same order take the most common separator, so the
    // switch (a possible fingerprint) is not passed on.
    if same_order {
        let major = &pats[0].0;
        let sep_of = |p: &str| p.chars().find(|c| matches!(c, '-' | '/' | '.'));
        if let Some(want) = sep_of(major) {
            for d in dates
                .iter()
                .filter(|d| &d.pattern != major && shape(&d.pattern) == shape(major))
            {
                if let Some(have) = sep_of(&d.pattern) {
                    let (a, b) = (
                        d.location.byte_offset,
                        d.location.byte_offset + d.location.byte_len,
                    );
                    ctx.clean(a, b, d.text.replace(have, &want.to_string()));
                }
            }
        }
    }
    for d in dates.iter().filter(|d| &d.pattern == rare) {
        ctx.mark(
            rule,
            sev,
            d.location.byte_offset,
            d.location.byte_offset + d.location.byte_len,
            Msg::new("mark-date-written-as").arg("pattern", d.pattern.as_str()),
        );
    }
}
