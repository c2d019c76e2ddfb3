//! The bundle scanner: files, directories, gzip, tar and zip (nested), and anything else as
//! bytes, read as streams in fixed windows with overlap. Detectors (see `detect`) run on every
//! window; hits are linked into covert-channel chains as they arrive (see `link`): an
//! environment source, a target or hidden list, and an output-variation sink within
//! [`CHAIN_DISTANCE`] bytes.
//!
//! # Hostile input: the limits, and what the report says when one is reached
//! Every limit reached is **coverage**, never a verdict: the part not read is listed in the
//! report's `coverage.unchecked` with its reason, `coverage.complete` is false, the summary
//! says so, and the CLI exits 2 unless the verdict already fails. Hostile constructions (bombs,
//! overlapping zip entries, sizes that lie, names that escape the archive) are also findings
//! of medium severity, so they can never make a verdict quieter than the same content alone.
//!
//! | limit | value | when reached |
//! |---|---|---|
//! | window | [`WINDOW`] + [`OVERLAP`] bytes per open stream | (memory bound, not a limit on input) |
//! | regular file | read to its end, whatever its size | — |
//! | stream of unknown length (stdin, FIFO, device) | [`MAX_STREAM_BYTES`] | rest not read, stated |
//! | decompression ratio of one stream or entry | [`MAX_RATIO`]× (past [`BOMB_MIN`]) | "bomb" finding; the entry's rest is inflated to reach what follows but not checked |
//! | zip entry declared > [`MAX_RATIO`]× its compressed size | not opened | "bomb" finding |
//! | zip entries whose data overlap | not opened | "bomb" finding |
//! | zip entry longer than its declared size | read up to the declared size | "lies" finding |
//! | bytes inflated per top-level input | [`INFLATE_PER_BYTE`]× its size, within [`INFLATE_MIN`]..[`INFLATE_MAX`] | rest not read, stated |
//! | nesting (each gzip, tar or zip layer counts) | [`MAX_DEPTH`] | deeper archives not opened, stated |
//! | zip inside a stream buffered for its directory | [`MAX_ZIP_BUFFER`] each, [`MAX_ZIP_BUFFERED`] in all | larger ones read entry by entry from their local headers |
//! | chains written out per input | [`link::MAX_CHAINS`] | the rest counted in the first chain and in `notes` |
//! | hits | all counted; kept in full every [`link::KEEP_SPACING`] bytes per kind | — |
//! | problems of one kind | [`MAX_PROBLEMS_LISTED`] listed | one grouped finding counts the rest |
//! | inputs listed | [`MAX_LISTED_INPUTS`] | the rest counted in `inputs_not_listed` |
//! | path shown | [`MAX_PATH_CHARS`] characters | shortened with "…" |
//! | unchecked parts listed | [`MAX_UNCHECKED_LISTED`] | all counted |
//! | embedded modules (Bun, Node SEA) | [`MAX_MODULES`] per input | the rest not named |
//! | directory walk | symbolic links inside directories are not followed | listed as skipped |
//!
//! Complexity: every pass is linear in the bytes read: detectors run on each window once; the
//! linker does O(log k) work per kept hit; decompressors are bounded as above.

pub mod batch;
pub mod code;
pub mod detect;
pub mod fast;
pub mod link;
pub mod package;

use crate::i18n::Msg;
use crate::report::HashingReader;
use std::cell::Cell;
use std::collections::HashSet;
use std::io::{Read, Seek};
use std::rc::Rc;

use crate::report::{verdict_of, Confidence, Finding, Location, Severity, Verdict};
use detect::{Detectors, Hit, Kind};
pub use link::CHAIN_DISTANCE;

/// Text files are checked up to this size (the rest is reported as not checked).
pub const MAX_TEXT_FILE: u64 = 256 << 20;

/// JavaScript inputs up to this size are parsed whole for code understanding.
pub const CODE_WHOLE: usize = 512 << 10;
/// Larger JavaScript inputs, up to this size, are kept so that the code around the pattern
/// finder's chains can be parsed (bundles such as a 13 MB `cli.js`); larger still, the chains
/// stand alone.
pub const CODE_BIG: usize = 48 << 20;
use serde::{Deserialize, Serialize};

pub const WINDOW: usize = 1 << 20;
pub const OVERLAP: usize = 64 << 10;
pub const MAX_DEPTH: usize = 16;
pub const MAX_RATIO: u64 = 200;
/// A stream is not called a bomb before it has produced this much.
pub const BOMB_MIN: u64 = 16 << 20;
pub const MAX_STREAM_BYTES: u64 = 4 << 30;
pub const INFLATE_PER_BYTE: u64 = 1100;
pub const INFLATE_MIN: u64 = 64 << 20;
pub const INFLATE_MAX: u64 = 2 << 30;
pub const MAX_ZIP_BUFFER: u64 = 8 << 20;
pub const MAX_ZIP_BUFFERED: u64 = 32 << 20;
pub const MAX_PROBLEMS_LISTED: usize = 10;
pub const MAX_LISTED_INPUTS: usize = 10_000;
pub const MAX_PATH_CHARS: usize = 1024;
pub const MAX_UNCHECKED_LISTED: usize = 200;
pub const MAX_MODULES: usize = 4096;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct InputEntry {
    /// Path, with `!` between an archive and its entry (`pkg.tgz!package/cli.js`).
    pub path: String,
    pub size: u64,
    pub kind: String,
    pub bytes_read: u64,
    /// Time taken (not serialised: two reports of the same input are byte-identical).
    #[serde(skip)]
    pub ms: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skipped: Option<String>,
}

/// A part of the input that was not read, and why.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Unchecked {
    pub path: String,
    pub reason: String,
    /// `reason` as a message, when the kind of problem is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_msg: Option<crate::i18n::Msg>,
}

/// A reason for not checking, in Chinese (the common ones; others keep their English words).
fn zh_reason(w: &str) -> String {
    let table: &[(&str, &str)] = &[
        ("the file is empty", "文件是空的，没有可检查的内容"),
        (
            "an image",
            "这是图片：Telltale 检查文字、文档和代码，不检查图片",
        ),
        (
            "named like a",
            "文件名像归档文件，但内容不是有效的归档，无法读取其中内容",
        ),
        ("encrypted", "内容已加密，无法读取"),
        ("truncated", "文件不完整（被截断）"),
        ("corrupt", "文件已损坏"),
        ("nothing in it could be read", "其中没有任何内容可以读取"),
    ];
    for (k, z) in table {
        if w.contains(k) {
            return z.to_string();
        }
    }
    w.to_string()
}

/// A top-level input and how much content was checked while reading it.
struct Top {
    path: String,
    size: Option<u64>,
    start: u64,
    end: Option<u64>,
    /// Set when the input as a whole could not be checked.
    reason: Option<String>,
    /// SHA-256 of every byte of the input (set when all of them were read).
    sha256: Option<String>,
}

impl Top {
    fn unread(&self) -> bool {
        self.reason.is_some() || self.end.unwrap_or(self.start) == self.start
    }
}

/// What was read and what was not.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Coverage {
    /// True when every byte of every input was read and checked.
    pub complete: bool,
    /// Bytes read and checked, decompressed bytes included.
    pub bytes_checked: u64,
    /// Parts not read (the first [`MAX_UNCHECKED_LISTED`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unchecked: Vec<Unchecked>,
    /// How many parts were not read in all.
    #[serde(default)]
    pub unchecked_count: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ScanReport {
    pub tool: String,
    pub version: String,
    pub verdict: Verdict,
    pub summary: String,
    /// The same in Simplified Chinese.
    #[serde(default)]
    pub summary_zh: String,
    /// `summary` as data (see [`crate::i18n`]), when it is made from messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_msg: Option<crate::i18n::Msg>,
    /// The language `summary`, `message` and `meaning` are in (absent: English).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    pub findings: Vec<Finding>,
    pub inputs: Vec<InputEntry>,
    /// Inputs (archive entries mostly) scanned but not listed in `inputs`.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub inputs_not_listed: u64,
    #[serde(default)]
    pub coverage: Coverage,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// `notes` as data, each rendered in the reader's language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes_msg: Vec<Msg>,
    /// When the report was made (RFC 3339 UTC), set by the caller (CLI, page).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generated: Option<String>,
    /// Each input given (file, dropped file, standard input): its name, size, SHA-256, its own
    /// verdict and whether it was read completely.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checked: Vec<crate::report::Checked>,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// One line per part not checked, then per input read (exports: Markdown).
pub fn input_lines(inputs: &[InputEntry], coverage: &Coverage) -> Vec<String> {
    let mut out: Vec<String> = coverage
        .unchecked
        .iter()
        .map(|u| format!("NOT CHECKED {}: {}", u.path, u.reason))
        .collect();
    if coverage.unchecked_count > coverage.unchecked.len() as u64 {
        out.push(format!(
            "NOT CHECKED: {} more part(s), counted but not listed",
            coverage.unchecked_count - coverage.unchecked.len() as u64
        ));
    }
    out.extend(inputs.iter().map(|i| {
        format!(
            "{} ({}, {} bytes){}",
            i.path,
            i.kind,
            i.size,
            i.skipped
                .as_deref()
                .map(|s| format!(": {}", s))
                .unwrap_or_default()
        )
    }));
    out
}

/// Problems of one kind: the first few as findings, the rest counted.
struct ProblemGroup {
    category: &'static str,
    count: u64,
    listed: Vec<Finding>,
}

/// Decompression state shared by the readers of one top-level input.
#[derive(Default)]
struct Budget {
    /// Bytes inflated so far under this top-level input, and the limit.
    inflated: Cell<u64>,
    limit: Cell<u64>,
    /// Set by a reader whose stream expands too much: the current leaf stops being checked.
    skip_leaf: Cell<bool>,
    /// Set when the inflate limit was reached (reported once).
    exhausted: Cell<bool>,
}

/// Work counters, for the linear-time tests.
#[derive(Debug, Clone, Copy, Default)]
pub struct Work {
    pub bytes: u64,
    pub windows: u64,
    pub hits: u64,
    pub kept: u64,
    pub probes: u64,
    /// Embedded-module headers parsed (Bun, Node SEA).
    pub modules: u64,
}

pub struct Scanner {
    det: std::sync::Arc<Detectors>,
    pub findings: Vec<Finding>,
    problems: Vec<ProblemGroup>,
    pub inputs: Vec<InputEntry>,
    inputs_not_listed: u64,
    unchecked: Vec<Unchecked>,
    unchecked_count: u64,
    notes: Vec<Msg>,
    total: u64,
    /// Content bytes and characters actually checked (windows scanned, document text checked).
    checked: u64,
    /// Top-level inputs, to tell which of them nothing could be read from.
    tops: Vec<Top>,
    budget: Rc<Budget>,
    buffered: u64,
    inner_of_gzip: bool,
    pub work: Work,
    /// Called after every window with the bytes read so far (the CLI's progress bar).
    pub progress: Option<Box<dyn FnMut(u64)>>,
    /// A Bun module graph read from the end of the top-level input being scanned.
    preset_modules: Option<(String, Vec<(u64, u64, String)>)>,
    /// The next `scan_bytes` reads its input as code whatever its name (a module embedded in an
    /// executable, transcoded to UTF-8).
    force_code: bool,
    /// The file behind the next top-level input, when it is a regular file opened natively: a
    /// large one is hashed from its own handle on a second thread (positional reads), so the
    /// scan's bytes are not copied for the digest.
    #[cfg(unix)]
    pub(crate) top_file: Option<std::fs::File>,
    /// Small code and JSON files, for reading a package across its files at the end.
    pub(crate) package: package::Store,
}

fn kind_of(head: &[u8], name: &str) -> &'static str {
    if head.starts_with(&[0x1f, 0x8b]) {
        "gzip"
    } else if head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06") {
        "zip"
    } else if head.starts_with(b"Cr24") {
        "crx"
    } else if head.len() >= 262 && &head[257..262] == b"ustar" {
        "tar"
    } else if head.starts_with(b"\x7fELF") {
        "elf executable"
    } else if head.starts_with(&[0xcf, 0xfa, 0xed, 0xfe])
        || head.starts_with(&[0xca, 0xfe, 0xba, 0xbe])
    {
        "mach-o executable"
    } else if head.starts_with(b"MZ") {
        "pe executable"
    } else if name.to_ascii_lowercase().ends_with(".tar") && head.len() >= 512 {
        "tar"
    } else if head.starts_with(b"\x89PNG\r\n\x1a\n")
        || head.starts_with(&[0xff, 0xd8, 0xff])
        || head.starts_with(b"GIF87a")
        || head.starts_with(b"GIF89a")
        || (head.len() >= 12 && &head[..4] == b"RIFF" && &head[8..12] == b"WEBP")
        || head.starts_with(b"II*\0")
        || head.starts_with(b"MM\0*")
        || (head.len() >= 12
            && &head[4..8] == b"ftyp"
            && matches!(&head[8..12], b"heic" | b"heix" | b"avif" | b"mif1"))
        || (head.starts_with(b"BM") && {
            let n = name.to_ascii_lowercase();
            n.ends_with(".bmp")
        })
    {
        "image"
    } else {
        "file"
    }
}

