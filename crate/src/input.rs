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
        for (i, r) in char::decode_utf16(units.iter().copied()).enumerate() {
            match r {
                Ok(c) => out.push(c),
                Err(_) => {
                    out.push('\u{FFFD}');
                    count += 1;
                    if inv.len() < MAX_LISTED {
                        inv.push(skip + i * 2);
                    }
                }
            }
        }
        if body.len() % 2 == 1 {
            count += 1;
            inv.push(bytes.len() - 1);
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

/// UTF-16 text in Latin scripts has a zero in every other byte.
fn looks_utf16(b: &[u8], le: bool) -> bool {
    if b.len() < 8 || b.len() % 2 != 0 {
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
}
