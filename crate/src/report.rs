//! The report model shared by the CLI (JSON), the wasm bindings and the page.
//!
//! Field names are part of the public interface: the page, the tests and anyone parsing
//! `telltale prompt --format json` read them. Add fields; do not rename them.

use crate::i18n::Msg;
use serde::{Deserialize, Serialize};

/// Overall judgement of an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// Nothing could be read (an empty file, an image, an encrypted or invalid archive): no
    /// claim is made either way. Lowest, so anything checked elsewhere outranks it.
    #[serde(rename = "unchecked")]
    Unchecked,
    /// Nothing unusual.
    Clean,
    /// Unusual but common and harmless (one no-break space, consistent curly quotes).
    Notice,
    /// Hidden or rare characters that carry no known scheme, unbalanced bidi, mixed-script words.
    Suspicious,
    /// A known scheme decoded with flags set, or a hidden payload recovered.
    Covert,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Unchecked => "unchecked",
            Verdict::Clean => "clean",
            Verdict::Notice => "notice",
            Verdict::Suspicious => "suspicious",
            Verdict::Covert => "covert",
        }
    }
}

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }
    pub fn parse(s: &str) -> Option<Severity> {
        Some(match s {
            "info" => Severity::Info,
            "low" => Severity::Low,
            "medium" => Severity::Medium,
            "high" => Severity::High,
            "critical" => Severity::Critical,
            _ => return None,
        })
    }
}

/// How sure a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub fn from_score(score: f64) -> Confidence {
        if score >= 0.8 {
            Confidence::High
        } else if score >= 0.55 {
            Confidence::Medium
        } else {
            Confidence::Low
        }
    }
}

/// Where something is. `line` and `column` are 1-based; `column` counts grapheme clusters
/// (what a reader counts); `byte_offset` is into the UTF-8 text; `utf16_offset` is what a
/// JavaScript string index would be.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    pub line: usize,
    pub column: usize,
    pub byte_offset: usize,
    pub utf16_offset: usize,
    /// Length of the flagged span in bytes (UTF-8).
    pub byte_len: usize,
    /// Length of the flagged span in UTF-16 code units.
    pub utf16_len: usize,
}

impl Location {
    /// A location known only by byte span; line/column are filled in by the resolver.
    pub fn span(start: usize, end: usize) -> Location {
        Location {
            byte_offset: start,
            byte_len: end.saturating_sub(start),
            ..Default::default()
        }
    }
}

/// The three flags of the date-line marker, exactly these keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatelineFlags {
    pub custom_host_on_list: bool,
    pub host_has_lab_keyword: bool,
    pub china_timezone: bool,
}

/// Something a decoder recovered.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Decoded {
    /// Which scheme, in words (e.g. "Unicode tag characters", "StegCloak (not encrypted)").
    pub scheme: String,
    /// `scheme` as a message, when it is one (the file analysis's decodings).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheme_msg: Option<Msg>,
    /// The recovered text, when it is text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The date-line marker's flags.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flags: Option<DatelineFlags>,
    /// Recovered bytes in hex when they are not valid text (capped).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bytes_hex: Option<String>,
    /// The payload is encrypted and was not (or could not be) decrypted.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub encrypted: bool,
    /// How plausible the decoded result is, 0..1 (text-likeness).
    pub plausibility: f64,
    /// Other readings that were tried, best first (scheme and score), for transparency.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<Alternative>,
    /// The decoded payload, checked again: a payload can hide another.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nested: Option<Box<NestedCheck>>,
}

