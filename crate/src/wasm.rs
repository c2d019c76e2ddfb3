//! Wasm bindings for the page (run inside a Web Worker).

use serde::Serialize;
use wasm_bindgen::prelude::*;

fn to_js<T: Serialize>(v: &T) -> Result<JsValue, JsValue> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsValue::from_str(&e.to_string()))
}

/// The `lang` of an options object, when it asks for another language than the default.
fn lang_option(options: &Option<JsValue>) -> Option<String> {
    let o = options.as_ref()?;
    if !o.is_object() {
        return None;
    }
    let v = js_sys::Reflect::get(o, &JsValue::from_str("lang")).ok()?;
    let tag = v.as_string()?;
    (crate::i18n::best_language(&tag) != crate::i18n::DEFAULT_LANG).then_some(tag)
}

/// A boolean member of an options object, when it is one.
fn bool_option(options: &Option<JsValue>, key: &str) -> Option<bool> {
    let o = options.as_ref().filter(|o| o.is_object())?;
    js_sys::Reflect::get(o, &JsValue::from_str(key))
        .ok()?
        .as_bool()
}

/// A report in the language an options object asks for.
fn to_js_in<T: Serialize>(v: &T, lang: Option<String>) -> Result<JsValue, JsValue> {
    match lang {
        None => to_js(v),
        Some(tag) => {
            let mut j = serde_json::to_value(v).map_err(|e| JsValue::from_str(&e.to_string()))?;
            crate::i18n::localize_value(&mut j, &tag);
            to_js(&j)
        }
    }
}

/// A report (text or scan) with its words rendered again in another language (`"zh-CN"`,
/// `"en"`; any tag picks the nearest catalogue): every message carried as data (`msg`,
/// `meaning_msg`, `summary_msg`…) is rendered from that language's catalogue.
#[wasm_bindgen(js_name = localize, unchecked_return_type = "TextReport | ScanReport")]
pub fn localize(
    #[wasm_bindgen(unchecked_param_type = "TextReport | ScanReport")] report: JsValue,
    lang: &str,
) -> Result<JsValue, JsValue> {
    let mut j: serde_json::Value = serde_wasm_bindgen::from_value(report)
        .map_err(|e| JsValue::from_str(&format!("bad report: {}", e)))?;
    crate::i18n::localize_value(&mut j, lang);
    to_js(&j)
}

/// The languages there are catalogues for.
#[wasm_bindgen(js_name = languages, unchecked_return_type = "string[]")]
pub fn languages() -> Result<JsValue, JsValue> {
    to_js(&crate::i18n::languages())
}

fn parse_options(options: JsValue) -> Result<crate::Options, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(crate::Options::default());
    }
    serde_wasm_bindgen::from_value(options)
        .map_err(|e| JsValue::from_str(&format!("bad options: {}", e)))
}

