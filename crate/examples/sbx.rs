//! `sbx 'JS that sets __out'`: evaluate in the sandbox and print the outcome.
//! `sbx --time N 'JS'`: run it N times and print the median time per evaluation.
fn main() {
    let a: Vec<String> = std::env::args().collect();
    if a.len() > 3 && a[1] == "--time" {
        let n: usize = a[2].parse().unwrap_or(5);
        let mut t: Vec<f64> = (0..n)
            .map(|_| {
                let s = std::time::Instant::now();
                let _ = telltale::code::sandbox::evaluate(&a[3]);
                s.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        t.sort_by(|x, y| x.total_cmp(y));
        println!("median {:.2} ms over {}", t[n / 2], n);
        return;
    }
    println!("{:?}", telltale::code::sandbox::evaluate(&a[1]));
}
