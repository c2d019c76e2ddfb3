//! A PDF font's text: how the bytes of a `Tj` string become Unicode.
//!
//! In the order text extractors use (pdf.js, Poppler): the font's `/ToUnicode` CMap when it has
//! one; otherwise its one-byte encoding (`/WinAnsiEncoding`, `/MacRomanEncoding`, the standard
//! encoding) with the `/Differences` array applied; a predefined UCS-2/UTF-16 CMap. A composite
//! font with neither cannot be read: the caller reports it rather than guessing.
//!
//! Written here rather than taken from lopdf's `get_font_encoding` for two reasons: lopdf reads
//! `/Encoding` before `/ToUnicode` (subset fonts then decode to the wrong letters), and its
//! 4,500-name glyph list is a third of a megabyte of the page's file module. Glyph names are
//! resolved from their structure instead (`uniXXXX`, `uXXXX`, one letter, a letter with an
//! accent name such as `eacute`) and a short table of the punctuation names fonts use; an
//! unknown name keeps the base encoding's character.

use lopdf::{Dictionary, Document as Pdf, Object};
use std::collections::BTreeMap;
use unicode_normalization::UnicodeNormalization;

/// Most code-to-text entries kept from one CMap (a `bfrange` counts as one).
pub const MAX_CMAP_ENTRIES: usize = 100_000;

/// How one font's strings are decoded.
pub enum FontText {
    /// A one-byte encoding: the character for each byte (None: nothing drawn).
    Table(Box<[Option<char>; 256]>),
    /// A `/ToUnicode` CMap.
    Cmap(Cmap),
    /// A predefined UCS-2 / UTF-16 CMap (`UniGB-UCS2-H` …): the bytes are UTF-16BE.
    Utf16,
}

#[derive(Default)]
pub struct Cmap {
    /// Code space ranges: (length in bytes, low, high).
    spaces: Vec<(usize, u32, u32)>,
    /// Single codes and ranges: low code → (high code, byte length, target). A range maps
    /// `low + i` to the target with its last UTF-16 unit increased by `i`.
    map: BTreeMap<(usize, u32), (u32, Target)>,
}

enum Target {
    Text(Vec<u16>),
    List(Vec<Vec<u16>>),
}

impl FontText {
    /// The font's decoder, or why its text cannot be read.
    pub fn of(font: &Dictionary, doc: &Pdf) -> Result<FontText, String> {
        let composite = font.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Type0");
        if let Ok(Object::Stream(s)) = deref(font.get(b"ToUnicode").ok(), doc) {
            if let Ok(bytes) = s.get_plain_content() {
                let cmap = Cmap::parse(&bytes);
                if !cmap.map.is_empty() {
                    return Ok(FontText::Cmap(cmap));
                }
            }
        }
        let enc = deref(font.get(b"Encoding").ok(), doc).ok();
        if composite {
            return match enc {
                Some(Object::Name(n)) if is_utf16_cmap(n) => Ok(FontText::Utf16),
                Some(Object::Name(n)) => Err(format!(
                    "a composite font with the CMap {} and no ToUnicode map",
                    String::from_utf8_lossy(n)
                )),
                _ => Err("a composite font without a ToUnicode map".into()),
            };
        }
        let mut table = Box::new(STANDARD);
        match enc {
            Some(Object::Name(n)) => table = Box::new(base(n)),
            Some(Object::Dictionary(d)) => {
                if let Ok(n) = d.get(b"BaseEncoding").and_then(Object::as_name) {
                    table = Box::new(base(n));
                }
                if let Ok(diffs) = d.get(b"Differences").and_then(Object::as_array) {
                    let mut code: i64 = 0;
                    for o in diffs {
                        match o {
                            Object::Integer(i) => code = *i,
                            Object::Name(n) => {
                                if (0..256).contains(&code) {
                                    if let Some(c) = glyph_char(n) {
                                        table[code as usize] = Some(c);
                                    }
                                }
                                code += 1;
                            }
                            _ => {}
                        }
                    }
                }
            }
            _ => {}
        }
        Ok(FontText::Table(table))
    }

