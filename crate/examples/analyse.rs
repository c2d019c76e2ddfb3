//! Print what the code analysis finds in JavaScript files: `cargo run --example analyse FILE…`
//! (`--brief`: one line per file).
fn main() {
    let brief = std::env::args().any(|a| a == "--brief");
    // `--seeds=1,2,3`: analyse only around these byte offsets (as the scanner does for the
    // chains of a large bundle).
    let seeds: Option<Vec<usize>> = std::env::args().find_map(|a| {
        a.strip_prefix("--seeds=")
            .map(|s| s.split(',').filter_map(|x| x.parse().ok()).collect())
    });
    for p in std::env::args().skip(1).filter(|a| !a.starts_with("--")) {
        let t = std::fs::read_to_string(&p).unwrap_or_default();
        let a = match &seeds {
            Some(s) => telltale::code::analyse_around(&t, s, 0),
            None => telltale::code::analyse_text(&t, 0),
        };
        if brief {
            let s: Vec<String> = a
                .findings
                .iter()
                .map(|f| {
                    format!(
                        "{}[{}; lists {}; fx {}; {}]",
                        f.kind,
                        f.sources
                            .iter()
                            .map(|s| s.what.as_str())
                            .collect::<Vec<_>>()
                            .join("+"),
                        f.lists
                            .iter()
                            .map(|l| format!(
                                "{}{}",
                                l.values.len(),
                                if l.concealed { "c" } else { "" }
                            ))
                            .collect::<Vec<_>>()
                            .join(","),
                        f.effects
                            .iter()
                            .map(|e| format!("{:?}", e.class))
                            .collect::<Vec<_>>()
                            .join(","),
                        f.region.clone().unwrap_or_default()
                    )
                })
                .collect();
            println!(
                "{}: {} {}",
                p.rsplit('/').next().unwrap_or(&p),
                if s.is_empty() {
                    "-".into()
                } else {
                    s.join(" ")
                },
                if a.parsed { "" } else { "UNPARSED" }
            );
            continue;
        }
        println!("== {} parsed={} notes={:?}", p, a.parsed, a.notes);
        for f in &a.findings {
            println!("{}", serde_json::to_string_pretty(f).unwrap());
        }
    }
}
