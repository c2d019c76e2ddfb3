//! The bundle scanner: files, directories, gzip, tar and zip (nested), and anything else as
//! bytes, read as streams in fixed windows with overlap. Detectors (see `detect`) run on every
//! window; hits are then linked into covert-channel chains: an environment source, a target or
//! hidden list, and an output-variation sink within [`CHAIN_DISTANCE`] bytes.
//!
//! Memory: one window (1 MiB + 64 KiB overlap) per open stream, a zip entry nested in another
//! archive is buffered up to [`MAX_NESTED_BUFFER`], and at most [`MAX_HITS_PER_INPUT`] hits are
//! kept per input. Hostile archives: nesting deeper than [`MAX_DEPTH`], entries expanding more
//! than [`MAX_RATIO`]× or past [`MAX_TOTAL_BYTES`], and path-traversal names are reported and
//! skipped; the rest of the scan goes on.

pub mod detect;
pub mod fast;

use std::io::{Read, Seek};

use crate::report::{verdict_of, Confidence, Decoded, Finding, Location, Severity, Verdict};
use detect::{Detectors, Hit, Kind};
use serde::{Deserialize, Serialize};

pub const WINDOW: usize = 1 << 20;
pub const OVERLAP: usize = 64 << 10;
pub const CHAIN_DISTANCE: usize = 128 << 10;
pub const MAX_DEPTH: usize = 4;
pub const MAX_RATIO: u64 = 200;
pub const MAX_TOTAL_BYTES: u64 = 4 << 30;
pub const MAX_NESTED_BUFFER: u64 = 256 << 20;
pub const MAX_HITS_PER_INPUT: usize = 20_000;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct InputEntry {
    /// Path, with `!` between an archive and its entry (`pkg.tgz!package/cli.js`).
    pub path: String,
    pub size: u64,
    pub kind: String,
    pub bytes_read: u64,
    pub ms: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skipped: Option<String>,
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
    pub findings: Vec<Finding>,
    pub inputs: Vec<InputEntry>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

pub struct Scanner {
    det: Detectors,
    pub findings: Vec<Finding>,
    pub inputs: Vec<InputEntry>,
    total: u64,
    /// Called after every window with the bytes read so far (the CLI's progress bar).
    pub progress: Option<Box<dyn FnMut(u64)>>,
    /// A Bun module graph read from the end of the top-level input being scanned.
    preset_modules: Option<(String, Vec<(u64, u64, String)>)>,
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
    } else if name.ends_with(".tar") && head.len() >= 512 {
        "tar"
    } else {
        "file"
    }
}

