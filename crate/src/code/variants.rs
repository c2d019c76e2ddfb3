//! How two outputs of one decision differ, in words, and whether a reader would notice.

use unicode_normalization::UnicodeNormalization;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Class {
    /// Zero-width, format or variation-selector characters.
    Invisible,
    /// Spaces of another kind, trailing spaces, extra blank lines.
    Whitespace,
    /// A character swapped for one that looks the same (apostrophes, homoglyphs).
    LookAlike,
    /// Canonically equivalent text (NFC vs NFD).
    Normalisation,
    /// A punctuation mark swapped or dropped.
    Punctuation,
    /// Number or date format (separators).
    Format,
    /// Only capitalisation differs.
    Case,
    /// The same words or lines in another order.
    Order,
    /// One or two words swapped for others (a synonym).
    Wording,
    /// A different message: a reader sees it.
    Message,
    /// The outputs are equal.
    Same,
}

impl Class {
    /// The message that names the class (`class-look-alike`…), words as [`Class::words`].
    pub fn msg(self) -> crate::i18n::Msg {
        crate::i18n::Msg::new(match self {
            Class::Invisible => "class-invisible",
            Class::Whitespace => "class-whitespace",
            Class::LookAlike => "class-look-alike",
            Class::Normalisation => "class-normalisation",
            Class::Punctuation => "class-punctuation",
            Class::Format => "class-format",
            Class::Case => "class-case",
            Class::Order => "class-order",
            Class::Wording => "class-wording",
            Class::Message => "class-message",
            Class::Same => "class-same",
        })
    }

    /// Would a reader notice the difference, or does it carry a meaning of its own?
    pub fn covert(self) -> bool {
        !matches!(self, Class::Message | Class::Same)
    }
    pub fn words(self) -> &'static str {
        match self {
            Class::Invisible => "invisible characters",
            Class::Whitespace => "whitespace",
            Class::LookAlike => "look-alike characters",
            Class::Normalisation => "the same letters encoded differently (NFC/NFD)",
            Class::Punctuation => "punctuation",
            Class::Format => "number or date format",
            Class::Case => "capitalisation",
            Class::Order => "the order of words or lines",
            Class::Wording => "a word swapped for a synonym",
            Class::Message => "a different message",
            Class::Same => "nothing",
        }
    }
    pub fn zh(self) -> &'static str {
        match self {
            Class::Invisible => "不可见字符",
            Class::Whitespace => "空白",
            Class::LookAlike => "形近字符",
            Class::Normalisation => "同一字母的不同编码（NFC/NFD）",
            Class::Punctuation => "标点",
            Class::Format => "数字或日期格式",
            Class::Case => "大小写",
            Class::Order => "词语或行的顺序",
            Class::Wording => "同义词替换",
            Class::Message => "不同的消息",
            Class::Same => "无",
        }
    }
}

fn invisible(c: char) -> bool {
    matches!(c as u32,
        0x200B..=0x200F | 0x2060..=0x2064 | 0xFEFF | 0x180E | 0x00AD | 0x034F
        | 0xFE00..=0xFE0F | 0xE0000..=0xE007F | 0xE0100..=0xE01EF | 0x202A..=0x202E | 0x2066..=0x2069)
}

fn punct(c: char) -> bool {
    use unicode_general_category::{get_general_category as gc, GeneralCategory as G};
    matches!(
        gc(c),
        G::ConnectorPunctuation
            | G::DashPunctuation
            | G::OpenPunctuation
            | G::ClosePunctuation
            | G::InitialPunctuation
            | G::FinalPunctuation
            | G::OtherPunctuation
            | G::MathSymbol
            | G::ModifierSymbol
            | G::ModifierLetter
    ) || matches!(c, '\u{2032}' | '\u{02BC}' | '\u{02B9}')
}

fn skeleton(s: &str) -> String {
    unicode_security::confusable_detection::skeleton(s).collect()
}

/// The differing middle parts of two strings (common prefix and suffix removed, by character).
pub fn middle<'a>(a: &'a str, b: &'a str) -> (&'a str, &'a str) {
    let pre: usize = a
        .chars()
        .zip(b.chars())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum();
    let (a2, b2) = (&a[pre..], &b[pre..]);
    let suf: usize = a2
        .chars()
        .rev()
        .zip(b2.chars().rev())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum();
    (&a2[..a2.len() - suf], &b2[..b2.len() - suf])
}

