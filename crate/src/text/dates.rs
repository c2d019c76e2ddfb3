//! Date inventory: every date in common written forms, with its pattern.

use crate::report::{DateEntry, Location};
use regex::Regex;
use std::collections::BTreeMap;
use std::sync::OnceLock;

struct Patterns {
    ymd: Regex,
    dmy: Regex,
    month_first: Regex,
    day_first: Regex,
    cjk: Regex,
}

const MONTHS: &str = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let d = "[0-9０-９]";
        Patterns {
            ymd: Regex::new(&format!(r"({d}{{4}})([-/.．／－])({d}{{1,2}})([-/.．／－])({d}{{1,2}})")).unwrap(),
            dmy: Regex::new(&format!(r"({d}{{1,2}})([-/.])({d}{{1,2}})([-/.])({d}{{4}})")).unwrap(),
            month_first: Regex::new(&format!(
                r"(?i)(?-u:\b){MONTHS}(\.?)\s+([0-9]{{1,2}})(?:st|nd|rd|th)?(,?)\s+([0-9]{{4}})(?-u:\b)"
            ))
            .unwrap(),
            day_first: Regex::new(&format!(
                r"(?i)(?-u:\b)([0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS}(\.?)(,?)\s+([0-9]{{4}})(?-u:\b)"
            ))
            .unwrap(),
            cjk: Regex::new(&format!(r"({d}{{4}})\s*年\s*({d}{{1,2}})\s*月\s*({d}{{1,2}})\s*日")).unwrap(),
        }
    })
}

fn num(s: &str) -> Option<u32> {
    let mut v: u32 = 0;
    for c in s.chars() {
        let d = if c.is_ascii_digit() {
            c as u32 - '0' as u32
        } else if ('０'..='９').contains(&c) {
            c as u32 - '０' as u32
        } else {
            return None;
        };
        v = v.checked_mul(10)?.checked_add(d)?;
    }
    Some(v)
}

fn fullwidth(s: &str) -> bool {
    !s.is_ascii() && s.chars().any(|c| ('０'..='９').contains(&c))
}

fn valid(y: u32, m: u32, d: u32) -> bool {
    (1000..=2999).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
}

fn month_num(name: &str) -> u32 {
    let n = name.to_ascii_lowercase();
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .iter()
    .position(|m| n.starts_with(m))
    .map(|i| i as u32 + 1)
    .unwrap_or(0)
}

/// Digits or letters right next to a match mean it is part of something larger (a version, a hash).
/// A date inside a web address or a path (`/2024/05/01/`), or in search syntax
/// (`after:2024-01-01`), is part of that, not of the writing.
fn isolated(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let (ts, te) = super::chars::token_around(text, start, end);
    let token = &text[ts..te];
    if token.contains("://")
        || token.starts_with("www.")
        || before == Some('/')
        || after == Some('/')
    {
        return false;
    }
    if before == Some(':')
        && text[ts..start.saturating_sub(1)]
            .chars()
            .all(|c| c.is_ascii_alphabetic())
        && start - 1 > ts
    {
        return false;
    }
    let bad = |c: Option<char>| {
        c.map(|c| c.is_alphanumeric() || c == '.' && false)
            .unwrap_or(false)
    };
    let bad_after = after
        .map(|c| c.is_numeric() || (c.is_alphabetic() && c != 'T'))
        .unwrap_or(false);
    !bad(before) && !bad_after
}

/// Dates written with a month's name, in the two forms (month first, then day first): each
/// valid match with its pattern's words and (year, month, day). Matches of one form do not
/// overlap; the callers drop those overlapping a date of an earlier form.
fn month_dates(text: &str) -> [Vec<(usize, usize, String, (u32, u32, u32))>; 2] {
    let p = patterns();
    // (regex, capture index of month, day, year, dot, comma, month first)
    [
        (&p.month_first, 1, 3, 5, 2, 4, true),
        (&p.day_first, 2, 1, 5, 3, 4, false),
    ]
    .map(|(re, mi, di, yi, dot, comma, month_first)| {
        re.captures_iter(text)
            .filter_map(|c| {
                let m = c.get(0)?;
                let mo = month_num(&c[mi]);
                let (d, y) = (num(&c[di]).unwrap_or(0), num(&c[yi]).unwrap_or(0));
                if !valid(y, mo, d) {
                    return None;
                }
                let name = if c[mi].len() > 3 || c[mi].eq_ignore_ascii_case("may") {
                    "Month"
                } else {
                    "Mon"
                };
                let pat = if month_first {
                    format!("{}{} D{} YYYY", name, &c[dot], &c[comma])
                } else {
                    format!("D {}{}{} YYYY", name, &c[dot], &c[comma])
                };
                Some((m.start(), m.end(), pat, (y, mo, d)))
            })
            .collect()
    })
}