/// Read until `buf` is full or the stream ends.
fn fill(r: &mut dyn Read, buf: &mut [u8]) -> std::io::Result<usize> {
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

impl Scanner {
    pub fn new(watchlist: &[String]) -> Scanner {
        Scanner {
            det: Detectors::new(watchlist),
            findings: Vec::new(),
            inputs: Vec::new(),
            total: 0,
            progress: None,
            preset_modules: None,
        }
    }

    fn problem(&mut self, path: &str, msg: String) {
        let mut f = finding(
            "archive-problem",
            "TB006",
            Severity::Low,
            Location::default(),
            msg.clone(),
            format!(
                "This part could not be checked: {}. Everything else was.",
                msg
            ),
        );
        f.path = Some(path.to_string());
        self.findings.push(f);
    }

    /// Scan one stream (a file, or an entry in an archive), dispatching on its first bytes.
    pub fn scan_reader(&mut self, path: &str, size: u64, r: &mut dyn Read, depth: usize) {
        let t0 = now_ms();
        let mut head = vec![0u8; 512];
        let n = match fill(r, &mut head) {
            Ok(n) => n,
            Err(e) => {
                self.inputs.push(InputEntry {
                    path: path.into(),
                    size,
                    kind: "unreadable".into(),
                    skipped: Some(e.to_string()),
                    ..Default::default()
                });
                return;
            }
        };
        head.truncate(n);
        let kind = kind_of(&head, path);
        let mut chained = head.as_slice().chain(r);
        if depth > MAX_DEPTH && matches!(kind, "gzip" | "zip" | "tar" | "crx") {
            self.inputs.push(InputEntry {
                path: path.into(),
                size,
                kind: kind.into(),
                skipped: Some(format!("archive nested deeper than {} levels", MAX_DEPTH)),
                ..Default::default()
            });
            self.problem(
                path,
                format!(
                    "archive nested deeper than {} levels, not opened",
                    MAX_DEPTH
                ),
            );
            return;
        }
        let entry_idx = self.inputs.len();
        self.inputs.push(InputEntry {
            path: path.into(),
            size,
            kind: kind.into(),
            ..Default::default()
        });
        let read = match kind {
            "gzip" => {
                let mut gz = Bounded::new(flate2::read::MultiGzDecoder::new(&mut chained), size);
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
                self.scan_reader(&inner, 0, &mut gz, depth + 1);
                if let Some(e) = gz.error.take() {
                    self.problem(path, e);
                }
                gz.count
            }
            "tar" => self.scan_tar(path, &mut chained, depth),
            "zip" | "crx" => {
                // Zip needs random access: buffer (bounded), then read it from memory.
                let mut buf = Vec::new();
                let got = (&mut chained)
                    .take(MAX_NESTED_BUFFER + 1)
                    .read_to_end(&mut buf)
                    .unwrap_or(0) as u64;
                if got > MAX_NESTED_BUFFER {
                    self.problem(
                        path,
                        format!(
                            "zip larger than {} MiB inside a stream, not opened",
                            MAX_NESTED_BUFFER >> 20
                        ),
                    );
                } else {
                    let start = if kind == "crx" {
                        buf.windows(4).position(|w| w == b"PK\x03\x04").unwrap_or(0)
                    } else {
                        0
                    };
                    self.scan_zip(path, std::io::Cursor::new(&buf[start..]), depth);
                }
                got
            }
            _ => self.scan_bytes(path, &mut chained),
        };
        self.inputs[entry_idx].bytes_read = read;
        self.inputs[entry_idx].ms = now_ms() - t0;
    }

    /// A top-level input with random access (a file, a browser Blob): a zip is read in place
    /// (its central directory, then each entry), never buffered whole.
    pub fn scan_top<R: Read + Seek>(&mut self, path: &str, size: u64, r: &mut R) {
        let mut head = [0u8; 4];
        let n = fill(r, &mut head).unwrap_or(0);
        let is_zip = n == 4 && (head == *b"PK\x03\x04" || head == *b"PK\x05\x06");
        if r.seek(std::io::SeekFrom::Start(0)).is_err() {
            self.problem(path, "cannot rewind the input".into());
            return;
        }
        if is_zip {
            let t0 = now_ms();
            let idx = self.inputs.len();
            self.inputs.push(InputEntry {
                path: path.into(),
                size,
                kind: "zip".into(),
                bytes_read: size,
                ..Default::default()
            });
            self.scan_zip(path, r, 0);
            self.inputs[idx].ms = now_ms() - t0;
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
            self.scan_reader(path, size, r, 0);
            self.preset_modules = None;
        }
    }

    fn scan_tar(&mut self, path: &str, r: &mut dyn Read, depth: usize) -> u64 {
        let mut ar = tar::Archive::new(r);
        let mut n = 0;
        let entries = match ar.entries() {
            Ok(e) => e,
            Err(e) => {
                self.problem(path, format!("corrupt tar: {}", e));
                return 0;
            }
        };
        for e in entries {
            let mut e = match e {
                Ok(e) => e,
                Err(err) => {
                    self.problem(path, format!("corrupt or truncated tar: {}", err));
                    break;
                }
            };
            if !e.header().entry_type().is_file() {
                continue;
            }
            let name = e
                .path()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_else(|_| "?".into());
            if name.split('/').any(|c| c == "..") || name.starts_with('/') {
                self.problem(path, format!("entry name escapes the archive: {}", name));
            }
            let size = e.header().size().unwrap_or(0);
            n += size;
            self.scan_reader(&format!("{}!{}", path, name), size, &mut e, depth + 1);
        }
        n
    }

    fn scan_zip<R: Read + Seek>(&mut self, path: &str, r: R, depth: usize) {
        let mut z = match zip::ZipArchive::new(r) {
            Ok(z) => z,
            Err(e) => {
                self.problem(path, format!("corrupt zip: {}", e));
                return;
            }
        };
        for i in 0..z.len() {
            let mut f = match z.by_index(i) {
                Ok(f) => f,
                Err(e) => {
                    self.problem(path, format!("zip entry {}: {}", i, e));
                    continue;
                }
            };
            if f.is_dir() {
                continue;
            }
            let name = f.name().to_string();
            if f.encrypted() {
                self.problem(path, format!("encrypted zip entry not checked: {}", name));
                continue;
            }
            if name.split(['/', '\\']).any(|c| c == "..") || name.starts_with('/') {
                self.problem(path, format!("entry name escapes the archive: {}", name));
            }
            let (size, comp) = (f.size(), f.compressed_size().max(1));
            if size / comp > MAX_RATIO && size > (1 << 20) {
                self.problem(
                    path,
                    format!(
                        "zip bomb: {} expands {}× ({} bytes), not opened",
                        name,
                        size / comp,
                        size
                    ),
                );
                continue;
            }
            self.scan_reader(&format!("{}!{}", path, name), size, &mut f, depth + 1);
        }
    }

    /// Scan any stream as bytes, window by window; then link its hits into chains.
    fn scan_bytes(&mut self, path: &str, r: &mut dyn Read) -> u64 {
        let mut buf = vec![0u8; WINDOW + OVERLAP];
        let mut keep = 0usize; // bytes carried over from the previous window
        let mut base = 0u64; // absolute offset of buf[0]
                             // (hit with absolute offsets, prompt words near, excerpt for sinks)
        let mut hits: Vec<(Hit, bool, Option<String>)> = Vec::new();
        let (mut line, mut line_start) = (1usize, 0u64);
        // Modules embedded in a Bun single-file executable: (start, end, name), absolute.
        let mut modules: Vec<(u64, u64, String)> = match &self.preset_modules {
            Some((p, m)) if p == path => m.clone(),
            _ => Vec::new(),
        };
        let mut total = 0u64;
        loop {
            let n = match fill(r, &mut buf[keep..]) {
                Ok(n) => n,
                Err(e) => {
                    self.problem(path, format!("read error after {} bytes: {}", total, e));
                    0
                }
            };
            total += n as u64;
            self.total += n as u64;
            let done = self.total;
            if let Some(p) = self.progress.as_mut() {
                p(done);
            }
            let len = keep + n;
            let w = &buf[..len];
            let last = n == 0 || len < buf.len();
            for m in bun_modules(w, base).into_iter().chain(sea_modules(w, base)) {
                if !modules.contains(&m) {
                    modules.push(m);
                }
            }
            let mut found = self.det.scan(w);
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
                if hits.len() < MAX_HITS_PER_INPUT {
                    h.snippet = detect::snippet(w, h.start, h.end);
                    let near = self.det.prompt_near(w, h.start);
                    let ex = (h.kind == Kind::Sink).then(|| detect::excerpt(w, h.start, h.end));
                    h.start += base as usize;
                    h.end += base as usize;
                    hits.push((h, near, ex));
                }
            }
            count_lines(&w[pos..len], base + pos as u64, &mut line, &mut line_start);
            if last || self.total > MAX_TOTAL_BYTES {
                if self.total > MAX_TOTAL_BYTES {
                    self.problem(
                        path,
                        format!(
                            "scan stopped after {} bytes in all (limit)",
                            MAX_TOTAL_BYTES
                        ),
                    );
                }
                break;
            }
            keep = OVERLAP.min(len);
            buf.copy_within(len - keep..len, 0);
            base += (len - keep) as u64;
        }
        drop(buf);
        if !modules.is_empty() {
            if let Some(e) = self.inputs.iter_mut().rev().find(|e| e.path == path) {
                e.kind = if modules
                    .iter()
                    .any(|m| m.2.starts_with("/$bunfs/") || m.2.starts_with("B:/~BUN/"))
                {
                    format!("bun executable ({} embedded module(s))", modules.len())
                } else {
                    format!("node single executable ({})", modules[0].2)
                };
            }
        }
        self.link(path, hits, &modules);
        total
    }

    /// Turn one input's hits into findings: chains first, then partial chains, then single capabilities.
    fn link(
        &mut self,
        path: &str,
        mut hits: Vec<(Hit, bool, Option<String>)>,
        modules: &[(u64, u64, String)],
    ) {
        // Findings inside an embedded module name it: `app!/$bunfs/root/cli.js`.
        let path_of = |h: &Hit| match modules
            .iter()
            .find(|m| (h.start as u64) >= m.0 && (h.start as u64) < m.1)
        {
            Some(m) => format!("{}!{}", path, m.2),
            None => path.to_string(),
        };
        hits.sort_by_key(|h| h.0.start);
        // Columns in bundles are byte columns (minified code is ASCII in practice).
        let loc = |h: &Hit| Location {
            line: h.line,
            column: h.column,
            byte_offset: h.start,
            byte_len: h.end - h.start,
            ..Default::default()
        };
        let near = |a: &Hit, b: &Hit| a.start.abs_diff(b.start) <= CHAIN_DISTANCE;
        let mut used = vec![false; hits.len()];
        for (i, (sink, prompt, ex)) in hits.iter().enumerate() {
            if sink.kind != Kind::Sink {
                continue;
            }
            // The nearest links first: a bundle holds many unrelated reads of the environment.
            let by_distance = |mut v: Vec<usize>| {
                v.sort_by_key(|&j| hits[j].0.start.abs_diff(sink.start));
                v
            };
            let src = by_distance(
                (0..hits.len())
                    .filter(|&j| hits[j].0.kind == Kind::Source && near(&hits[j].0, sink))
                    .collect(),
            );
            let cmp = by_distance(
                (0..hits.len())
                    .filter(|&j| {
                        matches!(hits[j].0.kind, Kind::List | Kind::Target)
                            && near(&hits[j].0, sink)
                    })
                    .collect(),
            );
            if src.is_empty() || cmp.is_empty() {
                continue;
            }
            // Every decoded list near the sink is evidence; other links: the three nearest.
            let mut links: Vec<usize> = Vec::new();
            links.extend(src.iter().take(3));
            links.extend(
                cmp.iter()
                    .filter(|&&j| hits[j].0.kind == Kind::List)
                    .take(4),
            );
            links.extend(
                cmp.iter()
                    .filter(|&&j| hits[j].0.kind == Kind::Target)
                    .take(2),
            );
            links.sort_by_key(|&j| hits[j].0.start);
            links.push(i);
            let lists: Vec<String> = links
                .iter()
                .filter_map(|&j| hits[j].0.decoded.as_ref().map(|l| l.join(", ")))
                .collect();
            let steps: Vec<String> = links
                .iter()
                .map(|&j| format!("{} at byte {}", hits[j].0.label, hits[j].0.start))
                .collect();
            let mut f = finding(
                "covert-channel",
                "TB005",
                Severity::Critical,
                loc(sink),
                format!("Covert channel: {}", steps.join(" → ")),
                format!(
                    "The code reads the environment ({}), compares it with {} and changes its output ({}){}. That is how a program can tell whoever receives its output where its user is, without sending any telemetry.",
                    hits[src[0]].0.label,
                    if lists.is_empty() { hits[cmp[0]].0.label.clone() } else if lists.len() == 1 { format!("a hidden list ({})", lists[0]) } else { format!("{} hidden lists ({})", lists.len(), lists.join("; ")) },
                    sink.label,
                    if *prompt { ", in text that looks like a prompt" } else { "" }
                ),
            );
            f.covert = true;
            f.path = Some(path_of(sink));
            f.count = links.len();
            f.occurrences = links.iter().map(|&j| loc(&hits[j].0)).collect();
            f.snippet = sink.snippet.clone();
            f.excerpt = ex.clone();
            f.confidence = if *prompt {
                Confidence::High
            } else {
                Confidence::Medium
            };
            if !lists.is_empty() {
                // Every list in full, one entry a line, a blank line between lists.
                let parts: Vec<&Hit> = links
                    .iter()
                    .map(|&j| &hits[j].0)
                    .filter(|h| h.decoded.is_some())
                    .collect();
                let mut hows: Vec<String> = parts.iter().filter_map(|h| h.how.clone()).collect();
                hows.dedup();
                f.decoded = Some(Decoded {
                    scheme: hows.join("; "),
                    text: Some(
                        parts
                            .iter()
                            .map(|h| h.decoded.as_ref().unwrap().join("\n"))
                            .collect::<Vec<_>>()
                            .join("\n\n"),
                    ),
                    plausibility: 1.0,
                    ..Default::default()
                });
            }
            self.findings.push(f);
            for j in links {
                used[j] = true;
            }
        }
        // What was not part of a chain: one finding per rule and label.
        let mut groups: Vec<(&'static str, String, Vec<usize>)> = Vec::new();
        for (j, (h, _, _)) in hits.iter().enumerate() {
            if used[j] {
                continue;
            }
            match groups.iter_mut().find(|g| g.0 == h.rule && g.1 == h.label) {
                Some(g) => g.2.push(j),
                None => groups.push((h.rule, h.label.clone(), vec![j])),
            }
        }
        // A list or sink with an environment source nearby is a partial chain.
        let source_near = |h: &Hit| {
            hits.iter()
                .any(|s| s.0.kind == Kind::Source && near(&s.0, h))
        };
        for (rule, label, idx) in groups {
            let h = &hits[idx[0]].0;
            let (code, sev, meaning) = match h.kind {
                Kind::Source => ("TB001", Severity::Info, "Reading the environment is common (proxy support, time zones); alone it is not a concern.".to_string()),
                Kind::Target => ("TB002", Severity::Info, "A region-specific value is compared; timezone libraries list these for everyone.".to_string()),
                Kind::List => ("TB003", if source_near(h) { Severity::High } else { Severity::Medium }, "A list of domains or names is stored encoded, so a reader of the code cannot see it.".to_string()),
                Kind::Sink => ("TB004", if source_near(h) { Severity::Medium } else { Severity::Low }, "The code can vary its output with characters that look alike.".to_string()),
            };
            let mut f = finding(
                rule,
                code,
                sev,
                loc(h),
                format!("{} ({} place(s))", label, idx.len()),
                meaning,
            );
            f.snippet = h.snippet.clone();
            f.excerpt = hits[idx[0]].2.clone();
            f.path = Some(path_of(h));
            f.count = idx.len();
            f.occurrences = idx
                .iter()
                .skip(1)
                .take(20)
                .map(|&j| loc(&hits[j].0))
                .collect();
            if let Some(l) = &h.decoded {
                f.decoded = Some(Decoded {
                    scheme: h.how.clone().unwrap_or_default(),
                    text: Some(l.join("\n")),
                    plausibility: 1.0,
                    ..Default::default()
                });
            }
            self.findings.push(f);
        }
    }

    pub fn finish(self) -> ScanReport {
        let mut findings = self.findings;
        findings.sort_by(|a, b| b.covert.cmp(&a.covert).then(b.severity.cmp(&a.severity)));
        let verdict = verdict_of(&findings);
        let summary = match verdict {
            Verdict::Covert => format!("Covert channel found. {}", findings[0].meaning),
            Verdict::Suspicious => "This code has parts of a covert channel (hidden lists, or environment checks next to output tricks) but no complete chain was found.".into(),
            Verdict::Notice => "Nothing covert was found; some capabilities worth knowing about are listed.".into(),
            Verdict::Clean => "Nothing covert was found.".into(),
        };
        let summary_zh = match verdict {
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
            Verdict::Suspicious => "这段代码含有隐蔽信道的部分环节（隐藏名单，或读取环境的代码紧挨着输出技巧），但没有找到完整的链条。".into(),
            Verdict::Notice => "没有发现隐蔽内容；下面列出了一些值得了解的能力。".into(),
            Verdict::Clean => "没有发现隐蔽内容。".into(),
        };
        ScanReport {
            tool: "telltale".into(),
            version: env!("CARGO_PKG_VERSION").into(),
            verdict,
            summary,
            summary_zh,
            findings,
            inputs: self.inputs,
            notes: Vec::new(),
        }
    }
}

/// The module graph of a Bun single-file executable, when its trailer is in this window:
/// `\n---- Bun! ----\n` preceded by the offsets record (u64 byte count, modules pointer as
/// u32 offset and length, entry point, argv pointer, flags: 32 bytes) and the graph blob.
/// Each module record starts with name and contents pointers (u32 offset, u32 length) into the
/// blob; the record size is inferred (checked against names starting with the Bun virtual
/// root). Returns the contents' absolute ranges with their names; empty when anything does not fit.
pub fn bun_modules(w: &[u8], base: u64) -> Vec<(u64, u64, String)> {
    let mut at = |o: u64, n: usize| -> Option<Vec<u8>> {
        let o = usize::try_from(o).ok()?;
        w.get(o..o.checked_add(n)?).map(|s| s.to_vec())
    };
    bun_graph(w, 0, &mut at)
        .into_iter()
        .map(|(a, b, n)| (base + a, base + b, n))
        .collect()
}

/// The main script of a Node single executable application (SEA), when its blob header is in
/// this window: magic `0x0143da20` (little-endian), u32 flags, then the script's name and its
/// code, each as a u64 length and the bytes (as `node --experimental-sea-config` writes it and
/// `postject` injects it as `NODE_SEA_BLOB`). Returns the code's absolute range and name.
pub fn sea_modules(w: &[u8], base: u64) -> Vec<(u64, u64, String)> {
    const MAGIC: &[u8] = &[0x20, 0xda, 0x43, 0x01];
    let mut out = Vec::new();
    for m in memchr::memmem::find_iter(w, MAGIC) {
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
    read: &mut dyn FnMut(u64, usize) -> Option<Vec<u8>>,
) -> Vec<(u64, u64, String)> {
    const TRAILER: &[u8] = b"\n---- Bun! ----\n";
    // SIMD search (this runs on every window): memmem's forward search is vectorised, its
    // reverse search is not.
    let Some(t) = memchr::memmem::find_iter(tail, TRAILER).last() else {
        return Vec::new();
    };
    if t < 32 {
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
        bun_graph(&tail, tail_at, &mut read)
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
fn now_ms() -> f64 {
    use std::sync::OnceLock;
    static START: OnceLock<std::time::Instant> = OnceLock::new();
    START
        .get_or_init(std::time::Instant::now)
        .elapsed()
        .as_secs_f64()
        * 1000.0
}
#[cfg(target_arch = "wasm32")]
fn now_ms() -> f64 {
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
    }
}

/// A decompressing reader that stops (and says why) past the ratio or size limit: zip bombs.
struct Bounded<R> {
    inner: R,
    limit: u64,
    count: u64,
    error: Option<String>,
}

impl<R: Read> Bounded<R> {
    fn new(inner: R, compressed: u64) -> Self {
        let limit = if compressed > 0 {
            (compressed.saturating_mul(MAX_RATIO)).max(16 << 20)
        } else {
            MAX_TOTAL_BYTES
        };
        Bounded {
            inner,
            limit,
            count: 0,
            error: None,
        }
    }
}

impl<R: Read> Read for Bounded<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.count >= self.limit {
            if self.error.is_none() {
                self.error = Some(format!("decompression stopped at {} bytes (more than {}× the compressed size: a possible bomb)", self.count, MAX_RATIO));
            }
            return Ok(0);
        }
        match self.inner.read(buf) {
            Ok(n) => {
                self.count += n as u64;
                Ok(n)
            }
            Err(e) => {
                self.error = Some(format!(
                    "corrupt or truncated gzip after {} bytes: {}",
                    self.count, e
                ));
                Ok(0)
            }
        }
    }
}

/// Scan paths (files or directories), for the CLI.
pub fn scan_paths(
    paths: &[String],
    watchlist: &[String],
    progress: Option<Box<dyn FnMut(u64)>>,
) -> ScanReport {
    let mut s = Scanner::new(watchlist);
    s.progress = progress;
    let mut stack: Vec<std::path::PathBuf> = paths.iter().map(std::path::PathBuf::from).collect();
    while let Some(p) = stack.pop() {
        let name = p.display().to_string();
        match std::fs::metadata(&p) {
            Ok(m) if m.is_dir() => {
                if let Ok(rd) = std::fs::read_dir(&p) {
                    let mut kids: Vec<_> = rd.flatten().map(|e| e.path()).collect();
                    kids.sort();
                    kids.reverse();
                    stack.extend(kids);
                }
            }
            Ok(m) => match std::fs::File::open(&p) {
                Ok(f) => {
                    let mut r = std::io::BufReader::with_capacity(1 << 16, f);
                    s.scan_top(&name, m.len(), &mut r);
                }
                Err(e) => s.inputs.push(InputEntry {
                    path: name,
                    kind: "unreadable".into(),
                    skipped: Some(e.to_string()),
                    ..Default::default()
                }),
            },
            Err(e) => s.inputs.push(InputEntry {
                path: name,
                kind: "missing".into(),
                skipped: Some(e.to_string()),
                ..Default::default()
            }),
        }
    }
    s.finish()
}
