//! Telltale finds hidden signals in text: invisible and format characters, bidi controls,
//! tag and variation-selector smuggling, zero-width encodings (StegCloak, Sneaky Bits,
//! zwsp-steg…), trailing-whitespace encodings (SNOW), look-alike letters and punctuation,
//! mixed date formats, and the date-line marker of an AI coding agent.
//!
//! The same core serves the `telltale` CLI, the wasm module in the page, and the tests.
//!
//! ```
//! let report = telltale::check_text("Today\u{2019}s date is 2026/04/03.", &Default::default());
//! assert_eq!(report.verdict, telltale::report::Verdict::Covert);
//! ```
//!
//! # Untrusted input
//! Every input is assumed hostile. The contract:
//! - **No panics** on any input: any bytes, any text (invalid UTF-8 is decoded lossily and the
//!   invalid byte offsets are reported; UTF-16 is detected).
//! - **Linear time**: every pass over the text is linear; decoders try a fixed number of
//!   hypotheses over streams capped at 65,536 symbols; regexes are finite automata (no
//!   backtracking).
//! - **Bounded report**: at most 200,000 unusual characters are examined one by one (all are
//!   counted), 10,000 highlights, 2,000 inventory entries, 20 positions per entry and 50 per
//!   finding; limits reached are stated in `notes`.
//! - **Bounded recursion**: decoded payloads are checked again at most `max_depth` (2) levels.
//! - **Bounded decompression**: LZUTF8 (StegCloak) output is capped at 16 MiB.
//!
//! - **Bounded memory for large texts**: inputs over 2 MiB are read, decoded and checked in
//!   segments of about 2 MiB (see [`text::segments`]); the views are kept up to 16 MiB.
//!   Memory is one segment's check plus the report's caps, whatever the input's size.
//!
//! The bundle scanner's limits are listed in [`scan`].

pub mod code;
pub mod doc;
#[cfg(not(target_arch = "wasm32"))]
#[doc(hidden)]
pub mod fuzzing;
pub mod i18n;
pub mod input;
pub mod markdown;
pub mod report;
pub mod rules;
pub mod sarif;
pub mod scan;
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use text::{check_text, Options};

/// Check raw bytes: decode them (BOM, UTF-16, lossy UTF-8), then check the text.
pub fn check_bytes(bytes: &[u8], opts: &Options) -> report::Report {
    if bytes.len() > text::segments::SEGMENT {
        // Large inputs are decoded and checked in segments (bounded memory).
        let mut r = bytes;
        if let Ok((rep, _)) = text::segments::check_reader(&mut r, opts, u64::MAX, None) {
            return rep;
        }
    }
    let (text, info) = input::decode(bytes);
    text::check_decoded(&text, info, opts)
}
