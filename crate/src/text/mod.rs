//! The text checker: one pass over the characters (with grapheme context), then every rule in
//! registry order, then one pass that resolves byte offsets to line/column/UTF-16 positions.

pub mod chars;
pub mod dates;
pub mod locate;
pub mod lzutf8;
pub mod plausible;
pub mod punct;
pub mod segments;
pub mod snow_huffman;
pub mod zw;

use std::collections::{HashMap, HashSet};
use unicode_normalization::UnicodeNormalization;
use unicode_script::Script;
use unicode_segmentation::UnicodeSegmentation; // word bounds in `Ctx::words`

use crate::i18n::Msg;
use crate::report::*;
use crate::rules::{Rule, RULES};
use chars::Class;

/// A fast hasher for small keys (chars): one multiply, as in rustc's FxHasher. The keys are
/// code points from the input; a hostile input can at worst make lookups slower, never wrong.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);
impl std::hash::Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = (self.0.rotate_left(5) ^ n as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}
pub type FxBuild = std::hash::BuildHasherDefault<FxHasher>;

/// Options for a check.
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(default)]
pub struct Options {
    /// Password for encrypted StegCloak payloads.
    pub password: Option<String>,
    /// In the cleaned text, also turn typographic punctuation (curly quotes, dashes) into ASCII.
    pub ascii_punctuation: bool,
    /// Include the NFC/NFKC/revealed/cleaned views (large for large inputs).
    pub views: bool,
    /// How deep decoded payloads are checked again.
    pub max_depth: u8,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            password: None,
            ascii_punctuation: false,
            views: true,
            max_depth: 2,
        }
    }
}

/// Caps that keep the report (and memory) bounded whatever the input.
pub const MAX_OCCURRENCES: usize = 200_000;
pub const MAX_MARKS: usize = 10_000;
pub const MAX_POSITIONS_PER_ENTRY: usize = 20;
pub const MAX_OCCURRENCES_PER_FINDING: usize = 50;
pub const MAX_INVENTORY_ENTRIES: usize = 2_000;
pub const MAX_FINDINGS_PER_RULE: usize = 500;
pub const MAX_DATES: usize = 10_000;

/// Per code point statistics.
#[derive(Debug, Clone)]
pub struct CpStat {
    pub count: usize,
    pub legit: usize,
    pub first: Vec<usize>,
    pub class: Class,
}

/// One occurrence of an interesting character.
#[derive(Debug, Clone, Copy)]
pub struct Occ {
    pub c: char,
    pub off: usize,
    pub class: Class,
    pub legit: bool,
}

/// Results of the character pass.
#[derive(Debug, Default)]
pub struct Scan {
    pub cps: HashMap<char, CpStat, FxBuild>,
    /// ASCII punctuation counted without hashing; merged into `cps` at the end of the pass.
    ascii: Vec<Option<CpStat>>,
    ascii_letters: usize,
    pub occs: Vec<Occ>,
    pub occs_truncated: bool,
    pub script_letters: HashMap<Script, usize>,
    pub letters: usize,
    pub cjk: usize,
    pub lines: usize,
    pub chars: usize,
    pub non_ascii: usize,
}

impl Scan {
    /// Share of letters in CJK scripts: text whose script uses full-width punctuation.
    pub fn is_cjk_text(&self) -> bool {
        self.cjk >= 2 && self.cjk * 10 >= self.letters
    }
    pub fn share(&self, s: Script) -> f64 {
        if self.letters == 0 {
            return 0.0;
        }
        *self.script_letters.get(&s).unwrap_or(&0) as f64 / self.letters as f64
    }
}

/// A replacement of a byte span, for the cleaned and revealed views.
#[derive(Debug, Clone)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// State shared by the rules while checking one text.
pub struct Ctx<'a> {
    pub text: &'a str,
    pub opts: &'a Options,
    pub depth: u8,
    pub scan: Scan,
    pub findings: Vec<Finding>,
    pub marks: Vec<Mark>,
    pub clean_edits: Vec<Edit>,
    pub reveal_edits: Vec<Edit>,
    /// Byte offsets of characters already accounted for by a decoded scheme.
    pub explained: HashSet<usize>,
    pub notes: Vec<Msg>,
    pub dates: DateInventory,
    pub punctuation: Vec<PunctRole>,
    /// How the input bytes were decoded, when the input came as bytes.
    pub invalid: Option<InputInfo>,
    words: Option<Vec<(usize, usize)>>,
    per_rule: HashMap<String, usize>,
}

