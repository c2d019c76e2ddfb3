//! Office Open XML: Word (`.docx`), Excel (`.xlsx`) and PowerPoint (`.pptx`) files, read as
//! the zip of XML parts they are. What a reader sees is kept as shown parts; what they do not
//! see (hidden runs, white or tiny text, hidden sheets, rows and columns, text off the slide or
//! under a shape, comments, notes, properties, alt text) as hidden parts, with how it is hidden.

use super::xml::{attr, Ev};
use super::{col_name, is_white, xml_member, Document, Part, Technique, Zip};
use std::collections::HashMap;

pub fn read(kind: &'static str, bytes: &[u8]) -> Result<Document, String> {
    let mut z = Zip::open(bytes)?;
    let mut d = Document::new(kind);
    match kind {
        "docx" => docx(&mut z, &mut d)?,
        "xlsx" => xlsx(&mut z, &mut d)?,
        _ => pptx(&mut z, &mut d)?,
    }
    properties(&mut z, &mut d);
    Ok(d)
}

/// `Id → Target` of a relationships part.
fn rels(z: &mut Zip<'_>, name: &str, d: &mut Document) -> HashMap<String, String> {
    let mut m = HashMap::new();
    if let Some(ev) = xml_member(z, name, d) {
        for e in ev {
            if let Ev::Start(n, a) = e {
                if n == "Relationship" {
                    if let (Some(i), Some(t)) = (attr(&a, "Id"), attr(&a, "Target")) {
                        m.insert(i.to_string(), t.to_string());
                    }
                }
            }
        }
    }
    m
}

