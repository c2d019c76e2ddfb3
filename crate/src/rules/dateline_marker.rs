//! # What it flags
//! The sentence `Today's date is YYYY-MM-DD.` written with a look-alike apostrophe or with `/`
//! in the date, as the AI coding agent Claude Code (npm versions 2.1.91 through 2.1.197) wrote
//! it into its own system prompt. The apostrophe carries two flags: U+0027 `'` = none,
//! U+2019 `’` = the custom API host is on a hidden list (147 domains: Chinese companies, clouds,
//! API relay and resale services), U+02BC `ʼ` = the host contains an AI-lab keyword (deepseek,
//! moonshot, minimax, zhipu, bigmodel, baichuan, stepfun, 01ai, dashscope, volces…), U+02B9
//! `ʹ` = both. A date written with `/` instead of `-` means the system timezone is
//! Asia/Shanghai or Asia/Urumqi. The sentence is found anywhere: inside XML-like tags, JSON
//! strings with `\u2019` escapes, HTML entities or URL encoding.
//!
//! # Why it matters
//! The agent read its API base URL and the system timezone, compared them with hidden lists,
//! and wrote the result into ordinary-looking text that is sent with every request. Whoever
//! receives the prompt (the API provider or a relay) can read where the user is and which
//! service they use, without any telemetry being sent. The marker is only active when the
//! agent is set to a custom API base URL (not api.anthropic.com). A plain apostrophe with `-`
//! decodes to all flags false and is reported as information only.
//!
//! A flag is only a signal where the writer would not have written it anyway. When the rest of
//! the text writes its in-word apostrophes the same way (a document whose word processor curls
//! every apostrophe) or its other dates with `/`, the choice is the writer's habit and the
//! finding is low, not covert. A `/` date that runs on into a person's sentence (`Today's date
//! is 2026/11/28 and the report…`) is low too; the generated line ends at the date.
//!
//! # Example
//! `Today’s date is 2026/04/03.` decodes to `custom_host_on_list: true`,
//! `host_has_lab_keyword: false`, `china_timezone: true`.
//!
//! # 中文
//! 标题: 日期行标记
//! 标记什么: 句子“Today's date is YYYY-MM-DD.”中使用了形近撇号或把日期里的“-”写成“/”：2026 年被发现的编码方式，每种写法对应一组环境标志。
//! 为什么重要: 这种写法看起来与普通句子毫无区别，却把用户的 API 地址和时区是否在名单上编码进了系统提示。解码结果会列出每个标志。如果本文其余部分的撇号或日期本来就是这样写的（例如文字处理软件把所有撇号都变成弯撇号），或者带「/」的日期后面还接着普通句子，就只作为低级别提示，而不判定为隐蔽信号。

use crate::i18n::Msg;
use crate::report::{Confidence, DatelineFlags, Decoded, Severity};
use crate::rules::Rule;
use crate::text::{chars, Ctx};

/// The apostrophe token after "Today": the character it stands for and its byte length (a
/// char boundary of `s`: every token is ASCII up to its end, or one whole character).
pub(crate) fn apostrophe_at(s: &str) -> Option<(char, usize)> {
    let b = s.as_bytes();
    // JSON / JS escapes: \u2019, \\u2019 (double-escaped), \x27
    for prefix in ["\\\\u", "\\u"] {
        if let Some(rest) = s.strip_prefix(prefix) {
            let hex = rest.get(..4)?;
            let v = u32::from_str_radix(hex, 16).ok()?;
            return Some((char::from_u32(v)?, prefix.len() + 4));
        }
    }
    if let Some(rest) = s.strip_prefix("\\x") {
        let v = u32::from_str_radix(rest.get(..2)?, 16).ok()?;
        return Some((char::from_u32(v)?, 4));
    }
    // HTML entities
    if b.first() == Some(&b'&') {
        // Searched in bytes: a cut at byte 12 can fall inside a character. `;` is ASCII, so
        // `end` is a char boundary.
        let end = memchr::memchr(b';', &b[..b.len().min(12)])?;
        let ent = s.get(1..end)?;
        let c = if let Some(h) = ent.strip_prefix("#x").or_else(|| ent.strip_prefix("#X")) {
            char::from_u32(u32::from_str_radix(h, 16).ok()?)?
        } else if let Some(d) = ent.strip_prefix('#') {
            char::from_u32(d.parse().ok()?)?
        } else {
            match ent {
                "apos" => '\'',
                "rsquo" => '\u{2019}',
                "lsquo" => '\u{2018}',
                "prime" => '\u{2032}',
                _ => return None,
            }
        };
        return Some((c, end + 1));
    }
    // URL encoding of the UTF-8 bytes
    if b.first() == Some(&b'%') {
        let mut bytes = Vec::new();
        let mut i = 0;
        while i + 2 < s.len() + 1 && s.as_bytes().get(i) == Some(&b'%') && bytes.len() < 4 {
            bytes.push(u8::from_str_radix(s.get(i + 1..i + 3)?, 16).ok()?);
            i += 3;
            if let Ok(t) = std::str::from_utf8(&bytes) {
                return Some((t.chars().next()?, i));
            }
        }
        return None;
    }
    let c = s.chars().next()?;
    Some((c, c.len_utf8()))
}