/// Types of what the functions take and return (the package's `.d.ts`).
#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** From least to most serious; "unchecked": nothing could be read, no claim is made. */
export type Verdict = "unchecked" | "clean" | "notice" | "suspicious" | "covert";
export type Severity = "info" | "low" | "medium" | "high" | "critical";
export type Confidence = "low" | "medium" | "high";
export interface TextOptions {
  /** Password for encrypted StegCloak payloads. */
  password?: string;
  /** In the cleaned text, also write curly quotes and dashes as ASCII. */
  ascii_punctuation?: boolean;
  /** Also return the views (cleaned text, revealed text). */
  views?: boolean;
  /** Language of the report's words ("en", "zh-CN"); see `localize`. */
  lang?: string;
  /** Compute the text's SHA-256 for `checked` (default true). A caller with a faster digest
   * (the page's worker uses the browser's `crypto.subtle` for large texts) sets false and
   * fills `checked[0].sha256` itself. */
  sha256?: boolean;
}
export interface ScanOptions {
  /** Extra names or domains to look for in decoded lists. */
  watchlist?: string[];
  /** Language of the report's words ("en", "zh-CN"); see `localize`. */
  lang?: string;
}
/** A message as data: its id in the catalogues (locales/*.ftl) and its arguments. */
export interface Msg { id: string; args?: Record<string, unknown> }
export interface Location {
  line: number; column: number; byte_offset: number; utf16_offset: number;
  byte_len: number; utf16_len: number;
}
export interface ReplayRun {
  /** The environment the code was run under, and what it printed or returned. */
  env: string; env_zh: string; output: string;
  changes: string[]; learns: string; learns_zh: string;
}
/** What was seen, where, a snippet, what it means, and how sure. */
export interface Finding {
  rule: string; code: string; severity: Severity; covert: boolean;
  message: string; meaning: string; confidence: Confidence;
  /** `message` and `meaning` as data, rendered in any language by `localize`. */
  msg?: Msg; meaning_msg?: Msg;
  location: Location; snippet: string; count: number; occurrences?: Location[];
  decoded?: { scheme: string; text?: string; flags?: Record<string, boolean>; bytes_hex?: string };
  /** For scans: the file (`archive.tgz!package/index.js`). */
  path?: string; excerpt?: string; place?: string; place_msg?: Msg;
  brief?: { en: string; zh: string }; message_zh?: string;
  replay?: ReplayRun[]; replay_call?: string; replay_note?: string;
}
/** Each input given: its name, size, SHA-256, its own verdict, whether it was read completely. */
export interface Checked {
  name: string; size: number; sha256?: string; verdict?: Verdict; complete: boolean; reason?: string;
}
export interface TextReport {
  tool: string; version: string; verdict: Verdict; summary: string; summary_zh: string;
  summary_msg?: Msg; lang?: string;
  findings: Finding[]; input: any; stats: any; characters: any[]; punctuation: any[];
  dates: any; views: any; marks: any[]; notes?: string[]; notes_msg?: Msg[]; generated?: string; checked: Checked[];
}
export interface ScanReport {
  tool: string; version: string; verdict: Verdict; summary: string; summary_zh: string;
  summary_msg?: Msg; lang?: string;
  findings: Finding[];
  inputs: { path: string; size: number; kind: string; bytes_read: number; skipped?: string }[];
  inputs_not_listed?: number;
  /** What was read and what was not: a part not read is never called clean. */
  coverage: { complete: boolean; bytes_checked: number; unchecked?: { path: string; reason: string }[]; unchecked_count: number };
  notes?: string[]; notes_msg?: Msg[]; generated?: string; checked?: Checked[];
}
export interface RuleDoc {
  code: string; id: string; title: string; what: string; why: string; example: string;
  max_severity: Severity; zh: { title: string; what: string; why: string };
}
"#;

