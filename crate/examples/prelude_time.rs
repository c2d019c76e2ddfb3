use boa_engine::{Context, Source};
fn main() {
    let lines: Vec<&str> = telltale::code::sandbox::PRELUDE.lines().collect();
    let mut ctx = Context::default();
    let _ = ctx.eval(Source::from_bytes(b"const __MAXT = 1, __MAXS = 1;"));
    // group lines into top-level statements crudely: each line that begins at column 0
    let mut chunks: Vec<String> = vec![];
    for l in lines {
        if !l.starts_with(' ') && !l.starts_with('}') && !l.starts_with(')') {
            chunks.push(String::new());
        }
        if let Some(c) = chunks.last_mut() {
            c.push_str(l);
            c.push('\n');
        }
    }
    for c in chunks {
        let t = std::time::Instant::now();
        let r = ctx.eval(Source::from_bytes(c.as_bytes()));
        println!(
            "{:6.2} ms {} {}",
            t.elapsed().as_secs_f64() * 1e3,
            r.is_ok(),
            &c.chars().take(70).collect::<String>().replace('\n', " ")
        );
    }
}
