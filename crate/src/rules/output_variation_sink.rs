//! # What it flags
//! Code that can vary its output with characters that look alike: choosing between look-alike
//! apostrophes (`'` `’` `ʼ` `ʹ`, as characters or `\u` escapes, close together), rewriting the
//! date separator (`.replace(/-/g, "/")`, `split("-").join("/")`), writing zero-width
//! characters (`\u200b`, `\u2060`, invisible operators).
//!
//! # Why it matters
//! These are the ways a program can encode a few bits into ordinary-looking text (a prompt, a
//! commit message, a document) that whoever receives it can read. Typography libraries do
//! some of this legitimately, so alone it is low severity.
//!
//! # Example
//! `const a = f ? (g ? "\u02b9" : "\u2019") : (g ? "\u02bc" : "'");`
