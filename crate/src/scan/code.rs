//! Findings from code understanding ([`crate::code`]): a JavaScript input read in full (up to
//! [`crate::code::WHOLE`]) is parsed, its environment reads followed to comparisons and
//! outputs; what is found becomes TB005 (covert channel), TB007 (region-targeted behaviour) or
//! TB003 (concealed list compared with the environment).

use crate::code::{self, Analysis};
use crate::report::{Confidence, Decoded, Finding, Location, Severity};

/// Is this input JavaScript (or TypeScript) by its name or first bytes?
pub fn is_code(path: &str, head: &[u8]) -> bool {
    let name = path
        .rsplit(['/', '!'])
        .next()
        .unwrap_or(path)
        .to_ascii_lowercase();
    [".js", ".cjs", ".mjs", ".jsx", ".ts", ".mts", ".cts", ".tsx"]
        .iter()
        .any(|e| name.ends_with(e) && !name.ends_with(".d.ts"))
        || (head.starts_with(b"#!")
            && head
                .iter()
                .take(80)
                .collect::<Vec<_>>()
                .windows(4)
                .any(|w| w == [&b'n', &b'o', &b'd', &b'e']))
}

fn location(text: &[u8], at: usize) -> Location {
    let at = at.min(text.len());
    let line = 1 + memchr::memchr_iter(b'\n', &text[..at]).count();
    let ls = memchr::memrchr(b'\n', &text[..at])
        .map(|i| i + 1)
        .unwrap_or(0);
    Location {
        line,
        column: at - ls + 1,
        ..Location::span(at, at + 1)
    }
}

/// Analyse one code input and turn what is found into findings.
/// Findings of the code analysis of `text`: parsed whole, or (a large bundle) only around
/// the given seed positions.
pub fn findings(path: &str, text: &[u8], seeds: Option<&[usize]>) -> (Vec<Finding>, Vec<String>) {
    let t = match std::str::from_utf8(text) {
        Ok(t) => std::borrow::Cow::Borrowed(t),
        // Bundles sometimes hold a stray invalid byte: the rest is still code.
        Err(_) if seeds.is_some() => String::from_utf8_lossy(text),
        Err(_) => return (vec![], vec![]),
    };
    let a: Analysis = match seeds {
        Some(s) => code::analyse_around(&t, s, 0),
        None => code::analyse(&t, 0),
    };
    let mut out = vec![];
    for f in &a.findings {
        let sources: Vec<String> = f.sources.iter().map(|s| s.what.clone()).collect();
        let lists: Vec<String> = f
            .lists
            .iter()
            .map(|l| {
                format!(
                    "{} ({}{}{}): {}",
                    if l.concealed {
                        "a concealed list"
                    } else {
                        "a list"
                    },
                    l.how,
                    if l.region.is_some() {
                        "; points to "
                    } else {
                        ""
                    },
                    l.region.clone().unwrap_or_default(),
                    l.values.join(", ")
                )
            })
            .collect();
        let effects: Vec<String> = f
            .effects
            .iter()
            .map(|e| {
                if e.variants.is_empty() {
                    e.what.clone()
                } else {
                    format!(
                        "{}: {}",
                        e.what,
                        e.variants
                            .iter()
                            .map(|v| format!("«{}»", v))
                            .collect::<Vec<_>>()
                            .join(" / ")
                    )
                }
            })
            .collect();
        let region = f
            .region
            .clone()
            .map(|r| format!(" Region: {}.", r))
            .unwrap_or_default();
        let (code, id, sev, covert, message, meaning) = match f.kind {
            "covert" => (
                "TB005",
                "covert-channel",
                Severity::Critical,
                true,
                format!(
                    "Covert channel: {} → compared with {} → changes its output ({}).{}",
                    sources.join(" and "),
                    lists.len(),
                    f.effects.iter().map(|e| e.class.words()).collect::<Vec<_>>().join(", "),
                    region
                ),
                format!(
                    "The code reads where or on what it runs ({}), compares it with {} and changes its output in a way a reader would not notice ({}). Whoever receives the output can tell the user's region or setup; no telemetry is sent.{}\n\nCompared with:\n- {}\n\nOutput under each outcome:\n- {}",
                    sources.join("; "),
                    if f.lists.iter().any(|l| l.concealed) { "values it hides in its own code" } else { "a list of values that point to one region" },
                    f.effects.iter().map(|e| e.class.words()).collect::<Vec<_>>().join(", "),
                    region,
                    lists.join("\n- "),
                    effects.join("\n- ")
                ),
            ),
            "overt" => (
                "TB007",
                "region-targeted-behaviour",
                Severity::High,
                false,
                format!("Behaves differently for one region's users: {} → {}.{}", sources.join(" and "), effects.join("; "), region),
                format!(
                    "The code reads where it runs ({}), compares it with a list that points to particular countries and, only for them, {}. This is visible, not hidden, but it targets people by region.{}\n\nCompared with:\n- {}",
                    sources.join("; "),
                    f.effects.iter().map(|e| e.what.clone()).collect::<Vec<_>>().join("; "),
                    region,
                    lists.join("\n- ")
                ),
            ),
            _ => (
                "TB003",
                "hidden-list",
                // Suspicious when the hidden values point to a region; otherwise a notice.
                if f.region.is_some() { Severity::High } else { Severity::Low },
                false,
                format!("The environment ({}) is compared with a list hidden in the code.{}", sources.join(" and "), region),
                format!(
                    "The code compares where or on what it runs with values it conceals; no change of output was found, so what it does with the answer is not known.\n\nCompared with:\n- {}",
                    lists.join("\n- ")
                ),
            ),
        };
        // One value per line, lists separated by a blank line (as the linker's chains).
        let decoded_text: Vec<String> = f.lists.iter().map(|l| l.values.join("\n")).collect();
        out.push(Finding {
            rule: id.into(),
            code: code.into(),
            severity: sev,
            covert,
            message,
            meaning,
            confidence: if f.lists.iter().all(|l| !l.values.is_empty()) {
                Confidence::High
            } else {
                Confidence::Medium
            },
            location: location(text, f.at),
            snippet: f
                .effects
                .first()
                .map(|e| e.code.chars().take(240).collect())
                .unwrap_or_else(|| f.excerpt.chars().take(240).collect()),
            count: 1,
            occurrences: f
                .sources
                .iter()
                .map(|s| location(text, s.at))
                .chain(f.lists.iter().map(|l| location(text, l.at)))
                .take(20)
                .collect(),
            decoded: (!decoded_text.is_empty()).then(|| Decoded {
                scheme: f
                    .lists
                    .iter()
                    .map(|l| l.how.clone())
                    .collect::<Vec<_>>()
                    .join("; "),
                text: Some(decoded_text.join("\n\n")),
                ..Default::default()
            }),
            path: Some(path.to_string()),
            excerpt: Some(f.excerpt.clone()),
            place: None,
        });
    }
    (out, a.notes)
}
