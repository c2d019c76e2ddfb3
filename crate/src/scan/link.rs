//! Linking one input's hits into covert-channel chains, in one pass with bounded memory.
//!
//! Hits arrive in (nearly) increasing offset order, window by window. Every hit is **counted**
//! in its group (kind, rule, label); a hit is **kept** in full (snippet, excerpt, a chain
//! candidate) only when the group's previous kept hit is at least [`KEEP_SPACING`] bytes before
//! it, or (lists) when it decodes to something new. So however dense the input, a window of
//! [`CHAIN_DISTANCE`] bytes holds at most `CHAIN_DISTANCE / KEEP_SPACING` kept hits per group
//! (plus distinct lists), and nothing is ever dropped from the counts: a flood of decoys cannot
//! push a real chain out (the old cap of 20,000 hits per input could).
//!
//! A kept sink or list is settled once the scan has passed [`CHAIN_DISTANCE`] bytes beyond it:
//! its nearest sources and comparisons within that distance, on either side, are looked up by
//! binary search in each group's recent kept hits. Kept hits older than twice the distance are
//! retired into their group's summary. Work: O(hits + kept × groups × log(kept per window)),
//! linear in the input; memory: O(groups × kept per window), independent of the input's size.
//!
//! At most [`MAX_CHAINS`] chains are written out per input; the others are counted and stated.

use std::collections::VecDeque;

use super::detect::{Hit, Kind};
use crate::i18n::{list, Msg};
use crate::report::{Brief, Confidence, Decoded, Finding, Location, Severity};

/// A source and a comparison within this many bytes of an output sink form a chain.
pub const CHAIN_DISTANCE: usize = 128 << 10;
/// Within a group, kept hits are at least this far apart (other hits are counted only).
pub const KEEP_SPACING: usize = 4 << 10;
/// How far a kept hit may be from a sink: a hit not kept is at most KEEP_SPACING after the
/// kept one that stands for it.
pub const REACH: usize = CHAIN_DISTANCE + KEEP_SPACING;
/// Distinct (kind, rule, label) groups per input; further labels share one group per kind.
pub const MAX_GROUPS: usize = 256;
/// Chains written out in full per input; the rest are counted.
pub const MAX_CHAINS: usize = 20;
/// Locations listed per group finding.
pub const MAX_SAMPLES: usize = 21;
/// Characters of decoded list text kept per finding.
pub const MAX_DECODED_CHARS: usize = 16 << 10;

/// A hit kept in full.
#[derive(Debug, Clone)]
pub struct Kept {
    pub hit: Hit,
    /// Prompt-like words near a sink ("date is", "You are").
    pub prompt: bool,
    /// The enclosing function of a sink, re-indented.
    pub excerpt: Option<String>,
    group: usize,
    used: bool,
    source_near: bool,
}

impl Kept {
    pub fn new(hit: Hit, prompt: bool, excerpt: Option<String>) -> Kept {
        Kept {
            hit,
            prompt,
            excerpt,
            group: 0,
            used: false,
            source_near: false,
        }
    }
}

struct Group {
    kind: Kind,
    rule: &'static str,
    msg: Msg,
    count: u64,
    used: u64,
    last_kept: Option<usize>,
    last_decoded: Option<Vec<String>>,
    /// Ids of kept hits of this group not yet retired, in offset order.
    recent: VecDeque<u64>,
    samples: Vec<Location>,
    /// The first kept hit that was not part of a chain.
    rep: Option<Kept>,
    source_near: bool,
}

/// One chain: the sink and its links, in offset order.
struct Chain {
    sink: Kept,
    links: Vec<Kept>,
}

/// Work counters, for the linear-time tests (counted operations, not seconds).
#[derive(Debug, Clone, Copy, Default)]
pub struct Work {
    pub hits: u64,
    pub kept: u64,
    pub probes: u64,
}

pub struct Linker {
    groups: Vec<Group>,
    kept: VecDeque<Kept>,
    first_id: u64,
    /// Kept sinks and lists waiting to be settled, in arrival order.
    pending: VecDeque<u64>,
    chains: Vec<Chain>,
    more_chains: u64,
    /// Values that point to a region and lists with an environment read nearby (at most
    /// [`MAX_NEAR_SOURCE`]): code understanding reads a large bundle around them too, for a
    /// region-targeted decision with no output trick (a message for one country's users).
    near_source: Vec<usize>,
    pub work: Work,
}

/// Most region values and lists near an environment read kept as seeds.
const MAX_NEAR_SOURCE: usize = 64;

