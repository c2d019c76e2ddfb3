//! The channel corpus (`tests/corpus/channels/`, described by `cases.json`), checked the same
//! way natively and in wasm: every covert fixture `covert` with its hidden list decoded by
//! evaluation (the values in `decoded_list_contains` appear in the finding), except one-way
//! digests the corpus says cannot be reversed without the hosts; every near-miss `clean` or
//! `notice`.

use serde_json::Value;
use telltale::scan::ScanReport;

pub fn cases(json: &str) -> Vec<Value> {
    serde_json::from_str::<Value>(json)
        .expect("cases.json parses")
        .as_array()
        .expect("an array")
        .clone()
}

#[derive(Default, Debug)]
pub struct Tally {
    pub covert: usize,
    pub clean: usize,
    pub decoded: usize,
    pub failures: Vec<String>,
    /// Covert fixtures `cases.json` marks as known gaps (`known_gap`: why the analysis misses
    /// it): reported with their reason, never counted as found; one that comes out covert is a
    /// failure too, so that the mark is removed when the gap is closed.
    pub gaps: Vec<String>,
}

impl Tally {
    /// Count one case's report.
    pub fn add(&mut self, case: &Value, rep: &ScanReport) {
        let file = case["file"].as_str().unwrap_or("?");
        let verdict = rep.verdict.as_str();
        if file.starts_with("covert/") {
            if let Some(why) = case["known_gap"].as_str() {
                if verdict == "covert" {
                    self.failures
                        .push(format!("{}: covert, but marked as a known gap", file));
                } else {
                    self.gaps.push(format!("{}: {} ({})", file, verdict, why));
                }
                return;
            }
            if verdict != "covert" {
                self.failures
                    .push(format!("{}: {} (expected covert)", file, verdict));
                return;
            }
            self.covert += 1;
            let text: String = rep
                .findings
                .iter()
                .filter(|f| f.code == "TB005")
                .map(|f| {
                    // The full lists are in the decoded text; the meaning previews them.
                    let decoded = f
                        .decoded
                        .as_ref()
                        .and_then(|d| d.text.clone())
                        .unwrap_or_default();
                    format!("{} {} {}", f.message, f.meaning, decoded)
                })
                .collect();
            let want: Vec<&str> = case["decoded_list_contains"]
                .as_array()
                .map(|a| a.iter().filter_map(|x| x.as_str()).collect())
                .unwrap_or_default();
            // Short values (country codes, TLDs) as whole tokens: `il` is not found in "file".
            let found = |w: &str| {
                if w.chars().count() > 3 {
                    return text.contains(w);
                }
                text.match_indices(w).any(|(i, _)| {
                    let before = text[..i].chars().next_back();
                    let after = text[i + w.len()..].chars().next();
                    !before.is_some_and(|c| c.is_alphanumeric())
                        && !after.is_some_and(|c| c.is_alphanumeric())
                })
            };
            let missing: Vec<&&str> = want.iter().filter(|w| !found(w)).collect();
            let digest = case["hiding"]
                .as_str()
                .unwrap_or("")
                .contains("reversible only against a watchlist");
            if missing.is_empty() {
                self.decoded += 1;
            } else if !digest {
                self.failures
                    .push(format!("{}: list not decoded, missing {:?}", file, missing));
            }
        } else if verdict == "clean" || verdict == "notice" {
            self.clean += 1;
        } else {
            self.failures
                .push(format!("{}: {} (expected clean or notice)", file, verdict));
        }
    }

    /// Every case right, and the corpus still of its promised size.
    pub fn assert_all_right(&self) {
        assert!(self.failures.is_empty(), "{}", self.failures.join("\n"));
        assert!(self.covert >= 20 && self.clean >= 20, "{:?}", self);
    }
}
