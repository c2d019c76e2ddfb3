//! Turning input bytes into text: BOMs (UTF-8, UTF-16 LE/BE) are detected, UTF-16 without a
//! BOM is recognised by its zero bytes, and invalid UTF-8 is decoded lossily with every invalid
//! byte's offset recorded (the first 1000 listed, all counted).

use crate::report::InputInfo;

const MAX_LISTED: usize = 1000;

pub fn decode(bytes: &[u8]) -> (String, InputInfo) {
    let mut info = InputInfo {
        bytes: bytes.len(),
        ..Default::default()
    };
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        info.encoding = "utf-8 (BOM)".into();
        let (t, inv) = lossy_utf8(rest, 3);
        record(&mut info, inv);
        return (t, info);
    }
    let utf16 = if bytes.starts_with(&[0xFF, 0xFE]) {
        Some((true, 2, "utf-16le (BOM)"))
    } else if bytes.starts_with(&[0xFE, 0xFF]) {
        Some((false, 2, "utf-16be (BOM)"))
    } else if looks_utf16(bytes, true) {
        Some((true, 0, "utf-16le (no BOM)"))
    } else if looks_utf16(bytes, false) {
        Some((false, 0, "utf-16be (no BOM)"))
    } else {
        None
    };
    if let Some((le, skip, name)) = utf16 {
        info.encoding = name.into();
        let body = &bytes[skip..];
        let units: Vec<u16> = body
            .chunks(2)
            .map(|c| {
                if c.len() == 2 {
                    if le {
                        u16::from_le_bytes([c[0], c[1]])
                    } else {
                        u16::from_be_bytes([c[0], c[1]])
                    }
                } else {
                    0xFFFD
                }
            })
            .collect();
        let mut out = String::with_capacity(units.len());
        let mut inv = Vec::new();
        let mut count = 0;
        // `i` counts code units (a surrogate pair is two), not decoded characters.
        let mut i = 0;
        for r in char::decode_utf16(units.iter().copied()) {
            match r {
                Ok(c) => {
                    out.push(c);
                    i += c.len_utf16();
                }
                Err(_) => {
                    out.push('\u{FFFD}');
                    count += 1;
                    if inv.len() < MAX_LISTED {
                        inv.push(skip + i * 2);
                    }
                    i += 1;
                }
            }
        }
        if body.len() % 2 == 1 {
            // The stray last byte became U+FFFD above.
            count += 1;
            if inv.len() < MAX_LISTED {
                inv.push(bytes.len() - 1);
            }
        }
        record(&mut info, (inv, count));
        return (out, info);
    }
    info.encoding = "utf-8".into();
    let (t, inv) = lossy_utf8(bytes, 0);
    if inv.1 > 0 {
        info.encoding = "utf-8 (with invalid bytes)".into();
    }
    record(&mut info, inv);
    (t, info)
}

fn record(info: &mut InputInfo, (list, count): (Vec<usize>, usize)) {
    info.invalid_bytes = list;
    info.invalid_byte_count = count;
}

/// UTF-16 text in Latin scripts has a zero in every other byte. Judged on the first 2,048
/// whole code units, whatever the length's parity (a stray last byte is reported as invalid),
/// so [`decode`] and [`StreamDecoder`] (which sees only the first 4 KB) choose alike.
fn looks_utf16(b: &[u8], le: bool) -> bool {
    if b.len() < 8 {
        return false;
    }
    let n = b.len().min(4096) / 2;
    let zeros = (0..n).filter(|i| b[2 * i + usize::from(le)] == 0).count();
    let other = (0..n).filter(|i| b[2 * i + usize::from(!le)] == 0).count();
    zeros * 10 >= n * 7 && other * 10 < n
}

/// Lossy UTF-8: every invalid sequence becomes U+FFFD; returns invalid byte offsets (capped) and count.
fn lossy_utf8(mut b: &[u8], base: usize) -> (String, (Vec<usize>, usize)) {
    let mut out = String::with_capacity(b.len());
    let mut list = Vec::new();
    let mut count = 0;
    let mut at = base;
    loop {
        match std::str::from_utf8(b) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&b[..good]).unwrap());
                let bad = e.error_len().unwrap_or(b.len() - good);
                for k in 0..bad {
                    if list.len() < MAX_LISTED {
                        list.push(at + good + k);
                    }
                }
                count += bad;
                out.push('\u{FFFD}');
                b = &b[good + bad..];
                at += good + bad;
            }
        }
    }
    (out, (list, count))
}

