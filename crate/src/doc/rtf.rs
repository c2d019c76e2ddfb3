//! RTF: a small reader of the format's groups and control words (no maintained Rust crate
//! reads RTF with its character formatting). Text is kept per paragraph; hidden text (`\v`),
//! white text (`\cf` pointing at white in the colour table) and tiny fonts (`\fs` under 4
//! half-points) are hidden parts; `\info` fields are document properties and `\annotation`
//! groups comments.

use super::{is_white, Document, Part, Technique};

/// Deepest group nesting followed.
const MAX_DEPTH: usize = 512;

#[derive(Clone, Copy, Default)]
struct St {
    hidden: bool,
    cf: usize,
    fs: u32,
    uc: usize,
    /// Inside a destination whose text is not document text.
    skip: bool,
    /// Inside `\info` or `\annotation`: what the text is.
    dest: u8,
}

const DEST_INFO: u8 = 1;
const DEST_ANNOT: u8 = 2;

fn cp1252(b: u8) -> char {
    const HI: [u16; 32] = [
        0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030, 0x160, 0x2039,
        0x152, 0x8D, 0x17D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178,
    ];
    match b {
        0x80..=0x9F => char::from_u32(HI[(b - 0x80) as usize] as u32).unwrap_or('\u{fffd}'),
        _ => b as char,
    }
}