/// Check a text. `options`: `{ password?, ascii_punctuation?, views?, lang?, sha256? }` (or
/// undefined); `on_progress(done, total)`, when given, is called before each 2 MiB segment of
/// a large text.
#[wasm_bindgen(js_name = checkText, unchecked_return_type = "TextReport")]
pub fn check_text(
    text: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "TextOptions")] options: Option<JsValue>,
    #[wasm_bindgen(unchecked_optional_param_type = "(done: number, total: number) => void")]
    on_progress: Option<js_sys::Function>,
) -> Result<JsValue, JsValue> {
    let lang = lang_option(&options);
    let hash = bool_option(&options, "sha256").unwrap_or(true);
    let opts = parse_options(options.unwrap_or(JsValue::UNDEFINED))?;
    let mut r = match &on_progress {
        Some(f) => crate::text::check_text_progress(text, &opts, &mut |done, total| {
            let _ = f.call2(
                &JsValue::NULL,
                &JsValue::from_f64(done as f64),
                &JsValue::from_f64(total as f64),
            );
        }),
        None => crate::check_text(text, &opts),
    };
    r.generated = Some(now_iso());
    r.checked = vec![crate::report::Checked {
        name: "pasted text".into(),
        size: text.len() as u64,
        sha256: hash.then(|| crate::report::sha256_hex(text.as_bytes())),
        verdict: Some(r.verdict),
        complete: true,
        reason: None,
    }];
    to_js_in(&r, lang)
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
#[wasm_bindgen(js_name = checkBytes, unchecked_return_type = "TextReport")]
pub fn check_bytes(
    bytes: &[u8],
    #[wasm_bindgen(unchecked_optional_param_type = "TextOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let lang = lang_option(&options);
    let opts = parse_options(options.unwrap_or(JsValue::UNDEFINED))?;
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
    to_js_in(&r, lang)
}

/// The largest module [`inflate_module`] will produce (the file-analysis module is about 6.5 MB).
const MAX_MODULE: usize = 64 << 20;

/// Inflate the page's file-analysis module, which ships xz-compressed (a third smaller than
/// gzip): the text module, loaded first, does it, because browsers' `DecompressionStream` has no
/// xz (nor brotli everywhere). The xz container's CRC32 is checked; output is capped at 64 MiB.
#[wasm_bindgen(js_name = inflateModule, skip_typescript)]
pub fn inflate_module(bytes: &[u8]) -> Result<Vec<u8>, JsValue> {
    inflate_xz_capped(bytes, MAX_MODULE)
        .map_err(|e| JsValue::from_str(&format!("file-analysis module: {}", e)))
}

/// xz-decompress at most `cap` bytes.
pub fn inflate_xz_capped(mut bytes: &[u8], cap: usize) -> Result<Vec<u8>, String> {
    struct Capped {
        out: Vec<u8>,
        cap: usize,
    }
    impl std::io::Write for Capped {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            if self.out.len() + b.len() > self.cap {
                return Err(std::io::Error::other(format!(
                    "larger than {} MiB",
                    self.cap >> 20
                )));
            }
            self.out.extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut w = Capped {
        out: Vec::with_capacity((bytes.len() * 4).min(cap)),
        cap,
    };
    lzma_rs::xz_decompress(&mut bytes, &mut w).map_err(|e| e.to_string())?;
    Ok(w.out)
}

/// Every rule with its documentation.
#[wasm_bindgen(unchecked_return_type = "RuleDoc[]")]
pub fn rules() -> Result<JsValue, JsValue> {
    to_js(&crate::rules::all_docs())
}

#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// A browser `Blob` (or `File`) read synchronously, one window at a time, with `Blob.slice`
/// and `FileReaderSync` (available in Web Workers): memory stays one window whatever the size.
#[cfg(feature = "files")]
struct BlobReader<'a> {
    blob: &'a web_sys::Blob,
    reader: &'a web_sys::FileReaderSync,
    pos: u64,
    size: u64,
    /// Bytes read so far in all files, and a progress callback `(done, total, name)`.
    progress: Option<(&'a js_sys::Function, &'a std::cell::Cell<u64>, f64, &'a str)>,
}

#[cfg(feature = "files")]
impl std::io::Read for BlobReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.pos >= self.size || buf.is_empty() {
            return Ok(0);
        }
        let want = (buf.len() as u64).min(self.size - self.pos).min(1 << 20);
        let part = self
            .blob
            .slice_with_f64_and_f64(self.pos as f64, (self.pos + want) as f64)
            .map_err(|e| std::io::Error::other(format!("{:?}", e)))?;
        let ab = self
            .reader
            .read_as_array_buffer(&part)
            .map_err(|e| std::io::Error::other(format!("cannot read the file: {:?}", e)))?;
        let arr = js_sys::Uint8Array::new(&ab);
        let n = (arr.length() as usize).min(buf.len());
        arr.subarray(0, n as u32).copy_to(&mut buf[..n]);
        self.pos += n as u64;
        if let Some((f, done, total, name)) = self.progress {
            let before = done.get();
            done.set(before + n as u64);
            // Every 2 MiB and at the end.
            if (before >> 21) != (done.get() >> 21) || done.get() as f64 >= total {
                let _ = f.call3(
                    &JsValue::NULL,
                    &JsValue::from(done.get() as f64),
                    &JsValue::from(total),
                    &JsValue::from_str(name),
                );
            }
        }
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
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct ScanOpts {
    watchlist: Vec<String>,
    /// The files' names, in order, when they differ from `File.name`: the path inside a
    /// dropped or chosen folder (`ext/lib/env.js`), so imports between them resolve.
    names: Vec<String>,
    /// Files of a dropped folder that were not handed over (the page's cap on a folder walk):
    /// reported as not read.
    unlisted: u64,
}

#[cfg(feature = "files")]
fn scan_opts(options: JsValue) -> Result<ScanOpts, JsValue> {
    if options.is_undefined() || options.is_null() {
        Ok(ScanOpts::default())
    } else {
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| JsValue::from_str(&format!("bad options: {}", e)))
    }
}

#[cfg(feature = "files")]
/// Scan files: `files` is an array of `File`s or `Blob`s (a `Blob` is named `blob-N`), read
/// here with `FileReaderSync`, so this runs in a Web Worker (in a page's main thread or in
/// Node, use `scanBytes`). `onProgress(done, total, name)`, if given, is called every 2 MiB.
#[wasm_bindgen(js_name = scanFiles, unchecked_return_type = "ScanReport")]
pub fn scan_files(
    #[wasm_bindgen(unchecked_param_type = "Array<Blob | File>")] files: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ScanOptions")] options: Option<JsValue>,
    #[wasm_bindgen(
        unchecked_optional_param_type = "(done: number, total: number, name: string) => void"
    )]
    on_progress: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    use wasm_bindgen::JsCast;
    let lang = lang_option(&options);
    let opts = scan_opts(options.unwrap_or(JsValue::UNDEFINED))?;
    let list: js_sys::Array = files
        .dyn_into()
        .map_err(|_| JsValue::from_str("scanFiles: expected an array of File or Blob"))?;
    let mut blobs: Vec<(String, web_sys::Blob)> = Vec::new();
    for (i, v) in list.iter().enumerate() {
        let name = match opts.names.get(i) {
            Some(n) if !n.is_empty() => n.clone(),
            _ => v
                .dyn_ref::<web_sys::File>()
                .map(|f| f.name())
                .unwrap_or_else(|| format!("blob-{}", i + 1)),
        };
        let blob: web_sys::Blob = v.dyn_into().map_err(|_| {
            JsValue::from_str(&format!("scanFiles: item {} is not a File or Blob", i))
        })?;
        blobs.push((name, blob));
    }
    let reader = web_sys::FileReaderSync::new().map_err(|_| {
        JsValue::from_str("scanFiles reads files with FileReaderSync, which only Web Workers have; use scanBytes elsewhere")
    })?;
    let progress: Option<js_sys::Function> = on_progress.and_then(|f| f.dyn_into().ok());
    let total: f64 = blobs.iter().map(|(_, b)| b.size()).sum();
    let done = std::cell::Cell::new(0u64);
    let mut s = crate::scan::Scanner::new(&opts.watchlist);
    for (name, blob) in &blobs {
        let size = blob.size() as u64;
        let mut r = BlobReader {
            blob,
            reader: &reader,
            pos: 0,
            size,
            progress: progress.as_ref().map(|f| (f, &done, total, name.as_str())),
        };
        s.scan_top(name, size, &mut r);
    }
    if opts.unlisted > 0 {
        s.not_read(
            "folder",
            &format!(
                "{} more files in the folder were not read (the page takes at most {} files at a time); check the folder as a .zip, or with the telltale command",
                opts.unlisted,
                blobs.len()
            ),
        );
    }
    let mut rep = s.finish();
    rep.generated = Some(now_iso());
    to_js_in(&rep, lang)
}