impl Decoded {
    /// A decoding named by a message (its English words in `scheme`, the message for the
    /// reader's language in `scheme_msg`).
    pub fn scheme(m: Msg) -> Decoded {
        Decoded {
            scheme: m.en(),
            scheme_msg: Some(m),
            ..Default::default()
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Alternative {
    pub scheme: String,
    pub plausibility: f64,
    pub preview: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NestedCheck {
    pub verdict: Verdict,
    pub findings: Vec<Finding>,
}

/// One thing found.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Finding {
    /// Stable rule id (see `telltale rules`).
    pub rule: String,
    /// Stable short code of the rule (e.g. `TT008`).
    pub code: String,
    pub severity: Severity,
    /// True when this finding alone makes the verdict `covert`.
    pub covert: bool,
    /// What was seen, in one line.
    pub message: String,
    /// What it means, in plain words.
    pub meaning: String,
    pub confidence: Confidence,
    /// First (or only) place it was seen.
    pub location: Location,
    /// The text around it, with invisible characters made visible.
    pub snippet: String,
    /// How many times it was seen.
    pub count: usize,
    /// Further places (capped; `count` is the total).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub occurrences: Vec<Location>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decoded: Option<Decoded>,
    /// Path of the input (bundle scans): `pkg.tgz!package/cli.js`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// A readable, re-indented excerpt of the code around the finding (bundle scans).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub excerpt: Option<String>,
    /// Where in a document, in its own terms: "paragraph 4", "Sheet1!B3", "slide 2 notes",
    /// "page 3", "e-mail part 2 (text/html), line 14".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// `place` as data (see `doc::words`), rendered in the reader's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place_msg: Option<Msg>,
    /// At most two sentences for the verdict when this finding decides it, in English and
    /// Chinese, with the numbers rather than the lists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brief: Option<Brief>,
    /// `message` as data: a message id and its arguments (see [`crate::i18n`]); absent for the
    /// few findings still written in English only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg: Option<Msg>,
    /// `meaning` as data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meaning_msg: Option<Msg>,
    /// What was seen, in Chinese (set when the report is finished; see [`zh_message`]).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub message_zh: String,
    /// The code run again under environments Telltale supplies: what it wrote under each.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replay: Vec<ReplayRun>,
    /// The call whose result the replay shows (`fM4("2026-04-03")`); absent when it shows the
    /// program's printed output.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replay_call: Option<String>,
    /// Why the code was not replayed (or showed no difference), when it was tried.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replay_note: Option<String>,
    /// `replay_note` as a message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replay_note_msg: Option<Msg>,
}

/// One environment of a replay and what the code wrote under it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ReplayRun {
    /// The environment in words ("baseline …", "time zone Asia/Shanghai").
    pub env: String,
    pub env_zh: String,
    pub output: String,
    /// Each difference from the baseline's output, characters named
    /// ("U+0027 APOSTROPHE → U+2019 RIGHT SINGLE QUOTATION MARK").
    pub changes: Vec<String>,
    /// What a reader of this output learns, when it differs from the baseline's ("the host
    /// in ANTHROPIC_BASE_URL is on the code's hidden list; the time zone points to mainland China").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub learns: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub learns_zh: String,
}

/// The Chinese line for a finding, from its structured parts rather than its English words:
/// the chain's brief, or the rule's Chinese title, the characters it names (code point and
/// Unicode name, which stay as they are), where (a document's place), how many times, and the
/// decoded text.
pub fn zh_message(f: &Finding) -> String {
    if let Some(b) = &f.brief {
        return b.zh.clone();
    }
    if let Some(m) = &f.msg {
        return crate::i18n::render("zh-CN", m);
    }
    let mut out = zh_title(f);
    // Code points named in the message ("U+200B ZERO WIDTH SPACE"), at most four.
    let mut cps: Vec<String> = vec![];
    let m = &f.message;
    let mut i = 0;
    while let Some(k) = m[i..].find("U+") {
        let at = i + k;
        let hex: String = m[at + 2..]
            .chars()
            .take_while(|c| c.is_ascii_hexdigit())
            .collect();
        if hex.len() >= 4 {
            let rest = &m[at + 2 + hex.len()..];
            let name: String = rest
                .strip_prefix(' ')
                .map(|r| {
                    r.chars()
                        .take_while(|c| {
                            c.is_ascii_uppercase() || c.is_ascii_digit() || *c == ' ' || *c == '-'
                        })
                        .collect::<String>()
                })
                .unwrap_or_default();
            let cp = format!("U+{} {}", hex, name.trim()).trim().to_string();
            if !cps.contains(&cp) && cps.len() < 4 {
                cps.push(cp);
            }
        }
        i = at + 2;
    }
    if !cps.is_empty() {
        out.push_str(&format!("：{}", cps.join("、")));
    }
    if f.count > 1 {
        out.push_str(&format!("（{} 处）", f.count));
    }
    if let Some(p) = &f.place {
        out.push_str(&format!("，位于 {}", p));
    }
    if let Some(d) = &f.decoded {
        if let Some(fl) = d.flags {
            let yn = |b: bool| if b { "是" } else { "否" };
            out.push_str(&format!(
                "；标志：API 地址在名单上 {}，含实验室关键词 {}，中国时区 {}",
                yn(fl.custom_host_on_list),
                yn(fl.host_has_lab_keyword),
                yn(fl.china_timezone)
            ));
        } else if let Some(t) = d.text.as_deref().filter(|t| !t.trim().is_empty()) {
            let short: String = t.trim().chars().take(60).collect();
            let more = if t.trim().chars().count() > 60 {
                "…"
            } else {
                ""
            };
            out.push_str(&format!(
                "；解码出：「{}{}」",
                short.replace('\n', " / "),
                more
            ));
        }
    }
    out
}

/// Fill every finding's (and nested finding's) Chinese line.
pub fn fill_zh(findings: &mut [Finding]) {
    for f in findings {
        f.message_zh = zh_message(f);
        if let Some(n) = f.decoded.as_mut().and_then(|d| d.nested.as_mut()) {
            fill_zh(&mut n.findings);
        }
    }
}

/// A verdict's short summary, in both languages (the same facts in each).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Brief {
    pub en: String,
    pub zh: String,
}

/// One input as the exports name it: its name, size, SHA-256 (when every byte was read), its
/// own verdict and whether it was read completely.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Checked {
    pub name: String,
    pub size: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verdict: Option<Verdict>,
    #[serde(default)]
    pub complete: bool,
    /// Why it could not be read, when it could not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// A reader that computes the SHA-256 of what passes through it.
pub struct HashingReader<R> {
    pub inner: R,
    hasher: Hasher,
    pub bytes: u64,
}

/// Where the digest is computed: inline, or (natively, for large inputs) on a second thread
/// that is sent the bytes read in chunks of [`HASH_CHUNK`], so hashing overlaps the scan.
enum Hasher {
    Inline(sha2::Sha256),
    #[cfg(not(target_arch = "wasm32"))]
    Thread {
        pending: Vec<u8>,
        tx: Option<std::sync::mpsc::SyncSender<Vec<u8>>>,
        /// Chunks the thread has hashed, sent back to be filled again: a few buffers go round
        /// instead of a fresh megabyte (fresh pages the kernel must zero) per chunk.
        back: std::sync::mpsc::Receiver<Vec<u8>>,
        done: Option<std::thread::JoinHandle<String>>,
    },
    /// A regular file hashed from its own handle with positional reads on a second thread
    /// (nothing is copied from the scan's reads); the digest counts only when that thread read
    /// all `size` bytes.
    #[cfg(unix)]
    File {
        done: Option<std::thread::JoinHandle<Option<String>>>,
    },
}

/// Bytes collected before a chunk is sent to the hashing thread.
#[cfg(not(target_arch = "wasm32"))]
const HASH_CHUNK: usize = 1 << 20;
/// Inputs at least this large are hashed on a second thread (natively).
pub const HASH_THREAD_MIN: u64 = 8 << 20;

impl<R> HashingReader<R> {
    pub fn new(inner: R) -> Self {
        use sha2::Digest;
        HashingReader {
            inner,
            hasher: Hasher::Inline(sha2::Sha256::new()),
            bytes: 0,
        }
    }

