//! Documents, e-mails and text files: the text a person reads (and the text they never see) is
//! taken out of the file, located in the document's own terms (page, paragraph, `Sheet!B3`,
//! slide, e-mail part) and checked by the text checker; hidden text is reported by technique.
//!
//! Readers: Office Open XML (`.docx`, `.xlsx`, `.pptx`) and OpenDocument (`.odt`, `.ods`,
//! `.odp`) through the zip reader and quick-xml; e-mail (`.eml`, `.mbox`) through mail-parser;
//! PDF through lopdf (text operators with their render mode, colour, size and position); HTML
//! and RTF by small readers here (no maintained Rust crate reads either with styles).

pub mod check;
pub mod html;
pub mod mail;
pub mod odf;
pub mod ooxml;
pub mod pdf;
pub mod pdf_font;
pub mod rtf;
pub mod words;
pub mod xml;

/// Largest document read into memory; larger ones are reported as not checked.
pub const MAX_DOC: usize = 64 << 20;
/// Largest single part (an XML member of an Office file) inflated.
pub const MAX_PART: u64 = 48 << 20;
/// Most parts (paragraphs, cells, text runs) kept from one document.
pub const MAX_PARTS: usize = 400_000;

/// How a piece of text is kept from the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Technique {
    /// Formatting that makes it invisible: hidden runs, white or background-coloured text,
    /// tiny fonts, CSS `display:none`, PDF render mode 3.
    Formatting,
    /// Spreadsheet parts a reader does not see: hidden and very hidden sheets, hidden rows and
    /// columns.
    SheetHidden,
    /// Placed where it is not seen: off the slide or page, under another shape.
    Placement,
    /// Parts of the file a reader of the document never sees: comments, properties, alt text,
    /// speaker notes, HTML comments.
    Unseen,
}

#[derive(Debug, Clone)]
pub struct Hidden {
    pub technique: Technique,
    /// In words: "hidden run (w:vanish)", "white text on a white page", "very hidden sheet".
    pub how: String,
}

/// A piece of a document's text and where it is.
#[derive(Debug, Clone)]
pub struct Part {
    /// "paragraph 3", "Sheet1!B2", "slide 2 notes", "page 1", "e-mail part 2 (text/html)".
    pub place: String,
    pub text: String,
    pub hidden: Option<Hidden>,
}

impl Part {
    pub fn shown(place: impl Into<String>, text: impl Into<String>) -> Part {
        Part {
            place: place.into(),
            text: text.into(),
            hidden: None,
        }
    }
    pub fn hidden(
        place: impl Into<String>,
        text: impl Into<String>,
        t: Technique,
        how: impl Into<String>,
    ) -> Part {
        Part {
            place: place.into(),
            text: text.into(),
            hidden: Some(Hidden {
                technique: t,
                how: how.into(),
            }),
        }
    }
}

/// Two parts that should say the same (an e-mail's plain-text and HTML alternatives).
#[derive(Debug, Clone)]
pub struct Alternative {
    pub plain: Vec<usize>,
    pub html: Vec<usize>,
    pub place: String,
}

/// A file inside the document to be checked on its own (an e-mail attachment).
pub struct Attachment {
    pub name: String,
    pub bytes: Vec<u8>,
}

#[derive(Default)]
pub struct Document {
    pub kind: &'static str,
    pub parts: Vec<Part>,
    /// Parts of the file that could not be read, and why (nothing is claimed about them).
    pub not_read: Vec<String>,
    pub alternatives: Vec<Alternative>,
    pub attachments: Vec<Attachment>,
}

impl Document {
    pub fn new(kind: &'static str) -> Document {
        Document {
            kind,
            ..Default::default()
        }
    }
    pub fn push(&mut self, p: Part) {
        if p.text.trim().is_empty() {
            return;
        }
        if self.parts.len() >= MAX_PARTS {
            if self.parts.len() == MAX_PARTS {
                self.not_read.push(format!(
                    "more than {} pieces of text: the rest was not read",
                    MAX_PARTS
                ));
                self.parts.push(Part::shown("", " "));
            }
            return;
        }
        self.parts.push(p);
    }
}