fn loc(h: &Hit) -> Location {
    // Columns in bundles are byte columns (minified code is ASCII in practice).
    Location {
        line: h.line,
        column: h.column,
        byte_offset: h.start,
        byte_len: h.end - h.start,
        ..Default::default()
    }
}

impl Default for Linker {
    fn default() -> Self {
        Self::new()
    }
}

impl Linker {
    pub fn new() -> Linker {
        Linker {
            groups: Vec::new(),
            kept: VecDeque::new(),
            first_id: 0,
            pending: VecDeque::new(),
            chains: Vec::new(),
            more_chains: 0,
            near_source: Vec::new(),
            work: Work::default(),
        }
    }

    fn group_of(&mut self, h: &Hit) -> usize {
        if let Some(i) = self
            .groups
            .iter()
            .position(|g| g.kind == h.kind && g.rule == h.rule && g.msg == h.msg)
        {
            return i;
        }
        let (rule, label) = if self.groups.len() >= MAX_GROUPS {
            (h.rule, Msg::new("hit-more-kinds").arg("rule", h.rule))
        } else {
            (h.rule, h.msg.clone())
        };
        if let Some(i) = self
            .groups
            .iter()
            .position(|g| g.kind == h.kind && g.rule == rule && g.msg == label)
        {
            return i;
        }
        self.groups.push(Group {
            kind: h.kind,
            rule,
            msg: label,
            count: 0,
            used: 0,
            last_kept: None,
            last_decoded: None,
            recent: VecDeque::new(),
            samples: Vec::new(),
            rep: None,
            source_near: false,
        });
        self.groups.len() - 1
    }

    /// Count a hit (absolute offsets, line and column set). True when the caller should keep
    /// it in full (fill its snippet and excerpt) and hand it to [`Linker::keep`].
    pub fn admit(&mut self, h: &Hit) -> bool {
        self.work.hits += 1;
        let g = self.group_of(h);
        let grp = &mut self.groups[g];
        grp.count += 1;
        if grp.samples.len() < MAX_SAMPLES {
            grp.samples.push(loc(h));
        }
        match grp.last_kept {
            None => true,
            Some(p) => {
                h.start >= p.saturating_add(KEEP_SPACING)
                    || h.start < p
                    || (h.kind == Kind::List && grp.last_decoded != h.decoded)
            }
        }
    }

    /// Keep an admitted hit in full.
    pub fn keep(&mut self, mut k: Kept) {
        self.work.kept += 1;
        let g = self.group_of(&k.hit);
        k.group = g;
        let id = self.first_id + self.kept.len() as u64;
        let grp = &mut self.groups[g];
        grp.last_kept = Some(k.hit.start);
        if k.hit.kind == Kind::List {
            grp.last_decoded = k.hit.decoded.clone();
        }
        // Insert in offset order (hits of a window's overlap can arrive a little late).
        let start = k.hit.start;
        let mut at = grp.recent.len();
        while at > 0 {
            let prev = grp.recent[at - 1];
            match self.kept.get((prev - self.first_id) as usize) {
                Some(p) if p.hit.start > start => at -= 1,
                _ => break,
            }
        }
        grp.recent.insert(at, id);
        if matches!(k.hit.kind, Kind::Sink | Kind::List | Kind::Target) {
            self.pending.push_back(id);
        }
        self.kept.push_back(k);
    }

    fn get(&self, id: u64) -> Option<&Kept> {
        id.checked_sub(self.first_id)
            .and_then(|i| self.kept.get(i as usize))
    }