/// Every date in the text, in order: the reference [`find_dates_capped`] is tested against
/// (each match's groups read by the regex engine, each date's words formatted).
#[doc(hidden)]
pub fn find_dates_reference(text: &str) -> Vec<DateEntry> {
    let p = patterns();
    let mut out: Vec<DateEntry> = Vec::new();
    // Taken spans by start; an overlap test looks at the nearest span before the end: O(log n).
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let overlaps = |taken: &BTreeMap<usize, usize>, s: usize, e: usize| {
        taken
            .range(..e)
            .next_back()
            .map(|(_, &b)| b > s)
            .unwrap_or(false)
    };
    let push = |out: &mut Vec<DateEntry>,
                taken: &mut BTreeMap<usize, usize>,
                s: usize,
                e: usize,
                pattern: String,
                iso: Option<String>| {
        taken.insert(s, e);
        out.push(DateEntry {
            text: text[s..e].to_string(),
            pattern,
            iso,
            location: Location::span(s, e),
        });
    };
    for c in p.cjk.captures_iter(text) {
        let m = c.get(0).unwrap();
        let (y, mo, d) = (num(&c[1]), num(&c[2]), num(&c[3]));
        if let (Some(y), Some(mo), Some(d)) = (y, mo, d) {
            if valid(y, mo, d) {
                let pat = if fullwidth(m.as_str()) {
                    "ＹＹＹＹ年Ｍ月Ｄ日 (full-width digits)"
                } else {
                    "YYYY年M月D日"
                };
                push(
                    &mut out,
                    &mut taken,
                    m.start(),
                    m.end(),
                    pat.into(),
                    Some(format!("{:04}-{:02}-{:02}", y, mo, d)),
                );
            }
        }
    }
    for c in p.ymd.captures_iter(text) {
        let m = c.get(0).unwrap();
        if &c[2] != &c[4]
            || overlaps(&taken, m.start(), m.end())
            || !isolated(text, m.start(), m.end())
        {
            continue;
        }
        let (y, mo, d) = (
            num(&c[1]).unwrap_or(0),
            num(&c[3]).unwrap_or(0),
            num(&c[5]).unwrap_or(0),
        );
        if !valid(y, mo, d) {
            continue;
        }
        let s = &c[2];
        let mut pat = format!("YYYY{s}MM{s}DD");
        if fullwidth(m.as_str()) {
            pat.push_str(" (full-width digits)");
        }
        push(
            &mut out,
            &mut taken,
            m.start(),
            m.end(),
            pat,
            Some(format!("{:04}-{:02}-{:02}", y, mo, d)),
        );
    }
    for c in p.dmy.captures_iter(text) {
        let m = c.get(0).unwrap();
        if &c[2] != &c[4]
            || overlaps(&taken, m.start(), m.end())
            || !isolated(text, m.start(), m.end())
        {
            continue;
        }
        let (a, b, y) = (
            num(&c[1]).unwrap_or(0),
            num(&c[3]).unwrap_or(0),
            num(&c[5]).unwrap_or(0),
        );
        let s = &c[2];
        let (pat, iso) = if s == "." || a > 12 {
            (
                format!("DD{s}MM{s}YYYY"),
                valid(y, b, a).then(|| format!("{:04}-{:02}-{:02}", y, b, a)),
            )
        } else if b > 12 {
            (
                format!("MM{s}DD{s}YYYY"),
                valid(y, a, b).then(|| format!("{:04}-{:02}-{:02}", y, a, b)),
            )
        } else {
            // Ambiguous day/month order: name the common reading for the separator.
            (format!("MM{s}DD{s}YYYY or DD{s}MM{s}YYYY"), None)
        };
        if !(1..=31).contains(&a) || !(1..=31).contains(&b) || !(1000..=2999).contains(&y) {
            continue;
        }
        push(&mut out, &mut taken, m.start(), m.end(), pat, iso);
    }
    // Month names, either order (each form tested against the earlier ones' dates).
    for form in month_dates(text) {
        for (s, e, pat, (y, mo, d)) in form {
            if !overlaps(&taken, s, e) {
                push(
                    &mut out,
                    &mut taken,
                    s,
                    e,
                    pat,
                    Some(format!("{:04}-{:02}-{:02}", y, mo, d)),
                );
            }
        }
    }
    out.sort_by_key(|d| d.location.byte_offset);
    out
}

