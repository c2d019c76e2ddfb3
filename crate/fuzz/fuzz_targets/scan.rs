//! The bundle scanner on a raw file, then on the input wrapped as gzip, tar, zip, tgz or nested archives (first byte).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    telltale::fuzzing::scan(data);
});