fn flags_for(c: char) -> Option<(bool, bool)> {
    match c {
        '\'' => Some((false, false)),
        '\u{2019}' => Some((true, false)),
        '\u{02BC}' => Some((false, true)),
        '\u{02B9}' => Some((true, true)),
        _ => None,
    }
}

/// Parse `YYYY?MM?DD` at the start of `s`: (separators, byte length).
fn date_at(s: &str) -> Option<(Vec<char>, usize)> {
    let b = s.as_bytes();
    let digits = |from: usize, n: usize| {
        b.get(from..from + n)
            .map(|d| d.iter().all(u8::is_ascii_digit))
            .unwrap_or(false)
    };
    if !digits(0, 4) {
        return None;
    }
    let s1 = *b.get(4)? as char;
    if !digits(5, 2) {
        return None;
    }
    let s2 = *b.get(7)? as char;
    if !digits(8, 2) {
        return None;
    }
    if !matches!(s1, '-' | '/') || !matches!(s2, '-' | '/') {
        return None;
    }
    Some((vec![s1, s2], 10))
}

/// How the rest of the text writes apostrophes and dates: a flag the writer's own habit explains
/// (a document that curls every apostrophe, or writes every date with `/`) is not a signal.
struct Habit {
    /// In-word apostrophes (between two letters) by character, the markers' own excluded.
    apostrophes: Vec<(char, usize)>,
    /// Other dates written with `/` and with `-`, the markers' own excluded.
    slash_dates: usize,
    dash_dates: usize,
}

impl Habit {
    fn of(ctx: &Ctx, markers: &[Found]) -> Habit {
        let mut apostrophes: Vec<(char, usize)> = Vec::new();
        let mut prev = ' ';
        let mut it = ctx.text.chars().peekable();
        while let Some(c) = it.next() {
            if flags_for(c).is_some() && prev.is_alphabetic() {
                if let Some(&next) = it.peek() {
                    if next.is_alphabetic() {
                        match apostrophes.iter_mut().find(|(a, _)| *a == c) {
                            Some(e) => e.1 += 1,
                            None => apostrophes.push((c, 1)),
                        }
                    }
                }
            }
            prev = c;
        }
        let (mut slash_dates, mut dash_dates) = (0usize, 0usize);
        for (pattern, n) in &ctx.dates.patterns {
            if !pattern.contains("YYYY") {
                continue;
            }
            if pattern.contains('/') {
                slash_dates += n;
            } else if pattern.contains('-') {
                dash_dates += n;
            }
        }
        for m in markers {
            // A literal character's own count (an escaped one, `\u2019`, is not between letters).
            if let Some(e) = apostrophes.iter_mut().find(|(a, _)| *a == m.apos) {
                e.1 = e.1.saturating_sub(1);
            }
            if m.seps.iter().all(|&c| c == '/') {
                slash_dates = slash_dates.saturating_sub(1);
            }
            if m.seps.iter().all(|&c| c == '-') {
                dash_dates = dash_dates.saturating_sub(1);
            }
        }
        Habit {
            apostrophes,
            slash_dates,
            dash_dates,
        }
    }