/// Incremental decoding for inputs read in pieces: the encoding is chosen from the first
/// piece (as [`decode`] does); a character split between pieces is carried over, never cut.
/// Invalid byte offsets are absolute (the first 1000 listed, all counted).
pub struct StreamDecoder {
    utf16: Option<bool>,
    carry: Vec<u8>,
    /// Offset in the input of `carry[0]`.
    at: usize,
    started: bool,
    pub info: InputInfo,
}

impl StreamDecoder {
    pub fn new() -> StreamDecoder {
        StreamDecoder {
            utf16: None,
            carry: Vec::new(),
            at: 0,
            started: false,
            info: InputInfo::default(),
        }
    }

    /// Decode the next piece; `last` flushes what is carried over.
    pub fn push(&mut self, piece: &[u8], last: bool) -> String {
        self.info.bytes += piece.len();
        let mut data = std::mem::take(&mut self.carry);
        data.extend_from_slice(piece);
        if !self.started && !last && data.len() < 4096 {
            // The encoding is chosen from the first 4 KB (or the whole input if shorter).
            self.carry = data;
            return String::new();
        }
        let mut skip = 0;
        if !self.started {
            self.started = true;
            if data.starts_with(&[0xEF, 0xBB, 0xBF]) {
                self.info.encoding = "utf-8 (BOM)".into();
                skip = 3;
            } else if data.starts_with(&[0xFF, 0xFE]) {
                self.utf16 = Some(true);
                self.info.encoding = "utf-16le (BOM)".into();
                skip = 2;
            } else if data.starts_with(&[0xFE, 0xFF]) {
                self.utf16 = Some(false);
                self.info.encoding = "utf-16be (BOM)".into();
                skip = 2;
            } else {
                let probe = &data[..data.len().min(4096) & !1];
                if looks_utf16(probe, true) {
                    self.utf16 = Some(true);
                    self.info.encoding = "utf-16le (no BOM)".into();
                } else if looks_utf16(probe, false) {
                    self.utf16 = Some(false);
                    self.info.encoding = "utf-16be (no BOM)".into();
                } else {
                    self.info.encoding = "utf-8".into();
                }
            }
        }
        let body = &data[skip..];
        let base = self.at + skip;
        let (out, used) = match self.utf16 {
            Some(le) => {
                let mut n = body.len() & !1;
                if !last && n >= 2 {
                    let u = |i: usize| {
                        if le {
                            u16::from_le_bytes([body[i], body[i + 1]])
                        } else {
                            u16::from_be_bytes([body[i], body[i + 1]])
                        }
                    };
                    // A high surrogate at the end waits for its pair.
                    if (0xD800..0xDC00).contains(&u(n - 2)) {
                        n -= 2;
                    }
                }
                let units = body[..n].chunks(2).map(|c| {
                    if le {
                        u16::from_le_bytes([c[0], c[1]])
                    } else {
                        u16::from_be_bytes([c[0], c[1]])
                    }
                });
                let mut out = String::with_capacity(n);
                let mut i = 0; // code units, as in `decode`
                for r in char::decode_utf16(units) {
                    match r {
                        Ok(c) => {
                            out.push(c);
                            i += c.len_utf16();
                        }
                        Err(_) => {
                            out.push('\u{FFFD}');
                            self.note_invalid(base + i * 2, 1);
                            i += 1;
                        }
                    }
                }
                let mut used = n;
                if last && body.len() % 2 == 1 {
                    // A stray last byte: U+FFFD, as `decode` writes it.
                    out.push('\u{FFFD}');
                    self.note_invalid(base + body.len() - 1, 1);
                    used = body.len();
                }
                (out, used)
            }
            None => {
                let mut n = body.len();
                if !last {
                    // An incomplete sequence at the end waits for the next piece.
                    let tail = body.len().saturating_sub(3);
                    if let Some(lead) = (tail..body.len()).rev().find(|&i| body[i] & 0xC0 != 0x80) {
                        let need = match body[lead] {
                            0xC0..=0xDF => 2,
                            0xE0..=0xEF => 3,
                            0xF0..=0xF7 => 4,
                            _ => 1,
                        };
                        if lead + need > body.len() {
                            n = lead;
                        }
                    }
                }
                let (t, (list, count)) = lossy_utf8(&body[..n], base);
                // As in `decode`: a BOM stays the label (the invalid bytes are counted).
                if count > 0 && self.info.encoding == "utf-8" {
                    self.info.encoding = "utf-8 (with invalid bytes)".into();
                }
                for o in list {
                    self.note_invalid(o, 0);
                }
                self.info.invalid_byte_count += count;
                (t, n)
            }
        };
        self.carry = body[used..].to_vec();
        self.at = base + used;
        out
    }