    /// A reader of an input of `size` bytes: one of [`HASH_THREAD_MIN`] or more is hashed on a
    /// second thread natively (the digest is the same; the test `threaded_digest_is_the_digest`
    /// checks), inline otherwise and in wasm.
    pub fn sized(inner: R, size: u64) -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        if size >= HASH_THREAD_MIN {
            use sha2::Digest;
            let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<u8>>(4);
            let (back_tx, back) = std::sync::mpsc::sync_channel::<Vec<u8>>(8);
            let spawned = std::thread::Builder::new()
                .name("telltale-sha256".into())
                .spawn(move || {
                    let mut h = sha2::Sha256::new();
                    for mut chunk in rx {
                        h.update(&chunk);
                        chunk.clear();
                        // Full when the reader stopped taking them back: the chunk is dropped.
                        let _ = back_tx.try_send(chunk);
                    }
                    hex_lower(&h.finalize())
                });
            if let Ok(done) = spawned {
                return HashingReader {
                    inner,
                    hasher: Hasher::Thread {
                        pending: Vec::with_capacity(HASH_CHUNK),
                        tx: Some(tx),
                        back,
                        done: Some(done),
                    },
                    bytes: 0,
                };
            }
        }
        let _ = size;
        Self::new(inner)
    }

    /// A reader of the first `size` bytes of the regular file `file` (`inner` reads the same
    /// file): the digest is computed on a second thread that reads `file` itself by position,
    /// so the scan's reads are not copied. When the thread cannot start, or the file is shorter
    /// than `size` when it reads it, there is no digest (an empty string), as for an input not
    /// read to its end.
    #[cfg(unix)]
    pub fn positional(inner: R, file: std::fs::File, size: u64) -> Self {
        use sha2::Digest;
        use std::os::unix::fs::FileExt;
        let spawned = std::thread::Builder::new()
            .name("telltale-sha256".into())
            .spawn(move || {
                let mut h = sha2::Sha256::new();
                let mut buf = vec![0u8; HASH_CHUNK];
                let mut at = 0u64;
                while at < size {
                    let want = (size - at).min(HASH_CHUNK as u64) as usize;
                    match file.read_at(&mut buf[..want], at) {
                        Ok(0) => return None,
                        Ok(n) => {
                            h.update(&buf[..n]);
                            at += n as u64;
                        }
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                        Err(_) => return None,
                    }
                }
                Some(hex_lower(&h.finalize()))
            });
        match spawned {
            Ok(done) => HashingReader {
                inner,
                hasher: Hasher::File { done: Some(done) },
                bytes: 0,
            },
            Err(_) => Self::sized(inner, size),
        }
    }

