//! Every input a fuzz target once crashed on, kept in `tests/fuzz-regressions/<target>/`, run
//! again through the same harness as that target (`telltale::fuzzing`). A new crash found by
//! `make fuzz` is fixed, then its input is added to the directory of its target.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fuzz-regressions")
}

fn files(target: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir().join(target))
        .map(|d| {
            d.filter_map(|e| Some(e.ok()?.path()))
                .filter(|p| p.is_file())
                .collect()
        })
        .unwrap_or_default();
    // `.gitkeep` keeps an empty directory in git; it is no input.
    out.retain(|p| !p.file_name().unwrap().to_string_lossy().starts_with('.'));
    out.sort();
    out
}

fn run_target(target: &str) -> usize {
    let files = files(target);
    for f in &files {
        let data = std::fs::read(f).unwrap();
        let name = f.file_name().unwrap().to_string_lossy().into_owned();
        let r = std::panic::catch_unwind(|| telltale::fuzzing::run(target, &data));
        match r {
            Ok(known) => assert!(known, "no fuzz target {target}"),
            Err(_) => panic!("{target}: tests/fuzz-regressions/{target}/{name} fails again"),
        }
    }
    files.len()
}

#[test]
fn every_directory_is_a_target() {
    for e in std::fs::read_dir(dir()).expect("tests/fuzz-regressions exists") {
        let e = e.unwrap();
        if e.path().is_dir() {
            let name = e.file_name().to_string_lossy().into_owned();
            assert!(
                telltale::fuzzing::TARGETS.contains(&name.as_str()),
                "tests/fuzz-regressions/{name} names no fuzz target"
            );
        }
    }
}

#[test]
fn check_bytes() {
    assert!(run_target("check_bytes") >= 2);
}

#[test]
fn decoders() {
    assert!(run_target("decoders") >= 1);
}

#[test]
fn fast_diff() {
    assert!(run_target("fast_diff") >= 1);
}

#[test]
fn containers() {
    run_target("containers");
}

#[test]
fn scan() {
    run_target("scan");
}

#[test]
fn documents() {
    assert!(run_target("documents") >= 6);
}

#[test]
fn code() {
    assert!(run_target("code") >= 4);
}

/// The reproducers are text-like: the whole text checker must take each of them too.
#[test]
fn every_reproducer_through_the_text_checker() {
    for t in telltale::fuzzing::TARGETS {
        for f in files(t) {
            telltale::fuzzing::check_bytes(&std::fs::read(&f).unwrap());
        }
    }
}