/// Resolve a relationship target against the folder of the part that names it.
fn resolve(base_dir: &str, target: &str) -> String {
    if let Some(t) = target.strip_prefix('/') {
        return t.to_string();
    }
    let mut parts: Vec<&str> = base_dir.split('/').filter(|s| !s.is_empty()).collect();
    for seg in target.split('/') {
        match seg {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    parts.join("/")
}

const PROP_SKIP: &[&str] = &[
    "created",
    "modified",
    "revision",
    "TotalTime",
    "Pages",
    "Words",
    "Characters",
    "Application",
    "DocSecurity",
    "Lines",
    "Paragraphs",
    "ScaleCrop",
    "LinksUpToDate",
    "CharactersWithSpaces",
    "SharedDoc",
    "HyperlinksChanged",
    "AppVersion",
    "Slides",
    "Notes",
    "HiddenSlides",
    "MMClips",
    "PresentationFormat",
    "lastPrinted",
    "TitlesOfParts",
    "HeadingPairs",
    "Template",
];

/// Document properties (title, subject, keywords, comments, author, company, custom ones):
/// kept as unseen parts, so the text checker sees them and instructions in them are found.
fn properties(z: &mut Zip<'_>, d: &mut Document) {
    for part in [
        "docProps/core.xml",
        "docProps/app.xml",
        "docProps/custom.xml",
    ] {
        let Some(ev) = xml_member(z, part, d) else {
            continue;
        };
        let mut stack: Vec<String> = vec![];
        let mut custom_name: Option<String> = None;
        for e in ev {
            match e {
                Ev::Start(n, a) => {
                    if n == "property" {
                        custom_name = attr(&a, "name").map(str::to_string);
                    }
                    stack.push(n);
                }
                Ev::End(_) => {
                    stack.pop();
                }
                Ev::Text(t) => {
                    let Some(n) = stack.last() else { continue };
                    // Counts, dates, versions, the application's name and the list of sheet or
                    // slide titles (shown in the file anyway) say nothing.
                    if stack.iter().any(|s| PROP_SKIP.contains(&s.as_str()))
                        || t.trim().parse::<f64>().is_ok()
                    {
                        continue;
                    }
                    let label = match (&custom_name, part.ends_with("custom.xml")) {
                        (Some(c), true) => format!("custom property \"{}\"", c),
                        _ => format!("document property {}", n),
                    };
                    d.push(Part::hidden(
                        label,
                        t,
                        Technique::Unseen,
                        "a document property (File → Info), not shown in the document",
                    ));
                }
            }
        }
    }
}

// ---------------------------------------------------------------- Word

#[derive(Default, Clone, Copy)]
struct RunFmt {
    vanish: Option<bool>,
    white: Option<bool>,
    /// Size in half-points.
    sz: Option<u32>,
    shaded: Option<bool>,
}

impl RunFmt {
    fn over(self, base: RunFmt) -> RunFmt {
        RunFmt {
            vanish: self.vanish.or(base.vanish),
            white: self.white.or(base.white),
            sz: self.sz.or(base.sz),
            shaded: self.shaded.or(base.shaded),
        }
    }
    /// How this formatting hides text, if it does (`page_white`: the page is white).
    fn hides(&self, page_white: bool, shaded_ctx: bool) -> Option<String> {
        if self.vanish == Some(true) {
            return Some("a hidden run (Word's \"Hidden\" font setting, w:vanish)".into());
        }
        if let Some(s) = self.sz {
            if s < 4 {
                return Some(format!("a tiny font ({} pt)", s as f32 / 2.0));
            }
        }
        if self.white == Some(true) && page_white && self.shaded != Some(true) && !shaded_ctx {
            return Some("white text on a white page".into());
        }
        None
    }
}

/// Read a run-properties element's children into a format.
fn rpr_child(n: &str, a: &[(String, String)], f: &mut RunFmt) {
    let on =
        |a: &[(String, String)]| !matches!(attr(a, "val"), Some("0") | Some("false") | Some("off"));
    match n {
        "vanish" | "specVanish" => f.vanish = Some(on(a)),
        "color" => {
            let v = attr(a, "val").unwrap_or("");
            let theme = attr(a, "themeColor").unwrap_or("");
            f.white = Some(is_white(v) || matches!(theme, "background1" | "light1"));
        }
        "sz" => f.sz = attr(a, "val").and_then(|v| v.parse().ok()),
        "shd" => {
            let fill = attr(a, "fill").unwrap_or("auto");
            f.shaded = Some(fill != "auto" && !is_white(fill));
        }
        "highlight" => {
            let v = attr(a, "val").unwrap_or("none");
            f.shaded = Some(v != "none" && v != "white");
        }
        _ => {}
    }
}

/// Character formats of the document's styles (`styleId → format`), with `basedOn` followed.
fn word_styles(z: &mut Zip<'_>, d: &mut Document) -> HashMap<String, RunFmt> {
    let mut own: HashMap<String, (RunFmt, Option<String>)> = HashMap::new();
    let mut default = RunFmt::default();
    if let Some(ev) = xml_member(z, "word/styles.xml", d) {
        let mut cur: Option<String> = None;
        let mut based: Option<String> = None;
        let mut f = RunFmt::default();
        let mut in_rpr = false;
        let mut in_default = false;
        for e in ev {
            match e {
                Ev::Start(n, a) => match n.as_str() {
                    "style" => {
                        cur = attr(&a, "styleId").map(str::to_string);
                        based = None;
                        f = RunFmt::default();
                    }
                    "rPrDefault" => in_default = true,
                    "basedOn" => based = attr(&a, "val").map(str::to_string),
                    "rPr" => in_rpr = true,
                    _ if in_rpr => {
                        if in_default {
                            rpr_child(&n, &a, &mut default)
                        } else {
                            rpr_child(&n, &a, &mut f)
                        }
                    }
                    _ => {}
                },
                Ev::End(n) => match n.as_str() {
                    "rPr" => in_rpr = false,
                    "rPrDefault" => in_default = false,
                    "style" => {
                        if let Some(c) = cur.take() {
                            own.insert(c, (f, based.take()));
                        }
                    }
                    _ => {}
                },
                _ => {}
            }
        }
    }
    let mut out = HashMap::new();
    for k in own.keys() {
        let mut f = RunFmt::default();
        let mut at = Some(k.clone());
        let mut hops = 0;
        while let Some(s) = at {
            let Some((g, b)) = own.get(&s) else { break };
            f = f.over(*g);
            at = b.clone();
            hops += 1;
            if hops > 16 {
                break;
            }
        }
        out.insert(k.clone(), f.over(default));
    }
    out.insert(String::new(), default);
    out
}

/// One Word XML part (body, header, footer, comments, notes): paragraphs with their shown and
/// hidden text. `place` names a paragraph from its number.
struct WordWalk<'s> {
    styles: &'s HashMap<String, RunFmt>,
    page_white: bool,
    page_color: Option<String>,
}

impl WordWalk<'_> {
    fn walk(
        &self,
        ev: &[Ev],
        label: &dyn Fn(usize) -> String,
        d: &mut Document,
        unseen: Option<&str>,
    ) {
        let mut para = 0usize;
        let mut p_style = RunFmt::default();
        let mut r_fmt = RunFmt::default();
        let mut in_rpr = false;
        let mut in_ppr = false;
        let mut in_run = false;
        let mut in_t = false;
        let mut shaded_depth: Vec<bool> = vec![];
        let mut shown = String::new();
        let mut hidden: Vec<(String, String)> = vec![];
        let mut pic = 0usize;
        let default = self.styles.get("").copied().unwrap_or_default();
        let flush = |d: &mut Document,
                     para: usize,
                     shown: &mut String,
                     hidden: &mut Vec<(String, String)>| {
            let place = label(para);
            match unseen {
                Some(how) => {
                    let mut all = std::mem::take(shown);
                    for (t, _) in hidden.drain(..) {
                        all.push_str(&t);
                    }
                    d.push(Part::hidden(place, all, Technique::Unseen, how));
                }
                None => {
                    d.push(Part::shown(place.clone(), std::mem::take(shown)));
                    for (t, how) in hidden.drain(..) {
                        d.push(Part::hidden(place.clone(), t, Technique::Formatting, how));
                    }
                }
            }
        };
        for e in ev {
            match e {
                Ev::Start(n, a) => match n.as_str() {
                    "p" => {
                        para += 1;
                        p_style = default;
                    }
                    "pPr" => in_ppr = true,
                    "pStyle" if in_ppr => {
                        if let Some(s) = attr(a, "val").and_then(|v| self.styles.get(v)) {
                            p_style = *s;
                        }
                    }
                    "shd" if in_ppr && !in_rpr => {
                        let fill = attr(a, "fill").unwrap_or("auto");
                        if fill != "auto" && !is_white(fill) {
                            p_style.shaded = Some(true);
                        }
                    }
                    "tcPr" => {}
                    "r" => {
                        in_run = true;
                        r_fmt = RunFmt::default();
                    }
                    "rPr" => in_rpr = true,
                    "rStyle" if in_rpr && in_run => {
                        if let Some(s) = attr(a, "val").and_then(|v| self.styles.get(v)) {
                            r_fmt = r_fmt.over(*s);
                        }
                    }
                    "color" if in_rpr && in_run => {
                        // Text coloured like a coloured page background.
                        let v = attr(a, "val").unwrap_or("");
                        let same_as_page = self
                            .page_color
                            .as_deref()
                            .is_some_and(|p| p.eq_ignore_ascii_case(v) && !v.is_empty());
                        let mut f = RunFmt::default();
                        rpr_child(n, a, &mut f);
                        if same_as_page {
                            f.white = Some(true);
                        }
                        r_fmt.white = f.white;
                    }
                    _ if in_rpr && in_run => rpr_child(n, a, &mut r_fmt),
                    "t" if in_run => in_t = true,
                    "tab" if in_run => shown.push('\t'),
                    "br" | "cr" if in_run => shown.push('\n'),
                    "shd" if !in_rpr => {
                        let fill = attr(a, "fill").unwrap_or("auto");
                        shaded_depth.push(fill != "auto" && !is_white(fill));
                    }
                    "docPr" | "cNvPr" => {
                        pic += 1;
                        for k in ["descr", "title"] {
                            if let Some(v) = attr(a, k) {
                                d.push(Part::hidden(
                                    format!("alt text of picture {} (near {})", pic, label(para.max(1))),
                                    v,
                                    Technique::Unseen,
                                    "alt text of a picture, read by screen readers and AI tools, not shown on the page",
                                ));
                            }
                        }
                    }
                    _ => {}
                },
                Ev::End(n) => match n.as_str() {
                    "pPr" => in_ppr = false,
                    "rPr" => in_rpr = false,
                    "r" => in_run = false,
                    "t" => in_t = false,
                    "p" => flush(d, para, &mut shown, &mut hidden),
                    _ => {}
                },
                Ev::Text(t) if in_t && in_run => {
                    let f = r_fmt.over(p_style);
                    let ctx_shaded = shaded_depth.iter().any(|x| *x);
                    match f.hides(self.page_white, ctx_shaded) {
                        Some(how) => match hidden.last_mut() {
                            Some((txt, h)) if *h == how => txt.push_str(t),
                            _ => hidden.push((t.clone(), how)),
                        },
                        None => shown.push_str(t),
                    }
                }
                _ => {}
            }
        }
        if !shown.is_empty() || !hidden.is_empty() {
            flush(d, para + 1, &mut shown, &mut hidden);
        }
    }
}

