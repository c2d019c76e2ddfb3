//! The rule registry: one ordered list, one file per rule. Each rule file starts with a doc
//! comment in fixed sections (`# What it flags`, `# Why it matters`, `# Example`); the build
//! script turns it into data, so `telltale explain`, `telltale rules`, the page and the README
//! all show the same text. Codes and ids are stable: never renumber, only append.
//!
//! Rules run in registry order. Decoders come first so that characters they account for are
//! not reported again as plain invisible characters.

use crate::report::Severity;
use crate::text::Ctx;
use serde::Serialize;

mod alternative_mismatch;
pub use alternative_mismatch::diff as alternative_mismatch_diff;
mod archive_problem;
mod bidi_control;
mod control_character;
mod covert_channel;
pub(crate) mod dateline_marker;
pub(crate) mod environment_source;
mod exotic_space;
pub(crate) mod hidden_instruction;
pub(crate) mod hidden_list;
mod hidden_placement;
mod hidden_sheet_content;
mod hidden_text;
mod invalid_encoding;
mod invisible_character;
mod look_alike_character;
mod look_alike_domain;
mod mixed_date_formats;
mod mixed_punctuation;
pub(crate) mod mixed_script_word;
mod output_variation_sink;
mod private_use_character;
mod rare_punctuation;
mod region_targeted_behaviour;
pub(crate) mod stegcloak;
mod tag_smuggling;
pub(crate) mod target_literal;
mod unseen_part;
mod variation_selector_smuggling;
pub(crate) mod whitespace_steganography;
pub(crate) mod zero_width_encoding;

include!(concat!(env!("OUT_DIR"), "/rule_docs.rs"));

pub struct Rule {
    pub code: &'static str,
    pub id: &'static str,
    /// Source file stem holding the rule and its doc.
    pub file: &'static str,
    pub title: &'static str,
    /// The highest severity the rule reports.
    pub max_severity: Severity,
    /// The text checker's rules run on every text; bundle rules (`None`) are applied by the
    /// scanner (`crate::scan`).
    pub run: Option<fn(&mut Ctx, &Rule)>,
}

macro_rules! rule {
    ($code:literal, $id:literal, $file:ident, $title:literal, $sev:ident) => {
        rule!(@ $code, $id, $file, $title, $sev, Some($file::run))
    };
    (@ $code:literal, $id:literal, $file:ident, $title:literal, $sev:ident, $run:expr) => {
        Rule { code: $code, id: $id, file: stringify!($file), title: $title, max_severity: Severity::$sev, run: $run }
    };
}

/// A bundle rule: documented and registered here, applied by the scanner.
macro_rules! bundle_rule {
    ($code:literal, $id:literal, $file:ident, $title:literal, $sev:ident) => {
        rule!(@ $code, $id, $file, $title, $sev, None)
    };
}

pub static RULES: &[Rule] = &[
    rule!(
        "TT001",
        "dateline-marker",
        dateline_marker,
        "Date-line marker of an AI coding agent",
        Critical
    ),
    rule!(
        "TT002",
        "tag-smuggling",
        tag_smuggling,
        "Text hidden in Unicode tag characters",
        Critical
    ),
    rule!(
        "TT003",
        "variation-selector-smuggling",
        variation_selector_smuggling,
        "Bytes hidden in variation selectors",
        Critical
    ),
    rule!(
        "TT004",
        "stegcloak",
        stegcloak,
        "StegCloak hidden message",
        Critical
    ),
    rule!(
        "TT005",
        "zero-width-encoding",
        zero_width_encoding,
        "Message encoded in zero-width characters",
        Critical
    ),
    rule!(
        "TT006",
        "whitespace-steganography",
        whitespace_steganography,
        "Message hidden in trailing whitespace (SNOW)",
        Critical
    ),
    rule!(
        "TT007",
        "bidi-control",
        bidi_control,
        "Bidirectional control characters (Trojan Source)",
        High
    ),
    rule!(
        "TT008",
        "invisible-character",
        invisible_character,
        "Invisible character",
        Medium
    ),
    rule!(
        "TT009",
        "mixed-script-word",
        mixed_script_word,
        "Word mixing scripts (homoglyph substitution)",
        Medium
    ),
    rule!(
        "TT010",
        "look-alike-character",
        look_alike_character,
        "Look-alike letter",
        Medium
    ),
    rule!(
        "TT011",
        "exotic-space",
        exotic_space,
        "Unusual space or blank character",
        Medium
    ),
    rule!(
        "TT012",
        "rare-punctuation",
        rare_punctuation,
        "Rare look-alike punctuation",
        Medium
    ),
    rule!(
        "TT013",
        "mixed-punctuation",
        mixed_punctuation,
        "Same punctuation written two ways",
        Low
    ),
    rule!(
        "TT014",
        "mixed-date-formats",
        mixed_date_formats,
        "Dates written in different formats",
        Medium
    ),
    rule!(
        "TT015",
        "control-character",
        control_character,
        "Control character",
        Medium
    ),
    rule!(
        "TT016",
        "private-use-character",
        private_use_character,
        "Private-use or unassigned character",
        Low
    ),
    rule!(
        "TT017",
        "invalid-encoding",
        invalid_encoding,
        "Bytes that are not valid text",
        Low
    ),
    rule!(
        "TT018",
        "look-alike-domain",
        look_alike_domain,
        "Deceptive internet address",
        Medium
    ),
    bundle_rule!(
        "TB001",
        "environment-source",
        environment_source,
        "Code reads the environment",
        Info
    ),
    bundle_rule!(
        "TB002",
        "target-literal",
        target_literal,
        "Region-specific value compared",
        Info
    ),
    bundle_rule!(
        "TB003",
        "hidden-list",
        hidden_list,
        "Encoded list of domains or names",
        High
    ),
    bundle_rule!(
        "TB004",
        "output-variation-sink",
        output_variation_sink,
        "Output varied with look-alike characters",
        Medium
    ),
    bundle_rule!(
        "TB005",
        "covert-channel",
        covert_channel,
        "Covert channel: environment → hidden list → output",
        Critical
    ),
    bundle_rule!(
        "TB006",
        "archive-problem",
        archive_problem,
        "Part of the input could not be checked",
        Low
    ),
    bundle_rule!(
        "TB007",
        "region-targeted-behaviour",
        region_targeted_behaviour,
        "Behaves differently for one region's users",
        High
    ),
    bundle_rule!(
        "TD001",
        "hidden-text",
        hidden_text,
        "Text hidden in a document",
        Medium
    ),
    bundle_rule!(
        "TD002",
        "hidden-sheet-content",
        hidden_sheet_content,
        "Hidden sheets, rows and columns",
        Medium
    ),
    bundle_rule!(
        "TD003",
        "hidden-placement",
        hidden_placement,
        "Text placed where it is not seen",
        Medium
    ),
    bundle_rule!(
        "TD004",
        "unseen-part",
        unseen_part,
        "Comments, notes and properties",
        Low
    ),
    bundle_rule!(
        "TD005",
        "hidden-instruction",
        hidden_instruction,
        "Hidden instruction to an AI reader",
        Critical
    ),
    bundle_rule!(
        "TD006",
        "alternative-mismatch",
        alternative_mismatch,
        "E-mail versions that disagree",
        Medium
    ),
];

