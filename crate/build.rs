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

    // Message catalogues: every `locales/<tag>.ftl` (Project Fluent), so that a language is one
    // new file.
    let locales = Path::new(&manifest).join("locales");
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut tags: Vec<String> = Vec::new();
    for e in fs::read_dir(&locales).unwrap().flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "ftl") {
            println!("cargo:rerun-if-changed={}", p.display());
            tags.push(p.file_stem().unwrap().to_string_lossy().to_string());
        }
    }
    tags.sort();
    let mut s = String::from("pub(crate) static LOCALES: &[(&str, &str)] = &[\n");
    for t in &tags {
        let abs = locales.join(format!("{t}.ftl")).canonicalize().unwrap();
        s.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            t,
            abs.display().to_string()
        ));
    }
    s.push_str("];\n");
    // The file analysis's messages (`locales/files/<tag>.ftl`), only in builds that scan files.
    let files = locales.join("files");
    println!("cargo:rerun-if-changed={}", files.display());
    s.push_str(
        "#[cfg(feature = \"files\")]\npub(crate) static FILES_LOCALES: &[(&str, &str)] = &[\n",
    );
    for t in &tags {
        let p = files.join(format!("{t}.ftl"));
        if p.exists() {
            println!("cargo:rerun-if-changed={}", p.display());
            s.push_str(&format!(
                "    ({:?}, include_str!({:?})),\n",
                t,
                p.canonicalize().unwrap().display().to_string()
            ));
        }
    }
    s.push_str("];\n");
    fs::write(Path::new(&out).join("locales.rs"), s).unwrap();

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

    // The document and channel corpora with their manifests, embedded for the wasm tests.
    let corpus = Path::new(&manifest).join("../tests/corpus");
    embed(
        &out,
        "document_files.rs",
        "DOCUMENT_FILES",
        &corpus.join("documents"),
        &["files"],
        &["manifest.json", "known-gaps.json"],
    );
    embed(
        &out,
        "channel_files.rs",
        "CHANNEL_FILES",
        &corpus.join("channels"),
        &["covert", "clean"],
        &["cases.json"],
    );
    char_names(&out);
}

/// Every file under `dir`, named `prefix/relative/path`.
fn package_files(dir: &Path, prefix: &str, names: &mut Vec<(String, std::path::PathBuf)>) {
    println!("cargo:rerun-if-changed={}", dir.display());
    if let Ok(rd) = fs::read_dir(dir) {
        for e in rd.flatten() {
            let n = format!("{}/{}", prefix, e.file_name().to_string_lossy());
            if e.path().is_file() {
                names.push((n, e.path()));
            } else if e.path().is_dir() {
                package_files(&e.path(), &n, names);
            }
        }
    }
}

/// Write `name`: a static `var` listing `(relative path, bytes)` of the files in `dirs` under
/// `base` and of the `extra` files in `base` itself, sorted by path.
fn embed(out: &str, name: &str, var: &str, base: &Path, dirs: &[&str], extra: &[&str]) {
    println!("cargo:rerun-if-changed={}", base.display());
    let mut names: Vec<(String, std::path::PathBuf)> = vec![];
    for dir in dirs {
        println!("cargo:rerun-if-changed={}", base.join(dir).display());
        if let Ok(rd) = fs::read_dir(base.join(dir)) {
            for e in rd.flatten() {
                if e.path().is_file() {
                    // Documents are named by file name, channels by their path in cases.json.
                    let n = e.file_name().to_string_lossy().to_string();
                    let n = if *dir == "files" {
                        n
                    } else {
                        format!("{}/{}", dir, n)
                    };
                    names.push((n, e.path()));
                } else if e.path().is_dir() && *dir != "files" {
                    // A package fixture (a directory): every file in it, by its path.
                    let top = format!("{}/{}", dir, e.file_name().to_string_lossy());
                    package_files(&e.path(), &top, &mut names);
                }
            }
        }
    }
    for x in extra {
        if base.join(x).is_file() {
            names.push((x.to_string(), base.join(x)));
        }
    }
    names.sort();
    let mut d = format!("pub static {}: &[(&str, &[u8])] = &[\n", var);
    for (n, p) in &names {
        let abs = p.canonicalize().unwrap();
        println!("cargo:rerun-if-changed={}", abs.display());
        d.push_str(&format!(
            "    ({:?}, include_bytes!({:?})),\n",
            n,
            abs.display().to_string()
        ));
    }
    d.push_str("];\n");
    fs::write(Path::new(out).join(name), d).unwrap();
}

/// The names of the characters a report can show (Latin, Greek, Cyrillic, Hebrew, Arabic,
/// punctuation, symbols, spaces, CJK punctuation, kana, fillers, full-width forms, look-alike
/// letters, emoji, tags, variation selectors), one `XXXX NAME` line each, stored as text: the
/// page's host compresses it with the module (gzip of the module grows by what a deflated copy
/// would weigh, and the text module needs no inflater of its own). CJK ideographs and Hangul
/// syllables are named by rule at run time; the rest of Unicode gets `U+XXXX` and its category.
fn char_names(out: &str) {
    const RANGES: &[(u32, u32)] = &[
        (0x0020, 0x007E),
        (0x00A0, 0x06FF),
        (0x0700, 0x074F),
        (0x1100, 0x11FF),
        (0x1680, 0x1680),
        (0x180B, 0x180F),
        (0x1D00, 0x1FFF),
        (0x2000, 0x2BFF),
        (0x2E00, 0x2E7F),
        (0x3000, 0x30FF),
        (0x3130, 0x318F),
        (0xA700, 0xA7FF),
        (0xFB00, 0xFB4F),
        (0xFE00, 0xFE6F),
        (0xFE70, 0xFEFF),
        (0xFF00, 0xFFFF),
        (0x1D400, 0x1D7FF),
        (0x1F000, 0x1FAFF),
        (0xE0000, 0xE007F),
        (0xE0100, 0xE01EF),
    ];
    let mut text = String::new();
    for &(a, b) in RANGES {
        for cp in a..=b {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            if (0xAC00..=0xD7A3).contains(&cp) || (0x4E00..=0x9FFF).contains(&cp) {
                continue;
            }
            if let Some(n) = unicode_names2::name(c) {
                text.push_str(&format!("{:X} {}\n", cp, n));
            }
        }
    }
    fs::write(Path::new(out).join("char_names.txt"), text).unwrap();
}
