//! The channel corpus (`tests/corpus/channels/`, described by `cases.json`): every covert
//! fixture must come out `covert` with its hidden list decoded by evaluation (the values named
//! in `decoded_list_contains` appear in the finding), except lists that are one-way digests the
//! corpus says cannot be reversed without knowing the hosts; every near-miss `clean` or
//! `notice`. The fixtures are runnable programs; `tests/tools/channels.test.mjs` shows each one
//! changes its output by environment.
mod common;

use common::channels::{cases, Tally};
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[test]
fn channel_corpus() {
    let dir = root().join("tests/corpus/channels");
    let mut tally = Tally::default();
    for c in cases(&std::fs::read_to_string(dir.join("cases.json")).unwrap()) {
        let path = dir.join(c["file"].as_str().unwrap());
        let rep = telltale::scan::scan_paths(&[path.to_str().unwrap().to_string()], &[], None);
        tally.add(&c, &rep);
    }
    eprintln!(
        "covert {} / clean {} / decoded {} / known gaps {}",
        tally.covert,
        tally.clean,
        tally.decoded,
        tally.gaps.len()
    );
    for g in &tally.gaps {
        eprintln!("  known gap: {}", g);
    }
    tally.assert_all_right();
}

/// Replay (issue 13): each covert fixture's chain is run again in the sandbox under
/// environments built from what the analysis found. The baseline comes first, at least one
/// other environment's output differs from it, and the difference named is the fixture's
/// channel (`replay_change` in `cases.json`).
#[test]
fn channel_replays_show_the_difference() {
    let dir = root().join("tests/corpus/channels");
    let (mut shown, mut total) = (0, 0);
    let mut why: Vec<String> = vec![];
    for c in cases(&std::fs::read_to_string(dir.join("cases.json")).unwrap()) {
        let file = c["file"].as_str().unwrap();
        if !file.starts_with("covert/") || c["known_gap"].is_string() {
            continue;
        }
        total += 1;
        let path = dir.join(file);
        let rep = telltale::scan::scan_paths(&[path.to_str().unwrap().to_string()], &[], None);
        // The analyser's chain when there is one (a replay), else the linker's (a reason).
        let Some(f) = rep
            .findings
            .iter()
            .find(|f| f.code == "TB005" && !f.replay.is_empty())
            .or_else(|| rep.findings.iter().find(|f| f.code == "TB005"))
        else {
            continue;
        };
        if f.replay.is_empty() {
            assert!(
                f.replay_note.is_some(),
                "{}: neither a replay nor a reason",
                file
            );
            why.push(format!(
                "{}: {}",
                file,
                f.replay_note.as_deref().unwrap_or("")
            ));
            continue;
        }
        assert!(f.replay.len() >= 2, "{}", file);
        assert!(f.replay[0].env.starts_with("baseline"), "{}", file);
        assert!(f.replay[0].changes.is_empty());
        let changed: Vec<_> = f.replay.iter().filter(|r| !r.changes.is_empty()).collect();
        assert!(
            !changed.is_empty(),
            "{}: no environment changed the output",
            file
        );
        for r in &changed {
            assert_ne!(r.output, f.replay[0].output, "{}", file);
        }
        // The difference is exactly the channel's: the characters or words `cases.json`
        // names for the fixture's sink.
        let want = c["replay_change"].as_str().expect("replay_change");
        assert!(
            changed
                .iter()
                .flat_map(|r| r.changes.iter())
                .any(|x| x.contains(want)),
            "{}: the replay does not show {:?}: {:#?}",
            file,
            want,
            changed.iter().map(|r| &r.changes).collect::<Vec<_>>()
        );
        shown += 1;
    }
    eprintln!(
        "replayed with a difference: {} of {} covert fixtures",
        shown, total
    );
    for w in &why {
        eprintln!("  not replayed: {}", w);
    }
    // Every covert fixture replays with its channel's difference (the one comparing one-way
    // digests of hosts nobody listed, with that comparison forced and said so).
    assert_eq!(shown, total, "only {} of {} replayed", shown, total);
}