impl<'a> Ctx<'a> {
    /// A finding at a byte span, with snippet; positions are resolved later.
    pub fn finding(
        &self,
        rule: &Rule,
        severity: Severity,
        start: usize,
        end: usize,
        message: Msg,
        meaning: Msg,
    ) -> Finding {
        Finding {
            rule: rule.id.to_string(),
            code: rule.code.to_string(),
            severity,
            covert: false,
            message: message.en(),
            meaning: meaning.en(),
            confidence: Confidence::High,
            location: Location::span(start, end),
            snippet: chars::snippet(self.text, start, end, 40),
            count: 1,
            occurrences: Vec::new(),
            decoded: None,
            path: None,
            excerpt: None,
            place: None,
            brief: None,
            message_zh: String::new(),
            msg: Some(message),
            meaning_msg: Some(meaning),
            replay: vec![],
            replay_call: None,
            replay_note: None,
            replay_note_msg: None,
            place_msg: None,
        }
    }

    pub fn mark(&mut self, rule: &Rule, severity: Severity, start: usize, end: usize, label: Msg) {
        if self.marks.len() < MAX_MARKS {
            self.marks.push(Mark {
                rule: rule.id.to_string(),
                severity,
                utf16_start: 0,
                utf16_end: 0,
                byte_start: start,
                byte_end: end,
                label: label.en(),
                label_msg: Some(label),
            });
        } else if !self.notes.iter().any(|n| n.id == "note-marks-capped") {
            // (Tested by id: every mark past the cap comes here.)
            self.notes
                .push(Msg::new("note-marks-capped").arg("max", MAX_MARKS));
        }
    }

    pub fn clean(&mut self, start: usize, end: usize, text: impl Into<String>) {
        self.clean_edits.push(Edit {
            start,
            end,
            text: text.into(),
        });
    }

    pub fn reveal(&mut self, start: usize, end: usize, text: impl Into<String>) {
        self.reveal_edits.push(Edit {
            start,
            end,
            text: text.into(),
        });
    }

    /// A run of hidden characters a decoder accounted for: highlighted as one span, removed from
    /// the cleaned text, shown as `shown` in the revealed view, and not reported again.
    pub fn consume_run(
        &mut self,
        rule: &Rule,
        sev: Severity,
        run: &[(usize, char)],
        label: Msg,
        shown: String,
    ) {
        let (Some(first), Some(last)) = (run.first(), run.last()) else {
            return;
        };
        let (start, end) = (first.0, last.0 + last.1.len_utf8());
        self.mark(rule, sev, start, end, label);
        self.clean(start, end, "");
        self.reveal(start, end, shown);
        self.explained.extend(run.iter().map(|x| x.0));
    }

    /// Add a finding, at most `MAX_FINDINGS_PER_RULE` per rule; beyond that they are counted
    /// and the report says how many were left out.
    pub fn push(&mut self, f: Finding) {
        let n = self.per_rule.entry(f.rule.clone()).or_insert(0);
        *n += 1;
        if *n <= MAX_FINDINGS_PER_RULE {
            self.findings.push(f);
        }
    }