fn ext(name: &str) -> String {
    let last = name.rsplit(['/', '!', '\\']).next().unwrap_or(name);
    match last.rsplit_once('.') {
        Some((_, e)) => e.to_ascii_lowercase(),
        None => String::new(),
    }
}

/// The document kind of a file, from its name and first bytes; `None` for anything else
/// (archives, code, executables, unknown bytes), which the bundle scanner reads.
/// `in_archive`: structured data files (`.json`, `.xml`, `.yaml`) inside packages are data for
/// programs, not text for people, and stay with the bundle scanner.
pub fn kind_of(name: &str, head: &[u8], in_archive: bool) -> Option<&'static str> {
    let e = ext(name);
    let zip = head.starts_with(b"PK\x03\x04");
    let cfb = head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    match e.as_str() {
        "docx" | "xlsx" | "pptx" | "doc" | "xls" | "ppt" | "docm" | "xlsm" | "pptm" if cfb => {
            Some("ole")
        }
        "docx" | "docm" | "dotx" | "dotm" if zip => Some("docx"),
        "xlsx" | "xlsm" | "xltx" | "xltm" if zip => Some("xlsx"),
        "pptx" | "pptm" | "potx" | "ppsx" if zip => Some("pptx"),
        "odt" | "ott" if zip => Some("odt"),
        "ods" | "ots" if zip => Some("ods"),
        "odp" | "otp" if zip => Some("odp"),
        "msg" if cfb => Some("outlook-msg"),
        "eml" | "msg" if !zip => Some("eml"),
        "mbox" | "mbx" => Some("mbox"),
        "html" | "htm" | "xhtml" | "mht" => Some("html"),
        "rtf" => Some("rtf"),
        "pdf" => Some("pdf"),
        "txt" | "text" | "md" | "markdown" | "rst" | "csv" | "tsv" | "srt" | "vtt" | "log" => {
            Some("text")
        }
        "json" | "xml" | "yaml" | "yml" | "ini" | "toml" | "jsonl" | "ndjson" if !in_archive => {
            Some("text")
        }
        _ => {
            if head.starts_with(b"%PDF-") {
                Some("pdf")
            } else if head.starts_with(b"{\\rtf") {
                Some("rtf")
            } else {
                None
            }
        }
    }
}

/// Read a document of `kind` from its bytes.
pub fn extract(kind: &'static str, bytes: &[u8]) -> Result<Document, String> {
    match kind {
        "docx" | "xlsx" | "pptx" => ooxml::read(kind, bytes),
        "odt" | "ods" | "odp" => odf::read(kind, bytes),
        "eml" => mail::read_eml(bytes),
        "mbox" => mail::read_mbox(bytes),
        "html" => {
            let (t, _) = crate::input::decode(bytes);
            let mut d = Document::new("html");
            html::read(&t, "", &mut d);
            Ok(d)
        }
        "rtf" => rtf::read(bytes),
        "pdf" => pdf::read(bytes),
        "ole" => Err("a password-protected Office file, or the old binary .doc/.xls/.ppt format: its text cannot be read here".into()),
        "outlook-msg" => Err("an Outlook .msg file (Microsoft's binary format): its text cannot be read here; save the message as .eml and check that".into()),
        other => Err(format!("no reader for {}", other)),
    }
}

/// Members of a zip (Office and OpenDocument files), read whole up to [`MAX_PART`] each.
pub struct Zip<'a> {
    z: zip::ZipArchive<std::io::Cursor<&'a [u8]>>,
}

