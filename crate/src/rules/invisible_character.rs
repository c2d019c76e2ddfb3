//! # What it flags
//! Invisible and format characters (general category Cf and other default-ignorable code
//! points: zero-width space U+200B, word joiner U+2060, invisible operators U+2061–U+2064,
//! soft hyphen U+00AD, U+FEFF inside text, U+180E…) that no decoder explained. Joiners inside an
//! emoji sequence or in Persian and Indic spelling, and a byte-order mark at the very start,
//! are legitimate and not flagged, nor is a zero-width space between letters of a script
//! written without spaces (Khmer, Thai, Lao, Myanmar, Tibetan, Chinese, Japanese). A few stray
//! ones are a notice; the finding is medium when there are 32 or more of one character, when
//! they sit inside words at two places or more (`is\u{200B}Admin` in code; not inside a web
//! address, where `h\u{200B}ttp` only stops a link being made), when one stands alone between
//! quotes (`'\u{200B}'`), or when one follows within three lines a comment telling scanners to
//! look away (`<!-- promptshield-ignore -->`, `// eslint-disable-next-line`, `# nosec`, `@ts-ignore`).
//!
//! # Why it matters
//! A character you cannot see can carry information (a watermark, a user ID, one bit of a
//! message), split a word so filters miss it, or make two strings that look equal differ.
//! When there are only a few of them no message can be decoded, but they should not be there.
//!
//! # Example
//! `pass\u{200B}word` looks like `password` but is not equal to it.
//!
//! # 中文
//! 标题: 不可见字符
//! 标记什么: 不可见的格式字符（Cf 类及其他默认可忽略的码位），如零宽空格、零宽连接符、字节顺序标记、词连接符。表情符号序列和各文种拼写中的合法用法不会被标记（包括高棉文、泰文等不用空格的文字中的零宽空格）。少量零散出现只作提示；同一字符达 32 个、在单词内部出现两处以上、单独放在引号中，或紧跟在让检查工具忽略此处的注释（如 `<!-- promptshield-ignore -->`、`# nosec`）之后三行内时，为中等严重度。
//! 为什么重要: 不可见字符在复制粘贴后仍然存在，是在普通文字中隐藏消息、追踪编号或给语言模型的指令最常见的方式。

use crate::i18n::Msg;
use crate::report::Severity;
use crate::rules::Rule;
use crate::text::{chars, chars::Class, group_by_char, Ctx};

/// From this many of one invisible character (not decoded as a message) the finding is medium.
const MANY: usize = 32;

/// How many lines above an invisible character a "look away" comment still covers it.
const DIRECTIVE_LINES: usize = 3;

/// A comment telling a checker to skip what follows: a comment opener, then a word naming a
/// suppression (`…-ignore`, `…-disable…`, `nosec`, `noqa`, `NOSONAR`, `…:allow`, `allowlist`).
/// Matched on the comment, not on a product name, so any scanner's directive counts.
fn directive_re() -> &'static regex::Regex {
    static RE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    RE.get_or_init(|| {
        regex::Regex::new(
            r"(?i)(?:<!--|//|/\*|#|--|;)[ \t]*(@?[a-z0-9_.-]*(?:ignore|disable|nosec|noqa|nosonar|nolint|allowlist|:allow)[a-z0-9_:.-]*)",
        )
        .expect("directive pattern")
    })
}

/// The suppression directive on the character's line (before it) or on one of the
/// `DIRECTIVE_LINES` non-blank lines above it, if any.
pub(crate) fn directive_before(text: &str, o: usize) -> Option<&str> {
    // Only the 2 KB before the character are looked at (long lines are prose, not a
    // directive's neighbourhood), so a text of one huge line costs no more than a short one.
    let lo = (o.saturating_sub(2048)..=o)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(o);
    let near = &text[lo..o];
    let mut start = near.rfind('\n').map_or(0, |i| i + 1);
    let mut lines = 0;
    while start > 0 && lines < DIRECTIVE_LINES {
        let prev_end = start - 1;
        let prev_start = near[..prev_end].rfind('\n').map_or(0, |i| i + 1);
        if !near[prev_start..prev_end].trim().is_empty() {
            lines += 1;
        }
        start = prev_start;
    }
    directive_re()
        .captures_iter(&near[start..])
        .filter_map(|c| c.get(1))
        .map(|m| m.as_str())
        .find(|w| is_directive_word(w))
}

/// `promptshield-ignore`, `@ts-ignore`, `eslint-disable-next-line`, `gitleaks:allow`, `nosec`: a
/// tool's directive. A plain English word after a heading mark (`## Ignore next line`) is not.
fn is_directive_word(w: &str) -> bool {
    let lower = w.to_ascii_lowercase();
    w.starts_with('@')
        || w.contains(['-', '_', ':', '.'])
        || matches!(
            lower.as_str(),
            "nosec" | "noqa" | "nosonar" | "nolint" | "allowlist"
        )
}

