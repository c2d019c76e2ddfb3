//! Hostile inputs: huge runs of invisible characters, one giant grapheme cluster, thousands of
//! markers on one line. The report stays bounded (caps stated in the crate docs), says what it
//! left out, and still decodes what it can. Speed is measured in BENCHMARKS.md, not here.
#![cfg(not(target_arch = "wasm32"))]

use telltale::text::{MAX_FINDINGS_PER_RULE, MAX_MARKS, MAX_OCCURRENCES};

fn check(s: &str) -> telltale::report::Report {
    telltale::check_text(s, &Default::default())
}

#[test]
fn a_million_zero_width_characters() {
    let r = check(&"\u{200B}\u{200C}".repeat(500_000));
    assert!(r.marks.len() <= MAX_MARKS);
    assert!(
        r.notes
            .iter()
            .any(|n| n.contains(&MAX_OCCURRENCES.to_string())),
        "{:?}",
        r.notes
    );
    assert_eq!(r.verdict.as_str(), "covert");
}

#[test]
fn one_grapheme_of_a_million_variation_selectors() {
    let s: String = std::iter::once('\u{1F600}')
        .chain((0..1_000_000u32).map(|i| char::from_u32(0xE0100 + i % 240).unwrap()))
        .collect();
    let r = check(&s);
    // A million hidden bytes that read as no text: suspicious (covert needs a decoded message).
    assert_eq!(r.verdict.as_str(), "suspicious");
    assert!(r
        .findings
        .iter()
        .any(|f| f.rule == "variation-selector-smuggling"
            && f.severity == telltale::report::Severity::High));
    // Positions inside the one cluster all share its column.
    assert!(r.findings.iter().all(|f| f.location.line == 1));
}

#[test]
fn many_date_lines_on_one_line_are_capped() {
    let r = check(&"Today\u{2019}s date is 2026/04/03. ".repeat(20_000));
    let n = r
        .findings
        .iter()
        .filter(|f| f.rule == "dateline-marker")
        .count();
    assert_eq!(n, MAX_FINDINGS_PER_RULE);
    assert!(
        r.notes
            .iter()
            .any(|x| x.starts_with("dateline-marker: 20000 findings")),
        "{:?}",
        r.notes
    );
    assert_eq!(r.dates.patterns, vec![("YYYY/MM/DD".to_string(), 20_000)]);
}

#[test]
fn bidi_overrides_on_a_giant_line() {
    let r = check(&"a\u{202E}".repeat(300_000));
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == "bidi-control")
        .unwrap();
    // 300,000 controls: the first MAX_OCCURRENCES are examined one by one, and the report says so.
    assert_eq!(f.count, MAX_OCCURRENCES);
    assert!(
        r.notes.iter().any(|n| n.contains("unusual characters")),
        "{:?}",
        r.notes
    );
    assert!(
        f.decoded
            .as_ref()
            .unwrap()
            .text
            .as_ref()
            .unwrap()
            .chars()
            .count()
            <= 3000
    );
}

#[test]
fn deep_nesting_stops_at_the_depth_limit() {
    // tags inside variation selectors inside variation selectors…: decoded two levels deep only.
    let tags = |s: &str| {
        s.chars()
            .map(|c| char::from_u32(0xE0000 + c as u32).unwrap())
            .collect::<String>()
    };
    let vs = |s: &str| {
        s.bytes()
            .map(|b| {
                char::from_u32(if b < 16 {
                    0xFE00 + b as u32
                } else {
                    0xE0100 + b as u32 - 16
                })
                .unwrap()
            })
            .collect::<String>()
    };
    let l0 = format!("w{}", tags("deepest"));
    let l1 = format!("x{}", vs(&l0));
    let l2 = format!("y{}", vs(&l1));
    let r = check(&format!("ok z{} end", vs(&l2)));
    let vsf = |fs: &[telltale::report::Finding]| {
        fs.iter()
            .find(|f| f.rule == "variation-selector-smuggling")
            .cloned()
            .unwrap()
    };
    let top = vsf(&r.findings);
    assert_eq!(
        top.decoded.as_ref().unwrap().text.as_deref(),
        Some(l2.as_str())
    );
    let lvl1 = vsf(&top
        .decoded
        .as_ref()
        .unwrap()
        .nested
        .as_ref()
        .expect("depth 1 checked")
        .findings);
    let lvl2 = vsf(&lvl1
        .decoded
        .as_ref()
        .unwrap()
        .nested
        .as_ref()
        .expect("depth 2 checked")
        .findings);
    assert_eq!(
        lvl2.decoded.as_ref().unwrap().text.as_deref(),
        Some(l0.as_str())
    );
    assert!(
        lvl2.decoded.as_ref().unwrap().nested.is_none(),
        "depth 3 is not checked"
    );
}

