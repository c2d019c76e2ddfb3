//! Where a document's text is ("slide 2 notes", "e-mail part 2 (text/html), line 14") and how
//! it is kept from the reader ("a tiny font (1.5 pt)", "a hidden column (C)") as messages, so
//! that a reader of another language reads them in that language.
//!
//! The readers write these in English from a fixed vocabulary. Here each is made a template:
//! numbers become `$n` (then `$n2`), code (a cell `Sheet1!B3`, a content type `text/html`, an
//! XML name `w:vanish`) and quoted names become `$code` and `$name`; the template's words make
//! the message id (`place-slide-n-notes`, `how-a-tiny-font-n-pt`) in the files catalogue
//! (`locales/files/*.ftl`). A text whose template no catalogue holds stays as written (message
//! `verbatim`), and the documents test fails on any such place or technique the corpus makes.

use crate::i18n::{self, Msg};

/// A place: each comma-separated part a message (`e-mail part 2 (text/html)`, `line 14`).
pub fn place_msg(place: &str) -> Msg {
    let mut items: Vec<Msg> = place
        .split(", ")
        .filter(|p| !p.is_empty())
        .map(|p| part("place", p))
        .collect();
    match items.len() {
        0 => verbatim(place),
        1 => items.remove(0),
        _ => Msg::new("words-joined").arg("items", i18n::list("sep-comma", items)),
    }
}

/// How a part is hidden (`white text on a white page`, `a tiny font (1.5 pt)`).
pub fn how_msg(how: &str) -> Msg {
    part("how", how)
}

/// A place with how it is hidden, as a finding shows it: `paragraph 4 (a tiny font (1 pt))`.
pub fn place_how_msg(place: &str, how: &str) -> Msg {
    Msg::new("place-with-how")
        .arg("place", place_msg(place))
        .arg("how", how_msg(how))
}

fn verbatim(s: &str) -> Msg {
    Msg::new("verbatim").arg("text", s)
}

/// Whether a token is code, kept as it is in every language: a cell (`Sheet1!B3`), a content
/// type (`text/html`), a property (`display:none`, `w:vanish`), an RTF control (`\v`).
fn codeish(t: &str) -> bool {
    !t.is_empty()
        && t.chars().any(|c| c.is_alphanumeric())
        && (t.contains('!')
            || t.contains('/')
            || t.contains(':')
            || t.contains('=')
            || t.contains('\\'))
        && !t.contains("://")
        && t.chars().all(|c| !c.is_whitespace() && c != '"')
}

/// Property names and the like that follow a fixed head: kept as code.
const CODE_AFTER: &[&str] = &["document property "];

/// The message for one part: its template's id, or the text as written.
fn part(kind: &str, s: &str) -> Msg {
    let Some((id, args, _)) = template(kind, s) else {
        return verbatim(s);
    };
    if !i18n::has_message(&id) {
        return verbatim(s);
    }
    let mut m = Msg::new(&id);
    for (k, v) in args {
        m = m.arg(&k, v.as_str());
    }
    m
}