fn docx(z: &mut Zip<'_>, d: &mut Document) -> Result<(), String> {
    let styles = word_styles(z, d);
    let body =
        xml_member(z, "word/document.xml", d).ok_or("no word/document.xml: not a Word document")?;
    // The page colour (w:background), when set.
    let mut page_color: Option<String> = None;
    for e in body.iter().take(200) {
        if let Ev::Start(n, a) = e {
            if n == "background" {
                page_color = attr(a, "color").map(str::to_string);
            }
        }
    }
    let page_white = page_color
        .as_deref()
        .is_none_or(|c| is_white(c) || c == "auto");
    let w = WordWalk {
        styles: &styles,
        page_white,
        page_color: page_color.clone().filter(|c| !is_white(c) && c != "auto"),
    };
    w.walk(&body, &|n| format!("paragraph {}", n), d, None);
    // Link targets a reader does not see in the text.
    let r = rels(z, "word/_rels/document.xml.rels", d);
    let mut targets: Vec<&String> = r
        .values()
        .filter(|t| t.contains("://") || t.starts_with("mailto:"))
        .collect();
    targets.sort();
    targets.dedup();
    for t in targets {
        d.push(Part::hidden(
            "link target",
            t.clone(),
            Technique::Unseen,
            "the address a link goes to, not the text it shows",
        ));
    }
    let mut names = z.names();
    names.sort();
    for n in names {
        let Some(stem) = n.strip_prefix("word/") else {
            continue;
        };
        let label: Option<(String, Option<&str>)> =
            if stem.starts_with("header") && stem.ends_with(".xml") {
                Some(("header".into(), None))
            } else if stem.starts_with("footer") && stem.ends_with(".xml") {
                Some(("footer".into(), None))
            } else if stem == "footnotes.xml" {
                Some(("footnote".into(), None))
            } else if stem == "endnotes.xml" {
                Some(("endnote".into(), None))
            } else if stem == "comments.xml" {
                Some((
                    "comment".into(),
                    Some("a comment (shown only in the review pane)"),
                ))
            } else {
                None
            };
        let Some((l, unseen)) = label else { continue };
        if let Some(ev) = xml_member(z, &n, d) {
            let l2 = l.clone();
            w.walk(
                &ev,
                &move |k| format!("{} (paragraph {})", l2, k),
                d,
                unseen,
            );
        }
    }
    Ok(())
}

