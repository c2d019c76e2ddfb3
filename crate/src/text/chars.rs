//! Character facts: names, categories, scripts and the classes Telltale reasons with.

use unicode_general_category::{get_general_category, GeneralCategory};
use unicode_script::{Script, UnicodeScript};

/// What kind of unusual a character is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    Invisible,
    BidiControl,
    Tag,
    VariationSelector,
    ExoticSpace,
    LookAlike,
    PunctuationVariant,
    Emoji,
    Control,
    PrivateUse,
    Letter,
    Symbol,
    Other,
}

impl Class {
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Invisible => "invisible",
            Class::BidiControl => "bidi-control",
            Class::Tag => "tag",
            Class::VariationSelector => "variation-selector",
            Class::ExoticSpace => "exotic-space",
            Class::LookAlike => "look-alike",
            Class::PunctuationVariant => "punctuation-variant",
            Class::Emoji => "emoji",
            Class::Control => "control",
            Class::PrivateUse => "private-use",
            Class::Letter => "letter",
            Class::Symbol => "symbol",
            Class::Other => "other",
        }
    }
}

pub fn is_tag(c: char) -> bool {
    ('\u{E0000}'..='\u{E007F}').contains(&c)
}

pub fn is_variation_selector(c: char) -> bool {
    ('\u{FE00}'..='\u{FE0F}').contains(&c) || ('\u{E0100}'..='\u{E01EF}').contains(&c)
}

pub fn is_mongolian_fvs(c: char) -> bool {
    matches!(c, '\u{180B}'..='\u{180D}' | '\u{180F}')
}

/// Bidirectional formatting characters (UAX #9): embeddings, overrides, isolates, marks.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Spaces other than U+0020, and blank-looking letters used as fake spaces.
pub fn is_exotic_space(c: char) -> bool {
    matches!(
        c,
        '\u{00A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}'
                | '\u{202F}'
                | '\u{205F}'
                | '\u{3000}'
                | '\u{3164}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{FFA0}'
                | '\u{2800}'
    )
}

/// Blank-looking letters (fillers) that render as nothing or a space but count as letters.
pub fn is_filler(c: char) -> bool {
    matches!(
        c,
        '\u{3164}' | '\u{115F}' | '\u{1160}' | '\u{FFA0}' | '\u{2800}'
    )
}

/// Default_Ignorable_Code_Point (DerivedCoreProperties.txt, Unicode 15): characters that
/// render as nothing when a font lacks them.
pub fn is_default_ignorable(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'..='\u{1160}'
            | '\u{17B4}'..='\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF0}'..='\u{FFF8}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}'
    )
}

/// Zero-width and other invisible characters that public steganography tools use as symbols.
pub fn is_zero_width_carrier(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}'
            | '\u{2060}'..='\u{2064}'
            | '\u{FEFF}'
            | '\u{180E}'
            | '\u{034F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{00AD}'
    )
}

/// Invisible (format or default-ignorable) characters that are not bidi, tags or selectors.
pub fn is_invisible(c: char) -> bool {
    if is_bidi_control(c) || is_tag(c) || is_variation_selector(c) || is_exotic_space(c) {
        return false;
    }
    is_default_ignorable(c)
        || c == '\u{180E}'
        || matches!(get_general_category(c), GeneralCategory::Format)
}

/// An approximation of Extended_Pictographic (emoji and pictographs), enough to tell an
/// emoji sequence from a letter.
pub fn is_pictographic(c: char) -> bool {
    matches!(c,
        '\u{00A9}' | '\u{00AE}' | '\u{203C}' | '\u{2049}' | '\u{2122}' | '\u{2139}'
        | '\u{2194}'..='\u{21AA}' | '\u{231A}'..='\u{23FF}' | '\u{24C2}' | '\u{25AA}'..='\u{25FE}'
        | '\u{2600}'..='\u{27BF}' | '\u{2934}'..='\u{2935}' | '\u{2B05}'..='\u{2B55}'
        | '\u{3030}' | '\u{303D}' | '\u{3297}' | '\u{3299}'
        | '\u{1F000}'..='\u{1FAFF}' | '\u{1FC00}'..='\u{1FFFD}')
}

pub fn is_regional_indicator(c: char) -> bool {
    ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)
}

pub fn is_emoji_modifier(c: char) -> bool {
    ('\u{1F3FB}'..='\u{1F3FF}').contains(&c)
}

