//! SARIF 2.1.0 output for code-scanning tools: one run, the rules that fired with their docs,
//! one result per finding with its file, line, column and byte range.

use crate::report::{Finding, Severity};
use serde_json::{json, Value};

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Critical | Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low | Severity::Info => "note",
    }
}

/// SARIF for findings; `default_uri` names the input when a finding has no path (text checks).
pub fn to_sarif(findings: &[Finding], default_uri: &str) -> Value {
    to_sarif_with(findings, default_uri, &[], None)
}

/// SARIF with provenance: each input as an artifact with its length and SHA-256, and the
/// time of the check as the invocation's end.
pub fn to_sarif_with(
    findings: &[Finding],
    default_uri: &str,
    checked: &[crate::report::Checked],
    generated: Option<&str>,
) -> Value {
    let mut ids: Vec<&str> = findings.iter().map(|f| f.rule.as_str()).collect();
    ids.sort();
    ids.dedup();
    let rules: Vec<Value> = ids
        .iter()
        .filter_map(|id| crate::rules::find(id))
        .map(|r| {
            let d = crate::rules::doc(r);
            json!({
                "id": d.id,
                "name": d.id,
                "shortDescription": { "text": d.title },
                "fullDescription": { "text": d.what },
                "help": { "text": format!("{}\n\n{}\n\nExample: {}", d.what, d.why, d.example) },
                "properties": { "code": d.code, "max_severity": d.max_severity.as_str() },
            })
        })
        .collect();
    let results: Vec<Value> = findings
        .iter()
        .map(|f| {
            let mut region = json!({ "byteOffset": f.location.byte_offset, "byteLength": f.location.byte_len });
            // Code scanning needs a start line: a finding about a whole file (an archive
            // problem, a part not read) is placed on its first line.
            region["startLine"] = json!(f.location.line.max(1));
            region["startColumn"] = json!(f.location.column.max(1));
            let mut text = match &f.place {
                Some(p) => format!("[{}] {} {}", p, f.message, f.meaning),
                None => format!("{} {}", f.message, f.meaning),
            };
            if let Some(t) = f.decoded.as_ref().and_then(|d| d.text.as_ref()) {
                text.push_str(&format!(" Decoded: {}", t.replace('\n', ", ")));
            }
            let mut res = json!({
                "ruleId": f.rule,
                "level": level(f.severity),
                "message": { "text": text },
                "locations": [{ "physicalLocation": {
                    "artifactLocation": { "uri": f.path.clone().unwrap_or_else(|| default_uri.to_string()) },
                    "region": region,
                }}],
                "properties": { "severity": f.severity.as_str(), "covert": f.covert, "confidence": f.confidence },
            });
            // The replay (issue 13): each environment, what the code wrote, what changed.
            if !f.replay.is_empty() {
                res["properties"]["replay"] = json!(f.replay);
                if let Some(c) = &f.replay_call {
                    res["properties"]["replayCall"] = json!(c);
                }
            } else if let Some(n) = &f.replay_note {
                res["properties"]["replayNote"] = json!(n);
            }
            // Documents: where in the document (page, paragraph, Sheet!A1, slide).
            if let Some(p) = &f.place {
                res["locations"][0]["logicalLocations"] = json!([{ "name": p, "kind": "element" }]);
            }
            res
        })
        .collect();
    let mut run = json!({
        "tool": { "driver": { "name": "telltale", "version": env!("CARGO_PKG_VERSION"), "rules": rules } },
        "results": results,
    });
    if !checked.is_empty() {
        run["artifacts"] = Value::Array(
            checked
                .iter()
                .map(|c| {
                    let mut a = json!({ "location": { "uri": c.name }, "length": c.size });
                    if let Some(h) = &c.sha256 {
                        a["hashes"] = json!({ "sha-256": h });
                    }
                    if let Some(v) = c.verdict {
                        a["properties"] = json!({ "verdict": v, "complete": c.complete });
                    }
                    a
                })
                .collect(),
        );
    }
    if let Some(g) = generated {
        // An input not read completely is a tool notification, and the run is not called a
        // success: nothing is claimed about what was not read.
        let notes: Vec<Value> = checked
            .iter()
            .filter(|c| !c.complete)
            .map(|c| {
                json!({
                    "level": "warning",
                    "message": { "text": format!("{}: not checked completely{}", c.name,
                        c.reason.as_deref().map(|r| format!(" ({})", r)).unwrap_or_default()) },
                    "locations": [{ "physicalLocation": { "artifactLocation": { "uri": c.name } } }],
                })
            })
            .collect();
        let mut inv = json!({ "executionSuccessful": notes.is_empty(), "endTimeUtc": g });
        if !notes.is_empty() {
            inv["toolExecutionNotifications"] = Value::Array(notes);
        }
        run["invocations"] = json!([inv]);
    }
    json!({
        "version": "2.1.0",
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "runs": [run],
    })
}
