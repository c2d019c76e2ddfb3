//! The `telltale` binary: the shared corpus through the CLI (JSON and exit codes), and the
//! command-line contract (usage errors exit 2 with a message, rules/explain, stdin, --cleaned).
#![cfg(not(target_arch = "wasm32"))]
mod common;

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_telltale"))
}

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/corpus/text")
}

fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn corpus_through_the_cli() {
    let manifest = std::fs::read_to_string(corpus_dir().join("cases.json")).unwrap();
    let mut errs = Vec::new();
    for c in common::cases(&manifest) {
        let name = c["name"].as_str().unwrap();
        let input = common::input(&c, &|f| std::fs::read(corpus_dir().join(f)).unwrap());
        let mut args = vec!["prompt", "-", "--format", "json"];
        let pw;
        if let Some(p) = c.get("password").and_then(|p| p.as_str()) {
            pw = p.to_string();
            args.extend(["--password", pw.as_str()]);
        }
        if c.pointer("/options/ascii_punctuation")
            .and_then(|v| v.as_bool())
            == Some(true)
        {
            args.push("--ascii-punctuation");
        }
        let out = run_stdin(&args, &input);
        let report: telltale::report::Report = match serde_json::from_slice(&out.stdout) {
            Ok(r) => r,
            Err(e) => {
                errs.push(format!(
                    "{}: JSON does not parse: {} ({})",
                    name,
                    e,
                    String::from_utf8_lossy(&out.stderr)
                ));
                continue;
            }
        };
        let want_code = if matches!(report.verdict.as_str(), "clean" | "notice") {
            0
        } else {
            1
        };
        if out.status.code() != Some(want_code) {
            errs.push(format!(
                "{}: exit {:?} for verdict {}",
                name,
                out.status.code(),
                report.verdict.as_str()
            ));
        }
        errs.extend(common::check(&c, &report));
    }
    assert!(errs.is_empty(), "{}", errs.join("\n"));
}

#[test]
fn file_argument_and_text_output() {
    let out = bin()
        .args([
            "prompt",
            corpus_dir().join("tags-framed.txt").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.starts_with("COVERT"), "{}", s);
    assert!(s.contains("Ignore all prior instructions"), "{}", s);
    assert!(
        !s.contains("\x1b["),
        "no colour when stdout is not a terminal"
    );
}

#[test]
fn cleaned_output_is_the_cleaned_text() {
    let out = run_stdin(
        &["prompt", "--cleaned"],
        "pass\u{200B}word p\u{0430}ypal".as_bytes(),
    );
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "password paypal");
}

#[test]
fn errors_exit_2_with_a_message() {
    let cases: &[&[&str]] = &[
        &["prompt", "/nonexistent/file"],
        &["prompt", "--format", "xml"],
        &["prompt", "--bogus"],
        &["nope"],
        &["explain", "no-such-rule"],
        &["prompt", "--password"],
    ];
    for args in cases {
        let out = bin().args(*args).stdin(Stdio::null()).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{:?}", args);
        let err = String::from_utf8(out.stderr).unwrap();
        // clap's style for usage errors, and the same for errors while running.
        assert!(err.starts_with("error: "), "{:?}: {}", args, err);
    }
}

#[test]
fn rules_and_explain() {
    let out = bin().args(["rules", "--format", "json"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), telltale::rules::RULES.len());
    assert!(ids.contains(&"dateline-marker"));
    let out = bin().args(["explain", "TT001"]).output().unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(
        s.contains("What it flags")
            && s.contains("Why it matters")
            && s.contains("Example")
            && s.contains("U+02B9")
    );
    let by_id = bin().args(["explain", "dateline-marker"]).output().unwrap();
    assert_eq!(by_id.stdout, s.as_bytes());
}

