//! `sbx 'JS that sets __out'`: evaluate in the sandbox and print the outcome.
//! `sbx --time N 'JS'`: run it N times and print the median time per evaluation.
fn main() {
    let a: Vec<String> = std::env::args().collect();
    if a.len() > 3 && a[1] == "--time" {
        let n: usize = a[2].parse().unwrap_or(5);
        let mut t: Vec<f64> = (0..n)
            .map(|_| {
                let s = std::time::Instant::now();
                let _ = run(&a[3]);
                s.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        t.sort_by(|x, y| x.total_cmp(y));
        println!("median {:.2} ms over {}", t[n / 2], n);
        return;
    }
    println!("{:?}", run(&a[1]));
}

/// With `SBX_ENV` set: under the fake environment (UTC, en-US), as a replay run is.
fn run(p: &str) -> telltale::code::sandbox::Outcome {
    if std::env::var_os("SBX_ENV").is_some() {
        let env = serde_json::json!({ "tz": "UTC", "locale": "en-US", "offset": 0, "env": {} });
        telltale::code::sandbox::evaluate_in_env(p, &env)
    } else {
        telltale::code::sandbox::evaluate(p)
    }
}
