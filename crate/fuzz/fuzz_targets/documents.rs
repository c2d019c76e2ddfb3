//! The document readers (Office, OpenDocument, e-mail, HTML, RTF, PDF; first byte picks) and the document check.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    telltale::fuzzing::documents(data);
});