/// `(id, arguments, English pattern)` of a text: numbers (`$n`, `$n2`), code (`$code`) and a
/// quoted name (`$name`) taken out, the rest kept exactly as written.
pub fn template(kind: &str, s: &str) -> Option<(String, Vec<(String, String)>, String)> {
    let mut words: Vec<String> = vec![];
    let mut args: Vec<(String, String)> = vec![];
    let mut pattern = String::new();
    let mut numbers = 0;
    if let Some(head) = CODE_AFTER.iter().find(|h| s.starts_with(*h)) {
        let rest = &s[head.len()..];
        if rest.is_empty() || rest.contains(' ') {
            return None;
        }
        let id = i18n::phrase_id(&format!("{} code", head));
        return Some((
            format!("{}{}", kind, id.strip_prefix("ph").unwrap_or(&id)),
            vec![("code".into(), rest.into())],
            format!("{}{{ $code }}", head),
        ));
    }
    let mut put = |name: &str, value: &str, pattern: &mut String, words: &mut Vec<String>| {
        if args.iter().any(|a: &(String, String)| a.0 == name) {
            return false;
        }
        args.push((name.into(), value.into()));
        pattern.push_str(&format!("{{ ${} }}", name));
        words.push(name.into());
        true
    };
    let mut i = 0;
    while i < s.len() {
        let c = s[i..].chars().next()?;
        if c.is_whitespace() {
            pattern.push(c);
            i += c.len_utf8();
            continue;
        }
        if c == '"' {
            let j = s[i + 1..].find('"')? + i + 1;
            if !put("name", &s[i + 1..j], &mut pattern, &mut words) {
                return None;
            }
            pattern.insert(pattern.len() - "{ $name }".len(), '"');
            pattern.push('"');
            i = j + 1;
            continue;
        }
        // A token: up to whitespace or a quote; brackets and a trailing comma kept around it.
        let end = s[i..]
            .find(|c: char| c.is_whitespace() || c == '"')
            .map(|k| i + k)
            .unwrap_or(s.len());
        let tok = &s[i..end];
        let lead = tok.len() - tok.trim_start_matches('(').len();
        let mut core_end = tok.trim_end_matches([')', ',']).len().max(lead);
        // A bracket the code opens is the code's own: `transform:scale(0)`.
        while core_end < tok.len()
            && tok[core_end..].starts_with(')')
            && tok[lead..core_end].matches('(').count() > tok[lead..core_end].matches(')').count()
        {
            core_end += 1;
        }
        let core = &tok[lead..core_end];
        let number = !core.is_empty()
            && core.bytes().all(|c| c.is_ascii_digit() || c == b'.')
            && core.as_bytes()[0].is_ascii_digit();
        // A column or cell letter in brackets: `(D)`.
        let letters = lead > 0
            && core_end < tok.len()
            && (1..=3).contains(&core.len())
            && core.bytes().all(|c| c.is_ascii_uppercase());
        if number || codeish(core) || letters {
            pattern.push_str(&tok[..lead]);
            let name = if number {
                numbers += 1;
                if numbers == 1 {
                    "n".to_string()
                } else {
                    format!("n{}", numbers)
                }
            } else {
                "code".to_string()
            };
            if !put(&name, core, &mut pattern, &mut words) {
                return None;
            }
            pattern.push_str(&tok[core_end..]);
        } else {
            pattern.push_str(tok);
            words.push(tok.into());
        }
        i = end;
    }
    let id = i18n::phrase_id(&words.join(" "));
    Some((
        format!("{}{}", kind, id.strip_prefix("ph").unwrap_or(&id)),
        args,
        pattern,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_take_out_numbers_code_and_names() {
        let (id, args, en) = template("place", "slide 12 notes").unwrap();
        assert_eq!(en, "slide { $n } notes");
        assert_eq!(id, "place-slide-n-notes");
        assert_eq!(args, vec![("n".into(), "12".into())]);
        let (id, args, en) = template("place", "e-mail part 2 (text/html)").unwrap();
        assert_eq!(en, "e-mail part { $n } ({ $code })");
        assert_eq!(id, "place-e-mail-part-n-code");
        assert_eq!(args[1], ("code".into(), "text/html".into()));
        let (id, _, _) = template("place", "comment on Sheet1!B2").unwrap();
        assert_eq!(id, "place-comment-on-code");
        let (id, args, _) = template("how", "a tiny font (1.5 pt)").unwrap();
        assert_eq!(id, "how-a-tiny-font-n-pt");
        assert_eq!(args, vec![("n".into(), "1.5".into())]);
        let (id, args, en) = template("how", "a hidden sheet (\"Budget\": Format → Hide)").unwrap();
        assert_eq!(id, "how-a-hidden-sheet-name-format-hide");
        assert_eq!(en, "a hidden sheet (\"{ $name }\": Format → Hide)");
        let (id, _, en) = template("how", "a hidden column (D)").unwrap();
        assert_eq!(
            (id.as_str(), en.as_str()),
            ("how-a-hidden-column-code", "a hidden column ({ $code })")
        );
        assert_eq!(args, vec![("name".into(), "Budget".into())]);
    }

    /// Every place and technique in both catalogues renders as written in English, and in
    /// Chinese without the English words.
    #[test]
    fn places_render_in_english_as_written_and_in_chinese() {
        for s in [
            "paragraph 4",
            "slide 2 notes",
            "e-mail part 2 (text/html), line 14",
            "Sheet1!B3",
            "comment on page 3",
        ] {
            let m = place_msg(s);
            assert_ne!(m.id, "verbatim", "{}", s);
            assert_eq!(i18n::render("en", &m), s);
            let zh = i18n::render("zh-CN", &m);
            assert!(
                !zh.contains("paragraph") && !zh.contains("slide") && !zh.contains("page"),
                "{}",
                zh
            );
        }
        let m = how_msg("a tiny font (1.5 pt)");
        assert_eq!(i18n::render("en", &m), "a tiny font (1.5 pt)");
        assert!(i18n::render("zh-CN", &m).contains("1.5"));
        // Unknown words stay as written.
        assert_eq!(place_msg("somewhere odd").id, "verbatim");
    }
}
