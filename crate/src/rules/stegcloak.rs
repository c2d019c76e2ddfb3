//! # What it flags
//! A StegCloak stream: invisible characters from its alphabet (U+200C, U+200D, U+2061, U+2062,
//! U+2063, U+2064) placed at the start of a word, with StegCloak's structure (a compression
//! flag, an encryption flag, then two bits per character). Always detected; a payload that is
//! not encrypted is decompressed and shown; an encrypted one is decrypted when you give the
//! password (AES-256-CTR, key from PBKDF2-SHA512, HMAC checked when present).
//!
//! # Why it matters
//! StegCloak is a popular public tool for hiding a message inside an innocent sentence. The
//! sentence looks and copies normally; the message travels with it.
//!
//! # Example
//! Text made with `stegcloak hide "meet at noon" ""` and no encryption decodes to
//! `meet at noon`; with a password, `telltale prompt --password P` decrypts it.
//!
//! # 中文
//! 标题: StegCloak 隐写
//! 标记什么: StegCloak 数据流：由其字母表中的不可见字符（U+200C、U+200D、U+2061、U+2062、U+2063、U+2064）组成的序列。有密码时会尝试解密。
//! 为什么重要: StegCloak 是公开的把加密消息藏进普通文字的工具；结构总能被识别出来。

use crate::i18n::Msg;
use crate::report::{Confidence, Decoded, Severity};
use crate::rules::Rule;
use crate::text::{lzutf8, plausible, zw, Ctx};
use hmac::{Hmac, Mac};

pub const ALPHABET: [char; 6] = [
    '\u{200C}', '\u{200D}', '\u{2061}', '\u{2062}', '\u{2063}', '\u{2064}',
];
const TABLE: [(usize, usize); 6] = [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)];

#[derive(Debug, PartialEq)]
pub enum Outcome {
    /// Not a StegCloak stream.
    NotStegCloak,
    /// Decoded text.
    Text(String),
    /// Encrypted and no password given.
    Encrypted { integrity: bool, bytes: usize },
    /// A password was given and does not fit.
    WrongPassword { integrity: bool },
}

fn idx(c: char) -> Option<usize> {
    ALPHABET.iter().position(|&a| a == c)
}

/// The payload bytes and flags (encrypted, integrity) of a StegCloak stream.
pub fn unpack(stream: &[char]) -> Option<(Vec<u8>, bool, bool)> {
    let flag = idx(*stream.first()?)?;
    let (a, b) = TABLE[flag];
    let mut expanded: Vec<usize> = Vec::with_capacity(stream.len() * 2);
    for &c in &stream[1..] {
        match idx(c)? {
            4 => expanded.extend([a, a]),
            5 => expanded.extend([b, b]),
            i => expanded.push(i),
        }
    }
    let (enc, integ) = match *expanded.first()? {
        0 => (true, true),
        1 => (true, false),
        2 => (false, false),
        _ => return None,
    };
    let digits = &expanded[1..];
    if digits.is_empty() || digits.len() % 4 != 0 || digits.iter().any(|&d| d > 3) {
        return None;
    }
    let bytes = digits
        .chunks(4)
        .map(|q| (q[0] << 6 | q[1] << 4 | q[2] << 2 | q[3]) as u8)
        .collect();
    Some((bytes, enc, integ))
}

fn finish(secret: &[u8]) -> Option<String> {
    let inv: Vec<u8> = secret.iter().map(|b| !b).collect();
    let out = lzutf8::decompress(&inv, 16 << 20)?;
    String::from_utf8(out).ok()
}

