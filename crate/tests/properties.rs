//! Property tests: every fast path against its naive reference, decoders against encoders,
//! and the no-panic contract on hostile text.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use telltale::text::locate;

/// Characters that exercise every class: ASCII, newlines, CR, combining marks, emoji parts,
/// zero-width and bidi controls, tags, variation selectors, CJK, Cyrillic, fillers.
fn spicy_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::char::range('a', 'z'),
        1 => prop::sample::select(vec![' ', '\n', '\r', '\t', '.', '-', '/', '\'', '"', '0', '9']),
        2 => prop::sample::select(vec![
            '\u{0301}', '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{2062}', '\u{2064}', '\u{FEFF}',
            '\u{202E}', '\u{2066}', '\u{2069}', '\u{200F}', '\u{E0041}', '\u{E007F}', '\u{E0001}', '\u{FE0F}',
            '\u{FE00}', '\u{E0100}', '\u{1F468}', '\u{1F3F4}', '\u{1F3FD}', '\u{1F1EB}', '\u{4E2D}', '\u{3002}',
            '\u{FF0C}', '\u{0430}', '\u{03BF}', '\u{3164}', '\u{00A0}', '\u{2019}', '\u{02BC}', '\u{02B9}',
            '\u{0000}', '\u{001B}', '\u{E000}', '\u{0251}', '\u{05D0}', '\u{0627}', '年', '月', '日', '\u{FF12}',
        ]),
    ]
}

fn spicy_string(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(spicy_char(), 0..max).prop_map(|v| v.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn resolver_matches_naive(text in spicy_string(120), picks in prop::collection::vec(0usize..1000, 0..20)) {
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let offs: Vec<usize> = picks.iter().map(|p| bounds[p % bounds.len()]).collect();
        let fast = locate::resolve(&text, &offs);
        for o in offs {
            prop_assert_eq!(fast[&o], locate::resolve_naive(&text, o), "offset {} in {:?}", o, text);
        }
    }

    #[test]
    fn never_panics_and_reports_sane_locations(text in spicy_string(200)) {
        let r = telltale::check_text(&text, &Default::default());
        for f in &r.findings {
            prop_assert!(f.location.byte_offset <= text.len());
            prop_assert!(f.location.line >= 1 && f.location.column >= 1);
        }
        for m in &r.marks {
            prop_assert!(m.byte_start <= m.byte_end && m.byte_end <= text.len());
            prop_assert!(m.utf16_start <= m.utf16_end);
        }
        // The cleaned text is itself no worse than a notice.
        let again = telltale::check_text(&r.views.cleaned, &Default::default());
        prop_assert!(matches!(again.verdict.as_str(), "clean" | "notice" | "suspicious"));
    }

    #[test]
    fn never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let r = telltale::check_bytes(&bytes, &Default::default());
        prop_assert!(r.input.invalid_byte_count <= bytes.len());
    }

    #[test]
    fn tag_smuggling_round_trips(msg in "[ -~]{1,40}") {
        let hidden: String = msg.chars().map(|c| char::from_u32(0xE0000 + c as u32).unwrap()).collect();
        let r = telltale::check_text(&format!("Hello{}world", hidden), &Default::default());
        prop_assert_eq!(r.verdict.as_str(), "covert");
        let decoded = r.findings.iter().find(|f| f.rule == "tag-smuggling").and_then(|f| f.decoded.as_ref()?.text.clone());
        prop_assert_eq!(decoded, Some(msg));
    }

    #[test]
    fn variation_selector_smuggling_round_trips(msg in "[a-z][a-z ]{5,30}[a-z]") {
        let hidden: String = msg.bytes().map(|b| char::from_u32(if b < 16 { 0xFE00 + b as u32 } else { 0xE0100 + b as u32 - 16 }).unwrap()).collect();
        let r = telltale::check_text(&format!("ok \u{1F600}{} done", hidden), &Default::default());
        let decoded = r.findings.iter().find(|f| f.rule == "variation-selector-smuggling").and_then(|f| f.decoded.as_ref()?.text.clone());
        prop_assert_eq!(decoded, Some(msg));
    }

    #[test]
    fn sneaky_bits_round_trip(msg in "[a-z][a-z ]{5,30}[a-z]") {
        let hidden: String = msg.bytes().flat_map(|b| (0..8).rev().map(move |i| if b >> i & 1 == 1 { '\u{2064}' } else { '\u{2062}' })).collect();
        let r = telltale::check_text(&format!("Note.{}", hidden), &Default::default());
        let decoded = r.findings.iter().find(|f| f.rule == "zero-width-encoding").and_then(|f| f.decoded.as_ref()?.text.clone());
        prop_assert_eq!(decoded, Some(msg));
    }

    #[test]
    fn binary_zero_width_round_trips(msg in "[a-z][a-z ]{5,30}[a-z]", flip in any::<bool>()) {
        let (zero, one) = if flip { ('\u{200C}', '\u{200B}') } else { ('\u{200B}', '\u{200C}') };
        let hidden: String = msg.bytes().flat_map(|b| (0..8).rev().map(move |i| if b >> i & 1 == 1 { one } else { zero })).collect();
        let r = telltale::check_text(&format!("Hi {} there", hidden), &Default::default());
        let decoded = r.findings.iter().find(|f| f.rule == "zero-width-encoding").and_then(|f| f.decoded.as_ref()?.text.clone());
        prop_assert_eq!(decoded, Some(msg));
    }
}