/// The archive kind a file name promises, if any.
fn promised_kind(name: &str) -> Option<&'static str> {
    let n = name
        .rsplit(['/', '!'])
        .next()
        .unwrap_or(name)
        .to_ascii_lowercase();
    const GZ: &[&str] = &[".tgz", ".gz"];
    const ZIP: &[&str] = &[".zip", ".jar", ".whl", ".vsix", ".nupkg", ".xpi", ".apk"];
    if GZ.iter().any(|e| n.ends_with(e)) {
        Some("gzip")
    } else if ZIP.iter().any(|e| n.ends_with(e)) {
        Some("zip")
    } else if n.ends_with(".crx") {
        Some("crx")
    } else {
        None
    }
}

/// A path as shown: at most [`MAX_PATH_CHARS`] characters, control characters escaped.
fn shown(path: &str) -> String {
    let mut out = String::new();
    for (n, c) in path.chars().enumerate() {
        if n >= MAX_PATH_CHARS {
            out.push_str(&format!("… ({} bytes in all)", path.len()));
            break;
        }
        if c.is_control() {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether an entry name escapes the directory it would be extracted to.
fn escapes(name: &str) -> bool {
    let b = name.as_bytes();
    name.starts_with('/')
        || name.starts_with('\\')
        || (b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1] == b':')
        || name.split(['/', '\\']).any(|c| c == "..")
}

/// Read until `buf` is full or the stream ends.
pub(crate) fn fill(r: &mut dyn Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// Counts the bytes read through it (a decompressor's input).
struct Counting<R> {
    inner: R,
    count: Rc<Cell<u64>>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.set(self.count.get() + n as u64);
        Ok(n)
    }
}

/// Stops a stream of unknown length after `limit` bytes and remembers that it did.
struct Capped<R> {
    inner: R,
    left: u64,
    hit: bool,
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.left == 0 {
            let mut one = [0u8; 1];
            if !self.hit && self.inner.read(&mut one)? > 0 {
                self.hit = true;
            }
            return Ok(0);
        }
        let n = buf.len().min(self.left.min(usize::MAX as u64) as usize);
        let k = self.inner.read(&mut buf[..n])?;
        self.left -= k as u64;
        Ok(k)
    }
}

impl Scanner {
    pub fn new(watchlist: &[String]) -> Scanner {
        Scanner::with_detectors(std::sync::Arc::new(Detectors::new(watchlist)))
    }

    /// A scanner sharing detectors compiled once (compile once, scan many).
    pub fn with_detectors(det: std::sync::Arc<Detectors>) -> Scanner {
        Scanner {
            det,
            findings: Vec::new(),
            problems: Vec::new(),
            inputs: Vec::new(),
            inputs_not_listed: 0,
            unchecked: Vec::new(),
            unchecked_count: 0,
            notes: Vec::new(),
            total: 0,
            checked: 0,
            tops: Vec::new(),
            budget: Rc::new(Budget::default()),
            buffered: 0,
            inner_of_gzip: false,
            work: Work::default(),
            progress: None,
            preset_modules: None,
            force_code: false,
            #[cfg(unix)]
            top_file: None,
            package: Default::default(),
        }
    }

    /// Inputs the caller knew of but did not hand over (the page's cap on a dropped folder):
    /// reported as not read, so the report is never clean for them.
    pub fn not_read(&mut self, path: &str, detail: &str) {
        self.problem(path, "limit", Severity::Low, detail.to_string(), true);
    }

    /// Something about the input's container: a finding (grouped by `category`, the first
    /// [`MAX_PROBLEMS_LISTED`] listed), and when `unchecked`, a part of the coverage.
    fn problem(
        &mut self,
        path: &str,
        category: &'static str,
        severity: Severity,
        msg: String,
        unchecked: bool,
    ) {
        let path = shown(path);
        if unchecked {
            self.unchecked_count += 1;
            if self.unchecked.len() < MAX_UNCHECKED_LISTED {
                self.unchecked.push(Unchecked {
                    path: path.clone(),
                    reason: msg.clone(),
                    reason_msg: Some(
                        crate::i18n::Msg::new(&format!("problem-{}", category))
                            .arg("detail", msg.as_str()),
                    ),
                });
            }
        }
        let g = match self.problems.iter().position(|g| g.category == category) {
            Some(g) => g,
            None => {
                self.problems.push(ProblemGroup {
                    category,
                    count: 0,
                    listed: Vec::new(),
                });
                self.problems.len() - 1
            }
        };
        let g = &mut self.problems[g];
        g.count += 1;
        if g.listed.len() < MAX_PROBLEMS_LISTED {
            // The kind of problem in the reader's language; what the reader of the format said
            // (a library's error, a size) stays as its detail.
            let message =
                crate::i18n::Msg::new(&format!("problem-{}", category)).arg("detail", msg.as_str());
            let meaning = crate::i18n::Msg::new(match (severity >= Severity::Medium, unchecked) {
                (true, true) => "problem-attack-unchecked-meaning",
                (true, false) => "problem-attack-checked-meaning",
                (false, true) => "problem-unchecked-meaning",
                (false, false) => "problem-noted-meaning",
            })
            .arg("what", message.clone());
            let mut f = finding(
                "archive-problem",
                "TB006",
                severity,
                Location::default(),
                message.en(),
                meaning.en(),
            );
            f.msg = Some(message);
            f.meaning_msg = Some(meaning);
            f.path = Some(path);
            g.listed.push(f);
        }
    }

    fn push_input(&mut self, e: InputEntry) -> Option<usize> {
        if self.inputs.len() >= MAX_LISTED_INPUTS {
            self.inputs_not_listed += 1;
            return None;
        }
        self.inputs.push(InputEntry {
            path: shown(&e.path),
            ..e
        });
        Some(self.inputs.len() - 1)
    }

    /// A new top-level input: a fresh decompression budget.
    fn begin_top(&mut self, path: &str, size: Option<u64>) {
        self.end_top();
        self.tops.push(Top {
            path: shown(path),
            size,
            start: self.checked,
            end: None,
            reason: None,
            sha256: None,
        });
        let limit = match size {
            Some(s) => s
                .saturating_mul(INFLATE_PER_BYTE)
                .clamp(INFLATE_MIN, INFLATE_MAX),
            None => INFLATE_MAX,
        };
        self.budget = Rc::new(Budget::default());
        self.budget.limit.set(limit);
        self.buffered = 0;
    }

    /// Read what the scan left of a top-level input through its hasher, and keep the digest
    /// when it covers every byte (`size`, when known).
    fn top_hashed<R: Read>(&mut self, mut h: HashingReader<R>, size: Option<u64>) {
        // What the scan did not read (a part it skipped on purpose) is read for the digest up
        // to a cap: a huge unread remainder leaves the input without a digest.
        let _ = std::io::copy(&mut (&mut h).take(HASH_TAIL_CAP), &mut std::io::sink());
        let all = size.is_none_or(|s| h.bytes == s);
        let digest = h.hex();
        if let Some(t) = self.tops.last_mut() {
            // An empty digest: the hashing thread could not read the whole input.
            if all && !digest.is_empty() {
                t.sha256 = Some(digest);
            }
        }
    }

    fn end_top(&mut self) {
        let c = self.checked;
        if let Some(t) = self.tops.last_mut() {
            if t.end.is_none() {
                t.end = Some(c);
            }
        }
    }

    /// The top-level input `path` as a whole could not be checked, for `reason` (an image, an
    /// archive that is not one): it counts as unread whatever bytes were looked at.
    fn top_unread(&mut self, path: &str, reason: String) {
        let p = shown(path);
        if let Some(t) = self.tops.last_mut() {
            if t.path == p && t.reason.is_none() {
                t.reason = Some(reason);
            }
        }
    }

    /// A part not checked, without a finding (out of scope rather than a problem).
    fn unchecked_part(&mut self, path: &str, reason: String) {
        self.unchecked_count += 1;
        if self.unchecked.len() < MAX_UNCHECKED_LISTED {
            self.unchecked.push(Unchecked {
                path: shown(path),
                reason,
                reason_msg: None,
            });
        }
    }

    /// Scan one stream (a file, or an entry in an archive), dispatching on its first bytes.
    pub fn scan_reader(&mut self, path: &str, size: u64, r: &mut dyn Read, depth: usize) {
        let t0 = now_ms();
        let mut head = vec![0u8; 512];
        let n = match fill(r, &mut head) {
            Ok(n) => n,
            Err(e) => {
                let msg = format!("cannot read: {}", e);
                self.unreadable(path, size, "unreadable", e.to_string(), Some(msg));
                return;
            }
        };
        head.truncate(n);
        let kind = kind_of(&head, path);
        let mut chained = head.as_slice().chain(r);
        if depth > MAX_DEPTH && matches!(kind, "gzip" | "zip" | "tar" | "crx") {
            self.push_input(InputEntry {
                path: path.into(),
                size,
                kind: kind.into(),
                skipped: Some(format!("archive nested deeper than {} levels", MAX_DEPTH)),
                ..Default::default()
            });
            self.problem(
                path,
                "too-deep",
                Severity::Low,
                format!(
                    "archive nested deeper than {} levels, not opened",
                    MAX_DEPTH
                ),
                true,
            );
            return;
        }
        let promised = if std::mem::take(&mut self.inner_of_gzip) {
            None // `pkg.tgz` names both the gzip and the tarball inside it
        } else {
            promised_kind(path)
        };
        if let Some(p) = promised {
            if p != kind && !(p == "zip" && kind == "crx") && n > 0 {
                self.top_unread(
                    path,
                    format!("named like a {} archive, but it is not a valid one: its contents could not be read", p),
                );
                self.problem(
                    path,
                    "not-an-archive",
                    Severity::Low,
                    format!(
                        "named like a {} archive, but its bytes are not one (checked as plain bytes)",
                        p
                    ),
                    false,
                );
            }
        }
        if matches!(kind, "zip" | "file") {
            if let Some(dk) = crate::doc::kind_of(path, &head, depth > 0) {
                if dk == "text" {
                    self.scan_text(path, size, &mut chained, depth > 0);
                } else {
                    self.scan_document(path, size, dk, &mut chained, depth);
                }
                return;
            }
        }
        if kind == "image" && depth == 0 {
            // Pictures are out of scope: said so, never called clean.
            let why = "an image: Telltale checks text, documents and code; images are not checked"
                .to_string();
            self.push_input(InputEntry {
                path: path.into(),
                size,
                kind: kind.into(),
                skipped: Some(why.clone()),
                ..Default::default()
            });
            self.top_unread(path, why.clone());
            self.unchecked_part(path, why);
            return;
        }
        let entry_idx = self.push_input(InputEntry {
            path: path.into(),
            size,
            kind: kind.into(),
            ..Default::default()
        });
        let read = match kind {
            "gzip" => {
                let consumed = Rc::new(Cell::new(0u64));
                let counting = Counting {
                    inner: &mut chained,
                    count: consumed.clone(),
                };
                let mut gz = Bounded::new(
                    flate2::read::MultiGzDecoder::new(counting),
                    Denominator::Consumed(consumed),
                    self.budget.clone(),
                );
                // `pkg.tgz!package/cli.js`: a gzipped tarball's entries hang off its own name;
                // other gzip files name what they hold (`data.json.gz!data.json`).
                let lower = path.to_ascii_lowercase();
                let inner = if lower.ends_with(".tgz") || lower.ends_with(".tar.gz") {
                    path.to_string()
                } else {
                    format!(
                        "{}!{}",
                        path,
                        path.rsplit(['/', '!'])
                            .next()
                            .unwrap_or(path)
                            .trim_end_matches(".gz")
                    )
                };
                self.inner_of_gzip = inner == path;
                self.scan_reader(&inner, 0, &mut gz, depth + 1);
                self.after_bounded(path, &mut gz);
                gz.count
            }
            "tar" => self.scan_tar(path, &mut chained, depth),
            "zip" | "crx" => self.scan_zip_in_stream(path, size, kind, &mut chained, depth),
            _ => self.scan_bytes(path, &mut chained),
        };
        if let Some(i) = entry_idx {
            self.inputs[i].bytes_read = read;
            self.inputs[i].ms = now_ms() - t0;
        }
    }

    /// A text file (`.txt`, `.md`, `.csv`, `.srt`, top-level `.json`…): the text checker reads
    /// it in segments (bounded memory), up to [`MAX_TEXT_FILE`] bytes.
    fn scan_text(&mut self, path: &str, size: u64, r: &mut dyn Read, in_archive: bool) {
        let t0 = now_ms();
        let consumed = Rc::new(Cell::new(0u64));
        let mut counting = Counting {
            inner: r,
            count: consumed.clone(),
        };
        let opts = crate::text::Options {
            views: false,
            ..Default::default()
        };
        let res = crate::text::segments::check_reader(&mut counting, &opts, MAX_TEXT_FILE, None);
        let n = consumed.get();
        self.total += n;
        self.checked += n;
        let idx = self.push_input(InputEntry {
            path: path.into(),
            size,
            kind: "text".into(),
            bytes_read: n,
            ..Default::default()
        });
        if let Some(i) = idx {
            self.inputs[i].ms = now_ms() - t0;
        }
        match res {
            Ok((rep, more)) => {
                for mut f in rep.findings {
                    f.path = Some(shown(path));
                    // Notes and changelogs inside a package are not what the package runs:
                    // their oddities (a Cyrillic word in a translation guide, two date
                    // formats) are worth knowing, not a verdict. Decoded hidden payloads stay.
                    if in_archive && !f.covert && f.severity > Severity::Low {
                        f.severity = Severity::Low;
                        f.meaning
                            .push_str(" (A text file inside an archive: reported as a notice.)");
                    }
                    self.findings.push(f);
                }
                if more {
                    self.unchecked_part(
                        path,
                        format!(
                            "only the first {} MiB of this text were checked",
                            MAX_TEXT_FILE >> 20
                        ),
                    );
                }
            }
            Err(e) => self.problem(
                path,
                "unreadable",
                Severity::Low,
                format!("read error after {} bytes: {}; the rest was not read", n, e),
                true,
            ),
        }
    }

    /// A document (Office, OpenDocument, PDF, RTF, HTML, e-mail): read whole (up to
    /// [`crate::doc::MAX_DOC`]), its text taken out with where it is and how it is shown, then
    /// checked as one text; attachments are checked as inputs of their own.
    fn scan_document(
        &mut self,
        path: &str,
        size: u64,
        dk: &'static str,
        r: &mut dyn Read,
        depth: usize,
    ) {
        let t0 = now_ms();
        let mut bytes = Vec::new();
        let res = r
            .take(crate::doc::MAX_DOC as u64 + 1)
            .read_to_end(&mut bytes);
        self.total += bytes.len() as u64;
        let idx = self.push_input(InputEntry {
            path: path.into(),
            size,
            kind: format!("{} document", dk),
            bytes_read: bytes.len() as u64,
            ..Default::default()
        });
        if let Err(e) = res {
            let why = format!(
                "read error after {} bytes: {}; the document was not checked",
                bytes.len(),
                e
            );
            self.problem(path, "unreadable", Severity::Low, why.clone(), true);
            self.top_unread(path, why);
            return;
        }
        if bytes.len() > crate::doc::MAX_DOC {
            let why = format!(
                "a document over {} MiB: not read",
                crate::doc::MAX_DOC >> 20
            );
            self.unchecked_part(path, why.clone());
            self.top_unread(path, why);
            return;
        }
        let doc = match crate::doc::extract(dk, &bytes) {
            Ok(d) => d,
            Err(e) => {
                // The readers that cannot read a format at all say so themselves.
                let why = if matches!(dk, "ole" | "outlook-msg") {
                    format!("not read: {}", e)
                } else {
                    format!("could not be read as a {} document: {}", dk, e)
                };
                self.problem(
                    path,
                    "unreadable-document",
                    Severity::Low,
                    why.clone(),
                    true,
                );
                self.top_unread(path, why);
                return;
            }
        };
        drop(bytes);
        let chars: usize = doc.parts.iter().map(|p| p.text.len()).sum();
        self.checked += chars as u64;
        if doc.parts.is_empty() && doc.attachments.is_empty() {
            self.top_unread(
                path,
                "the document holds no text (only images or scans, or nothing): nothing was checked".into(),
            );
        }
        for w in &doc.not_read {
            self.unchecked_part(path, w.clone());
        }
        let f = crate::doc::check::check(&doc, &shown(path), &crate::text::Options::default());
        self.findings.extend(f);
        if let Some(i) = idx {
            self.inputs[i].ms = now_ms() - t0;
        }
        for a in doc.attachments {
            let p = format!("{}!{}", path, a.name);
            let n = a.bytes.len() as u64;
            self.scan_reader(&p, n, &mut a.bytes.as_slice(), depth + 1);
        }
    }

    /// Report what a bounded decompressor saw: corruption, a bomb, the inflate limit.
    fn after_bounded<R: Read>(&mut self, path: &str, b: &mut Bounded<R>) {
        if let Some(e) = b.error.take() {
            self.problem(path, "corrupt", Severity::Low, e, true);
        }
        if let Some(e) = b.bomb.take() {
            // The entry cut short is listed as unchecked where it stopped (scan_bytes).
            self.problem(path, "bomb", Severity::Medium, e, false);
        }
        if b.exhausted_here {
            b.exhausted_here = false;
            self.problem(
                path,
                "limit",
                Severity::Low,
                format!(
                    "decompression stopped: {} bytes inflated in all from this input (limit {}× its size, at most {} MiB); the rest was not read",
                    self.budget.inflated.get(),
                    INFLATE_PER_BYTE,
                    INFLATE_MAX >> 20
                ),
                true,
            );
        }
    }

    /// A zip met inside a stream (in a tarball, in another zip, on stdin): buffered when small
    /// enough to read its central directory, otherwise read entry by entry.
    fn scan_zip_in_stream(
        &mut self,
        path: &str,
        size: u64,
        kind: &str,
        r: &mut dyn Read,
        depth: usize,
    ) -> u64 {
        let room = MAX_ZIP_BUFFER.min(MAX_ZIP_BUFFERED.saturating_sub(self.buffered));
        if size > 0 && size <= room && kind == "zip" {
            let mut buf = Vec::new();
            let got = r.take(room + 1).read_to_end(&mut buf).unwrap_or(0) as u64;
            if got <= room {
                self.buffered += got;
                self.scan_zip(path, std::io::Cursor::new(&buf[..]), depth);
                self.buffered -= got;
                return got;
            }
            // It was longer than it said: read what we have, then the rest, as a stream.
            let mut rest = std::io::Cursor::new(buf).chain(r);
            return self.scan_zip_stream(path, &mut rest, depth);
        }
        if kind == "crx" {
            // A Chrome extension: "Cr24", version, header length, header, then the zip.
            let mut hdr = [0u8; 12];
            if fill(r, &mut hdr).ok() != Some(12) {
                self.problem(
                    path,
                    "corrupt",
                    Severity::Low,
                    "truncated crx header".into(),
                    true,
                );
                return 0;
            }
            let version = u32::from_le_bytes(hdr[4..8].try_into().unwrap());
            let skip = if version == 2 {
                let pk = u32::from_le_bytes(hdr[8..12].try_into().unwrap()) as u64;
                let mut sl = [0u8; 4];
                let _ = fill(r, &mut sl);
                pk + u32::from_le_bytes(sl) as u64
            } else {
                u32::from_le_bytes(hdr[8..12].try_into().unwrap()) as u64
            };
            let skipped = std::io::copy(&mut r.take(skip), &mut std::io::sink()).unwrap_or(0);
            return 12 + skipped + self.scan_zip_stream(path, r, depth);
        }
        self.scan_zip_stream(path, r, depth)
    }

    /// A top-level input with random access (a file, a browser Blob) of known size: a zip is
    /// read in place (its central directory, then each entry), never buffered whole.
    pub fn scan_top<R: Read + Seek>(&mut self, path: &str, size: u64, r: &mut R) {
        #[cfg(unix)]
        let top_file = self.top_file.take();
        self.begin_top(path, Some(size));
        self.budget.skip_leaf.set(false);
        let mut head = [0u8; 4];
        let n = fill(r, &mut head).unwrap_or(0);
        // A Chrome extension (.crx) is a zip after its own header: the zip reader finds the
        // central directory from the end and allows the prepended bytes.
        let is_zip =
            n == 4 && (head == *b"PK\x03\x04" || head == *b"PK\x05\x06" || head == *b"Cr24");
        if r.seek(std::io::SeekFrom::Start(0)).is_err() {
            // Not seekable after all: read it as a stream from here (the head is replayed).
            let mut rest = HashingReader::sized((&head[..n]).chain(r), size);
            self.scan_reader(path, size, &mut rest, 0);
            self.top_hashed(rest, Some(size));
            return;
        }
        if is_zip && crate::doc::kind_of(path, &head[..n], false).is_some() {
            // An Office or OpenDocument file: a document, not an archive of files.
            let mut h = HashingReader::sized(r.take(size), size);
            self.scan_reader(path, size, &mut h, 0);
            self.top_hashed(h, Some(size));
        } else if is_zip {
            let t0 = now_ms();
            let idx = self.push_input(InputEntry {
                path: path.into(),
                size,
                kind: if head == *b"Cr24" { "crx" } else { "zip" }.into(),
                bytes_read: size,
                ..Default::default()
            });
            self.scan_zip(path, &mut *r, 0);
            if let Some(i) = idx {
                self.inputs[i].ms = now_ms() - t0;
            }
            // The zip was read in place (directory, then entries): its digest is a pass of its own.
            if r.seek(std::io::SeekFrom::Start(0)).is_ok() {
                self.top_hashed(HashingReader::sized(r.take(size), size), Some(size));
            }
        } else {
            // A Bun executable's graph, read from the end whatever its size, so findings in
            // large embedded bundles name their module too (native executables only: ELF, PE,
            // Mach-O; anything else is not read twice).
            let native = head.starts_with(b"\x7fELF")
                || head.starts_with(b"MZ")
                || matches!(
                    head,
                    [0xfe, 0xed, 0xfa, 0xce | 0xcf]
                        | [0xce | 0xcf, 0xfa, 0xed, 0xfe]
                        | [0xca, 0xfe, 0xba, 0xbe]
                );
            if native && size > WINDOW as u64 {
                let mods = bun_graph_at_end(r, size);
                if !mods.is_empty() {
                    self.preset_modules = Some((path.to_string(), mods));
                }
            }
            // Exactly the bytes the input had when it was opened (a large regular file from its
            // own handle, on a second thread).
            #[cfg(unix)]
            let mut h = match top_file {
                Some(f) if size >= crate::report::HASH_THREAD_MIN => {
                    HashingReader::positional(r.take(size), f, size)
                }
                _ => HashingReader::sized(r.take(size), size),
            };
            #[cfg(not(unix))]
            let mut h = HashingReader::sized(r.take(size), size);
            self.scan_reader(path, size, &mut h, 0);
            self.top_hashed(h, Some(size));
            self.preset_modules = None;
        }
    }

    /// A top-level input read once from start to end (standard input, a FIFO, a device, a file
    /// that reports no size): at most [`MAX_STREAM_BYTES`] are read.
    pub fn scan_stream(&mut self, path: &str, r: &mut dyn Read) {
        self.begin_top(path, None);
        self.budget.skip_leaf.set(false);
        let mut capped = Capped {
            inner: r,
            left: MAX_STREAM_BYTES,
            hit: false,
        };
        let mut h = HashingReader::new(&mut capped);
        self.scan_reader(path, 0, &mut h, 0);
        let _ = std::io::copy(&mut (&mut h).take(HASH_TAIL_CAP), &mut std::io::sink());
        let ended = matches!(h.read(&mut [0u8; 1]), Ok(0));
        let digest = h.hex();
        if !capped.hit && ended {
            if let Some(t) = self.tops.last_mut() {
                t.sha256 = Some(digest);
            }
        }
        if capped.hit {
            self.problem(
                path,
                "limit",
                Severity::Low,
                format!(
                    "stopped after {} bytes of a stream with no known end (limit); the rest was not read",
                    MAX_STREAM_BYTES
                ),
                true,
            );
        }
    }

    fn scan_tar(&mut self, path: &str, r: &mut dyn Read, depth: usize) -> u64 {
        let mut ar = tar::Archive::new(r);
        let mut n = 0;
        let entries = match ar.entries() {
            Ok(e) => e,
            Err(e) => {
                self.problem(
                    path,
                    "corrupt",
                    Severity::Low,
                    format!("corrupt tar: {}", e),
                    true,
                );
                return 0;
            }
        };
        for e in entries {
            let mut e = match e {
                Ok(e) => e,
                Err(err) => {
                    self.problem(
                        path,
                        "corrupt",
                        Severity::Low,
                        format!("corrupt or truncated tar: {}; the rest was not read", err),
                        true,
                    );
                    break;
                }
            };
            self.budget.skip_leaf.set(false);
            let name = String::from_utf8_lossy(&e.path_bytes()).to_string();
            let full = format!("{}!{}", path, name);
            let et = e.header().entry_type();
            let size = e.header().size().unwrap_or(0);
            if et.is_symlink() || et.is_hard_link() {
                let target = e
                    .link_name_bytes()
                    .map(|b| String::from_utf8_lossy(&b).to_string())
                    .unwrap_or_default();
                let out = escapes(&target);
                self.problem(
                    &full,
                    if out { "escapes" } else { "link" },
                    if out {
                        Severity::Medium
                    } else {
                        Severity::Info
                    },
                    format!(
                        "{} link to {}{} (not followed; a link holds no content)",
                        if et.is_symlink() { "symbolic" } else { "hard" },
                        shown(&target),
                        if out { ", outside the archive" } else { "" }
                    ),
                    false,
                );
                continue;
            }
            if et.is_gnu_sparse() {
                self.problem(
                    &full,
                    "unsupported",
                    Severity::Low,
                    format!(
                        "GNU sparse member (declares {} bytes) not expanded: its content was not checked",
                        size
                    ),
                    true,
                );
                continue;
            }
            if !et.is_file() {
                continue;
            }
            if escapes(&name) {
                self.problem(
                    &full,
                    "escapes",
                    Severity::Medium,
                    format!("entry name escapes the archive: {}", shown(&name)),
                    false,
                );
            }
            n += size;
            self.scan_reader(&full, size, &mut e, depth + 1);
        }
        n
    }

    /// One zip entry, read through the bounds (declared size, ratio, budget).
    fn scan_zip_entry(
        &mut self,
        path: &str,
        f: &mut dyn Read,
        name: &str,
        size: u64,
        comp: u64,
        depth: usize,
    ) {
        let full = format!("{}!{}", path, name);
        self.budget.skip_leaf.set(false);
        // Never more than the declared size: a directory that lies is reported.
        let mut b = Bounded::new(f.take(size), Denominator::Known(comp), self.budget.clone());
        self.scan_reader(&full, size, &mut b, depth + 1);
        self.after_bounded(&full, &mut b);
        let take = b.inner;
        if take.limit() == 0 && !b.bomb_flagged {
            let mut one = [0u8; 1];
            let more = take
                .into_inner()
                .read(&mut one)
                .map(|n| n > 0)
                .unwrap_or(false);
            if more {
                self.problem(
                    &full,
                    "lies",
                    Severity::Medium,
                    format!(
                        "the entry holds more than its declared {} bytes (its directory lies); only the declared bytes were checked",
                        size
                    ),
                    true,
                );
            }
        }
    }

    /// Whether a zip entry should be opened; reports why not.
    fn zip_entry_ok(
        &mut self,
        path: &str,
        name: &str,
        size: u64,
        comp: u64,
        encrypted: bool,
    ) -> bool {
        let full = format!("{}!{}", path, name);
        if encrypted {
            self.problem(
                &full,
                "encrypted",
                Severity::Low,
                "encrypted zip entry: not checked".into(),
                true,
            );
            return false;
        }
        if escapes(name) {
            self.problem(
                &full,
                "escapes",
                Severity::Medium,
                format!("entry name escapes the archive: {}", shown(name)),
                false,
            );
        }
        let comp = comp.max(1);
        if size / comp > MAX_RATIO && size > (1 << 20) {
            self.problem(
                &full,
                "bomb",
                Severity::Medium,
                format!(
                    "zip bomb: expands {}× ({} bytes from {}), not opened",
                    size / comp,
                    size,
                    comp
                ),
                true,
            );
            return false;
        }
        true
    }

    fn scan_zip<R: Read + Seek>(&mut self, path: &str, r: R, depth: usize) {
        let mut z = match zip::ZipArchive::new(r) {
            Ok(z) => z,
            Err(e) => {
                self.problem(
                    path,
                    "corrupt",
                    Severity::Low,
                    format!("corrupt zip: {}", e),
                    true,
                );
                return;
            }
        };
        // Entries whose data overlap share one compressed kernel (Fifield's "better zip bomb").
        let mut spans: Vec<(u64, u64, usize)> = Vec::with_capacity(z.len().min(1 << 20));
        for i in 0..z.len() {
            if let Ok(f) = z.by_index_raw(i) {
                let start = f.header_start();
                let end = f.data_start().saturating_add(f.compressed_size());
                spans.push((start, end, i));
            }
        }
        spans.sort_unstable();
        let mut overlapping = vec![false; z.len()];
        let mut reach = 0u64; // furthest data end so far
        let mut reach_idx = usize::MAX;
        for &(start, end, i) in &spans {
            if reach_idx != usize::MAX && start < reach {
                overlapping[i] = true;
                overlapping[reach_idx] = true;
            }
            if end > reach {
                reach = end;
                reach_idx = i;
            }
        }
        let n_overlap = overlapping.iter().filter(|&&o| o).count();
        if n_overlap > 0 {
            self.problem(
                path,
                "bomb",
                Severity::Medium,
                format!(
                    "zip bomb: {} entries overlap, sharing the same compressed data; they were not opened",
                    n_overlap
                ),
                true,
            );
        }
        // Plain entries first, nested archives after: a budget spent on deep nesting cannot
        // keep a plain file of the same archive from being checked.
        let mut order: Vec<usize> = (0..z.len()).filter(|&i| !overlapping[i]).collect();
        order.sort_by_key(|&i| {
            z.name_for_index(i)
                .map(|n| promised_kind(n).is_some() || n.to_ascii_lowercase().ends_with(".tar"))
                .unwrap_or(false)
        });
        for i in order {
            let mut f = match z.by_index(i) {
                Ok(f) => f,
                Err(e) => {
                    self.problem(
                        path,
                        "corrupt",
                        Severity::Low,
                        format!("zip entry {}: {}", i, e),
                        true,
                    );
                    continue;
                }
            };
            if f.is_dir() {
                continue;
            }
            let name = f.name().to_string();
            if f.is_symlink() {
                self.problem(
                    &format!("{}!{}", path, name),
                    "link",
                    Severity::Info,
                    "symbolic link (not followed; a link holds no content)".into(),
                    false,
                );
                continue;
            }
            let (size, comp) = (f.size(), f.compressed_size());
            if !self.zip_entry_ok(path, &name, size, comp, f.encrypted()) {
                continue;
            }
            self.scan_zip_entry(path, &mut f, &name, size, comp, depth);
        }
    }

    /// A zip read front to back from its local headers (no central directory: a stream).
    fn scan_zip_stream(&mut self, path: &str, r: &mut dyn Read, depth: usize) -> u64 {
        let mut counted = Counting {
            inner: r,
            count: Rc::new(Cell::new(0)),
        };
        let count = counted.count.clone();
        loop {
            let mut f = match zip::read::read_zipfile_from_stream(&mut counted) {
                Ok(Some(f)) => f,
                Ok(None) => break,
                Err(e) => {
                    self.problem(
                        path,
                        "corrupt",
                        Severity::Low,
                        format!("zip read as a stream stopped: {}; the rest was not read", e),
                        true,
                    );
                    break;
                }
            };
            if f.is_dir() {
                continue;
            }
            let name = f.name().to_string();
            let (size, comp) = (f.size(), f.compressed_size());
            if !self.zip_entry_ok(path, &name, size, comp, f.encrypted()) {
                continue;
            }
            self.scan_zip_entry(path, &mut f, &name, size, comp, depth);
        }
        count.get()
    }

    /// Scan any stream as bytes, window by window, linking hits as they come.
    fn scan_bytes(&mut self, path: &str, r: &mut dyn Read) -> u64 {
        let mut buf = vec![0u8; WINDOW + OVERLAP];
        let mut keep = 0usize; // bytes carried over from the previous window
        let mut base = 0u64; // absolute offset of buf[0]
        let mut linker = link::Linker::new();
        let (mut line, mut line_start) = (1usize, 0u64);
        // Modules embedded in a Bun single-file executable: (start, end, name), absolute.
        let mut modules: Vec<(u64, u64, String)> = match &self.preset_modules {
            Some((p, m)) if p == path => m.clone(),
            _ => Vec::new(),
        };
        let mut seen: HashSet<(u64, u64)> = modules.iter().map(|m| (m.0, m.1)).collect();
        let mut total = 0u64;
        let mut cut_short = false;
        // JavaScript inputs are kept whole (up to a cap) for code understanding.
        let mut code_buf: Option<Vec<u8>> = None;
        let mut code_checked = false;
        // A JSON file may be a module another file imports (a list kept as data).
        let mut json_buf: Option<Vec<u8>> = package::wanted(path).then(Vec::new);
        // So are the JavaScript modules embedded in an executable, when its module graph was
        // read first (Bun): (module index, bytes), at most CODE_BIG each and in all.
        let mut mod_bufs: Vec<(usize, Vec<u8>)> = vec![];
        let mut mod_room = CODE_BIG as u64;
        for (i, m) in modules.iter().enumerate() {
            if is_module_code(&m.2) && m.1 - m.0 <= mod_room {
                mod_room -= m.1 - m.0;
                mod_bufs.push((i, Vec::new()));
            }
        }
        loop {
            let n = match fill(r, &mut buf[keep..]) {
                Ok(n) => n,
                Err(e) => {
                    self.problem(
                        path,
                        "unreadable",
                        Severity::Low,
                        format!(
                            "read error after {} bytes: {}; the rest was not read",
                            total, e
                        ),
                        true,
                    );
                    0
                }
            };
            total += n as u64;
            self.total += n as u64;
            self.checked += n as u64;
            self.work.bytes += n as u64;
            self.work.windows += 1;
            let done = self.total;
            if let Some(p) = self.progress.as_mut() {
                p(done);
            }
            let len = keep + n;
            let w = &buf[..len];
            let last = n == 0 || len < buf.len();
            if !code_checked {
                code_checked = true;
                if std::mem::take(&mut self.force_code) || code::is_code(path, &w[..len.min(128)]) {
                    code_buf = Some(Vec::new());
                }
            }
            if let Some(cb) = code_buf.as_mut() {
                if cb.len() + (len - keep) <= CODE_BIG {
                    cb.extend_from_slice(&w[keep..len]);
                } else {
                    code_buf = None;
                }
            }
            if let Some(jb) = json_buf.as_mut() {
                if jb.len() + (len - keep) <= package::FILE_MAX {
                    jb.extend_from_slice(&w[keep..len]);
                } else {
                    json_buf = None;
                }
            }
            for (i, mb) in mod_bufs.iter_mut() {
                let (ms, me) = (modules[*i].0, modules[*i].1);
                let (from, to) = (ms.max(base + keep as u64), me.min(base + len as u64));
                if from < to {
                    mb.extend_from_slice(&w[(from - base) as usize..(to - base) as usize]);
                }
            }
            // One pass finds the hits and the embedded programs' markers.
            let scanned = self.det.scan_window(w);
            let bun = match scanned.bun {
                Some(t) => bun_modules_at(w, base, t),
                None => Vec::new(),
            };
            for m in bun.into_iter().chain(sea_modules_at(w, base, &scanned.sea)) {
                self.work.modules += 1;
                if modules.len() < MAX_MODULES && seen.insert((m.0, m.1)) {
                    // A script whose header is in this window (a Node SEA's main script
                    // follows its header) is kept from here on for the analyser, as modules
                    // read from a graph first are.
                    if m.0 >= base && is_module_code(&m.2) && m.1 - m.0 <= mod_room {
                        mod_room -= m.1 - m.0;
                        let (from, to) = (m.0, m.1.min(base + len as u64));
                        let mut mb = Vec::with_capacity((m.1 - m.0) as usize);
                        if from < to {
                            mb.extend_from_slice(&w[(from - base) as usize..(to - base) as usize]);
                        }
                        mod_bufs.push((modules.len(), mb));
                    }
                    modules.push(m);
                }
            }
            let mut found = scanned.hits;
            found.sort_by_key(|h| h.start);
            // Line and column: newlines of the new part are counted once, up to each hit.
            let mut pos = keep;
            for mut h in found {
                // Hits wholly inside the carried-over part were seen in the previous window.
                if h.end <= keep && base > 0 {
                    continue;
                }
                let upto = h.start.max(keep).max(pos);
                count_lines(&w[pos..upto], base + pos as u64, &mut line, &mut line_start);
                pos = upto;
                h.line = line;
                h.column = (base + h.start as u64).saturating_sub(line_start) as usize + 1;
                let (s, e) = (h.start, h.end);
                h.start += base as usize;
                h.end += base as usize;
                if linker.admit(&h) {
                    h.snippet = detect::snippet(w, s, e);
                    let sink = h.kind == Kind::Sink;
                    let near = sink && self.det.prompt_near(w, s);
                    let ex = sink.then(|| detect::excerpt(w, s, e));
                    linker.keep(link::Kept::new(h, near, ex));
                }
            }
            count_lines(&w[pos..len], base + pos as u64, &mut line, &mut line_start);
            // No later hit starts before the carried-over part of the next window.
            linker.advance((base as usize + len).saturating_sub(OVERLAP));
            if last {
                break;
            }
            if self.budget.skip_leaf.get() {
                cut_short = true;
                break;
            }
            keep = OVERLAP.min(len);
            buf.copy_within(len - keep..len, 0);
            base += (len - keep) as u64;
        }
        drop(buf);
        if cut_short {
            self.problem(
                path,
                "bomb",
                Severity::Low,
                format!(
                    "only the first {} bytes were checked: the stream holding it expands more than {}× (a possible bomb)",
                    total, MAX_RATIO
                ),
                true,
            );
        }
        if !modules.is_empty() {
            if let Some(e) = self.inputs.iter_mut().rev().find(|e| e.path == shown(path)) {
                e.kind = if modules
                    .iter()
                    .any(|m| m.2.starts_with("/$bunfs/") || m.2.starts_with("B:/~BUN/"))
                {
                    format!("bun executable ({} embedded module(s))", modules.len())
                } else {
                    format!("node single executable ({})", shown(&modules[0].2))
                };
            }
        }
        let w = linker.work;
        self.work.hits += w.hits;
        self.work.kept += w.kept;
        self.work.probes += w.probes;
        // Findings inside an embedded module name it: `app!/$bunfs/root/cli.js`.
        modules.sort_unstable();
        let path_of = |h: &Hit| {
            let at = h.start as u64;
            let i = modules.partition_point(|m| m.0 <= at);
            match i.checked_sub(1).map(|i| &modules[i]) {
                Some(m) if at < m.1 => shown(&format!("{}!{}", path, m.2)),
                _ => shown(path),
            }
        };
        // A large bundle, or a module inside an executable, is parsed only around the chains
        // the pattern finder linked.
        let big = code_buf.as_ref().is_some_and(|cb| cb.len() > CODE_WHOLE) || !mod_bufs.is_empty();
        let positions = if big {
            linker.chain_positions()
        } else {
            vec![]
        };
        // With no chain, around the output tricks an environment read was found near (a
        // chain's own excerpt, which the replay runs, stays as it was).
        let near_sinks = if big && positions.is_empty() {
            linker.near_sink_positions()
        } else {
            vec![]
        };
        // A decision for one region's users with no output trick (a message, a disabled
        // feature) makes no chain: a large script is also read around the values naming a
        // region and the lists that an environment read is near, in a reading of its own (so
        // the chains' reading keeps its room).
        let region_seeds: Vec<usize> = match code_buf.as_ref() {
            Some(cb) if cb.len() > CODE_WHOLE => {
                let mut v = linker.near_source_positions();
                v.extend(crate::code::region_seeds(cb));
                v.sort_unstable();
                v.dedup();
                v.retain(|p| !positions.contains(p) && !near_sinks.contains(p));
                if std::env::var_os("TELLTALE_DEBUG_FLOW").is_some() {
                    eprintln!("region seeds: {:?}", v);
                }
                v
            }
            _ => vec![],
        };
        let (mut findings, note) = linker.finish(&path_of);
        // A source map is not run: the code quoted in it (`sourcesContent`) is read where it is
        // shipped as a script, so an output trick near an environment read in the map is
        // information only.
        if path.ends_with(".map") {
            for f in findings.iter_mut().filter(|f| f.code == "TB004") {
                f.severity = f.severity.min(Severity::Low);
            }
        }
        let mut code_findings: Vec<Finding> = vec![];
        // (shown path, code, seeds relative to the code's start or None to read it whole)
        let mut codes: Vec<(String, Vec<u8>, Option<Vec<usize>>)> = vec![];
        if let Some(cb) = code_buf.take() {
            let seeds = (cb.len() > CODE_WHOLE).then(|| {
                let mut s = positions.clone();
                s.extend(near_sinks.iter().copied());
                s.sort_unstable();
                s.dedup();
                s
            });
            codes.push((shown(path), cb, seeds));
        }
        // Modules Bun stored as UTF-16 or Latin-1 (it does so when the source has characters
        // beyond ASCII) were not readable as bytes: each is transcoded and scanned again.
        let mut transcoded: Vec<(String, Vec<u8>)> = vec![];
        for (i, mb) in mod_bufs {
            let (ms, me) = (modules[i].0 as usize, modules[i].1 as usize);
            if mb.len() != me - ms {
                continue;
            }
            let name = format!("{}!{}", path, modules[i].2);
            if let Some(utf8) = module_text(&mb) {
                transcoded.push((name, utf8));
                continue;
            }
            let seeds: Vec<usize> = positions
                .iter()
                .filter(|&&p| p >= ms && p < me)
                .map(|&p| p - ms)
                .collect();
            // A small module is read whole, as a small script would be; a large one only
            // around a chain (its other parts were checked as bytes).
            let seeds = (mb.len() > CODE_WHOLE).then_some(seeds);
            if seeds.as_ref().is_none_or(|s| !s.is_empty()) {
                codes.push((shown(&name), mb, seeds));
            }
        }
        if let Some(jb) = json_buf.take() {
            if !cut_short {
                self.package.keep(&shown(path), &jb, false);
            }
        }
        for (shown_path, cb, seeds) in codes {
            // A script read whole may import, or be imported by, other files of its package.
            if seeds.is_none() && !cut_short && !shown_path.contains("!$bunfs") {
                self.package.keep(&shown_path, &cb, true);
            }
            let regions: &[usize] = if seeds.is_some() && shown_path == shown(path) {
                &region_seeds
            } else {
                &[]
            };
            if !self.budget.skip_leaf.get()
                && (!regions.is_empty() || seeds.as_ref().is_none_or(|s| !s.is_empty()))
            {
                let (f, notes) =
                    code::findings_with_regions(&shown_path, &cb, seeds.as_deref(), regions);
                // A file parsed whole in which the data flow finds no chain: the linker's
                // "environment read near an output trick" is only nearness, which the flow
                // contradicts, so that part is information (low), not a suspicion.
                let parsed = !notes.iter().any(crate::code::unparsed);
                // (A large bundle read around those output tricks counts as read there.)
                let read_there =
                    seeds.is_none() || (shown_path == shown(path) && !near_sinks.is_empty());
                if read_there
                    && parsed
                    && !f.iter().any(|x| x.covert || x.severity >= Severity::Medium)
                {
                    for x in findings.iter_mut().filter(|x| {
                        x.code == "TB004"
                            && x.severity == Severity::Medium
                            && x.path.as_deref() == Some(shown_path.as_str())
                    }) {
                        x.severity = Severity::Low;
                        let m = crate::i18n::Msg::new("flow-contradicts")
                            .arg("what", x.meaning_msg.take().unwrap_or_default());
                        x.meaning = m.en();
                        x.meaning_msg = Some(m);
                    }
                }
                // The parsed chain says more than the distance-linked one: it replaces it (the
                // same chain is not shown twice).
                if f.iter().any(|f| f.covert) {
                    findings.retain(|x| {
                        !(x.covert
                            && x.code == "TB005"
                            && x.path.as_deref() == Some(shown_path.as_str()))
                    });
                }
                code_findings.extend(f);
                for n in notes {
                    self.notes.push(
                        Msg::new("note-at")
                            .arg("path", shown_path.as_str())
                            .arg("note", n),
                    );
                }
            }
        }
        // The linker's chains first, then what the parsed code adds.
        self.findings.extend(findings);
        self.findings.extend(code_findings);
        for (name, utf8) in transcoded {
            // Read again, not counted again: progress and coverage stay those of the input.
            let (total, checked, progress) = (self.total, self.checked, self.progress.take());
            self.force_code = true;
            self.notes
                .push(Msg::new("note-transcoded").arg("path", shown(&name)));
            self.scan_bytes(&name, &mut std::io::Cursor::new(utf8));
            self.force_code = false;
            (self.total, self.checked, self.progress) = (total, checked, progress);
        }

        if let Some(n) = note {
            self.notes
                .push(Msg::new("note-at").arg("path", shown(path)).arg("note", n));
        }
        total
    }

    pub fn finish(mut self) -> ScanReport {
        // Files that import others of their package, read with what they import.
        let (linked, notes) = self.package.link_all(&self.findings);
        self.findings.extend(linked);
        self.notes.extend(notes);
        let mut findings = self.findings;
        for g in self.problems {
            let extra = g.count - g.listed.len() as u64;
            let example = g
                .listed
                .first()
                .map(|f| (f.msg.clone().unwrap_or_default(), f.severity));
            findings.extend(g.listed);
            if extra > 0 {
                let (example, sev) =
                    example.unwrap_or((crate::i18n::Msg::new("nothing"), Severity::Low));
                let message = crate::i18n::Msg::new("problem-more")
                    .arg("more", extra)
                    .arg("count", g.count)
                    .arg("example", example);
                let meaning = crate::i18n::Msg::new("problem-more-meaning");
                let mut f = finding(
                    "archive-problem",
                    "TB006",
                    sev,
                    Location::default(),
                    message.en(),
                    meaning.en(),
                );
                f.msg = Some(message);
                f.meaning_msg = Some(meaning);
                findings.push(f);
            }
        }
        findings.sort_by(|a, b| b.covert.cmp(&a.covert).then(b.severity.cmp(&a.severity)));
        // Snippets from binary data: printable text only (control bytes and undecodable bytes
        // shown as `·`, long runs of them shortened).
        crate::report::fill_zh(&mut findings);
        for f in &mut findings {
            f.snippet = printable(&f.snippet);
            if let Some(e) = &f.excerpt {
                f.excerpt = Some(printable(e));
            }
        }
        let mut verdict = verdict_of(&findings);
        let checked_now = self.checked;
        if let Some(t) = self.tops.last_mut() {
            if t.end.is_none() {
                t.end = Some(checked_now);
            }
        }
        // Inputs nothing could be read from, and why.
        let unread: Vec<(String, String)> = self
            .tops
            .iter()
            .filter(|t| t.unread())
            .map(|t| (t.path.clone(), unread_reason(t, &self.unchecked)))
            .collect();
        // Complete: no part left unread, and every input given was read. An input not read
        // is also a part not checked (listed once, with its reason).
        for (p, why) in &unread {
            // (An empty file, an image, a document with no text: nothing there to check, and
            // the report says so; not a part left unread.)
            if why.starts_with("the file is empty")
                || why.starts_with("an image")
                || why.starts_with("the document holds no text")
            {
                continue;
            }
            let listed = self
                .unchecked
                .iter()
                .any(|u| u.path == *p || u.path.starts_with(&format!("{}!", p)));
            if !listed {
                self.unchecked_count += 1;
                if self.unchecked.len() < MAX_UNCHECKED_LISTED {
                    self.unchecked.push(Unchecked {
                        path: p.clone(),
                        reason: why.clone(),
                        reason_msg: None,
                    });
                }
            }
        }
        let complete = self.unchecked_count == 0;
        let all_unread = if self.tops.is_empty() {
            self.unchecked_count > 0
        } else {
            unread.len() == self.tops.len()
        };
        if all_unread && verdict <= Verdict::Notice {
            verdict = Verdict::Unchecked;
        }
        let mut summary = match verdict {
            Verdict::Covert if findings[0].code.starts_with("TD") => {
                format!(
                    "Hidden instruction for AI readers found. {}",
                    findings[0].meaning
                )
            }
            Verdict::Covert if findings[0].code.starts_with("TT") => {
                format!(
                    "Hidden signal found in the text ({}). {}",
                    findings[0].message, findings[0].meaning
                )
            }
            _ if findings.first().is_some_and(|f| f.brief.is_some())
                && verdict >= Verdict::Suspicious =>
            {
                findings[0].brief.clone().unwrap_or_default().en
            }
            Verdict::Covert => format!("Covert channel found. {}", findings[0].meaning),
            Verdict::Suspicious if !findings[0].code.starts_with("TB") => {
                format!(
                    "Something in this input is hidden or not what it looks like: {} {}",
                    findings[0].message, findings[0].meaning
                )
            }
            Verdict::Suspicious => {
                if findings
                    .iter()
                    .any(|f| f.rule == "archive-problem" && f.severity >= Severity::Medium)
                    && !findings
                        .iter()
                        .any(|f| f.rule != "archive-problem" && f.severity >= Severity::Medium)
                {
                    "This input is built to attack the tools that open it (a decompression bomb, entries that overlap or lie about their size, or names that escape the archive).".into()
                } else {
                    "This code has parts of a covert channel (hidden lists, or environment checks next to output tricks) but no complete chain was found.".into()
                }
            }
            Verdict::Notice => {
                "Nothing covert was found. A few things worth knowing are listed below, each with what it means.".into()
            }
            Verdict::Clean => "Nothing covert was found.".into(),
            Verdict::Unchecked => format!(
                "Could not check: {}. Nothing is claimed about {}.",
                unread
                    .iter()
                    .take(3)
                    .map(|(p, w)| format!("{} ({})", p, w))
                    .collect::<Vec<_>>()
                    .join("; "),
                if unread.len() == 1 { "it" } else { "them" }
            ),
        };
        let mut summary_zh = match verdict {
            _ if findings.first().is_some_and(|f| f.brief.is_some()) && verdict >= Verdict::Suspicious => {
                findings[0].brief.clone().unwrap_or_default().zh
            }
            Verdict::Covert if findings[0].code.starts_with("TD") => format!(
                "发现针对 AI 读者的隐藏指令：有人给读取这份文件的 AI 工具（筛选工具、总结助手）写了指令，并对人隐藏（{}）。打开文档的人看不到它。在去除之前，不要让 AI 工具处理这份文档，并向发件人核实。指令原文：{}",
                findings[0].place.clone().unwrap_or_default(),
                findings[0].decoded.as_ref().and_then(|d| d.text.clone()).unwrap_or_default()
            ),
            Verdict::Covert if findings[0].code.starts_with("TT") => format!(
                "在文字中发现隐藏信号（{}）。",
                crate::report::zh_title(&findings[0])
            ),
            Verdict::Suspicious if !findings[0].code.starts_with("TB") => format!(
                "这份输入中有内容被隐藏或与看上去不同：{}（{}）。",
                crate::report::zh_title(&findings[0]),
                findings[0].place.clone().unwrap_or_default()
            ),
            Verdict::Covert => {
                let lists: Vec<String> = findings[0]
                    .decoded
                    .as_ref()
                    .and_then(|d| d.text.clone())
                    .map(|t| t.split_whitespace().take(12).map(String::from).collect())
                    .unwrap_or_default();
                format!(
                    "发现隐蔽信道。代码读取运行环境，与{}比较，再用看不出来的方式改变输出。程序可以借此让收到输出的人知道用户在哪里、用的是哪家服务，而不必发送任何遥测。",
                    if lists.is_empty() { "目标值".to_string() } else { format!("隐藏名单（{}）", lists.join("、")) }
                )
            }
            Verdict::Suspicious => "这段代码含有隐蔽信道的部分环节（隐藏名单，或读取环境的代码紧挨着输出技巧），或者是专门攻击解压工具的归档文件，但没有找到完整的链条。".into(),
            Verdict::Notice => "没有发现隐蔽内容。下面列出了几件值得了解的事，并说明了各自的含义。".into(),
            Verdict::Clean => "没有发现隐蔽内容。".into(),
            Verdict::Unchecked => format!(
                "无法检查：{}。对这些内容不作任何结论。",
                unread
                    .iter()
                    .take(3)
                    .map(|(p, w)| format!("{}（{}）", p, zh_reason(w)))
                    .collect::<Vec<_>>()
                    .join("；")
            ),
        };
        if verdict != Verdict::Unchecked && !unread.is_empty() {
            // Some inputs read, some not: say which, next to the verdict.
            let n = self.tops.len();
            summary = format!(
                "Checked {} of {} inputs; these could not be checked: {}. {}",
                n - unread.len(),
                n,
                unread
                    .iter()
                    .take(5)
                    .map(|(p, w)| format!("{} ({})", p, w))
                    .collect::<Vec<_>>()
                    .join("; "),
                summary.replace(
                    "Nothing covert was found",
                    "Nothing covert was found in what was read"
                )
            );
            summary_zh = format!(
                "已检查 {} 个输入中的 {} 个；以下无法检查：{}。{}",
                n,
                n - unread.len(),
                unread
                    .iter()
                    .take(5)
                    .map(|(p, w)| format!("{}（{}）", p, zh_reason(w)))
                    .collect::<Vec<_>>()
                    .join("；"),
                summary_zh
            );
        } else if !complete && verdict != Verdict::Unchecked {
            let first = self.unchecked.first().cloned().unwrap_or_default();
            summary = format!(
                "{} Not everything could be checked: {} part(s) were not read (e.g. {}: {}); nothing is claimed about them.",
                if verdict <= Verdict::Notice { summary.replace("Nothing covert was found", "Nothing covert was found in what was read") } else { summary },
                self.unchecked_count,
                first.path,
                first.reason
            );
            summary_zh = format!(
                "{}有 {} 处内容未能检查（例如 {}），对这些部分不作任何结论。",
                summary_zh, self.unchecked_count, first.path
            );
        }
        // Each input's own verdict: the findings under its path.
        let checked = self
            .tops
            .iter()
            .map(|t| {
                let mine: Vec<Finding> = findings
                    .iter()
                    .filter(|f| {
                        f.path
                            .as_deref()
                            .is_some_and(|p| p == t.path || p.starts_with(&format!("{}!", t.path)))
                    })
                    .cloned()
                    .collect();
                let unread = t.unread();
                let part_missing = self
                    .unchecked
                    .iter()
                    .any(|u| u.path == t.path || u.path.starts_with(&format!("{}!", t.path)));
                let v = verdict_of(&mine);
                crate::report::Checked {
                    name: t.path.clone(),
                    size: t.size.unwrap_or(t.end.unwrap_or(t.start) - t.start),
                    sha256: t.sha256.clone(),
                    verdict: Some(if unread && v <= Verdict::Notice {
                        Verdict::Unchecked
                    } else {
                        v
                    }),
                    complete: !unread && !part_missing,
                    reason: unread.then(|| unread_reason(t, &self.unchecked)),
                }
            })
            .collect();
        ScanReport {
            // The caller dates the report (CLI, page): the library's reports of the same input
            // stay byte-identical.
            generated: None,
            checked,
            tool: "telltale".into(),
            version: env!("CARGO_PKG_VERSION").into(),
            verdict,
            summary,
            summary_zh,
            summary_msg: None,
            lang: None,
            findings,
            inputs: self.inputs,
            inputs_not_listed: self.inputs_not_listed,
            coverage: Coverage {
                complete,
                bytes_checked: self.total,
                unchecked: self.unchecked,
                unchecked_count: self.unchecked_count,
            },
            notes: self.notes.iter().map(Msg::en).collect(),
            notes_msg: self.notes,
        }
    }
}

/// Text safe to show from a binary: control characters (but newline and tab) and U+FFFD become
/// `·`, and a run of more than three of them is shortened to `···`. Text with none of them is
/// returned as it is.
pub fn printable(s: &str) -> String {
    let bad = |c: char| (c.is_control() && c != '\n' && c != '\t') || c == '\u{FFFD}';
    if !s.chars().any(bad) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut run = 0;
    for c in s.chars() {
        if bad(c) {
            run += 1;
            if run <= 3 {
                out.push('·');
            }
        } else {
            run = 0;
            out.push(c);
        }
    }
    out
}

/// An embedded module the analyser reads: JavaScript by its name, or Bun's entry point, which
/// Bun names without its extension (`/$bunfs/root/app`).
fn is_module_code(name: &str) -> bool {
    let leaf = name.rsplit('/').next().unwrap_or("");
    code::is_code(name, b"") || !leaf.contains('.')
}

/// Most bytes read after the scan only to complete an input's SHA-256.
const HASH_TAIL_CAP: u64 = 64 << 20;

/// Why nothing of a top-level input could be read.
fn unread_reason(t: &Top, unchecked: &[Unchecked]) -> String {
    t.reason.clone().unwrap_or_else(|| {
        if t.size == Some(0)
            || (t.size.is_none() && t.end == Some(t.start))
                && unchecked.iter().all(|u| !u.path.starts_with(&t.path))
        {
            "the file is empty: there was nothing to check".to_string()
        } else {
            unchecked
                .iter()
                .find(|u| u.path.starts_with(&t.path))
                .map(|u| u.reason.clone())
                .unwrap_or_else(|| "nothing in it could be read".to_string())
        }
    })
}

/// The module graph of a Bun single-file executable, when its trailer is in this window:
/// `\n---- Bun! ----\n` preceded by the offsets record (u64 byte count, modules pointer as
/// u32 offset and length, entry point, argv pointer, flags: 32 bytes) and the graph blob.
/// Each module record starts with name and contents pointers (u32 offset, u32 length) into the
/// blob; the record size is inferred (checked against names starting with the Bun virtual
/// root). Returns the contents' absolute ranges with their names; empty when anything does not fit.
pub fn bun_modules(w: &[u8], base: u64) -> Vec<(u64, u64, String)> {
    match memchr::memmem::find_iter(w, detect::BUN_TRAILER).last() {
        Some(t) => bun_modules_at(w, base, t),
        None => Vec::new(),
    }
}

/// [`bun_modules`] when the trailer's position `t` is known (the scanner's sinks automaton finds
/// it in the pass it makes anyway).
pub fn bun_modules_at(w: &[u8], base: u64, t: usize) -> Vec<(u64, u64, String)> {
    let mut at = |o: u64, n: usize| -> Option<Vec<u8>> {
        let o = usize::try_from(o).ok()?;
        w.get(o..o.checked_add(n)?).map(|s| s.to_vec())
    };
    bun_graph(w, 0, t, &mut at)
        .into_iter()
        .map(|(a, b, n)| (base + a, base + b, n))
        .collect()
}

/// The main script of a Node single executable application (SEA), when its blob header is in
/// this window: magic `0x0143da20` (little-endian), u32 flags, then the script's name and its
/// code, each as a u64 length and the bytes (as `node --experimental-sea-config` writes it and
/// `postject` injects it as `NODE_SEA_BLOB`). Returns the code's absolute range and name.
pub fn sea_modules(w: &[u8], base: u64) -> Vec<(u64, u64, String)> {
    let at: Vec<usize> = memchr::memmem::find_iter(w, detect::SEA_MAGIC).collect();
    sea_modules_at(w, base, &at)
}

/// [`sea_modules`] when the magic's positions are known (found by the sinks automaton).
pub fn sea_modules_at(w: &[u8], base: u64, magics: &[usize]) -> Vec<(u64, u64, String)> {
    let mut out = Vec::new();
    for &m in magics {
        let u64_at = |o: usize| {
            w.get(o..o + 8)
                .map(|b| u64::from_le_bytes(b.try_into().unwrap()))
        };
        let Some(flags) = w
            .get(m + 4..m + 8)
            .map(|b| u32::from_le_bytes(b.try_into().unwrap()))
        else {
            continue;
        };
        let Some(nl) = u64_at(m + 8) else { continue };
        if flags > 0xff || nl == 0 || nl > 4096 {
            continue;
        }
        let name_at = m + 16;
        let Some(name) = w.get(name_at..name_at + nl as usize) else {
            continue;
        };
        if !name.iter().all(|b| (0x20..0x7f).contains(b)) {
            continue;
        }
        let code_len_at = name_at + nl as usize;
        let Some(cl) = u64_at(code_len_at) else {
            continue;
        };
        if cl == 0 || cl > (1 << 32) {
            continue;
        }
        let code = base + (code_len_at + 8) as u64;
        out.push((code, code + cl, String::from_utf8_lossy(name).to_string()));
    }
    out
}

/// The Bun module graph whose trailer is in `tail` (which starts at offset `tail_at` of the
/// input); `read(offset, len)` reads other parts of the input (from a window, or by seeking a
/// file or a browser Blob). Ranges are offsets in the input.
fn bun_graph(
    tail: &[u8],
    tail_at: u64,
    t: usize,
    read: &mut dyn FnMut(u64, usize) -> Option<Vec<u8>>,
) -> Vec<(u64, u64, String)> {
    if t < 32 || t >= tail.len() {
        return Vec::new();
    }
    let u32_le =
        |b: &[u8], o: usize| u32::from_le_bytes([b[o], b[o + 1], b[o + 2], b[o + 3]]) as u64;
    let bc = u64::from_le_bytes(tail[t - 32..t - 24].try_into().unwrap());
    let (mo, ml) = (u32_le(tail, t - 24), u32_le(tail, t - 20));
    let offsets_at = tail_at + (t - 32) as u64;
    if bc == 0 || bc > offsets_at || mo + ml > bc || ml > (1 << 20) {
        return Vec::new();
    }
    let blob = offsets_at - bc;
    let Some(table) = read(blob + mo, ml as usize) else {
        return Vec::new();
    };
    for size in [52usize, 56, 48, 44, 40, 36, 32] {
        if ml == 0 || ml as usize % size != 0 {
            continue;
        }
        let mut mods = Vec::new();
        for rec in table.chunks(size) {
            let (no, nl, co, cl) = (
                u32_le(rec, 0),
                u32_le(rec, 4),
                u32_le(rec, 8),
                u32_le(rec, 12),
            );
            if no + nl > bc || co + cl > bc || nl > 4096 {
                break;
            }
            let Some(name) = read(blob + no, nl as usize) else {
                break;
            };
            let name = String::from_utf8_lossy(&name).to_string();
            if !(name.starts_with("/$bunfs/") || name.starts_with("B:/~BUN/")) {
                break;
            }
            mods.push((blob + co, blob + co + cl, name));
        }
        if mods.len() == ml as usize / size {
            return mods;
        }
    }
    Vec::new()
}

/// The UTF-8 text of a module Bun stored as UTF-16LE or Latin-1, or None when its bytes are
/// already UTF-8 (or ASCII). Bun writes a module as UTF-16LE when its source holds characters
/// beyond Latin-1 and as Latin-1 when it holds some beyond ASCII; its graph's encoding byte is
/// not documented across versions, so the bytes themselves are looked at.
fn module_text(b: &[u8]) -> Option<Vec<u8>> {
    let head = &b[..b.len().min(512) & !1];
    let zeros = head.iter().skip(1).step_by(2).filter(|&&x| x == 0).count();
    if head.len() >= 16 && zeros * 10 >= head.len() / 2 * 9 {
        let units = b.chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]]));
        let mut out = String::with_capacity(b.len() / 2);
        out.extend(char::decode_utf16(units).map(|c| c.unwrap_or('\u{FFFD}')));
        return Some(out.into_bytes());
    }
    if b.is_ascii() || std::str::from_utf8(b).is_ok() {
        return None;
    }
    Some(
        b.iter()
            .map(|&c| c as char)
            .collect::<String>()
            .into_bytes(),
    )
}

