//! Print what the code analysis finds in JavaScript files: `cargo run --example analyse FILE…`.
fn main() {
    for p in std::env::args().skip(1) {
        let t = std::fs::read_to_string(&p).unwrap_or_default();
        let a = telltale::code::analyse(&t, 0);
        println!("== {} parsed={} notes={:?}", p, a.parsed, a.notes);
        for f in &a.findings {
            println!("{}", serde_json::to_string_pretty(f).unwrap());
        }
    }
}