    /// The digest in lower-case hex.
    pub fn hex(self) -> String {
        use sha2::Digest;
        match self.hasher {
            Hasher::Inline(h) => hex_lower(&h.finalize()),
            #[cfg(not(target_arch = "wasm32"))]
            Hasher::Thread {
                pending,
                mut tx,
                mut done,
                ..
            } => {
                if let Some(t) = tx.take() {
                    if !pending.is_empty() {
                        let _ = t.send(pending);
                    }
                }
                done.take().and_then(|d| d.join().ok()).unwrap_or_default()
            }
            #[cfg(unix)]
            Hasher::File { mut done } => done
                .take()
                .and_then(|d| d.join().ok())
                .flatten()
                .unwrap_or_default(),
        }
    }
}

impl<R: std::io::Read> std::io::Read for HashingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        use sha2::Digest;
        let n = self.inner.read(buf)?;
        match &mut self.hasher {
            Hasher::Inline(h) => h.update(&buf[..n]),
            #[cfg(not(target_arch = "wasm32"))]
            Hasher::Thread {
                pending, tx, back, ..
            } => {
                pending.extend_from_slice(&buf[..n]);
                if pending.len() >= HASH_CHUNK {
                    let next = back
                        .try_recv()
                        .unwrap_or_else(|_| Vec::with_capacity(HASH_CHUNK));
                    let full = std::mem::replace(pending, next);
                    if let Some(t) = tx.as_ref() {
                        let _ = t.send(full);
                    }
                }
            }
            #[cfg(unix)]
            Hasher::File { .. } => {}
        }
        self.bytes += n as u64;
        Ok(n)
    }
}

fn hex_lower(b: &[u8]) -> String {
    let mut s = String::with_capacity(b.len() * 2);
    for x in b {
        s.push_str(&format!("{:02x}", x));
    }
    s
}

/// SHA-256 of bytes in lower-case hex.
pub fn sha256_hex(b: &[u8]) -> String {
    use sha2::Digest;
    hex_lower(&sha2::Sha256::digest(b))
}

/// The current time in UTC as RFC 3339 (`2026-11-26T12:00:00Z`), natively; `None` in wasm,
/// where the page supplies the time.
pub fn utc_now() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        None
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        // SOURCE_DATE_EPOCH (the reproducible-builds convention) fixes the time: golden
        // outputs and reproducible reports use it.
        let secs = match std::env::var("SOURCE_DATE_EPOCH")
            .ok()
            .and_then(|v| v.trim().parse::<i64>().ok())
        {
            Some(s) => s,
            None => std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .ok()?
                .as_secs() as i64,
        };
        Some(rfc3339(secs))
    }
}