/// The Bun module graph of a seekable input, read from its end (graphs of any size: the table
/// and names are read by seeking, the modules' contents are not read here). Rewinds the input.
fn bun_graph_at_end<R: Read + Seek>(r: &mut R, size: u64) -> Vec<(u64, u64, String)> {
    use std::io::SeekFrom;
    // On Linux the graph sits in an ELF section followed by the section headers (tens of KB).
    let tail_len = size.min(1 << 20);
    let tail_at = size - tail_len;
    let mut tail = vec![0u8; tail_len as usize];
    let ok =
        r.seek(SeekFrom::Start(tail_at)).is_ok() && fill(r, &mut tail).ok() == Some(tail.len());
    let mods = if ok {
        let mut read = |o: u64, n: usize| -> Option<Vec<u8>> {
            r.seek(SeekFrom::Start(o)).ok()?;
            let mut b = vec![0u8; n];
            (fill(r, &mut b).ok()? == n).then_some(b)
        };
        match memchr::memmem::find_iter(&tail, detect::BUN_TRAILER).last() {
            Some(t) => bun_graph(&tail, tail_at, t, &mut read),
            None => Vec::new(),
        }
    } else {
        Vec::new()
    };
    let _ = r.seek(SeekFrom::Start(0));
    mods
}

/// Count the newlines of a slice (vectorisable) and remember where the last line starts.
fn count_lines(s: &[u8], at: u64, line: &mut usize, line_start: &mut u64) {
    // SIMD: this runs over every byte of every input.
    if let Some(last) = memchr::memrchr(b'\n', s) {
        *line += memchr::memchr_iter(b'\n', s).count();
        *line_start = at + last as u64 + 1;
    }
}

