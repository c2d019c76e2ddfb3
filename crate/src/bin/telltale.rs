//! The `telltale` command line (native only: the wasm build of the crate's tests skips it).
//!
//! Exit codes: 0 clean/notice, 1 suspicious/covert, 2 error (message on stderr).

#[cfg(not(target_arch = "wasm32"))]
#[path = "telltale/cli.rs"]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