/// The incident's channel, as our own fixture writes it: under a custom base URL on the
/// list, the apostrophe becomes U+2019 (named in the difference); under UTC and no setting it
/// stays U+0027.
#[test]
fn replay_names_the_apostrophe_that_changes() {
    let path = root().join("tests/corpus/bundles/agent-b64-xor.js");
    let rep = telltale::scan::scan_paths(&[path.to_str().unwrap().to_string()], &[], None);
    let f = rep
        .findings
        .iter()
        .find(|f| f.code == "TB005" && !f.replay.is_empty())
        .or_else(|| rep.findings.iter().find(|f| f.code == "TB005"))
        .expect("a chain");
    if f.replay.is_empty() {
        panic!("not replayed: {:?}", f.replay_note);
    }
    assert!(
        f.replay[0].output.contains("Today's date is 2026-04-03"),
        "{:?}",
        f.replay[0]
    );
    let all: Vec<String> = f.replay.iter().flat_map(|r| r.changes.clone()).collect();
    assert!(
        all.iter().any(|c| c.contains("U+0027 APOSTROPHE →")),
        "{:#?}",
        f.replay
    );
}

/// Replay safety (issue 13): hostile output functions (an endless loop that swallows the
/// budget error, gigabyte allocations and deep recursion, prototype tampering of the
/// built-ins the sandbox itself uses, probes of real files, variables, clock and network)
/// neither hang nor crash the scan; each finding that reads the environment gets a replay or
/// a reason; where a replay is shown, the difference is the stopped run named as such, and
/// no output holds anything real (this machine's host name or home, a network function, the
/// real clock).
#[test]
fn hostile_replays_are_stopped_and_see_nothing_real() {
    let dir = root().join("tests/corpus/replay-hostile");
    let real_host = std::fs::read_to_string("/etc/hostname")
        .unwrap_or_default()
        .trim()
        .to_string();
    let home = std::env::var("HOME").unwrap_or_default();
    let today = {
        let s = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs();
        // Milliseconds of today, to the day: the real clock's digits.
        format!("{}", s / 86_400)
    };
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "cjs"))
        .collect();
    files.sort();
    assert!(files.len() >= 4);
    let mut stopped = 0;
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let rep = telltale::scan::scan_paths(&[path.to_str().unwrap().to_string()], &[], None);
        let envs: Vec<_> = rep
            .findings
            .iter()
            .filter(|f| {
                f.code.starts_with("TB00") && (!f.replay.is_empty() || f.replay_note.is_some())
            })
            .collect();
        assert!(!envs.is_empty(), "{}: no replay and no reason", name);
        for f in &envs {
            for r in &f.replay {
                if real_host.len() > 2 {
                    assert!(
                        !r.output.contains(&real_host),
                        "{}: real host name seen",
                        name
                    );
                }
                if home.len() > 2 {
                    assert!(!r.output.contains(&home), "{}: real home seen", name);
                }
                assert!(
                    !r.output.contains("function"),
                    "{}: a real function reached: {}",
                    name,
                    r.output
                );
                assert!(!r.output.contains(&today), "{}: real clock seen", name);
            }
            if f.replay.iter().any(|r| {
                r.output.contains("tick budget")
                    || r.output.contains("string cap")
                    || r.output.contains("array cap")
            }) {
                stopped += 1;
            }
        }
    }
    // The endless loop and the allocation are shown stopped under the environment that triggers them.
    assert!(stopped >= 2, "only {} hostile runs shown stopped", stopped);
}

/// A guard (`if (!onList) return;`) makes what follows depend on the decision: a message
/// printed only for listed zones is region-targeted (`suspicious`, region named). A lookup
/// that returns a value early and throws for unknown zones is not (`clean` or `notice`).
#[test]
fn guards_make_what_follows_depend_on_the_decision() {
    let dir = root().join("tests/corpus/guards");
    let scan = |f: &str| {
        telltale::scan::scan_paths(&[dir.join(f).to_str().unwrap().to_string()], &[], None)
    };
    let rep = scan("guard-message.cjs");
    assert_eq!(rep.verdict.as_str(), "suspicious");
    let f = rep
        .findings
        .iter()
        .find(|f| f.code == "TB007")
        .expect("TB007");
    assert!(f.message.contains("Iran"), "{}", f.message);
    assert!(f.message.contains("prints a message"), "{}", f.message);
    let rep = scan("guard-lookup.cjs");
    assert!(
        matches!(rep.verdict.as_str(), "clean" | "notice"),
        "{:?}",
        rep.findings.iter().map(|f| &f.message).collect::<Vec<_>>()
    );
}

