//! OpenDocument text, spreadsheets and presentations (`.odt`, `.ods`, `.odp`): `content.xml`
//! with the styles it uses (hidden text display, white or tiny fonts, hidden tables), plus
//! `meta.xml` properties. Annotations and speaker notes are parts a reader does not see.

use super::xml::{attr, Ev};
use super::{col_name, is_white, xml_member, Document, Part, Technique, Zip};
use std::collections::HashMap;

#[derive(Default, Clone)]
struct Style {
    hides: Option<String>,
    table_hidden: bool,
    parent: Option<String>,
}

fn styles_of(ev: &[Ev], out: &mut HashMap<String, Style>) {
    let mut cur: Option<String> = None;
    for e in ev {
        match e {
            Ev::Start(n, a) if n == "style" => {
                cur = attr(a, "name").map(str::to_string);
                if let Some(c) = &cur {
                    out.insert(
                        c.clone(),
                        Style {
                            parent: attr(a, "parent-style-name").map(str::to_string),
                            ..Default::default()
                        },
                    );
                }
            }
            Ev::Start(n, a) if n == "text-properties" => {
                let Some(s) = cur.as_ref().and_then(|c| out.get_mut(c)) else {
                    continue;
                };
                if matches!(attr(a, "display"), Some("none") | Some("true")) {
                    s.hides = Some("text set not to display (text:display=\"none\")".into());
                } else if let Some(sz) =
                    attr(a, "font-size").and_then(|v| v.trim_end_matches("pt").parse::<f32>().ok())
                {
                    if sz < 2.0 {
                        s.hides = Some(format!("a tiny font ({} pt)", sz));
                    }
                }
                if s.hides.is_none()
                    && attr(a, "color").is_some_and(is_white)
                    && attr(a, "background-color").is_none_or(|b| is_white(b) || b == "transparent")
                {
                    s.hides = Some("white text on a white page".into());
                }
            }
            Ev::Start(n, a) if n == "table-properties" => {
                if let Some(s) = cur.as_ref().and_then(|c| out.get_mut(c)) {
                    if attr(a, "display") == Some("false") {
                        s.table_hidden = true;
                    }
                }
            }
            Ev::End(n) if n == "style" => cur = None,
            _ => {}
        }
    }
}

fn hides(styles: &HashMap<String, Style>, name: &str) -> Option<String> {
    let mut at = Some(name.to_string());
    for _ in 0..16 {
        let s = styles.get(at.as_deref()?)?;
        if s.hides.is_some() {
            return s.hides.clone();
        }
        at = s.parent.clone();
    }
    None
}

pub fn read(kind: &'static str, bytes: &[u8]) -> Result<Document, String> {
    let mut z = Zip::open(bytes)?;
    let mut d = Document::new(kind);
    let mut styles = HashMap::new();
    if let Some(ev) = xml_member(&mut z, "styles.xml", &mut d) {
        styles_of(&ev, &mut styles);
    }
    let content = xml_member(&mut z, "content.xml", &mut d)
        .ok_or("no content.xml: not an OpenDocument file")?;
    styles_of(&content, &mut styles);
    walk(kind, &content, &styles, &mut d);
    if let Some(ev) = xml_member(&mut z, "meta.xml", &mut d) {
        let mut stack: Vec<String> = vec![];
        for e in ev {
            match e {
                Ev::Start(n, _) => stack.push(n),
                Ev::End(_) => {
                    stack.pop();
                }
                Ev::Text(t) => {
                    if let Some(n) = stack.last() {
                        if matches!(
                            n.as_str(),
                            "title"
                                | "subject"
                                | "description"
                                | "keyword"
                                | "user-defined"
                                | "initial-creator"
                                | "creator"
                        ) {
                            d.push(Part::hidden(
                                format!("document property {}", n),
                                t,
                                Technique::Unseen,
                                "a document property, not shown in the document",
                            ));
                        }
                    }
                }
            }
        }
    }
    Ok(d)
}