/// Every date in the text, in order.
pub fn find_dates(text: &str) -> Vec<DateEntry> {
    find_dates_capped(text, usize::MAX).0
}

/// The numbers of a date written with digits (`2026-04-03`, `２０２６年４月３日`), with the
/// separator after the first number: the match is split at its digit runs (ASCII or
/// full-width), which is what the patterns' groups hold.
fn numbers(m: &str) -> Option<([u32; 3], char, char)> {
    let mut v = [0u32; 3];
    let mut i = 0usize;
    let mut in_num = false;
    let mut seps = ['\0'; 2];
    for c in m.chars() {
        let d = if c.is_ascii_digit() {
            Some(c as u32 - '0' as u32)
        } else if ('０'..='９').contains(&c) {
            Some(c as u32 - '０' as u32)
        } else {
            None
        };
        match d {
            Some(d) => {
                if !in_num {
                    if i == 3 {
                        return None;
                    }
                    in_num = true;
                    i += 1;
                }
                v[i - 1] = v[i - 1].checked_mul(10)?.checked_add(d)?;
            }
            None => {
                if in_num && (1..=2).contains(&i) {
                    seps[i - 1] = c;
                }
                in_num = false;
            }
        }
    }
    (i == 3).then_some((v, seps[0], seps[1]))
}

/// The spans dates of earlier forms took, for the overlap test of a later form's matches,
/// which arrive in order: a cursor over sorted, disjoint spans answers in amortised O(1).
#[derive(Default)]
struct Taken {
    done: Vec<(usize, usize)>,
    new: Vec<(usize, usize)>,
    at: usize,
}

impl Taken {
    /// Whether `s..e` overlaps a span of an earlier form; calls come in increasing `s`.
    fn overlaps(&mut self, s: usize, e: usize) -> bool {
        while self.at < self.done.len() && self.done[self.at].1 <= s {
            self.at += 1;
        }
        self.at < self.done.len() && self.done[self.at].0 < e
    }
    fn insert(&mut self, s: usize, e: usize) {
        self.new.push((s, e));
    }
    /// The next form's matches are tested against this one's too.
    fn next_form(&mut self) {
        self.done.append(&mut self.new);
        self.done.sort_unstable();
        self.at = 0;
    }
}

/// The index of a pattern's words, added on first sight.
fn intern(pats: &mut Vec<String>, pat: &str) -> u16 {
    match pats.iter().position(|x| x == pat) {
        Some(i) => i as u16,
        None => {
            pats.push(pat.to_string());
            (pats.len() - 1) as u16
        }
    }
}

/// `YYYY-MM-DD` without the formatting machinery (this runs for every date of a large text).
fn iso(y: u32, m: u32, d: u32) -> String {
    fn put(s: &mut String, n: u32, w: u32) {
        let mut div = 10u32.pow(w - 1);
        while div > 0 {
            s.push(char::from(b'0' + ((n / div) % 10) as u8));
            div /= 10;
        }
    }
    let mut s = String::with_capacity(10);
    put(&mut s, y.min(9999), 4);
    s.push('-');
    put(&mut s, m.min(99), 2);
    s.push('-');
    put(&mut s, d.min(99), 2);
    s
}