/// Bytes that make the bundle scanner's candidate finders work: quotes, digits, hex letters,
/// `x`, commas, spaces, brackets, escapes, word characters, and anything else.
fn scanner_bytes(max: usize) -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        // numbers of every length around the 9–10 digit window, decimal and 0x-hex
        3 => "[0-9]{1,12}".prop_map(String::into_bytes),
        2 => "0x[0-9a-fA-F]{6,10}".prop_map(String::into_bytes),
        // numeric arrays, some long enough, some not
        2 => "[\\[(]([0-9]{1,3},[\n ]?){3,12}[0-9]{1,3}[\\])]".prop_map(String::into_bytes),
        // quoted tokens
        2 => "[\"'`][A-Za-z0-9+/=\\\\.,;|-]{0,20}[\"'`]?".prop_map(String::into_bytes),
        2 => prop::collection::vec(
            prop::sample::select(b",, \n\t\x0b[]()\"'`\\=+/.;|-_gzx".to_vec()),
            1..4
        ),
        1 => prop::collection::vec(any::<u8>(), 1..4),
    ];
    prop::collection::vec(piece, 0..max).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// The block-at-a-time number and array finders find exactly what trying every position finds.
    #[test]
    fn scanner_numbers_and_lists_match_naive(bytes in scanner_bytes(40)) {
        use telltale::scan::fast;
        let (nums, lists) = fast::numbers_and_lists(&bytes);
        prop_assert_eq!(nums, fast::long_numbers_naive(&bytes));
        prop_assert_eq!(lists, fast::number_lists_naive(&bytes));
    }

    /// The one-pass quoted-token finder finds exactly what checking every quote pair finds.
    #[test]
    fn scanner_quoted_tokens_match_naive(bytes in scanner_bytes(40), min in 1usize..16) {
        use telltale::scan::fast;
        prop_assert_eq!(fast::quoted_tokens(&bytes, min), fast::quoted_tokens_naive(&bytes, min));
    }
}

