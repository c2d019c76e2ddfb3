//! One document, one check: its text (shown and hidden parts together) goes through the text
//! checker, and each finding is placed in the document's own terms; hidden text is reported by
//! technique, an instruction to an AI reader in it above all; e-mail alternatives are compared.

use super::words;
use super::{Document, Technique};
use crate::i18n::Msg;
use crate::report::{Confidence, Decoded, Finding, Location, Severity};
use crate::rules::hidden_instruction::instruction;
use crate::text::Options;

/// Most places listed for one group of hidden parts.
const MAX_LISTED: usize = 20;

fn clip(s: &str, n: usize) -> String {
    let t: String = s.chars().take(n).collect();
    if t.len() < s.len() {
        format!("{}…", t)
    } else {
        t
    }
}

fn finding(
    rule: &str,
    code: &str,
    severity: Severity,
    covert: bool,
    message: Msg,
    meaning: Msg,
    path: &str,
    place: &str,
    snippet: &str,
) -> Finding {
    Finding {
        rule: rule.into(),
        code: code.into(),
        severity,
        covert,
        message: message.en(),
        meaning: meaning.en(),
        confidence: Confidence::High,
        location: Location::default(),
        snippet: reveal(&clip(snippet, 240)),
        count: 1,
        occurrences: vec![],
        decoded: None,
        path: Some(path.to_string()),
        excerpt: None,
        place: Some(place.to_string()),
        brief: None,
        message_zh: String::new(),
        msg: Some(message),
        meaning_msg: Some(meaning),
        replay: vec![],
        replay_call: None,
        replay_note: None,
        replay_note_msg: None,
        place_msg: Some(words::place_msg(place)),
    }
}

/// Invisible and control characters named, so a snippet shows what is there.
fn reveal(s: &str) -> String {
    use crate::text::chars;
    s.chars()
        .map(|c| {
            if chars::is_invisible(c)
                || chars::is_bidi_control(c)
                || chars::is_tag(c)
                || (c.is_control() && c != '\n')
            {
                chars::marker(c)
            } else {
                c.to_string()
            }
        })
        .collect()
}

fn letters(s: &str) -> usize {
    s.chars().filter(|c| c.is_alphabetic()).count()
}

/// Ordinary spreadsheet content: numbers, dates, formulas' results, short codes.
fn numeric(s: &str) -> bool {
    let t = s.trim();
    t.parse::<f64>().is_ok()
        || letters(t) <= 3
        || t.chars()
            .all(|c| !c.is_alphabetic() || c.is_ascii_uppercase())
}