    /// The text writes at least two other in-word apostrophes, four in five of them as `c`.
    fn writes_apostrophe(&self, c: char) -> bool {
        let total: usize = self.apostrophes.iter().map(|(_, n)| n).sum();
        let same = self
            .apostrophes
            .iter()
            .find(|(a, _)| *a == c)
            .map_or(0, |(_, n)| *n);
        total >= 2 && same * 5 >= total * 4
    }

    fn writes_slash_dates(&self) -> bool {
        self.slash_dates >= 1 && self.slash_dates >= self.dash_dates
    }
}

/// The date ends its sentence or line, as the generated line does (`… is 2026/04/03.`, then a
/// line end, markup, a closing quote or an escape); a date running on into prose (`… is
/// 2026/11/28 and the report…`) is a person's sentence.
fn ends_line_or_sentence(after_date: &str) -> bool {
    let rest = after_date.trim_start_matches([' ', '\t']);
    match rest.chars().next() {
        None => true,
        Some(c) => matches!(
            c,
            '.' | '\n' | '\r' | '<' | '"' | '\'' | '\\' | '`' | '\u{2019}' | '\u{201D}'
        ),
    }
}

/// One sentence found: its span and what it holds.
struct Found {
    start: usize,
    after: usize,
    apos: char,
    alen: usize,
    date_start: usize,
    seps: Vec<char>,
    dlen: usize,
}