    /// Decode one string's bytes.
    pub fn decode(&self, bytes: &[u8], out: &mut String) {
        match self {
            FontText::Table(t) => out.extend(bytes.iter().filter_map(|&b| t[b as usize])),
            FontText::Utf16 => {
                let u: Vec<u16> = bytes
                    .chunks(2)
                    .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
                    .collect();
                out.push_str(&String::from_utf16_lossy(&u));
            }
            FontText::Cmap(c) => c.decode(bytes, out),
        }
    }
}

fn deref<'a>(o: Option<&'a Object>, doc: &'a Pdf) -> Result<&'a Object, ()> {
    match o {
        Some(Object::Reference(r)) => doc.get_object(*r).map_err(|_| ()),
        Some(o) => Ok(o),
        None => Err(()),
    }
}

fn is_utf16_cmap(name: &[u8]) -> bool {
    let n = String::from_utf8_lossy(name);
    n.contains("UCS2") || n.contains("UTF16")
}

impl Cmap {
    /// Parse the parts of a CMap that map codes to text: `begincodespacerange`, `beginbfchar`
    /// and `beginbfrange` sections. Anything else is skipped; at most [`MAX_CMAP_ENTRIES`].
    pub fn parse(bytes: &[u8]) -> Cmap {
        let toks = tokens(bytes);
        let mut c = Cmap::default();
        let mut i = 0;
        while i < toks.len() {
            match &toks[i] {
                Tok::Word(w) if w == "begincodespacerange" => {
                    i += 1;
                    while i + 1 < toks.len() {
                        let (Tok::Hex(lo), Tok::Hex(hi)) = (&toks[i], &toks[i + 1]) else {
                            break;
                        };
                        if !lo.is_empty() && lo.len() <= 4 {
                            c.spaces.push((lo.len(), be(lo), be(hi)));
                        }
                        i += 2;
                    }
                }
                Tok::Word(w) if w == "beginbfchar" => {
                    i += 1;
                    while i + 1 < toks.len() && c.map.len() < MAX_CMAP_ENTRIES {
                        let (Tok::Hex(src), Tok::Hex(dst)) = (&toks[i], &toks[i + 1]) else {
                            break;
                        };
                        if !src.is_empty() && src.len() <= 4 {
                            let s = be(src);
                            c.map.insert((src.len(), s), (s, Target::Text(utf16(dst))));
                        }
                        i += 2;
                    }
                }
                Tok::Word(w) if w == "beginbfrange" => {
                    i += 1;
                    while i + 2 < toks.len() && c.map.len() < MAX_CMAP_ENTRIES {
                        let (Tok::Hex(lo), Tok::Hex(hi)) = (&toks[i], &toks[i + 1]) else {
                            break;
                        };
                        let target = match &toks[i + 2] {
                            Tok::Hex(d) => Target::Text(utf16(d)),
                            Tok::List(items) => {
                                Target::List(items.iter().map(|d| utf16(d)).collect())
                            }
                            _ => break,
                        };
                        if !lo.is_empty() && lo.len() <= 4 && be(hi) >= be(lo) {
                            c.map.insert((lo.len(), be(lo)), (be(hi), target));
                        }
                        i += 3;
                    }
                }
                _ => i += 1,
            }
        }
        c
    }

    fn lookup(&self, len: usize, code: u32) -> Option<Vec<u16>> {
        let (&(l, lo), (hi, t)) = self.map.range(..=(len, code)).next_back()?;
        if l != len || code < lo || code > *hi {
            return None;
        }
        let k = (code - lo) as usize;
        match t {
            Target::Text(v) => {
                let mut v = v.clone();
                if let Some(last) = v.last_mut() {
                    *last = last.wrapping_add(k as u16);
                }
                Some(v)
            }
            Target::List(items) => items.get(k).cloned(),
        }
    }