/// [`middle`] widened to whole words on both sides (`retriev`/`fetch` → `retrieved`/`fetched`).
pub fn middle_words<'a>(a: &'a str, b: &'a str) -> (&'a str, &'a str) {
    let pre = a
        .chars()
        .zip(b.chars())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum::<usize>();
    let suf = a[pre..]
        .chars()
        .rev()
        .zip(b[pre..].chars().rev())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum::<usize>()
        .min(a.len() - pre)
        .min(b.len() - pre);
    // Back to the start of the word the difference begins in, on to the end of the word it
    // ends in (the shared parts are the same text in both).
    let start = a[..pre]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric())
        .last()
        .map(|(i, _)| i)
        .unwrap_or(pre);
    let grow = a[a.len() - suf..]
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .map(|c| c.len_utf8())
        .sum::<usize>();
    (
        &a[start..a.len() - suf + grow],
        &b[start..b.len() - suf + grow],
    )
}

fn words(s: &str) -> Vec<String> {
    let mut v: Vec<String> = s
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|w| !w.is_empty())
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    v.sort();
    v
}

/// Classify the difference between two outputs.
pub fn classify(a: &str, b: &str) -> Class {
    if a == b {
        return Class::Same;
    }
    // The same number of lines, several of them changed (two spaces at the end of each line,
    // a mark on every item): each changed line is a difference of its own; when they are all
    // of one kind of character change, that is the kind (the span from the first change to
    // the last would hold the unchanged text between them). Lines in another order are not
    // changed lines: they fall through to the order test.
    if a.contains('\n') && a.matches('\n').count() == b.matches('\n').count() {
        let mut kinds = a
            .split('\n')
            .zip(b.split('\n'))
            .filter(|(x, y)| x != y)
            .map(|(x, y)| classify(x, y));
        if let Some(first) = kinds.next() {
            let mut several = false;
            if kinds.all(|k| {
                several = true;
                k == first
            }) && several
                && matches!(
                    first,
                    Class::Invisible
                        | Class::Whitespace
                        | Class::LookAlike
                        | Class::Normalisation
                        | Class::Punctuation
                        | Class::Format
                        | Class::Case
                )
            {
                return first;
            }
        }
    }
    let (da, db) = middle(a, b);
    let both = |f: &dyn Fn(char) -> bool| da.chars().chain(db.chars()).all(f);
    if both(&|c| invisible(c))
        || both(&|c| invisible(c) || c == ' ')
            && (da.chars().any(invisible) || db.chars().any(invisible))
    {
        return Class::Invisible;
    }
    if both(&|c| c.is_whitespace() || invisible(c)) {
        return Class::Whitespace;
    }
    if a.nfc().eq(b.nfc()) {
        return Class::Normalisation;
    }
    if a.to_lowercase() == b.to_lowercase() {
        return Class::Case;
    }
    let digits = |s: &str| s.chars().filter(|c| c.is_ascii_digit()).collect::<String>();
    let letters = |s: &str| s.chars().filter(|c| c.is_alphabetic()).collect::<String>();
    if !digits(a).is_empty()
        && digits(a) == digits(b)
        && letters(da) == letters(db)
        && middle_is_between_digits(a, b)
    {
        return Class::Format;
    }
    // Numbers written with or without leading zeros (`2024-03-04` / `2024-3-4`, `05` / `5`).
    if !digits(a).is_empty() && a != b && unpadded(a) == unpadded(b) {
        return Class::Format;
    }
    // A number written with more or fewer decimal places (`toFixed(1)` / `toFixed(2)`: 12.5 /
    // 12.50): trailing zeros after a decimal separator.
    {
        let (short, long) = if da.len() < db.len() {
            (a, db)
        } else {
            (b, da)
        };
        let pre = a.len() - middle_suffix_len(a, b) - da.len();
        let before: String = short[..pre.min(short.len())]
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
            .collect();
        if (da.is_empty() || db.is_empty())
            && !long.is_empty()
            && long.chars().all(|c| c == '0')
            && before.starts_with(|c: char| c.is_ascii_digit())
            && before.contains(['.', ','])
        {
            return Class::Format;
        }
    }
    if skeleton(a) == skeleton(b)
        || (da.chars().count() == 1 && db.chars().count() == 1 && skeleton(da) == skeleton(db))
    {
        return Class::LookAlike;
    }
    if both(&|c| punct(c) || c.is_whitespace() || invisible(c)) {
        return Class::Punctuation;
    }
    if words(a) == words(b) && !words(a).is_empty() {
        // Same words: either reordered, or only punctuation between them changed.
        fn lines(s: &str) -> Vec<&str> {
            let mut l: Vec<&str> = s.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
            l.sort();
            l
        }
        if lines(a) == lines(b)
            || a.chars().filter(|c| c.is_alphanumeric()).count()
                == b.chars().filter(|c| c.is_alphanumeric()).count()
        {
            return Class::Order;
        }
    }
    // A word swapped inside an otherwise equal sentence (start → begin, Done → Finished).
    let (wa, wb) = (da.split_whitespace().count(), db.split_whitespace().count());
    let wordy = |x: &str| {
        x.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && x.chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '\'')
    };
    let common_letters = a.chars().filter(|c| c.is_alphabetic()).count()
        - da.chars().filter(|c| c.is_alphabetic()).count();
    if (1..=2).contains(&wa)
        && (1..=2).contains(&wb)
        && wordy(da)
        && wordy(db)
        && common_letters >= 8
    {
        return Class::Wording;
    }
    {
        let (wa, wb) = middle_words(a, b);
        if spelling_variant(wa, wb) {
            return Class::Wording;
        }
    }
    // Two words swapped apart from each other (`Fetched … cached` / `Retrieved … stored`):
    // the same number of words, at most two differ, each a word of three letters or more
    // (punctuation around it aside), and the rest the same.
    {
        let (ta, tb): (Vec<&str>, Vec<&str>) = (
            a.split_whitespace().collect(),
            b.split_whitespace().collect(),
        );
        let core =
            |w: &str| -> String { w.trim_matches(|c: char| !c.is_alphanumeric()).to_string() };
        if ta.len() == tb.len() && ta.len() >= 3 {
            let diff: Vec<(&str, &str)> = ta
                .iter()
                .zip(&tb)
                .filter(|(x, y)| x != y)
                .map(|(x, y)| (*x, *y))
                .collect();
            let word = |w: &str| {
                let c = core(w);
                c.chars().count() >= 3 && c.chars().all(|ch| ch.is_alphabetic())
            };
            let same_edges = |x: &str, y: &str| {
                let (cx, cy) = (core(x), core(y));
                x.replacen(&cx, "", 1) == y.replacen(&cy, "", 1)
            };
            if (1..=2).contains(&diff.len())
                && diff
                    .iter()
                    .all(|(x, y)| word(x) && word(y) && same_edges(x, y))
                && common_letters >= 8
            {
                return Class::Wording;
            }
        }
    }
    Class::Message
}