// ---------------------------------------------------------------- Excel

fn xlsx(z: &mut Zip<'_>, d: &mut Document) -> Result<(), String> {
    let wb =
        xml_member(z, "xl/workbook.xml", d).ok_or("no xl/workbook.xml: not an Excel workbook")?;
    let r = rels(z, "xl/_rels/workbook.xml.rels", d);
    let mut sheets: Vec<(String, String, String)> = vec![]; // name, state, part
    for e in &wb {
        if let Ev::Start(n, a) = e {
            if n == "sheet" {
                let name = attr(a, "name").unwrap_or("?").to_string();
                let state = attr(a, "state").unwrap_or("visible").to_string();
                let rid = attr(a, "r:id").unwrap_or("");
                if let Some(t) = r.get(rid) {
                    sheets.push((name, state, resolve("xl", t)));
                }
            }
        }
    }
    // Shared strings.
    let mut shared: Vec<String> = vec![];
    if let Some(ev) = xml_member(z, "xl/sharedStrings.xml", d) {
        let mut cur = String::new();
        let mut in_t = false;
        let mut in_rph = false;
        for e in ev {
            match e {
                Ev::Start(n, _) if n == "si" => cur.clear(),
                Ev::Start(n, _) if n == "rPh" => in_rph = true,
                Ev::End(n) if n == "rPh" => in_rph = false,
                Ev::Start(n, _) if n == "t" => in_t = true,
                Ev::End(n) if n == "t" => in_t = false,
                Ev::Text(t) if in_t && !in_rph => cur.push_str(&t),
                Ev::End(n) if n == "si" => shared.push(std::mem::take(&mut cur)),
                _ => {}
            }
        }
    }
    // Styles: which cell formats have a white (or tiny) font and no fill.
    let mut fonts: Vec<(bool, f32)> = vec![]; // (white, size)
    let mut fills: Vec<bool> = vec![]; // filled
    let mut xfs: Vec<(usize, usize)> = vec![];
    if let Some(ev) = xml_member(z, "xl/styles.xml", d) {
        let mut sect = String::new();
        for e in ev {
            match e {
                Ev::Start(n, a) => match n.as_str() {
                    "fonts" | "fills" | "cellXfs" | "cellStyleXfs" | "dxfs" => sect = n.clone(),
                    "font" if sect == "fonts" => fonts.push((false, 11.0)),
                    "color" if sect == "fonts" => {
                        if let Some(f) = fonts.last_mut() {
                            f.0 = attr(&a, "rgb").is_some_and(is_white)
                                || attr(&a, "theme") == Some("0")
                                || attr(&a, "indexed") == Some("9");
                        }
                    }
                    "sz" if sect == "fonts" => {
                        if let Some(f) = fonts.last_mut() {
                            f.1 = attr(&a, "val").and_then(|v| v.parse().ok()).unwrap_or(11.0);
                        }
                    }
                    "fill" if sect == "fills" => fills.push(false),
                    "patternFill" if sect == "fills" => {
                        if let Some(f) = fills.last_mut() {
                            *f = !matches!(attr(&a, "patternType"), None | Some("none"));
                        }
                    }
                    "fgColor" if sect == "fills" => {
                        if let Some(f) = fills.last_mut() {
                            if attr(&a, "rgb").is_some_and(is_white) {
                                *f = false;
                            }
                        }
                    }
                    "xf" if sect == "cellXfs" => xfs.push((
                        attr(&a, "fontId").and_then(|v| v.parse().ok()).unwrap_or(0),
                        attr(&a, "fillId").and_then(|v| v.parse().ok()).unwrap_or(0),
                    )),
                    _ => {}
                },
                Ev::End(n) if n == sect => sect.clear(),
                _ => {}
            }
        }
    }
    let style_hides = |s: usize| -> Option<String> {
        let (fo, fi) = *xfs.get(s)?;
        let (white, size) = *fonts.get(fo)?;
        if size < 2.0 {
            return Some(format!("a tiny font ({} pt)", size));
        }
        (white && !fills.get(fi).copied().unwrap_or(false))
            .then(|| "white text on a white cell".to_string())
    };
    for (name, state, part) in &sheets {
        let Some(ev) = xml_member(z, part, d) else {
            continue;
        };
        let sheet_hidden = match state.as_str() {
            "hidden" => Some(format!("a hidden sheet (\"{}\": Format → Hide)", name)),
            "veryHidden" => Some(format!(
                "a very hidden sheet (\"{}\": hidden so that Excel's Unhide does not list it)",
                name
            )),
            _ => None,
        };
        let mut hidden_cols: Vec<(u32, u32)> = vec![];
        let mut row_hidden = false;
        let (mut cell, mut ctype, mut cstyle) = (String::new(), String::new(), 0usize);
        let mut val = String::new();
        let (mut in_v, mut in_t) = (false, false);
        let mut in_cell = false;
        for e in &ev {
            match e {
                Ev::Start(n, a) => match n.as_str() {
                    "col" => {
                        if attr(a, "hidden").is_some_and(|v| v == "1" || v == "true") {
                            let mn = attr(a, "min").and_then(|v| v.parse().ok()).unwrap_or(0);
                            let mx = attr(a, "max").and_then(|v| v.parse().ok()).unwrap_or(mn);
                            hidden_cols.push((mn, mx));
                        }
                    }
                    "row" => {
                        row_hidden = attr(a, "hidden").is_some_and(|v| v == "1" || v == "true")
                    }
                    "c" => {
                        in_cell = true;
                        cell = attr(a, "r").unwrap_or("").to_string();
                        ctype = attr(a, "t").unwrap_or("n").to_string();
                        cstyle = attr(a, "s").and_then(|v| v.parse().ok()).unwrap_or(0);
                        val.clear();
                    }
                    "v" if in_cell => in_v = true,
                    "t" if in_cell => in_t = true,
                    _ => {}
                },
                Ev::End(n) => match n.as_str() {
                    "v" => in_v = false,
                    "t" => in_t = false,
                    "c" => {
                        in_cell = false;
                        let text = match ctype.as_str() {
                            "s" => val
                                .trim()
                                .parse::<usize>()
                                .ok()
                                .and_then(|i| shared.get(i))
                                .cloned()
                                .unwrap_or_default(),
                            _ => val.clone(),
                        };
                        if text.trim().is_empty() {
                            continue;
                        }
                        let place = format!("{}!{}", name, cell);
                        let col: u32 = {
                            let letters: String = cell
                                .chars()
                                .take_while(|c| c.is_ascii_alphabetic())
                                .collect();
                            letters.chars().fold(0u32, |acc, c| {
                                acc * 26 + (c.to_ascii_uppercase() as u32 - 'A' as u32 + 1)
                            })
                        };
                        let how = if let Some(h) = &sheet_hidden {
                            Some((Technique::SheetHidden, h.clone()))
                        } else if row_hidden {
                            Some((Technique::SheetHidden, "a hidden row".to_string()))
                        } else if hidden_cols.iter().any(|(a, b)| (*a..=*b).contains(&col)) {
                            Some((
                                Technique::SheetHidden,
                                format!("a hidden column ({})", col_name(col)),
                            ))
                        } else {
                            style_hides(cstyle).map(|h| (Technique::Formatting, h))
                        };
                        match how {
                            Some((t, h)) => d.push(Part::hidden(place, text, t, h)),
                            None => d.push(Part::shown(place, text)),
                        }
                    }
                    _ => {}
                },
                Ev::Text(t) if in_v || in_t => val.push_str(t),
                _ => {}
            }
        }
        // Comments (notes) on this sheet.
        let dir = part.rsplit_once('/').map(|x| x.0).unwrap_or("xl");
        let file = part.rsplit('/').next().unwrap_or("");
        let sr = rels(z, &format!("{}/_rels/{}.rels", dir, file), d);
        for t in sr.values().filter(|t| t.contains("comments")) {
            let cp = resolve(dir, t);
            if let Some(cev) = xml_member(z, &cp, d) {
                let mut refc = String::new();
                let mut txt = String::new();
                let mut in_t = false;
                for e in cev {
                    match e {
                        Ev::Start(n, a) if n == "comment" => {
                            refc = attr(&a, "ref").unwrap_or("").to_string();
                            txt.clear();
                        }
                        Ev::Start(n, _) if n == "t" => in_t = true,
                        Ev::End(n) if n == "t" => in_t = false,
                        Ev::Text(x) if in_t => txt.push_str(&x),
                        Ev::End(n) if n == "comment" => d.push(Part::hidden(
                            format!("comment on {}!{}", name, refc),
                            std::mem::take(&mut txt),
                            Technique::Unseen,
                            "a cell comment (shown only when pointed at)",
                        )),
                        _ => {}
                    }
                }
            }
        }
    }
    Ok(())
}