/// Milliseconds from a monotonic-enough clock (`std::time::Instant` traps on wasm32).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn now_ms() -> f64 {
    use std::sync::OnceLock;
    static START: OnceLock<std::time::Instant> = OnceLock::new();
    START
        .get_or_init(std::time::Instant::now)
        .elapsed()
        .as_secs_f64()
        * 1000.0
}
#[cfg(target_arch = "wasm32")]
pub(crate) fn now_ms() -> f64 {
    js_sys::Date::now()
}

fn finding(
    rule: &str,
    code: &str,
    severity: Severity,
    location: Location,
    message: String,
    meaning: String,
) -> Finding {
    Finding {
        rule: rule.into(),
        code: code.into(),
        severity,
        covert: false,
        message,
        meaning,
        confidence: Confidence::Medium,
        location,
        snippet: String::new(),
        count: 1,
        occurrences: Vec::new(),
        decoded: None,
        path: None,
        excerpt: None,
        place: None,
        brief: None,
        message_zh: String::new(),
        msg: None,
        meaning_msg: None,
        replay: vec![],
        replay_call: None,
        replay_note: None,
        replay_note_msg: None,
        place_msg: None,
    }
}

/// What a decompressor's output is compared with to spot a bomb.
enum Denominator {
    /// The compressed size, known in advance (a zip entry).
    Known(u64),
    /// The compressed bytes consumed so far (a gzip stream, whatever its size).
    Consumed(Rc<Cell<u64>>),
}