pub(crate) fn run(ctx: &mut Ctx, rule: &Rule) {
    let items: Vec<(usize, char)> = ctx
        .scan
        .occs
        .iter()
        .filter(|o| o.class == Class::Invisible && !o.legit && !ctx.explained.contains(&o.off))
        .map(|o| (o.off, o.c))
        .collect();
    let text = ctx.text;
    // Inside a Latin word (`pass\u{200B}word`): letters on both sides, over other invisibles.
    // (Not inside a web address: `h\u{200B}ttp://` is a known way to stop a link being made.)
    let mid_word = |o: usize| {
        let before = text[..o]
            .chars()
            .rev()
            .find(|&x| !chars::is_default_ignorable(x));
        let after = text[o..]
            .chars()
            .skip(1)
            .find(|&x| !chars::is_default_ignorable(x));
        let (ts, te) = chars::token_around(text, o, o);
        let token = &text[ts..te];
        let url = token.contains("://") || token.contains("www.");
        !url && before.is_some_and(|x| x.is_ascii_alphanumeric() || x == '_')
            && after.is_some_and(|x| x.is_ascii_alphanumeric() || x == '_')
    };
    // Alone between quotes (`'\u{200B}'` in code): put there on purpose.
    let quoted = |o: usize, c: char| {
        let b = text[..o].chars().next_back();
        let a = text[o + c.len_utf8()..].chars().next();
        matches!((b, a), (Some(x), Some(y)) if x == y && matches!(x, '\'' | '"' | '`'))
    };
    for (c, offs) in group_by_char(items) {
        // A few stray invisible characters are common in copied text (a zero-width space left
        // by an editor, a word joiner that keeps a placeholder together, U+2061 in formulas):
        // a notice. They are a finding of their own when there are many, or when several sit
        // inside Latin words, where they split what a filter or a search would read.
        // Places, not characters: a run of two at one place is one place. (Looked at only
        // below MANY: above it the finding is medium anyway.)
        let placed = || {
            let mut places = 0;
            let mut last_end = usize::MAX;
            for &o in &offs {
                if mid_word(o) && o != last_end {
                    places += 1;
                }
                last_end = o + c.len_utf8();
            }
            places >= 2 || offs.iter().any(|&o| quoted(o, c))
        };
        // Looked at only below MANY (above it the finding is medium anyway): at most MANY - 1
        // windows of 2 KB, however long the text.
        let directive = if offs.len() < MANY {
            offs.iter().find_map(|&o| directive_before(text, o))
        } else {
            None
        };
        let sev = if c != '\u{00AD}' && (offs.len() >= MANY || directive.is_some() || placed()) {
            Severity::Medium
        } else {
            Severity::Low
        };
        let meaning = if let Some(d) = directive.filter(|_| c != '\u{00AD}') {
            Msg::new("invisible-after-directive-meaning")
                .arg("count", offs.len())
                .arg("name", chars::name(c))
                .arg("directive", d.to_string())
        } else if c == '\u{00AD}' {
            Msg::new("invisible-soft-hyphen-meaning")
        } else {
            Msg::new("invisible-character-meaning")
                .arg("count", offs.len())
                .arg("name", chars::name(c))
        };
        ctx.push_grouped(
            rule,
            sev,
            c,
            &offs,
            Msg::new("invisible-character")
                .arg("count", offs.len())
                .arg("cp", chars::cp_string(c))
                .arg("name", chars::name(c)),
            meaning,
            Some(String::new()),
            true,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::directive_before;

    fn at(t: &str) -> Option<&str> {
        directive_before(t, t.find('\u{200B}').expect("a ZWSP"))
    }

    #[test]
    fn a_look_away_comment_covers_the_next_three_lines() {
        assert_eq!(
            at("<!-- promptshield-ignore -->\n\nsee: \u{200B}"),
            Some("promptshield-ignore")
        );
        assert_eq!(at("x = 1  # nosec\ny = '\u{200B}'"), Some("nosec"));
        assert_eq!(at("// @ts-ignore\nlet a = b\u{200B};"), Some("@ts-ignore"));
        assert_eq!(
            at("/* eslint-disable */ s = '\u{200B}'"),
            Some("eslint-disable")
        );
        assert_eq!(
            at("<!-- x-ignore -->\na\nb\nc\nd \u{200B}"),
            None,
            "four lines below"
        );
        let far = format!("<!-- x-ignore --> {} \u{200B}", "word ".repeat(500));
        assert_eq!(at(&far), None, "more than 2 KB back on one long line");
        let near = format!("{} <!-- x-ignore --> \u{200B}", "word ".repeat(500));
        assert_eq!(
            at(&near),
            Some("x-ignore"),
            "a directive just before, on a long line"
        );
    }

    #[test]
    fn headings_and_prose_are_not_directives() {
        assert_eq!(at("## Ignore lists\n\ntext \u{200B}"), None);
        assert_eq!(at("Please ignore the following: \u{200B}"), None);
        assert_eq!(at("--- \nDisable the cache \u{200B}"), None);
    }
}
