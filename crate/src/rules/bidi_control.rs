//! # What it flags
//! Bidirectional formatting characters: embeddings (U+202A, U+202B), overrides (U+202D,
//! U+202E), pops (U+202C), isolates (U+2066–U+2069) and marks (U+200E, U+200F, U+061C).
//! Unbalanced embeddings, overrides or isolates on a line are reported as high severity, with
//! the order a reader sees next to the order the computer reads. Overrides are always
//! suspicious. Marks are ordinary in Arabic or Hebrew text and only noted elsewhere.
//!
//! # Why it matters
//! These characters change the order in which text is displayed without changing the order in
//! which it is stored ("Trojan Source"): a reviewer sees one thing, a compiler, a parser or a
//! language model reads another. Left unbalanced, they also reorder everything after them.
//!
//! # Example
//! `access = "user` U+202E ` ` U+2066 `// admin` U+2069 ` ` U+2066 `"` shows a comment where the
//! program sees a string.
//!
//! # 中文
//! 标题: 双向文字控制字符
//! 标记什么: 双向格式控制字符：嵌入（U+202A、U+202B）、覆盖（U+202D、U+202E）、隔离（U+2066–U+2069）及其结束符，尤其是没有配对结束、改变了显示顺序的那些。
//! 为什么重要: 这些字符能让文字显示的顺序与实际存储的顺序不同（“Trojan Source”攻击），读者看到的和程序或模型读到的是两回事。

use crate::i18n::Msg;
use crate::report::{Confidence, Decoded, Severity};
use crate::rules::Rule;
use crate::text::{chars, chars::Class, Ctx};
use unicode_script::UnicodeScript;

