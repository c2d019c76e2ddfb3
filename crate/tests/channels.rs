//! The channel corpus (`tests/corpus/channels/`, described by `cases.json`): every covert
//! fixture must come out `covert` with its hidden list decoded by evaluation (the values named
//! in `decoded_list_contains` appear in the finding), except lists that are one-way digests the
//! corpus says cannot be reversed without knowing the hosts; every near-miss `clean` or
//! `notice`. The fixtures are runnable programs; `tests/tools/channels.test.mjs` shows each one
//! changes its output by environment.
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[test]
fn channel_corpus() {
    let dir = root().join("tests/corpus/channels");
    let cases: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(dir.join("cases.json")).unwrap()).unwrap();
    let mut failures = vec![];
    let (mut covert_ok, mut clean_ok, mut decoded_ok) = (0, 0, 0);
    for c in &cases {
        let file = c["file"].as_str().unwrap();
        let path = dir.join(file);
        let rep = telltale::scan::scan_paths(&[path.to_str().unwrap().to_string()], &[], None);
        let verdict = rep.verdict.as_str().to_string();
        if file.starts_with("covert/") {
            if verdict != "covert" {
                failures.push(format!("{}: {} (expected covert)", file, verdict));
                continue;
            }
            covert_ok += 1;
            let text: String = rep
                .findings
                .iter()
                .filter(|f| f.code == "TB005")
                .map(|f| format!("{} {}", f.message, f.meaning))
                .collect();
            let want: Vec<&str> = c["decoded_list_contains"]
                .as_array()
                .map(|a| a.iter().filter_map(|x| x.as_str()).collect())
                .unwrap_or_default();
            let missing: Vec<&&str> = want.iter().filter(|w| !text.contains(**w)).collect();
            let digest = c["hiding"]
                .as_str()
                .unwrap_or("")
                .contains("reversible only against a watchlist");
            if missing.is_empty() {
                decoded_ok += 1;
            } else if !digest {
                failures.push(format!("{}: list not decoded, missing {:?}", file, missing));
            }
        } else if verdict == "clean" || verdict == "notice" {
            clean_ok += 1;
        } else {
            failures.push(format!("{}: {} (expected clean or notice)", file, verdict));
        }
    }
    eprintln!(
        "covert {} / clean {} / decoded {}",
        covert_ok, clean_ok, decoded_ok
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(covert_ok >= 20 && clean_ok >= 20);
}
