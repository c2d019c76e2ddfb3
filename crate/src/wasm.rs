//! Wasm bindings for the page (run inside a Web Worker).

use serde::Serialize;
use wasm_bindgen::prelude::*;

fn to_js<T: Serialize>(v: &T) -> Result<JsValue, JsValue> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsValue::from_str(&e.to_string()))
}

fn parse_options(options: JsValue) -> Result<crate::Options, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(crate::Options::default());
    }
    serde_wasm_bindgen::from_value(options)
        .map_err(|e| JsValue::from_str(&format!("bad options: {}", e)))
}

/// Check a text. `options`: `{ password?, ascii_punctuation?, views? }` (or undefined).
#[wasm_bindgen(js_name = checkText)]
pub fn check_text(text: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let opts = parse_options(options)?;
    let mut r = crate::check_text(text, &opts);
    r.generated = Some(now_iso());
    r.checked = vec![crate::report::Checked {
        name: "pasted text".into(),
        size: text.len() as u64,
        sha256: Some(crate::report::sha256_hex(text.as_bytes())),
        verdict: Some(r.verdict),
        complete: true,
        reason: None,
    }];
    to_js(&r)
}

/// The browser's clock, for the report's date (RFC 3339, UTC).
fn now_iso() -> String {
    let s: String = js_sys::Date::new_0().to_iso_string().into();
    // 2026-11-26T12:00:00.000Z → 2026-11-26T12:00:00Z, as the CLI writes it.
    match s.rfind('.') {
        Some(i) if s.ends_with('Z') => format!("{}Z", &s[..i]),
        _ => s,
    }
}

/// Check raw bytes (a dropped text file): BOM/UTF-16 detection and lossy UTF-8.
#[wasm_bindgen(js_name = checkBytes)]
pub fn check_bytes(bytes: &[u8], options: JsValue) -> Result<JsValue, JsValue> {
    let opts = parse_options(options)?;
    let mut r = crate::check_bytes(bytes, &opts);
    r.generated = Some(now_iso());
    r.checked = vec![crate::report::Checked {
        name: "dropped text".into(),
        size: bytes.len() as u64,
        sha256: Some(crate::report::sha256_hex(bytes)),
        verdict: Some(r.verdict),
        complete: true,
        reason: None,
    }];
    to_js(&r)
}

/// The largest module [`inflate_module`] will produce (the file-analysis module is about 6.5 MB).
const MAX_MODULE: usize = 64 << 20;

/// Inflate the page's file-analysis module, which ships brotli-compressed (a third smaller than
/// gzip): the text module, loaded first, does it, because browsers' `DecompressionStream` has
/// no brotli everywhere. Output is capped at 64 MiB.
#[wasm_bindgen(js_name = inflateModule)]
pub fn inflate_module(bytes: &[u8]) -> Result<Vec<u8>, JsValue> {
    use std::io::Read;
    let mut out = Vec::with_capacity(bytes.len() * 4);
    brotli_decompressor::Decompressor::new(bytes, 1 << 16)
        .take(MAX_MODULE as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|e| JsValue::from_str(&format!("file-analysis module: {}", e)))?;
    if out.len() > MAX_MODULE {
        return Err(JsValue::from_str(
            "file-analysis module: larger than 64 MiB",
        ));
    }
    Ok(out)
}

/// Every rule with its documentation.
#[wasm_bindgen]
pub fn rules() -> Result<JsValue, JsValue> {
    to_js(&crate::rules::all_docs())
}

#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// A browser file read synchronously in the worker: `read(index, offset, length)` returns a
/// `Uint8Array` (the worker uses `FileReaderSync` on `File.slice`), so memory stays one window.
#[cfg(feature = "files")]
struct BlobReader<'a> {
    index: u32,
    pos: u64,
    size: u64,
    read: &'a js_sys::Function,
}

#[cfg(feature = "files")]
impl std::io::Read for BlobReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.pos >= self.size || buf.is_empty() {
            return Ok(0);
        }
        let want = (buf.len() as u64).min(self.size - self.pos).min(1 << 20);
        let v = self
            .read
            .call3(
                &JsValue::NULL,
                &JsValue::from(self.index),
                &JsValue::from(self.pos as f64),
                &JsValue::from(want as f64),
            )
            .map_err(|e| std::io::Error::other(format!("{:?}", e)))?;
        let arr = js_sys::Uint8Array::new(&v);
        let n = (arr.length() as usize).min(buf.len());
        arr.subarray(0, n as u32).copy_to(&mut buf[..n]);
        self.pos += n as u64;
        Ok(n)
    }
}

