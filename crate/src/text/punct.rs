//! Punctuation roles and their variants. Each variant has a style: `ascii`, `typographic`
//! (ordinary in edited prose), `cjk` (full-width, ordinary in Chinese and Japanese), `locale`
//! (ordinary in some languages: guillemets, low quotes, Arabic comma) or `rare` (look-alikes
//! that almost never appear in prose: modifier letters, primes, Armenian or Lisu marks…).

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    Apostrophe,
    DoubleQuote,
    HyphenDash,
    FullStop,
    Comma,
    Colon,
    Semicolon,
    Ellipsis,
    Question,
    Exclamation,
    Space,
}

pub const ROLES: [Role; 11] = [
    Role::Apostrophe,
    Role::DoubleQuote,
    Role::HyphenDash,
    Role::FullStop,
    Role::Comma,
    Role::Colon,
    Role::Semicolon,
    Role::Ellipsis,
    Role::Question,
    Role::Exclamation,
    Role::Space,
];

/// The message naming a punctuation role ("apostrophe / single quote" → `role-apostrophe`).
pub fn role_msg(role: &str) -> crate::i18n::Msg {
    let key = role.split([' ', '/']).next().unwrap_or(role);
    crate::i18n::Msg::new(&format!("role-{key}"))
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Apostrophe => "apostrophe / single quote",
            Role::DoubleQuote => "double quote",
            Role::HyphenDash => "hyphen / dash",
            Role::FullStop => "full stop",
            Role::Comma => "comma",
            Role::Colon => "colon",
            Role::Semicolon => "semicolon",
            Role::Ellipsis => "ellipsis",
            Role::Question => "question mark",
            Role::Exclamation => "exclamation mark",
            Role::Space => "space",
        }
    }
    /// The ASCII character a cleaned text uses for this role.
    pub fn ascii(self) -> &'static str {
        match self {
            Role::Apostrophe => "'",
            Role::DoubleQuote => "\"",
            Role::HyphenDash => "-",
            Role::FullStop => ".",
            Role::Comma => ",",
            Role::Colon => ":",
            Role::Semicolon => ";",
            Role::Ellipsis => "...",
            Role::Question => "?",
            Role::Exclamation => "!",
            Role::Space => " ",
        }
    }
    /// Whether mixing ASCII and typographic variants of this role is worth a note. Hyphens and
    /// dashes are different marks that share a role here, so mixing them is ordinary.
    pub fn mixing_matters(self) -> bool {
        matches!(self, Role::Apostrophe | Role::DoubleQuote)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Style {
    Ascii,
    Typographic,
    Cjk,
    Locale,
    Rare,
}

impl Style {
    pub fn as_str(self) -> &'static str {
        match self {
            Style::Ascii => "ascii",
            Style::Typographic => "typographic",
            Style::Cjk => "cjk",
            Style::Locale => "locale",
            Style::Rare => "rare",
        }
    }
}

