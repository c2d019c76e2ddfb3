//! Runs of adjacent hidden characters, shared by the tag, variation-selector, StegCloak and
//! zero-width decoders.

use super::{chars, chars::Class, Ctx, Occ};

/// Maximal runs of adjacent occurrences (each starting where the previous one ended) among
/// those the predicate keeps.
pub fn runs_where(ctx: &Ctx, keep: impl Fn(&Occ) -> bool) -> Vec<Vec<(usize, char)>> {
    let mut runs: Vec<Vec<(usize, char)>> = Vec::new();
    let mut last_end = usize::MAX;
    for o in ctx.scan.occs.iter().filter(|o| keep(o)) {
        if o.off != last_end || runs.is_empty() {
            runs.push(Vec::new());
        }
        runs.last_mut().unwrap().push((o.off, o.c));
        last_end = o.off + o.c.len_utf8();
    }
    runs
}

/// Maximal runs of adjacent, unexplained, non-legitimate zero-width carriers.
pub fn runs(ctx: &Ctx) -> Vec<Vec<(usize, char)>> {
    runs_where(ctx, |o| {
        matches!(o.class, Class::Invisible | Class::BidiControl)
            && !o.legit
            && chars::is_zero_width_carrier(o.c)
            && !ctx.explained.contains(&o.off)
    })
}
