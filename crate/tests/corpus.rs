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
