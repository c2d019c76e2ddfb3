//! HTML (web pages and the HTML part of e-mails): the text a browser shows, and the text it
//! is told not to show (`display:none`, `visibility:hidden`, `font-size:0`, `opacity:0`, text
//! coloured like its background, `hidden`, off-screen positions, Outlook's `mso-hide:all`),
//! with styles from `style` attributes and simple `<style>` rules (tag, `.class`, `#id`).
//! Comments and alt text are parts a reader does not see.

use super::{parse_color, Document, Part, Technique};
use std::collections::HashMap;

const VOID: &[&str] = &[
    "br", "img", "hr", "meta", "link", "input", "wbr", "area", "base", "col", "embed", "source",
    "track", "param",
];
const BLOCK: &[&str] = &[
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "title",
    "blockquote",
    "pre",
    "td",
    "th",
    "nav",
    "aside",
    "main",
    "form",
    "dd",
    "dt",
    "body",
    "center",
];

/// Why a set of CSS declarations hides text, if it does; and the colours it sets.
#[derive(Default, Clone, Debug)]
struct Decl {
    hides: Option<String>,
    color: Option<(u8, u8, u8)>,
    bg: Option<(u8, u8, u8)>,
}

fn px(v: &str) -> Option<f64> {
    let v = v.trim().trim_end_matches("!important").trim();
    let num: String = v
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == '-')
        .collect();
    num.parse().ok()
}

fn decls(css: &str) -> Decl {
    let mut d = Decl::default();
    let mut overflow_hidden = false;
    let mut zero_box = false;
    let mut offscreen = false;
    for item in css.split(';') {
        let Some((k, v)) = item.split_once(':') else {
            continue;
        };
        let k = k.trim().to_ascii_lowercase();
        let v = v.trim().to_ascii_lowercase();
        let v = v.trim_end_matches("!important").trim().to_string();
        match k.as_str() {
            "display" if v == "none" => d.hides = Some("CSS display:none".into()),
            "visibility" if v == "hidden" || v == "collapse" => {
                d.hides = Some("CSS visibility:hidden".into())
            }
            "mso-hide" if v == "all" => d.hides = Some("Outlook's mso-hide:all".into()),
            "opacity" if px(&v).is_some_and(|x| x <= 0.01) => {
                d.hides = Some("CSS opacity:0".into())
            }
            "font-size" | "line-height" if k == "font-size" && px(&v).is_some_and(|x| x <= 0.5) => {
                d.hides = Some("CSS font-size:0".into())
            }
            "color" => {
                if v == "transparent" {
                    d.hides = Some("CSS color:transparent".into())
                } else {
                    d.color = parse_color(&v)
                }
            }
            "background-color" | "background" => {
                if let Some(c) = parse_color(v.split_whitespace().next().unwrap_or("")) {
                    d.bg = Some(c)
                }
            }
            "overflow" if v == "hidden" => overflow_hidden = true,
            "max-height" | "height" | "width" | "max-width" if px(&v) == Some(0.0) => {
                zero_box = true
            }
            "left" | "top" | "text-indent" | "margin-left"
                if px(&v).is_some_and(|x| x <= -999.0) =>
            {
                offscreen = true
            }
            "clip"
                if v.replace(' ', "").starts_with("rect(0,0,0,0")
                    || v.replace(' ', "").starts_with("rect(0px,0px,0px,0px") =>
            {
                d.hides = Some("CSS clip to nothing".into())
            }
            "transform" if v.replace(' ', "").contains("scale(0)") => {
                d.hides = Some("CSS transform:scale(0)".into())
            }
            _ => {}
        }
    }
    if d.hides.is_none() && zero_box && overflow_hidden {
        d.hides = Some("CSS zero height or width with overflow hidden".into());
    }
    if d.hides.is_none() && offscreen {
        d.hides = Some("CSS position off the screen".into());
    }
    d
}