pub fn is_han_or_kana(c: char) -> bool {
    matches!(
        script(c),
        Script::Han | Script::Hiragana | Script::Katakana | Script::Hangul | Script::Bopomofo
    )
}

/// Scripts in which ZWJ/ZWNJ are part of ordinary spelling (Persian, Indic, Sinhala…).
pub fn script_uses_joiners(s: Script) -> bool {
    matches!(
        s,
        Script::Arabic
            | Script::Syriac
            | Script::Devanagari
            | Script::Bengali
            | Script::Gurmukhi
            | Script::Gujarati
            | Script::Oriya
            | Script::Tamil
            | Script::Telugu
            | Script::Kannada
            | Script::Malayalam
            | Script::Sinhala
            | Script::Khmer
            | Script::Myanmar
            | Script::Mongolian
    )
}

/// Scripts written right to left, where bidi marks are ordinary.
pub fn is_rtl_script(s: Script) -> bool {
    matches!(
        s,
        Script::Arabic | Script::Hebrew | Script::Syriac | Script::Thaana | Script::Nko
    )
}

pub fn category_abbr(c: char) -> &'static str {
    get_general_category(c).abbreviation()
}

pub fn script_name(c: char) -> &'static str {
    c.script().full_name()
}

/// The character names embedded at build time (see build.rs), indexed on first use.
fn names() -> &'static std::collections::HashMap<u32, &'static str> {
    static NAMES: std::sync::OnceLock<std::collections::HashMap<u32, &'static str>> =
        std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        static TEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/char_names.txt"));
        TEXT.lines()
            .filter_map(|l| {
                let (cp, n) = l.split_once(' ')?;
                Some((u32::from_str_radix(cp, 16).ok()?, n))
            })
            .collect()
    })
}

/// Hangul syllable names by the Unicode algorithm (chapter 3.12).
fn hangul_name(cp: u32) -> String {
    const L: [&str; 19] = [
        "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T",
        "P", "H",
    ];
    const V: [&str; 21] = [
        "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO",
        "WE", "WI", "YU", "EU", "YI", "I",
    ];
    const T: [&str; 28] = [
        "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH",
        "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
    ];
    let s = cp - 0xAC00;
    let (l, v, t) = (s / (21 * 28), (s % (21 * 28)) / 28, s % 28);
    format!(
        "HANGUL SYLLABLE {}{}{}",
        L[l as usize], V[v as usize], T[t as usize]
    )
}

/// The formal name aliases Unicode gives control characters (they have no name of their own;
/// `NameAliases.txt`, type "control"), so that a difference or a finding says `LINE FEED`.
fn control_alias(cp: u32) -> Option<&'static str> {
    const C0: [&str; 32] = [
        "NULL",
        "START OF HEADING",
        "START OF TEXT",
        "END OF TEXT",
        "END OF TRANSMISSION",
        "ENQUIRY",
        "ACKNOWLEDGE",
        "ALERT",
        "BACKSPACE",
        "CHARACTER TABULATION",
        "LINE FEED",
        "LINE TABULATION",
        "FORM FEED",
        "CARRIAGE RETURN",
        "SHIFT OUT",
        "SHIFT IN",
        "DATA LINK ESCAPE",
        "DEVICE CONTROL ONE",
        "DEVICE CONTROL TWO",
        "DEVICE CONTROL THREE",
        "DEVICE CONTROL FOUR",
        "NEGATIVE ACKNOWLEDGE",
        "SYNCHRONOUS IDLE",
        "END OF TRANSMISSION BLOCK",
        "CANCEL",
        "END OF MEDIUM",
        "SUBSTITUTE",
        "ESCAPE",
        "INFORMATION SEPARATOR FOUR",
        "INFORMATION SEPARATOR THREE",
        "INFORMATION SEPARATOR TWO",
        "INFORMATION SEPARATOR ONE",
    ];
    // U+0080, U+0081 and U+0099 have no control alias.
    const C1: [&str; 32] = [
        "",
        "",
        "BREAK PERMITTED HERE",
        "NO BREAK HERE",
        "INDEX",
        "NEXT LINE",
        "START OF SELECTED AREA",
        "END OF SELECTED AREA",
        "CHARACTER TABULATION SET",
        "CHARACTER TABULATION WITH JUSTIFICATION",
        "LINE TABULATION SET",
        "PARTIAL LINE FORWARD",
        "PARTIAL LINE BACKWARD",
        "REVERSE LINE FEED",
        "SINGLE SHIFT TWO",
        "SINGLE SHIFT THREE",
        "DEVICE CONTROL STRING",
        "PRIVATE USE ONE",
        "PRIVATE USE TWO",
        "SET TRANSMIT STATE",
        "CANCEL CHARACTER",
        "MESSAGE WAITING",
        "START OF GUARDED AREA",
        "END OF GUARDED AREA",
        "START OF STRING",
        "",
        "SINGLE CHARACTER INTRODUCER",
        "CONTROL SEQUENCE INTRODUCER",
        "STRING TERMINATOR",
        "OPERATING SYSTEM COMMAND",
        "PRIVACY MESSAGE",
        "APPLICATION PROGRAM COMMAND",
    ];
    let n = match cp {
        0x00..=0x1F => C0[cp as usize],
        0x7F => "DELETE",
        0x80..=0x9F => C1[cp as usize - 0x80],
        _ => "",
    };
    (!n.is_empty()).then_some(n)
}