/// Fuzz reproducer `fast_diff-lists-mismatch-min.bin`: commas alone between brackets are no
/// numeric array (an array needs eight numbers), and the block pass and the naive reference
/// agree on it wherever it sits relative to the 16-byte blocks.
#[test]
fn scanner_lists_of_commas_alone_are_no_arrays() {
    use telltale::scan::fast;
    let repro = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fuzz-regressions/fast_diff/fast_diff-lists-mismatch-min.bin"
    ))
    .unwrap();
    assert!(repro.windows(9).any(|w| w == b"[,,,,,,,]"));
    for w in [
        repro.clone(),
        b"[,,,,,,,]".to_vec(),
        b"x=[, , ,\n,,,,,,];".to_vec(),
    ] {
        let (_, lists) = fast::numbers_and_lists(&w);
        assert_eq!(
            lists,
            fast::number_lists_naive(&w),
            "{:?}",
            String::from_utf8_lossy(&w)
        );
        assert!(lists.is_empty());
    }
    for pad in 0..32 {
        let mut w = vec![b'x'; pad];
        w.extend_from_slice(b"[,,,,,,,]");
        w.extend_from_slice(&vec![b'x'; 40 - pad]);
        assert_eq!(
            fast::numbers_and_lists(&w).1,
            fast::number_lists_naive(&w),
            "pad {pad}"
        );
        let mut w = vec![b'x'; pad];
        w.extend_from_slice(b"[1,2,3,4,5,6,7,8]");
        w.extend_from_slice(&vec![b'x'; 40 - pad]);
        assert_eq!(fast::number_lists_naive(&w), vec![(pad, pad + 17)]);
        assert_eq!(
            fast::numbers_and_lists(&w).1,
            fast::number_lists_naive(&w),
            "pad {pad}"
        );
    }
}

// The one-pass linker against the naive all-pairs reference: with hits far enough apart that
// every one is kept, a sink is in a chain exactly when a source and a comparison (list or
// target) lie within reach of it.
mod linker {
    use proptest::prelude::*;
    use telltale::scan::detect::{Hit, Kind};
    use telltale::scan::link::{Kept, Linker, REACH};

    fn kind(k: u8) -> Kind {
        match k % 4 {
            0 => Kind::Source,
            1 => Kind::Target,
            2 => Kind::List,
            _ => Kind::Sink,
        }
    }

    fn naive(hits: &[(usize, Kind)]) -> Vec<usize> {
        let near = |a: usize, b: usize| a.abs_diff(b) <= REACH;
        let mut out: Vec<usize> = hits
            .iter()
            .filter(|(p, k)| {
                *k == Kind::Sink
                    && hits.iter().any(|(q, k)| *k == Kind::Source && near(*p, *q))
                    && hits
                        .iter()
                        .any(|(q, k)| matches!(k, Kind::List | Kind::Target) && near(*p, *q))
            })
            .map(|(p, _)| *p)
            .collect();
        out.sort();
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]
        #[test]
        fn chains_match_the_all_pairs_reference(slots in prop::collection::btree_set(0usize..400, 0..60), kinds in prop::collection::vec(0u8..4, 60)) {
            // Slots 5,000 bytes apart: more than the keep spacing, so every hit is kept.
            let mut hits: Vec<(usize, Kind)> = slots.iter().enumerate().map(|(i, s)| (s * 5000, kind(kinds[i]))).collect();
            // At most 20 sinks, so every chain is written out.
            let mut sinks = 0;
            hits.retain(|h| h.1 != Kind::Sink || { sinks += 1; sinks <= 20 });
            let mut l = Linker::new();
            for &(p, k) in &hits {
                let mut h = Hit::new(k, "r", telltale::i18n::Msg::new(&format!("{:?}", k)), p, p + 3);
                h.line = 1;
                h.column = p + 1;
                if l.admit(&h) {
                    l.keep(Kept::new(h, false, None));
                }
                l.advance(p.saturating_sub(70_000));
            }
            let (findings, _) = l.finish(&|_| "x".to_string());
            let mut got: Vec<usize> = findings.iter().filter(|f| f.covert).map(|f| f.location.byte_offset).collect();
            got.sort();
            prop_assert_eq!(got, naive(&hits));
        }
    }
}

/// JavaScript-like bytes for the bracket pass: brackets of every kind, quotes, template
/// literals with `${`, comments, slashes (division and regular expressions), escapes,
/// keywords that decide regex-or-division, and arbitrary bytes.
fn js_bytes(max: usize) -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        4 => prop::sample::select(vec![
            "{", "}", "(", ")", "[", "]", "${", "`", "'", "\"", "\\", "/", "//", "/*", "*/", "\n",
            " ", "x", "a1", "return ", "typeof ", "in ", "=", ",", ";", ")/", "]/", "}/", "$",
        ])
        .prop_map(|s: &str| s.as_bytes().to_vec()),
        2 => "[a-z$_]{1,6}".prop_map(String::into_bytes),
        1 => prop::collection::vec(any::<u8>(), 1..3),
    ];
    prop::collection::vec(piece, 0..max).prop_map(|v| v.concat())
}

