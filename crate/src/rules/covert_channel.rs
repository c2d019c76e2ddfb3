//! # What it flags
//! A complete chain within 128 KiB of one input: an environment source (timezone, locale,
//! proxy, base URL), a comparison with a target literal or a hidden list, and an
//! output-variation sink. Every link is listed with its location and snippet, the decoded list
//! is shown in full, and a re-indented excerpt of the code around the sink is attached.
//!
//! # Why it matters
//! This is the shape of the 2026 incident: an AI coding agent read its API base URL and the
//! system timezone, compared them with hidden lists (base64 + XOR) and switched a look-alike
//! apostrophe and the date separator in its own system prompt, so the receiver of every
//! request could tell where the user was. No telemetry is sent; the signal rides in the text.
//!
//! # Example
//! `resolvedOptions().timeZone` → `=== "Asia/Shanghai"` → `.replace(/-/g, "/")` in
//! `` `Today${a}s date is ${d}.` ``
