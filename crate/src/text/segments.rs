//! Large texts, checked in segments so that memory stays bounded whatever the input's size.
//!
//! Inputs of at most [`SEGMENT`] bytes are checked whole (exactly as before). Longer inputs are
//! read and decoded piece by piece ([`crate::input::StreamDecoder`]: a character split between
//! pieces is carried over) and checked in segments of about [`SEGMENT`] bytes, cut at a line
//! end when there is one in the segment's last 64 KB, else at a space in its last 4 KB, else
//! between two characters that are not joined (no combining mark, joiner or variation selector
//! after the cut). Every position in the merged report is a position in the whole input;
//! lists keep their caps (findings per rule, marks, inventory, dates). The views (cleaned,
//! revealed) are kept up to [`MAX_VIEW_BYTES`]; a caller can instead take the cleaned text
//! piece by piece. Memory: one segment's check, plus the merged report's caps.
//!
//! What segmenting changes, stated in the report's notes: a pattern that spans two segments
//! (a zero-width run longer than a segment, a date line cut mid-sentence on a line longer
//! than a segment) is reported in two parts or, rarely, missed; columns on a line longer than
//! a segment count from the segment's start; NFC/NFKC views are not produced.

use std::io::Read;

use super::{
    set_summary, summary_msg, Options, MAX_DATES, MAX_FINDINGS_PER_RULE, MAX_INVENTORY_ENTRIES,
    MAX_MARKS, MAX_OCCURRENCES_PER_FINDING, MAX_POSITIONS_PER_ENTRY,
};
use crate::i18n::Msg;
use crate::input::StreamDecoder;
use crate::report::*;

/// Bytes of text checked at once.
pub const SEGMENT: usize = 2 << 20;
/// Bytes of cleaned and revealed text kept in a segmented report.
pub const MAX_VIEW_BYTES: usize = 16 << 20;

use crate::scan::fill;

/// Whether a cut before `c` would separate it from what it modifies.
fn joins_previous(c: char) -> bool {
    use unicode_general_category::{get_general_category, GeneralCategory as G};
    matches!(
        get_general_category(c),
        G::NonspacingMark | G::EnclosingMark | G::SpacingMark | G::Format
    ) || super::chars::is_variation_selector(c)
        || super::chars::is_tag(c)
        || ('\u{1F3FB}'..='\u{1F3FF}').contains(&c)
}

/// Where to cut `s` (longer than `want`): a byte offset in 1..=want at a character boundary.
pub fn split_point(s: &str, want: usize) -> usize {
    let want = want.min(s.len());
    let b = s.as_bytes();
    let lo = want.saturating_sub(64 << 10);
    if let Some(i) = memchr::memrchr(b'\n', &b[lo..want]) {
        if lo + i + 1 > 0 {
            return lo + i + 1;
        }
    }
    let lo = want.saturating_sub(4 << 10);
    if let Some(i) = memchr::memrchr2(b' ', b'\t', &b[lo..want]) {
        if lo + i + 1 > 0 {
            return lo + i + 1;
        }
    }
    let mut cut = want;
    while cut > 0 && !s.is_char_boundary(cut) {
        cut -= 1;
    }
    // Not before a mark, a joiner or a selector (up to 256 bytes back; then anywhere).
    let mut k = cut;
    let mut steps = 0;
    while k > 0 && steps < 256 {
        let next = s[k..].chars().next();
        let prev = s[..k].chars().next_back();
        let ok = !next.is_some_and(joins_previous)
            && prev != Some('\u{200D}')
            && !(prev.is_some_and(|p| ('\u{1F1E6}'..='\u{1F1FF}').contains(&p))
                && next.is_some_and(|n| ('\u{1F1E6}'..='\u{1F1FF}').contains(&n)));
        if ok {
            return k;
        }
        k -= prev.map(char::len_utf8).unwrap_or(1);
        steps += 1;
    }
    if cut == 0 {
        s.chars().next().map(char::len_utf8).unwrap_or(s.len())
    } else {
        cut
    }
}

fn shift(l: &mut Location, line_base: usize, byte_base: usize, utf16_base: usize) {
    l.line += line_base;
    l.byte_offset += byte_base;
    l.utf16_offset += utf16_base;
}

/// A report being built from segment reports.
struct Merge {
    r: Option<Report>,
    /// Lines, bytes and UTF-16 units before the next segment.
    line_base: usize,
    byte_base: usize,
    utf16_base: usize,
    segments: usize,
    dropped_findings: usize,
    views_full: bool,
    keep_views: bool,
}