/// One word spelt two ways (colour/color, organise/organize, centre/center): one word each,
/// at least 4 letters, the same first two letters, and at most two letters added, dropped,
/// swapped or changed.
fn spelling_variant(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (
        a.trim().to_lowercase().chars().collect(),
        b.trim().to_lowercase().chars().collect(),
    );
    if a.len().min(b.len()) < 4
        || a.iter().chain(&b).any(|c| !c.is_alphabetic())
        || a[..2] != b[..2]
    {
        return false;
    }
    // Levenshtein distance, one row at a time.
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, x) in a.iter().enumerate() {
        let mut cur = vec![i + 1];
        for (j, y) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(x != y);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()] <= 2
}

fn middle_is_between_digits(a: &str, b: &str) -> bool {
    let (da, _) = middle(a, b);
    let pre = a.len() - middle_suffix_len(a, b) - da.len();
    let before = a[..pre].chars().last();
    before.is_some_and(|c| c.is_ascii_digit())
        || a[pre + da.len()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit())
}

fn middle_suffix_len(a: &str, b: &str) -> usize {
    let (da, _) = middle(a, b);
    let pre: usize = a
        .chars()
        .zip(b.chars())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum();
    a.len() - pre - da.len()
}

/// Classify a set of outputs: the least noticeable class that covers every pair with the
/// first, or `Message` when any pair reads differently.
pub fn classify_all(v: &[String]) -> Class {
    let mut worst = Class::Same;
    for x in v.iter().skip(1) {
        let c = classify(&v[0], x);
        if c == Class::Message {
            return c;
        }
        if worst == Class::Same {
            worst = c;
        }
    }
    worst
}

