//! # What it flags
//! The same punctuation role written in two styles in one text: straight and curly apostrophes
//! (`'` and `’`), or straight and curly double quotes. Text whose script uses full-width
//! punctuation (Chinese, Japanese) is not flagged for mixing. With the option to clean
//! punctuation, this rule also writes typographic punctuation as ASCII in the cleaned text.
//!
//! # Why it matters
//! Mixed styles are common when text is pasted together, so alone they are only a notice. They
//! are also what a hidden switch between look-alike characters leaves behind, so the inventory
//! shows every variant with its places.
//!
//! # Example
//! `don't` and `Today’s` in one text use two different apostrophes.
//!
//! # 中文
//! 标题: 混用标点
//! 标记什么: 同一种标点用了两种写法：直撇号和弯撇号、直引号和弯引号等。中文文本使用全角标点是正常的，不会被标记。
//! 为什么重要: 标点写法的切换可以携带一两个比特的信息；更常见的原因是文字来自不同的编辑器。

use crate::i18n::Msg;
use crate::report::Severity;
use crate::rules::Rule;
use crate::text::{chars::Class, punct, Ctx};

pub(crate) fn run(ctx: &mut Ctx, rule: &Rule) {
    let roles = ctx.punctuation.clone();
    for r in roles.iter().filter(|r| r.mixed) {
        let ascii = r.variants.iter().find(|v| v.style == "ascii");
        let typo = r.variants.iter().find(|v| v.style == "typographic");
        let (Some(a), Some(t)) = (ascii, typo) else {
            continue;
        };
        // Point at the first place of the less frequent style.
        let minority = if a.count <= t.count { a } else { t };
        let Some(first) = minority.positions.first() else {
            continue;
        };
        let styles: Vec<String> = r
            .variants
            .iter()
            .map(|v| format!("{} {} ×{}", v.ch, v.code_point, v.count))
            .collect();
        let mut f = ctx.finding(
            rule,
            Severity::Low,
            first.byte_offset,
            first.byte_offset + first.byte_len,
            Msg::new("mixed-punctuation")
                .arg("role", punct::role_msg(&r.role))
                .arg("count", r.variants.len())
                .arg("styles", styles.join(", ")),
            Msg::new("mixed-punctuation-meaning").arg("role", punct::role_msg(&r.role)),
        );
        f.count = minority.count;
        ctx.push(f);
    }
    if ctx.opts.ascii_punctuation {
        let cjk = ctx.scan.is_cjk_text();
        let edits: Vec<(usize, char, &'static str)> = ctx
            .scan
            .occs
            .iter()
            .filter(|o| o.class == Class::PunctuationVariant && !ctx.explained.contains(&o.off))
            .filter_map(|o| {
                let (role, style) = punct::role_of(o.c)?;
                (style != punct::Style::Cjk || !cjk).then_some((o.off, o.c, role.ascii()))
            })
            .collect();
        for (o, c, a) in edits {
            ctx.clean(o, o + c.len_utf8(), a);
        }
    }
}