/// The Unicode name, or a descriptive stand-in for characters that have none.
pub fn name(c: char) -> String {
    let cp = c as u32;
    if let Some(n) = names().get(&cp) {
        return n.to_string();
    }
    match cp {
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0x20000..=0x3134F => {
            format!("CJK UNIFIED IDEOGRAPH-{:04X}", cp)
        }
        0xAC00..=0xD7A3 => hangul_name(cp),
        0x00..=0x1F | 0x7F..=0x9F => control_alias(cp)
            .map(String::from)
            .unwrap_or_else(|| format!("CONTROL-{:04X}", cp)),
        0xE000..=0xF8FF | 0xF0000..=0x10FFFF => format!("PRIVATE USE-{:04X}", cp),
        _ => format!("UNNAMED-{:04X}", cp),
    }
}

/// Short marker used in the revealed view and snippets, e.g. `⟨U+200B ZWSP⟩`.
pub fn marker(c: char) -> String {
    let short = match c {
        '\u{200B}' => "ZWSP",
        '\u{200C}' => "ZWNJ",
        '\u{200D}' => "ZWJ",
        '\u{200E}' => "LRM",
        '\u{200F}' => "RLM",
        '\u{2060}' => "WJ",
        '\u{2061}' => "FUNCTION APPLICATION",
        '\u{2062}' => "INVISIBLE TIMES",
        '\u{2063}' => "INVISIBLE SEPARATOR",
        '\u{2064}' => "INVISIBLE PLUS",
        '\u{FEFF}' => "ZWNBSP",
        '\u{00AD}' => "SHY",
        '\u{00A0}' => "NBSP",
        '\u{202A}' => "LRE",
        '\u{202B}' => "RLE",
        '\u{202C}' => "PDF",
        '\u{202D}' => "LRO",
        '\u{202E}' => "RLO",
        '\u{2066}' => "LRI",
        '\u{2067}' => "RLI",
        '\u{2068}' => "FSI",
        '\u{2069}' => "PDI",
        '\u{061C}' => "ALM",
        '\t' => "TAB",
        _ => "",
    };
    if !short.is_empty() {
        return format!("⟨U+{:04X} {}⟩", c as u32, short);
    }
    if is_tag(c) {
        let v = c as u32 - 0xE0000;
        if (0x20..0x7F).contains(&v) {
            return format!("⟨TAG {}⟩", char::from_u32(v).unwrap());
        }
    }
    if is_variation_selector(c) {
        let n = if (c as u32) < 0xE0100 {
            c as u32 - 0xFE00 + 1
        } else {
            c as u32 - 0xE0100 + 17
        };
        return format!("⟨VS{}⟩", n);
    }
    format!("⟨U+{:04X}⟩", c as u32)
}