/// Every date in the text, in order, the first `cap` of them written out; the pattern counts
/// and the total cover all. The numeric forms' groups are read from the match directly and each
/// distinct pattern's words are made once, so a text full of dates costs little more than the
/// regex passes (property test `dates_match_the_reference`).
pub fn find_dates_capped(text: &str, cap: usize) -> (Vec<DateEntry>, Vec<(String, usize)>, usize) {
    let p = patterns();
    // (start, end, pattern index, iso)
    let mut raw: Vec<(usize, usize, u16, Option<(u32, u32, u32)>)> = Vec::new();
    let mut pats: Vec<String> = Vec::new();
    let mut taken = Taken::default();
    let mut buf = String::new();
    // (A text without 年 holds no date of that form: the pass is skipped.)
    let cjk = memchr::memmem::find(text.as_bytes(), "年".as_bytes()).is_some();
    for m in cjk.then(|| p.cjk.find_iter(text)).into_iter().flatten() {
        let Some(([y, mo, d], _, _)) = numbers(m.as_str()) else {
            continue;
        };
        if valid(y, mo, d) {
            let pat = if fullwidth(m.as_str()) {
                "ＹＹＹＹ年Ｍ月Ｄ日 (full-width digits)"
            } else {
                "YYYY年M月D日"
            };
            let i = intern(&mut pats, pat);
            taken.insert(m.start(), m.end());
            raw.push((m.start(), m.end(), i, Some((y, mo, d))));
        }
    }
    taken.next_form();
    for m in p.ymd.find_iter(text) {
        let Some(([y, mo, d], s1, s2)) = numbers(m.as_str()) else {
            continue;
        };
        if s1 != s2 || taken.overlaps(m.start(), m.end()) || !isolated(text, m.start(), m.end()) {
            continue;
        }
        if !valid(y, mo, d) {
            continue;
        }
        buf.clear();
        buf.push_str("YYYY");
        buf.push(s1);
        buf.push_str("MM");
        buf.push(s1);
        buf.push_str("DD");
        if fullwidth(m.as_str()) {
            buf.push_str(" (full-width digits)");
        }
        let i = intern(&mut pats, &buf);
        taken.insert(m.start(), m.end());
        raw.push((m.start(), m.end(), i, Some((y, mo, d))));
    }
    taken.next_form();
    for m in p.dmy.find_iter(text) {
        let Some(([a, b, y], s1, s2)) = numbers(m.as_str()) else {
            continue;
        };
        if s1 != s2 || taken.overlaps(m.start(), m.end()) || !isolated(text, m.start(), m.end()) {
            continue;
        }
        if !(1..=31).contains(&a) || !(1..=31).contains(&b) || !(1000..=2999).contains(&y) {
            continue;
        }
        let s = s1;
        let (pat, iso) = if s == '.' || a > 12 {
            (
                format!("DD{s}MM{s}YYYY"),
                valid(y, b, a).then_some((y, b, a)),
            )
        } else if b > 12 {
            (
                format!("MM{s}DD{s}YYYY"),
                valid(y, a, b).then_some((y, a, b)),
            )
        } else {
            (format!("MM{s}DD{s}YYYY or DD{s}MM{s}YYYY"), None)
        };
        let i = intern(&mut pats, &pat);
        taken.insert(m.start(), m.end());
        raw.push((m.start(), m.end(), i, iso));
    }
    taken.next_form();
    // Month names (few in any text).
    for form in month_dates(text) {
        for (s, e, pat, d) in form {
            if !taken.overlaps(s, e) {
                let i = intern(&mut pats, &pat);
                taken.insert(s, e);
                raw.push((s, e, i, Some(d)));
            }
        }
        taken.next_form();
    }
    raw.sort_by_key(|r| r.0);
    let total = raw.len();
    let mut counts: Vec<usize> = vec![0; pats.len()];
    for r in &raw {
        counts[r.2 as usize] += 1;
    }
    let out: Vec<DateEntry> = raw
        .iter()
        .take(cap)
        .map(|&(s, e, i, d)| DateEntry {
            text: text[s..e].to_string(),
            pattern: pats[i as usize].clone(),
            iso: d.map(|(y, m, d)| iso(y, m, d)),
            location: Location::span(s, e),
        })
        .collect();
    let mut patterns: Vec<(String, usize)> = pats.into_iter().zip(counts).collect();
    patterns.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    (out, patterns, total)
}

#[cfg(test)]
mod tests {
    use super::*;
    fn pats(t: &str) -> Vec<String> {
        find_dates(t).into_iter().map(|d| d.pattern).collect()
    }
    #[test]
    fn forms() {
        assert_eq!(pats("on 2026-04-03."), vec!["YYYY-MM-DD"]);
        assert_eq!(pats("on 2026/04/03."), vec!["YYYY/MM/DD"]);
        assert_eq!(pats("on 03.04.2026"), vec!["DD.MM.YYYY"]);
        assert_eq!(pats("on 4/23/2026"), vec!["MM/DD/YYYY"]);
        assert_eq!(pats("April 3, 2026"), vec!["Month D, YYYY"]);
        assert_eq!(pats("3 April 2026"), vec!["D Month YYYY"]);
        assert_eq!(pats("Apr 3 2026"), vec!["Mon D YYYY"]);
        assert_eq!(pats("2026年4月3日"), vec!["YYYY年M月D日"]);
        assert_eq!(
            pats("２０２６年４月３日"),
            vec!["ＹＹＹＹ年Ｍ月Ｄ日 (full-width digits)"]
        );
        assert!(pats("version 12026-04-035 and 2026-13-01").is_empty());
    }
}