/// What the file analysis finds is a message as data (issue 12): every code finding of the
/// channel and bundle corpora carries its headline, its meaning, its decoding and its replay
/// note as messages that render in every catalogue, and the Chinese rendering is not the
/// English one.
#[test]
fn code_findings_are_messages_in_every_language() {
    use telltale::i18n::{problems, render, Msg};
    let mut paths: Vec<String> = vec![];
    for d in [
        "tests/corpus/channels/covert",
        "tests/corpus/channels/clean",
        "tests/corpus/bundles",
    ] {
        for e in std::fs::read_dir(root().join(d)).unwrap().flatten() {
            if e.path().is_file() && !e.path().extension().is_some_and(|x| x == "md") {
                paths.push(e.path().to_string_lossy().to_string());
            }
        }
    }
    paths.sort();
    // Two inputs the analyser says it could not parse (a syntax error; bytes that are not
    // UTF-8): their scans carry notes, so the notes check below has something to check.
    let tmp = std::env::temp_dir().join(format!("telltale-notes-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    for (name, bytes) in [
        (
            "syntax-error.js",
            &b"const z = process.env.TZ;\nif (z === \"Asia/Shanghai\" { console.log(\"a\\u00a0b\"); }\n"[..],
        ),
        (
            "not-utf8.js",
            &b"const z = process.env.TZ; // \xff\xfe\nconsole.log(z === \"Asia/Shanghai\" ? \"a\\u00a0b\" : \"a b\");\n"[..],
        ),
    ] {
        std::fs::write(tmp.join(name), bytes).unwrap();
        paths.push(tmp.join(name).to_string_lossy().to_string());
    }
    let (mut errs, mut seen, mut notes) = (vec![], 0, 0);
    for p in &paths {
        let rep = telltale::scan::scan_paths(std::slice::from_ref(p), &[], None);
        // The scan's notes (pieces analysed, chains listed) are messages too.
        assert_eq!(rep.notes_msg.len(), rep.notes.len());
        notes += rep.notes_msg.len();
        for m in &rep.notes_msg {
            let probs = telltale::i18n::problems(m);
            assert!(probs.is_empty(), "{:?}", probs);
            assert_ne!(
                telltale::i18n::render("en", m),
                telltale::i18n::render("zh-CN", m)
            );
        }
        for f in rep
            .findings
            .iter()
            .filter(|f| f.code.starts_with("TB") && f.code != "TB006")
        {
            seen += 1;
            let mut check = |what: &str, m: Option<&Msg>| match m {
                None => errs.push(format!("{p}: {} {what} is not a message", f.code)),
                Some(m) => {
                    errs.extend(
                        problems(m)
                            .into_iter()
                            .map(|x| format!("{p}: {} {what}: {x}", f.code)),
                    );
                    if render("en", m) == render("zh-CN", m) {
                        errs.push(format!(
                            "{p}: {} {what} reads the same in Chinese: {}",
                            f.code,
                            render("en", m)
                        ));
                    }
                }
            };
            check("message", f.msg.as_ref());
            check("meaning", f.meaning_msg.as_ref());
            if let Some(d) = &f.decoded {
                if d.scheme_msg.is_some() {
                    check("decoding", d.scheme_msg.as_ref());
                }
            }
            if f.replay_note.is_some() {
                check("replay note", f.replay_note_msg.as_ref());
            }
        }
    }
    assert!(seen >= 20, "only {seen} code findings in the corpora");
    let _ = std::fs::remove_dir_all(&tmp);
    eprintln!("{notes} scan notes checked");
    assert!(
        notes >= 2,
        "{notes} scan notes: the notes check above checked too little"
    );
    assert!(
        errs.is_empty(),
        "{} problem(s):\n{}",
        errs.len(),
        errs.join("\n")
    );
}

/// A phrase of the analysis's tables renders in both languages, and its code detail is kept.
#[test]
fn phrases_keep_their_code_details() {
    use telltale::i18n::{phrase, render};
    let m = phrase("reads an API base URL setting (ANTHROPIC_BASE_URL)");
    assert_eq!(
        render("en", &m),
        "reads an API base URL setting (ANTHROPIC_BASE_URL)"
    );
    assert_eq!(
        render("zh-CN", &m),
        "读取 API 基础地址设置（ANTHROPIC_BASE_URL）"
    );
    let m = phrase("reads a system file: /etc/localtime");
    assert_eq!(render("zh-CN", &m), "读取系统文件：/etc/localtime");
    // A parenthesis in words is part of the phrase, not a detail.
    let m = phrase("reads the date string (with the time zone)");
    assert_eq!(render("zh-CN", &m), "读取日期字符串（含时区）");
}
