//! Byte offset → (line, grapheme column, UTF-16 offset), resolved for many offsets in one
//! forward pass. [`resolve`] is the fast path; [`resolve_naive`] is its reference, and a
//! property test checks they agree.

use std::collections::HashMap;
use unicode_segmentation::UnicodeSegmentation;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
    pub utf16: usize,
}

/// Length of `s` in UTF-16 code units, from its bytes: one unit per character (every byte
/// but continuation bytes `10xxxxxx` starts one) and a second for each four-byte character
/// (lead byte `11110xxx`). A loop the compiler vectorises, with no character decoding; the
/// property test `utf16_len_counts_what_chars_count` checks it against `chars()`.
pub fn utf16_len(s: &str) -> usize {
    s.as_bytes()
        .iter()
        .map(|&b| ((b & 0xC0) != 0x80) as usize + (b >= 0xF0) as usize)
        .sum()
}

/// Resolve every offset (need not be sorted; must be char boundaries, may equal `text.len()`).
pub fn resolve(text: &str, offsets: &[usize]) -> HashMap<usize, Pos> {
    let mut offs: Vec<usize> = offsets
        .iter()
        .copied()
        .filter(|&o| o <= text.len())
        .collect();
    offs.sort_unstable();
    offs.dedup();
    let mut out = HashMap::with_capacity(offs.len());
    let bytes = text.as_bytes();
    let mut line = 1usize;
    let mut col = 1usize;
    let mut cursor = 0usize; // a grapheme boundary on the current line
    let mut utf16 = 0usize; // UTF-16 offset of `cursor`
    let mut line_end = 0usize;
    let mut line_end_of = 0usize; // the line `line_end` belongs to
                                  // The grapheme starting at `cursor`: its end once known, and the last offset resolved
                                  // inside it with its UTF-16 offset, so a huge cluster (a base followed by millions of
                                  // combining characters) is segmented once, not once per offset.
    let mut gend: Option<usize> = None;
    let mut probe = (0usize, 0usize);
    for off in offs {
        // Move to the line holding `off`.
        while let Some(nl) = memchr(b'\n', &bytes[cursor..off]) {
            let next = cursor + nl + 1;
            utf16 += utf16_len(&text[cursor..next]);
            cursor = next;
            line += 1;
            col = 1;
            gend = None;
        }
        if let Some(e) = gend {
            if off < e {
                let u = probe.1 + utf16_len(&text[probe.0..off]);
                probe = (off, u);
                out.insert(
                    off,
                    Pos {
                        line,
                        column: col,
                        utf16: u,
                    },
                );
                continue;
            }
        }
        // ASCII fast path up to the byte before `off` (each ASCII char there is its own grapheme).
        if off > cursor + 1 && bytes[cursor..off - 1].is_ascii() {
            let step = off - 1 - cursor;
            col += step;
            utf16 += step;
            cursor = off - 1;
            gend = None;
        }
        // The line's end is searched once per line, not once per offset.
        if line_end < off || line_end_of != line {
            line_end = memchr(b'\n', &bytes[off..])
                .map(|i| off + i)
                .unwrap_or(text.len());
            line_end_of = line;
        }
        // Walk graphemes to the one containing `off`.
        if off > cursor || gend.is_none() {
            gend = None;
            for g in text[cursor..line_end].graphemes(true) {
                if cursor + g.len() > off {
                    gend = Some(cursor + g.len());
                    break;
                }
                col += 1;
                utf16 += utf16_len(g);
                cursor += g.len();
            }
        }
        let u = utf16 + utf16_len(&text[cursor..off]);
        probe = (off, u);
        let pos = Pos {
            line,
            column: col,
            utf16: u,
        };
        out.insert(off, pos);
    }
    out
}

/// Reference implementation: every offset computed from the start of the text.
pub fn resolve_naive(text: &str, off: usize) -> Pos {
    let before = &text[..off];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let line_end = text[line_start..]
        .find('\n')
        .map(|i| line_start + i)
        .unwrap_or(text.len());
    let mut column = 1;
    for (gi, g) in text[line_start..line_end].grapheme_indices(true) {
        if line_start + gi + g.len() > off {
            break;
        }
        column += 1;
    }
    Pos {
        line,
        column,
        utf16: before.encode_utf16().count(),
    }
}

pub fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&b| b == needle)
}
