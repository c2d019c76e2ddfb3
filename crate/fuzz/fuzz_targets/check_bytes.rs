//! The text checker on any bytes (with and without views): positions inside the decoded text, the report serialises.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    telltale::fuzzing::check_bytes(data);
});
