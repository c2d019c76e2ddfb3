//! # What it flags
//! Unicode tag characters (U+E0020–U+E007E, optionally framed by U+E0001 … U+E007F) outside a
//! flag emoji. Each tag character mirrors one ASCII character and is invisible, so a run of
//! them carries hidden text, which is decoded and shown.
//!
//! # Why it matters
//! Tag characters are invisible in almost every program, yet language models read them. They
//! are used to smuggle instructions into prompts ("ASCII smuggling") and to watermark or
//! fingerprint text. Their only common legitimate use is inside subdivision flag emoji such as
//! England's flag (U+1F3F4 followed by tags `gbeng` and U+E007F), which is not flagged.
//!
//! # Example
//! `Hello` followed by U+E0068 U+E0069 decodes to the hidden text `hi`.
//!
//! # 中文
//! 标题: 标签字符夹带
//! 标记什么: 表情旗帜序列以外的 Unicode 标签字符（U+E0020–U+E007E，可由 U+E0001…U+E007F 包围）。
//! 为什么重要: 标签字符完全不可见，但很多语言模型能读懂它们，因此被用来向模型夹带隐藏指令。解码后的文字会显示出来。

use crate::i18n::Msg;
use crate::report::{Confidence, Decoded, Severity};
use crate::rules::Rule;
use crate::text::{chars::Class, plausible, zw, Ctx};

pub(crate) fn run(ctx: &mut Ctx, rule: &Rule) {
    // Runs of consecutive non-legitimate tag characters.
    let runs = zw::runs_where(ctx, |o| o.class == Class::Tag && !o.legit);
    for run in runs {
        let start = run[0].0;
        let end = run.last().unwrap().0 + 4;
        let text: String = run
            .iter()
            .filter_map(|&(_, c)| {
                let v = c as u32 - 0xE0000;
                (0x20..0x7F)
                    .contains(&v)
                    .then(|| char::from_u32(v).unwrap())
            })
            .collect();
        let score = plausible::score_text(&text);
        let sev = if text.is_empty() {
            Severity::Medium
        } else {
            Severity::Critical
        };
        let mut f = ctx.finding(
            rule,
            sev,
            start,
            end,
            Msg::new("tag-characters").arg("count", run.len()),
            if text.is_empty() {
                Msg::new("tag-characters-unreadable-meaning")
            } else {
                Msg::new("tag-characters-meaning").arg("text", plausible::preview(&text))
            },
        );
        f.covert = !text.is_empty();
        f.confidence = if text.is_empty() {
            Confidence::Medium
        } else {
            Confidence::High
        };
        let nested = ctx.nested(&text);
        f.decoded = Some(Decoded {
            text: Some(text),
            plausibility: score,
            nested,
            ..Decoded::scheme(Msg::new("scheme-tags"))
        });
        ctx.push(f);
        ctx.consume_run(
            rule,
            sev,
            &run,
            Msg::new("mark-tag-text"),
            format!("⟨{} TAG CHARACTERS⟩", run.len()),
        );
    }
}
