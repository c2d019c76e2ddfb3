//! Streams of zero-width carrier characters, shared by the StegCloak and zero-width decoders.

use super::{chars, chars::Class, Ctx};

/// Maximal runs of adjacent, unexplained, non-legitimate zero-width carriers.
pub fn runs(ctx: &Ctx) -> Vec<Vec<(usize, char)>> {
    let mut runs: Vec<Vec<(usize, char)>> = Vec::new();
    let mut last_end = usize::MAX;
    for o in ctx.scan.occs.iter() {
        if !matches!(o.class, Class::Invisible | Class::BidiControl)
            || o.legit
            || !chars::is_zero_width_carrier(o.c)
            || ctx.explained.contains(&o.off)
        {
            continue;
        }
        if o.off != last_end || runs.is_empty() {
            runs.push(Vec::new());
        }
        runs.last_mut().unwrap().push((o.off, o.c));
        last_end = o.off + o.c.len_utf8();
    }
    runs
}
