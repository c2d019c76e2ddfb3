//! Code understanding: JavaScript parsed on demand around candidates, values followed from the
//! environment to the output, hidden constants decoded by evaluation in a sandbox.
pub mod regions;
pub mod sandbox;
