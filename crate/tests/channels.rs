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
        "covert {} / clean {} / decoded {}",
        tally.covert, tally.clean, tally.decoded
    );
    tally.assert_all_right();
}
