fn main() {
    let p = std::env::args().nth(1).unwrap();
    println!("{:?}", telltale::code::sandbox::evaluate(&p));
}