// ---------------------------------------------------------------- PowerPoint

struct Shape {
    x: i64,
    y: i64,
    cx: i64,
    cy: i64,
    filled: bool,
    has_xfrm: bool,
    text: String,
    tiny: bool,
}

fn slide_shapes(ev: &[Ev]) -> Vec<Shape> {
    let mut out: Vec<Shape> = vec![];
    let mut depth = 0usize; // nesting of sp/pic/cxnSp
    let mut in_sppr = false;
    let mut in_xfrm = false;
    let mut in_t = false;
    for e in ev {
        match e {
            Ev::Start(n, a) => match n.as_str() {
                "sp" | "pic" | "cxnSp" | "graphicFrame" => {
                    depth += 1;
                    out.push(Shape {
                        x: 0,
                        y: 0,
                        cx: 0,
                        cy: 0,
                        filled: n == "pic",
                        has_xfrm: false,
                        text: String::new(),
                        tiny: false,
                    });
                }
                "spPr" if depth > 0 => in_sppr = true,
                "xfrm" if in_sppr || depth > 0 => in_xfrm = true,
                "off" if in_xfrm => {
                    if let Some(s) = out.last_mut() {
                        if !s.has_xfrm {
                            s.x = attr(a, "x").and_then(|v| v.parse().ok()).unwrap_or(0);
                            s.y = attr(a, "y").and_then(|v| v.parse().ok()).unwrap_or(0);
                        }
                    }
                }
                "ext" if in_xfrm => {
                    if let Some(s) = out.last_mut() {
                        if !s.has_xfrm {
                            s.cx = attr(a, "cx").and_then(|v| v.parse().ok()).unwrap_or(0);
                            s.cy = attr(a, "cy").and_then(|v| v.parse().ok()).unwrap_or(0);
                            s.has_xfrm = true;
                        }
                    }
                }
                "solidFill" | "blipFill" | "gradFill" | "pattFill" if in_sppr => {
                    if let Some(s) = out.last_mut() {
                        s.filled = true;
                    }
                }
                "rPr" | "defRPr" | "endParaRPr" if depth > 0 => {
                    if let Some(sz) = attr(a, "sz").and_then(|v| v.parse::<u32>().ok()) {
                        if sz < 200 && n == "rPr" {
                            if let Some(s) = out.last_mut() {
                                s.tiny = true;
                            }
                        }
                    }
                }
                "t" if depth > 0 => in_t = true,
                "br" if depth > 0 => {
                    if let Some(s) = out.last_mut() {
                        s.text.push('\n');
                    }
                }
                _ => {}
            },
            Ev::End(n) => match n.as_str() {
                "sp" | "pic" | "cxnSp" | "graphicFrame" => depth = depth.saturating_sub(1),
                "spPr" => in_sppr = false,
                "xfrm" => in_xfrm = false,
                "t" => in_t = false,
                "p" if depth > 0 => {
                    if let Some(s) = out.last_mut() {
                        if !s.text.is_empty() && !s.text.ends_with('\n') {
                            s.text.push('\n');
                        }
                    }
                }
                _ => {}
            },
            Ev::Text(t) if in_t => {
                if let Some(s) = out.last_mut() {
                    s.text.push_str(t);
                }
            }
            _ => {}
        }
    }
    out
}

