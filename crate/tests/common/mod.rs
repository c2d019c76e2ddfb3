//! The corpus checker shared by the native, CLI and wasm tests: one `cases.json`, one set of
//! expectations, three ways of running them.
#![allow(dead_code)]

pub mod channels;
pub mod documents;

use serde_json::{json, Value};
use telltale::report::{Finding, Report, Severity};

/// Scan one file as the page and the CLI do (a top-level input of known size): the document
/// and channel corpora, natively and in wasm.
pub fn scan_file(name: &str, bytes: &[u8]) -> telltale::scan::ScanReport {
    let mut s = telltale::scan::Scanner::new(&[]);
    s.scan_top(name, bytes.len() as u64, &mut std::io::Cursor::new(bytes));
    s.finish()
}

pub fn cases(manifest: &str) -> Vec<Value> {
    let v: Value = serde_json::from_str(manifest).expect("cases.json parses");
    v["cases"].as_array().expect("cases array").clone()
}

pub fn options(case: &Value) -> telltale::Options {
    let mut o: telltale::Options = case
        .get("options")
        .map(|o| serde_json::from_value(o.clone()).expect("options"))
        .unwrap_or_default();
    if let Some(p) = case.get("password").and_then(Value::as_str) {
        o.password = Some(p.to_string());
    }
    o
}

/// The input bytes of a case: a file from the corpus, inline text, or hex.
pub fn input(case: &Value, read_file: &dyn Fn(&str) -> Vec<u8>) -> Vec<u8> {
    if let Some(f) = case.get("file").and_then(Value::as_str) {
        read_file(f)
    } else if let Some(t) = case.get("text").and_then(Value::as_str) {
        t.as_bytes().to_vec()
    } else if let Some(h) = case.get("hex").and_then(Value::as_str) {
        (0..h.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&h[i..i + 2], 16).unwrap())
            .collect()
    } else {
        panic!("case {} has no input", case["name"])
    }
}

pub fn run(case: &Value, read_file: &dyn Fn(&str) -> Vec<u8>) -> Report {
    telltale::check_bytes(&input(case, read_file), &options(case))
}

fn all_findings(r: &Report) -> Vec<&Finding> {
    let mut out: Vec<&Finding> = Vec::new();
    fn walk<'a>(fs: &'a [Finding], out: &mut Vec<&'a Finding>) {
        for f in fs {
            out.push(f);
            if let Some(n) = f.decoded.as_ref().and_then(|d| d.nested.as_ref()) {
                walk(&n.findings, out);
            }
        }
    }
    walk(&r.findings, &mut out);
    out
}

