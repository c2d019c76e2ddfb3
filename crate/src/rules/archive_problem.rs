//! # What it flags
//! Parts of an input that could not be checked, and why: corrupt or truncated gzip, tar or zip,
//! encrypted zip entries, entry names that escape the archive (`../`), zip bombs (expansion
//! beyond 200× or past the total limit), nesting deeper than 4 archives, read errors.
//!
//! # Why it matters
//! A scan that silently skipped part of a package would give a false sense of safety. Hostile
//! archives are also a warning sign in themselves. Everything else in the input is still checked.
//!
//! # Example
//! `pkg.zip: zip bomb: big.txt expands 1030× (1073741824 bytes), not opened`