    fn code_len(&self, rest: &[u8]) -> usize {
        for &(len, lo, hi) in &self.spaces {
            if rest.len() >= len {
                let v = be(&rest[..len]);
                if v >= lo && v <= hi {
                    return len;
                }
            }
        }
        // No code space matched: the length most entries use.
        self.map
            .keys()
            .next()
            .map(|k| k.0)
            .unwrap_or(1)
            .min(rest.len())
            .max(1)
    }

    fn decode(&self, bytes: &[u8], out: &mut String) {
        let mut i = 0;
        while i < bytes.len() {
            let n = self.code_len(&bytes[i..]);
            let code = be(&bytes[i..i + n]);
            if let Some(u) = self.lookup(n, code) {
                out.push_str(&String::from_utf16_lossy(&u));
            }
            i += n;
        }
    }
}

fn be(b: &[u8]) -> u32 {
    b.iter().take(4).fold(0u32, |a, &x| (a << 8) | x as u32)
}

fn utf16(b: &[u8]) -> Vec<u16> {
    b.chunks(2)
        .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
        .collect()
}

enum Tok {
    Word(String),
    Hex(Vec<u8>),
    List(Vec<Vec<u8>>),
}

/// The CMap's tokens that matter: words, `<hex>` strings and `[<hex> …]` lists.
fn tokens(b: &[u8]) -> Vec<Tok> {
    let mut out = vec![];
    let mut i = 0;
    let mut list: Option<Vec<Vec<u8>>> = None;
    while i < b.len() && out.len() < 4 * MAX_CMAP_ENTRIES {
        match b[i] {
            b'%' => {
                while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                    i += 1;
                }
            }
            b'<' if b.get(i + 1) != Some(&b'<') => {
                let start = i + 1;
                let end = memchr::memchr(b'>', &b[start..]).map_or(b.len(), |p| start + p);
                let digits: Vec<u8> = b[start..end]
                    .iter()
                    .filter_map(|&c| (c as char).to_digit(16).map(|d| d as u8))
                    .collect();
                let bytes: Vec<u8> = digits
                    .chunks(2)
                    .map(|p| (p[0] << 4) | p.get(1).copied().unwrap_or(0))
                    .collect();
                match list.as_mut() {
                    Some(l) => l.push(bytes),
                    None => out.push(Tok::Hex(bytes)),
                }
                i = end + 1;
            }
            b'[' => {
                list = Some(vec![]);
                i += 1;
            }
            b']' => {
                if let Some(l) = list.take() {
                    out.push(Tok::List(l));
                }
                i += 1;
            }
            c if c.is_ascii_alphabetic() => {
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                    i += 1;
                }
                if list.is_none() {
                    out.push(Tok::Word(
                        String::from_utf8_lossy(&b[start..i]).into_owned(),
                    ));
                }
            }
            _ => i += 1,
        }
    }
    out
}

/// The base one-byte encodings (PDF 32000-1, Annex D).
fn base(name: &[u8]) -> [Option<char>; 256] {
    match name {
        b"WinAnsiEncoding" => WIN_ANSI,
        b"MacRomanEncoding" => mac_roman(),
        _ => STANDARD,
    }
}

const fn ascii() -> [Option<char>; 256] {
    let mut t = [None; 256];
    let mut i = 0x20;
    while i < 0x7F {
        t[i] = Some(i as u8 as char);
        i += 1;
    }
    t
}

