//! Many inputs on many threads (issue 14): a batch's report is the report one scanner reading
//! the same inputs in order makes, whatever the number of threads; units come in order.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::sync::Arc;
use telltale::scan::batch::{merge, scan_plan, Plan};
use telltale::scan::detect::Detectors;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn json(r: &telltale::scan::ScanReport) -> serde_json::Value {
    serde_json::to_value(r).unwrap()
}

#[test]
fn threads_never_change_the_report() {
    // The whole test corpus (text, bundles, channels, documents: hundreds of files), and more
    // missing paths than problems of one kind are listed, so the listing caps are exercised.
    let mut paths = vec![root().join("tests/corpus").display().to_string()];
    for i in 0..14 {
        paths.push(format!("/nonexistent/telltale-{}", i));
    }
    let one = telltale::scan::scan_paths(&paths, &[], None);
    assert!(one.inputs.len() > 100, "{} inputs", one.inputs.len());
    let det = Arc::new(Detectors::new(&[]));
    let plan = Plan::new(&paths);
    for jobs in [1, 2] {
        let mut parts = Vec::new();
        let mut order = Vec::new();
        scan_plan(&plan, &det, jobs, None, |u, p| {
            order.push(u.name.clone());
            parts.extend(p)
        });
        assert_eq!(order, paths, "units out of order with {} jobs", jobs);
        let merged = merge(&det, parts);
        assert_eq!(json(&merged), json(&one), "{} jobs", jobs);
    }
    // The unreadable paths: the first ones listed, the rest in one grouped finding, all counted.
    let unreadable = one
        .findings
        .iter()
        .filter(|f| f.code == "TB006" && f.message.starts_with("Could not be read (cannot open"))
        .count();
    assert_eq!(unreadable, telltale::scan::MAX_PROBLEMS_LISTED);
    assert!(one
        .findings
        .iter()
        .any(|f| f.message.contains("more of the same kind not listed")
            && f.message.contains("e.g. Could not be read")));
    assert!(one.coverage.unchecked_count >= 14);
}

#[test]
fn node_modules_is_split_into_packages() {
    let dir = std::env::temp_dir().join(format!("telltale-plan-{}", std::process::id()));
    let nm = dir.join("node_modules");
    let _ = std::fs::remove_dir_all(&dir);
    for p in [
        "a",
        "@s/b",
        "@s/c",
        ".pnpm/d@1.0.0/node_modules/d",
        "a/node_modules/e",
    ] {
        std::fs::create_dir_all(nm.join(p)).unwrap();
        std::fs::write(nm.join(p).join("index.js"), "module.exports = 1;\n").unwrap();
    }
    std::fs::write(nm.join(".package-lock.json"), "{}").unwrap();
    let plan = Plan::new(&[nm.display().to_string()]);
    let names: Vec<String> = plan
        .units
        .iter()
        .map(|u| {
            u.name
                .strip_prefix(&nm.display().to_string())
                .unwrap_or(&u.name)
                .to_string()
        })
        .collect();
    assert_eq!(names, vec!["", "/.pnpm/d@1.0.0", "/@s/b", "/@s/c", "/a"]);
    // A package keeps its own nested node_modules; every file is in exactly one unit.
    let a = &plan.units[4];
    assert_eq!(a.items.len(), 2);
    let total: usize = plan.units.iter().map(|u| u.items.len()).sum();
    assert_eq!(total, plan.items.len());
    assert_eq!(plan.items.len(), 6);
    let _ = std::fs::remove_dir_all(&dir);
}
