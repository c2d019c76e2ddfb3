//! The Bun and Node SEA container parsers: sane ranges, no panic.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    telltale::fuzzing::containers(data);
});