/// A rule's documentation, split into its fixed sections.
#[derive(Debug, Clone, Serialize)]
pub struct RuleDoc {
    pub code: &'static str,
    pub id: &'static str,
    pub title: &'static str,
    pub max_severity: Severity,
    pub what: String,
    pub why: String,
    pub example: String,
    /// Simplified Chinese: title, what it flags, why it matters (the `# 中文` section).
    pub zh: RuleDocZh,
}

#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct RuleDocZh {
    pub title: String,
    pub what: String,
    pub why: String,
}

fn zh_field(section: &str, key: &str) -> String {
    section
        .lines()
        .find_map(|l| l.strip_prefix(key).and_then(|r| r.strip_prefix(": ")))
        .unwrap_or("")
        .trim()
        .to_string()
}

fn section(doc: &str, name: &str) -> String {
    let mut out = Vec::new();
    let mut on = false;
    for line in doc.lines() {
        if let Some(h) = line.strip_prefix("# ") {
            on = h.trim() == name;
            continue;
        }
        if on {
            out.push(line);
        }
    }
    out.join("\n").trim().to_string()
}

pub fn find(id_or_code: &str) -> Option<&'static Rule> {
    RULES
        .iter()
        .find(|r| r.id.eq_ignore_ascii_case(id_or_code) || r.code.eq_ignore_ascii_case(id_or_code))
}

pub fn doc(rule: &Rule) -> RuleDoc {
    let raw = RULE_DOCS
        .iter()
        .find(|(f, _)| *f == rule.file)
        .map(|(_, d)| *d)
        .unwrap_or("");
    RuleDoc {
        code: rule.code,
        id: rule.id,
        title: rule.title,
        max_severity: rule.max_severity,
        what: section(raw, "What it flags"),
        why: section(raw, "Why it matters"),
        example: section(raw, "Example"),
        zh: {
            let z = section(raw, "中文");
            RuleDocZh {
                title: zh_field(&z, "标题"),
                what: zh_field(&z, "标记什么"),
                why: zh_field(&z, "为什么重要"),
            }
        },
    }
}

pub fn all_docs() -> Vec<RuleDoc> {
    RULES.iter().map(doc).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn every_rule_has_all_sections_and_unique_ids() {
        let mut ids = std::collections::HashSet::new();
        for r in RULES {
            assert!(ids.insert(r.id), "duplicate id {}", r.id);
            assert!(ids.insert(r.code), "duplicate code {}", r.code);
            let d = doc(r);
            assert!(!d.what.is_empty(), "{} lacks 'What it flags'", r.id);
            assert!(!d.why.is_empty(), "{} lacks 'Why it matters'", r.id);
            assert!(!d.example.is_empty(), "{} lacks 'Example'", r.id);
            assert!(
                !d.zh.title.is_empty() && !d.zh.what.is_empty() && !d.zh.why.is_empty(),
                "{} lacks its Chinese section (标题 / 标记什么 / 为什么重要)",
                r.id
            );
        }
    }
}