#[cfg(feature = "files")]
impl std::io::Seek for BlobReader<'_> {
    fn seek(&mut self, to: std::io::SeekFrom) -> std::io::Result<u64> {
        let p = match to {
            std::io::SeekFrom::Start(p) => p as i128,
            std::io::SeekFrom::End(d) => self.size as i128 + d as i128,
            std::io::SeekFrom::Current(d) => self.pos as i128 + d as i128,
        };
        if p < 0 {
            return Err(std::io::Error::other("seek before start"));
        }
        self.pos = p as u64;
        Ok(self.pos)
    }
}

#[cfg(feature = "files")]
#[derive(serde::Deserialize)]
struct FileInfo {
    name: String,
    size: f64,
}

#[cfg(feature = "files")]
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct ScanOpts {
    watchlist: Vec<String>,
}

#[cfg(feature = "files")]
/// Scan files the user chose: `files` is `[{name, size}]`, `read(index, offset, length)` returns
/// their bytes. Returns the scan report.
#[wasm_bindgen(js_name = scanFiles)]
pub fn scan_files(
    files: JsValue,
    read: &js_sys::Function,
    options: JsValue,
) -> Result<JsValue, JsValue> {
    let files: Vec<FileInfo> =
        serde_wasm_bindgen::from_value(files).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let opts: ScanOpts = if options.is_undefined() || options.is_null() {
        ScanOpts::default()
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| JsValue::from_str(&format!("bad options: {}", e)))?
    };
    let mut s = crate::scan::Scanner::new(&opts.watchlist);
    for (i, f) in files.iter().enumerate() {
        let mut r = BlobReader {
            index: i as u32,
            pos: 0,
            size: f.size as u64,
            read,
        };
        s.scan_top(&f.name, f.size as u64, &mut r);
    }
    let mut rep = s.finish();
    rep.generated = Some(now_iso());
    to_js(&rep)
}

/// The parts of a text or scan report the exports need (both kinds of report have them).
#[derive(serde::Deserialize)]
struct AnyReport {
    verdict: crate::report::Verdict,
    summary: String,
    #[serde(default)]
    summary_zh: String,
    findings: Vec<crate::report::Finding>,
    #[serde(default)]
    inputs: Vec<crate::scan::InputEntry>,
    #[serde(default)]
    coverage: crate::scan::Coverage,
    #[serde(default)]
    generated: Option<String>,
    #[serde(default)]
    checked: Vec<crate::report::Checked>,
}

fn any_report(report: JsValue) -> Result<AnyReport, JsValue> {
    serde_wasm_bindgen::from_value(report)
        .map_err(|e| JsValue::from_str(&format!("bad report: {}", e)))
}

/// A report (text or scan) as Markdown, in `lang` ("en" or "zh").
#[wasm_bindgen(js_name = toMarkdown)]
pub fn to_markdown(report: JsValue, lang: &str) -> Result<String, JsValue> {
    let r = any_report(report)?;
    let inputs = crate::scan::input_lines(&r.inputs, &r.coverage);
    let zh = lang.starts_with("zh") && !r.summary_zh.is_empty();
    let summary = if zh { &r.summary_zh } else { &r.summary };
    Ok(crate::markdown::to_markdown(
        r.verdict,
        summary,
        &r.findings,
        &inputs,
        lang,
        &r.checked,
        r.generated.as_deref(),
    ))
}

/// A report (text or scan) as SARIF 2.1.0 (a JSON string); `uri` names pasted text.
#[wasm_bindgen(js_name = toSarif)]
pub fn to_sarif(report: JsValue, uri: &str) -> Result<String, JsValue> {
    let r = any_report(report)?;
    Ok(serde_json::to_string_pretty(&crate::sarif::to_sarif_with(
        &r.findings,
        uri,
        &r.checked,
        r.generated.as_deref(),
    ))
    .unwrap())
}

/// The built-in watchlist (names) and the domains hashed with it.
#[wasm_bindgen]
pub fn watchlist() -> Result<JsValue, JsValue> {
    to_js(&serde_json::json!({
        "names": crate::scan::detect::WATCHLIST,
        "domains": crate::scan::detect::DOMAINS,
    }))
}