    /// Words (byte ranges) that contain a non-ASCII character and at least two letters: the
    /// only words where letters can be mixed or look-alikes. ASCII tokens are skipped before
    /// any word segmentation, so plain text costs almost nothing here.
    /// Words with a non-ASCII letter or digit, for the look-alike rules: UAX #29 words, split
    /// again at every character that is not a letter, digit, mark or invisible (so a domain is
    /// checked label by label, `snake_case` part by part and `request'ы` as two words). Words
    /// of one letter are kept only when that letter looks like an ASCII one (a one-letter
    /// look-alike word such as Cyrillic `а`); otherwise a word needs two letters.
    pub fn words(&mut self) -> &[(usize, usize)] {
        if self.words.is_none() {
            let text = self.text;
            let bytes = text.as_bytes();
            let mut out = Vec::new();
            let mut i = 0;
            let inside = |c: char| {
                crate::text::chars::is_alnum(c)
                    || chars::is_default_ignorable(c)
                    || unicode_normalization::char::is_combining_mark(c)
            };
            while i < bytes.len() {
                while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                    i += 1;
                }
                let start = i;
                while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
                    i += 1;
                }
                let tok = &text[start..i];
                if tok.is_ascii() {
                    continue;
                }
                for (k, w) in tok.split_word_bound_indices() {
                    if w.is_ascii() {
                        continue;
                    }
                    let mut part: Option<usize> = None;
                    let push = |a: usize, b: usize, out: &mut Vec<(usize, usize)>| {
                        let p = &w[a..b];
                        let mut letters = p.chars().filter(|c| crate::text::chars::is_alnum(*c));
                        let first = letters.next();
                        let two = letters.next().is_some();
                        if !p.is_ascii()
                            && (two
                                || first.is_some_and(|c| {
                                    // (Ideographs, kana and hangul are words of one character
                                    // in UAX #29 and have no Latin twin: not looked up.)
                                    !c.is_ascii()
                                        && !matches!(
                                            crate::text::chars::script(c),
                                            Script::Han
                                                | Script::Hiragana
                                                | Script::Katakana
                                                | Script::Hangul
                                        )
                                        && crate::rules::mixed_script_word::ascii_skeleton(c)
                                            .is_some()
                                }))
                        {
                            out.push((start + k + a, start + k + b));
                        }
                    };
                    for (j, c) in w.char_indices() {
                        match (inside(c), part) {
                            (true, None) => part = Some(j),
                            (false, Some(a)) => {
                                push(a, j, &mut out);
                                part = None;
                            }
                            _ => {}
                        }
                    }
                    if let Some(a) = part {
                        push(a, w.len(), &mut out);
                    }
                }
            }
            self.words = Some(out);
        }
        self.words.as_deref().unwrap()
    }

    /// The script with the most letters in the text (Latin when there are none).
    pub fn dominant_script(&self) -> Script {
        self.scan
            .script_letters
            .iter()
            .max_by_key(|(s, n)| (**n, std::cmp::Reverse(s.full_name())))
            .map(|(s, _)| *s)
            .unwrap_or(Script::Latin)
    }

    /// One finding for every occurrence of one character: first place, count, further places;
    /// each occurrence highlighted, and optionally replaced in the cleaned text.
    #[allow(clippy::too_many_arguments)]
    pub fn push_grouped(
        &mut self,
        rule: &Rule,
        sev: Severity,
        c: char,
        offs: &[usize],
        message: Msg,
        meaning: Msg,
        clean: Option<String>,
        reveal: bool,
    ) {
        let len = c.len_utf8();
        let mut f = self.finding(rule, sev, offs[0], offs[0] + len, message, meaning);
        f.count = offs.len();
        f.occurrences = offs
            .iter()
            .skip(1)
            .take(MAX_OCCURRENCES_PER_FINDING)
            .map(|&o| Location::span(o, o + len))
            .collect();
        self.push(f);
        let label = Msg::new("mark-character")
            .arg("cp", chars::cp_string(c))
            .arg("name", chars::name(c));
        for &o in offs {
            self.mark(rule, sev, o, o + len, label.clone());
            if let Some(r) = &clean {
                self.clean(o, o + len, r.clone());
            }
            if reveal {
                self.reveal(o, o + len, chars::marker(c));
            }
        }
    }

    /// Check a decoded payload again (a payload can hide another), within the depth limit.
    pub fn nested(&self, payload: &str) -> Option<Box<NestedCheck>> {
        if self.depth >= self.opts.max_depth || payload.is_empty() {
            return None;
        }
        let opts = Options {
            views: false,
            ..self.opts.clone()
        };
        let r = check_text_at_depth(payload, &opts, self.depth + 1);
        if r.findings.is_empty() {
            return None;
        }
        Some(Box::new(NestedCheck {
            verdict: r.verdict,
            findings: r.findings,
        }))
    }
}

/// Check a text. Never panics on any input; time is linear in the input's size.
pub fn check_text(text: &str, opts: &Options) -> Report {
    check_text_progress(text, opts, &mut |_, _| {})
}

/// [`check_text`], telling `progress(done, total)` (bytes) after each segment of a large text
/// (the page shows it for texts over 1 MB).
pub fn check_text_progress(
    text: &str,
    opts: &Options,
    progress: &mut dyn FnMut(u64, u64),
) -> Report {
    if text.len() > segments::SEGMENT {
        // Large texts are checked in segments (bounded memory); see `segments`.
        let mut r = Progress {
            rest: text.as_bytes(),
            done: 0,
            total: text.len() as u64,
            tell: progress,
        };
        if let Ok((rep, _)) = segments::check_reader(&mut r, opts, u64::MAX, None) {
            return rep;
        }
    }
    check_text_at_depth(text, opts, 0)
}

