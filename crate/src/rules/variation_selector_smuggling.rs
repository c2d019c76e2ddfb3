//! # What it flags
//! Runs of variation selectors (U+FE00–U+FE0F, U+E0100–U+E01EF) after a character, which
//! carry bytes: byte b < 16 is U+FE00+b, otherwise U+E0100+b−16 (the published scheme); the
//! other published layouts (U+E0100+b for every byte; two selectors per byte, high and low
//! nibble) are tried too, and the most plausible reading is shown.
//!
//! # Why it matters
//! A variation selector only chooses a glyph variant, and most programs draw nothing for it, so
//! an emoji or a letter can carry any number of hidden bytes through copy and paste. A single
//! selector after an emoji (VS16 in ❤️) or an ideograph (an ideographic variation sequence) is
//! ordinary and not flagged. The verdict follows what was decoded: a run is `covert` only when
//! a message is read out of it; eight or more selectors that read as no text are suspicious
//! (possibly encrypted); a doubled emoji selector (`❤️️`) or another short run is a notice. One
//! selector after a letter or digit of a word (`value\u{E0100}` in code) is medium: the name
//! looks the same and is not.
//!
//! # Example
//! `😀` followed by U+E0158 U+E0155 U+E015C U+E015C U+E015F decodes to `hello`.
//!
//! # 中文
//! 标题: 变体选择符夹带
//! 标记什么: 字符后面的一串变体选择符（U+FE00–U+FE0F、U+E0100–U+E01EF），超出正常用法，并按公开方案解码。只有解码出消息时才判为"隐蔽"；8 个以上却读不出文字为可疑；表情后重复的选择符等短串只作提示；单词或标识符中字母后的选择符为中等严重度。
//! 为什么重要: 一个表情符号后面可以附上任意多个不可见的变体选择符，每个携带一个字节，可以藏下整段消息。

use crate::i18n::Msg;
use crate::report::{Alternative, Confidence, Decoded, Severity};
use crate::rules::Rule;
use crate::text::{chars::Class, plausible, zw, Ctx};

fn vs_index(c: char) -> u32 {
    let v = c as u32;
    if v >= 0xE0100 {
        v - 0xE0100 + 16
    } else {
        v - 0xFE00
    }
}

/// Candidate byte strings under each published layout.
fn readings(run: &[char]) -> Vec<(&'static str, Vec<u8>)> {
    let mut out = Vec::new();
    // Layout 1: b < 16 → U+FE00+b, else U+E0100+b−16.
    out.push((
        "variation selectors, one byte each (FE00+b / E0100+b−16)",
        run.iter().map(|&c| vs_index(c) as u8).collect(),
    ));
    // Layout 2: U+E0100+b for every byte.
    if run.iter().all(|&c| c as u32 >= 0xE0100) {
        out.push((
            "variation selectors, one byte each (E0100+b)",
            run.iter().map(|&c| (c as u32 - 0xE0100) as u8).collect(),
        ));
    }
    // Layout 3: basic selectors as nibbles, high then low (and low then high).
    if run.len() % 2 == 0 && run.iter().all(|&c| (c as u32) < 0xFE10) {
        let n: Vec<u8> = run.iter().map(|&c| (c as u32 - 0xFE00) as u8).collect();
        out.push((
            "variation selectors as nibbles (high, low)",
            n.chunks(2).map(|p| p[0] << 4 | p[1]).collect(),
        ));
        out.push((
            "variation selectors as nibbles (low, high)",
            n.chunks(2).map(|p| p[1] << 4 | p[0]).collect(),
        ));
    }
    out
}