/// Check a report against a case; returns every failed expectation.
pub fn check(case: &Value, r: &Report) -> Vec<String> {
    let name = case["name"].as_str().unwrap_or("?");
    let mut errs = Vec::new();
    let verdict = r.verdict.as_str();
    if let Some(v) = case.get("verdict").and_then(Value::as_str) {
        if v != verdict {
            errs.push(format!(
                "{}: verdict {} (expected {}); findings: {:?}",
                name,
                verdict,
                v,
                r.findings.iter().map(|f| &f.rule).collect::<Vec<_>>()
            ));
        }
    }
    if let Some(vs) = case.get("verdict_in").and_then(Value::as_array) {
        if !vs.iter().any(|v| v == verdict) {
            errs.push(format!("{}: verdict {} not in {:?}", name, verdict, vs));
        }
    }
    let rules: Vec<&str> = r.findings.iter().map(|f| f.rule.as_str()).collect();
    for want in case
        .get("rules")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if !rules.contains(&want.as_str().unwrap()) {
            errs.push(format!(
                "{}: rule {} missing (have {:?})",
                name, want, rules
            ));
        }
    }
    for no in case
        .get("absent_rules")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if rules.contains(&no.as_str().unwrap()) {
            errs.push(format!("{}: rule {} should not fire", name, no));
        }
    }
    if let Some(m) = case.get("min_severity").and_then(Value::as_object) {
        for (rule, sev) in m {
            let want = Severity::parse(sev.as_str().unwrap()).unwrap();
            if !r
                .findings
                .iter()
                .any(|f| &f.rule == rule && f.severity >= want)
            {
                errs.push(format!("{}: no {} finding at {} or above", name, rule, sev));
            }
        }
    }
    let texts: Vec<String> = r
        .findings
        .iter()
        .filter_map(|f| f.decoded.as_ref()?.text.clone())
        .collect();
    if let Some(d) = case.get("decoded").and_then(Value::as_str) {
        if !texts.iter().any(|t| t == d) {
            errs.push(format!(
                "{}: decoded {:?} not found (have {:?})",
                name, d, texts
            ));
        }
    }
    if let Some(d) = case.get("nested_decoded").and_then(Value::as_str) {
        let nested: Vec<String> = all_findings(r)
            .iter()
            .filter_map(|f| f.decoded.as_ref()?.text.clone())
            .collect();
        if !nested.iter().any(|t| t == d) {
            errs.push(format!(
                "{}: nested decoded {:?} not found (have {:?})",
                name, d, nested
            ));
        }
    }
    if let Some(s) = case.get("scheme").and_then(Value::as_str) {
        let schemes: Vec<&str> = r
            .findings
            .iter()
            .filter_map(|f| Some(f.decoded.as_ref()?.scheme.as_str()))
            .collect();
        if !schemes.iter().any(|x| x.contains(s)) {
            errs.push(format!(
                "{}: no scheme containing {:?} (have {:?})",
                name, s, schemes
            ));
        }
    }
    if let Some(flags) = case.get("flags") {
        let got: Vec<Value> = r
            .findings
            .iter()
            .filter_map(|f| f.decoded.as_ref()?.flags)
            .map(|f| serde_json::to_value(f).unwrap())
            .collect();
        if !got.iter().any(|g| g == flags) {
            errs.push(format!(
                "{}: flags {} not found (have {:?})",
                name, flags, got
            ));
        }
        for g in &got {
            let keys: Vec<&String> = g.as_object().unwrap().keys().collect();
            if keys.len() != 3 {
                errs.push(format!(
                    "{}: flags object must have exactly three keys, has {:?}",
                    name, keys
                ));
            }
        }
    }
    if let Some(c) = case.get("cleaned").and_then(Value::as_str) {
        if r.views.cleaned != c {
            errs.push(format!(
                "{}: cleaned {:?} (expected {:?})",
                name, r.views.cleaned, c
            ));
        }
    }
    if let Some(c) = case.get("cleaned_contains").and_then(Value::as_str) {
        if !r.views.cleaned.contains(c) {
            errs.push(format!("{}: cleaned text lacks {:?}", name, c));
        }
    }
    for c in case
        .get("cleaned_lacks")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        if r.views.cleaned.contains(c.as_str().unwrap()) {
            errs.push(format!("{}: cleaned text still contains {:?}", name, c));
        }
    }
    if let Some(inv) = case.get("invalid_bytes").and_then(Value::as_array) {
        let want: Vec<usize> = inv.iter().map(|v| v.as_u64().unwrap() as usize).collect();
        if r.input.invalid_bytes != want {
            errs.push(format!(
                "{}: invalid bytes {:?} (expected {:?})",
                name, r.input.invalid_bytes, want
            ));
        }
    }
    // Whatever the case: the cleaned text of a non-clean input must itself come out clean or
    // notice (it is meant to be shared), and every finding must say where it is.
    if verdict != "clean" && case.get("password").is_none() && case.get("hex").is_none() {
        let again = telltale::check_text(&r.views.cleaned, &Default::default());
        if !matches!(again.verdict.as_str(), "clean" | "notice") {
            errs.push(format!(
                "{}: cleaned text is still {} ({:?})",
                name,
                again.verdict.as_str(),
                again.findings.iter().map(|f| &f.rule).collect::<Vec<_>>()
            ));
        }
    }
    for f in &r.findings {
        if f.location.line == 0
            || f.location.column == 0
            || f.message.is_empty()
            || f.meaning.is_empty()
        {
            errs.push(format!(
                "{}: finding {} lacks a location or words",
                name, f.rule
            ));
        }
    }
    errs
}

/// The stable digest kept as a golden file: what a reviewer cares about, not timings.
pub fn digest(r: &Report) -> Value {
    json!({
        "verdict": r.verdict,
        "findings": r.findings.iter().map(|f| json!({
            "rule": f.rule, "severity": f.severity, "covert": f.covert, "confidence": f.confidence,
            "at": format!("{}:{} byte {} utf16 {}+{}", f.location.line, f.location.column, f.location.byte_offset, f.location.utf16_offset, f.location.utf16_len),
            "count": f.count, "message": f.message,
            "decoded": f.decoded.as_ref().map(|d| json!({"scheme": d.scheme, "text": d.text, "flags": d.flags, "encrypted": d.encrypted})),
        })).collect::<Vec<_>>(),
        "dates": r.dates.patterns,
        "punctuation": r.punctuation.iter().map(|p| json!({"role": p.role, "mixed": p.mixed, "variants": p.variants.iter().map(|v| format!("{} {} x{}", v.code_point, v.style, v.count)).collect::<Vec<_>>()})).collect::<Vec<_>>(),
        "cleaned": r.views.cleaned,
    })
}
