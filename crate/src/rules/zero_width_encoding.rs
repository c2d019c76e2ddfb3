//! # What it flags
//! Runs of zero-width characters (U+200B–U+200F, U+2060–U+2064, U+FEFF, U+180E, U+034F…) that
//! decode to a message under a published scheme: "Sneaky Bits" (U+2062 = 0, U+2064 = 1, most
//! significant bit first), binary with two zero-width characters (optionally a third as a
//! separator), and base-3, base-4, base-5 and base-6 alphabets of zero-width characters with
//! the digit widths public tools use (e.g. zwsp-steg's 11 base-3 or 7 base-5 digits per UTF-16
//! unit). Every hypothesis is tried; the most plausible text is shown with how sure we are.
//! Long runs that decode to nothing readable are still reported.
//!
//! # Why it matters
//! Zero-width characters are invisible and survive copy and paste, so they are the most common
//! way to hide a message, a tracking ID or an instruction to a language model inside ordinary
//! text. Legitimate uses (a joiner inside an emoji, or in Persian and Indic spelling) are not
//! flagged.
//!
//! # Example
//! `Hello` followed by eight characters U+2062/U+2064 spelling `01101000` (then more) decodes
//! under Sneaky Bits to the letter `h` and on to the hidden text.
//!
//! # 中文
//! 标题: 零宽字符编码
//! 标记什么: 按公开方案解码出消息的零宽字符序列：Sneaky Bits、两种字符的二进制、三到六进制字母表等。每种假设都会尝试，并显示最可信的结果及把握程度。
//! 为什么重要: 零宽字符不可见，复制粘贴后仍然存在，是隐藏消息、追踪编号或给语言模型的指令最常见的方式。表情符号和波斯文、印度文字拼写中的合法用法不会被标记。

use crate::i18n::Msg;
use crate::report::{Alternative, Confidence, Decoded, Severity};
use crate::rules::Rule;
use crate::text::{plausible, zw, Ctx};

/// Streams longer than this are decoded on their first part only.
const MAX_SYMBOLS: usize = 1 << 16;

#[derive(Clone, Copy)]
enum Unit {
    Utf8,
    Utf16,
    Ascii7,
}