fn pptx(z: &mut Zip<'_>, d: &mut Document) -> Result<(), String> {
    let pres = xml_member(z, "ppt/presentation.xml", d)
        .ok_or("no ppt/presentation.xml: not a PowerPoint file")?;
    let (mut sw, mut sh) = (9_144_000i64, 6_858_000i64);
    let mut order: Vec<String> = vec![];
    for e in &pres {
        if let Ev::Start(n, a) = e {
            if n == "sldSz" {
                sw = attr(a, "cx").and_then(|v| v.parse().ok()).unwrap_or(sw);
                sh = attr(a, "cy").and_then(|v| v.parse().ok()).unwrap_or(sh);
            }
            if n == "sldId" {
                if let Some(r) = attr(a, "r:id") {
                    order.push(r.to_string());
                }
            }
        }
    }
    let pr = rels(z, "ppt/_rels/presentation.xml.rels", d);
    let slides: Vec<String> = order
        .iter()
        .filter_map(|r| pr.get(r))
        .map(|t| resolve("ppt", t))
        .collect();
    let mut slide_no: HashMap<String, usize> = HashMap::new();
    for (i, s) in slides.iter().enumerate() {
        slide_no.insert(s.clone(), i + 1);
        let Some(ev) = xml_member(z, s, d) else {
            continue;
        };
        let shapes = slide_shapes(&ev);
        for (k, sp) in shapes.iter().enumerate() {
            if sp.text.trim().is_empty() {
                continue;
            }
            let place = format!("slide {}", i + 1);
            let off =
                sp.has_xfrm && (sp.x >= sw || sp.y >= sh || sp.x + sp.cx <= 0 || sp.y + sp.cy <= 0);
            let covered = sp.has_xfrm
                && shapes[k + 1..].iter().any(|o| {
                    o.filled
                        && o.has_xfrm
                        && o.x <= sp.x
                        && o.y <= sp.y
                        && o.x + o.cx >= sp.x + sp.cx
                        && o.y + o.cy >= sp.y + sp.cy
                });
            if off {
                d.push(Part::hidden(
                    place,
                    sp.text.clone(),
                    Technique::Placement,
                    "a text box placed off the slide (not shown in the slide show)",
                ));
            } else if covered {
                d.push(Part::hidden(
                    place,
                    sp.text.clone(),
                    Technique::Placement,
                    "text covered by a filled shape placed on top of it",
                ));
            } else if sp.tiny {
                d.push(Part::hidden(
                    place,
                    sp.text.clone(),
                    Technique::Formatting,
                    "a tiny font (under 2 pt)",
                ));
            } else {
                d.push(Part::shown(place, sp.text.clone()));
            }
        }
    }
    // Speaker notes and comments.
    let mut names = z.names();
    names.sort();
    for n in names {
        if n.starts_with("ppt/notesSlides/notesSlide") && n.ends_with(".xml") {
            let file = n.rsplit('/').next().unwrap_or("");
            let nr = rels(z, &format!("ppt/notesSlides/_rels/{}.rels", file), d);
            let slide = nr
                .values()
                .map(|t| resolve("ppt/notesSlides", t))
                .find_map(|t| slide_no.get(&t).copied());
            let Some(ev) = xml_member(z, &n, d) else {
                continue;
            };
            // The notes body only (not the slide image, number, header or footer placeholders).
            let mut text = String::new();
            let mut skip = false;
            let mut in_t = false;
            let mut depth = 0;
            for e in &ev {
                match e {
                    Ev::Start(x, _) if x == "sp" => {
                        depth += 1;
                        skip = false;
                    }
                    Ev::Start(x, a) if x == "ph" => {
                        skip = matches!(
                            attr(a, "type"),
                            Some("sldNum" | "hdr" | "ftr" | "dt" | "sldImg")
                        );
                    }
                    Ev::End(x) if x == "sp" => depth -= 1,
                    Ev::Start(x, _) if x == "t" => in_t = true,
                    Ev::End(x) if x == "t" => in_t = false,
                    Ev::End(x) if x == "p" && depth > 0 && !skip => text.push('\n'),
                    Ev::Text(t) if in_t && !skip && depth > 0 => text.push_str(t),
                    _ => {}
                }
            }
            let place = match slide {
                Some(s) => format!("slide {} notes", s),
                None => "speaker notes".to_string(),
            };
            d.push(Part::hidden(
                place,
                text,
                Technique::Unseen,
                "speaker notes (seen by the presenter, not the audience)",
            ));
        }
        if (n.starts_with("ppt/comments/") || n.starts_with("ppt/comments/modernComment"))
            && n.ends_with(".xml")
        {
            if let Some(ev) = xml_member(z, &n, d) {
                let mut text = String::new();
                let mut in_t = false;
                for e in ev {
                    match e {
                        Ev::Start(x, _) if x == "text" || x == "t" => in_t = true,
                        Ev::End(x) if x == "text" || x == "t" => {
                            in_t = false;
                            text.push('\n');
                        }
                        Ev::Text(t) if in_t => text.push_str(&t),
                        _ => {}
                    }
                }
                d.push(Part::hidden(
                    "slide comments",
                    text,
                    Technique::Unseen,
                    "a review comment (shown only in the comments pane)",
                ));
            }
        }
    }
    Ok(())
}
