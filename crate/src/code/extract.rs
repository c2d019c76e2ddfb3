//! Units of a large bundle, extracted around candidates (see [`extract_units`]).