fn walk(kind: &str, ev: &[Ev], styles: &HashMap<String, Style>, d: &mut Document) {
    let mut para = 0usize;
    // (element, hiding reason) for open elements that carry a style.
    let mut stack: Vec<(String, Option<String>)> = vec![];
    let mut shown = String::new();
    let mut hidden: Vec<(String, String)> = vec![];
    let mut unseen: Option<(String, &'static str)> = None; // annotation or notes
    let mut unseen_text = String::new();
    // Spreadsheets: table, row and column positions.
    let mut table = String::new();
    let mut table_hidden = false;
    let mut row = 0u32;
    let mut row_hidden = false;
    let mut col = 0u32;
    let mut cols_hidden: Vec<bool> = vec![];
    let mut cell_open = false;
    let mut page = 0usize;
    let place = |kind: &str, para: usize, table: &str, row: u32, col: u32, page: usize| -> String {
        match kind {
            "ods" => format!("{}!{}{}", table, col_name(col), row),
            "odp" => format!("slide {}", page),
            _ => format!("paragraph {}", para),
        }
    };
    for e in ev {
        match e {
            Ev::Start(n, a) => {
                match n.as_str() {
                    "table" => {
                        table = attr(a, "name").unwrap_or("?").to_string();
                        table_hidden = attr(a, "style-name")
                            .and_then(|s| styles.get(s))
                            .is_some_and(|s| s.table_hidden);
                        row = 0;
                        cols_hidden.clear();
                    }
                    "table-column" => {
                        let rep: usize = attr(a, "number-columns-repeated")
                            .and_then(|v| v.parse().ok())
                            .unwrap_or(1)
                            .min(16384);
                        let h = matches!(attr(a, "visibility"), Some("collapse") | Some("filter"));
                        cols_hidden.extend(std::iter::repeat_n(h, rep));
                    }
                    "table-row" => {
                        row += 1;
                        col = 0;
                        row_hidden =
                            matches!(attr(a, "visibility"), Some("collapse") | Some("filter"));
                    }
                    "table-cell" | "covered-table-cell" => {
                        col += 1;
                        cell_open = true;
                    }
                    "page" => page += 1,
                    "annotation" => {
                        unseen = Some((
                            "comment".into(),
                            "a comment (shown only in the margin or review pane)",
                        ));
                        unseen_text.clear();
                    }
                    "notes" => {
                        unseen = Some((
                            format!("slide {} notes", page),
                            "speaker notes (seen by the presenter, not the audience)",
                        ));
                        unseen_text.clear();
                    }
                    "hidden-text" | "hidden-paragraph" => {
                        if let Some(v) = attr(a, "string-value") {
                            hidden.push((v.to_string(), "a hidden text field".into()));
                        }
                    }
                    "p" | "h" if unseen.is_none() => para += 1,
                    "tab" => shown.push('\t'),
                    "line-break" => shown.push('\n'),
                    "s" => shown.push(' '),
                    _ => {}
                }
                let h = attr(a, "style-name").and_then(|s| hides(styles, s));
                stack.push((n.clone(), h));
            }
            Ev::End(n) => {
                stack.pop();
                match n.as_str() {
                    "annotation" | "notes" => {
                        if let Some((p, how)) = unseen.take() {
                            let p = if p == "comment" {
                                format!(
                                    "comment near {}",
                                    place(kind, para.max(1), &table, row, col, page)
                                )
                            } else {
                                p
                            };
                            d.push(Part::hidden(
                                p,
                                std::mem::take(&mut unseen_text),
                                Technique::Unseen,
                                how,
                            ));
                        }
                    }
                    "p" | "h" if unseen.is_some() => unseen_text.push('\n'),
                    "p" | "h" if !(kind == "ods" && cell_open) => {
                        let pl = place(kind, para, &table, row, col, page);
                        flush(
                            d,
                            &pl,
                            &mut shown,
                            &mut hidden,
                            kind,
                            table_hidden,
                            row_hidden,
                            false,
                        );
                    }
                    "p" | "h" => shown.push('\n'),
                    "table-cell" | "covered-table-cell" => {
                        cell_open = false;
                        let pl = place(kind, para, &table, row, col, page);
                        let col_h = cols_hidden.get(col as usize - 1).copied().unwrap_or(false);
                        flush(
                            d,
                            &pl,
                            &mut shown,
                            &mut hidden,
                            kind,
                            table_hidden,
                            row_hidden,
                            col_h,
                        );
                    }
                    _ => {}
                }
                // Repeated cells advance the column.
            }
            Ev::Text(t) => {
                if unseen.is_some() {
                    unseen_text.push_str(t);
                    continue;
                }
                if stack
                    .iter()
                    .any(|(n, _)| matches!(n.as_str(), "p" | "h" | "span" | "a"))
                {
                    match stack.iter().rev().find_map(|(_, h)| h.clone()) {
                        Some(how) => match hidden.last_mut() {
                            Some((txt, h)) if *h == how => txt.push_str(t),
                            _ => hidden.push((t.clone(), how)),
                        },
                        None => shown.push_str(t),
                    }
                }
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn flush(
    d: &mut Document,
    place: &str,
    shown: &mut String,
    hidden: &mut Vec<(String, String)>,
    kind: &str,
    table_hidden: bool,
    row_hidden: bool,
    col_hidden: bool,
) {
    let sheet_how = if kind == "ods" && table_hidden {
        Some("a hidden sheet".to_string())
    } else if kind == "ods" && row_hidden {
        Some("a hidden row".to_string())
    } else if kind == "ods" && col_hidden {
        Some("a hidden column".to_string())
    } else {
        None
    };
    let s = std::mem::take(shown);
    match sheet_how {
        Some(h) => d.push(Part::hidden(place, s, Technique::SheetHidden, h)),
        None => d.push(Part::shown(place, s)),
    }
    for (t, how) in hidden.drain(..) {
        d.push(Part::hidden(place, t, Technique::Formatting, how));
    }
}
