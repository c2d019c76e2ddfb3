//! # What it flags
//! Messages hidden in the spaces and tabs at the ends of lines, as SNOW (`stegsnow`) writes
//! them: after a tab that marks the start, each group of 0–7 spaces ended by a tab carries
//! three bits. Plain messages and SNOW's built-in Huffman-compressed form (`-C`) are decoded;
//! the encrypted form (`-p`) is detected but cannot be read. A simpler layout (space = 0,
//! tab = 1) is tried as well.
//!
//! # Why it matters
//! Trailing whitespace is invisible in nearly every viewer and survives e-mail and copy and
//! paste, so it can carry a message or an identifier alongside a perfectly ordinary text.
//! Editors leave a stray trailing space now and then, and Markdown uses two spaces for a line
//! break; those are not flagged, nor are lone tabs left on many lines by an editor. Tabs and
//! spaces laid out in SNOW's pattern (groups of spaces closed by tabs) over several lines are.
//!
//! # Example
//! A poem whose lines end in tabs and spaces produced by `stegsnow -m "meet at dawn"` decodes
//! to `meet at dawn`.
//!
//! # 中文
//! 标题: 行尾空白隐写
//! 标记什么: 藏在行尾空格和制表符中的消息，如 SNOW（stegsnow）的写法；支持普通和 Huffman 压缩模式，加密的只能识别。
//! 为什么重要: 行尾空白在几乎所有编辑器里都看不见，复制文字时也常常被保留。

use crate::i18n::Msg;
use crate::report::{Alternative, Confidence, Decoded, Severity};
use crate::rules::Rule;
use crate::text::{plausible, snow_huffman::HUFFCODES, Ctx};

/// Trailing whitespace of every line: (start byte, end byte).
pub(crate) fn trailing(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        let body = line.strip_suffix('\r').unwrap_or(line);
        let trimmed = body.trim_end_matches([' ', '\t']);
        if trimmed.len() < body.len() {
            out.push((start + trimmed.len(), start + body.len()));
        }
        start += line.len() + 1;
    }
    out
}

/// SNOW's extraction: the bits, in order, as `stegsnow` reads them.
pub fn snow_bits(text: &str, ws: &[(usize, usize)]) -> (Vec<u8>, usize) {
    let mut bits = Vec::new();
    let mut started = false;
    let mut lines = 0;
    for &(a, b) in ws {
        let Some(mut s) = text.as_bytes().get(a..b) else {
            continue;
        };
        if !started {
            if s.first() != Some(&b'\t') {
                continue;
            }
            started = true;
            s = &s[1..];
            if s.is_empty() {
                continue;
            }
        }
        lines += 1;
        let mut spc = 0u8;
        let emit = |spc: u8, bits: &mut Vec<u8>| {
            if spc <= 7 {
                bits.extend([spc & 1, (spc >> 1) & 1, (spc >> 2) & 1]);
            }
        };
        for &c in s {
            if c == b' ' {
                spc = spc.saturating_add(1);
            } else {
                emit(spc, &mut bits);
                spc = 0;
            }
        }
        if spc > 0 {
            emit(spc, &mut bits);
        }
    }
    (bits, lines)
}

fn bytes_of(bits: &[u8]) -> Vec<u8> {
    bits.chunks_exact(8)
        .map(|c| c.iter().fold(0u8, |a, &b| a << 1 | b))
        .collect()
}

/// SNOW's code table as a map from a code (its bits after a leading 1, so that `01` and `1`
/// differ) to the byte, and the longest code's length. Built once.
fn huffman_table() -> &'static (std::collections::HashMap<u32, u8>, usize) {
    static TABLE: std::sync::OnceLock<(std::collections::HashMap<u32, u8>, usize)> =
        std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let map = HUFFCODES
            .iter()
            .enumerate()
            .map(|(i, code)| {
                let key = code
                    .bytes()
                    .fold(1u32, |k, c| k << 1 | u32::from(c == b'1'));
                (key, i as u8)
            })
            .collect();
        let longest = HUFFCODES.iter().map(|c| c.len()).max().unwrap_or(0);
        (map, longest)
    })
}

/// SNOW's Huffman decompression: one table lookup per bit (linear in the bits). Stops when
/// the bits since the last code are longer than any code (nothing can match any more).
pub fn huffman(bits: &[u8]) -> Vec<u8> {
    let (table, longest) = huffman_table();
    let mut out = Vec::new();
    let (mut key, mut len) = (1u32, 0usize);
    for &b in bits {
        key = key << 1 | u32::from(b == 1);
        len += 1;
        if let Some(&byte) = table.get(&key) {
            out.push(byte);
            (key, len) = (1, 0);
        } else if len >= *longest {
            break;
        }
    }
    out
}

/// Strip trailing NULs and a final partial character that padding may leave.
fn trim_tail(mut b: Vec<u8>) -> Vec<u8> {
    while b.last() == Some(&0) {
        b.pop();
    }
    b
}