pub fn cp_string(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

/// Whether a character is shown in a snippet as a marker rather than itself.
pub fn needs_marker(c: char) -> bool {
    (c.is_control() && c != '\n')
        || is_default_ignorable(c)
        || is_invisible(c)
        || is_exotic_space(c)
        || is_bidi_control(c)
        || is_tag(c)
        || is_variation_selector(c)
}

/// A snippet of `text` around the byte span, at most `radius` chars either side, on one line,
/// with invisible characters written as markers.
pub fn snippet(text: &str, start: usize, end: usize, radius: usize) -> String {
    let start = floor_char(text, start.min(text.len()));
    // A long span (a run of hidden characters, many lines of trailing whitespace) is cut short.
    let end = floor_char(text, end.min(text.len()).min(start + 160)).max(start);
    let mut a = start;
    let mut n = 0;
    for (i, ch) in text[..start].char_indices().rev() {
        if ch == '\n' || n >= radius {
            break;
        }
        a = i;
        n += 1;
    }
    let mut b = end;
    n = 0;
    for (i, ch) in text[end..].char_indices() {
        // A line ends at LF, or at the CR of a CRLF pair (a lone CR is shown: it can hide text).
        if ch == '\n' || n >= radius || (ch == '\r' && text[end + i + 1..].starts_with('\n')) {
            break;
        }
        b = end + i + ch.len_utf8();
        n += 1;
    }
    let mut out = String::new();
    if a > 0 && !text[..a].ends_with('\n') {
        out.push('…');
    }
    for ch in text[a..b].chars() {
        if ch == '\t' {
            out.push('⇥');
        } else if needs_marker(ch) {
            out.push_str(&marker(ch));
        } else if ch == '\n' {
            out.push_str("⏎");
        } else {
            out.push(ch);
        }
    }
    if b < text.len() && !text[b..].starts_with('\n') && !text[b..].starts_with("\r\n") {
        out.push('…');
    }
    out
}

/// How far [`token_around`] looks for the whitespace that ends a token, each side.
pub const TOKEN_REACH: usize = 512;

/// Where the whitespace-delimited token holding `start..end` starts and ends, looked for at most
/// [`TOKEN_REACH`] bytes each side (a text without whitespace costs the same per call as any
/// other).
pub fn token_around(s: &str, start: usize, end: usize) -> (usize, usize) {
    let lo = floor_char(s, start.saturating_sub(TOKEN_REACH));
    let hi = floor_char(s, end.saturating_add(TOKEN_REACH));
    let a = s[lo..start]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(lo, |(i, c)| lo + i + c.len_utf8());
    let b = s[end..hi].find(char::is_whitespace).map_or(hi, |i| end + i);
    (a, b)
}

pub fn floor_char(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Slots of the per-thread cache behind [`script`] and [`is_alnum`].
const CLASS_CACHE: usize = 4096;

thread_local! {
    static CLASS: std::cell::RefCell<Vec<(u32, Script, bool)>> =
        std::cell::RefCell::new(vec![(u32::MAX, Script::Unknown, false); CLASS_CACHE]);
}

/// A character's script and whether it is alphanumeric, through a small direct-mapped cache
/// (texts repeat their letters: most lookups hit); the fast path of `UnicodeScript::script`
/// and `char::is_alphanumeric`, which binary-search large tables every time. Checked against
/// them by a property test.
#[inline]
fn class_of(c: char) -> (Script, bool) {
    if c.is_ascii() {
        let a = c.is_ascii_alphanumeric();
        return (
            if c.is_ascii_alphabetic() {
                Script::Latin
            } else {
                Script::Common
            },
            a,
        );
    }
    let k = c as u32;
    let slot = ((k ^ (k >> 12)) as usize) & (CLASS_CACHE - 1);
    CLASS.with(|m| {
        let mut m = m.borrow_mut();
        let e = &mut m[slot];
        if e.0 == k {
            return (e.1, e.2);
        }
        let v = (c.script(), c.is_alphanumeric());
        *e = (k, v.0, v.1);
        v
    })
}

/// `c.script()`, cached (see [`class_of`]).
#[inline]
pub fn script(c: char) -> Script {
    class_of(c).0
}

/// `c.is_alphanumeric()`, cached (see [`class_of`]).
#[inline]
pub fn is_alnum(c: char) -> bool {
    class_of(c).1
}

#[cfg(test)]
mod tests {
    use super::snippet;

    #[test]
    fn snippet_ends_at_a_crlf_but_shows_a_lone_cr() {
        let t = "one\r\nPay p\u{0430}ypal now\r\nbye";
        let at = t.find('\u{0430}').unwrap();
        let s = snippet(t, at, at + 2, 40);
        assert_eq!(s, "Pay p\u{0430}ypal now");
        // A CR inside a line (it can send the cursor back and hide what came before) is shown.
        let t = "Pay p\u{0430}ypal\rnow\nbye";
        let s = snippet(t, at - 5, at - 3, 40);
        assert!(s.contains("⟨U+000D⟩"), "{s}");
    }
}