/// Simple rules from `<style>` blocks: selector (`tag`, `.class`, `#id`, `tag.class`) → decls.
fn css_rules(src: &str) -> HashMap<String, Decl> {
    let mut out: HashMap<String, Decl> = HashMap::new();
    let lower = src.to_ascii_lowercase();
    let mut i = 0;
    while let Some(p) = lower[i..].find("<style") {
        let s = i + p;
        let Some(gt) = lower[s..].find('>') else {
            break;
        };
        let body_start = s + gt + 1;
        let end = lower[body_start..]
            .find("</style")
            .map(|e| body_start + e)
            .unwrap_or(lower.len());
        let css = &src[body_start..end];
        // Strip comments, skip @media wrappers by reading every `sel { decls }` pair.
        let css = strip_css_comments(css);
        let mut rest = css.as_str();
        while let Some(open) = rest.find('{') {
            let sel = rest[..open]
                .rsplit(['}', '{'])
                .next()
                .unwrap_or("")
                .trim()
                .to_string();
            let Some(close) = rest[open..].find('}') else {
                break;
            };
            let body = &rest[open + 1..open + close];
            if !body.contains('{') && !sel.starts_with('@') {
                let d = decls(body);
                if d.hides.is_some() || d.color.is_some() || d.bg.is_some() {
                    for one in sel.split(',') {
                        let one = one.trim().to_ascii_lowercase();
                        if !one.is_empty()
                            && !one.contains(' ')
                            && !one.contains(':')
                            && !one.contains('[')
                            && !one.contains('>')
                        {
                            out.insert(one, d.clone());
                        }
                    }
                }
            }
            rest = &rest[open + close + 1..];
        }
        i = end.max(s + 1);
    }
    out
}

fn strip_css_comments(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(p) = rest.find("/*") {
        out.push_str(&rest[..p]);
        match rest[p..].find("*/") {
            Some(e) => rest = &rest[p + e + 2..],
            None => return out,
        }
    }
    out.push_str(rest);
    out
}

/// Decode character references (`&amp;`, `&#8203;`, `&#x200B;`, common named ones).
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    const NAMED: &[(&str, &str)] = &[
        ("amp", "&"),
        ("lt", "<"),
        ("gt", ">"),
        ("quot", "\""),
        ("apos", "'"),
        ("nbsp", "\u{a0}"),
        ("zwnj", "\u{200c}"),
        ("zwj", "\u{200d}"),
        ("lrm", "\u{200e}"),
        ("rlm", "\u{200f}"),
        ("shy", "\u{ad}"),
        ("mdash", "—"),
        ("ndash", "–"),
        ("hellip", "…"),
        ("rsquo", "’"),
        ("lsquo", "‘"),
        ("ldquo", "“"),
        ("rdquo", "”"),
        ("euro", "€"),
        ("copy", "©"),
        ("reg", "®"),
        ("trade", "™"),
        ("middot", "·"),
        ("bull", "•"),
        ("eacute", "é"),
        ("egrave", "è"),
        ("agrave", "à"),
        ("ccedil", "ç"),
        ("uuml", "ü"),
        ("ouml", "ö"),
        ("auml", "ä"),
        ("szlig", "ß"),
        ("pound", "£"),
        ("yen", "¥"),
        ("laquo", "«"),
        ("raquo", "»"),
        ("times", "×"),
        ("deg", "°"),
        ("thinsp", "\u{2009}"),
        ("ensp", "\u{2002}"),
        ("emsp", "\u{2003}"),
        ("zwsp", "\u{200b}"),
    ];
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        let tail = &rest[p + 1..];
        let end = tail.find(';').filter(|&e| e <= 12);
        let mut done = false;
        if let Some(e) = end {
            let name = &tail[..e];
            let ch = if let Some(h) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                u32::from_str_radix(h, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .map(|c| c.to_string())
            } else if let Some(dd) = name.strip_prefix('#') {
                dd.parse::<u32>()
                    .ok()
                    .and_then(char::from_u32)
                    .map(|c| c.to_string())
            } else {
                NAMED
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            };
            if let Some(c) = ch {
                out.push_str(&c);
                rest = &tail[e + 1..];
                done = true;
            }
        }
        if !done {
            out.push('&');
            rest = tail;
        }
    }
    out.push_str(rest);
    out
}

struct Open {
    name: String,
    hides: Option<String>,
    color: Option<(u8, u8, u8)>,
    bg: Option<(u8, u8, u8)>,
}

fn attrs_of(tag: &str) -> Vec<(String, String)> {
    let mut out = vec![];
    let b = tag.as_bytes();
    let mut i = 0;
    // Skip the tag name.
    while i < b.len() && !b[i].is_ascii_whitespace() {
        i += 1;
    }
    while i < b.len() {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        let ks = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' && b[i] != b'/' {
            i += 1;
        }
        let key = tag[ks..i].to_ascii_lowercase();
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut val = String::new();
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let vs = i + 1;
                i = vs;
                while i < b.len() && b[i] != q {
                    i += 1;
                }
                val = tag[vs..i.min(b.len())].to_string();
                i += 1;
            } else {
                let vs = i;
                while i < b.len() && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
                val = tag[vs..i].to_string();
            }
        }
        if !key.is_empty() {
            out.push((key, decode_entities(&val)));
        }
    }
    out
}

fn close_enough(a: (u8, u8, u8), b: (u8, u8, u8)) -> bool {
    let d = |x: u8, y: u8| (x as i32 - y as i32).abs();
    d(a.0, b.0) + d(a.1, b.1) + d(a.2, b.2) <= 24
}

