//! # What it flags
//! Lists of domains or watched names stored so that a reader cannot see them: base64, hex,
//! `\x` escapes and char-code arrays (`String.fromCharCode(…)`, numeric arrays), each also tried
//! under all 255 single-byte XOR keys with a cheap plausibility filter first (printable,
//! delimiter-separated, domain-like tokens or names from the watchlist). The list is shown in
//! full with where and how it was decoded.
//!
//! # Why it matters
//! Legitimate code has no reason to hide a list of company or relay domains. An encoded list
//! next to an environment check is how a program can single out some users without anyone
//! reading its source noticing. Embedded images and wasm in base64 are not lists and stay quiet.
//!
//! # Example
//! `"TkxLS1dLTU8ESUpIBEdFTkVPRFxPSE9..."` decodes (base64, XOR 0x2a) to
//! `deepseek.com, moonshot.cn, …`.