/// A decompressing reader with bounds: past [`MAX_RATIO`]× (and [`BOMB_MIN`]) it flags a bomb
/// and asks the scanner to stop checking the current entry (it keeps inflating, so what follows
/// the bomb in the same stream is still reached); it stops for good when the top-level input's
/// inflate budget is spent. Only expansion (output beyond the compressed bytes) is charged.
struct Bounded<R> {
    inner: R,
    denom: Denominator,
    budget: Rc<Budget>,
    count: u64,
    charged: u64,
    error: Option<String>,
    bomb: Option<String>,
    bomb_flagged: bool,
    exhausted_here: bool,
}

impl<R: Read> Bounded<R> {
    fn new(inner: R, denom: Denominator, budget: Rc<Budget>) -> Self {
        Bounded {
            inner,
            denom,
            budget,
            count: 0,
            charged: 0,
            error: None,
            bomb: None,
            bomb_flagged: false,
            exhausted_here: false,
        }
    }
    fn compressed(&self) -> u64 {
        match &self.denom {
            Denominator::Known(n) => *n,
            Denominator::Consumed(c) => c.get(),
        }
    }
}

impl<R: Read> Read for Bounded<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let b = &self.budget;
        let room = b.limit.get().saturating_sub(b.inflated.get());
        if room == 0 {
            b.exhausted.set(true);
            self.exhausted_here = true;
            return Ok(0);
        }
        let want = buf.len().min(room.min(usize::MAX as u64) as usize);
        match self.inner.read(&mut buf[..want]) {
            Ok(n) => {
                self.count += n as u64;
                let comp = self.compressed();
                let expansion = self.count.saturating_sub(comp);
                if expansion > self.charged {
                    b.inflated
                        .set(b.inflated.get() + (expansion - self.charged));
                    self.charged = expansion;
                }
                if !self.bomb_flagged
                    && self.count > BOMB_MIN
                    && self.count > comp.saturating_mul(MAX_RATIO)
                {
                    self.bomb_flagged = true;
                    self.bomb = Some(format!(
                        "decompression bomb: {} bytes came out of {} compressed bytes (more than {}×)",
                        self.count, comp, MAX_RATIO
                    ));
                    b.skip_leaf.set(true);
                }
                Ok(n)
            }
            Err(e) => {
                self.error = Some(format!(
                    "corrupt or truncated compressed data after {} bytes: {}; the rest was not read",
                    self.count, e
                ));
                Ok(0)
            }
        }
    }
}

/// Scan paths (files or directories; `-` is standard input), for the CLI. Directories are
/// walked without following the symbolic links inside them (a link loop cannot trap the walk,
/// nor a link lead outside it); each directory is entered once.
pub fn scan_paths(
    paths: &[String],
    watchlist: &[String],
    progress: Option<Box<dyn FnMut(u64)>>,
) -> ScanReport {
    let mut s = Scanner::new(watchlist);
    s.progress = progress;
    for item in &batch::Plan::new(paths).items {
        s.scan_item(item);
    }
    s.finish()
}
