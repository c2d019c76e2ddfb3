//! LZUTF8 decompression (the format StegCloak compresses its messages with). Bounded: output
//! is capped, and a malformed stream gives `None` rather than a panic.

/// Decompress; `None` when the stream refers outside what was produced so far, or when the
/// output would be longer than `max_out` bytes.
pub fn decompress(input: &[u8], max_out: usize) -> Option<Vec<u8>> {
    let mut out: Vec<u8> = Vec::with_capacity(
        input
            .len()
            .saturating_mul(2)
            .min(max_out.saturating_add(32)),
    );
    let mut i = 0;
    while i < input.len() {
        // Checked before every step: literals count against the cap as references do.
        if out.len() > max_out {
            return None;
        }
        let v = input[i];
        if v >> 6 != 3 {
            out.push(v);
            i += 1;
            continue;
        }
        let id = v >> 5;
        // A lead byte at the very end, or a long reference cut short: emit as-is.
        if i + 1 >= input.len() || (id == 7 && i + 2 >= input.len()) {
            out.extend_from_slice(&input[i..]);
            break;
        }
        if input[i + 1] >> 7 == 1 {
            // A UTF-8 lead byte followed by a continuation byte: a literal.
            out.push(v);
            i += 1;
            continue;
        }
        let len = (v & 31) as usize;
        let dist = if id == 6 {
            let d = input[i + 1] as usize;
            i += 2;
            d
        } else {
            let d = ((input[i + 1] as usize) << 8) | input[i + 2] as usize;
            i += 3;
            d
        };
        if dist == 0 || dist > out.len() {
            return None;
        }
        let start = out.len() - dist;
        for k in 0..len {
            let b = out[start + k];
            out.push(b);
        }
    }
    (out.len() <= max_out).then_some(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn literals_and_references() {
        // "abcabc": three literals then a 3-byte match at distance 3 (0b110_00011, 3)
        assert_eq!(
            super::decompress(&[b'a', b'b', b'c', 0xC3, 3], 100).unwrap(),
            b"abcabc"
        );
        // a reference before the start is malformed
        assert!(super::decompress(&[0xC3, 9], 100).is_none());
        // UTF-8 two-byte char stays literal
        assert_eq!(
            super::decompress("é".as_bytes(), 100).unwrap(),
            "é".as_bytes()
        );
    }
}
