//! Every decoder with a public entry point, picked by the first byte (see telltale::fuzzing::decoders).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    telltale::fuzzing::decoders(data);
});
