//! How much a decoded byte string looks like a message a person wrote. Decoders try several
//! hypotheses and keep the most plausible; this score is also what "how sure" is based on.

/// Score in 0..1 and the text, or `None` when the bytes are not valid UTF-8.
pub fn score_bytes(bytes: &[u8]) -> Option<(f64, String)> {
    let s = std::str::from_utf8(bytes).ok()?;
    Some((score_text(s), s.to_string()))
}

/// Score a candidate message: printable, made of word-like tokens (letters in one case
/// pattern, digits), in few scripts. Invisible characters (a payload may hide another) are
/// left out of the count.
pub fn score_text(s: &str) -> f64 {
    use unicode_script::{Script, UnicodeScript};
    let mut n = 0usize;
    let mut printable = 0usize;
    let mut wordish = 0usize;
    let mut spaces = 0usize;
    let mut nul = 0usize;
    let mut scripts: Vec<Script> = Vec::new();
    for c in s.chars() {
        if super::chars::is_default_ignorable(c) {
            continue;
        }
        n += 1;
        if c == '\0' {
            nul += 1;
        }
        let is_print = !c.is_control() || c == '\n' || c == '\t' || c == '\r';
        if is_print
            && c != '\u{FFFD}'
            && !matches!(super::chars::category_abbr(c), "Cn" | "Co" | "Cs")
        {
            printable += 1;
        }
        if c.is_alphanumeric() {
            wordish += 1;
            if c.is_alphabetic() {
                let sc = c.script();
                if !matches!(sc, Script::Common | Script::Inherited) && !scripts.contains(&sc) {
                    scripts.push(sc);
                }
            }
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
    // Short strings prove little: four characters of text are weak evidence.
    let length_factor = (nf / 6.0).min(1.0);
    // Long strings with no spaces at all are less text-like.
    let space_factor = if n > 24 && spaces == 0 { 0.85 } else { 1.0 };
    // Random bytes read as text land in many scripts at once.
    let script_factor = match scripts.len() {
        0..=2 => 1.0,
        3 => 0.7,
        _ => 0.3,
    };
    // Control characters are rare in messages: each one costs a lot.
    let print_factor = printable_ratio.powi(4);
    let v = print_factor * (0.4 + 0.6 * word_ratio) * length_factor * space_factor * script_factor;
    (v * 1000.0).round() / 1000.0
}

/// A stricter score for decoders whose wrong readings still come out as letters (SNOW's
/// Huffman table turns noise into English-like letters): also asks for word-shaped tokens.
pub fn score_text_strict(s: &str) -> f64 {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let token_factor = if letters >= 6 {
        0.3 + 0.7 * clean_token_ratio(s)
    } else {
        1.0
    };
    ((score_text(s) * token_factor) * 1000.0).round() / 1000.0
}

/// Share of alphanumeric characters that sit in word-shaped tokens: lowercase, Capitalised or
/// UPPERCASE letters, optionally followed by digits, or digits alone. Random letters read from
/// noise have capitals and digits in the middle of words.
fn clean_token_ratio(s: &str) -> f64 {
    let mut total = 0usize;
    let mut clean = 0usize;
    for tok in s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
    {
        let n = tok.chars().count();
        total += n;
        let letters: String = tok.chars().take_while(|c| c.is_alphabetic()).collect();
        let rest: String = tok.chars().skip(letters.chars().count()).collect();
        let digits_ok = rest.chars().all(|c| c.is_numeric());
        let shape_ok = letters.is_empty()
            || letters.chars().all(|c| !c.is_uppercase())
            || letters.chars().all(|c| !c.is_lowercase())
            || (letters
                .chars()
                .next()
                .map(char::is_uppercase)
                .unwrap_or(false)
                && letters.chars().skip(1).all(|c| !c.is_uppercase()));
        // Latin words have vowels; runs of five consonants are noise.
        let latin_ok = {
            let l = letters.to_lowercase();
            let ascii = l.chars().all(|c| c.is_ascii_alphabetic());
            !ascii
                || l.len() < 4
                || (l.chars().any(|c| "aeiouy".contains(c)) && !has_consonant_run(&l, 5))
        };
        if digits_ok && shape_ok && latin_ok {
            clean += n;
        }
    }
    if total == 0 {
        1.0
    } else {
        clean as f64 / total as f64
    }
}

fn has_consonant_run(s: &str, k: usize) -> bool {
    let mut run = 0;
    for c in s.chars() {
        if "aeiouy".contains(c) {
            run = 0;
        } else {
            run += 1;
            if run >= k {
                return true;
            }
        }
    }
    false
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
        // Huffman-decoded noise: letters, but capitals and digits inside words.
        assert!(score_text_strict("ore,agsyoreSsew.dnridoa0iv5brid0iiOgnt") < 0.55);
        assert!(score_text_strict("the password is hunter2") > 0.8);
        // UTF-16 units read from noise: many scripts.
        assert!(score_text("Ḑ᠗떚ᤰሓဲ騛〲骹몐") < 0.55);
        assert!(score_text("the password is hunter2") > 0.8);
        assert!(score_text("user=alice id=4412") > 0.7);
        assert!(score_text("你好，这是一个秘密") > 0.7);
    }
}