    fn note_invalid(&mut self, at: usize, count: usize) {
        self.info.invalid_byte_count += count;
        if self.info.invalid_bytes.len() < MAX_LISTED {
            self.info.invalid_bytes.push(at);
        }
    }
}

impl Default for StreamDecoder {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn encodings() {
        let (t, i) = decode(b"ok\xffok\xc3");
        assert_eq!(t, "ok\u{FFFD}ok\u{FFFD}");
        assert_eq!(i.invalid_bytes, vec![2, 5]);
        let mut le = vec![0xFF, 0xFE];
        le.extend("hé".encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(decode(&le).0, "hé");
        let be: Vec<u8> = "hello wo"
            .encode_utf16()
            .flat_map(|u| u.to_be_bytes())
            .collect();
        let (t, i) = decode(&be);
        assert_eq!(
            (t.as_str(), i.encoding.as_str()),
            ("hello wo", "utf-16be (no BOM)")
        );
        assert_eq!(decode(b"").0, "");
    }

    #[test]
    fn utf16_invalid_offsets_count_code_units() {
        // An astral character (two units) before an unpaired surrogate: the surrogate is at
        // byte 2 + 4 = 6 (after the BOM and the pair), not 2 + 2.
        let mut le = vec![0xFF, 0xFE];
        le.extend([0x3D, 0xD8, 0x00, 0xDE, 0x00, 0xD8, b'a', 0]);
        let (t, i) = decode(&le);
        assert_eq!(t, "\u{1F600}\u{FFFD}a");
        assert_eq!(i.invalid_bytes, vec![6]);
        let mut d = StreamDecoder::new();
        assert_eq!(d.push(&le, true), t);
        assert_eq!(d.info.invalid_bytes, vec![6]);
    }

    #[test]
    fn bom_with_invalid_bytes_is_labelled_alike() {
        let b = b"\xEF\xBB\xBFok\xffok";
        let (t, i) = decode(b);
        assert_eq!(i.encoding, "utf-8 (BOM)");
        for cut in 0..=b.len() {
            let mut d = StreamDecoder::new();
            let mut s = d.push(&b[..cut], false);
            s.push_str(&d.push(&b[cut..], true));
            assert_eq!(
                (s.as_str(), d.info.encoding.as_str()),
                (t.as_str(), "utf-8 (BOM)")
            );
            assert_eq!(d.info.invalid_bytes, vec![5]);
        }
    }

    #[test]
    fn odd_length_utf16_is_utf16_in_both_decoders() {
        let mut b: Vec<u8> = "hello world"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        b.push(b'!');
        let (t, i) = decode(&b);
        assert_eq!(
            (t.as_str(), i.encoding.as_str()),
            ("hello world\u{FFFD}", "utf-16le (no BOM)")
        );
        assert_eq!(i.invalid_bytes, vec![b.len() - 1]);
        let mut d = StreamDecoder::new();
        assert_eq!(d.push(&b, true), t);
        assert_eq!(d.info.encoding, i.encoding);
    }

    #[test]
    fn stream_decoder_agrees_with_decode_on_any_split() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("h\u{1F600}é日".encode_utf16().flat_map(|u| u.to_le_bytes()));
        let samples: Vec<Vec<u8>> = vec![
            "a\u{1F600}bé日本\u{200B}".as_bytes().to_vec(),
            b"ok\xffok\xe6\x97".to_vec(),
            le,
            b"\xEF\xBB\xBFbom".to_vec(),
        ];
        for s in samples {
            let (whole, info) = decode(&s);
            for cut in 0..=s.len() {
                let mut d = StreamDecoder::new();
                let mut t = d.push(&s[..cut], false);
                t.push_str(&d.push(&s[cut..], true));
                assert_eq!(t, whole, "cut at {} of {:?}", cut, s);
                assert_eq!(
                    d.info.invalid_byte_count, info.invalid_byte_count,
                    "cut {}",
                    cut
                );
            }
        }
    }
}
