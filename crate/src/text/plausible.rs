//! How much a decoded byte string looks like a message a person wrote. Decoders try several
//! hypotheses and keep the most plausible; this score is also what "how sure" is based on.

/// Score in 0..1 and the text, or `None` when the bytes are not valid UTF-8.
pub fn score_bytes(bytes: &[u8]) -> Option<(f64, String)> {
    let s = std::str::from_utf8(bytes).ok()?;
    Some((score_text(s), s.to_string()))
}

/// Score a candidate message.
pub fn score_text(s: &str) -> f64 {
    let mut n = 0usize;
    let mut printable = 0usize;
    let mut wordish = 0usize;
    let mut letters = 0usize;
    let mut spaces = 0usize;
    let mut nul = 0usize;
    for c in s.chars() {
        n += 1;
        if c == '\0' {
            nul += 1;
        }
        let is_print = !c.is_control() || c == '\n' || c == '\t' || c == '\r';
        if is_print && c != '\u{FFFD}' {
            printable += 1;
        }
        if c.is_alphanumeric() {
            letters += 1;
            wordish += 1;
        } else if c == ' ' {
            spaces += 1;
            wordish += 1;
        } else if ".,;:!?'\"-_/()@#&+=*%$<>[]{}|~`\n".contains(c) {
            wordish += 1;
        }
    }
    if n == 0 {
        return 0.0;
    }
    let nf = n as f64;
    let printable_ratio = printable as f64 / nf;
    if printable_ratio < 0.85 || nul * 4 > n {
        return (printable_ratio * 0.3).min(0.3);
    }
    let word_ratio = wordish as f64 / nf;
    let letter_ratio = letters as f64 / nf;
    // Short strings prove little: four characters of text are weak evidence.
    let length_factor = (nf / 6.0).min(1.0);
    // Text has letters; long strings with no spaces are less text-like unless short tokens.
    let space_bonus = if n > 24 && spaces == 0 { 0.85 } else { 1.0 };
    let s = printable_ratio
        * (0.35 + 0.45 * word_ratio + 0.2 * letter_ratio)
        * length_factor
        * space_bonus;
    (s * 1000.0).round() / 1000.0
}

/// Bits (MSB first) to bytes; trailing bits that do not fill a byte are dropped.
pub fn bits_to_bytes(bits: &[u8], width: usize) -> Vec<u32> {
    bits.chunks_exact(width)
        .map(|ch| ch.iter().fold(0u32, |a, &b| (a << 1) | b as u32))
        .collect()
}

/// UTF-16 code units to a string, `None` on an unpaired surrogate.
pub fn utf16_to_string(units: &[u32]) -> Option<String> {
    let u: Vec<u16> = units.iter().map(|&x| x as u16).collect();
    if units.iter().any(|&x| x > 0xFFFF) {
        return None;
    }
    String::from_utf16(&u).ok()
}

/// Hex of the first bytes, for payloads that are not text.
pub fn hex_preview(bytes: &[u8]) -> String {
    let mut s: String = bytes
        .iter()
        .take(64)
        .map(|b| format!("{:02x}", b))
        .collect();
    if bytes.len() > 64 {
        s.push('…');
    }
    s
}

pub fn preview(s: &str) -> String {
    let mut out: String = s.chars().take(80).collect();
    if s.chars().count() > 80 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn text_beats_noise() {
        assert!(score_text("attack at dawn") > 0.8);
        assert!(score_text("\u{1}\u{2}x\u{3}\u{4}") < 0.4);
        assert!(score_text("a") < 0.3);
    }
}
