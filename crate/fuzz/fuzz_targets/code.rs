//! Code understanding on any text: parse, data flow, sandboxed evaluation, chain-directed reading.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    telltale::fuzzing::code(data);
});
