//! Many inputs, many cores (issue 14).
//!
//! The paths given are first walked into a list of [`Item`]s (files, standard input, and the
//! entries that cannot be read: missing paths, symbolic links, sockets, unlistable
//! directories), in the order one scanner would meet them. Each item is scanned by its own
//! [`Scanner`] (detectors compiled once, shared), on as many threads as asked; what each found
//! is a [`Part`]. Parts are merged back in item order, with the same listing caps as one
//! scanner, so the report of a batch is the report one scanner reading the items one after
//! the other would have made: the number of threads changes the time, never the report.
//!
//! Items are grouped into [`Unit`]s, the inputs a batch reports on one by one
//! (`--format jsonl`): each path given is one unit, except a directory named `node_modules`,
//! which is split into its packages (`name`, `@scope/name`, and each `.pnpm/<entry>` of pnpm's
//! store); what else it holds (`.bin`, lock files) is one unit named after the directory.

use super::{InputEntry, ProblemGroup, Scanner, Top, Unchecked, Work};
use super::{MAX_LISTED_INPUTS, MAX_PROBLEMS_LISTED, MAX_UNCHECKED_LISTED};
use crate::report::{Finding, Severity};
use std::collections::HashSet;
use std::ops::Range;
use std::path::PathBuf;

/// One thing to read, found by walking the paths given.
#[derive(Debug, Clone)]
pub enum Item {
    /// Standard input (`-`).
    Stdin,
    /// A file or anything else that opens (FIFO, device).
    File {
        path: PathBuf,
        len: u64,
        regular: bool,
    },
    /// A path that cannot be examined.
    Missing { name: String, error: String },
    /// A symbolic link met inside a directory (not followed).
    Link { name: String, target: String },
    /// A socket (not read).
    Socket { name: String },
    /// A directory that cannot be listed.
    Unlistable { name: String, error: String },
}

