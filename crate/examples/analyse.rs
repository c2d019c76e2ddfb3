//! Print what the code analysis finds in JavaScript files: `cargo run --example analyse FILE…`
//! (`--brief`: one line per file).
fn main() {
    let brief = std::env::args().any(|a| a == "--brief");
    for p in std::env::args().skip(1).filter(|a| a != "--brief") {
        let t = std::fs::read_to_string(&p).unwrap_or_default();
        let a = telltale::code::analyse_text(&t, 0);
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