pub(crate) fn run(ctx: &mut Ctx, rule: &Rule) {
    let runs = zw::runs_where(ctx, |o| o.class == Class::VariationSelector && !o.legit);
    for run in runs {
        let start = run[0].0;
        let end = run.last().map(|&(o, c)| o + c.len_utf8()).unwrap();
        let cs: Vec<char> = run.iter().map(|x| x.1).collect();
        // What the selectors follow: after a letter or digit of a word (`value󠄀` in code) they
        // make a name differ from how it looks; after an emoji or symbol they are a slip.
        let before = ctx.text[..start].chars().next_back();
        let in_word =
            before.is_some_and(|p| p.is_alphanumeric() && !crate::text::chars::is_pictographic(p));
        if cs.len() < 2 {
            // One stray selector: odd, not a message.
            let sev = if in_word {
                Severity::Medium
            } else {
                Severity::Low
            };
            let f = ctx.finding(
                rule,
                sev,
                start,
                end,
                Msg::new(if in_word {
                    "variation-selector-in-word"
                } else {
                    "variation-selector-stray"
                }),
                Msg::new(if in_word {
                    "variation-selector-in-word-meaning"
                } else {
                    "variation-selector-stray-meaning"
                }),
            );
            ctx.push(f);
            ctx.mark(rule, sev, start, end, Msg::new("mark-stray-selector"));
            ctx.clean(start, end, "");
            ctx.explained.insert(start);
            continue;
        }
        let mut scored: Vec<(f64, &str, Vec<u8>, Option<String>)> = readings(&cs)
            .into_iter()
            .map(|(name, bytes)| match plausible::score_bytes(&bytes) {
                Some((s, t)) => (s, name, bytes, Some(t)),
                None => (0.0, name, bytes, None),
            })
            .collect();
        scored.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap());
        let (score, scheme, bytes, text) = scored[0].clone();
        // A payload that is mostly hidden characters scores low as text but is itself a
        // finding: when the reading hides something else, it is the right reading.
        let nested = text.as_deref().and_then(|t| ctx.nested(t));
        let hides_more = text
            .as_deref()
            .map(|t| t.chars().any(crate::text::chars::is_default_ignorable))
            .unwrap_or(false);
        // A reading that is itself a hidden message counts; one that is only control bytes
        // (two doubled selectors read as U+000F U+000F) does not.
        let nested_covert = nested
            .as_ref()
            .is_some_and(|n| n.verdict == crate::report::Verdict::Covert);
        let decoded_ok = score >= 0.5 || nested_covert || hides_more;
        // Covert only with a message read out of them. Unreadable bytes are a finding when there
        // are enough to carry something (8 or more: possibly encrypted); a doubled emoji
        // selector (`❤️️`) or a pair is a slip.
        let enough = cs.len() >= 8;
        let sev = if decoded_ok {
            Severity::Critical
        } else if enough {
            Severity::High
        } else {
            Severity::Low
        };
        let mut f = ctx.finding(
            rule,
            sev,
            start,
            end,
            Msg::new("variation-selectors").arg("count", cs.len()),
            if decoded_ok {
                Msg::new("variation-selectors-message-meaning")
                    .arg("text", plausible::preview(text.as_deref().unwrap_or("")))
            } else if !enough {
                Msg::new("variation-selectors-few-meaning").arg("count", cs.len())
            } else {
                Msg::new("variation-selectors-bytes-meaning")
                    .arg("count", cs.len())
                    .arg("bytes", bytes.len())
            },
        );
        f.covert = decoded_ok;
        f.confidence = if decoded_ok {
            Confidence::from_score(score)
        } else {
            Confidence::Medium
        };
        f.decoded = Some(Decoded {
            scheme: scheme.into(),
            text: if decoded_ok { text.clone() } else { None },
            bytes_hex: (!decoded_ok).then(|| plausible::hex_preview(&bytes)),
            plausibility: score,
            alternatives: scored[1..]
                .iter()
                .map(|(s, n, b, t)| Alternative {
                    scheme: (*n).into(),
                    plausibility: *s,
                    preview: t
                        .as_deref()
                        .map(plausible::preview)
                        .unwrap_or_else(|| plausible::hex_preview(b)),
                })
                .collect(),
            nested,
            ..Default::default()
        });
        ctx.push(f);
        ctx.consume_run(
            rule,
            sev,
            &run,
            Msg::new("mark-selector-bytes"),
            format!("⟨{} VARIATION SELECTORS⟩", cs.len()),
        );
    }
}