// ---- Large texts: checked in segments, located in the whole input --------------------------

use telltale::text::segments::SEGMENT;

/// About `bytes` of ordinary multi-line prose, with `special` lines placed at given line numbers.
fn prose(bytes: usize, special: &[(usize, &str)]) -> String {
    let mut s = String::new();
    let mut line = 1;
    while s.len() < bytes {
        match special.iter().find(|(l, _)| *l == line) {
            Some((_, t)) => s.push_str(t),
            None => s.push_str(&format!(
                "Line {} of an ordinary report: the team met on Tuesday and agreed the plan.",
                line
            )),
        }
        s.push('\n');
        line += 1;
    }
    s
}

#[test]
fn a_large_text_is_checked_in_segments_and_located_in_the_whole() {
    let cyr = "Log in to your p\u{0430}ypal account.";
    let tags: String = "hi"
        .chars()
        .map(|c| char::from_u32(0xE0000 + c as u32).unwrap())
        .collect();
    let tagged = format!("Nothing to see{} here.", tags);
    let t = prose(
        3 * SEGMENT + 1000,
        &[
            (20_000, cyr),
            (35_000, &tagged),
            (60_000, "Today\u{2019}s date is 2026/04/03."),
        ],
    );
    assert!(t.len() > 3 * SEGMENT);
    let r = check(&t);
    assert_eq!(r.verdict.as_str(), "covert");
    assert!(
        r.notes
            .iter()
            .any(|n| n.starts_with("Checked in 4 segments")),
        "{:?}",
        r.notes
    );
    let by_rule = |rule: &str| {
        r.findings
            .iter()
            .find(|f| f.rule == rule)
            .unwrap_or_else(|| panic!("{} found", rule))
    };
    assert_eq!(by_rule("dateline-marker").location.line, 60_000);
    assert_eq!(by_rule("tag-smuggling").location.line, 35_000);
    let w = by_rule("mixed-script-word");
    assert_eq!(w.location.line, 20_000);
    // Byte and UTF-16 offsets point at the flagged text in the whole input.
    assert_eq!(
        &t[w.location.byte_offset..w.location.byte_offset + 6],
        "p\u{0430}ypa"
    );
    let units: Vec<u16> = t.encode_utf16().collect();
    let m = r
        .marks
        .iter()
        .find(|m| m.rule == "mixed-script-word")
        .unwrap();
    assert_eq!(units[m.utf16_start], 0x0430);
    assert_eq!(&t[m.byte_start..m.byte_end], "\u{0430}");
    assert_eq!(r.stats.lines, t.lines().count() + 1);
    assert_eq!(r.stats.bytes, t.len());
}

#[test]
fn segments_agree_with_the_whole_text_check() {
    // The naive reference: the same text checked whole.
    let t = prose(
        2 * SEGMENT + 5000,
        &[
            (
                1_000,
                "Caf\u{00E9} \u{201C}quoted\u{201D} and \u{2018}single\u{2019}.",
            ),
            (9_000, "A zero\u{200B}width and a no\u{00A0}break space."),
            (30_000, "Bidi \u{202E}override\u{202C} here."),
        ],
    );
    let seg = check(&t);
    let whole = telltale::text::check_whole(&t, &Default::default());
    assert_eq!(seg.verdict, whole.verdict);
    let rules = |r: &telltale::report::Report| {
        let mut v: Vec<String> = r.findings.iter().map(|f| f.rule.clone()).collect();
        v.sort();
        v.dedup();
        v
    };
    assert_eq!(rules(&seg), rules(&whole));
    let inv = |r: &telltale::report::Report| {
        let mut v: Vec<(String, usize)> = r
            .characters
            .iter()
            .map(|c| (c.code_point.clone(), c.count))
            .collect();
        v.sort();
        v
    };
    assert_eq!(inv(&seg), inv(&whole));
    for f in &whole.findings {
        let g = seg.findings.iter().find(|g| g.rule == f.rule).unwrap();
        assert_eq!(
            (g.location.line, g.location.byte_offset),
            (f.location.line, f.location.byte_offset),
            "{}",
            f.rule
        );
    }
}