pub fn read(bytes: &[u8]) -> Result<Document, String> {
    if !bytes.starts_with(b"{\\rtf") {
        return Err("not an RTF document (it does not start with {\\rtf)".into());
    }
    let mut d = Document::new("rtf");
    let mut st = St {
        uc: 1,
        fs: 24,
        ..Default::default()
    };
    let mut stack: Vec<St> = vec![];
    let mut colors: Vec<(u8, u8, u8)> = vec![];
    let mut in_colortbl = false;
    let mut cur_color = (0u8, 0u8, 0u8);
    let mut para = 1usize;
    let mut shown = String::new();
    let mut hidden: Vec<(String, String)> = vec![];
    let mut info = String::new();
    let mut info_field = String::new();
    let mut annot = String::new();
    let mut skip_chars = 0usize;
    let mut i = 0usize;
    let b = bytes;
    let flush =
        |d: &mut Document, para: usize, shown: &mut String, hidden: &mut Vec<(String, String)>| {
            let place = format!("paragraph {}", para);
            d.push(Part::shown(place.clone(), std::mem::take(shown)));
            for (t, how) in hidden.drain(..) {
                d.push(Part::hidden(place.clone(), t, Technique::Formatting, how));
            }
        };
    let emit = |c: char,
                st: &St,
                colors: &[(u8, u8, u8)],
                shown: &mut String,
                hidden: &mut Vec<(String, String)>,
                info: &mut String,
                annot: &mut String| {
        if st.skip {
            return;
        }
        if st.dest == DEST_INFO {
            info.push(c);
            return;
        }
        if st.dest == DEST_ANNOT {
            annot.push(c);
            return;
        }
        let how = if st.hidden {
            Some("hidden text (RTF \\v)".to_string())
        } else if st.fs < 4 {
            Some(format!("a tiny font ({} pt)", st.fs as f32 / 2.0))
        } else if st.cf > 0
            && colors
                .get(st.cf)
                .is_some_and(|c| is_white(&format!("{:02x}{:02x}{:02x}", c.0, c.1, c.2)))
        {
            Some("white text on a white page".to_string())
        } else {
            None
        };
        match how {
            Some(h) => match hidden.last_mut() {
                Some((t, hh)) if *hh == h => t.push(c),
                _ => hidden.push((c.to_string(), h)),
            },
            None => shown.push(c),
        }
    };
    while i < b.len() {
        match b[i] {
            b'{' => {
                if stack.len() >= MAX_DEPTH {
                    d.not_read.push(format!(
                        "groups nested deeper than {}: the rest was not read",
                        MAX_DEPTH
                    ));
                    break;
                }
                stack.push(st);
                i += 1;
                // `{\*\dest …}`: an optional destination, skipped unless known.
                if b[i..].starts_with(b"\\*") {
                    st.skip = true;
                }
            }
            b'}' => {
                if st.dest == DEST_INFO && !info_field.is_empty() {
                    let t = std::mem::take(&mut info);
                    if !t.trim().is_empty()
                        && !matches!(
                            info_field.as_str(),
                            "creatim"
                                | "revtim"
                                | "printim"
                                | "buptim"
                                | "version"
                                | "edmins"
                                | "nofpages"
                                | "nofwords"
                                | "nofchars"
                                | "vern"
                        )
                    {
                        d.push(Part::hidden(
                            format!("document property {}", info_field),
                            t,
                            Technique::Unseen,
                            "a document property, not shown in the document",
                        ));
                    }
                    info_field.clear();
                }
                let was_annot = st.dest == DEST_ANNOT;
                st = stack.pop().unwrap_or_default();
                if was_annot && st.dest != DEST_ANNOT {
                    d.push(Part::hidden(
                        format!("comment near paragraph {}", para),
                        std::mem::take(&mut annot),
                        Technique::Unseen,
                        "a comment (annotation), shown only in the review pane",
                    ));
                }
                if in_colortbl && stack.iter().all(|s| !s.skip) {
                    in_colortbl = false;
                }
                i += 1;
            }
            b'\\' => {
                i += 1;
                if i >= b.len() {
                    break;
                }
                let c = b[i];
                if c.is_ascii_alphabetic() {
                    let ws = i;
                    while i < b.len() && b[i].is_ascii_alphabetic() {
                        i += 1;
                    }
                    let word = std::str::from_utf8(&b[ws..i]).unwrap_or("");
                    let ns = i;
                    if i < b.len() && (b[i] == b'-' || b[i].is_ascii_digit()) {
                        i += 1;
                        while i < b.len() && b[i].is_ascii_digit() {
                            i += 1;
                        }
                    }
                    let num: Option<i64> = std::str::from_utf8(&b[ns..i])
                        .ok()
                        .and_then(|s| s.parse().ok());
                    if i < b.len() && b[i] == b' ' {
                        i += 1;
                    }
                    match word {
                        "fonttbl" | "stylesheet" | "pict" | "object" | "themedata"
                        | "colorschememapping" | "datastore" | "latentstyles" | "listtable"
                        | "listoverridetable" | "rsidtbl" | "generator" | "xmlnstbl"
                        | "mmathPr" | "fldinst" => st.skip = true,
                        "colortbl" => {
                            st.skip = true;
                            in_colortbl = true;
                            colors.clear();
                        }
                        "red" if in_colortbl => cur_color.0 = num.unwrap_or(0).clamp(0, 255) as u8,
                        "green" if in_colortbl => {
                            cur_color.1 = num.unwrap_or(0).clamp(0, 255) as u8
                        }
                        "blue" if in_colortbl => cur_color.2 = num.unwrap_or(0).clamp(0, 255) as u8,
                        "info" => st.dest = DEST_INFO,
                        "title" | "subject" | "author" | "keywords" | "doccomm" | "operator"
                        | "category" | "company" | "manager" | "comment" | "hlinkbase"
                            if st.dest == DEST_INFO =>
                        {
                            info_field = word.to_string();
                            st.skip = false;
                        }
                        "creatim" | "revtim" | "printim" | "buptim" if st.dest == DEST_INFO => {
                            st.skip = true
                        }
                        "annotation" | "atnid" | "atnauthor" => {
                            if word == "annotation" {
                                st.dest = DEST_ANNOT;
                                st.skip = false;
                            } else {
                                st.skip = true;
                            }
                        }
                        "v" => st.hidden = num != Some(0),
                        "cf" => st.cf = num.unwrap_or(0).max(0) as usize,
                        "fs" => st.fs = num.unwrap_or(24).max(0) as u32,
                        "plain" => {
                            st.hidden = false;
                            st.cf = 0;
                            st.fs = 24;
                        }
                        "uc" => st.uc = num.unwrap_or(1).clamp(0, 8) as usize,
                        "u" => {
                            let mut n = num.unwrap_or(0);
                            if n < 0 {
                                n += 65536;
                            }
                            // Surrogate pairs come as two \u words.
                            let ch = char::from_u32(n as u32).unwrap_or('\u{fffd}');
                            emit(
                                ch,
                                &st,
                                &colors,
                                &mut shown,
                                &mut hidden,
                                &mut info,
                                &mut annot,
                            );
                            skip_chars = st.uc;
                        }
                        "par" | "line" | "sect" | "page" => {
                            if st.dest == 0 && !st.skip {
                                flush(&mut d, para, &mut shown, &mut hidden);
                                para += 1;
                            } else {
                                emit(
                                    '\n',
                                    &st,
                                    &colors,
                                    &mut shown,
                                    &mut hidden,
                                    &mut info,
                                    &mut annot,
                                );
                            }
                        }
                        // Control words that stand for one character.
                        w @ ("tab" | "emdash" | "endash" | "lquote" | "rquote" | "ldblquote"
                        | "rdblquote" | "bullet") => {
                            let c = match w {
                                "tab" => '\t',
                                "emdash" => '—',
                                "endash" => '–',
                                "lquote" => '‘',
                                "rquote" => '’',
                                "ldblquote" => '“',
                                "rdblquote" => '”',
                                _ => '•',
                            };
                            emit(
                                c,
                                &st,
                                &colors,
                                &mut shown,
                                &mut hidden,
                                &mut info,
                                &mut annot,
                            );
                        }
                        "bin" => {
                            i += num.unwrap_or(0).max(0) as usize;
                        }
                        _ => {}
                    }
                    continue;
                }
                match c {
                    b'\'' => {
                        let h = b
                            .get(i + 1..i + 3)
                            .and_then(|x| std::str::from_utf8(x).ok())
                            .and_then(|x| u8::from_str_radix(x, 16).ok());
                        i += 3;
                        if skip_chars > 0 {
                            skip_chars -= 1;
                        } else if let Some(h) = h {
                            emit(
                                cp1252(h),
                                &st,
                                &colors,
                                &mut shown,
                                &mut hidden,
                                &mut info,
                                &mut annot,
                            );
                        }
                    }
                    b'~' => {
                        emit(
                            '\u{a0}',
                            &st,
                            &colors,
                            &mut shown,
                            &mut hidden,
                            &mut info,
                            &mut annot,
                        );
                        i += 1;
                    }
                    b'-' => i += 1,
                    b'_' => {
                        emit(
                            '\u{2011}',
                            &st,
                            &colors,
                            &mut shown,
                            &mut hidden,
                            &mut info,
                            &mut annot,
                        );
                        i += 1;
                    }
                    b'*' => {
                        st.skip = true;
                        i += 1;
                    }
                    b'\n' | b'\r' => {
                        if st.dest == 0 && !st.skip {
                            flush(&mut d, para, &mut shown, &mut hidden);
                            para += 1;
                        }
                        i += 1;
                    }
                    other => {
                        emit(
                            other as char,
                            &st,
                            &colors,
                            &mut shown,
                            &mut hidden,
                            &mut info,
                            &mut annot,
                        );
                        i += 1;
                    }
                }
            }
            b'\r' | b'\n' => i += 1,
            b';' if in_colortbl => {
                colors.push(cur_color);
                cur_color = (0, 0, 0);
                i += 1;
            }
            c => {
                if skip_chars > 0 {
                    skip_chars -= 1;
                } else if c < 0x80 {
                    emit(
                        c as char,
                        &st,
                        &colors,
                        &mut shown,
                        &mut hidden,
                        &mut info,
                        &mut annot,
                    );
                } else {
                    emit(
                        cp1252(c),
                        &st,
                        &colors,
                        &mut shown,
                        &mut hidden,
                        &mut info,
                        &mut annot,
                    );
                }
                i += 1;
            }
        }
    }
    flush(&mut d, para, &mut shown, &mut hidden);
    Ok(d)
}

#[cfg(test)]
mod tests {
    #[test]
    fn hidden_and_white_text() {
        let r = br"{\rtf1\ansi{\fonttbl{\f0 Arial;}}{\colortbl;\red255\green255\blue255;\red0\green0\blue0;}{\info{\title My CV}}\f0 Hello {\v secret instruction} world\par {\cf1 white words}\par caf\'e9 \u8217?s\par}";
        let d = super::read(r).unwrap();
        let hid: Vec<(&str, &str)> = d
            .parts
            .iter()
            .filter_map(|p| p.hidden.as_ref().map(|h| (p.text.as_str(), h.how.as_str())))
            .collect();
        assert!(
            hid.iter()
                .any(|(t, h)| t.contains("secret instruction") && h.contains("\\v")),
            "{:?}",
            hid
        );
        assert!(
            hid.iter()
                .any(|(t, h)| t.contains("white words") && h.contains("white")),
            "{:?}",
            hid
        );
        assert!(hid.iter().any(|(t, _)| t.contains("My CV")));
        assert!(
            d.parts
                .iter()
                .any(|p| p.hidden.is_none() && p.text.contains("café ’s")),
            "{:?}",
            d.parts.iter().map(|p| &p.text).collect::<Vec<_>>()
        );
    }
}