impl Item {
    /// The bytes this item is expected to hold (files of known size), for a progress bar.
    pub fn len(&self) -> u64 {
        match self {
            Item::File {
                len, regular: true, ..
            } => *len,
            _ => 0,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// An input reported on by itself: a path given, or a package of a `node_modules` tree.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub name: String,
    /// Its items, a range of [`Plan::items`].
    pub items: Range<usize>,
}

/// The items to read and how they group into units.
#[derive(Debug, Default)]
pub struct Plan {
    pub items: Vec<Item>,
    pub units: Vec<Unit>,
}

impl Plan {
    /// Walk `paths` (directories depth first, entries sorted by name; symbolic links followed
    /// only when given by name; a directory reached twice is read once).
    pub fn new(paths: &[String]) -> Plan {
        let mut plan = Plan::default();
        let mut visited: HashSet<PathBuf> = HashSet::new();
        for p in paths {
            let path = PathBuf::from(p);
            let is_modules = p != "-"
                && path.file_name().is_some_and(|n| n == "node_modules")
                && std::fs::metadata(&path).is_ok_and(|m| m.is_dir());
            if !is_modules {
                plan.unit(p.clone(), |items| walk(items, &mut visited, path, true));
                continue;
            }
            // A node_modules tree: its packages one by one, the rest as one unit first.
            let real = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
            if !visited.insert(real) {
                continue;
            }
            let kids = match sorted_children(&path) {
                Ok(k) => k,
                Err(e) => {
                    plan.unit(p.clone(), |items| {
                        items.push(Item::Unlistable {
                            name: p.clone(),
                            error: e.to_string(),
                        })
                    });
                    continue;
                }
            };
            let mut packages: Vec<PathBuf> = Vec::new();
            let mut rest: Vec<PathBuf> = Vec::new();
            for k in kids {
                let name = k
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let dir = std::fs::symlink_metadata(&k).is_ok_and(|m| m.is_dir());
                if dir && (name.starts_with('@') || name == ".pnpm") {
                    match sorted_children(&k) {
                        Ok(inner) => packages.extend(inner),
                        Err(_) => rest.push(k),
                    }
                } else if dir && !name.starts_with('.') {
                    packages.push(k);
                } else {
                    rest.push(k);
                }
            }
            if !rest.is_empty() {
                plan.unit(p.clone(), |items| {
                    for k in rest {
                        walk(items, &mut visited, k, false);
                    }
                });
            }
            for k in packages {
                let name = k.display().to_string();
                plan.unit(name, |items| walk(items, &mut visited, k, false));
            }
        }
        plan
    }

    fn unit(&mut self, name: String, fill: impl FnOnce(&mut Vec<Item>)) {
        let start = self.items.len();
        fill(&mut self.items);
        self.units.push(Unit {
            name,
            items: start..self.items.len(),
        });
    }

    /// Bytes in the regular files to read.
    pub fn bytes(&self) -> u64 {
        self.items.iter().map(Item::len).sum()
    }
}

fn sorted_children(p: &std::path::Path) -> std::io::Result<Vec<PathBuf>> {
    let mut kids: Vec<PathBuf> = std::fs::read_dir(p)?.flatten().map(|e| e.path()).collect();
    kids.sort();
    Ok(kids)
}

/// Depth-first walk from `root` (`top`: given by name, so a link is followed).
fn walk(items: &mut Vec<Item>, visited: &mut HashSet<PathBuf>, root: PathBuf, top: bool) {
    let mut stack = vec![(root, top)];
    while let Some((p, top)) = stack.pop() {
        let name = p.display().to_string();
        if top && name == "-" {
            items.push(Item::Stdin);
            continue;
        }
        let meta = if top {
            std::fs::metadata(&p)
        } else {
            std::fs::symlink_metadata(&p)
        };
        let m = match meta {
            Ok(m) => m,
            Err(e) => {
                items.push(Item::Missing {
                    name,
                    error: e.to_string(),
                });
                continue;
            }
        };
        if m.file_type().is_symlink() {
            let target = std::fs::read_link(&p)
                .map(|t| t.display().to_string())
                .unwrap_or_default();
            items.push(Item::Link { name, target });
            continue;
        }
        if m.is_dir() {
            let real = std::fs::canonicalize(&p).unwrap_or_else(|_| p.clone());
            if !visited.insert(real) {
                continue;
            }
            match sorted_children(&p) {
                Ok(kids) => stack.extend(kids.into_iter().rev().map(|k| (k, false))),
                Err(e) => items.push(Item::Unlistable {
                    name,
                    error: e.to_string(),
                }),
            }
            continue;
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if m.file_type().is_socket() {
                items.push(Item::Socket { name });
                continue;
            }
        }
        items.push(Item::File {
            path: p,
            len: m.len(),
            regular: m.is_file() && m.len() > 0,
        });
    }
}

impl Scanner {
    /// Read one item.
    pub fn scan_item(&mut self, item: &Item) {
        match item {
            Item::Stdin => self.scan_stream("stdin", &mut std::io::stdin().lock()),
            Item::Missing { name, error } => self.unreadable(
                name,
                0,
                "missing",
                error.clone(),
                Some(format!("cannot open: {}", error)),
            ),
            Item::Link { name, target } => self.unreadable(
                name,
                0,
                "symbolic link",
                format!("symbolic link to {}: not followed", target),
                None,
            ),
            Item::Socket { name } => {
                let why = "a socket, not a file: not read".to_string();
                self.unreadable(name, 0, "socket", why.clone(), Some(why))
            }
            Item::Unlistable { name, error } => self.problem(
                name,
                "unreadable",
                Severity::Low,
                format!("cannot list directory: {}", error),
                true,
            ),
            Item::File { path, len, regular } => {
                let name = path.display().to_string();
                match std::fs::File::open(path) {
                    Ok(f) if *regular => {
                        #[cfg(unix)]
                        {
                            self.top_file = f.try_clone().ok();
                        }
                        let mut r = std::io::BufReader::with_capacity(1 << 16, f);
                        self.scan_top(&name, *len, &mut r);
                    }
                    // FIFOs, devices, files that report no size: one pass, capped.
                    Ok(mut f) => self.scan_stream(&name, &mut f),
                    Err(e) => self.unreadable(
                        &name,
                        0,
                        "unreadable",
                        e.to_string(),
                        Some(format!("cannot open: {}", e)),
                    ),
                }
            }
        }
    }

    /// An input that is listed but not read (`skipped` says why); with `problem`, also a part
    /// not checked and a finding of the "unreadable" kind.
    pub(super) fn unreadable(
        &mut self,
        path: &str,
        size: u64,
        kind: &str,
        skipped: String,
        problem: Option<String>,
    ) {
        self.push_input(InputEntry {
            path: path.into(),
            size,
            kind: kind.into(),
            skipped: Some(skipped),
            ..Default::default()
        });
        if let Some(msg) = problem {
            self.problem(path, "unreadable", Severity::Low, msg, true);
        }
    }

    /// What this scanner found, to be merged with others' (see [`Scanner::absorb`]).
    pub fn into_part(mut self) -> Part {
        self.end_top();
        Part {
            findings: self.findings,
            problems: self.problems,
            inputs: self.inputs,
            inputs_not_listed: self.inputs_not_listed,
            unchecked: self.unchecked,
            unchecked_count: self.unchecked_count,
            notes: self.notes,
            total: self.total,
            checked: self.checked,
            tops: self.tops,
            work: self.work,
            package: self.package,
        }
    }

    /// Add what another scanner found after what this one found, as if this scanner had read
    /// its inputs too: the same listing caps, every count kept.
    pub fn absorb(&mut self, p: Part) {
        self.end_top();
        self.findings.extend(p.findings);
        self.package.absorb(p.package);
        for g in p.problems {
            match self.problems.iter_mut().find(|h| h.category == g.category) {
                Some(h) => {
                    h.count += g.count;
                    let room = MAX_PROBLEMS_LISTED.saturating_sub(h.listed.len());
                    h.listed.extend(g.listed.into_iter().take(room));
                }
                None => self.problems.push(g),
            }
        }
        for e in p.inputs {
            if self.inputs.len() < MAX_LISTED_INPUTS {
                self.inputs.push(e);
            } else {
                self.inputs_not_listed += 1;
            }
        }
        self.inputs_not_listed += p.inputs_not_listed;
        let room = MAX_UNCHECKED_LISTED.saturating_sub(self.unchecked.len());
        self.unchecked.extend(p.unchecked.into_iter().take(room));
        self.unchecked_count += p.unchecked_count;
        self.notes.extend(p.notes);
        let shift = self.checked;
        self.tops.extend(p.tops.into_iter().map(|t| Top {
            start: t.start + shift,
            end: t.end.map(|e| e + shift),
            ..t
        }));
        self.total += p.total;
        self.checked += p.checked;
        self.work.bytes += p.work.bytes;
        self.work.windows += p.work.windows;
        self.work.hits += p.work.hits;
        self.work.kept += p.work.kept;
        self.work.probes += p.work.probes;
        self.work.modules += p.work.modules;
    }
}

/// What one scanner found before its report was made (it can move between threads).
pub struct Part {
    findings: Vec<Finding>,
    problems: Vec<ProblemGroup>,
    inputs: Vec<InputEntry>,
    inputs_not_listed: u64,
    unchecked: Vec<Unchecked>,
    unchecked_count: u64,
    notes: Vec<crate::i18n::Msg>,
    total: u64,
    checked: u64,
    tops: Vec<Top>,
    work: Work,
    package: super::package::Store,
}

/// Progress shared by the threads of a batch: called with the bytes read so far in all.
pub type Progress = std::sync::Arc<dyn Fn(u64) + Send + Sync>;

/// Scan every item of `plan` on `jobs` threads, and hand each unit's parts, in unit order, to
/// `on_unit` as soon as that unit and every unit before it are done. The parts of an item are
/// the same whatever `jobs` is.
#[cfg(not(target_arch = "wasm32"))]
pub fn scan_plan(
    plan: &Plan,
    det: &std::sync::Arc<super::detect::Detectors>,
    jobs: usize,
    progress: Option<Progress>,
    mut on_unit: impl FnMut(&Unit, Vec<Part>),
) {
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::sync::Arc;
    let done = Arc::new(AtomicU64::new(0));
    let one = |item: &Item| -> Part {
        let mut s = Scanner::with_detectors(det.clone());
        if let Some(p) = progress.clone() {
            let done = done.clone();
            let mut last = 0u64;
            s.progress = Some(Box::new(move |n: u64| {
                let now = done.fetch_add(n - last, Ordering::Relaxed) + (n - last);
                last = n;
                p(now);
            }));
        }
        s.scan_item(item);
        s.into_part()
    };
    let mut parts: Vec<Option<Part>> = (0..plan.items.len()).map(|_| None).collect();
    let mut next_unit = 0;
    let mut flush = |parts: &mut Vec<Option<Part>>, next_unit: &mut usize| {
        while let Some(u) = plan.units.get(*next_unit) {
            if !u.items.clone().all(|i| parts[i].is_some()) {
                break;
            }
            let mine: Vec<Part> = u.items.clone().filter_map(|i| parts[i].take()).collect();
            on_unit(u, mine);
            *next_unit += 1;
        }
    };
    if jobs <= 1 || plan.items.len() <= 1 {
        for (i, item) in plan.items.iter().enumerate() {
            parts[i] = Some(one(item));
            flush(&mut parts, &mut next_unit);
        }
        flush(&mut parts, &mut next_unit);
        return;
    }
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(jobs).build() {
        Ok(p) => p,
        Err(_) => return scan_plan(plan, det, 1, progress, on_unit),
    };
    let (tx, rx) = std::sync::mpsc::channel::<(usize, Part)>();
    pool.in_place_scope(|scope| {
        for (i, item) in plan.items.iter().enumerate() {
            let tx = tx.clone();
            let one = &one;
            scope.spawn(move |_| {
                let _ = tx.send((i, one(item)));
            });
        }
        drop(tx);
        // This thread merges and reports, in order, while the pool scans.
        for (i, p) in rx.iter() {
            parts[i] = Some(p);
            flush(&mut parts, &mut next_unit);
        }
    });
    flush(&mut parts, &mut next_unit);
}

/// The report of parts merged in order.
pub fn merge(
    det: &std::sync::Arc<super::detect::Detectors>,
    parts: Vec<Part>,
) -> super::ScanReport {
    let mut s = Scanner::with_detectors(det.clone());
    for p in parts {
        s.absorb(p);
    }
    s.finish()
}