#[cfg(feature = "files")]
proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    /// The table-driven bracket pass pairs exactly what the byte-at-a-time reference pairs.
    #[test]
    fn brackets_match_naive(bytes in js_bytes(60)) {
        use telltale::code::extract::{brackets, brackets_reference};
        let (f, r) = (brackets(&bytes), brackets_reference(&bytes));
        prop_assert_eq!(f.curly, r.curly);
        prop_assert_eq!(f.paren, r.paren);
    }
}

#[cfg(feature = "files")]
proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// The anchors' leftmost-first matcher (the fast path) finds every place any anchor occurs,
    /// as a search for each anchor alone does, anchors touching, repeated or cut short.
    #[test]
    fn anchor_matcher_finds_what_each_anchor_finds(parts in prop::collection::vec(prop_oneof![
        3 => prop::sample::select(telltale::code::extract::ANCHORS.to_vec()).prop_map(String::from),
        2 => prop::sample::select(telltale::code::extract::ANCHORS.to_vec())
            .prop_flat_map(|a| (Just(a), 1..a.len()))
            .prop_map(|(a, n)| a[..n].to_string()),
        2 => "[a-zA-Z.()/ ]{0,6}",
    ], 0..40)) {
        let text = parts.concat();
        let b = text.as_bytes();
        let ac = telltale::code::extract::anchor_matcher().unwrap();
        let fast: Vec<(usize, usize)> = ac.find_iter(b).map(|m| (m.start(), m.end())).collect();
        let naive: Vec<usize> = telltale::code::extract::ANCHORS
            .iter()
            .flat_map(|a| memchr::memmem::find_iter(b, a.as_bytes()).collect::<Vec<_>>())
            .collect();
        // Each match is a real occurrence; each occurrence is a match or inside one (where
        // anchors overlap, `location.hostname()`, the window around the first covers both).
        for &(s, _) in &fast {
            prop_assert!(naive.contains(&s), "{:?} at {}", text, s);
        }
        for &p in &naive {
            prop_assert!(fast.iter().any(|&(s, e)| s <= p && p < e), "{:?} missed {}", text, p);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    /// The embedded programs' markers found in the sinks' pass (the fast path) are where a
    /// search for each marker alone finds them, beside sink anchors, cut short or repeated.
    #[test]
    fn window_markers_are_where_the_markers_are(parts in prop::collection::vec(prop_oneof![
        2 => Just(telltale::scan::detect::SEA_MAGIC.to_vec()),
        2 => Just(telltale::scan::detect::BUN_TRAILER.to_vec()),
        1 => Just(b"\n---- Bun! ----\n---- Bun! ----\n".to_vec()),
        2 => prop::sample::select(vec![&b"\\u200b"[..], "\u{2019}".as_bytes(), b"replace", b"split(", b"\\uFE0F"])
            .prop_map(|b| b.to_vec()),
        2 => prop::collection::vec(any::<u8>(), 0..6),
        1 => prop::collection::vec(prop::sample::select(vec![0x20u8, 0xda, 0x43, 0x01, b'\n', b'-', b' ']), 0..8),
    ], 0..30)) {
        let w = parts.concat();
        let det = telltale::scan::detect::Detectors::new(&[]);
        let got = det.scan_window(&w);
        let sea: Vec<usize> = memchr::memmem::find_iter(&w, telltale::scan::detect::SEA_MAGIC).collect();
        let bun = memchr::memmem::find_iter(&w, telltale::scan::detect::BUN_TRAILER).last();
        prop_assert_eq!(got.sea, sea);
        prop_assert_eq!(got.bun, bun);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    /// Snippets from binaries: nothing unprintable survives, printable text is kept as it is.
    #[test]
    fn printable_snippets_hold_no_control_bytes(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let s = String::from_utf8_lossy(&bytes);
        let p = telltale::scan::printable(&s);
        let bad = p.chars().any(|c| (c.is_control() && c != '\n' && c != '\t') || c == char::REPLACEMENT_CHARACTER);
        prop_assert!(!bad, "{:?}", p);
        let clean: String = s.chars().filter(|c| !c.is_control() && *c != char::REPLACEMENT_CHARACTER).collect();
        prop_assert_eq!(telltale::scan::printable(&clean), clean);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 5000, ..ProptestConfig::default() })]

    /// The cached script and alphanumeric lookups answer what the Unicode tables answer, for
    /// any character, however the cache's slots collide.
    #[test]
    fn cached_char_classes_match_the_tables(cs in prop::collection::vec(any::<char>(), 1..64)) {
        use unicode_script::UnicodeScript;
        for c in cs.iter().chain(cs.iter()) {
            prop_assert_eq!(telltale::text::chars::script(*c), c.script());
            prop_assert_eq!(telltale::text::chars::is_alnum(*c), c.is_alphanumeric());
        }
    }
}