/// Seconds since 1970 as RFC 3339 UTC (days to a civil date: Howard Hinnant's algorithm).
pub fn rfc3339(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        y,
        m,
        d,
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// One non-ASCII (or control) code point in the character inventory.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CharEntry {
    pub code_point: String,
    #[serde(rename = "char")]
    pub ch: String,
    pub name: String,
    pub category: String,
    pub script: String,
    /// One of: invisible, bidi-control, tag, variation-selector, exotic-space, look-alike,
    /// punctuation-variant, emoji, control, private-use, letter, symbol, other.
    pub class: String,
    /// True when every occurrence is a legitimate use (inside an emoji sequence, CJK punctuation…).
    pub legitimate: bool,
    pub count: usize,
    pub positions: Vec<Location>,
}

/// One variant used for a punctuation role.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PunctVariant {
    pub code_point: String,
    #[serde(rename = "char")]
    pub ch: String,
    pub name: String,
    /// ascii, typographic, cjk, locale, rare
    pub style: String,
    pub count: usize,
    pub positions: Vec<Location>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PunctRole {
    pub role: String,
    pub variants: Vec<PunctVariant>,
    /// The role is written in more than one style (e.g. straight and curly apostrophes).
    pub mixed: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DateEntry {
    pub text: String,
    pub pattern: String,
    /// Normalised to ISO `YYYY-MM-DD` when the order is unambiguous.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iso: Option<String>,
    pub location: Location,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct DateInventory {
    pub dates: Vec<DateEntry>,
    /// Distinct patterns with their counts, most frequent first.
    pub patterns: Vec<(String, usize)>,
    pub mixed: bool,
}

impl DateInventory {
    pub fn from_dates(dates: Vec<DateEntry>) -> DateInventory {
        let mut counts: Vec<(String, usize)> = Vec::new();
        for d in &dates {
            match counts.iter_mut().find(|(p, _)| *p == d.pattern) {
                Some(e) => e.1 += 1,
                None => counts.push((d.pattern.clone(), 1)),
            }
        }
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let mixed = counts.len() > 1;
        DateInventory {
            dates,
            patterns: counts,
            mixed,
        }
    }
}

/// A span to highlight in the page (UTF-16 offsets, as JavaScript indexes strings).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Mark {
    pub rule: String,
    pub severity: Severity,
    pub utf16_start: usize,
    pub utf16_end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    pub label: String,
    /// `label` as a message, rendered in the reader's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_msg: Option<Msg>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Views {
    /// NFC form, when it differs from the input.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nfc: Option<String>,
    /// NFKC form, when it differs from the input.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nfkc: Option<String>,
    /// Invisible and unusual characters written out as visible markers.
    pub revealed: String,
    /// The text with every fingerprint removed, safe to share.
    pub cleaned: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct InputInfo {
    /// utf-8, utf-8 (BOM), utf-16le, utf-16be, utf-8 (lossy)
    pub encoding: String,
    pub bytes: usize,
    /// Byte offsets of invalid bytes in the original input (capped; see `invalid_byte_count`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub invalid_bytes: Vec<usize>,
    pub invalid_byte_count: usize,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Stats {
    pub bytes: usize,
    pub chars: usize,
    pub lines: usize,
    pub non_ascii: usize,
    /// Letters per script, most frequent first.
    pub scripts: Vec<(String, usize)>,
}

/// The full result of checking a text.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Report {
    pub tool: String,
    pub version: String,
    pub verdict: Verdict,
    /// One short paragraph for a non-engineer.
    pub summary: String,
    /// The same in Simplified Chinese.
    #[serde(default)]
    pub summary_zh: String,
    /// `summary` as data (see [`crate::i18n`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary_msg: Option<Msg>,
    /// The language `summary`, `message` and `meaning` are in (absent: English).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    pub findings: Vec<Finding>,
    pub input: InputInfo,
    pub stats: Stats,
    pub characters: Vec<CharEntry>,
    pub punctuation: Vec<PunctRole>,
    pub dates: DateInventory,
    pub views: Views,
    pub marks: Vec<Mark>,
    /// Limits that were reached (e.g. "only the first 10000 marks are listed").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// `notes` as data, each rendered in the reader's language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes_msg: Vec<Msg>,
    /// When the report was made (RFC 3339 UTC), set by the caller (CLI, page).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generated: Option<String>,
    /// What was checked: name, size, SHA-256.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checked: Vec<Checked>,
}

impl Report {
    /// Add a note (once): its words in English and as a message.
    pub fn note(&mut self, m: Msg) {
        if !self.notes_msg.contains(&m) {
            self.notes.push(m.en());
            self.notes_msg.push(m);
        }
    }
}

/// Verdict from findings: covert beats everything; otherwise the highest severity decides.
pub fn verdict_of(findings: &[Finding]) -> Verdict {
    if findings.iter().any(|f| f.covert) {
        return Verdict::Covert;
    }
    match findings.iter().map(|f| f.severity).max() {
        Some(s) if s >= Severity::Medium => Verdict::Suspicious,
        Some(Severity::Low) => Verdict::Notice,
        _ => Verdict::Clean,
    }
}

/// The Chinese title of a finding's rule (its `# 中文` doc section), or its code.
pub fn zh_title(f: &Finding) -> String {
    crate::rules::find(&f.code)
        .map(|r| crate::rules::doc(r).zh.title)
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| f.code.clone())
}

/// The Chinese "why it matters" of a finding's rule.
pub fn zh_why(f: &Finding) -> String {
    crate::rules::find(&f.code)
        .map(|r| crate::rules::doc(r).zh.why)
        .unwrap_or_default()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod hashing_tests {
    use super::*;
    use std::io::Read;

    /// The digest made on a second thread (a large input, read in uneven pieces) is the
    /// digest of the bytes, as made inline.
    #[test]
    fn threaded_digest_is_the_digest() {
        let data: Vec<u8> = (0..(HASH_THREAD_MIN as usize + 3_000_001))
            .map(|i| (i * 7 + i / 1000) as u8)
            .collect();
        let mut h = HashingReader::sized(&data[..], data.len() as u64);
        assert!(matches!(h.hasher, Hasher::Thread { .. }));
        let mut buf = vec![0u8; 77_777];
        let mut total = 0;
        loop {
            let n = h.read(&mut buf[..(total % 77_777) + 1]).unwrap();
            if n == 0 {
                break;
            }
            total += n;
        }
        assert_eq!(total, data.len());
        assert_eq!(h.hex(), sha256_hex(&data));
        // A small input is hashed inline, with the same result.
        let mut s = HashingReader::sized(&data[..1000], 1000);
        assert!(matches!(s.hasher, Hasher::Inline(_)));
        std::io::copy(&mut s, &mut std::io::sink()).unwrap();
        assert_eq!(s.hex(), sha256_hex(&data[..1000]));
    }

    #[cfg(unix)]
    #[test]
    fn positional_digest_is_the_digest() {
        let data: Vec<u8> = (0..3_500_001usize)
            .map(|i| (i * 13 + i / 997) as u8)
            .collect();
        let path = std::env::temp_dir().join(format!("telltale-positional-{}", std::process::id()));
        std::fs::write(&path, &data).unwrap();
        let f = std::fs::File::open(&path).unwrap();
        let mut h = HashingReader::positional(
            f.try_clone().unwrap(),
            f.try_clone().unwrap(),
            data.len() as u64,
        );
        assert!(matches!(h.hasher, Hasher::File { .. }));
        std::io::copy(&mut h, &mut std::io::sink()).unwrap();
        assert_eq!(h.bytes, data.len() as u64);
        assert_eq!(h.hex(), sha256_hex(&data));
        // The first `size` bytes only, however long the file.
        let h = HashingReader::positional(std::io::empty(), f.try_clone().unwrap(), 1000);
        assert_eq!(h.hex(), sha256_hex(&data[..1000]));
        // A file shorter than promised has no digest.
        let h = HashingReader::positional(std::io::empty(), f, data.len() as u64 + 1);
        assert_eq!(h.hex(), "");
        std::fs::remove_file(&path).unwrap();
    }
}