const WIN_ANSI: [Option<char>; 256] = {
    let mut t = ascii();
    const HI: [char; 32] = [
        '€', '\0', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\0', 'Ž', '\0', '\0',
        '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\0', 'ž', 'Ÿ',
    ];
    let mut i = 0;
    while i < 32 {
        if HI[i] != '\0' {
            t[0x80 + i] = Some(HI[i]);
        }
        i += 1;
    }
    let mut i = 0xA0;
    while i < 0x100 {
        // Latin-1; WinAnsi draws 0xAD (soft hyphen) as a hyphen.
        t[i] = Some(if i == 0xAD { '-' } else { i as u8 as char });
        i += 1;
    }
    t
};

const STANDARD: [Option<char>; 256] = {
    let mut t = ascii();
    t[0x27] = Some('’');
    t[0x60] = Some('‘');
    const HI: [(u8, char); 54] = [
        (0xA1, '¡'),
        (0xA2, '¢'),
        (0xA3, '£'),
        (0xA4, '⁄'),
        (0xA5, '¥'),
        (0xA6, 'ƒ'),
        (0xA7, '§'),
        (0xA8, '¤'),
        (0xA9, '\''),
        (0xAA, '“'),
        (0xAB, '«'),
        (0xAC, '‹'),
        (0xAD, '›'),
        (0xAE, 'ﬁ'),
        (0xAF, 'ﬂ'),
        (0xB1, '–'),
        (0xB2, '†'),
        (0xB3, '‡'),
        (0xB4, '·'),
        (0xB6, '¶'),
        (0xB7, '•'),
        (0xB8, '‚'),
        (0xB9, '„'),
        (0xBA, '”'),
        (0xBB, '»'),
        (0xBC, '…'),
        (0xBD, '‰'),
        (0xBF, '¿'),
        (0xC1, '`'),
        (0xC2, '´'),
        (0xC3, 'ˆ'),
        (0xC4, '˜'),
        (0xC5, '¯'),
        (0xC6, '˘'),
        (0xC7, '˙'),
        (0xC8, '¨'),
        (0xCA, '˚'),
        (0xCB, '¸'),
        (0xCD, '˝'),
        (0xCE, '˛'),
        (0xCF, 'ˇ'),
        (0xD0, '—'),
        (0xE1, 'Æ'),
        (0xE3, 'ª'),
        (0xE8, 'Ł'),
        (0xE9, 'Ø'),
        (0xEA, 'Œ'),
        (0xEB, 'º'),
        (0xF1, 'æ'),
        (0xF5, 'ı'),
        (0xF8, 'ł'),
        (0xF9, 'ø'),
        (0xFA, 'œ'),
        (0xFB, 'ß'),
    ];
    let mut i = 0;
    while i < HI.len() {
        t[HI[i].0 as usize] = Some(HI[i].1);
        i += 1;
    }
    t
};

/// Mac OS Roman, 0x80–0xFF.
const MAC_HI: &str = "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u{A0}ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\u{F8FF}ÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ";

fn mac_roman() -> [Option<char>; 256] {
    let mut t = ascii();
    for (i, c) in MAC_HI.chars().enumerate().take(128) {
        t[0x80 + i] = Some(c);
    }
    t
}