#[cfg(feature = "files")]
/// Scan one input held in memory (a tarball, a zip, a bundle, a document, an executable):
/// `name` is how the report names it (its extension helps recognise it).
#[wasm_bindgen(js_name = scanBytes, unchecked_return_type = "ScanReport")]
pub fn scan_bytes(
    name: &str,
    bytes: &[u8],
    #[wasm_bindgen(unchecked_optional_param_type = "ScanOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let lang = lang_option(&options);
    let opts = scan_opts(options.unwrap_or(JsValue::UNDEFINED))?;
    let mut s = crate::scan::Scanner::new(&opts.watchlist);
    s.scan_top(name, bytes.len() as u64, &mut std::io::Cursor::new(bytes));
    let mut rep = s.finish();
    rep.generated = Some(now_iso());
    to_js_in(&rep, lang)
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
pub fn to_markdown(
    #[wasm_bindgen(unchecked_param_type = "TextReport | ScanReport")] report: JsValue,
    lang: &str,
) -> Result<String, JsValue> {
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
pub fn to_sarif(
    #[wasm_bindgen(unchecked_param_type = "TextReport | ScanReport")] report: JsValue,
    uri: &str,
) -> Result<String, JsValue> {
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
#[wasm_bindgen(unchecked_return_type = "{ names: string[]; domains: string[] }")]
pub fn watchlist() -> Result<JsValue, JsValue> {
    to_js(&serde_json::json!({
        "names": crate::scan::detect::WATCHLIST,
        "domains": crate::scan::detect::DOMAINS,
    }))
}