fn is_mark(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// The line as displayed (visual order), using the Unicode Bidirectional Algorithm: runs in
/// visual order, right-to-left runs reversed and their paired brackets and comparison signs
/// mirrored (rule L4: an RTL `>` is drawn as `<`), as a browser draws them.
fn visual(line: &str) -> String {
    let info = unicode_bidi::BidiInfo::new(line, None);
    let mut out = String::new();
    for para in &info.paragraphs {
        let (levels, runs) = info.visual_runs(para, para.range.clone());
        for run in runs {
            let rtl = levels[run.start].is_rtl();
            let piece = &line[run];
            if rtl {
                out.extend(piece.chars().rev().map(mirror));
            } else {
                out.push_str(piece);
            }
        }
    }
    out.chars()
        .filter(|c| !chars::is_bidi_control(*c))
        .collect()
}

/// Bidi_Mirroring_Glyph (UCD BidiMirroring.txt) for the characters code and prose use: ASCII
/// brackets and comparison signs, guillemets, and the common mathematical pairs.
fn mirror(c: char) -> char {
    const PAIRS: &[(char, char)] = &[
        ('(', ')'),
        ('<', '>'),
        ('[', ']'),
        ('{', '}'),
        ('«', '»'),
        ('‹', '›'),
        ('⁅', '⁆'),
        ('⁽', '⁾'),
        ('₍', '₎'),
        ('≤', '≥'),
        ('≦', '≧'),
        ('≪', '≫'),
        ('⊂', '⊃'),
        ('⊆', '⊇'),
        ('∈', '∋'),
        ('⟨', '⟩'),
        ('⟦', '⟧'),
        ('〈', '〉'),
        ('《', '》'),
        ('「', '」'),
        ('『', '』'),
        ('【', '】'),
        ('〔', '〕'),
        ('（', '）'),
        ('＜', '＞'),
        ('［', '］'),
        ('｛', '｝'),
    ];
    for &(a, b) in PAIRS {
        if c == a {
            return b;
        }
        if c == b {
            return a;
        }
    }
    c
}

pub(crate) fn run(ctx: &mut Ctx, rule: &Rule) {
    let text = ctx.text;
    let rtl_text = ctx
        .scan
        .script_letters
        .iter()
        .any(|(s, n)| chars::is_rtl_script(*s) && *n > 0);
    let occs: Vec<(usize, char)> = ctx
        .scan
        .occs
        .iter()
        .filter(|o| o.class == Class::BidiControl && !ctx.explained.contains(&o.off))
        .map(|o| (o.off, o.c))
        .collect();
    if occs.is_empty() {
        return;
    }
    // Group by line.
    let mut i = 0;
    let mut from = 0; // start of the search for the current line: lines are visited in order
    while i < occs.len() {
        let ls = text[from..occs[i].0]
            .rfind('\n')
            .map(|p| from + p + 1)
            .unwrap_or(from);
        let le = text[occs[i].0..]
            .find('\n')
            .map(|p| occs[i].0 + p)
            .unwrap_or(text.len());
        let mut j = i;
        while j < occs.len() && occs[j].0 < le {
            j += 1;
        }
        let on_line = &occs[i..j];
        i = j;
        from = le;
        let (mut emb, mut iso, mut unbalanced) = (0i32, 0i32, false);
        for &(_, c) in on_line {
            match c {
                '\u{202A}' | '\u{202B}' | '\u{202D}' | '\u{202E}' => emb += 1,
                '\u{202C}' => {
                    if emb == 0 {
                        unbalanced = true
                    } else {
                        emb -= 1
                    }
                }
                '\u{2066}' | '\u{2067}' | '\u{2068}' => iso += 1,
                '\u{2069}' => {
                    if iso == 0 {
                        unbalanced = true
                    } else {
                        iso -= 1
                    }
                }
                _ => {}
            }
        }
        unbalanced |= emb != 0 || iso != 0;
        let overrides = on_line
            .iter()
            .any(|&(_, c)| matches!(c, '\u{202D}' | '\u{202E}'));
        let only_marks = on_line.iter().all(|&(_, c)| is_mark(c));
        // Very long lines: the display order is shown for a window around the controls.
        let first = on_line[0].0;
        let (ws, we) = if le - ls > 4000 {
            let a = crate::text::chars::floor_char(text, first.saturating_sub(1000).max(ls));
            (
                a,
                crate::text::chars::floor_char(text, (first + 2000).min(le)),
            )
        } else {
            (ls, le)
        };
        let line = &text[ws..we];
        let line_rtl = line.chars().any(|c| chars::is_rtl_script(c.script()));
        let (sev, what) = if unbalanced {
            (Severity::High, "bidi-unbalanced")
        } else if overrides {
            (Severity::Medium, "bidi-overrides")
        } else if only_marks && (line_rtl || rtl_text) {
            (Severity::Info, "bidi-marks-rtl")
        } else if only_marks {
            (Severity::Low, "bidi-marks-ltr")
        } else if line_rtl {
            (Severity::Low, "bidi-isolates-mixed")
        } else {
            (Severity::Medium, "bidi-embedding")
        };
        let start = on_line[0].0;
        let end = on_line.last().map(|&(o, c)| o + c.len_utf8()).unwrap();
        let shown = visual(line);
        let logical: String = line
            .chars()
            .filter(|c| !chars::is_bidi_control(*c))
            .collect();
        let meaning = if sev >= Severity::Medium {
            Msg::new("bidi-reorder-meaning")
                .arg("shown", shown.trim())
                .arg("logical", logical.trim())
        } else {
            Msg::new("bidi-ordinary-meaning")
        };
        let mut f = ctx.finding(
            rule,
            sev,
            start,
            end,
            Msg::new(what).arg("count", on_line.len()),
            meaning,
        );
        f.count = on_line.len();
        f.confidence = if sev >= Severity::Medium {
            Confidence::High
        } else {
            Confidence::Medium
        };
        if sev >= Severity::Medium {
            f.decoded = Some(Decoded {
                text: Some(shown),
                plausibility: 1.0,
                ..Decoded::scheme(Msg::new("scheme-display-order"))
            });
        }
        ctx.push(f);
        let legit = sev == Severity::Info;
        for &(o, c) in on_line {
            if !legit {
                ctx.mark(
                    rule,
                    sev,
                    o,
                    o + c.len_utf8(),
                    Msg::new("mark-character")
                        .arg("cp", chars::cp_string(c))
                        .arg("name", chars::name(c)),
                );
                ctx.clean(o, o + c.len_utf8(), "");
            }
            ctx.reveal(o, o + c.len_utf8(), chars::marker(c));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::visual;

    /// An override reverses the run and mirrors what a browser mirrors: stored
    /// `0001 < tnuoma` under U+202E is drawn `amount > 1000`.
    #[test]
    fn display_order_mirrors_inside_right_to_left_runs() {
        assert_eq!(
            visual("if \u{202E}0001 < tnuoma\u{202C} then"),
            "if amount > 1000 then"
        );
        assert_eq!(visual("a (b) c"), "a (b) c");
    }
}
