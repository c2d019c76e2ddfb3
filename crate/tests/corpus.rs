//! Native run of the shared corpus (tests/corpus/text/cases.json), with golden digests in
//! tests/golden/text/ (refresh with `make golden` after an intended change, then review the diff).
#![cfg(not(target_arch = "wasm32"))]
mod common;

use std::path::PathBuf;

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/corpus/text")
}

#[test]
fn corpus_cases_hold() {
    let manifest = std::fs::read_to_string(corpus_dir().join("cases.json")).unwrap();
    let read = |f: &str| std::fs::read(corpus_dir().join(f)).unwrap();
    let cases = common::cases(&manifest);
    assert!(cases.len() >= 60, "corpus shrank to {}", cases.len());
    let mut errs = Vec::new();
    for c in &cases {
        errs.extend(common::check(c, &common::run(c, &read)));
    }
    assert!(
        errs.is_empty(),
        "{} failed expectation(s):\n{}",
        errs.len(),
        errs.join("\n")
    );
}

#[test]
fn golden_digests_match() {
    let manifest = std::fs::read_to_string(corpus_dir().join("cases.json")).unwrap();
    let read = |f: &str| std::fs::read(corpus_dir().join(f)).unwrap();
    let golden = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/golden/text");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    std::fs::create_dir_all(&golden).unwrap();
    let mut diffs = Vec::new();
    for c in common::cases(&manifest) {
        // Encrypted StegCloak fixtures change on every regeneration only in bytes, not in findings.
        let name = c["name"].as_str().unwrap();
        let got =
            serde_json::to_string_pretty(&common::digest(&common::run(&c, &read))).unwrap() + "\n";
        let path = golden.join(format!("{}.json", name));
        if update {
            std::fs::write(&path, &got).unwrap();
        } else {
            match std::fs::read_to_string(&path) {
                Ok(want) if want == got => {}
                Ok(_) => diffs.push(format!("{} differs from {}", name, path.display())),
                Err(_) => diffs.push(format!("{} has no golden file (run `make golden`)", name)),
            }
        }
    }
    assert!(
        diffs.is_empty(),
        "golden mismatch (run `make golden` if intended, then review `git diff`):\n{}",
        diffs.join("\n")
    );
}

/// Every finding of a text check is a message as data, and every message renders in every
/// language's catalogue: known ids, every variable given, no argument left unused. A
/// Chinese reader gets Chinese findings (not the English ones) where the words differ.
#[test]
fn every_message_renders_in_every_language() {
    use telltale::i18n::{problems, render, Msg};
    let manifest = std::fs::read_to_string(corpus_dir().join("cases.json")).unwrap();
    let read = |f: &str| std::fs::read(corpus_dir().join(f)).unwrap();
    let mut errs = Vec::new();
    let (mut msgs, mut translated) = (0, 0);
    fn walk<'a>(fs: &'a [telltale::report::Finding], out: &mut Vec<&'a telltale::report::Finding>) {
        for f in fs {
            out.push(f);
            if let Some(n) = f.decoded.as_ref().and_then(|d| d.nested.as_ref()) {
                walk(&n.findings, out);
            }
        }
    }
    for c in common::cases(&manifest) {
        let name = c["name"].as_str().unwrap().to_string();
        let r = common::run(&c, &read);
        let mut all = vec![];
        walk(&r.findings, &mut all);
        let mut check = |what: &str, m: Option<&Msg>| match m {
            None => errs.push(format!("{name}: {what} is not a message")),
            Some(m) => {
                msgs += 1;
                for p in problems(m) {
                    errs.push(format!("{name}: {what}: {p}"));
                }
                if render("en", m) != render("zh-CN", m) {
                    translated += 1;
                }
            }
        };
        check("summary", r.summary_msg.as_ref());
        for f in all {
            check(&format!("{} message", f.rule), f.msg.as_ref());
            check(&format!("{} meaning", f.rule), f.meaning_msg.as_ref());
        }
    }
    assert!(
        errs.is_empty(),
        "{} problem(s):\n{}",
        errs.len(),
        errs.join("\n")
    );
    assert!(msgs > 200, "only {msgs} messages in the corpus");
    // Most messages have words to translate (a bare `3 × U+200B ZERO WIDTH SPACE` has none).
    assert!(
        translated * 2 > msgs,
        "{translated} of {msgs} messages differ in Chinese"
    );
}
