//! The bundle scanner's one-pass finders against their naive references: equal results.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    telltale::fuzzing::fast_diff(data);
});