pub fn check(doc: &Document, path: &str, opts: &Options) -> Vec<Finding> {
    let mut out: Vec<Finding> = vec![];
    // 1. The text checker over every part, shown or hidden.
    let mut text = String::new();
    let mut map: Vec<(usize, usize, usize)> = vec![];
    for (i, p) in doc.parts.iter().enumerate() {
        if p.text.trim().is_empty() {
            continue;
        }
        let s = text.len();
        text.push_str(&p.text);
        map.push((s, text.len(), i));
        text.push_str("\n\n");
    }
    let o = Options {
        views: false,
        ..opts.clone()
    };
    let rep = crate::text::check_text(&text, &o);
    let part_at = |off: usize| -> Option<(usize, usize)> {
        let k = map.partition_point(|m| m.0 <= off);
        let (s, e, i) = *map.get(k.checked_sub(1)?)?;
        (off <= e).then_some((i, off - s))
    };
    for mut f in rep.findings {
        f.path = Some(path.to_string());
        if let Some((i, rel)) = part_at(f.location.byte_offset) {
            let p = &doc.parts[i];
            let before = &p.text[..rel.min(p.text.len())];
            f.location.line = before.matches('\n').count() + 1;
            f.location.column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
            f.place = Some(match &p.hidden {
                Some(h) => format!("{} ({})", p.place, h.how),
                None => p.place.clone(),
            });
            f.place_msg = Some(match &p.hidden {
                Some(h) => words::place_how_msg(&p.place, &h.how),
                None => words::place_msg(&p.place),
            });
        }
        out.push(f);
    }
    // 2. Hidden parts: an instruction to an AI reader on its own, the rest grouped by how.
    let mut groups: Vec<(Technique, String, Vec<usize>)> = vec![];
    for (i, p) in doc.parts.iter().enumerate() {
        let Some(h) = &p.hidden else { continue };
        if letters(&p.text) < 2 {
            continue;
        }
        if let Some(phrase) = instruction(&p.text) {
            let mut f = finding(
                "hidden-instruction",
                "TD005",
                Severity::Critical,
                true,
                Msg::new("doc-hidden-instruction")
                    .arg("place", words::place_msg(&p.place))
                    .arg("how", words::how_msg(&h.how))
                    .arg("text", clip(p.text.trim(), 300)),
                Msg::new("doc-hidden-instruction-meaning")
                    .arg("how", words::how_msg(&h.how))
                    .arg("phrase", clip(&phrase, 60)),
                path,
                &p.place,
                p.text.trim(),
            );
            f.decoded = Some(Decoded {
                scheme: h.how.clone(),
                scheme_msg: Some(words::how_msg(&h.how)),
                text: Some(p.text.trim().to_string()),
                plausibility: 1.0,
                ..Default::default()
            });
            out.push(f);
            continue;
        }
        match groups
            .iter_mut()
            .find(|g| g.0 == h.technique && g.1 == h.how)
        {
            Some(g) => g.2.push(i),
            None => groups.push((h.technique, h.how.clone(), vec![i])),
        }
    }
    let web = matches!(doc.kind, "html" | "eml" | "mbox");
    for (tech, how, idx) in groups {
        let texts: Vec<&str> = idx.iter().map(|&i| doc.parts[i].text.trim()).collect();
        let places: Vec<&str> = idx.iter().map(|&i| doc.parts[i].place.as_str()).collect();
        let listed: Vec<String> = idx
            .iter()
            .take(MAX_LISTED)
            .map(|&i| {
                format!(
                    "{}: {}",
                    doc.parts[i].place,
                    clip(doc.parts[i].text.trim(), 400)
                )
            })
            .collect();
        let first = idx[0];
        let (rule, code, sev, what, meaning) = match tech {
            Technique::Formatting => (
                "hidden-text",
                "TD001",
                if web { Severity::Low } else { Severity::Medium },
                "doc-hidden-text",
                Msg::new(if web {
                    "doc-hidden-text-web-meaning"
                } else {
                    "doc-hidden-text-meaning"
                }),
            ),
            Technique::SheetHidden => {
                // Helper columns: mostly numbers, perhaps a header; no sentences.
                let nums = texts.iter().filter(|t| numeric(t)).count();
                let labels = (how.contains("column") || how.contains("row"))
                    && texts.iter().all(|t| t.split_whitespace().count() <= 4);
                let plain = labels
                    || (nums * 10 >= texts.len() * 7
                        && texts.iter().all(|t| t.split_whitespace().count() <= 4));
                (
                    "hidden-sheet-content",
                    "TD002",
                    if plain {
                        Severity::Low
                    } else {
                        Severity::Medium
                    },
                    "doc-hidden-sheet",
                    Msg::new(if plain {
                        "doc-hidden-sheet-plain-meaning"
                    } else {
                        "doc-hidden-sheet-meaning"
                    }),
                )
            }
            Technique::Placement => (
                "hidden-placement",
                "TD003",
                Severity::Medium,
                "doc-hidden-placement",
                Msg::new("doc-hidden-placement-meaning"),
            ),
            Technique::Unseen => {
                let notable =
                    how.contains("comment") || how.contains("notes") || how.contains("annotation");
                if !notable {
                    continue;
                }
                (
                    "unseen-part",
                    "TD004",
                    Severity::Low,
                    "doc-unseen-part",
                    Msg::new("doc-unseen-part-meaning"),
                )
            }
        };
        let mut f = finding(
            rule,
            code,
            sev,
            false,
            Msg::new(what)
                .arg("how", words::how_msg(&how))
                .arg("place", words::place_msg(places[0]))
                .arg("text", clip(texts[0], 160))
                .arg("more", idx.len() - 1),
            meaning,
            path,
            &doc.parts[first].place,
            texts[0],
        );
        f.count = idx.len();
        f.decoded = Some(Decoded {
            scheme: how.clone(),
            scheme_msg: Some(words::how_msg(&how)),
            text: Some(listed.join("\n")),
            plausibility: 1.0,
            ..Default::default()
        });
        out.push(f);
    }
    // 3. E-mail alternatives that disagree.
    for a in &doc.alternatives {
        let join = |v: &[usize], shown_only: bool| -> String {
            v.iter()
                .map(|&i| &doc.parts[i])
                .filter(|p| !shown_only || p.hidden.is_none())
                .map(|p| p.text.as_str())
                .collect::<Vec<_>>()
                .join("\n")
        };
        let plain = join(&a.plain, false);
        let html = join(&a.html, true);
        if let Some(diff) = crate::rules::alternative_mismatch_diff(&plain, &html) {
            let place = if a.place.is_empty() {
                "e-mail".to_string()
            } else {
                a.place.clone()
            };
            let mut f = finding(
                "alternative-mismatch",
                "TD006",
                Severity::Medium,
                false,
                Msg::new("doc-alternative-mismatch").arg("text", clip(&diff.join(" … "), 300)),
                Msg::new("doc-alternative-mismatch-meaning"),
                path,
                &place,
                &diff.join(" … "),
            );
            f.decoded = Some(Decoded {
                scheme: "only in the HTML version".into(),
                scheme_msg: Some(words::how_msg("only in the HTML version")),
                text: Some(diff.join("\n")),
                plausibility: 1.0,
                ..Default::default()
            });
            out.push(f);
        }
    }
    out
}