fn text_of(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

pub(crate) fn run(ctx: &mut Ctx, rule: &Rule) {
    let text = ctx.text;
    let ws = trailing(text);
    if ws.is_empty() {
        return;
    }
    let has_tab = ws
        .iter()
        .any(|&(a, b)| text.as_bytes()[a..b].contains(&b'\t'));
    if !has_tab {
        return;
    }
    let (bits, lines) = snow_bits(text, &ws);
    // SNOW's layout proper: groups of spaces closed by tabs. Lone tabs and lone runs of spaces
    // at line ends (an editor's indentation left on blank lines, Markdown breaks) carry no such
    // groups, however many lines have them.
    let groups = ws
        .iter()
        .map(|&(a, b)| {
            text.as_bytes()[a..b]
                .windows(2)
                .filter(|w| w == b" \t")
                .count()
        })
        .sum::<usize>();
    let mut cands: Vec<(f64, String, Vec<u8>)> = Vec::new();
    // Without two such groups there is no SNOW message to read: the bits would be the editor's.
    if bits.len() >= 8 && groups >= 2 {
        let plain = trim_tail(bytes_of(&bits));
        cands.push((
            plausible::score_text(&text_of(&plain)),
            "SNOW (stegsnow), plain".into(),
            plain,
        ));
        // SNOW's Huffman table is tuned for English, so it turns noise into letters: a
        // decompressed reading must be clearly text to count.
        let huff = trim_tail(huffman(&bits));
        let hs = plausible::score_text_strict(&text_of(&huff));
        cands.push((
            if hs >= 0.8 { hs } else { hs * 0.6 },
            "SNOW (stegsnow -C), Huffman-compressed".into(),
            huff,
        ));
    }
    // space = 0 / tab = 1 over all trailing whitespace, both ways round.
    let raw: Vec<u8> = ws
        .iter()
        .flat_map(|&(a, b)| text.as_bytes()[a..b].iter().map(|&c| (c == b'\t') as u8))
        .collect();
    if raw.len() >= 16 {
        for (inv, label) in [
            (false, "trailing whitespace, space = 0, tab = 1"),
            (true, "trailing whitespace, tab = 0, space = 1"),
        ] {
            let bs: Vec<u8> = raw.iter().map(|&b| b ^ inv as u8).collect();
            let by = trim_tail(bytes_of(&bs));
            if std::str::from_utf8(&by).is_ok() {
                cands.push((plausible::score_text(&text_of(&by)), label.into(), by));
            }
        }
    }
    cands.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap());
    let start = ws[0].0;
    let end = ws.last().unwrap().1;
    let best = cands.first().cloned();
    let decoded_ok = best.as_ref().map(|b| b.0 >= 0.6).unwrap_or(false);
    let snow_shaped = lines >= 3 && bits.len() >= 24 && groups >= 4;
    if !decoded_ok && !snow_shaped {
        return;
    }
    let mut f = if decoded_ok {
        let (score, scheme, bytes) = best.clone().unwrap();
        let t = text_of(&bytes);
        let mut f = ctx.finding(
            rule,
            Severity::Critical,
            start,
            end,
            Msg::new("snow-message").arg("lines", ws.len()),
            Msg::new("snow-message-meaning").arg("text", plausible::preview(&t)),
        );
        f.covert = true;
        f.confidence = Confidence::from_score(score);
        f.decoded = Some(Decoded {
            scheme,
            nested: ctx.nested(&t),
            text: Some(t),
            plausibility: score,
            alternatives: cands[1..]
                .iter()
                .map(|(s, n, b)| Alternative {
                    scheme: n.clone(),
                    plausibility: *s,
                    preview: plausible::preview(&text_of(b)),
                })
                .collect(),
            ..Default::default()
        });
        f
    } else {
        let mut f = ctx.finding(
            rule,
            Severity::High,
            start,
            end,
            Msg::new("snow-layout").arg("lines", ws.len()),
            Msg::new("snow-layout-meaning"),
        );
        // Without a readable message this is strong but not certain evidence: suspicious.
        f.confidence = Confidence::Medium;
        f.decoded = Some(Decoded {
            encrypted: true,
            bytes_hex: Some(plausible::hex_preview(&bytes_of(&bits))),
            plausibility: best.map(|b| b.0).unwrap_or(0.0),
            ..Decoded::scheme(Msg::new("scheme-snow-encrypted"))
        });
        f
    };
    f.count = ws.len();
    ctx.push(f);
    let sev = if decoded_ok {
        Severity::Critical
    } else {
        Severity::High
    };
    for &(a, b) in &ws {
        ctx.mark(rule, sev, a, b, Msg::new("mark-whitespace-data"));
        ctx.clean(a, b, "");
        let shown: String = text[a..b]
            .chars()
            .map(|c| if c == '\t' { '⇥' } else { '·' })
            .collect();
        ctx.reveal(a, b, shown);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The former decoder: the bits as a string, compared with every code after each bit.
    fn huffman_naive(bits: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut cur = String::new();
        for &b in bits {
            cur.push(if b == 1 { '1' } else { '0' });
            if let Some(i) = HUFFCODES.iter().position(|c| *c == cur) {
                out.push(i as u8);
                cur.clear();
            }
            if cur.len() >= 255 {
                break;
            }
        }
        out
    }

    #[test]
    fn huffman_table_decodes_as_the_code_list() {
        // Every code alone, all codes in a row, and pseudo-random bits (xorshift).
        let all: Vec<u8> = HUFFCODES
            .iter()
            .flat_map(|c| c.bytes().map(|b| (b == b'1') as u8))
            .collect();
        assert_eq!(huffman(&all), (0..=255u8).collect::<Vec<u8>>());
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        for n in [0, 1, 7, 100, 5000] {
            let bits: Vec<u8> = (0..n)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    (x & 1) as u8
                })
                .collect();
            assert_eq!(huffman(&bits), huffman_naive(&bits), "{n} bits");
        }
        // A run of zeros matches no code: both stop.
        assert_eq!(huffman(&[0; 300]), huffman_naive(&[0; 300]));
    }
}
