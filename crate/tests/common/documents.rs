//! The document corpus (`tests/corpus/documents/`, made by `make_documents.py` with the real
//! libraries): one manifest, checked natively, through the CLI and in wasm.

use serde_json::Value;
use telltale::scan::ScanReport;

/// Known gaps (`known-gaps.json`, shared with the CLI test): the verdict is still not the one
/// expected; the test fails when one is fixed, so that the entry gets removed.
pub fn known(json: &str) -> Vec<(String, String)> {
    let v: Value = serde_json::from_str(json).expect("known-gaps.json parses");
    v.as_object()
        .map(|o| {
            o.iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string()))
                .collect()
        })
        .unwrap_or_default()
}

pub fn cases(manifest: &str) -> Vec<Value> {
    serde_json::from_str::<Value>(manifest)
        .expect("manifest parses")
        .as_array()
        .expect("an array")
        .clone()
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What is wrong with a report for a case (empty when right).
pub fn check(case: &Value, r: &ScanReport, known: &[(String, String)]) -> Vec<String> {
    let file = case["file"].as_str().unwrap_or("?");
    let expect = case["expect"].as_str().unwrap_or("?");
    let got = r.verdict.as_str();
    let mut errs = vec![];
    let ok = got == expect
        || (case.get("coverage").and_then(Value::as_str) == Some("empty") && got == "unchecked");
    match known.iter().find(|k| k.0 == file) {
        Some((_, why)) => {
            if ok {
                errs.push(format!(
                    "{}: known gap fixed ({}): remove it from KNOWN",
                    file, why
                ));
            }
            return errs;
        }
        None if !ok => errs.push(format!(
            "{}: expected {}, got {} ({})",
            file,
            expect,
            got,
            r.summary.chars().take(200).collect::<String>()
        )),
        None => {}
    }
    // The hidden text is shown to the reader, in a finding of this file.
    if let Some(h) = case.get("hidden").and_then(Value::as_str) {
        if expect != "clean" {
            let want: String = squash(h).chars().take(30).collect();
            let shown = r.findings.iter().any(|f| {
                let mut all = format!("{} {}", f.message, f.snippet);
                if let Some(d) = &f.decoded {
                    all.push_str(d.text.as_deref().unwrap_or(""));
                }
                squash(&all).contains(&want)
            });
            if !shown && !file.ends_with(".md") {
                errs.push(format!(
                    "{}: the hidden text «{}» is not shown in any finding",
                    file, want
                ));
            }
        }
    }
    // Document findings are placed in the document's own terms.
    for f in &r.findings {
        if f.code.starts_with("TD") && f.place.as_deref().is_none_or(str::is_empty) {
            errs.push(format!("{}: {} has no place in the document", file, f.code));
        }
    }
    // Nothing checked is never called clean.
    if expect == "unchecked" && r.coverage.complete && got != "unchecked" {
        errs.push(format!("{}: coverage says complete", file));
    }
    errs
}
