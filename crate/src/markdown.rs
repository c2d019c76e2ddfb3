//! Markdown for a ticket: the verdict, the summary, then each finding with where it was seen,
//! the snippet and anything decoded, in English or Simplified Chinese (`lang = "zh"`).

use crate::report::{Checked, Finding, Verdict};
use std::fmt::Write as _;

fn verdict_word(v: Verdict, zh: bool) -> &'static str {
    match (v, zh) {
        (Verdict::Unchecked, false) => "Could not check",
        (Verdict::Unchecked, true) => "无法检查",
        (Verdict::Clean, false) => "Clean",
        (Verdict::Notice, false) => "Notice",
        (Verdict::Suspicious, false) => "Suspicious",
        (Verdict::Covert, false) => "Covert signal",
        (Verdict::Clean, true) => "未发现问题",
        (Verdict::Notice, true) => "提示",
        (Verdict::Suspicious, true) => "可疑",
        (Verdict::Covert, true) => "隐蔽信号",
    }
}

/// Fence text so that nothing in it (backticks, invisible characters) breaks the Markdown.
fn fenced(out: &mut String, text: &str) {
    let longest = text.split(|c| c != '`').map(|r| r.len()).max().unwrap_or(0);
    let fence = "`".repeat((longest + 1).max(3));
    let _ = writeln!(out, "{}\n{}\n{}", fence, text, fence);
}