impl Merge {
    fn add(&mut self, text: &str, mut seg: Report) {
        let (lb, bb, ub) = (self.line_base, self.byte_base, self.utf16_base);
        for f in &mut seg.findings {
            shift(&mut f.location, lb, bb, ub);
            for o in &mut f.occurrences {
                shift(o, lb, bb, ub);
            }
        }
        for e in &mut seg.characters {
            for p in &mut e.positions {
                shift(p, lb, bb, ub);
            }
        }
        for role in &mut seg.punctuation {
            for v in &mut role.variants {
                for p in &mut v.positions {
                    shift(p, lb, bb, ub);
                }
            }
        }
        for d in &mut seg.dates.dates {
            shift(&mut d.location, lb, bb, ub);
        }
        for m in &mut seg.marks {
            m.byte_start += bb;
            m.byte_end += bb;
            m.utf16_start += ub;
            m.utf16_end += ub;
        }
        self.line_base += memchr::memchr_iter(b'\n', text.as_bytes()).count();
        self.byte_base += text.len();
        self.utf16_base += super::locate::utf16_len(text);
        self.segments += 1;
        let keep_views = self.keep_views;
        let Some(r) = self.r.as_mut() else {
            if !keep_views {
                seg.views = Views::default();
            }
            seg.views.nfc = None;
            seg.views.nfkc = None;
            self.r = Some(seg);
            return;
        };
        // Findings: the same rule and message add up; others are appended within the caps.
        for f in seg.findings {
            if let Some(g) = r.findings.iter_mut().find(|g| {
                g.rule == f.rule
                    && g.message == f.message
                    && g.decoded.is_none()
                    && f.decoded.is_none()
            }) {
                g.count += f.count;
                let room = MAX_OCCURRENCES_PER_FINDING.saturating_sub(g.occurrences.len());
                g.occurrences.push(f.location.clone());
                g.occurrences
                    .extend(f.occurrences.into_iter().take(room.saturating_sub(1)));
                g.occurrences.truncate(MAX_OCCURRENCES_PER_FINDING);
                continue;
            }
            if r.findings.iter().filter(|g| g.rule == f.rule).count() >= MAX_FINDINGS_PER_RULE {
                self.dropped_findings += 1;
                continue;
            }
            r.findings.push(f);
        }
        for e in seg.characters {
            let full = r.characters.len() >= MAX_INVENTORY_ENTRIES;
            match r
                .characters
                .iter_mut()
                .find(|c| c.code_point == e.code_point)
            {
                Some(c) => {
                    c.count += e.count;
                    c.legitimate &= e.legitimate;
                    let room = MAX_POSITIONS_PER_ENTRY.saturating_sub(c.positions.len());
                    c.positions.extend(e.positions.into_iter().take(room));
                }
                None if !full => r.characters.push(e),
                None => {}
            }
        }
        for role in seg.punctuation {
            match r.punctuation.iter_mut().find(|p| p.role == role.role) {
                Some(p) => {
                    p.mixed |= role.mixed;
                    for v in role.variants {
                        match p.variants.iter_mut().find(|x| x.code_point == v.code_point) {
                            Some(x) => {
                                x.count += v.count;
                                let room =
                                    MAX_POSITIONS_PER_ENTRY.saturating_sub(x.positions.len());
                                x.positions.extend(v.positions.into_iter().take(room));
                            }
                            None => p.variants.push(v),
                        }
                    }
                    let styles: std::collections::HashSet<&str> =
                        p.variants.iter().map(|v| v.style.as_str()).collect();
                    p.mixed |= styles.len() > 1 && p.variants.len() > 1;
                }
                None => r.punctuation.push(role),
            }
        }
        for (pat, n) in seg.dates.patterns {
            match r.dates.patterns.iter_mut().find(|p| p.0 == pat) {
                Some(p) => p.1 += n,
                None => r.dates.patterns.push((pat, n)),
            }
        }
        let room = MAX_DATES.saturating_sub(r.dates.dates.len());
        r.dates.dates.extend(seg.dates.dates.into_iter().take(room));
        r.dates
            .patterns
            .sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        r.dates.mixed = r.dates.patterns.len() > 1;
        let room = MAX_MARKS.saturating_sub(r.marks.len());
        r.marks.extend(seg.marks.into_iter().take(room));
        for m in seg.notes_msg {
            r.note(m);
        }
        r.stats.bytes += seg.stats.bytes;
        r.stats.chars += seg.stats.chars;
        r.stats.non_ascii += seg.stats.non_ascii;
        for (s, n) in seg.stats.scripts {
            match r.stats.scripts.iter_mut().find(|x| x.0 == s) {
                Some(x) => x.1 += n,
                None => r.stats.scripts.push((s, n)),
            }
        }
        if keep_views && !self.views_full {
            if r.views.cleaned.len()
                + seg.views.cleaned.len()
                + r.views.revealed.len()
                + seg.views.revealed.len()
                > MAX_VIEW_BYTES
            {
                self.views_full = true;
            } else {
                r.views.cleaned.push_str(&seg.views.cleaned);
                r.views.revealed.push_str(&seg.views.revealed);
            }
        }
    }