#[test]
fn a_single_line_larger_than_a_segment_still_shows_its_date_line() {
    let mut t = "word ".repeat(SEGMENT); // 5 segments on one line
    t.push_str("Today\u{2019}s date is 2026/04/03.");
    let r = check(&t);
    assert_eq!(r.verdict.as_str(), "covert");
}

#[test]
fn utf16_and_invalid_bytes_decode_the_same_in_pieces() {
    let text = prose(
        SEGMENT + 70_000,
        &[(20_000, "Today\u{2019}s date is 2026/04/03.")],
    );
    let mut le = vec![0xFF, 0xFE];
    le.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
    let r = telltale::check_bytes(&le, &Default::default());
    assert_eq!(r.input.encoding, "utf-16le (BOM)");
    assert_eq!(r.verdict.as_str(), "covert");
    assert_eq!(r.findings[0].location.line, 20_000);
    let mut bad = text.clone().into_bytes();
    bad[SEGMENT - 1] = 0xFF; // an invalid byte right at the first read's end
    let r = telltale::check_bytes(&bad, &Default::default());
    assert_eq!(r.input.invalid_byte_count, 1);
    assert_eq!(r.input.invalid_bytes, vec![SEGMENT - 1]);
}

#[test]
fn a_stream_is_read_up_to_its_cap_and_says_so() {
    let t = prose(3 * SEGMENT, &[]);
    let mut r = t.as_bytes();
    let (rep, truncated) = telltale::text::segments::check_reader(
        &mut r,
        &Default::default(),
        (SEGMENT + 10) as u64,
        None,
    )
    .unwrap();
    assert!(truncated);
    assert!(
        rep.notes.iter().any(|n| n.contains("Only the first")),
        "{:?}",
        rep.notes
    );
    assert!(rep.summary.contains("the rest was not checked"));
}

#[test]
fn the_cleaned_text_streams_out_in_order() {
    let t = prose(2 * SEGMENT + 10, &[(5, "zero\u{200B}width")]);
    let mut out = String::new();
    let mut cb = |p: &str| out.push_str(p);
    let mut r = t.as_bytes();
    telltale::text::segments::check_reader(&mut r, &Default::default(), u64::MAX, Some(&mut cb))
        .unwrap();
    assert_eq!(out, t.replace('\u{200B}', ""));
}

// One line without whitespace or line breaks: each rule that looks at a word's surroundings
// (the token a date or an invisible character sits in, the line around a look-alike word, the
// text's orthography) looks within a bounded window. These took minutes when they did not.

#[test]
fn a_hundred_thousand_dates_on_one_line_without_spaces() {
    let r = check(&["2024-01-01"; 100_000].join(";"));
    // One pattern throughout: nothing mixed to report.
    assert!(r.findings.iter().all(|f| f.rule != "mixed-date-formats"));
}

#[test]
fn fifty_thousand_dotless_i_words() {
    let r = check(&["dısable"; 50_000].join(" "));
    assert_eq!(r.verdict.as_str(), "suspicious");
    assert!(r.findings.iter().any(|f| f.rule == "look-alike-character"));
}

#[test]
fn forty_thousand_look_alike_words_on_one_line() {
    let r = check(&"hello world hello world hello world hello world \u{0430}\u{0440}\u{0440}\u{04CF}\u{0435} ".repeat(40_000));
    assert_eq!(r.verdict.as_str(), "suspicious");
    assert!(r.findings.len() <= MAX_FINDINGS_PER_RULE * 20);
}

#[test]
fn thirty_thousand_word_joiners_inside_words() {
    let r = check(&"ab\u{2060}".repeat(30_000));
    assert!(r.findings.iter().any(
        |f| f.rule == "invisible-character" && f.severity == telltale::report::Severity::Medium
    ));
}