/// The report as Markdown. `inputs` lists what was read (bundle scans), one line each.
pub fn to_markdown(
    verdict: Verdict,
    summary: &str,
    findings: &[Finding],
    inputs: &[String],
    lang: &str,
    checked: &[Checked],
    generated: Option<&str>,
) -> String {
    let zh = lang.starts_with("zh");
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Telltale: {}\n\n{}\n",
        verdict_word(verdict, zh),
        summary
    );
    // Provenance: the tool, the date, and each input by name, size and SHA-256.
    let _ = writeln!(
        out,
        "- {}: telltale {}",
        if zh { "工具" } else { "Tool" },
        env!("CARGO_PKG_VERSION")
    );
    if let Some(g) = generated {
        let _ = writeln!(out, "- {}: {}", if zh { "时间" } else { "Date" }, g);
    }
    for c in checked {
        let _ = writeln!(
            out,
            "- {}: `{}` ({} {}){}{}{}",
            if zh { "输入" } else { "Input" },
            c.name.replace('`', "'"),
            c.size,
            if zh { "字节" } else { "bytes" },
            c.sha256
                .as_deref()
                .map(|h| format!(", SHA-256 `{}`", h))
                .unwrap_or_default(),
            c.verdict
                .map(|v| format!(", {}", verdict_word(v, zh)))
                .unwrap_or_default(),
            if c.complete {
                String::new()
            } else if zh {
                "，未能完整读取".to_string()
            } else {
                ", not read completely".to_string()
            }
        );
    }
    out.push('\n');
    if !findings.is_empty() {
        let _ = writeln!(out, "## {}\n", if zh { "发现" } else { "What we found" });
    }
    for (i, f) in findings.iter().enumerate() {
        let title = if zh {
            crate::report::zh_title(f)
        } else {
            f.message.clone()
        };
        let _ = writeln!(out, "### {}. {} ({} {})\n", i + 1, title, f.code, f.rule);
        if zh {
            let _ = writeln!(out, "{}\n", f.message);
        }
        // Documents: the place in the document's own terms (page, paragraph, Sheet!A1).
        let at = match &f.place {
            Some(p) => p.clone(),
            None => format!(
                "line {}, column {} (byte {})",
                f.location.line, f.location.column, f.location.byte_offset
            ),
        };
        let _ = writeln!(
            out,
            "- {}: {}\n- {}: {}{}\n- {}: {}",
            if zh { "严重程度" } else { "Severity" },
            f.severity.as_str(),
            if zh { "位置" } else { "Where" },
            f.path
                .as_deref()
                .map(|p| format!("{}, ", p))
                .unwrap_or_default(),
            at,
            if zh { "次数" } else { "Seen" },
            f.count
        );
        let _ = writeln!(
            out,
            "- {}: {}\n",
            if zh { "含义" } else { "Meaning" },
            if zh {
                crate::report::zh_why(f)
            } else {
                f.meaning.clone()
            }
        );
        if !f.snippet.is_empty() {
            fenced(&mut out, &f.snippet);
            out.push('\n');
        }
        if let Some(d) = &f.decoded {
            let _ = writeln!(
                out,
                "{} ({}):\n",
                if zh { "解码" } else { "Decoded" },
                d.scheme
            );
            if let Some(t) = &d.text {
                fenced(&mut out, t);
                out.push('\n');
            }
            // (see below for the replay)
            // The date-line marker's flags, one row each.
            if let Some(fl) = &d.flags {
                if let Ok(serde_json::Value::Object(m)) = serde_json::to_value(fl) {
                    let _ = writeln!(
                        out,
                        "| {} | {} |\n|---|---|",
                        if zh { "标志" } else { "Flag" },
                        if zh { "值" } else { "Value" }
                    );
                    for (k, v) in m {
                        let v = match v {
                            serde_json::Value::String(s) => s,
                            other => other.to_string(),
                        };
                        let _ = writeln!(out, "| {} | {} |", k, v.replace('|', "\\|"));
                    }
                    out.push('\n');
                }
            }
        }
        if !f.replay.is_empty() {
            let _ = writeln!(
                out,
                "{}{}:\n\n| {} | {} | {} |\n|---|---|---|",
                if zh {
                    "在沙箱中重放"
                } else {
                    "Replayed in the sandbox"
                },
                match &f.replay_call {
                    Some(c) if zh => format!("（{}）", c.replace('|', "\\|")),
                    Some(c) => format!(" ({})", c.replace('|', "\\|")),
                    None => String::new(),
                },
                if zh { "环境" } else { "Environment" },
                if zh { "输出" } else { "Output" },
                if zh {
                    "与基准的差别"
                } else {
                    "Difference from the baseline"
                }
            );
            let cell = |t: &str| t.replace('|', "\\|").replace('\n', "⏎");
            for r in &f.replay {
                let _ = writeln!(
                    out,
                    "| {} | `{}` | {} |",
                    cell(if zh { &r.env_zh } else { &r.env }),
                    cell(&r.output).replace('`', "'"),
                    cell(&{
                        let l = if zh { &r.learns_zh } else { &r.learns };
                        if l.is_empty() {
                            r.changes.join("; ")
                        } else if zh {
                            format!("{}（透露：{}）", r.changes.join("; "), l)
                        } else {
                            format!("{} (reveals: {})", r.changes.join("; "), l)
                        }
                    })
                );
            }
            out.push('\n');
        }
    }
    if !inputs.is_empty() {
        let _ = writeln!(
            out,
            "## {}\n",
            if zh {
                "读取的内容"
            } else {
                "What was read"
            }
        );
        for i in inputs {
            let _ = writeln!(out, "- {}", i);
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "_telltale {}: {}_",
        env!("CARGO_PKG_VERSION"),
        if zh {
            "在本机检查，没有上传任何内容。"
        } else {
            "checked locally; nothing was uploaded."
        }
    );
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn markdown_has_verdict_findings_and_fences() {
        let r = crate::check_text("a\u{200B}b ``` c", &Default::default());
        let md = super::to_markdown(r.verdict, &r.summary, &r.findings, &[], "en", &[], None);
        assert!(md.starts_with("# Telltale: "));
        assert!(md.contains("### 1."));
        assert!(
            md.contains("````"),
            "a snippet holding ``` gets a longer fence: {md}"
        );
        let zh = super::to_markdown(r.verdict, &r.summary_zh, &r.findings, &[], "zh", &[], None);
        assert!(zh.contains("## 发现"));
    }
}
