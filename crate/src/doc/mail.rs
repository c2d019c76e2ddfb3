//! E-mail (`.eml`, `.mbox`) through mail-parser: the headers people read (subject, sender and
//! recipient names), every text part (quoted-printable, base64 and charsets decoded by the
//! parser) and every HTML part (read as HTML, so CSS-hidden text is found). The plain-text and
//! HTML alternatives of one message are compared; attachments are checked as files of their
//! own.

use super::{html, Alternative, Attachment, Document, Part};
use mail_parser::{MessageParser, MimeHeaders, PartType};

/// Most messages read from one mailbox.
pub const MAX_MESSAGES: usize = 10_000;

pub fn read_eml(bytes: &[u8]) -> Result<Document, String> {
    let mut d = Document::new("eml");
    message(bytes, "", &mut d, 0)?;
    Ok(d)
}

pub fn read_mbox(bytes: &[u8]) -> Result<Document, String> {
    let mut d = Document::new("mbox");
    let mut n = 0;
    for m in mail_parser::mailbox::mbox::MessageIterator::new(bytes) {
        n += 1;
        if n > MAX_MESSAGES {
            d.not_read.push(format!(
                "more than {} messages: the rest were not read",
                MAX_MESSAGES
            ));
            break;
        }
        match m {
            Ok(m) => {
                if let Err(e) = message(m.contents(), &format!("message {}, ", n), &mut d, 0) {
                    d.not_read.push(format!("message {}: {}", n, e));
                }
            }
            Err(e) => {
                d.not_read.push(format!("message {}: {}", n, e));
                break;
            }
        }
    }
    if n == 0 {
        return Err("no messages (an mbox starts each one with a \"From \" line)".into());
    }
    Ok(d)
}

fn message(bytes: &[u8], prefix: &str, d: &mut Document, depth: usize) -> Result<(), String> {
    let m = MessageParser::default()
        .parse(bytes)
        .ok_or("not an e-mail message (no headers could be read)")?;
    if m.parts.is_empty() && m.subject().is_none() {
        return Err("not an e-mail message".into());
    }
    if let Some(s) = m.subject() {
        d.push(Part::shown(format!("{}subject", prefix), s));
    }
    for (label, a) in [("from", m.from()), ("to", m.to())] {
        if let Some(a) = a {
            let names: Vec<String> = a
                .iter()
                .take(50)
                .map(|x| match (x.name(), x.address()) {
                    (Some(n), Some(ad)) => format!("{} <{}>", n, ad),
                    (Some(n), None) => n.to_string(),
                    (None, Some(ad)) => ad.to_string(),
                    _ => String::new(),
                })
                .collect();
            d.push(Part::shown(
                format!("{}{}", prefix, label),
                names.join(", "),
            ));
        }
    }
    let mut alt = Alternative {
        plain: vec![],
        html: vec![],
        place: prefix.trim_end_matches([',', ' ']).to_string(),
    };
    for (i, p) in m.parts.iter().enumerate() {
        let place = |ct: &str| format!("{}e-mail part {} ({})", prefix, i + 1, ct);
        match &p.body {
            PartType::Text(t) if p.attachment_name().is_none() => {
                let before = d.parts.len();
                d.push(Part::shown(place("text/plain"), t.as_ref()));
                if m.text_body.contains(&(i as u32)) {
                    alt.plain.extend(before..d.parts.len());
                }
            }
            PartType::Html(h) if p.attachment_name().is_none() => {
                let before = d.parts.len();
                html::read(h, &format!("{}, ", place("text/html")), d);
                if m.html_body.contains(&(i as u32)) {
                    alt.html.extend(before..d.parts.len());
                }
            }
            PartType::Message(inner) if depth < 4 => {
                let _ = inner;
                if let Some(raw) = m
                    .raw_message
                    .get(p.offset_header as usize..p.offset_end as usize)
                {
                    let body = raw
                        .get((p.offset_body - p.offset_header) as usize..)
                        .unwrap_or(raw);
                    if let Err(e) = message(
                        body,
                        &format!("{}attached message (part {}), ", prefix, i + 1),
                        d,
                        depth + 1,
                    ) {
                        d.not_read
                            .push(format!("{}: {}", place("message/rfc822"), e));
                    }
                }
            }
            PartType::Text(_)
            | PartType::Html(_)
            | PartType::Binary(_)
            | PartType::InlineBinary(_) => {
                let name = p
                    .attachment_name()
                    .map(str::to_string)
                    .unwrap_or_else(|| format!("part-{}", i + 1));
                let bytes = p.contents().to_vec();
                if d.attachments.len() < 256 {
                    d.attachments.push(Attachment {
                        name: format!("{}{}", prefix.replace(", ", "/"), name),
                        bytes,
                    });
                }
            }
            _ => {}
        }
    }
    if !alt.plain.is_empty() && !alt.html.is_empty() {
        d.alternatives.push(alt);
    }
    Ok(())
}