pub(crate) fn run(ctx: &mut Ctx, rule: &Rule) {
    let text = ctx.text;
    let mut found = Vec::new();
    for start in find_all_ci(text, "today") {
        let after = start + 5;
        // `find_all_ci` matches ASCII bytes, so `after` is a char boundary; `get` keeps a
        // wrong offset from ever panicking.
        let Some((apos, alen)) = text.get(after..).and_then(apostrophe_at) else {
            continue;
        };
        let Some(rest) = text.get(after + alen..) else {
            continue;
        };
        let Some(rest2) = rest.strip_prefix("s date is ") else {
            continue;
        };
        let date_start = text.len() - rest2.len();
        let Some((seps, dlen)) = date_at(rest2) else {
            continue;
        };
        found.push(Found {
            start,
            after,
            apos,
            alen,
            date_start,
            seps,
            dlen,
        });
    }
    if found.is_empty() {
        return;
    }
    let habit = Habit::of(ctx, &found);
    for f in found {
        let Found {
            start,
            after,
            apos,
            alen,
            date_start,
            seps,
            dlen,
        } = f;
        let end = date_start + dlen + usize::from(text[date_start + dlen..].starts_with('.'));
        let china = seps.contains(&'/');
        let sentence = &text[start..end];
        match flags_for(apos) {
            Some((on_list, lab)) => {
                let flags = DatelineFlags {
                    custom_host_on_list: on_list,
                    host_has_lab_keyword: lab,
                    china_timezone: china,
                };
                let any = on_list || lab || china;
                let mut parts = Vec::new();
                if on_list {
                    parts.push(Msg::new("dateline-flag-host-on-list"));
                }
                if lab {
                    parts.push(Msg::new("dateline-flag-lab-keyword"));
                }
                if china {
                    parts.push(Msg::new("dateline-flag-china-timezone"));
                }
                // Which flags the writer's own habit explains, and whether the sentence stands
                // as the generated line does.
                let apos_habit = (on_list || lab) && habit.writes_apostrophe(apos);
                let slash_habit = china && habit.writes_slash_dates();
                let apos_signal = (on_list || lab) && !apos_habit;
                let slash_signal = china && !slash_habit;
                let in_prose = !ends_line_or_sentence(&text[date_start + dlen..]);
                let flags_msg = crate::i18n::list("sep-and-that", parts);
                let (sev, meaning, covert, confidence) = if !any {
                    (
                        Severity::Info,
                        Msg::new("dateline-marker-none-meaning"),
                        false,
                        Confidence::High,
                    )
                } else if !apos_signal && !slash_signal {
                    let habit_of = match (apos_habit, slash_habit) {
                        (true, true) => "both",
                        (true, false) => "apostrophes",
                        _ => "dates",
                    };
                    (
                        Severity::Low,
                        Msg::new("dateline-habit-meaning")
                            .arg("flags", flags_msg)
                            .arg("habit", habit_of),
                        false,
                        Confidence::Low,
                    )
                } else if !apos_signal && in_prose {
                    (
                        Severity::Low,
                        Msg::new("dateline-prose-meaning").arg("flags", flags_msg),
                        false,
                        Confidence::Low,
                    )
                } else {
                    (
                        Severity::Critical,
                        Msg::new("dateline-marker-meaning").arg("flags", flags_msg),
                        true,
                        Confidence::High,
                    )
                };
                let mut f = ctx.finding(
                    rule,
                    sev,
                    start,
                    end,
                    Msg::new("dateline-marker")
                        .arg("cp", chars::cp_string(apos))
                        .arg("name", chars::name(apos))
                        .arg("sep", if china { '/' } else { '-' }),
                    meaning,
                );
                f.covert = covert;
                f.confidence = confidence;
                f.decoded = Some(Decoded {
                    flags: Some(flags),
                    plausibility: 1.0,
                    ..Decoded::scheme(Msg::new("scheme-dateline"))
                });
                if covert {
                    let date = &text[date_start..date_start + dlen];
                    ctx.mark(
                        rule,
                        sev,
                        after,
                        after + alen,
                        Msg::new("mark-dateline-apostrophe"),
                    );
                    if china {
                        ctx.mark(
                            rule,
                            sev,
                            date_start,
                            date_start + dlen,
                            Msg::new("mark-dateline-separator"),
                        );
                    }
                    // The cleaned text carries the all-false form, so sharing it shares nothing.
                    ctx.clean(
                        after,
                        after + alen,
                        apostrophe_like(&text[after..after + alen]),
                    );
                    ctx.clean(date_start, date_start + dlen, date.replace('/', "-"));
                    for i in 0..alen {
                        ctx.explained.insert(after + i);
                    }
                }
                ctx.push(f);
            }
            None => {
                if apos == 's' || apos.is_alphanumeric() {
                    continue;
                }
                let mut f = ctx.finding(
                    rule,
                    Severity::Medium,
                    start,
                    end,
                    Msg::new("dateline-variant")
                        .arg("cp", chars::cp_string(apos))
                        .arg("name", chars::name(apos)),
                    Msg::new("dateline-variant-meaning").arg("sentence", sentence),
                );
                f.confidence = Confidence::Medium;
                ctx.mark(
                    rule,
                    Severity::Medium,
                    after,
                    after + alen,
                    Msg::new("mark-dateline-unexpected"),
                );
                ctx.clean(
                    after,
                    after + alen,
                    apostrophe_like(&text[after..after + alen]),
                );
                for i in 0..alen {
                    ctx.explained.insert(after + i);
                }
                ctx.push(f);
            }
        }
    }
}

/// The plain apostrophe in the same spelling as the original token (escape or character).
fn apostrophe_like(token: &str) -> String {
    if token.starts_with("\\\\u") {
        "\\\\u0027".into()
    } else if token.starts_with("\\u") {
        "\\u0027".into()
    } else if token.starts_with('&') {
        "&#39;".into()
    } else if token.starts_with('%') {
        "%27".into()
    } else {
        "'".into()
    }
}

/// Byte offsets of every ASCII-case-insensitive occurrence of an ASCII needle.
pub(crate) fn find_all_ci(hay: &str, needle: &str) -> Vec<usize> {
    let h = hay.as_bytes();
    let n = needle.as_bytes();
    let first_l = n[0].to_ascii_lowercase();
    let first_u = n[0].to_ascii_uppercase();
    let mut out = Vec::new();
    let mut i = 0;
    while i + n.len() <= h.len() {
        match h[i..].iter().position(|&b| b == first_l || b == first_u) {
            None => break,
            Some(p) => {
                let at = i + p;
                if at + n.len() <= h.len() && h[at..at + n.len()].eq_ignore_ascii_case(n) {
                    out.push(at);
                }
                i = at + 1;
            }
        }
    }
    out
}