/// `s` with the leading zeros of each run of digits dropped (a run of zeros keeps one).
fn unpadded(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    let mut run = String::new();
    let flush = |run: &mut String, o: &mut String| {
        if !run.is_empty() {
            let t = run.trim_start_matches('0');
            o.push_str(if t.is_empty() { "0" } else { t });
            run.clear();
        }
    };
    for c in s.chars() {
        if c.is_ascii_digit() {
            run.push(c);
        } else {
            flush(&mut run, &mut o);
            o.push(c);
        }
    }
    flush(&mut run, &mut o);
    o
}

/// A string shown with its invisible and unusual characters named.
pub fn show(s: &str) -> String {
    let mut o = String::new();
    for c in s.chars().take(400) {
        if invisible(c) || (c as u32) > 0x7e || c == '\n' || c == '\t' {
            if c.is_alphabetic()
                && !matches!(c as u32, 0x0400..=0x04FF | 0x0370..=0x03FF)
                && c.nfd().count() == 1
            {
                o.push(c);
            } else if c == '\n' {
                o.push_str("\\n");
            } else {
                let shown = if invisible(c) {
                    String::new()
                } else {
                    c.to_string()
                };
                o.push_str(&format!("{}[U+{:04X}]", shown, c as u32));
            }
        } else {
            o.push(c);
        }
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn classes() {
        assert_eq!(
            classify("Today's date", "Today\u{2019}s date"),
            Class::LookAlike
        );
        assert_eq!(classify("2026-01-02", "2026/01/02"), Class::Format);
        assert_eq!(classify("1,234", "1 234"), Class::Format);
        assert_eq!(classify("ok.", "ok.  "), Class::Whitespace);
        assert_eq!(classify("took 12.5 s", "took 12.50 s"), Class::Format);
        assert_eq!(
            classify("2024-03-04 to 2024-03-10", "2024-3-4 to 2024-3-10"),
            Class::Format
        );
        assert_eq!(classify("at 09:05", "at 9:05"), Class::Format);
        assert_ne!(classify("5 files", "50 files"), Class::Format);
        assert_eq!(
            classify("- one\n- two 2\n- three", "- one  \n- two 2  \n- three  "),
            Class::Whitespace
        );
        assert_eq!(classify("a b", "a\u{00A0}b"), Class::Whitespace);
        assert_eq!(classify("ab", "a\u{200D}b"), Class::Invisible);
        assert_eq!(classify("tips", "Tips"), Class::Case);
        assert_eq!(classify("caf\u{e9}", "cafe\u{301}"), Class::Normalisation);
        assert_eq!(
            classify("Click start to go", "Click begin to go"),
            Class::Wording
        );
        assert_eq!(classify("color", "colour"), Class::Wording);
        assert_eq!(
            classify(
                "Fetched 3 packages (42 kB), cached in ~/.cache/x",
                "Retrieved 3 packages (42 kB), stored in ~/.cache/x"
            ),
            Class::Wording
        );
        assert_eq!(
            classify(
                "Payments are available in your country.",
                "Payments are not available in your country."
            ),
            Class::Message
        );
        assert_eq!(
            classify("Fetched 3 packages, cached", "Retrieved 4 packages, stored"),
            Class::Message
        );
        assert_eq!(classify("organize", "organise"), Class::Wording);
        assert_eq!(classify("Yes", "No"), Class::Message);
        assert_eq!(classify("allowed", "blocked"), Class::Message);
        assert_eq!(classify("a, b, and c", "a, b and c"), Class::Punctuation);
        assert_eq!(classify("One. Two.", "Two. One."), Class::Order);
        assert_eq!(
            classify("", "Service not available in your country, sorry."),
            Class::Message
        );
        assert_eq!(
            classify("Welcome", "Stop the war! Your government lies to you."),
            Class::Message
        );
    }
}

fn named(s: &str) -> String {
    if s.is_empty() {
        return "nothing".into();
    }
    // A word of plain letters needs no character names.
    if s.chars().count() >= 3 && s.chars().all(|c| c.is_ascii_alphabetic()) {
        return format!("'{}'", s);
    }
    let names: Vec<String> = s
        .chars()
        .take(4)
        .map(|c| format!("U+{:04X} {}", c as u32, crate::text::chars::name(c)))
        .collect();
    format!("'{}' ({})", show(s), names.join(" + "))
}

/// The differences between outputs in words, each differing character named: "'-'
/// (U+002D HYPHEN-MINUS) becomes '/' (U+002F SOLIDUS)", or, when the outputs are single
/// characters, "one of: ''' (U+0027 APOSTROPHE), '’' (U+2019 …)". The last output is taken as
/// the usual one (the branch taken when no test holds). `None` when the outputs differ too much
/// to list.
pub fn describe(v: &[String]) -> Option<String> {
    describe_msg(v).map(|m| m.en())
}

/// [`describe`] as a message (the character names stay as they are in every language).
pub fn describe_msg(v: &[String]) -> Option<crate::i18n::Msg> {
    use crate::i18n::{list, Msg};
    let named_msg = |s: &str| {
        if s.is_empty() {
            Msg::new("variant-nothing")
        } else {
            Msg::new("text").arg("text", named(s))
        }
    };
    let base = v.last()?;
    let mut pairs: Vec<(String, String)> = vec![];
    for b in &v[..v.len() - 1] {
        let (ca, cb): (Vec<char>, Vec<char>) = (base.chars().collect(), b.chars().collect());
        if ca.len() == cb.len() {
            for (x, y) in ca.iter().zip(cb.iter()) {
                if x != y {
                    let p = (x.to_string(), y.to_string());
                    if !pairs.contains(&p) {
                        pairs.push(p);
                    }
                }
            }
        } else if classify(base, b) == Class::Wording {
            // A word for another: the whole words, not the letters that differ.
            let (x, y) = middle_words(base, b);
            let p = (x.to_string(), y.to_string());
            if !pairs.contains(&p) {
                pairs.push(p);
            }
        } else {
            let (x, y) = middle(base, b);
            let p = (x.to_string(), y.to_string());
            if !pairs.contains(&p) {
                pairs.push(p);
            }
        }
    }
    if pairs.is_empty()
        || pairs.len() > 6
        || pairs
            .iter()
            .any(|p| p.0.chars().count() > 12 || p.1.chars().count() > 12)
    {
        return None;
    }
    let whole = v.iter().all(|s| s.chars().count() <= 2);
    if whole {
        let mut all: Vec<&String> = vec![];
        for s in v {
            if !all.contains(&s) {
                all.push(s);
            }
        }
        return Some(Msg::new("variants-one-of").arg(
            "items",
            list("sep-comma", all.iter().map(|s| named_msg(s)).collect()),
        ));
    }
    let mut by_left: Vec<(String, Vec<String>)> = vec![];
    for (a, b) in pairs {
        match by_left.iter_mut().find(|x| x.0 == a) {
            Some(x) => x.1.push(b),
            None => by_left.push((a, vec![b])),
        }
    }
    Some(
        Msg::new("just").arg(
            "what",
            list(
                "sep-semicolon",
                by_left
                    .iter()
                    .map(|(a, bs)| {
                        Msg::new("variants-becomes").arg("from", named_msg(a)).arg(
                            "to",
                            list("sep-or", bs.iter().map(|b| named_msg(b)).collect()),
                        )
                    })
                    .collect(),
            ),
        ),
    )
}

#[cfg(test)]
mod describe_tests {
    use super::describe;
    #[test]
    fn a_synonym_is_shown_as_whole_words() {
        let v = vec![
            "Index fetched (1,204 entries).".to_string(),
            "Index retrieved (1,204 entries).".to_string(),
        ];
        assert_eq!(super::classify(&v[0], &v[1]), super::Class::Wording);
        assert_eq!(super::middle_words(&v[0], &v[1]), ("fetched", "retrieved"));
        let d = describe(&v).unwrap();
        assert!(d.contains("'retrieved' becomes 'fetched'"), "{}", d);
    }
    #[test]
    fn differences_are_named() {
        let v: Vec<String> = ["It's 2026/04/03", "It's 2026-04-03"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let d = describe(&v).unwrap();
        assert!(
            d.contains("'-' (U+002D HYPHEN-MINUS) becomes '/' (U+002F SOLIDUS)"),
            "{}",
            d
        );
        let v: Vec<String> = ["’", "'"].iter().map(|s| s.to_string()).collect();
        let d = describe(&v).unwrap();
        assert!(
            d.contains("U+2019 RIGHT SINGLE QUOTATION MARK") && d.contains("U+0027 APOSTROPHE"),
            "{}",
            d
        );
        // Unrelated texts are not itemised.
        let v: Vec<String> = [
            "Welcome to the service, dear user",
            "Access denied for your region",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert!(describe(&v).is_none());
    }
}
