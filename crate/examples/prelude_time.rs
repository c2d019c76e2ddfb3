//! `prelude_time FILE [env]`: how long each top-level statement of the sandbox prelude that
//! FILE's code would get takes to evaluate (a diagnostic for the sandbox's fixed cost).
use boa_engine::{Context, Source};
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let program = std::fs::read_to_string(&a[1]).unwrap();
    let env = a.get(2).is_some();
    let text = telltale::code::sandbox::prelude_for(&program, env, None);
    let mut ctx = Context::default();
    let mut chunks: Vec<String> = vec![];
    for l in text.lines() {
        if !l.starts_with(' ') && !l.starts_with('}') && !l.starts_with(')') {
            chunks.push(String::new());
        }
        if let Some(c) = chunks.last_mut() {
            c.push_str(l);
            c.push('\n');
        }
    }
    let mut rows = vec![];
    let all = std::time::Instant::now();
    for c in chunks {
        let t = std::time::Instant::now();
        let r = ctx.eval(Source::from_bytes(c.as_bytes()));
        rows.push((
            t.elapsed().as_secs_f64() * 1e3,
            r.is_ok(),
            c.len(),
            c.chars().take(60).collect::<String>().replace('\n', " "),
        ));
    }
    rows.sort_by(|x, y| y.0.total_cmp(&x.0));
    for r in rows.iter().take(12) {
        println!("{:6.2} ms {} {:5} B {}", r.0, r.1, r.2, r.3);
    }
    println!(
        "total {:.2} ms, {} bytes",
        all.elapsed().as_secs_f64() * 1e3,
        text.len()
    );
}
