//! # What it flags
//! Bytes in a file that are not valid UTF-8 (or unpaired halves of UTF-16 surrogate pairs).
//! They are decoded as U+FFFD, each invalid byte's offset is listed, and the rest of the text
//! is checked as usual.
//!
//! # Why it matters
//! Invalid bytes are usually a file saved in another encoding, but they can also hide data that
//! one program shows and another drops. Either way the text you see is not exactly the file.
//!
//! # Example
//! The byte 0xFF in a UTF-8 file is reported at its offset and shown as `�`.
//!
//! # 中文
//! 标题: 无效编码
//! 标记什么: 文件中不是有效 UTF-8 的字节（或 UTF-16 中不成对的代理项）。
//! 为什么重要: 无效字节会在不同程序里显示成不同的样子，也可能藏着数据；报告会标出位置，其余文字照常检查。

use crate::i18n::Msg;
use crate::report::Severity;
use crate::rules::Rule;
use crate::text::Ctx;

pub(crate) fn run(ctx: &mut Ctx, rule: &Rule) {
    // Invalid bytes are known only when the input came as bytes: see `crate::input`.
    let Some(inv) = ctx.invalid.clone() else {
        return;
    };
    if inv.invalid_byte_count == 0 {
        return;
    }
    let offs: Vec<usize> = ctx.text.match_indices('\u{FFFD}').map(|(i, _)| i).collect();
    let (start, end) = offs.first().map(|&o| (o, o + 3)).unwrap_or((0, 0));
    let mut f = ctx.finding(
        rule,
        Severity::Low,
        start,
        end,
        Msg::new("invalid-encoding")
            .arg("count", inv.invalid_byte_count)
            .arg("encoding", &inv.encoding)
            .arg("first", inv.invalid_bytes.first().copied().unwrap_or(0)),
        Msg::new("invalid-encoding-meaning"),
    );
    f.count = inv.invalid_byte_count;
    ctx.push(f);
    for o in offs.into_iter().take(crate::text::MAX_MARKS) {
        ctx.mark(
            rule,
            Severity::Low,
            o,
            o + 3,
            Msg::new("mark-invalid-bytes"),
        );
    }
}