    fn finish(self, info: InputInfo, truncated: Option<u64>) -> Report {
        let mut r = self.r.unwrap_or_else(|| {
            super::check_text(
                "",
                &Options {
                    views: false,
                    ..Default::default()
                },
            )
        });
        r.findings.sort_by(|a, b| {
            b.covert
                .cmp(&a.covert)
                .then(b.severity.cmp(&a.severity))
                .then(a.location.byte_offset.cmp(&b.location.byte_offset))
        });
        r.marks.sort_by_key(|m| (m.byte_start, m.byte_end));
        r.stats.lines = self.line_base + 1;
        r.stats
            .scripts
            .sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        r.verdict = verdict_of(&r.findings);
        let mut summary = summary_msg(r.verdict, &r.findings);
        if let Some(n) = truncated {
            summary = crate::i18n::Msg::new("summary-truncated")
                .arg("summary", summary)
                .arg("bytes", n);
        }
        set_summary(summary, &mut r);
        crate::report::fill_zh(&mut r.findings);
        r.input = info;
        r.note(
            Msg::new("note-segments")
                .arg("count", self.segments)
                .arg("mib", SEGMENT >> 20)
                .arg("bytes", self.byte_base),
        );
        if self.dropped_findings > 0 {
            r.note(
                Msg::new("note-findings-dropped")
                    .arg("count", self.dropped_findings)
                    .arg("max", MAX_FINDINGS_PER_RULE),
            );
        }
        if self.views_full {
            r.views = Views::default();
            r.note(Msg::new("note-views-too-large").arg("mib", MAX_VIEW_BYTES >> 20));
        }
        if let Some(n) = truncated {
            r.note(Msg::new("note-read-capped").arg("bytes", n));
        }
        r
    }
}

/// Check the text `r` yields, reading at most `max_bytes`. Returns the report and whether the
/// input was longer than `max_bytes` (then the report says so). `cleaned`, when given,
/// receives the cleaned text piece by piece, in order (the views are then left out of the
/// report for segmented inputs).
pub fn check_reader(
    r: &mut dyn Read,
    opts: &Options,
    max_bytes: u64,
    mut cleaned: Option<&mut dyn FnMut(&str)>,
) -> std::io::Result<(Report, bool)> {
    let mut limited = r.take(max_bytes);
    let mut chunk = vec![0u8; SEGMENT];
    let n = fill(&mut limited, &mut chunk)?;
    let more_than_cap = |lim: &mut std::io::Take<&mut dyn Read>| -> std::io::Result<bool> {
        if lim.limit() > 0 {
            return Ok(false);
        }
        let mut one = [0u8; 1];
        Ok(fill(lim.get_mut(), &mut one)? > 0)
    };
    if n < SEGMENT {
        let truncated = more_than_cap(&mut limited)?;
        let mut rep = crate::check_bytes(&chunk[..n], opts);
        if let Some(cb) = cleaned.as_mut() {
            cb(&rep.views.cleaned);
        }
        if truncated {
            rep.note(Msg::new("note-read-capped").arg("bytes", n));
            rep.summary = format!(
                "{} Only the first {} bytes were read; the rest was not checked.",
                rep.summary, n
            );
        }
        return Ok((rep, truncated));
    }
    let seg_opts = Options {
        views: opts.views || cleaned.is_some(),
        ..opts.clone()
    };
    let mut merge = Merge {
        r: None,
        line_base: 0,
        byte_base: 0,
        utf16_base: 0,
        segments: 0,
        dropped_findings: 0,
        views_full: false,
        keep_views: opts.views && cleaned.is_none(),
    };
    let mut dec = StreamDecoder::new();
    let mut pending = String::new();
    let mut n = n;
    loop {
        let last = n < chunk.len();
        pending.push_str(&dec.push(&chunk[..n], last));
        while pending.len() >= SEGMENT || (last && !pending.is_empty()) {
            let cut = if pending.len() >= SEGMENT {
                split_point(&pending, SEGMENT)
            } else {
                pending.len()
            };
            let rest = pending.split_off(cut);
            let seg = std::mem::replace(&mut pending, rest);
            let rep = super::check_text(&seg, &seg_opts);
            if let Some(cb) = cleaned.as_mut() {
                cb(&rep.views.cleaned);
            }
            merge.add(&seg, rep);
        }
        if last {
            break;
        }
        n = fill(&mut limited, &mut chunk)?;
    }
    let truncated = more_than_cap(&mut limited)?;
    let read = dec.info.bytes as u64;
    Ok((merge.finish(dec.info, truncated.then_some(read)), truncated))
}