fn name(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

/// Values (each `width` digits in `base`) to text.
fn digits_to_text(ds: &[u32], base: u32, width: usize, unit: Unit) -> Option<String> {
    if ds.len() < width || ds.len() % width != 0 {
        return None;
    }
    let vals: Vec<u32> = ds
        .chunks(width)
        .map(|ch| {
            ch.iter()
                .fold(0u32, |a, &d| a.saturating_mul(base).saturating_add(d))
        })
        .collect();
    match unit {
        Unit::Utf8 => {
            if vals.iter().any(|&v| v > 255) {
                return None;
            }
            String::from_utf8(vals.iter().map(|&v| v as u8).collect()).ok()
        }
        Unit::Ascii7 => {
            if vals.iter().any(|&v| v > 127) {
                return None;
            }
            Some(vals.iter().map(|&v| v as u8 as char).collect())
        }
        Unit::Utf16 => plausible::utf16_to_string(&vals),
    }
}

fn width_for(base: u32, max: u32) -> usize {
    let mut w = 1;
    let mut cap = base;
    while cap < max {
        cap = cap.saturating_mul(base);
        w += 1;
    }
    w
}

fn permutations(items: &[char]) -> Vec<Vec<char>> {
    if items.len() <= 1 {
        return vec![items.to_vec()];
    }
    let mut out = Vec::new();
    for i in 0..items.len() {
        let mut rest = items.to_vec();
        let x = rest.remove(i);
        for mut p in permutations(&rest) {
            p.insert(0, x);
            out.push(p);
        }
    }
    out
}

/// Every reading of the stream: (scheme, text). A symbol that appears only as the first and/or
/// last character is a frame marker (tools wrap the payload in U+FEFF): readings without it
/// are tried too.
pub fn hypotheses(stream: &[char]) -> Vec<(String, String)> {
    let mut out = readings(stream);
    if stream.len() > 2 {
        let (first, last) = (stream[0], stream[stream.len() - 1]);
        for m in [first, last] {
            let inner = &stream[usize::from(first == m)..stream.len() - usize::from(last == m)];
            if !inner.contains(&m) && !inner.is_empty() {
                for (s, t) in readings(inner) {
                    out.push((format!("{} (framed by {})", s, name(m)), t));
                }
            }
        }
    }
    out
}

fn readings(stream: &[char]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut syms: Vec<char> = stream.to_vec();
    syms.sort_unstable();
    syms.dedup();
    let k = syms.len();
    let digits = |order: &[char], s: &[char]| -> Vec<u32> {
        s.iter()
            .map(|c| order.iter().position(|o| o == c).unwrap_or(0) as u32)
            .collect()
    };
    // Sneaky Bits.
    if syms.iter().all(|c| matches!(c, '\u{2062}' | '\u{2064}')) {
        let ds = digits(&['\u{2062}', '\u{2064}'], stream);
        if let Some(t) = digits_to_text(&ds, 2, 8, Unit::Utf8) {
            out.push(("Sneaky Bits (U+2062 = 0, U+2064 = 1)".into(), t));
        }
    }
    if k == 2 {
        for order in [[syms[0], syms[1]], [syms[1], syms[0]]] {
            let ds = digits(&order, stream);
            for (w, unit, u) in [
                (8, Unit::Utf8, "bytes"),
                (16, Unit::Utf16, "UTF-16 units"),
                (7, Unit::Ascii7, "7-bit ASCII"),
            ] {
                if let Some(t) = digits_to_text(&ds, 2, w, unit) {
                    out.push((
                        format!(
                            "binary, {} = 0, {} = 1, {}",
                            name(order[0]),
                            name(order[1]),
                            u
                        ),
                        t,
                    ));
                }
            }
        }
    }
    if k == 3 {
        // Two symbols as bits, the third as a separator between characters.
        for sep in &syms {
            let bits: Vec<char> = syms.iter().copied().filter(|c| c != sep).collect();
            for order in [[bits[0], bits[1]], [bits[1], bits[0]]] {
                let mut t = String::new();
                let mut ok = true;
                for group in stream.split(|c| c == sep).filter(|g| !g.is_empty()) {
                    if group.len() > 21 {
                        ok = false;
                        break;
                    }
                    let v = group
                        .iter()
                        .fold(0u32, |a, c| a * 2 + (*c == order[1]) as u32);
                    match char::from_u32(v) {
                        Some(ch) => t.push(ch),
                        _ => {
                            ok = false;
                            break;
                        }
                    }
                }
                if ok && !t.is_empty() {
                    out.push((
                        format!(
                            "binary per character, {} = 0, {} = 1, separated by {}",
                            name(order[0]),
                            name(order[1]),
                            name(*sep)
                        ),
                        t,
                    ));
                }
            }
        }
    }
    if (3..=6).contains(&k) {
        let base = k as u32;
        let orders: Vec<Vec<char>> = if k <= 4 {
            permutations(&syms)
        } else {
            vec![syms.clone(), syms.iter().rev().copied().collect()]
        };
        let mut widths: Vec<(usize, Unit, &str)> = vec![
            (width_for(base, 256), Unit::Utf8, "bytes"),
            (width_for(base, 65536), Unit::Utf16, "UTF-16 units"),
        ];
        // zwsp-steg pads to 11 base-3 digits and 7 base-5 digits per UTF-16 unit.
        if k == 3 {
            widths.push((11, Unit::Utf16, "UTF-16 units, zwsp-steg"));
        }
        if k == 5 {
            widths.push((7, Unit::Utf16, "UTF-16 units, zwsp-steg"));
        }
        for order in &orders {
            let ds = digits(order, stream);
            for &(w, unit, u) in &widths {
                if let Some(t) = digits_to_text(&ds, base, w, unit) {
                    let alpha: Vec<String> = order.iter().map(|&c| name(c)).collect();
                    out.push((
                        format!("base-{} ({}), {} digits per {}", k, alpha.join(" "), w, u),
                        t,
                    ));
                }
            }
        }
    }
    out
}

/// The best reading (score, scheme, text) and the runners-up.
pub fn best(stream: &[char]) -> Option<((f64, String, String), Vec<Alternative>)> {
    // A prior per layout: named tools and whole bytes first, 7-bit ASCII last.
    let prior = |scheme: &str| {
        if scheme.contains("Sneaky Bits") || scheme.contains("zwsp-steg") {
            1.0
        } else if scheme.contains("7-bit") {
            0.9
        } else if scheme.contains("UTF-16") {
            0.95
        } else {
            0.97
        }
    };
    let mut scored: Vec<(f64, String, String)> = hypotheses(stream)
        .into_iter()
        .map(|(s, t)| (plausible::score_text(&t) * prior(&s), s, t))
        .collect();
    scored.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap().then(a.1.cmp(&b.1)));
    let first = scored.first()?.clone();
    let alts = scored
        .iter()
        .skip(1)
        .take(4)
        .map(|(s, n, t)| Alternative {
            scheme: n.clone(),
            plausibility: *s,
            preview: plausible::preview(t),
        })
        .collect();
    Some((first, alts))
}