impl<'a> Zip<'a> {
    pub fn open(bytes: &'a [u8]) -> Result<Zip<'a>, String> {
        zip::ZipArchive::new(std::io::Cursor::new(bytes))
            .map(|z| Zip { z })
            .map_err(|e| format!("not a readable zip container: {}", e))
    }
    pub fn names(&self) -> Vec<String> {
        self.z.file_names().map(str::to_string).collect()
    }
    /// A member's bytes; `Ok(None)` when absent.
    pub fn get(&mut self, name: &str) -> Result<Option<Vec<u8>>, String> {
        use std::io::Read;
        let mut f = match self.z.by_name(name) {
            Ok(f) => f,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(format!("{}: {}", name, e)),
        };
        if f.encrypted() {
            return Err(format!("{}: encrypted", name));
        }
        if f.size() > MAX_PART {
            return Err(format!(
                "{}: {} bytes, over the {} MiB limit for one part",
                name,
                f.size(),
                MAX_PART >> 20
            ));
        }
        let mut v = Vec::with_capacity(f.size() as usize);
        (&mut f)
            .take(MAX_PART)
            .read_to_end(&mut v)
            .map_err(|e| format!("{}: {}", name, e))?;
        Ok(Some(v))
    }
}

/// Read a member as XML events; a broken member keeps what was read and says so.
pub fn xml_member(z: &mut Zip<'_>, name: &str, d: &mut Document) -> Option<Vec<xml::Ev>> {
    match z.get(name) {
        Ok(Some(b)) => match xml::events(&b) {
            Ok(ev) => Some(ev),
            Err((why, partial)) => {
                d.not_read.push(format!("{}: {}", name, why));
                Some(partial)
            }
        },
        Ok(None) => None,
        Err(e) => {
            d.not_read.push(e);
            None
        }
    }
}

/// Column letters of a 1-based column number (`1` → `A`, `28` → `AB`).
pub fn col_name(mut n: u32) -> String {
    let mut s = Vec::new();
    while n > 0 {
        let r = ((n - 1) % 26) as u8;
        s.push(b'A' + r);
        n = (n - 1) / 26;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// Whether a colour (`FFFFFF`, `#fff`, `white`, `rgb(255,255,255)`, `FFFFFFFF` ARGB) is white
/// or nearly so.
pub fn is_white(c: &str) -> bool {
    match parse_color(c) {
        Some((r, g, b)) => r >= 0xF4 && g >= 0xF4 && b >= 0xF4,
        None => false,
    }
}

/// A colour as RGB, from the forms documents use.
pub fn parse_color(c: &str) -> Option<(u8, u8, u8)> {
    let c = c.trim().trim_start_matches('#').to_ascii_lowercase();
    let hex = |s: &str| u8::from_str_radix(s, 16).ok();
    match c.as_str() {
        "white" => return Some((255, 255, 255)),
        "black" => return Some((0, 0, 0)),
        "transparent" => return None,
        _ => {}
    }
    if let Some(inner) = c.strip_prefix("rgb(").or_else(|| c.strip_prefix("rgba(")) {
        let v: Vec<u8> = inner
            .trim_end_matches(')')
            .split(',')
            .take(3)
            .filter_map(|x| x.trim().parse::<f64>().ok())
            .map(|x| x.clamp(0.0, 255.0) as u8)
            .collect();
        return (v.len() == 3).then(|| (v[0], v[1], v[2]));
    }
    if !c.chars().all(|x| x.is_ascii_hexdigit()) {
        return None;
    }
    match c.len() {
        3 => {
            let d: Vec<u8> = c
                .chars()
                .filter_map(|x| x.to_digit(16))
                .map(|x| (x * 17) as u8)
                .collect();
            Some((d[0], d[1], d[2]))
        }
        6 => Some((hex(&c[0..2])?, hex(&c[2..4])?, hex(&c[4..6])?)),
        8 => Some((hex(&c[2..4])?, hex(&c[4..6])?, hex(&c[6..8])?)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn colours_and_columns() {
        assert!(
            is_white("FFFFFF")
                && is_white("#fff")
                && is_white("FFFFFFFF")
                && is_white("rgb(255, 255, 255)")
        );
        assert!(!is_white("000000") && !is_white("auto") && !is_white("#ff0000"));
        assert_eq!(col_name(1), "A");
        assert_eq!(col_name(28), "AB");
        assert_eq!(
            kind_of("a/b/Report.DOCX", b"PK\x03\x04", false),
            Some("docx")
        );
        assert_eq!(kind_of("pkg.tgz!package/data.json", b"{", true), None);
        assert_eq!(kind_of("x.bin", b"%PDF-1.7", false), Some("pdf"));
    }
}