pub fn decode(stream: &[char], password: Option<&str>) -> Outcome {
    let Some((data, enc, integrity)) = unpack(stream) else {
        return Outcome::NotStegCloak;
    };
    if !enc {
        // Without encryption the only check is that the text decompresses to a message.
        return match finish(&data) {
            Some(t) if plausible::score_text(&t) >= 0.5 => Outcome::Text(t),
            _ => Outcome::NotStegCloak,
        };
    }
    let min = if integrity { 40 } else { 8 };
    if data.len() < min {
        return Outcome::NotStegCloak;
    }
    let Some(pw) = password else {
        return Outcome::Encrypted {
            integrity,
            bytes: data.len(),
        };
    };
    let salt = &data[..8];
    let (tag, body) = if integrity {
        (Some(&data[8..40]), &data[40..])
    } else {
        (None, &data[8..])
    };
    let mut km = [0u8; 48];
    pbkdf2::pbkdf2_hmac::<sha2::Sha512>(pw.as_bytes(), salt, 10000, &mut km);
    let mut buf = body.to_vec();
    {
        use ctr::cipher::{KeyIvInit, StreamCipher};
        let mut c = ctr::Ctr128BE::<aes::Aes256>::new(km[16..48].into(), km[..16].into());
        c.apply_keystream(&mut buf);
    }
    if let Some(tag) = tag {
        let mut m =
            <Hmac<sha2::Sha256> as Mac>::new_from_slice(&km[16..48]).expect("any key length");
        m.update(&buf);
        if m.verify_slice(tag).is_err() {
            return Outcome::WrongPassword { integrity };
        }
    }
    match finish(&buf) {
        Some(t) if plausible::score_text(&t) >= 0.4 || integrity => Outcome::Text(t),
        _ => Outcome::WrongPassword { integrity },
    }
}

pub(crate) fn run(ctx: &mut Ctx, rule: &Rule) {
    for run in zw::runs(ctx) {
        let stream: Vec<char> = run.iter().map(|x| x.1).collect();
        if stream.len() < 6 || !stream.iter().all(|c| ALPHABET.contains(c)) {
            continue;
        }
        let outcome = decode(&stream, ctx.opts.password.as_deref());
        if outcome == Outcome::NotStegCloak {
            continue;
        }
        // Without encryption nothing proves the reading but its plausibility, and StegCloak's
        // alphabet holds other schemes' characters (Sneaky Bits writes U+2062 and U+2064):
        // when another zero-width layout reads the same run as a likelier message, that
        // reading wins and this rule steps aside.
        if let Outcome::Text(t) = &outcome {
            let other = super::zero_width_encoding::best(&stream).map(|b| b.0 .0);
            if other.is_some_and(|o| o > plausible::score_text(t)) {
                continue;
            }
        }
        let start = run[0].0;
        let end = run.last().map(|&(o, c)| o + c.len_utf8()).unwrap();
        let (message, meaning, decoded, conf) = match &outcome {
            Outcome::Text(t) => (
                Msg::new("stegcloak").arg("count", stream.len()),
                Msg::new("stegcloak-meaning").arg("text", plausible::preview(t)),
                Decoded {
                    text: Some(t.clone()),
                    plausibility: plausible::score_text(t),
                    nested: ctx.nested(t),
                    ..Decoded::scheme(Msg::new(
                        if ctx.opts.password.is_some()
                            && unpack(&stream).map(|x| x.1).unwrap_or(false)
                        {
                            "scheme-stegcloak-decrypted"
                        } else {
                            "scheme-stegcloak-plain"
                        },
                    ))
                },
                Confidence::High,
            ),
            Outcome::Encrypted { integrity, bytes } => (
                Msg::new("stegcloak-encrypted").arg("count", stream.len()),
                Msg::new(if *integrity {
                    "stegcloak-encrypted-integrity-meaning"
                } else {
                    "stegcloak-encrypted-meaning"
                })
                .arg("bytes", *bytes),
                Decoded {
                    encrypted: true,
                    plausibility: 1.0,
                    ..Decoded::scheme(Msg::new("scheme-stegcloak-encrypted"))
                },
                Confidence::High,
            ),
            Outcome::WrongPassword { .. } => (
                Msg::new("stegcloak-encrypted").arg("count", stream.len()),
                Msg::new("stegcloak-wrong-password-meaning"),
                Decoded {
                    encrypted: true,
                    plausibility: 1.0,
                    ..Decoded::scheme(Msg::new("scheme-stegcloak-wrong-password"))
                },
                Confidence::High,
            ),
            Outcome::NotStegCloak => unreachable!(),
        };
        let mut f = ctx.finding(rule, Severity::Critical, start, end, message, meaning);
        f.covert = true;
        f.confidence = conf;
        f.decoded = Some(decoded);
        ctx.push(f);
        let shown = format!("⟨{} STEGCLOAK CHARACTERS⟩", stream.len());
        ctx.consume_run(
            rule,
            Severity::Critical,
            &run,
            Msg::new("mark-stegcloak"),
            shown,
        );
    }
}