/// The role and style of a punctuation character, if it has one. Backticks are code, not
/// apostrophes, and are left out.
pub fn role_of(c: char) -> Option<(Role, Style)> {
    use Role::*;
    use Style::*;
    Some(match c {
        '\'' => (Apostrophe, Ascii),
        '\u{2018}' | '\u{2019}' => (Apostrophe, Typographic),
        '\u{201A}' | '\u{2039}' | '\u{203A}' => (Apostrophe, Locale),
        '\u{FF07}' => (Apostrophe, Cjk),
        // (U+02BB is left out: it is a letter of Uzbek's Latin orthography, `oʻ`, `gʻ`.)
        '\u{201B}' | '\u{02BC}' | '\u{02B9}' | '\u{02BD}' | '\u{2032}' | '\u{2035}'
        | '\u{00B4}' | '\u{055A}' | '\u{055B}' | '\u{055D}' | '\u{A78C}' | '\u{02C8}'
        | '\u{0374}' | '\u{1FBF}' | '\u{1FEF}' | '\u{1FFD}' | '\u{A4FE}' => (Apostrophe, Rare),
        '"' => (DoubleQuote, Ascii),
        '\u{201C}' | '\u{201D}' => (DoubleQuote, Typographic),
        '\u{201E}' | '\u{00AB}' | '\u{00BB}' | '\u{05F4}' => (DoubleQuote, Locale),
        '\u{FF02}' | '\u{301D}' | '\u{301E}' | '\u{301F}' | '\u{300C}' | '\u{300D}'
        | '\u{300E}' | '\u{300F}' => (DoubleQuote, Cjk),
        '\u{201F}' | '\u{2033}' | '\u{2036}' | '\u{02DD}' | '\u{02EE}' | '\u{05F2}'
        | '\u{3003}' => (DoubleQuote, Rare),
        '-' => (HyphenDash, Ascii),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' | '\u{2E3A}' | '\u{2E3B}' => (HyphenDash, Typographic),
        '\u{FF0D}' | '\u{30FC}' | '\u{2500}' => (HyphenDash, Cjk),
        '\u{FE63}' | '\u{FE58}' | '\u{02D7}' | '\u{2043}' | '\u{2796}' | '\u{10191}'
        | '\u{1428}' => (HyphenDash, Rare),
        '.' => (FullStop, Ascii),
        // The Urdu full stop: the sentence end of a script, not a look-alike of anything.
        '\u{06D4}' => (FullStop, Locale),
        '\u{3002}' | '\u{FF0E}' | '\u{FF61}' => (FullStop, Cjk),
        '\u{2024}' | '\u{FE52}' | '\u{A4F8}' | '\u{0701}' | '\u{0702}' | '\u{A60E}'
        | '\u{10A50}' | '\u{1D16D}' => (FullStop, Rare),
        ',' => (Comma, Ascii),
        '\u{FF0C}' | '\u{3001}' | '\u{FF64}' => (Comma, Cjk),
        '\u{060C}' => (Comma, Locale),
        '\u{FE50}' | '\u{A4F9}' | '\u{02CF}' | '\u{16E6}' => (Comma, Rare),
        ':' => (Colon, Ascii),
        '\u{FF1A}' => (Colon, Cjk),
        '\u{0589}' | '\u{2236}' | '\u{A4FD}' | '\u{02D0}' | '\u{FE55}' | '\u{205A}'
        | '\u{05C3}' | '\u{0703}' | '\u{0704}' | '\u{16EC}' | '\u{A789}' | '\u{FE13}' => {
            (Colon, Rare)
        }
        ';' => (Semicolon, Ascii),
        '\u{FF1B}' => (Semicolon, Cjk),
        '\u{061B}' => (Semicolon, Locale),
        '\u{037E}' | '\u{204F}' | '\u{FE54}' => (Semicolon, Rare),
        '\u{2026}' => (Ellipsis, Typographic),
        '\u{22EF}' | '\u{FE19}' => (Ellipsis, Cjk),
        '?' => (Question, Ascii),
        '\u{FF1F}' => (Question, Cjk),
        '\u{061F}' | '\u{00BF}' => (Question, Locale),
        '\u{0294}' | '\u{0241}' | '\u{097D}' | '\u{13AE}' | '\u{A6EB}' | '\u{FE56}' => {
            (Question, Rare)
        }
        '!' => (Exclamation, Ascii),
        '\u{FF01}' => (Exclamation, Cjk),
        '\u{00A1}' => (Exclamation, Locale),
        '\u{01C3}' | '\u{2D51}' | '\u{FE57}' => (Exclamation, Rare),
        ' ' => (Space, Ascii),
        '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{200A}' | '\u{2002}' | '\u{2003}' => {
            (Space, Typographic)
        }
        '\u{3000}' => (Space, Cjk),
        '\u{1680}'
        | '\u{2000}'
        | '\u{2001}'
        | '\u{2004}'..='\u{2008}'
        | '\u{205F}'
        | '\u{3164}'
        | '\u{115F}'
        | '\u{1160}'
        | '\u{FFA0}'
        | '\u{2800}' => (Space, Rare),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn known_roles() {
        assert_eq!(
            role_of('\u{2019}'),
            Some((Role::Apostrophe, Style::Typographic))
        );
        assert_eq!(role_of('\u{02BC}'), Some((Role::Apostrophe, Style::Rare)));
        assert_eq!(role_of('\u{02B9}'), Some((Role::Apostrophe, Style::Rare)));
        assert_eq!(role_of('\u{FF0C}'), Some((Role::Comma, Style::Cjk)));
        assert_eq!(role_of('`'), None);
    }
}

/// The punctuation inventory: every role used, its variants with counts and first positions.
pub fn inventory(scan: &super::Scan) -> Vec<crate::report::PunctRole> {
    use crate::report::{Location, PunctRole, PunctVariant};
    let cjk = scan.is_cjk_text();
    let mut out = Vec::new();
    for role in ROLES {
        let mut variants: Vec<PunctVariant> = Vec::new();
        let mut styles = Vec::new();
        for (&c, st) in &scan.cps {
            let Some((r, style)) = role_of(c) else {
                continue;
            };
            if r != role || st.count == 0 {
                continue;
            }
            styles.push(style);
            variants.push(PunctVariant {
                code_point: super::chars::cp_string(c),
                ch: c.to_string(),
                name: super::chars::name(c),
                style: style.as_str().into(),
                count: st.count,
                positions: st
                    .first
                    .iter()
                    .map(|&o| Location::span(o, o + c.len_utf8()))
                    .collect(),
            });
        }
        if variants.is_empty() {
            continue;
        }
        variants.sort_by(|a, b| b.count.cmp(&a.count).then(a.code_point.cmp(&b.code_point)));
        let mixed = role.mixing_matters()
            && !cjk
            && styles.contains(&Style::Ascii)
            && styles.contains(&Style::Typographic);
        out.push(PunctRole {
            role: role.as_str().into(),
            variants,
            mixed,
        });
    }
    out
}

/// Whether `text[start..end]` is shown by itself rather than written into a word or a sentence:
/// the whole content of a quoted string (`"´"`, `'⠀'`, `` `ဝ` ``) or of a Markdown table cell
/// (`|  ․  |`). Character tables, symbol lists and spinner frames show characters this way; a
/// mark slipped into writing is attached to it.
pub fn shown_alone(text: &str, start: usize, end: usize) -> bool {
    let (Some(before), Some(after)) = (text.get(..start), text.get(end..)) else {
        return false;
    };
    // (Spaces inside the quotes too: a spinner frame `" ´ "`.)
    let b = before.trim_end_matches([' ', '\t']).chars().next_back();
    let a = after.trim_start_matches([' ', '\t']).chars().next();
    if let (Some(b), Some(a)) = (b, a) {
        if b == a && matches!(b, '"' | '\'' | '`') {
            return true;
        }
    }
    // A table cell: `|` then only spaces on both sides, in a line that starts with `|`.
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let left = &before[line_start..];
    let right = &after[..after.find('\n').unwrap_or(after.len())];
    left.trim_start().starts_with('|')
        && left.trim_end_matches([' ', '\t']).ends_with('|')
        && right.trim_start_matches([' ', '\t']).starts_with('|')
}

#[cfg(test)]
mod shown_alone_tests {
    use super::shown_alone;

    fn at(t: &str, c: char) -> bool {
        let s = t.find(c).unwrap();
        shown_alone(t, s, s + c.len_utf8())
    }

    #[test]
    fn quoted_or_in_a_table_cell_alone() {
        assert!(at(r#"frames: ["⢀", "´", "ဝ"]"#, '´'));
        assert!(at(r#"[" ´ ", "′  "]"#, '´'));
        assert!(at("| dot |  ․  | . |", '․'));
        assert!(!at("Today´s date", '´'));
        assert!(!at("\"Today´s\"", '´'));
        assert!(!at("| a ․ b |", '․'));
        assert!(!at("end of sentence․ Next", '․'));
    }
}

/// Whether the character at `off` sits in a run of symbols: neither neighbour is a letter, a
/// digit or a space (`°′″℃` in a character table). Punctuation used in writing touches a word,
/// a number or a space on at least one side.
pub fn in_symbol_run(text: &str, off: usize, c: char) -> bool {
    let b = text.get(..off).and_then(|t| t.chars().next_back());
    let a = text
        .get(off + c.len_utf8()..)
        .and_then(|t| t.chars().next());
    let quote = |x: Option<char>| x.is_some_and(|x| matches!(x, '"' | '\'' | '`'));
    let symbol = |x: Option<char>| {
        x.is_some_and(|x| {
            !x.is_alphanumeric()
                && !x.is_whitespace()
                && !matches!(x, '"' | '\'' | '`' | '(' | ')' | '[' | ']')
        })
    };
    // (A string that opens or closes on the run counts: `"﹔﹕﹖"`.)
    (symbol(b) && (symbol(a) || quote(a))) || (quote(b) && symbol(a))
}

/// Whether `text[start..end]`, shown alone in quotes, is an item of a list of characters: the
/// string literal just before or just after it (within 40 bytes) also holds a character that is
/// not ASCII (`"ဝ", "၀"` in a spinner's frames). A single look-alike in quotes with no such
/// neighbour (`label = 'а'`) stays suspect.
pub fn in_char_list(text: &str, start: usize, end: usize) -> bool {
    let near = |s: &str| {
        // A short quoted item with a non-ASCII character in it.
        s.split(['"', '\'', '`']).enumerate().any(|(i, part)| {
            i % 2 == 1
                && !part.is_empty()
                && part.chars().count() <= 8
                && part.chars().any(|c| !c.is_ascii())
        })
    };
    let mut a = start.saturating_sub(40);
    while !text.is_char_boundary(a) {
        a += 1;
    }
    let mut b = (end + 40).min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    // Drop the quote characters that enclose the item itself.
    let before = text[a..start].trim_end_matches([' ', '\t']);
    let before = before.strip_suffix(['"', '\'', '`']).unwrap_or(before);
    let after = text[end..b].trim_start_matches([' ', '\t']);
    let after = after.strip_prefix(['"', '\'', '`']).unwrap_or(after);
    near(after) || near(&before.chars().rev().collect::<String>())
}