/// Text made of date pieces: digits (ASCII and full-width), separators, CJK date words,
/// month names, ordinals and the characters that make a date part of something larger.
fn date_soup(max: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[0-9]{1,5}",
        2 => prop::sample::select(vec!["-", "/", ".", "．", "／", "－", " ", ", ", "\n", ":", "T", "x", "a"]).prop_map(String::from),
        1 => prop::sample::select(vec!["年", "月", "日", "２０２６", "０４", "１２", "after:", "http://h/", "www."]).prop_map(String::from),
        1 => prop::sample::select(vec!["Apr", "april", "May", "Sept.", "DEC", "3rd", "of ", "June"]).prop_map(String::from),
        // Whole dates, either order, with the same or different separators.
        3 => (990u32..3010, prop::sample::select(vec!['-', '/', '.']), 0u32..40, prop::sample::select(vec!['-', '/', '.']), 0u32..40, any::<bool>())
            .prop_map(|(y, s1, a, s2, b, ymd)| if ymd { format!("{y}{s1}{a:02}{s2}{b}") } else { format!("{a}{s1}{b}{s2}{y}") }),
        1 => (990u32..3010, 0u32..14, 0u32..33, any::<bool>()).prop_map(|(y, m, d, sp)| if sp { format!("{y} 年 {m} 月 {d} 日") } else { format!("{y}年{m}月{d}日") }),
    ];
    prop::collection::vec(piece, 0..max).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    /// The date finder that reads the numeric forms' digits itself and makes each pattern's
    /// words once finds what the regex-groups reference finds: the same dates, words and
    /// ISO forms, in order; the capped form keeps the first dates and counts all.
    #[test]
    fn dates_match_the_reference(text in date_soup(40), cap in 0usize..6) {
        use telltale::text::dates::{find_dates, find_dates_capped, find_dates_reference};
        let key = |v: Vec<telltale::report::DateEntry>| -> Vec<(String, String, Option<String>, usize)> {
            v.into_iter().map(|d| (d.text, d.pattern, d.iso, d.location.byte_offset)).collect()
        };
        let (fast, reference) = (find_dates(&text), find_dates_reference(&text));
        let all = key(reference);
        prop_assert_eq!(key(fast), all.clone(), "{:?}", text);
        let (first, counts, total) = find_dates_capped(&text, cap);
        prop_assert_eq!(total, all.len());
        prop_assert_eq!(key(first), all.iter().take(cap).cloned().collect::<Vec<_>>());
        prop_assert_eq!(counts.iter().map(|c| c.1).sum::<usize>(), all.len());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// UTF-16 length counted from bytes equals the sum of each character's UTF-16 length.
    #[test]
    fn utf16_len_counts_what_chars_count(cs in prop::collection::vec(any::<char>(), 0..64), text in spicy_string(60)) {
        let s: String = cs.into_iter().collect();
        for t in [s.as_str(), text.as_str()] {
            prop_assert_eq!(telltale::text::locate::utf16_len(t), t.chars().map(char::len_utf16).sum::<usize>());
        }
    }
}