pub(crate) fn run(ctx: &mut Ctx, rule: &Rule) {
    let runs = zw::runs(ctx);
    // Each run, and (when the characters are spread out one or a few per gap) all of them together.
    // All runs together come first: a message spread a byte per word gap only reads as one.
    // When it does not decode, the runs are tried (and reported) one by one.
    let mut streams: Vec<Vec<(usize, char)>> = vec![];
    let all: Vec<(usize, char)> = runs.iter().flatten().copied().collect();
    let combined = runs.len() > 1 && all.len() >= 8;
    if combined {
        streams.push(all);
    }
    streams.extend(runs.iter().filter(|r| r.len() >= 4).cloned());
    let mut done: std::collections::HashSet<usize> = std::collections::HashSet::new();
    for (k, s) in streams.into_iter().enumerate() {
        let whole = combined && k == 0;
        if s.iter().all(|(o, _)| done.contains(o)) {
            continue;
        }
        let mut chars: Vec<char> = s.iter().map(|x| x.1).collect();
        chars.truncate(MAX_SYMBOLS);
        let start = s[0].0;
        let end = s.last().map(|&(o, c)| o + c.len_utf8()).unwrap();
        let found = best(&chars);
        let decoded = found.as_ref().filter(|((score, _, _), _)| *score >= 0.55);
        if let Some(((score, scheme, text), alts)) = decoded {
            let mut f = ctx.finding(
                rule,
                Severity::Critical,
                start,
                end,
                Msg::new("zero-width-message").arg("count", s.len()),
                Msg::new("zero-width-message-meaning").arg("text", plausible::preview(text)),
            );
            f.covert = true;
            f.confidence = Confidence::from_score(*score);
            f.count = s.len();
            f.decoded = Some(Decoded {
                scheme: scheme.clone(),
                text: Some(text.clone()),
                plausibility: *score,
                alternatives: alts.clone(),
                nested: ctx.nested(text),
                ..Default::default()
            });
            ctx.push(f);
        } else if s.len() >= 8 && !whole {
            let mut syms: Vec<char> = chars.clone();
            syms.sort_unstable();
            syms.dedup();
            if syms.len() < 2 {
                continue;
            }
            let mut f = ctx.finding(
                rule,
                Severity::High,
                start,
                end,
                Msg::new("zero-width-undecoded")
                    .arg("count", s.len())
                    .arg("symbols", syms.len()),
                Msg::new("zero-width-undecoded-meaning"),
            );
            f.confidence = Confidence::Medium;
            f.count = s.len();
            if let Some(((score, scheme, text), _)) = found {
                f.decoded = Some(Decoded {
                    bytes_hex: Some(plausible::hex_preview(text.as_bytes())),
                    plausibility: score,
                    ..Decoded::scheme(Msg::new("scheme-best-guess").arg("scheme", scheme.as_str()))
                });
            }
            ctx.push(f);
        } else {
            continue;
        }
        for &(o, c) in &s {
            done.insert(o);
            ctx.explained.insert(o);
            ctx.mark(
                rule,
                Severity::Critical,
                o,
                o + c.len_utf8(),
                Msg::new("mark-zero-width"),
            );
            ctx.clean(o, o + c.len_utf8(), "");
            ctx.reveal(o, o + c.len_utf8(), crate::text::chars::marker(c));
        }
    }
}