/// Read HTML `src` into parts; `prefix` goes before every place ("e-mail part 2 (text/html), ").
pub fn read(src: &str, prefix: &str, d: &mut Document) {
    let rules = css_rules(src);
    let lower_all = src.to_ascii_lowercase();
    let b = src.as_bytes();
    let mut i = 0usize;
    let mut line = 1usize;
    let mut block_line = 1usize;
    let mut stack: Vec<Open> = vec![];
    let mut shown = String::new();
    let mut hidden: Vec<(String, String)> = vec![];
    let lower_at = |i: usize, s: &str| {
        b.len() >= i + s.len() && b[i..i + s.len()].eq_ignore_ascii_case(s.as_bytes())
    };
    let flush =
        |d: &mut Document, line: usize, shown: &mut String, hidden: &mut Vec<(String, String)>| {
            let place = format!("{}line {}", prefix, line);
            let s = collapse(shown);
            shown.clear();
            d.push(Part::shown(place.clone(), s));
            for (t, how) in hidden.drain(..) {
                d.push(Part::hidden(
                    place.clone(),
                    collapse(&t),
                    Technique::Formatting,
                    how,
                ));
            }
        };
    while i < b.len() {
        if b[i] == b'<' {
            if lower_at(i, "<!--") {
                let end = src[i + 4..]
                    .find("-->")
                    .map(|e| i + 4 + e)
                    .unwrap_or(src.len());
                let body = &src[i + 4..end];
                d.push(Part::hidden(
                    format!("{}HTML comment at line {}", prefix, line),
                    body.trim(),
                    Technique::Unseen,
                    "an HTML comment (in the file, never shown)",
                ));
                line += body.matches('\n').count();
                i = (end + 3).min(src.len());
                continue;
            }
            for raw in ["script", "style", "template"] {
                if lower_at(i, &format!("<{}", raw))
                    && b.get(i + 1 + raw.len())
                        .is_some_and(|c| !c.is_ascii_alphanumeric())
                {
                    let close = format!("</{}", raw);
                    let end = lower_all[i..]
                        .find(&close)
                        .map(|e| i + e)
                        .unwrap_or(src.len());
                    line += src[i..end].matches('\n').count();
                    i = src[end..]
                        .find('>')
                        .map(|g| end + g + 1)
                        .unwrap_or(src.len());
                    break;
                }
            }
            if i >= b.len() || b[i] != b'<' {
                continue;
            }
            let Some(gt) = src[i..].find('>') else { break };
            let tag = &src[i + 1..i + gt];
            line += tag.matches('\n').count();
            i += gt + 1;
            if tag.starts_with('!') || tag.starts_with('?') {
                continue;
            }
            if let Some(name) = tag.strip_prefix('/') {
                let name = name.trim().to_ascii_lowercase();
                if BLOCK.contains(&name.as_str()) {
                    flush(d, block_line, &mut shown, &mut hidden);
                    block_line = line;
                }
                if let Some(p) = stack.iter().rposition(|o| o.name == name) {
                    stack.truncate(p);
                }
                continue;
            }
            let name: String = tag
                .split(|c: char| c.is_whitespace() || c == '/')
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            let at = attrs_of(tag);
            let get = |k: &str| at.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
            if BLOCK.contains(&name.as_str()) || name == "br" {
                if name == "br" {
                    shown.push('\n');
                } else {
                    flush(d, block_line, &mut shown, &mut hidden);
                    block_line = line;
                }
            }
            if name == "img" {
                if let Some(alt) = get("alt") {
                    d.push(Part::hidden(
                        format!("{}alt text at line {}", prefix, line),
                        alt,
                        Technique::Unseen,
                        "alt text of an image, not shown when the image loads",
                    ));
                }
            }
            // This element's own hiding, colours and the rules that match it.
            let mut dcl = Decl::default();
            let mut apply = |x: &Decl| {
                if x.hides.is_some() {
                    dcl.hides = x.hides.clone();
                }
                if x.color.is_some() {
                    dcl.color = x.color;
                }
                if x.bg.is_some() {
                    dcl.bg = x.bg;
                }
            };
            if let Some(x) = rules.get(&name) {
                apply(x);
            }
            for c in get("class").unwrap_or("").split_whitespace() {
                let c = c.to_ascii_lowercase();
                if let Some(x) = rules
                    .get(&format!(".{}", c))
                    .or_else(|| rules.get(&format!("{}.{}", name, c)))
                {
                    apply(x);
                }
            }
            if let Some(id) = get("id") {
                if let Some(x) = rules.get(&format!("#{}", id.to_ascii_lowercase())) {
                    apply(x);
                }
            }
            if let Some(st) = get("style") {
                apply(&decls(st));
            }
            if name == "font" {
                if let Some(c) = get("color").and_then(parse_color) {
                    dcl.color = Some(c);
                }
            }
            if let Some(c) = get("bgcolor").and_then(parse_color) {
                dcl.bg = Some(c);
            }
            if get("hidden").is_some() {
                dcl.hides = Some("the hidden attribute".into());
            }
            if name == "input" && get("type") == Some("hidden") {
                if let Some(v) = get("value") {
                    d.push(Part::hidden(
                        format!("{}hidden form field at line {}", prefix, line),
                        v,
                        Technique::Unseen,
                        "a hidden form field",
                    ));
                }
            }
            if VOID.contains(&name.as_str()) || tag.ends_with('/') {
                continue;
            }
            let parent_color = stack.iter().rev().find_map(|o| o.color);
            let parent_bg = stack.iter().rev().find_map(|o| o.bg);
            let color = dcl.color.or(parent_color);
            let bg = dcl.bg.or(parent_bg).unwrap_or((255, 255, 255));
            let hides = dcl.hides.clone().or_else(|| {
                (dcl.color.is_some() || dcl.bg.is_some())
                    .then(|| {
                        color
                            .filter(|c| close_enough(*c, bg))
                            .map(|_| "text coloured like its background".to_string())
                    })
                    .flatten()
            });
            stack.push(Open {
                name,
                hides,
                color: dcl.color,
                bg: dcl.bg,
            });
            continue;
        }
        // Text up to the next tag.
        let end = src[i..].find('<').map(|e| i + e).unwrap_or(src.len());
        let raw = &src[i..end];
        line += raw.matches('\n').count();
        let t = decode_entities(raw);
        match stack.iter().rev().find_map(|o| o.hides.clone()) {
            Some(how) => match hidden.last_mut() {
                Some((x, h)) if *h == how => x.push_str(&t),
                _ => hidden.push((t, how)),
            },
            None => shown.push_str(&t),
        }
        i = end;
    }
    flush(d, block_line, &mut shown, &mut hidden);
}

