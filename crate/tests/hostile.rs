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
    assert_eq!(r.verdict.as_str(), "covert");
    assert!(r
        .findings
        .iter()
        .any(|f| f.rule == "variation-selector-smuggling"));
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
