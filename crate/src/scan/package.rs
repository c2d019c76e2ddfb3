//! Packages read file by file, analysed across files at the end.
//!
//! The scanner keeps the small code and JSON files it read (at most [`FILE_MAX`] each and
//! [`STORE_MAX`] in all) with their shown paths, and remembers the code files that import
//! something by a relative path. When the scan ends ([`Store::link_all`]), each of those is
//! linked with the modules it imports ([`crate::code::modules`]) and analysed again as one
//! program, so a chain whose pieces lie in different files of an archive or directory (the
//! environment read in one, the list in another, the output in a third) is found and
//! replayed. What the files alone already showed is not repeated. The programs that join the
//! most files are analysed first, and a file already read as a module of one is not analysed
//! again; at most [`MAX_LINKED_FILES`] programs and [`MAX_LINKED_BYTES`] per scan (a note says
//! how many were left).

use crate::code::modules;
use crate::i18n::Msg;
use crate::report::Finding;

/// A file larger than this is not kept for linking (the analysis of one file reads whole
/// files up to [`super::CODE_WHOLE`]; a module is usually far smaller).
pub const FILE_MAX: usize = 256 << 10;
/// All files kept, at most.
pub const STORE_MAX: usize = 16 << 20;
/// Files analysed linked with their modules, at most, per scan…
pub const MAX_LINKED_FILES: usize = 32;
/// …and linked programs' bytes analysed, at most, per scan.
pub const MAX_LINKED_BYTES: usize = 4 << 20;

#[derive(Debug, Default)]
pub struct Store {
    files: Vec<(String, Vec<u8>)>,
    /// Where each path is in `files` (a linked program looks up a dozen candidate paths per
    /// import).
    index: std::collections::HashMap<String, usize>,
    bytes: usize,
    /// Code files that import by relative path.
    pending: Vec<String>,
    /// Files not kept because the store was full.
    dropped: u64,
}

/// Whether a file of this name may be imported as a module or JSON data.
pub fn wanted(path: &str) -> bool {
    let n = path.to_ascii_lowercase();
    n.ends_with(".json") && !n.ends_with("package-lock.json")
}

impl Store {
    /// Keep a file read whole; `code`: it is JavaScript, to be linked when it imports.
    pub fn keep(&mut self, path: &str, bytes: &[u8], code: bool) {
        if bytes.len() > FILE_MAX {
            return;
        }
        if self.bytes + bytes.len() > STORE_MAX {
            self.dropped += 1;
            return;
        }
        let Ok(text) = std::str::from_utf8(bytes) else {
            return;
        };
        if code && modules::imports_relative(text) {
            self.pending.push(path.to_string());
        }
        self.bytes += bytes.len();
        self.index
            .entry(path.to_string())
            .or_insert(self.files.len());
        self.files.push((path.to_string(), bytes.to_vec()));
    }

    /// Another scanner's files after these (a batch's parts).
    pub fn absorb(&mut self, other: Store) {
        for (p, b) in other.files {
            if self.bytes + b.len() > STORE_MAX {
                self.dropped += 1;
                continue;
            }
            self.bytes += b.len();
            self.index.entry(p.clone()).or_insert(self.files.len());
            self.files.push((p, b));
        }
        self.pending.extend(other.pending);
        self.dropped += other.dropped;
    }

    fn text(&self, path: &str) -> Option<String> {
        self.index
            .get(path)
            .and_then(|&i| std::str::from_utf8(&self.files[i].1).ok())
            .map(String::from)
    }