/// Glyph names fonts use for punctuation and symbols (the Adobe Glyph List's common part).
const NAMES: &[(&str, char)] = &[
    ("space", ' '),
    ("exclam", '!'),
    ("quotedbl", '"'),
    ("numbersign", '#'),
    ("dollar", '$'),
    ("percent", '%'),
    ("ampersand", '&'),
    ("quotesingle", '\''),
    ("quoteright", '’'),
    ("quoteleft", '‘'),
    ("parenleft", '('),
    ("parenright", ')'),
    ("asterisk", '*'),
    ("plus", '+'),
    ("comma", ','),
    ("hyphen", '-'),
    ("period", '.'),
    ("slash", '/'),
    ("colon", ':'),
    ("semicolon", ';'),
    ("less", '<'),
    ("equal", '='),
    ("greater", '>'),
    ("question", '?'),
    ("at", '@'),
    ("bracketleft", '['),
    ("backslash", '\\'),
    ("bracketright", ']'),
    ("asciicircum", '^'),
    ("underscore", '_'),
    ("grave", '`'),
    ("braceleft", '{'),
    ("bar", '|'),
    ("braceright", '}'),
    ("asciitilde", '~'),
    ("zero", '0'),
    ("one", '1'),
    ("two", '2'),
    ("three", '3'),
    ("four", '4'),
    ("five", '5'),
    ("six", '6'),
    ("seven", '7'),
    ("eight", '8'),
    ("nine", '9'),
    ("bullet", '•'),
    ("endash", '–'),
    ("emdash", '—'),
    ("ellipsis", '…'),
    ("quotedblleft", '“'),
    ("quotedblright", '”'),
    ("quotesinglbase", '‚'),
    ("quotedblbase", '„'),
    ("guillemotleft", '«'),
    ("guillemotright", '»'),
    ("guilsinglleft", '‹'),
    ("guilsinglright", '›'),
    ("dagger", '†'),
    ("daggerdbl", '‡'),
    ("section", '§'),
    ("paragraph", '¶'),
    ("copyright", '©'),
    ("registered", '®'),
    ("trademark", '™'),
    ("degree", '°'),
    ("periodcentered", '·'),
    ("perthousand", '‰'),
    ("minus", '−'),
    ("multiply", '×'),
    ("divide", '÷'),
    ("plusminus", '±'),
    ("fraction", '⁄'),
    ("onehalf", '½'),
    ("onequarter", '¼'),
    ("threequarters", '¾'),
    ("cent", '¢'),
    ("sterling", '£'),
    ("yen", '¥'),
    ("Euro", '€'),
    ("euro", '€'),
    ("florin", 'ƒ'),
    ("currency", '¤'),
    ("exclamdown", '¡'),
    ("questiondown", '¿'),
    ("nbspace", '\u{A0}'),
    ("sfthyphen", '\u{AD}'),
    ("germandbls", 'ß'),
    ("dotlessi", 'ı'),
    ("AE", 'Æ'),
    ("ae", 'æ'),
    ("OE", 'Œ'),
    ("oe", 'œ'),
    ("Oslash", 'Ø'),
    ("oslash", 'ø'),
    ("Lslash", 'Ł'),
    ("lslash", 'ł'),
    ("Eth", 'Ð'),
    ("eth", 'ð'),
    ("Thorn", 'Þ'),
    ("thorn", 'þ'),
    ("fi", 'ﬁ'),
    ("fl", 'ﬂ'),
    ("ff", 'ﬀ'),
    ("ffi", 'ﬃ'),
    ("ffl", 'ﬄ'),
    ("ordfeminine", 'ª'),
    ("ordmasculine", 'º'),
    ("mu", 'µ'),
    ("logicalnot", '¬'),
    ("brokenbar", '¦'),
    ("dieresis", '¨'),
    ("acute", '´'),
    ("macron", '¯'),
    ("cedilla", '¸'),
    ("circumflex", 'ˆ'),
    ("tilde", '˜'),
    ("caron", 'ˇ'),
    ("breve", '˘'),
    ("dotaccent", '˙'),
    ("ring", '˚'),
    ("ogonek", '˛'),
    ("hungarumlaut", '˝'),
    ("arrowright", '→'),
    ("arrowleft", '←'),
    ("checkmark", '✓'),
    ("infinity", '∞'),
    ("notequal", '≠'),
    ("lessequal", '≤'),
    ("greaterequal", '≥'),
    ("uni00A0", '\u{A0}'),
];

/// Combining marks named by the suffixes of accented glyph names (`eacute`, `Ccedilla` …).
const ACCENTS: &[(&str, char)] = &[
    ("acute", '\u{301}'),
    ("grave", '\u{300}'),
    ("circumflex", '\u{302}'),
    ("dieresis", '\u{308}'),
    ("tilde", '\u{303}'),
    ("ring", '\u{30A}'),
    ("cedilla", '\u{327}'),
    ("caron", '\u{30C}'),
    ("macron", '\u{304}'),
    ("breve", '\u{306}'),
    ("ogonek", '\u{328}'),
    ("dotaccent", '\u{307}'),
    ("hungarumlaut", '\u{30B}'),
    ("commaaccent", '\u{326}'),
];