/// A text read in segments, telling how far the reading has come before each read (each read
/// is one segment's worth, asked for once the previous segment was checked).
struct Progress<'a, 'f> {
    rest: &'a [u8],
    done: u64,
    total: u64,
    tell: &'f mut dyn FnMut(u64, u64),
}

impl std::io::Read for Progress<'_, '_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        (self.tell)(self.done, self.total);
        let n = self.rest.read(buf)?;
        self.done += n as u64;
        Ok(n)
    }
}

/// Check a text whole, however large (no segments): the reference the segmented check is
/// tested against. Memory grows with the text.
#[doc(hidden)]
pub fn check_whole(text: &str, opts: &Options) -> Report {
    check_text_at_depth(text, opts, 0)
}

/// Check text decoded from bytes, reporting what the decoding found.
pub fn check_decoded(text: &str, input: InputInfo, opts: &Options) -> Report {
    check_full(text, opts, 0, Some(input))
}

fn check_text_at_depth(text: &str, opts: &Options, depth: u8) -> Report {
    check_full(text, opts, depth, None)
}

impl<'a> Ctx<'a> {
    /// A context for `text` with the character pass and the date inventory done and no rule
    /// run yet (the checker's first step; the fuzz harnesses run single rules on it).
    pub(crate) fn new(
        text: &'a str,
        opts: &'a Options,
        depth: u8,
        input: Option<InputInfo>,
    ) -> Ctx<'a> {
        let scan = scan_chars(text);
        let punctuation = punct::inventory(&scan);
        let (found, patterns, dates_total) = dates::find_dates_capped(text, MAX_DATES);
        let dates = DateInventory {
            dates: found,
            mixed: patterns.len() > 1,
            patterns,
        };
        let mut ctx = Ctx {
            text,
            opts,
            depth,
            scan,
            findings: Vec::new(),
            marks: Vec::new(),
            clean_edits: Vec::new(),
            reveal_edits: Vec::new(),
            explained: HashSet::new(),
            notes: Vec::new(),
            dates,
            punctuation,
            invalid: input,
            words: None,
            per_rule: HashMap::new(),
        };
        if dates_total > MAX_DATES {
            ctx.notes.push(
                Msg::new("note-dates-capped")
                    .arg("count", dates_total)
                    .arg("max", MAX_DATES),
            );
        }
        if ctx.scan.occs_truncated {
            ctx.notes
                .push(Msg::new("note-occurrences-capped").arg("max", MAX_OCCURRENCES));
        }
        ctx
    }
}

fn check_full(text: &str, opts: &Options, depth: u8, input: Option<InputInfo>) -> Report {
    let mut ctx = Ctx::new(text, opts, depth, input);
    for rule in RULES {
        if let Some(run) = rule.run {
            run(&mut ctx, rule);
        }
    }
    finish(ctx)
}