/// Collapse white space as a browser does (runs of spaces and newlines to one space), and
/// drop the padding e-mail templates put after a preheader (the same one to three invisible
/// characters repeated, such as `&zwnj;&nbsp;` a hundred times).
pub fn collapse(s: &str) -> String {
    let s = strip_padding(s);
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
            if !space && !out.is_empty() {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out.trim_end().to_string()
}

fn strip_padding(s: &str) -> String {
    let pad = |c: char| {
        matches!(
            c,
            '\u{200b}'
                | '\u{200c}'
                | '\u{200d}'
                | '\u{a0}'
                | '\u{34f}'
                | '\u{ad}'
                | '\u{2007}'
                | '\u{feff}'
                | ' '
        )
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        if pad(chars[i]) && chars[i] != ' ' {
            let mut j = i;
            while j < chars.len() && pad(chars[j]) {
                j += 1;
            }
            // Spaces between the padding characters do not break the repetition.
            let core: Vec<char> = chars[i..j].iter().copied().filter(|c| *c != ' ').collect();
            let periodic = (1..=3).any(|p| {
                core.len() >= p * 5 && core.iter().enumerate().all(|(k, c)| *c == core[k % p])
            });
            let run = &chars[i..j];
            if periodic {
                out.push(' ');
            } else {
                out.extend(run.iter());
            }
            i = j;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn hidden_by_css_and_padding() {
        let mut d = Document::new("html");
        read("<style>.pre{display:none}</style><p>Hello <span class=pre>secret one</span></p><div style=\"color:#fff;background:#fff\">white</div><p style=\"font-size:0\">zero</p><p>Shown &amp; told</p>", "", &mut d);
        let hid: Vec<&str> = d
            .parts
            .iter()
            .filter(|p| p.hidden.is_some())
            .map(|p| p.text.as_str())
            .collect();
        assert!(
            hid.contains(&"secret one") && hid.contains(&"white") && hid.contains(&"zero"),
            "{:?}",
            hid
        );
        assert!(d
            .parts
            .iter()
            .any(|p| p.hidden.is_none() && p.text == "Shown & told"));
        assert_eq!(collapse("Sale\u{200c}\u{a0}\u{200c}\u{a0}\u{200c}\u{a0}\u{200c}\u{a0}\u{200c}\u{a0}\u{200c}\u{a0} now"), "Sale now");
        // Irregular zero-width runs (a code) stay.
        assert!(collapse(
            "a\u{200b}\u{200c}\u{200c}\u{200b}\u{200b}\u{200b}\u{200c}\u{200b}\u{200c}\u{200c}b"
        )
        .contains('\u{200b}'));
    }
}