#[test]
fn version_and_help() {
    let out = bin().arg("--version").output().unwrap();
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        format!("telltale {}", env!("CARGO_PKG_VERSION"))
    );
    let out = bin().arg("--help").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.contains("Usage: telltale <COMMAND>"), "{}", help);
    for c in ["prompt", "scan", "rules", "explain", "completions"] {
        assert!(help.contains(c), "{} missing from --help", c);
        let sub = bin().args([c, "--help"]).output().unwrap();
        assert_eq!(sub.status.code(), Some(0), "{} --help", c);
        let t = String::from_utf8(sub.stdout).unwrap();
        assert!(t.contains(&format!("Usage: telltale {}", c)), "{}", t);
    }
    let scan = bin().args(["scan", "--help"]).output().unwrap();
    let t = String::from_utf8(scan.stdout).unwrap();
    for opt in [
        "--jobs",
        "--format",
        "jsonl",
        "--fail-on",
        "--quiet",
        "--allow-incomplete",
        "Exit status",
    ] {
        assert!(t.contains(opt), "scan --help lacks {}", opt);
    }
    // A misspelt option: clap's error, a suggestion, exit 2.
    let out = bin().args(["scan", "--job", "2", "x"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("--jobs"), "{}", err);
    // --jobs 0 is refused.
    let out = bin().args(["scan", "--jobs", "0", "x"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn shell_completions() {
    for (shell, marker) in [
        ("bash", "_telltale()"),
        ("zsh", "#compdef telltale"),
        ("fish", "complete -c telltale"),
    ] {
        let out = bin().args(["completions", shell]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", shell);
        let s = String::from_utf8(out.stdout).unwrap();
        assert!(s.contains(marker), "{}: {}", shell, &s[..s.len().min(200)]);
        // Subcommands and scan's options are completed.
        assert!(
            s.contains("scan") && s.contains("jobs") && s.contains("jsonl"),
            "{}",
            shell
        );
    }
    // bash parses the script it is given.
    let out = bin().args(["completions", "bash"]).output().unwrap();
    let dir = std::env::temp_dir().join(format!("telltale-compl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("telltale.bash");
    std::fs::write(&f, &out.stdout).unwrap();
    if let Ok(st) = Command::new("bash").arg("-n").arg(&f).status() {
        assert!(st.success(), "bash -n rejects the completion script");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// A node_modules tree written from the corpus: a covert bundle in a scoped package, clean
/// libraries, a `.bin` link and a lock file.
fn modules_tree(root: &std::path::Path) -> PathBuf {
    let b = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/corpus/bundles");
    let nm = root.join("node_modules");
    let _ = std::fs::remove_dir_all(root);
    for (pkg, file) in [
        ("@scope/agent", "agent-b64-xor.js"),
        ("proxy-lib", "clean-proxy-support.js"),
        ("tz-lib", "clean-timezone-lib.js"),
        ("typo", "clean-typography.js"),
    ] {
        let d = nm.join(pkg);
        std::fs::create_dir_all(&d).unwrap();
        std::fs::copy(b.join(file), d.join("index.js")).unwrap();
        std::fs::write(
            d.join("package.json"),
            format!(
                "{{\"name\":\"{}\",\"version\":\"1.0.0\",\"main\":\"index.js\"}}",
                pkg
            ),
        )
        .unwrap();
    }
    std::fs::create_dir_all(nm.join(".bin")).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink("../tz-lib/index.js", nm.join(".bin/tz")).unwrap();
    std::fs::write(nm.join(".package-lock.json"), "{\"lockfileVersion\":3}").unwrap();
    nm
}

fn without_dates(mut v: serde_json::Value) -> serde_json::Value {
    if let Some(o) = v.as_object_mut() {
        o.remove("generated");
    }
    v
}

#[test]
fn jobs_and_jsonl_give_the_same_reports_in_order() {
    let root = std::env::temp_dir().join(format!("telltale-jobs-{}", std::process::id()));
    let nm = modules_tree(&root);
    let nm = nm.to_str().unwrap();
    let lines = |jobs: &str| -> Vec<serde_json::Value> {
        let out = bin()
            .args(["scan", "--format", "jsonl", "--jobs", jobs, nm])
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(1),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| without_dates(serde_json::from_str(l).expect("one JSON report per line")))
            .collect()
    };
    let one = lines("1");
    let names: Vec<String> = one
        .iter()
        .map(|r| r["input"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        names,
        vec![
            nm.to_string(),
            format!("{}/@scope/agent", nm),
            format!("{}/proxy-lib", nm),
            format!("{}/typo", nm),
            format!("{}/tz-lib", nm),
        ]
    );
    let verdicts: Vec<&str> = one.iter().map(|r| r["verdict"].as_str().unwrap()).collect();
    assert_eq!(verdicts[1], "covert");
    assert!(
        verdicts[2..]
            .iter()
            .all(|v| *v == "clean" || *v == "notice"),
        "{:?}",
        verdicts
    );
    // The covert package's report names only its own files.
    for f in one[1]["findings"].as_array().unwrap() {
        assert!(
            f["path"].as_str().unwrap_or("").contains("@scope/agent"),
            "{}",
            f
        );
    }
    for jobs in ["2", "4"] {
        assert_eq!(lines(jobs), one, "--jobs {} changed the reports", jobs);
    }
    // One report (json): the same for any number of jobs, and the findings of all the lines.
    let json = |jobs: &str| {
        let out = bin()
            .args(["scan", "--format", "json", "-j", jobs, nm])
            .output()
            .unwrap();
        without_dates(serde_json::from_slice(&out.stdout).unwrap())
    };
    let j1 = json("1");
    assert_eq!(json("2"), j1);
    let n: usize = one
        .iter()
        .map(|r| r["findings"].as_array().unwrap().len())
        .sum();
    assert_eq!(j1["findings"].as_array().unwrap().len(), n);
    assert_eq!(j1["verdict"], "covert");
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn empty_and_binary_input_never_fail() {
    let out = run_stdin(&["prompt", "--format", "json"], b"");
    assert_eq!(out.status.code(), Some(0));
    // Random-looking binary: decoded lossily, reported, no crash.
    let bytes: Vec<u8> = (0..20000u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    let out = run_stdin(&["prompt", "--format", "json"], &bytes);
    assert!(
        matches!(out.status.code(), Some(0) | Some(1)),
        "{:?}",
        out.status
    );
    let r: telltale::report::Report = serde_json::from_slice(&out.stdout).unwrap();
    assert!(r.input.invalid_byte_count > 0);
}

/// README's rules table is generated from the registry; `UPDATE_GOLDEN=1` rewrites it.
#[test]
fn readme_rules_table_matches_registry() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let mut table =
        String::from("| code | id | max severity | what it flags |\n|---|---|---|---|\n");
    for d in telltale::rules::all_docs() {
        table.push_str(&format!(
            "| {} | `{}` | {} | {} |\n",
            d.code,
            d.id,
            d.max_severity.as_str(),
            d.title
        ));
    }
    let (a, b) = (
        readme.find("<!-- rules:start -->\n").unwrap(),
        readme.find("<!-- rules:end -->").unwrap(),
    );
    let current = &readme[a + "<!-- rules:start -->\n".len()..b];
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        let new = format!(
            "{}{}{}",
            &readme[..a + "<!-- rules:start -->\n".len()],
            table,
            &readme[b..]
        );
        std::fs::write(&path, new).unwrap();
    } else {
        assert_eq!(
            current, table,
            "README rules table is stale: run `make golden`"
        );
    }
}

#[test]
fn sarif_output_for_prompt_and_scan() {
    let out = run_stdin(
        &["prompt", "--format", "sarif"],
        "Today\u{2019}s date is 2026/04/03.".as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["version"], "2.1.0");
    let res = &v["runs"][0]["results"][0];
    assert_eq!(res["ruleId"], "dateline-marker");
    assert_eq!(res["level"], "error");
    assert_eq!(
        res["locations"][0]["physicalLocation"]["region"]["startLine"],
        1
    );
    assert!(v["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["id"] == "dateline-marker"));

    let fx =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/corpus/bundles/agent-b64-xor.js");
    let out = bin()
        .args(["scan", "--format", "sarif", fx.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let res = v["runs"][0]["results"].as_array().unwrap();
    let chain = res
        .iter()
        .find(|r| r["ruleId"] == "covert-channel")
        .unwrap();
    assert!(
        chain["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap()
            .ends_with("agent-b64-xor.js")
    );
    assert!(chain["message"]["text"]
        .as_str()
        .unwrap()
        .contains("api.deepseek.com"));
}

#[test]
fn scan_fail_on_levels() {
    let fx = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/corpus/bundles/clean-typography.js");
    let p = fx.to_str().unwrap();
    assert_eq!(
        bin().args(["scan", p]).output().unwrap().status.code(),
        Some(0)
    );
    let bad = bin()
        .args(["scan", "--fail-on", "sometimes", p])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn explain_in_chinese_and_markdown_reports() {
    let out = bin()
        .args(["explain", "TT002", "--lang", "zh"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("标记什么") && s.contains("标签字符"), "{}", s);
    let fx =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/corpus/bundles/agent-b64-xor.js");
    let out = bin()
        .args(["scan", "--format", "markdown", fx.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.starts_with("# Telltale: Covert signal"), "{}", md);
    assert!(md.contains("TB005 covert-channel") && md.contains("api.deepseek.com"));
    assert!(md.contains("## What was read"));
}

fn marker_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/corpus/bundles/agent-b64-xor.js")
}

#[test]
fn scan_reads_standard_input_and_pipes() {
    let m = std::fs::read(marker_path()).unwrap();
    let out = run_stdin(&["scan", "-", "--format", "json"], &m);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["verdict"], "covert");
    assert_eq!(r["inputs"][0]["path"], "stdin");
    // The same through /dev/stdin (a pipe: not seekable).
    if std::path::Path::new("/dev/stdin").exists() {
        let out = run_stdin(&["scan", "/dev/stdin", "--format", "json"], &m);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(r["verdict"], "covert");
    }
}

#[cfg(unix)]
#[test]
fn scan_reads_a_fifo() {
    let dir = std::env::temp_dir().join(format!("telltale-fifo-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let fifo = dir.join("in.fifo");
    assert!(Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let m = std::fs::read(marker_path()).unwrap();
    let f2 = fifo.clone();
    let writer = std::thread::spawn(move || std::fs::write(f2, m).unwrap());
    let out = bin()
        .args(["scan", fifo.to_str().unwrap(), "--format", "json"])
        .output()
        .unwrap();
    writer.join().unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["verdict"], "covert");
}

#[test]
fn a_part_not_checked_fails_closed_unless_allowed() {
    // A truncated gzip of a clean file: nothing covert in what was read, but not all was read.
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(&"const a = 1;\n".repeat(50_000).into_bytes())
        .unwrap();
    let gz = e.finish().unwrap();
    let dir = std::env::temp_dir().join(format!("telltale-trunc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("cut.js.gz");
    std::fs::write(&p, &gz[..gz.len() / 2]).unwrap();
    let out = bin().args(["scan", p.to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Not checked"), "{}", text);
    assert!(String::from_utf8_lossy(&out.stderr).contains("could not be checked"));
    let out = bin()
        .args([
            "scan",
            p.to_str().unwrap(),
            "--allow-incomplete",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(out.status.code(), Some(0));
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["coverage"]["complete"], false);
    assert!(r["coverage"]["unchecked"][0]["reason"]
        .as_str()
        .unwrap()
        .contains("corrupt or truncated"));
}

#[test]
fn prompt_on_a_large_stream_is_bounded_and_finds_the_tail() {
    // 6 MB on standard input: checked in segments; the date line at the end is found.
    let mut t = "An ordinary line of text, nothing to see here at all.\n".repeat(110_000);
    t.push_str("Today\u{2019}s date is 2026/04/03.\n");
    let out = run_stdin(&["prompt", "-", "--format", "json"], t.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["verdict"], "covert");
    assert_eq!(r["findings"][0]["location"]["line"], 110_001);
}

/// Exports stand alone: JSON, SARIF and Markdown carry the tool version, the date, each
/// input's name, size and SHA-256 (computed here independently), and its own verdict; the
/// verdict's summary of a covert chain gives numbers, not the lists.
#[test]
fn exports_carry_provenance_and_a_short_summary() {
    use sha2::Digest;
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/corpus");
    let covert = dir.join("bundles/agent-b64-xor.js");
    let clean = dir.join("bundles/clean-timezone-lib.js");
    let hex = |p: &PathBuf| {
        sha2::Sha256::digest(std::fs::read(p).unwrap())
            .iter()
            .map(|b| format!("{:02x}", b))
            .collect::<String>()
    };
    let run = |fmt: &str| {
        let o = bin()
            .env("SOURCE_DATE_EPOCH", "1774000000")
            .args([
                "scan",
                covert.to_str().unwrap(),
                clean.to_str().unwrap(),
                "--format",
                fmt,
            ])
            .output()
            .unwrap();
        String::from_utf8(o.stdout).unwrap()
    };
    let j: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    assert_eq!(j["generated"], "2026-03-20T09:46:40Z");
    let checked = j["checked"].as_array().unwrap();
    assert_eq!(checked.len(), 2, "{}", j["checked"]);
    assert_eq!(checked[0]["sha256"], hex(&covert));
    assert_eq!(checked[1]["sha256"], hex(&clean));
    assert_eq!(checked[0]["verdict"], "covert");
    assert!(
        matches!(checked[1]["verdict"].as_str(), Some("clean" | "notice")),
        "{}",
        checked[1]
    );
    let summary = j["summary"].as_str().unwrap();
    assert!(
        summary.chars().count() <= 300,
        "{} chars: {}",
        summary.chars().count(),
        summary
    );
    assert!(summary.chars().any(|c| c.is_ascii_digit()), "{}", summary);
    let zh = j["summary_zh"].as_str().unwrap();
    assert!(zh.chars().count() <= 200, "{}", zh);
    let sarif: serde_json::Value = serde_json::from_str(&run("sarif")).unwrap();
    let run0 = &sarif["runs"][0];
    assert_eq!(run0["artifacts"][0]["hashes"]["sha-256"], hex(&covert));
    assert_eq!(run0["invocations"][0]["endTimeUtc"], "2026-03-20T09:46:40Z");
    let md = run("markdown");
    assert!(
        md.contains(&hex(&clean)) && md.contains("2026-03-20T09:46:40Z"),
        "{}",
        md
    );
    assert!(md.contains(env!("CARGO_PKG_VERSION")));
}

/// A date-line marker's decoded flags are in the Markdown export, one row each.
#[test]
fn markdown_export_keeps_dateline_flags() {
    let line = "Today\u{2019}s date is 2026/04/03.\n";
    let o = run_stdin(&["prompt", "-", "--format", "markdown"], line.as_bytes());
    let md = String::from_utf8(o.stdout).unwrap();
    assert!(
        md.contains("| china_timezone |") || md.contains("| custom_host_on_list |"),
        "{}",
        md
    );
    assert!(md.contains("SHA-256"), "{}", md);
}

/// Every finding carries a Chinese line (from the zh-CN catalogue): the characters by code
/// point and name, the count; the decoded flags are in its meaning.
#[test]
fn findings_carry_a_chinese_line() {
    let o = run_stdin(
        &["prompt", "-", "--format", "json"],
        "pass\u{200B}word and Today\u{2019}s date is 2026/04/03.\n".as_bytes(),
    );
    let j: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let fs = j["findings"].as_array().unwrap();
    assert!(!fs.is_empty());
    for f in fs {
        let zh = f["message_zh"].as_str().unwrap_or("");
        assert!(
            zh.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c)),
            "{}",
            f
        );
    }
    let dl = fs.iter().find(|f| f["rule"] == "dateline-marker").unwrap();
    let meaning = telltale::i18n::render(
        "zh-CN",
        &serde_json::from_value(dl["meaning_msg"].clone()).unwrap(),
    );
    assert!(meaning.contains("时区是 Asia/Shanghai"), "{meaning}");
    let zw = fs
        .iter()
        .find(|f| f["message"].as_str().unwrap().contains("U+200B"))
        .unwrap();
    assert!(
        zw["message_zh"]
            .as_str()
            .unwrap()
            .contains("U+200B ZERO WIDTH SPACE"),
        "{}",
        zw["message_zh"]
    );
}

#[test]
fn an_unreadable_input_beside_a_good_one_is_not_a_clean_bill() {
    let dir = std::env::temp_dir().join(format!("telltale-part-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("good")).unwrap();
    std::fs::write(dir.join("good/index.js"), "module.exports = 1;\n").unwrap();
    std::fs::write(dir.join("broken.tgz"), b"\x1f\x8b\x08\x00broken").unwrap();
    let (b, g) = (dir.join("broken.tgz"), dir.join("good"));
    let (b, g) = (b.to_str().unwrap(), g.to_str().unwrap());
    let out = bin().args(["scan", b, g]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "a part not read fails closed");
    assert!(
        String::from_utf8_lossy(&out.stdout).starts_with("NOTICE  2 input(s)")
            || String::from_utf8_lossy(&out.stdout).starts_with("CLEAN  2 input(s)")
    );
    let out = bin()
        .args(["scan", "--allow-incomplete", b, g])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    // Nothing readable: the reason is named.
    let out = bin().args(["scan", b]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("broken.tgz: corrupt"), "{}", err);
    // SARIF: every result has a start line; the run says what was not read.
    let out = bin()
        .args(["scan", "--format", "sarif", b, g])
        .output()
        .unwrap();
    let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for r in s["runs"][0]["results"].as_array().unwrap() {
        assert!(
            r["locations"][0]["physicalLocation"]["region"]["startLine"]
                .as_u64()
                .unwrap()
                >= 1
        );
    }
    let inv = &s["runs"][0]["invocations"][0];
    assert_eq!(inv["executionSuccessful"], false);
    assert!(inv["toolExecutionNotifications"][0]["message"]["text"]
        .as_str()
        .unwrap()
        .contains("broken.tgz"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// `--lang`: the same report with its words from another catalogue; the data (message ids and
/// arguments) is the same, and the verdict does not change.
#[test]
fn lang_renders_the_report_in_another_language() {
    let input = "Log in to your p\u{0430}yp\u{0430}l account: pass\u{200B}word.\nToday\u{2019}s date is 2026/04/03.\n";
    let en = run_stdin(&["prompt", "--format", "json"], input.as_bytes());
    let zh = run_stdin(
        &["prompt", "--format", "json", "--lang", "zh-CN"],
        input.as_bytes(),
    );
    let en: serde_json::Value = serde_json::from_slice(&en.stdout).unwrap();
    let zh: serde_json::Value = serde_json::from_slice(&zh.stdout).unwrap();
    assert_eq!(en["verdict"], zh["verdict"]);
    assert_eq!(zh["lang"], "zh-CN");
    let han = |s: &serde_json::Value| {
        s.as_str()
            .unwrap()
            .chars()
            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    };
    assert!(han(&zh["summary"]), "{}", zh["summary"]);
    assert!(!han(&en["summary"]), "{}", en["summary"]);
    let fs = zh["findings"].as_array().unwrap();
    assert!(fs.len() >= 3);
    for (e, z) in en["findings"].as_array().unwrap().iter().zip(fs) {
        assert_eq!(e["msg"], z["msg"]);
        assert!(han(&z["meaning"]), "{}", z["meaning"]);
    }
    // Any tag picks the nearest catalogue; text output too.
    let out = run_stdin(&["prompt", "--lang", "zh_CN.UTF-8"], input.as_bytes());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("隐藏信号"), "{text}");
    let fr = run_stdin(
        &["prompt", "--format", "json", "--lang", "fr"],
        input.as_bytes(),
    );
    let fr: serde_json::Value = serde_json::from_slice(&fr.stdout).unwrap();
    assert_eq!(fr["summary"], en["summary"]);
}
