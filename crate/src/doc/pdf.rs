//! PDF through lopdf: every page's content stream is followed operator by operator with the
//! text state (font, size, matrices, render mode, fill colour), so each piece of text is known
//! with how it is drawn. Text drawn invisible (render mode 3 or 7), in white, tiny (under 1.5
//! pt on the page) or outside the page box is a hidden part. A page that is an image with an
//! invisible text layer over it (a scan with OCR) is read as ordinary text. Metadata fields
//! and annotation texts are parts a reader does not see.

use super::pdf_font::FontText;
use super::{Document, Part, Technique};
use lopdf::{Document as Pdf, Object};
use std::collections::BTreeMap;

/// Most pages read; most operators followed per page.
pub const MAX_PAGES: usize = 5_000;
pub const MAX_OPS: usize = 2_000_000;

type M = [f32; 6];

fn mul(a: &M, b: &M) -> M {
    [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
}

const ID: M = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

fn num(o: &Object) -> f32 {
    match o {
        Object::Integer(i) => *i as f32,
        Object::Real(r) => *r,
        _ => 0.0,
    }
}

#[derive(Clone)]
struct Gs {
    ctm: M,
    fill: Vec<f32>,
    tr: i64,
    font: Vec<u8>,
    size: f32,
    leading: f32,
}

fn white(fill: &[f32]) -> bool {
    match fill.len() {
        1 => fill[0] >= 0.97,
        3 => fill.iter().all(|x| *x >= 0.97),
        4 => fill.iter().all(|x| *x <= 0.03),
        _ => false,
    }
}

fn media_box(doc: &Pdf, page: lopdf::ObjectId) -> [f32; 4] {
    let mut id = Some(page);
    for _ in 0..32 {
        let Some(i) = id else { break };
        let Ok(d) = doc.get_dictionary(i) else { break };
        if let Ok(mb) = d.get(b"MediaBox").and_then(|o| match o {
            Object::Reference(r) => doc.get_object(*r),
            o => Ok(o),
        }) {
            if let Object::Array(a) = mb {
                if a.len() == 4 {
                    let v: Vec<f32> = a.iter().map(num).collect();
                    return [
                        v[0].min(v[2]),
                        v[1].min(v[3]),
                        v[0].max(v[2]),
                        v[1].max(v[3]),
                    ];
                }
            }
        }
        id = d.get(b"Parent").ok().and_then(|p| p.as_reference().ok());
    }
    [0.0, 0.0, 612.0, 792.0]
}

fn text_of(o: &Object, doc: &Pdf) -> Option<String> {
    let o = match o {
        Object::Reference(r) => doc.get_object(*r).ok()?,
        o => o,
    };
    match o {
        Object::String(b, _) => {
            if b.starts_with(&[0xFE, 0xFF]) {
                let u: Vec<u16> = b[2..]
                    .chunks(2)
                    .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
                    .collect();
                Some(String::from_utf16_lossy(&u))
            } else {
                Some(b.iter().map(|&c| pdf_doc_char(c)).collect())
            }
        }
        _ => None,
    }
}

/// PDFDocEncoding (the encoding of text strings without a byte-order mark).
fn pdf_doc_char(c: u8) -> char {
    const HI: &str = "•†‡…—–ƒ⁄‹›−‰„“”‘’‚™ﬁﬂŁŒŠŸŽıłœšž";
    const LOW: &str = "˘ˇˆ˙˝˛˚˜";
    match c {
        0x18..=0x1F => LOW.chars().nth((c - 0x18) as usize).unwrap_or('\u{fffd}'),
        0x80..=0x9E => HI.chars().nth((c - 0x80) as usize).unwrap_or('\u{fffd}'),
        0xA0 => '€',
        _ => c as char,
    }
}

pub fn read(bytes: &[u8]) -> Result<Document, String> {
    let mut doc = Pdf::load_mem(bytes).map_err(|e| format!("not a readable PDF: {}", e))?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err("the PDF is encrypted and needs a password: its text could not be read".into());
    }
    let mut d = Document::new("pdf");
    // Metadata.
    if let Ok(info) = doc
        .trailer
        .get(b"Info")
        .and_then(|o| o.as_reference())
        .and_then(|r| doc.get_dictionary(r))
    {
        for k in ["Title", "Subject", "Keywords", "Author", "Creator"] {
            if let Some(t) = info.get(k.as_bytes()).ok().and_then(|o| text_of(o, &doc)) {
                d.push(Part::hidden(
                    format!("document property {}", k),
                    t,
                    Technique::Unseen,
                    "a document property, not shown on any page",
                ));
            }
        }
    }
    let pages: BTreeMap<u32, lopdf::ObjectId> = doc.get_pages();
    if pages.len() > MAX_PAGES {
        d.not_read.push(format!(
            "{} pages: only the first {} were read",
            pages.len(),
            MAX_PAGES
        ));
    }
    for (&no, &pid) in pages.iter().take(MAX_PAGES) {
        let place = format!("page {}", no);
        let mb = media_box(&doc, pid);
        let fonts = doc.get_page_fonts(pid).unwrap_or_default();
        let mut encs = BTreeMap::new();
        for (name, f) in &fonts {
            match FontText::of(f, &doc) {
                Ok(e) => {
                    encs.insert(name.clone(), e);
                }
                Err(why) => d.not_read.push(format!(
                    "{}: the text of font {} could not be decoded ({})",
                    place,
                    String::from_utf8_lossy(name),
                    why
                )),
            }
        }
        let content = match doc.get_and_decode_page_content(pid) {
            Ok(c) => c,
            Err(e) => {
                d.not_read
                    .push(format!("{}: content could not be decoded ({})", place, e));
                continue;
            }
        };
        if content.operations.len() > MAX_OPS {
            d.not_read.push(format!(
                "{}: more than {} drawing operations; the rest were not read",
                place, MAX_OPS
            ));
        }
        let mut gs = Gs {
            ctm: ID,
            fill: vec![0.0],
            tr: 0,
            font: vec![],
            size: 12.0,
            leading: 0.0,
        };
        let mut stack: Vec<Gs> = vec![];
        let (mut tm, mut tlm) = (ID, ID);
        let mut images = 0usize;
        // (text, hiding) in drawing order.
        let mut runs: Vec<(String, Option<(Technique, String)>)> = vec![];
        let mut last_y: Option<f32> = None;
        for op in content.operations.iter().take(MAX_OPS) {
            let a = &op.operands;
            match op.operator.as_str() {
                "q" => stack.push(gs.clone()),
                "Q" => {
                    if let Some(g) = stack.pop() {
                        gs = g;
                    }
                }
                "cm" if a.len() == 6 => {
                    let m: M = [
                        num(&a[0]),
                        num(&a[1]),
                        num(&a[2]),
                        num(&a[3]),
                        num(&a[4]),
                        num(&a[5]),
                    ];
                    gs.ctm = mul(&m, &gs.ctm);
                }
                "g" => gs.fill = a.iter().map(num).collect(),
                "rg" | "k" | "sc" | "scn" => {
                    gs.fill = a
                        .iter()
                        .filter(|o| !matches!(o, Object::Name(_)))
                        .map(num)
                        .collect()
                }
                "cs" => gs.fill = vec![0.0],
                "Do" => images += 1,
                "BT" => {
                    tm = ID;
                    tlm = ID;
                }
                "Tf" if a.len() == 2 => {
                    gs.font = a[0].as_name().map(|n| n.to_vec()).unwrap_or_default();
                    gs.size = num(&a[1]);
                }
                "Tr" if !a.is_empty() => gs.tr = num(&a[0]) as i64,
                "TL" if !a.is_empty() => gs.leading = num(&a[0]),
                "Tm" if a.len() == 6 => {
                    tm = [
                        num(&a[0]),
                        num(&a[1]),
                        num(&a[2]),
                        num(&a[3]),
                        num(&a[4]),
                        num(&a[5]),
                    ];
                    tlm = tm;
                }
                "Td" | "TD" if a.len() == 2 => {
                    let (tx, ty) = (num(&a[0]), num(&a[1]));
                    if op.operator == "TD" {
                        gs.leading = -ty;
                    }
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, tx, ty], &tlm);
                    tm = tlm;
                }
                "T*" => {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                    tm = tlm;
                }
                "Tj" | "TJ" | "'" | "\"" => {
                    if op.operator == "'" || op.operator == "\"" {
                        tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                        tm = tlm;
                    }
                    let Some(enc) = encs.get(&gs.font) else {
                        continue;
                    };
                    let mut s = String::new();
                    for o in a {
                        match o {
                            Object::String(b, _) => enc.decode(b, &mut s),
                            Object::Array(items) => {
                                for it in items {
                                    match it {
                                        Object::String(b, _) => enc.decode(b, &mut s),
                                        o if num(o) < -180.0 && !s.ends_with(' ') => s.push(' '),
                                        _ => {}
                                    }
                                }
                            }
                            _ => {}
                        }
                    }
                    if s.is_empty() {
                        continue;
                    }
                    let full = mul(&tm, &gs.ctm);
                    let (x, y) = (full[4], full[5]);
                    let scale = (full[0] * full[3] - full[1] * full[2]).abs().sqrt();
                    let size = gs.size.abs() * scale;
                    let how = if gs.tr == 3 || gs.tr == 7 {
                        Some((
                            Technique::Formatting,
                            format!("text drawn invisible (PDF text render mode {})", gs.tr),
                        ))
                    } else if size > 0.0 && size < 1.5 {
                        Some((Technique::Formatting, format!("tiny text ({:.1} pt)", size)))
                    } else if matches!(gs.tr, 0 | 2 | 4 | 6) && white(&gs.fill) {
                        Some((
                            Technique::Formatting,
                            "white text on a white page".to_string(),
                        ))
                    } else if x < mb[0] - 1.0
                        || x > mb[2] + 1.0
                        || y < mb[1] - 1.0
                        || y > mb[3] + 1.0
                    {
                        Some((
                            Technique::Placement,
                            "text placed outside the page (never shown or printed)".to_string(),
                        ))
                    } else {
                        None
                    };
                    let newline = last_y.is_some_and(|ly| (ly - y).abs() > size.max(1.0) * 0.5);
                    last_y = Some(y);
                    match runs.last_mut() {
                        Some((t, h)) if h.as_ref().map(|x| &x.1) == how.as_ref().map(|x| &x.1) => {
                            if newline {
                                t.push('\n');
                            } else if !t.ends_with(' ') && !s.starts_with(' ') {
                                t.push(' ');
                            }
                            t.push_str(&s);
                        }
                        _ => runs.push((s, how)),
                    }
                }
                _ => {}
            }
        }
        // A scanned page: an image with only invisible text over it is its OCR layer.
        let visible: usize = runs
            .iter()
            .filter(|r| r.1.is_none())
            .map(|r| r.0.trim().len())
            .sum();
        let ocr = images > 0
            && visible == 0
            && runs
                .iter()
                .all(|r| r.1.as_ref().is_none_or(|h| h.1.contains("render mode 3")));
        for (t, how) in runs {
            match how {
                Some((tech, h)) if !ocr => d.push(Part::hidden(place.clone(), t, tech, h)),
                _ => d.push(Part::shown(place.clone(), t)),
            }
        }
        // Annotation texts (sticky notes, free text), not links.
        if let Ok(annots) = doc.get_page_annotations(pid) {
            for an in annots {
                let sub = an.get(b"Subtype").and_then(|o| o.as_name()).unwrap_or(b"");
                if sub == b"Link" || sub == b"Widget" {
                    continue;
                }
                if let Some(t) = an.get(b"Contents").ok().and_then(|o| text_of(o, &doc)) {
                    d.push(Part::hidden(
                        format!("comment on page {}", no),
                        t,
                        Technique::Unseen,
                        "a PDF annotation (a comment shown only when opened)",
                    ));
                }
            }
        }
    }
    Ok(d)
}