fn ascii_byte(scan: &mut Scan, b: u8, off: usize) {
    if b.is_ascii_alphabetic() {
        scan.letters += 1;
        scan.ascii_letters += 1;
        return;
    }
    let c = b as char;
    let is_ctl = (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7F;
    if is_ctl {
        record(scan, c, off, Class::Control, false);
    } else if matches!(
        b,
        b' ' | b'\'' | b'"' | b'-' | b'.' | b',' | b':' | b';' | b'?' | b'!'
    ) {
        if scan.ascii.is_empty() {
            scan.ascii = vec![None; 128];
        }
        let st = scan.ascii[b as usize].get_or_insert_with(|| CpStat {
            count: 0,
            legit: 0,
            first: Vec::new(),
            class: Class::PunctuationVariant,
        });
        st.count += 1;
        st.legit += 1;
        if st.first.len() < MAX_POSITIONS_PER_ENTRY {
            st.first.push(off);
        }
    }
}

fn record(scan: &mut Scan, c: char, off: usize, class: Class, legit: bool) {
    let st = scan.cps.entry(c).or_insert(CpStat {
        count: 0,
        legit: 0,
        first: Vec::new(),
        class,
    });
    st.count += 1;
    if legit {
        st.legit += 1;
    }
    if st.first.len() < MAX_POSITIONS_PER_ENTRY {
        st.first.push(off);
    }
    let interesting = !matches!(
        class,
        Class::Letter | Class::Symbol | Class::Other | Class::Emoji
    );
    if interesting {
        if scan.occs.len() < MAX_OCCURRENCES {
            scan.occs.push(Occ {
                c,
                off,
                class,
                legit,
            });
        } else {
            scan.occs_truncated = true;
        }
    }
}

fn is_keycap_base(c: char) -> bool {
    c.is_ascii_digit() || c == '#' || c == '*'
}

/// What a character needs to know about its neighbours to be classified.
pub struct Around {
    pub prev: Option<char>,
    pub prev2: Option<char>,
    pub next: Option<char>,
}

/// Classify one non-ASCII character from its neighbours: the same decisions a grapheme cluster
/// would give (an emoji sequence, a flag's tags, a selector after its base), without segmenting.
pub fn classify(c: char, a: &Around, off: usize) -> (Class, bool) {
    use chars::*;
    let (prev, next) = (a.prev, a.next);
    if is_tag(c) {
        return (Class::Tag, false); // flag tags are decided per run in `scan_chars`
    }
    if is_variation_selector(c) || is_mongolian_fvs(c) {
        let p = match prev {
            Some(p)
                if !is_variation_selector(p)
                    && !next.map(is_variation_selector).unwrap_or(false) =>
            {
                p
            }
            _ => return (Class::VariationSelector, false),
        };
        let legit = match c {
            '\u{FE0E}' | '\u{FE0F}' => is_pictographic(p) || is_keycap_base(p),
            '\u{FE00}'..='\u{FE0D}' => {
                is_han_or_kana(p)
                    || matches!(category_abbr(p), "Sm" | "So")
                    || crate::text::chars::script(p) == Script::Myanmar
            }
            '\u{E0100}'..='\u{E01EF}' => is_han_or_kana(p),
            _ => crate::text::chars::script(p) == Script::Mongolian,
        };
        return (Class::VariationSelector, legit);
    }
    if is_bidi_control(c) {
        return (Class::BidiControl, false);
    }
    if is_exotic_space(c) {
        return (Class::ExoticSpace, false);
    }
    if c.is_control() {
        return (Class::Control, false);
    }
    if c == '\u{200B}' {
        // A zero-width space is the word separator of scripts written without spaces (Khmer,
        // Thai, Lao, Myanmar, Tibetan) and a line-break hint in Chinese and Japanese.
        let unspaced = |x: char| {
            matches!(
                crate::text::chars::script(x),
                Script::Khmer
                    | Script::Thai
                    | Script::Lao
                    | Script::Myanmar
                    | Script::Tibetan
                    | Script::Han
                    | Script::Hiragana
                    | Script::Katakana
                    | Script::Balinese
                    | Script::Javanese
            )
        };
        return (
            Class::Invisible,
            prev.is_some_and(unspaced) || next.is_some_and(unspaced),
        );
    }
    if c == '\u{200D}' || c == '\u{200C}' {
        // Persian and Indic words use them inside the word: the script on either side tells.
        let joiner_script = prev
            .map(|p| script_uses_joiners(crate::text::chars::script(p)))
            .unwrap_or(false)
            || (c == '\u{200C}'
                && next.is_some_and(|n| script_uses_joiners(crate::text::chars::script(n))));
        // An emoji ZWJ sequence: pictograph (optionally with VS16 or a skin tone) ZWJ pictograph.
        let emoji_before = match (prev, a.prev2) {
            (Some(p), _) if is_pictographic(p) => true,
            (Some(p), Some(p2))
                if (p == '\u{FE0F}' || is_emoji_modifier(p)) && is_pictographic(p2) =>
            {
                true
            }
            _ => false,
        };
        let emoji_join =
            c == '\u{200D}' && emoji_before && next.map(is_pictographic).unwrap_or(false);
        return (Class::Invisible, joiner_script || emoji_join);
    }
    if c == '\u{FEFF}' && off == 0 {
        return (Class::Invisible, true);
    }
    if is_invisible(c) {
        return (Class::Invisible, false);
    }
    if is_emoji_modifier(c) || is_regional_indicator(c) || c == '\u{20E3}' || is_pictographic(c) {
        return (Class::Emoji, true);
    }
    let cat = category_abbr(c);
    if cat == "Co" || cat == "Cn" {
        return (Class::PrivateUse, false);
    }
    if let Some((_, style)) = punct::role_of(c) {
        return (Class::PunctuationVariant, style != punct::Style::Rare);
    }
    match cat.as_bytes()[0] {
        b'L' | b'M' | b'N' => (Class::Letter, true),
        b'S' | b'P' => (Class::Symbol, true),
        _ => (Class::Other, true),
    }
}

/// A subdivision flag's tags: 1–7 tag letters/digits then U+E007F, right after U+1F3F4.
fn valid_flag_tags(prev: Option<char>, run: &str) -> bool {
    if prev != Some('\u{1F3F4}') {
        return false;
    }
    let tags: Vec<char> = run.chars().take_while(|&c| chars::is_tag(c)).collect();
    if tags.len() < 2 || tags.len() > 8 || *tags.last().unwrap() != '\u{E007F}' {
        return false;
    }
    tags[..tags.len() - 1]
        .iter()
        .all(|&t| matches!(t, '\u{E0061}'..='\u{E007A}' | '\u{E0030}'..='\u{E0039}'))
}

/// The character pass. ASCII lines take a byte loop; others are segmented into graphemes.
pub fn scan_chars(text: &str) -> Scan {
    let mut scan = Scan::default();
    let mut line_start = 0;
    let bytes = text.as_bytes();
    loop {
        let line_end = locate::memchr(b'\n', &bytes[line_start..])
            .map(|i| line_start + i)
            .unwrap_or(text.len());
        scan.lines += 1;
        let line = &text[line_start..line_end];
        if line.is_ascii() {
            scan.chars += line.len();
            for (i, &b) in line.as_bytes().iter().enumerate() {
                ascii_byte(&mut scan, b, line_start + i);
            }
        } else {
            let (mut prev, mut prev2): (Option<char>, Option<char>) = (None, None);
            let mut flag_run: Option<bool> = None; // legitimacy of the tag run we are in
            let mut it = line.char_indices().peekable();
            while let Some((i, c)) = it.next() {
                let off = line_start + i;
                scan.chars += 1;
                if c.is_ascii() {
                    ascii_byte(&mut scan, c as u8, off);
                    flag_run = None;
                    prev2 = prev;
                    prev = Some(c);
                    continue;
                }
                scan.non_ascii += 1;
                let next = it.peek().map(|x| x.1);
                let (class, legit) = if chars::is_tag(c) {
                    let ok = *flag_run.get_or_insert_with(|| valid_flag_tags(prev, &line[i..]));
                    (Class::Tag, ok)
                } else {
                    flag_run = None;
                    classify(c, &Around { prev, prev2, next }, off)
                };
                if class == Class::Letter && c.is_alphabetic() {
                    let s = crate::text::chars::script(c);
                    if !matches!(s, Script::Common | Script::Inherited | Script::Unknown) {
                        scan.letters += 1;
                        *scan.script_letters.entry(s).or_insert(0) += 1;
                        if chars::is_han_or_kana(c) {
                            scan.cjk += 1;
                        }
                    }
                }
                record(&mut scan, c, off, class, legit);
                if !chars::is_tag(c) || prev.map(chars::is_tag) != Some(true) {
                    prev2 = prev;
                    prev = Some(c);
                }
            }
        }
        if line_end >= text.len() {
            break;
        }
        scan.chars += 1; // the newline
        line_start = line_end + 1;
    }
    if scan.ascii_letters > 0 {
        *scan.script_letters.entry(Script::Latin).or_insert(0) += scan.ascii_letters;
    }
    for (b, st) in std::mem::take(&mut scan.ascii).into_iter().enumerate() {
        if let Some(st) = st {
            scan.cps.insert(b as u8 as char, st);
        }
    }
    scan
}

/// Occurrences grouped by character, in order of first appearance.
pub fn group_by_char(items: impl IntoIterator<Item = (usize, char)>) -> Vec<(char, Vec<usize>)> {
    let mut order: Vec<char> = Vec::new();
    let mut map: HashMap<char, Vec<usize>> = HashMap::new();
    for (o, c) in items {
        map.entry(c)
            .or_insert_with(|| {
                order.push(c);
                Vec::new()
            })
            .push(o);
    }
    order
        .into_iter()
        .map(|c| {
            let v = map.remove(&c).unwrap();
            (c, v)
        })
        .collect()
}

/// Apply non-overlapping edits (sorted by start; an edit overlapping an earlier one is skipped).
pub fn apply_edits(text: &str, edits: &mut [Edit]) -> String {
    edits.sort_by_key(|e| (e.start, e.end));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for e in edits.iter() {
        if e.start < at
            || e.end > text.len()
            || !text.is_char_boundary(e.start)
            || !text.is_char_boundary(e.end)
        {
            continue;
        }
        out.push_str(&text[at..e.start]);
        out.push_str(&e.text);
        at = e.end;
    }
    out.push_str(&text[at..]);
    out
}

fn finish(mut ctx: Ctx) -> Report {
    let text = ctx.text;
    let mut over: Vec<(&String, &usize)> = ctx
        .per_rule
        .iter()
        .filter(|(_, n)| **n > MAX_FINDINGS_PER_RULE)
        .collect();
    over.sort();
    let over: Vec<Msg> = over
        .into_iter()
        .map(|(r, n)| {
            Msg::new("note-rule-capped")
                .arg("rule", r.as_str())
                .arg("count", *n)
                .arg("max", MAX_FINDINGS_PER_RULE)
        })
        .collect();
    ctx.notes.extend(over);
    // Character inventory.
    let mut cps: Vec<(&char, &CpStat)> = ctx
        .scan
        .cps
        .iter()
        .filter(|(c, s)| !c.is_ascii() || s.class == Class::Control)
        .collect();
    cps.sort_by_key(|(c, s)| (s.legit == s.count, std::cmp::Reverse(s.count), **c));
    if cps.len() > MAX_INVENTORY_ENTRIES {
        ctx.notes.push(
            Msg::new("note-characters-capped")
                .arg("count", cps.len())
                .arg("max", MAX_INVENTORY_ENTRIES),
        );
        cps.truncate(MAX_INVENTORY_ENTRIES);
    }
    let mut characters: Vec<CharEntry> = cps
        .into_iter()
        .map(|(&c, s)| CharEntry {
            code_point: chars::cp_string(c),
            ch: c.to_string(),
            name: chars::name(c),
            category: chars::category_abbr(c).to_string(),
            script: chars::script_name(c).to_string(),
            class: s.class.as_str().to_string(),
            legitimate: s.legit == s.count,
            count: s.count,
            positions: s
                .first
                .iter()
                .map(|&o| Location::span(o, o + c.len_utf8()))
                .collect(),
        })
        .collect();

    // Letters flagged as look-alikes take that class in the inventory.
    let look_alikes: std::collections::HashSet<char> = ctx
        .marks
        .iter()
        .filter(|m| m.rule == "mixed-script-word" || m.rule == "look-alike-character")
        .filter_map(|m| text[m.byte_start..].chars().next())
        .collect();
    for e in characters.iter_mut() {
        if e.ch
            .chars()
            .next()
            .map(|c| look_alikes.contains(&c))
            .unwrap_or(false)
        {
            e.class = Class::LookAlike.as_str().to_string();
            e.legitimate = false;
        }
    }
    let mut findings = std::mem::take(&mut ctx.findings);
    findings.sort_by(|a, b| {
        b.covert
            .cmp(&a.covert)
            .then(b.severity.cmp(&a.severity))
            .then(a.location.byte_offset.cmp(&b.location.byte_offset))
    });
    let mut marks = std::mem::take(&mut ctx.marks);
    let mut punctuation = std::mem::take(&mut ctx.punctuation);
    let mut dates = std::mem::take(&mut ctx.dates);

    // Resolve every byte offset in one pass.
    let mut offs: Vec<usize> = Vec::new();
    for f in &findings {
        offs.push(f.location.byte_offset);
        offs.push(f.location.byte_offset + f.location.byte_len);
        for o in &f.occurrences {
            offs.push(o.byte_offset);
            offs.push(o.byte_offset + o.byte_len);
        }
    }
    for m in &marks {
        offs.push(m.byte_start);
        offs.push(m.byte_end);
    }
    for e in &characters {
        offs.extend(e.positions.iter().map(|p| p.byte_offset));
    }
    for r in &punctuation {
        for v in &r.variants {
            offs.extend(v.positions.iter().map(|p| p.byte_offset));
        }
    }
    offs.extend(dates.dates.iter().map(|d| d.location.byte_offset));
    let pos = locate::resolve(text, &offs);
    let fill = |l: &mut Location| {
        if let Some(p) = pos.get(&l.byte_offset) {
            l.line = p.line;
            l.column = p.column;
            l.utf16_offset = p.utf16;
            if let Some(e) = pos.get(&(l.byte_offset + l.byte_len)) {
                l.utf16_len = e.utf16 - p.utf16;
            }
        }
    };
    for f in &mut findings {
        fill(&mut f.location);
        for o in &mut f.occurrences {
            fill(o);
        }
    }
    for m in &mut marks {
        if let (Some(a), Some(b)) = (pos.get(&m.byte_start), pos.get(&m.byte_end)) {
            m.utf16_start = a.utf16;
            m.utf16_end = b.utf16;
        }
    }
    marks.sort_by_key(|m| (m.byte_start, m.byte_end));
    for e in &mut characters {
        for p in &mut e.positions {
            fill(p);
        }
    }
    for r in &mut punctuation {
        for v in &mut r.variants {
            for p in &mut v.positions {
                fill(p);
            }
        }
    }
    for d in &mut dates.dates {
        fill(&mut d.location);
    }

    let views = if ctx.opts.views {
        let cleaned = apply_edits(text, &mut ctx.clean_edits);
        let revealed = apply_edits(text, &mut ctx.reveal_edits);
        // ASCII is in every normalisation form: no character pass needed.
        let ascii = text.is_ascii();
        let nfc = if ascii
            || unicode_normalization::is_nfc_quick(text.chars())
                == unicode_normalization::IsNormalized::Yes
        {
            None
        } else {
            Some(text.nfc().collect::<String>()).filter(|s| s != text)
        };
        let nfkc = if ascii
            || unicode_normalization::is_nfkc_quick(text.chars())
                == unicode_normalization::IsNormalized::Yes
        {
            None
        } else {
            Some(text.nfkc().collect::<String>()).filter(|s| s != text)
        };
        Views {
            nfc,
            nfkc,
            revealed,
            cleaned,
        }
    } else {
        Views::default()
    };

    let mut scripts: Vec<(String, usize)> = ctx
        .scan
        .script_letters
        .iter()
        .map(|(s, n)| (s.full_name().to_string(), *n))
        .collect();
    scripts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut findings = findings;
    crate::report::fill_zh(&mut findings);
    let verdict = verdict_of(&findings);
    let summary = summary_msg(verdict, &findings);
    let mut report = Report {
        tool: "telltale".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        verdict,
        summary: String::new(),
        summary_zh: String::new(),
        summary_msg: None,
        lang: None,
        findings,
        input: ctx.invalid.take().unwrap_or(InputInfo {
            encoding: "utf-8".into(),
            bytes: text.len(),
            ..Default::default()
        }),
        stats: Stats {
            bytes: text.len(),
            chars: ctx.scan.chars,
            lines: ctx.scan.lines,
            non_ascii: ctx.scan.non_ascii,
            scripts,
        },
        characters,
        punctuation,
        dates,
        views,
        marks,
        notes: ctx.notes.iter().map(Msg::en).collect(),
        notes_msg: ctx.notes,
        generated: None,
        checked: vec![],
    };
    set_summary(summary, &mut report);
    report
}

/// The finding a summary leads with (the first above `info`) and how many are above `info`.
fn lead_finding(findings: &[Finding]) -> (Option<&Finding>, usize) {
    let mut above = findings.iter().filter(|f| f.severity > Severity::Info);
    let lead = above.next();
    (lead, lead.map(|_| 1 + above.count()).unwrap_or(0))
}

/// The summary: one short paragraph a non-engineer understands, as a message (the lead
/// finding's meaning, and how many others there are).
pub fn summary_msg(verdict: Verdict, findings: &[Finding]) -> Msg {
    let (lead, n) = lead_finding(findings);
    let meaning = |f: &Finding| -> crate::i18n::Arg {
        match &f.meaning_msg {
            Some(m) => m.clone().into(),
            None => f.meaning.clone().into(),
        }
    };
    let id = match (verdict, lead) {
        (Verdict::Clean, _) => return Msg::new("summary-text-clean"),
        (Verdict::Notice, Some(_)) => "summary-text-notice",
        (Verdict::Suspicious, Some(_)) => "summary-text-suspicious",
        (Verdict::Covert, _) => "summary-text-covert",
        _ => return Msg::new("summary-text-nothing"),
    };
    let f = if verdict == Verdict::Covert {
        findings.iter().find(|f| f.covert).or(lead)
    } else {
        lead
    };
    let Some(f) = f else {
        return Msg::new("summary-text-nothing");
    };
    Msg::new(id)
        .arg("meaning", meaning(f))
        .arg("others", n.saturating_sub(1))
}

/// Sets a text report's summary (the message, and its English and Chinese words).
pub fn set_summary(summary: Msg, out: &mut Report) {
    out.summary = summary.en();
    out.summary_zh = crate::i18n::render("zh-CN", &summary);
    out.summary_msg = Some(summary);
}

/// [`summary_msg`] in English.
pub fn summarize(verdict: Verdict, findings: &[Finding]) -> String {
    summary_msg(verdict, findings).en()
}