    /// Kept hits of groups of `kinds` within CHAIN_DISTANCE of `at`, nearest first: up to
    /// `per_group` from each side of each group, by binary search.
    fn nearest(&mut self, at: usize, kinds: &[Kind], per_group: usize) -> Vec<(usize, u64)> {
        let mut out = Vec::new();
        let mut probes = 0u64;
        for g in 0..self.groups.len() {
            if !kinds.contains(&self.groups[g].kind) {
                continue;
            }
            let rec = &self.groups[g].recent;
            let start_of = |i: usize| self.get(rec[i]).map(|k| k.hit.start).unwrap_or(0);
            // first index whose start >= at
            let (mut lo, mut hi) = (0usize, rec.len());
            while lo < hi {
                probes += 1;
                let mid = (lo + hi) / 2;
                if start_of(mid) < at {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            // Up to `per_group` on each side of `lo`, within reach.
            for forward in [true, false] {
                let mut taken = 0;
                let mut i = lo;
                while taken < per_group {
                    let j = if forward {
                        if i >= rec.len() {
                            break;
                        }
                        i += 1;
                        i - 1
                    } else {
                        if i == 0 {
                            break;
                        }
                        i -= 1;
                        i
                    };
                    let s = start_of(j);
                    if s.abs_diff(at) > REACH {
                        break;
                    }
                    if self.get(rec[j]).is_some() {
                        out.push((s.abs_diff(at), rec[j]));
                        taken += 1;
                    }
                }
            }
        }
        self.work.probes += probes + out.len() as u64;
        out.sort();
        out
    }

    fn settle(&mut self, id: u64) {
        let Some(k) = self.get(id) else { return };
        let (at, kind) = (k.hit.start, k.hit.kind);
        let src = self.nearest(at, &[Kind::Source], 3);
        if let Some(k) = id
            .checked_sub(self.first_id)
            .and_then(|i| self.kept.get_mut(i as usize))
        {
            k.source_near = !src.is_empty();
        }
        if matches!(kind, Kind::Target | Kind::List)
            && !src.is_empty()
            && self.near_source.len() < MAX_NEAR_SOURCE
        {
            self.near_source.push(at);
        }
        if kind != Kind::Sink || src.is_empty() {
            return;
        }
        let lists = self.nearest(at, &[Kind::List], 4);
        let targets = self.nearest(at, &[Kind::Target], 2);
        if lists.is_empty() && targets.is_empty() {
            return;
        }
        // Every decoded list near the sink is evidence; other links: the nearest few.
        let mut links: Vec<u64> = Vec::new();
        links.extend(src.iter().take(3).map(|x| x.1));
        links.extend(lists.iter().take(4).map(|x| x.1));
        links.extend(targets.iter().take(2).map(|x| x.1));
        for &l in links.iter().chain(std::iter::once(&id)) {
            let i = (l - self.first_id) as usize;
            let k = &mut self.kept[i];
            if !k.used {
                k.used = true;
                self.groups[k.group].used += 1;
            }
        }
        if self.chains.len() >= MAX_CHAINS {
            self.more_chains += 1;
            return;
        }
        let mut ls: Vec<Kept> = links.iter().filter_map(|&l| self.get(l).cloned()).collect();
        ls.sort_by_key(|k| k.hit.start);
        let sink = self.get(id).cloned().expect("pending ids are kept");
        self.chains.push(Chain { sink, links: ls });
    }

    /// The scan has passed `safe` (no later hit starts before it, give or take a window's
    /// overlap, which the caller subtracts): settle what can be settled, retire what is old.
    pub fn advance(&mut self, safe: usize) {
        while let Some(&id) = self.pending.front() {
            match self.get(id) {
                Some(k) if k.hit.start.saturating_add(REACH) < safe => {
                    self.pending.pop_front();
                    self.settle(id);
                }
                Some(_) => break,
                None => {
                    self.pending.pop_front();
                }
            }
        }
        let horizon = safe.saturating_sub(2 * REACH);
        while let Some(front) = self.kept.front() {
            let pending_front = self.pending.front().copied().unwrap_or(u64::MAX);
            if front.hit.start >= horizon || self.first_id >= pending_front {
                break;
            }
            let k = self.kept.pop_front().expect("front exists");
            let id = self.first_id;
            self.first_id += 1;
            let g = &mut self.groups[k.group];
            while g.recent.front().is_some_and(|&r| r <= id) {
                g.recent.pop_front();
            }
            // The group is judged by its first hit outside a chain (as the partial-chain
            // severity always was): one environment read near one of many sinks is common.
            if !k.used && g.rep.is_none() {
                g.source_near = k.source_near;
                g.rep = Some(k);
            }
        }
    }

    /// Settle and retire everything; the findings for this input.
    /// Byte offsets of every chain's parts (sources, lists, sink), once the scan is over:
    /// the seeds from which code understanding reads a large bundle.
    pub fn chain_positions(&mut self) -> Vec<usize> {
        self.advance(usize::MAX);
        let mut v: Vec<usize> = self
            .chains
            .iter()
            .flat_map(|c| c.links.iter().chain(std::iter::once(&c.sink)))
            .map(|k| k.hit.start)
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// Output tricks with an environment read nearby that no chain was made of (each group's
    /// first such hit): code understanding reads the code around them too, and when it finds
    /// no flow there, the nearness alone is not called suspicious.
    pub fn near_sink_positions(&mut self) -> Vec<usize> {
        self.advance(usize::MAX);
        let mut v: Vec<usize> = self
            .groups
            .iter()
            .filter(|g| g.kind == Kind::Sink && g.source_near)
            .filter_map(|g| g.rep.as_ref().map(|k| k.hit.start))
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// Region values and lists with an environment read nearby (see `near_source`).
    pub fn near_source_positions(&mut self) -> Vec<usize> {
        self.advance(usize::MAX);
        let mut v = self.near_source.clone();
        v.sort_unstable();
        v.dedup();
        v
    }

    pub fn finish(mut self, path_of: &dyn Fn(&Hit) -> String) -> (Vec<Finding>, Option<Msg>) {
        self.advance(usize::MAX);
        debug_assert!(self.kept.is_empty() && self.pending.is_empty());
        let mut out = Vec::new();
        let total_chains = self.chains.len() as u64 + self.more_chains;
        for (n, c) in self.chains.iter().enumerate() {
            let mut f = chain_finding(c, path_of);
            if n == 0 && self.more_chains > 0 {
                let m = Msg::new("with-more-chains")
                    .arg("what", f.msg.take().unwrap_or_default())
                    .arg("more", self.more_chains)
                    .arg("max", MAX_CHAINS);
                f.message = m.en();
                f.msg = Some(m);
            }
            out.push(f);
        }
        for g in &self.groups {
            let left = g.count - g.used;
            if left == 0 {
                continue;
            }
            let (code, sev) = match g.kind {
                Kind::Source => ("TB001", Severity::Info),
                Kind::Target => ("TB002", Severity::Info),
                Kind::List => (
                    "TB003",
                    if g.source_near {
                        Severity::High
                    } else {
                        Severity::Medium
                    },
                ),
                Kind::Sink => (
                    "TB004",
                    if g.source_near {
                        Severity::Medium
                    } else {
                        Severity::Low
                    },
                ),
            };
            let message = Msg::new("hit-places")
                .arg("what", g.msg.clone())
                .arg("count", left);
            let meaning = Msg::new(&format!("{}-alone-meaning", code.to_ascii_lowercase()));
            let first = g.samples.first().cloned().unwrap_or_default();
            let mut f = super::finding(
                g.rule,
                code,
                sev,
                g.rep.as_ref().map(|k| loc(&k.hit)).unwrap_or(first.clone()),
                message.en(),
                meaning.en(),
            );
            f.msg = Some(message);
            f.meaning_msg = Some(meaning);
            f.count = left.min(usize::MAX as u64) as usize;
            f.occurrences = g.samples.iter().skip(1).cloned().collect();
            if let Some(k) = &g.rep {
                f.snippet = k.hit.snippet.clone();
                f.excerpt = k.excerpt.clone();
                f.path = Some(path_of(&k.hit));
                if let Some(l) = &k.hit.decoded {
                    f.decoded = Some(Decoded {
                        scheme: k.hit.how.as_ref().map(|m| m.en()).unwrap_or_default(),
                        scheme_msg: k.hit.how.clone(),
                        text: Some(cap_text(l.join("\n"))),
                        plausibility: 1.0,
                        ..Default::default()
                    });
                }
            } else {
                let mut h = Hit::new(
                    g.kind,
                    g.rule,
                    Msg::default(),
                    first.byte_offset,
                    first.byte_offset,
                );
                h.line = first.line;
                f.path = Some(path_of(&h));
            }
            out.push(f);
        }
        let note = (self.more_chains > 0).then(|| {
            Msg::new("note-chains-capped")
                .arg("count", total_chains)
                .arg("max", MAX_CHAINS)
        });
        (out, note)
    }
}

fn cap_text(mut s: String) -> String {
    if s.len() > MAX_DECODED_CHARS {
        let mut cut = MAX_DECODED_CHARS;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        let more = s[cut..].lines().count();
        s.truncate(cut);
        s.push_str(&format!("\n… ({} more lines not shown)", more));
    }
    s
}

fn chain_finding(c: &Chain, path_of: &dyn Fn(&Hit) -> String) -> Finding {
    let sink = &c.sink.hit;
    let step = |h: &Hit| {
        Msg::new("step-at")
            .arg("what", h.msg.clone())
            .arg("byte", h.start)
    };
    let mut steps: Vec<Msg> = c.links.iter().map(|k| step(&k.hit)).collect();
    steps.push(step(sink));
    let src = c
        .links
        .iter()
        .find(|k| k.hit.kind == Kind::Source)
        .map(|k| k.hit.msg.clone())
        .unwrap_or_else(|| Msg::new("where-it-runs"));
    let cmp = c
        .links
        .iter()
        .find(|k| k.hit.kind == Kind::Target)
        .and_then(|k| match k.hit.msg.args.get("value") {
            Some(crate::i18n::Arg::Str(v)) => Some(v.clone()),
            _ => None,
        })
        .unwrap_or_default();
    let compared = if c.links.iter().all(|k| k.hit.decoded.is_none()) {
        Msg::new("compared-region-value").arg("value", cmp)
    } else {
        // The first values of each list and how many there are; the decoded text has them all.
        let shown: Vec<Msg> = c
            .links
            .iter()
            .filter_map(|k| k.hit.decoded.as_ref().map(|l| super::code::preview_msg(l)))
            .collect();
        Msg::new("compared-hidden-lists")
            .arg("count", shown.len())
            .arg("values", list("sep-semicolon", shown))
    };
    let total: usize = c
        .links
        .iter()
        .filter_map(|k| k.hit.decoded.as_ref().map(|l| l.len()))
        .sum();
    // What the chain reads, each source once, as nouns in both languages.
    let (mut en, mut zh): (Vec<String>, Vec<String>) = (vec![], vec![]);
    for k in c.links.iter().filter(|k| k.hit.kind == Kind::Source) {
        let n = super::code::source_noun(&k.hit.label());
        if !en.contains(&n) {
            en.push(n);
        }
        let z = super::code::source_zh(&k.hit.label(), "");
        if !zh.contains(&z) {
            zh.push(z);
        }
    }
    let srcs_en = match en.len() {
        0 => "where it runs".to_string(),
        1 => en[0].clone(),
        _ => format!("{} and {}", en[..en.len() - 1].join(", "), en[en.len() - 1]),
    };
    let srcs_zh = if zh.is_empty() {
        "运行环境".to_string()
    } else {
        zh.join("和")
    };
    let brief = Brief {
        en: format!(
            "Covert channel: the code compares {} with {} and marks its output with the answer ({}). Do not approve this version until it is explained.",
            srcs_en,
            if total > 0 {
                format!("{} hidden value{}", total, if total == 1 { "" } else { "s" })
            } else {
                "a value that points to one region".to_string()
            },
            sink.label()
        ),
        zh: format!(
            "发现隐蔽信道：代码读取{}，与{}比较，并以看不出来的方式改变输出，读到输出的人就能知道用户的环境。在弄清原因之前，不要批准或运行这个版本。",
            srcs_zh,
            if total > 0 { format!("{} 个隐藏的值", total) } else { "指向某个地区的值".to_string() }
        ),
    };
    let message = Msg::new("chain").arg("steps", list("sep-arrow", steps));
    let meaning = Msg::new("chain-meaning")
        .arg("source", src)
        .arg("compared", compared)
        .arg("sink", sink.msg.clone())
        .arg(
            "prompt",
            Msg::new(if c.sink.prompt {
                "in-prompt"
            } else {
                "nothing"
            }),
        );
    let mut f = super::finding(
        "covert-channel",
        "TB005",
        Severity::Critical,
        loc(sink),
        message.en(),
        meaning.en(),
    );
    f.msg = Some(message);
    f.meaning_msg = Some(meaning);
    f.covert = true;
    f.brief = Some(brief);
    let note = Msg::new("replay-note-distance");
    f.replay_note = Some(note.en());
    f.replay_note_msg = Some(note);
    f.path = Some(path_of(sink));
    f.count = c.links.len() + 1;
    f.occurrences = c
        .links
        .iter()
        .map(|k| loc(&k.hit))
        .chain(std::iter::once(loc(sink)))
        .collect();
    f.snippet = sink.snippet.clone();
    f.excerpt = c.sink.excerpt.clone();
    f.confidence = if c.sink.prompt {
        Confidence::High
    } else {
        Confidence::Medium
    };
    let parts: Vec<&Hit> = c
        .links
        .iter()
        .map(|k| &k.hit)
        .filter(|h| h.decoded.is_some())
        .collect();
    if !parts.is_empty() {
        // Every list in full, one entry a line, a blank line between lists.
        let mut hows: Vec<Msg> = parts.iter().filter_map(|h| h.how.clone()).collect();
        hows.dedup();
        let scheme = list("sep-semicolon", hows);
        let scheme = Msg::new("just").arg("what", scheme);
        f.decoded = Some(Decoded {
            scheme: scheme.en(),
            scheme_msg: Some(scheme),
            text: Some(cap_text(
                parts
                    .iter()
                    .map(|h| h.decoded.as_ref().map(|d| d.join("\n")).unwrap_or_default())
                    .collect::<Vec<_>>()
                    .join("\n\n"),
            )),
            plausibility: 1.0,
            ..Default::default()
        });
    }
    f
}
