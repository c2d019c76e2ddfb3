//! Build script: turns each rule file's leading `//!` doc comment into data, so that one text feeds
//! `telltale explain`, `telltale rules`, the page and the README; and embeds the shared test corpus
//! for the wasm tests (which cannot read files at run time).
use std::{env, fs, path::Path};

fn main() {
    let manifest = env::var("CARGO_MANIFEST_DIR").unwrap();
    let out = env::var("OUT_DIR").unwrap();
    let rules_dir = Path::new(&manifest).join("src/rules");
    println!("cargo:rerun-if-changed={}", rules_dir.display());
    let mut entries: Vec<(String, String)> = Vec::new();
    for e in fs::read_dir(&rules_dir).unwrap() {
        let p = e.unwrap().path();
        let stem = p.file_stem().unwrap().to_string_lossy().to_string();
        if p.extension().map(|x| x != "rs").unwrap_or(true) || stem == "mod" {
            continue;
        }
        println!("cargo:rerun-if-changed={}", p.display());
        let src = fs::read_to_string(&p).unwrap();
        let doc: Vec<&str> = src
            .lines()
            .take_while(|l| l.starts_with("//!"))
            .map(|l| {
                l.strip_prefix("//! ")
                    .unwrap_or(l.strip_prefix("//!").unwrap())
            })
            .collect();
        entries.push((stem, doc.join("\n")));
    }
    entries.sort();
    let mut s = String::from("pub(crate) static RULE_DOCS: &[(&str, &str)] = &[\n");
    for (k, v) in &entries {
        s.push_str(&format!("    ({:?}, {:?}),\n", k, v));
    }
    s.push_str("];\n");
    fs::write(Path::new(&out).join("rule_docs.rs"), s).unwrap();

    // Shared corpus, embedded for the wasm tests.
    let corpus = Path::new(&manifest).join("../tests/corpus/text");
    println!("cargo:rerun-if-changed={}", corpus.display());
    let mut files: Vec<String> = Vec::new();
    if let Ok(rd) = fs::read_dir(&corpus) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_file() {
                files.push(p.file_name().unwrap().to_string_lossy().to_string());
            }
        }
    }
    files.sort();
    let mut c = String::from("pub static CORPUS_FILES: &[(&str, &[u8])] = &[\n");
    for f in &files {
        let abs = corpus.join(f).canonicalize().unwrap();
        println!("cargo:rerun-if-changed={}", abs.display());
        c.push_str(&format!(
            "    ({:?}, include_bytes!({:?})),\n",
            f,
            abs.display().to_string()
        ));
    }
    c.push_str("];\n");
    fs::write(Path::new(&out).join("corpus_files.rs"), c).unwrap();
}
