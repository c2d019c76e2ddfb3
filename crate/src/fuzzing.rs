//! Fuzz harnesses: one function per cargo-fuzz target in `crate/fuzz/fuzz_targets/`, shared
//! with the regression test `tests/fuzz_regressions.rs`, which runs every saved reproducer in
//! `tests/fuzz-regressions/<target>/` through the same function. Each takes any bytes and
//! panics only when an invariant is violated (or when the code under test panics).
//!
//! Not part of the library's API.

use std::io::{Cursor, Write};

use crate::report::Report;
use crate::text::{self, Options};

/// The names of the targets, as directories of `tests/fuzz-regressions/`.
pub const TARGETS: &[&str] = &[
    "check_bytes",
    "decoders",
    "fast_diff",
    "containers",
    "scan",
    "documents",
    "code",
];

/// Run the harness of target `name` on `data`; `false` when there is no such target.
pub fn run(name: &str, data: &[u8]) -> bool {
    match name {
        "check_bytes" => check_bytes(data),
        "decoders" => decoders(data),
        "fast_diff" => fast_diff(data),
        "containers" => containers(data),
        "scan" => scan(data),
        "documents" => documents(data),
        "code" => code(data),
        _ => return false,
    }
    true
}

fn lossy(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// Positions in a report point into the decoded text, on character boundaries.
fn check_report(r: &Report, text: &str, input_len: usize) {
    for f in &r.findings {
        let l = &f.location;
        assert!(
            l.byte_offset <= text.len(),
            "finding {} at {} past the end {}",
            f.rule,
            l.byte_offset,
            text.len()
        );
        assert!(
            l.byte_offset + l.byte_len <= text.len(),
            "finding {} span past the end",
            f.rule
        );
        assert!(
            l.line >= 1 && l.column >= 1,
            "finding {} at line {} column {}",
            f.rule,
            l.line,
            l.column
        );
    }
    for m in &r.marks {
        assert!(
            m.byte_start <= m.byte_end && m.byte_end <= text.len(),
            "mark {} {}..{}",
            m.rule,
            m.byte_start,
            m.byte_end
        );
        assert!(
            text.is_char_boundary(m.byte_start) && text.is_char_boundary(m.byte_end),
            "mark {} inside a character",
            m.rule
        );
        assert!(m.utf16_start <= m.utf16_end, "mark {} utf16 span", m.rule);
    }
    for d in &r.dates.dates {
        assert!(
            d.location.byte_offset + d.location.byte_len <= text.len(),
            "date past the end"
        );
    }
    assert!(r.input.invalid_byte_count <= input_len);
}

/// The report serialises, with its verdict (parsing it back would double the harness's cost).
fn check_json(r: &Report) {
    let json = serde_json::to_string(r).expect("the report serialises");
    let verdict = format!("\"verdict\":\"{}\"", r.verdict.as_str());
    assert!(
        json.starts_with('{') && json.contains(&verdict),
        "no {verdict} in the JSON"
    );
}

/// The text checker on bytes, with and without the views.
pub fn check_bytes(data: &[u8]) {
    let (text, _) = crate::input::decode(data);
    let r = crate::check_bytes(data, &Options::default());
    check_report(&r, &text, data.len());
    check_json(&r);
    let r2 = crate::check_bytes(
        data,
        &Options {
            views: false,
            ..Options::default()
        },
    );
    check_report(&r2, &text, data.len());
    assert_eq!(r.verdict, r2.verdict, "the views change the verdict");
    assert_eq!(
        r.findings.len(),
        r2.findings.len(),
        "the views change the findings"
    );
}

/// Invisible characters the decoders read, picked by the low bits of a byte.
const INVISIBLE: [char; 16] = [
    '\u{200B}',
    '\u{200C}',
    '\u{200D}',
    '\u{2060}',
    '\u{2061}',
    '\u{2062}',
    '\u{2063}',
    '\u{2064}',
    '\u{FEFF}',
    '\u{180E}',
    '\u{034F}',
    '\u{FE0F}',
    '\u{E0041}',
    '\u{E007F}',
    '\u{202E}',
    '\u{2066}',
];

/// Byte 0 picks a decoder; the rest is its input.
pub fn decoders(data: &[u8]) {
    let Some((&sel, rest)) = data.split_first() else {
        return;
    };
    let text = lossy(rest);
    match sel % 13 {
        // LZUTF8 (StegCloak's compression) with a small cap.
        0 => {
            if let Some(out) = text::lzutf8::decompress(rest, 4096) {
                assert!(
                    out.len() <= 4096,
                    "lzutf8 output {} past its cap",
                    out.len()
                );
            }
        }
        // Input decoding: BOMs, UTF-16, lossy UTF-8; the streaming decoder fed in three pieces
        // (cut where the selector byte says) agrees with the whole-input one.
        1 => {
            let (t, info) = crate::input::decode(rest);
            assert_eq!(info.bytes, rest.len());
            assert!(info.invalid_byte_count <= rest.len());
            assert!(info.invalid_bytes.len() <= info.invalid_byte_count);
            assert!(info.invalid_bytes.iter().all(|&o| o < rest.len()));
            if info.invalid_byte_count == 0 && info.encoding == "utf-8" {
                assert_eq!(t.as_bytes(), rest, "valid UTF-8 decoded differently");
            }
            if let Some(le) = info
                .encoding
                .strip_prefix("utf-16")
                .map(|e| e.starts_with("le"))
            {
                // Every invalid offset is an unpaired surrogate or a stray last byte.
                for &o in &info.invalid_bytes {
                    let unit = rest.get(o..o + 2).map(|u| {
                        if le {
                            u16::from_le_bytes([u[0], u[1]])
                        } else {
                            u16::from_be_bytes([u[0], u[1]])
                        }
                    });
                    assert!(
                        o + 1 == rest.len() || unit.is_some_and(|u| (0xD800..0xE000).contains(&u)),
                        "invalid UTF-16 offset {o} is no surrogate"
                    );
                }
            }
            let c1 = rest.len() * (sel as usize / 13) / 20;
            let c2 = c1 + (rest.len() - c1) / 2;
            let mut d = crate::input::StreamDecoder::new();
            let mut st = d.push(&rest[..c1], false);
            st.push_str(&d.push(&rest[c1..c2], false));
            st.push_str(&d.push(&rest[c2..], true));
            assert_eq!(st, t, "stream decoder (cuts {c1}, {c2}) and decode differ");
            assert_eq!(d.info.encoding, info.encoding, "encodings differ");
            assert_eq!(
                d.info.invalid_byte_count, info.invalid_byte_count,
                "invalid counts differ"
            );
            assert_eq!(
                d.info.invalid_bytes, info.invalid_bytes,
                "invalid offsets differ"
            );
            assert_eq!(d.info.bytes, info.bytes);
        }
        // The date finder.
        2 => {
            let dates = text::dates::find_dates(&text);
            let mut last = 0;
            for d in &dates {
                let (a, b) = (
                    d.location.byte_offset,
                    d.location.byte_offset + d.location.byte_len,
                );
                assert!(
                    a >= last && b <= text.len(),
                    "date {a}..{b} out of order or range"
                );
                assert_eq!(
                    text.get(a..b),
                    Some(d.text.as_str()),
                    "date text differs from its span"
                );
                last = b;
            }
        }
        // Positions: the one-pass resolver against the naive one, at char boundaries.
        3 => {
            let bounds: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .collect();
            let step = (bounds.len() / 64).max(1);
            let offs: Vec<usize> = bounds
                .iter()
                .copied()
                .step_by(step)
                .chain([text.len()])
                .collect();
            let fast = text::locate::resolve(&text, &offs);
            for &o in &offs {
                assert_eq!(
                    fast[&o],
                    text::locate::resolve_naive(&text, o),
                    "offset {o}"
                );
            }
        }
        // Plausibility scores and helpers.
        4 => {
            if let Some((s, t)) = text::plausible::score_bytes(rest) {
                assert!((0.0..=1.0).contains(&s), "score {s}");
                assert_eq!(t.as_bytes(), rest);
            }
            for s in [
                text::plausible::score_text(&text),
                text::plausible::score_text_strict(&text),
            ] {
                assert!((0.0..=1.0).contains(&s), "score {s}");
            }
            let bits: Vec<u8> = rest
                .iter()
                .flat_map(|&b| (0..8).rev().map(move |i| b >> i & 1))
                .collect();
            let width = rest.first().map(|&b| 1 + b as usize % 21).unwrap_or(8);
            let units = text::plausible::bits_to_bytes(&bits, width);
            assert_eq!(units.len(), bits.len() / width);
            let _ = text::plausible::utf16_to_string(&units);
            assert!(text::plausible::hex_preview(rest).len() <= 64 * 2 + 3);
            assert!(text::plausible::preview(&text).chars().count() <= 81);
        }
        // SNOW: trailing whitespace to bits, bits through the Huffman table.
        5 => {
            use crate::rules::whitespace_steganography as ws;
            let spans = ws::trailing(&text);
            for &(a, b) in &spans {
                assert!(a < b && b <= text.len());
            }
            let (bits, lines) = ws::snow_bits(&text, &spans);
            assert!(lines <= spans.len());
            let _ = ws::huffman(&bits);
            // Arbitrary bits too.
            let raw: Vec<u8> = rest
                .iter()
                .flat_map(|&b| (0..8).map(move |i| b >> i & 1))
                .collect();
            let _ = ws::huffman(&raw);
        }
        // StegCloak: the stream from the low bits of each byte.
        6 => {
            use crate::rules::stegcloak;
            let stream: Vec<char> = rest
                .iter()
                .map(|&b| stegcloak::ALPHABET[b as usize % stegcloak::ALPHABET.len()])
                .collect();
            let _ = stegcloak::unpack(&stream);
            // PBKDF2 is slow: a password only on request.
            let pw = (rest.first().map(|b| b & 0x80 != 0) == Some(true)).then_some("password");
            let _ = stegcloak::decode(&stream, pw);
        }
        // Zero-width encodings: every hypothesis and the best reading.
        7 => {
            use crate::rules::zero_width_encoding as zw;
            let stream: Vec<char> = rest.iter().map(|&b| INVISIBLE[(b & 15) as usize]).collect();
            let _ = zw::hypotheses(&stream);
            if let Some(((score, _, _), _)) = zw::best(&stream) {
                assert!(score.is_finite(), "score {score}");
            }
        }
        // The date-line marker's apostrophe decoder at every `&`, `%`, `\` and non-ASCII char
        // (selector 8 is `<`, the first byte of decoders-dateline-char-boundary-crash.bin).
        8 => {
            for (i, c) in text.char_indices() {
                if matches!(c, '&' | '%' | '\\') || !c.is_ascii() {
                    if let Some((_, n)) = crate::rules::dateline_marker::apostrophe_at(&text[i..]) {
                        assert!(
                            n >= 1 && text.is_char_boundary(i + n),
                            "apostrophe token of {n} bytes at {i}"
                        );
                    }
                }
            }
        }
        // Zero-width runs on a text that mixes the bytes with invisible characters.
        9 => {
            let t: String = rest
                .iter()
                .map(|&b| {
                    if b >= 0xF0 {
                        INVISIBLE[(b & 15) as usize]
                    } else {
                        b as char
                    }
                })
                .collect();
            let opts = Options::default();
            let ctx = text::Ctx::new(&t, &opts, 0, None);
            for run in text::zw::runs(&ctx)
                .iter()
                .chain(text::zw::runs_where(&ctx, |_| true).iter())
            {
                assert!(!run.is_empty());
                for w in run.windows(2) {
                    assert_eq!(w[0].0 + w[0].1.len_utf8(), w[1].0, "run not contiguous");
                }
                for &(o, c) in run {
                    assert!(t[o..].starts_with(c));
                }
            }
        }
        // One text rule alone on a fresh context (byte 1 picks it).
        10 => {
            let Some((&r, body)) = rest.split_first() else {
                return;
            };
            let runnable: Vec<&crate::rules::Rule> = crate::rules::RULES
                .iter()
                .filter(|r| r.run.is_some())
                .collect();
            let rule = runnable[r as usize % runnable.len()];
            let t = lossy(body);
            let opts = Options::default();
            let mut ctx = text::Ctx::new(&t, &opts, 0, None);
            (rule.run.unwrap())(&mut ctx, rule);
            for f in &ctx.findings {
                let l = &f.location;
                assert!(
                    l.byte_offset + l.byte_len <= t.len(),
                    "{} finding past the end",
                    rule.id
                );
            }
            for m in &ctx.marks {
                assert!(
                    m.byte_start <= m.byte_end && m.byte_end <= t.len(),
                    "{} mark {}..{}",
                    rule.id,
                    m.byte_start,
                    m.byte_end
                );
                assert!(
                    t.is_char_boundary(m.byte_start) && t.is_char_boundary(m.byte_end),
                    "{} mark inside a character",
                    rule.id
                );
            }
            let mut edits = ctx.clean_edits.clone();
            let _ = text::apply_edits(&t, &mut edits);
        }
        // Snippets, markers and names at arbitrary byte offsets.
        11 => {
            let n = rest.len();
            let pick = |k: usize| {
                rest.get(k)
                    .map(|&b| b as usize * (n + 1) / 256)
                    .unwrap_or(0)
            };
            let (a, b) = (pick(0), pick(1));
            let _ = text::chars::snippet(&text, a.min(b), a.max(b), 1 + pick(2) % 40);
            let _ = text::chars::snippet(&text, b, a, 5);
            let f = text::chars::floor_char(&text, a);
            assert!(f <= text.len() && text.is_char_boundary(f));
            // Where a large text is cut into segments: at a boundary, at least one character.
            let want = 1 + pick(3);
            if text.len() > want {
                let cut = text::segments::split_point(&text, want);
                let first = text.chars().next().map_or(1, char::len_utf8);
                assert!(
                    cut >= 1 && cut <= want.max(first),
                    "split_point {cut} for {want}"
                );
                assert!(
                    text.is_char_boundary(cut),
                    "split_point {cut} inside a character"
                );
            }
            for c in text.chars().take(64) {
                let _ = text::chars::name(c);
                let _ = text::chars::marker(c);
                let _ = text::punct::role_of(c);
                let _ = text::chars::category_abbr(c);
            }
        }
        // Edits at arbitrary offsets are skipped, never applied inside a character.
        _ => {
            let mut edits: Vec<text::Edit> = rest
                .chunks(3)
                .map(|c| {
                    let s = *c.first().unwrap_or(&0) as usize;
                    let e = s + *c.get(1).unwrap_or(&0) as usize % 8;
                    text::Edit {
                        start: s,
                        end: e,
                        text: "x".repeat(*c.get(2).unwrap_or(&0) as usize % 3),
                    }
                })
                .collect();
            let _ = text::apply_edits(&text, &mut edits);
        }
    }
}

/// The bundle scanner's one-pass finders against their naive references.
pub fn fast_diff(data: &[u8]) {
    use crate::scan::fast;
    let min = 1 + data.first().map(|&b| b as usize % 16).unwrap_or(0);
    assert_eq!(
        fast::quoted_tokens(data, min),
        fast::quoted_tokens_naive(data, min),
        "quoted_tokens (min {min})"
    );
    let (nums, lists) = fast::numbers_and_lists(data);
    assert_eq!(nums, fast::long_numbers_naive(data), "numbers");
    assert_eq!(lists, fast::number_lists_naive(data), "lists");
}

/// The Bun and SEA container parsers.
pub fn containers(data: &[u8]) {
    for (a, b, _) in crate::scan::bun_modules(data, 0) {
        assert!(a <= b, "bun module {a}..{b}");
        assert!(
            b <= data.len() as u64,
            "bun module {a}..{b} past the input ({})",
            data.len()
        );
    }
    for (a, b, _) in crate::scan::sea_modules(data, 0) {
        assert!(a <= b, "sea module {a}..{b}");
    }
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn tar(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    for (name, data) in entries {
        let mut h = tar::Header::new_gnu();
        h.set_path(name).unwrap();
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        h.set_cksum();
        b.append(&h, *data).unwrap();
    }
    b.into_inner().unwrap()
}

fn zip(entries: &[(&str, &[u8])], deflate: bool) -> Vec<u8> {
    use zip::write::SimpleFileOptions;
    let method = if deflate {
        zip::CompressionMethod::Deflated
    } else {
        zip::CompressionMethod::Stored
    };
    let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, data) in entries {
        z.start_file(
            *name,
            SimpleFileOptions::default().compression_method(method),
        )
        .unwrap();
        z.write_all(data).unwrap();
    }
    z.finish().unwrap().into_inner()
}

/// The scanner on a raw file, then on the input wrapped as byte 0 says: raw, gzip, tar, zip,
/// tgz, zip in zip, tgz in zip, or tar named `.tar` (one or two entries: byte 1 splits).
///
/// One scanner takes both inputs: building its detectors (a dozen regexes) costs far more than
/// scanning a small input, and twice as much in the fuzzer's instrumented build.
pub fn scan(data: &[u8]) {
    // The detectors are compiled once per process (they cost ~57 ms, 98% of an exec).
    static DET: std::sync::OnceLock<std::sync::Arc<crate::scan::detect::Detectors>> =
        std::sync::OnceLock::new();
    let det = DET
        .get_or_init(|| std::sync::Arc::new(crate::scan::detect::Detectors::new(&[])))
        .clone();
    let mut s = crate::scan::Scanner::with_detectors(det);
    s.scan_reader("fuzz", data.len() as u64, &mut &data[..], 0);
    let Some((&sel, rest)) = data.split_first() else {
        let r = s.finish();
        serde_json::to_string(&r).expect("the report serialises");
        return;
    };
    // Two entries when byte 1 is odd, split where it says.
    let (a, b): (&[u8], Option<&[u8]>) = match rest.split_first() {
        Some((&k, body)) if k & 1 == 1 => {
            let at = (k as usize >> 1) * body.len() / 128;
            (&body[..at], Some(&body[at..]))
        }
        _ => (rest, None),
    };
    let mut entries: Vec<(&str, &[u8])> = vec![("package/a.js", a)];
    if let Some(b) = b {
        entries.push(("package/b.js", b));
    }
    let deflate = sel & 0x80 != 0;
    let (name, bytes) = match sel % 8 {
        0 => ("fuzz.tgz", rest.to_vec()),
        1 => ("fuzz.tgz", gzip(rest)),
        2 => ("fuzz.tar", tar(&entries)),
        3 => ("fuzz.zip", zip(&entries, deflate)),
        4 => ("fuzz.tgz", gzip(&tar(&entries))),
        5 => (
            "fuzz.zip",
            zip(&[("inner.zip", &zip(&entries, deflate))], !deflate),
        ),
        6 => (
            "fuzz.zip",
            zip(&[("package.tgz", &gzip(&tar(&entries)))], deflate),
        ),
        _ => ("fuzz", tar(&entries)),
    };
    s.scan_top(name, bytes.len() as u64, &mut Cursor::new(&bytes));
    let r = s.finish();
    let json = serde_json::to_string(&r).expect("the report serialises");
    assert!(json.starts_with('{'));
}

/// The document readers: the first byte picks the format; Office and OpenDocument formats get
/// the rest of the input as their main XML part inside a real zip (so the XML walkers are
/// reached), the others read it raw. Then the document check. Invariants: no panic; every
/// hidden-text finding has a place; findings' places name parts that exist.
pub fn documents(data: &[u8]) {
    const KINDS: &[(&str, &str)] = &[
        ("docx", "word/document.xml"),
        ("xlsx", "xl/workbook.xml"),
        ("pptx", "ppt/presentation.xml"),
        ("odt", "content.xml"),
        ("ods", "content.xml"),
        ("odp", "content.xml"),
        ("eml", ""),
        ("mbox", ""),
        ("html", ""),
        ("rtf", ""),
        ("pdf", ""),
    ];
    let Some((&sel, rest)) = data.split_first() else {
        return;
    };
    let (kind, member) = KINDS[sel as usize % KINDS.len()];
    let bytes = if member.is_empty() {
        rest.to_vec()
    } else {
        let mut buf = Cursor::new(Vec::new());
        {
            let mut z = zip::ZipWriter::new(&mut buf);
            let o = zip::write::SimpleFileOptions::default();
            let _ = z.start_file(member, o);
            let _ = z.write_all(rest);
            // The second half also as a secondary part (styles, shared strings, slide 1).
            let second = match kind {
                "docx" => "word/styles.xml",
                "xlsx" => "xl/sharedStrings.xml",
                "pptx" => "ppt/slides/slide1.xml",
                _ => "styles.xml",
            };
            let _ = z.start_file(second, o);
            let _ = z.write_all(&rest[rest.len() / 2..]);
            let _ = z.finish();
        }
        buf.into_inner()
    };
    let kind: &'static str = KINDS
        .iter()
        .find(|k| k.0 == kind)
        .map(|k| k.0)
        .unwrap_or("html");
    if let Ok(doc) = crate::doc::extract(kind, &bytes) {
        let findings = crate::doc::check::check(&doc, "fuzz", &Options::default());
        for f in &findings {
            if f.code.starts_with("TD") {
                assert!(f.place.is_some(), "{} without a place", f.code);
            }
        }
    }
}

/// Code understanding on any text: parse, data flow, sandboxed evaluation of what it finds, and
/// the chain-directed reading of a large text around seeds taken from the input itself.
/// Invariants: no panic, no hang (the sandbox's tick and size caps), every position inside the
/// text.
pub fn code(data: &[u8]) {
    let t = lossy(data);
    let a = crate::code::analyse(&t, 0);
    for f in &a.findings {
        assert!(f.at <= t.len(), "finding at {} past {}", f.at, t.len());
        for s in &f.sources {
            assert!(s.at <= t.len(), "source at {} past {}", s.at, t.len());
        }
    }
    // Seeds: every `(` of the text, a few.
    let seeds: Vec<usize> = t.match_indices('(').map(|(i, _)| i).take(8).collect();
    let b = crate::code::analyse_around(&t, &seeds, 0);
    for f in &b.findings {
        assert!(f.at <= t.len(), "finding at {} past {}", f.at, t.len());
    }
}