/// The character a glyph name stands for, when its structure or the short table says.
pub fn glyph_char(name: &[u8]) -> Option<char> {
    let name = std::str::from_utf8(name).ok()?;
    // A suffix after a period (`a.sc`, `one.oldstyle`) names a variant of the same character.
    let name = name.split('.').next().filter(|n| !n.is_empty())?;
    if let Some(&(_, c)) = NAMES.iter().find(|(n, _)| *n == name) {
        return Some(c);
    }
    if name.len() == 1 && name.as_bytes()[0].is_ascii_alphabetic() {
        return name.chars().next();
    }
    let hex = |s: &str| u32::from_str_radix(s, 16).ok().and_then(char::from_u32);
    if let Some(h) = name.strip_prefix("uni") {
        // `uniXXXX` (several groups name a ligature: the first is kept).
        if h.len() >= 4 && h.is_char_boundary(4) {
            return hex(&h[..4]);
        }
    }
    if let Some(h) = name.strip_prefix('u') {
        if (4..=6).contains(&h.len()) && h.bytes().all(|b| b.is_ascii_hexdigit()) {
            return hex(h);
        }
    }
    for (suffix, mark) in ACCENTS {
        if let Some(letter) = name.strip_suffix(suffix) {
            if letter.len() == 1 && letter.as_bytes()[0].is_ascii_alphabetic() {
                let s: String = [letter.chars().next()?, *mark].iter().collect();
                let composed: Vec<char> = s.nfc().collect();
                if composed.len() == 1 {
                    return Some(composed[0]);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mac_roman_has_128_upper_characters() {
        assert_eq!(MAC_HI.chars().count(), 128);
        assert_eq!(mac_roman()[0x8E], Some('é'));
        assert_eq!(mac_roman()[0xD5], Some('’'));
    }

    #[test]
    fn glyph_names_from_their_structure() {
        assert_eq!(glyph_char(b"eacute"), Some('é'));
        assert_eq!(glyph_char(b"Ccedilla"), Some('Ç'));
        assert_eq!(glyph_char(b"uni2019"), Some('’'));
        assert_eq!(glyph_char(b"uni00410042"), Some('A'));
        assert_eq!(glyph_char(b"u1F600"), Some('😀'));
        assert_eq!(glyph_char(b"quoteright"), Some('’'));
        assert_eq!(glyph_char(b"a.sc"), Some('a'));
        assert_eq!(glyph_char(b"g23"), None);
        assert_eq!(glyph_char(b"uniZZZZ"), None);
    }

    #[test]
    fn cmap_chars_ranges_and_lists() {
        let cmap = Cmap::parse(
            b"/CIDInit /ProcSet findresource begin 1 begincodespacerange <0000> <FFFF> endcodespacerange\n\
              2 beginbfchar <0003> <0020> <0024> <D83DDE00> endbfchar\n\
              2 beginbfrange <0010> <0012> <0041> <0020> <0021> [<2018> <2019>] endbfrange end",
        );
        let mut s = String::new();
        cmap.decode(&[0, 0x10, 0, 0x12, 0, 3, 0, 0x24, 0, 0x21, 0, 0x99], &mut s);
        assert_eq!(s, "AC 😀’");
    }

    #[test]
    fn one_byte_cmap_without_code_space() {
        let cmap = Cmap::parse(b"1 beginbfchar <41> <0391> endbfchar");
        let mut s = String::new();
        cmap.decode(b"AA", &mut s);
        assert_eq!(s, "ΑΑ");
    }
}
