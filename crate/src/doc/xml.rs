//! A flat view of an XML part (quick-xml underneath): start tags with their attributes (local
//! names, values unescaped), end tags and text with entity and character references resolved.
//! Self-closing tags give a start and an end. Namespace prefixes are dropped: Office and ODF
//! names are unique enough by local name within the parts read here.

use quick_xml::events::Event;

#[derive(Debug, Clone)]
pub enum Ev {
    Start(String, Vec<(String, String)>),
    End(String),
    Text(String),
}

/// Most events read from one part (a bound on memory for hostile documents).
pub const MAX_EVENTS: usize = 4_000_000;

fn local(q: &[u8]) -> String {
    let s = String::from_utf8_lossy(q);
    match s.rsplit_once(':') {
        Some((_, l)) => l.to_string(),
        None => s.into_owned(),
    }
}

/// Parse `bytes`; `Err` with a readable reason when the XML is broken before its end (what was
/// read up to there is still returned in `partial`).
pub fn events(bytes: &[u8]) -> Result<Vec<Ev>, (String, Vec<Ev>)> {
    let mut r = quick_xml::Reader::from_reader(bytes);
    r.config_mut().trim_text(false);
    r.config_mut().check_end_names = false;
    let mut out: Vec<Ev> = Vec::new();
    let mut buf = Vec::new();
    let push_text = |out: &mut Vec<Ev>, t: &str| {
        if let Some(Ev::Text(prev)) = out.last_mut() {
            prev.push_str(t);
        } else {
            out.push(Ev::Text(t.to_string()));
        }
    };
    loop {
        if out.len() >= MAX_EVENTS {
            return Err((
                format!("more than {} XML events: the rest was not read", MAX_EVENTS),
                out,
            ));
        }
        match r.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => {
                out.push(Ev::Start(local(e.name().as_ref()), attrs(&e)));
            }
            Ok(Event::Empty(e)) => {
                let n = local(e.name().as_ref());
                out.push(Ev::Start(n.clone(), attrs(&e)));
                out.push(Ev::End(n));
            }
            Ok(Event::End(e)) => out.push(Ev::End(local(e.name().as_ref()))),
            Ok(Event::Text(t)) => {
                let s = t.decode().map(|c| c.into_owned()).unwrap_or_default();
                push_text(&mut out, &s);
            }
            Ok(Event::CData(t)) => {
                let s = String::from_utf8_lossy(&t).into_owned();
                push_text(&mut out, &s);
            }
            Ok(Event::GeneralRef(g)) => {
                let s = match g.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => {
                        let name = String::from_utf8_lossy(&g).into_owned();
                        quick_xml::escape::resolve_predefined_entity(&name)
                            .map(str::to_string)
                            .unwrap_or_default()
                    }
                };
                push_text(&mut out, &s);
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => {
                return Err((
                    format!("broken XML at byte {}: {}", r.buffer_position(), e),
                    out,
                ))
            }
        }
        buf.clear();
    }
    Ok(out)
}

fn attrs(e: &quick_xml::events::BytesStart<'_>) -> Vec<(String, String)> {
    e.attributes()
        .with_checks(false)
        .filter_map(|a| a.ok())
        .map(|a| {
            // Relationship ids keep their prefix (`r:id` next to a plain `id`).
            let k = a.key.as_ref();
            let key = if k.starts_with(b"r:") {
                String::from_utf8_lossy(k).into_owned()
            } else {
                local(k)
            };
            (
                key,
                a.unescape_value()
                    .map(|v| v.into_owned())
                    .unwrap_or_else(|_| String::from_utf8_lossy(&a.value).into_owned()),
            )
        })
        .collect()
}

/// An attribute's value by local name.
pub fn attr<'a>(a: &'a [(String, String)], k: &str) -> Option<&'a str> {
    a.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str())
}