    /// Findings of each importing file analysed with its modules, those not already among
    /// `have`; and notes (files not linked and why).
    pub fn link_all(&mut self, have: &[Finding]) -> (Vec<Finding>, Vec<Msg>) {
        let mut out: Vec<Finding> = vec![];
        let mut notes = vec![];
        let pending = std::mem::take(&mut self.pending);
        if self.dropped > 0 && !pending.is_empty() {
            notes.push(
                Msg::new("note-linked-store-full")
                    .arg("count", self.dropped)
                    .arg("max", STORE_MAX >> 20),
            );
        }
        let anchors = crate::code::extract::anchor_matcher();
        let dbg = std::env::var_os("TELLTALE_DEBUG_FLOW").is_some();
        // Every importing file linked first (parsing only); programs with no environment read
        // anywhere are dropped.
        let mut programs: Vec<(String, String, modules::Linked)> = vec![];
        for path in pending {
            let Some(main) = self.text(&path) else {
                continue;
            };
            let get = |p: &str| self.text(p);
            let Some(l) = modules::link(&path, &main, &get) else {
                continue;
            };
            if anchors.is_some_and(|a| !a.is_match(l.text.as_bytes())) {
                continue;
            }
            programs.push((path, main, l));
        }
        // The programs that join the most files first; a file already read as a module of an
        // analysed program is not analysed again (its code, and what it imports, were in it).
        programs.sort_by_key(|p| std::cmp::Reverse(p.2.parts.len()));
        let mut covered: std::collections::HashSet<String> = Default::default();
        let (mut analysed, mut bytes, mut capped) = (0usize, 0usize, 0usize);
        for (path, main, l) in programs {
            if covered.contains(&path) {
                continue;
            }
            if analysed >= MAX_LINKED_FILES || bytes + l.text.len() > MAX_LINKED_BYTES {
                capped += 1;
                continue;
            }
            analysed += 1;
            bytes += l.text.len();
            covered.insert(path.clone());
            covered.extend(l.parts.iter().map(|p| p.2.clone()));
            if dbg {
                eprintln!("package: {} linked with {:?}", path, l.parts);
                if let Some(d) = std::env::var_os("TELLTALE_DUMP_LINKED") {
                    let _ = std::fs::write(d, &l.text);
                }
            }
            let (found, _) = super::code::findings(&path, l.text.as_bytes(), None);
            let files: Vec<String> = l.parts.iter().map(|p| p.2.clone()).collect();
            for mut f in found {
                // Positions of the linked program, back in the files they came from: in the
                // importing file, or in a module (which the finding then belongs to).
                let back = |at: usize| -> Option<(String, crate::report::Location)> {
                    if let Some(a) = l.in_main(at) {
                        return Some((path.clone(), super::code::location(main.as_bytes(), a)));
                    }
                    let (mpath, off) = l.origin(at)?;
                    let mtext = self.text(mpath).unwrap_or_default();
                    Some((
                        mpath.to_string(),
                        super::code::location(mtext.as_bytes(), off),
                    ))
                };
                if let Some((p, loc)) = back(f.location.byte_offset) {
                    f.path = Some(p);
                    f.location = loc;
                }
                // Other places are listed by line in the finding's own file only.
                let own = f.path.clone();
                f.occurrences = f
                    .occurrences
                    .iter()
                    .filter_map(|o| back(o.byte_offset))
                    .filter(|(p, _)| Some(p) == own.as_ref())
                    .map(|(_, loc)| loc)
                    .collect();
                let same = |x: &Finding| {
                    x.code == f.code
                        && x.path == f.path
                        && (x.location.line == f.location.line || !f.covert)
                };
                if have.iter().chain(out.iter()).any(same) {
                    continue;
                }
                // What the linked reading adds: the files it joined.
                let linked = Msg::new("linked-files")
                    .arg("file", path.as_str())
                    .arg("modules", files.join(", "));
                let m = Msg::new("linked-meaning")
                    .arg("what", f.meaning_msg.take().unwrap_or_default())
                    .arg("linked", linked);
                f.meaning = m.en();
                f.meaning_msg = Some(m);
                out.push(f);
            }
        }
        if capped > 0 {
            notes.push(
                Msg::new("note-linked-capped")
                    .arg("count", capped)
                    .arg("max", MAX_LINKED_FILES)
                    .arg("mib", MAX_LINKED_BYTES >> 20),
            );
        }
        (out, notes)
    }
}
