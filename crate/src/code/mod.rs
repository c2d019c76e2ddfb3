//! Code understanding: JavaScript parsed (oxc) around candidates, values followed from the
//! environment to the output ([`flow`]), hidden constants decoded by evaluation in a sandbox
//! ([`sandbox`]), regions named from data ([`regions`]), outputs compared ([`variants`]).
//!
//! [`analyse`] takes one program's text and returns what it found: channels (an environment
//! decision, compared with a concealed or region-targeted set, that changes output), overt
//! region-targeted behaviour, and concealed lists compared with the environment.

pub mod extract;
pub mod flow;
pub mod modules;
pub mod regions;
pub mod replay;
pub mod sandbox;
pub mod variants;

use std::collections::BTreeSet;

use oxc_allocator::Allocator;
use oxc_ast::ast::*;
use oxc_span::{GetSpan, SourceType, Span};

use flow::{EffectKind, Flow};
use sandbox::Outcome;
use variants::Class;

/// The notes of code that could not be parsed, and of code that is not UTF-8 (their ids: the
/// scanner looks for them).
pub const NOTE_UNPARSED: &str = "note-code-unparsed";
pub const NOTE_NOT_UTF8: &str = "note-code-not-utf8";

/// Whether a note says the code was not parsed.
pub fn unparsed(note: &crate::i18n::Msg) -> bool {
    note.id == NOTE_UNPARSED || note.id == NOTE_NOT_UTF8
}

/// At most this many decisions are evaluated per program.
pub const MAX_DECISIONS: usize = 400;
/// At most this many effects are computed per program.
pub const MAX_EFFECTS: usize = 64;

#[derive(Debug, Clone, serde::Serialize)]
pub struct SourceOut {
    pub what: String,
    /// `what` as a message.
    pub msg: crate::i18n::Msg,
    pub category: &'static str,
    /// The access path read (`process.env.ANTHROPIC_BASE_URL`).
    pub path: String,
    pub at: usize,
    pub code: String,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct ListOut {
    /// The values the environment is compared with, as decoded by running the code.
    pub values: Vec<String>,
    /// How they were obtained ("evaluated `DM4(Xi_)` in the sandbox", "literal").
    pub how: String,
    /// `how` as a message.
    pub how_msg: crate::i18n::Msg,
    /// The values do not appear as such in the code.
    pub concealed: bool,
    /// Countries they point to, in words.
    pub region: Option<String>,
    pub region_zh: Option<String>,
    pub countries: Vec<String>,
    pub compare: String,
    pub at: usize,
    pub code: String,
    /// Where the comparison is (the list may be made elsewhere: `this.list = decode(…)`).
    #[serde(skip)]
    pub compared_at: usize,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct EffectOut {
    /// The outputs the decision selects between (unusual characters named).
    pub variants: Vec<String>,
    pub class: Class,
    pub what: String,
    /// `what` as a message.
    pub what_msg: crate::i18n::Msg,
    pub at: usize,
    pub code: String,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct Finding {
    /// "covert", "overt", "localised" (an overt decision on the user's language whose output is
    /// written in that language), "concealed-list", "open-lookup" (a concealed table whose replay showed
    /// the value it picked, see [`replay`])
    pub kind: &'static str,
    pub sources: Vec<SourceOut>,
    pub lists: Vec<ListOut>,
    pub effects: Vec<EffectOut>,
    pub region: Option<String>,
    pub region_zh: Option<String>,
    /// The countries the lists point to (ISO codes), named in each language by the report.
    pub countries: Vec<String>,
    pub at: usize,
    /// The enclosing function (from the AST).
    pub excerpt: String,
    /// The program replayed under environments built from this finding ([`replay`]).
    pub replay: Vec<replay::Run>,
    /// The call whose result the replay shows (`fM4("2026-04-03")`); `None`: the printed output.
    pub replay_call: Option<String>,
    pub replay_note: Option<crate::i18n::Msg>,
}

#[derive(Debug, Default)]
pub struct Analysis {
    pub findings: Vec<Finding>,
    pub notes: Vec<crate::i18n::Msg>,
    pub parsed: bool,
}

fn parse<'a>(alloc: &'a Allocator, text: &'a str) -> Option<Program<'a>> {
    for st in [SourceType::mjs(), SourceType::cjs(), SourceType::ts()] {
        let ret = oxc_parser::Parser::new(alloc, text, st).parse();
        if !ret.panicked && ret.diagnostics.is_empty() {
            return Some(ret.program);
        }
    }
    let ret = oxc_parser::Parser::new(alloc, text, SourceType::cjs()).parse();
    (!ret.panicked).then_some(ret.program)
}

/// Analyse one program. `base` is added to every offset reported.
pub fn analyse(text: &str, base: usize) -> Analysis {
    let alloc = Allocator::default();
    let mut out = Analysis::default();
    let Some(prog) = parse(&alloc, text) else {
        out.notes.push(crate::i18n::Msg::new(NOTE_UNPARSED));
        return out;
    };
    out.parsed = true;
    let dbg = std::env::var_os("TELLTALE_DEBUG_FLOW").is_some();
    let t = crate::scan::now_ms();
    let mut fl = Flow::new(text);
    fl.run(&prog);
    if dbg {
        eprintln!(
            "parse and flow of {} bytes: {:.1} ms",
            text.len(),
            crate::scan::now_ms() - t
        );
        for s in &fl.sources {
            eprintln!("source `{}` {} at {}", s.path, s.label, s.span.start);
        }
    }
    if fl.decisions.is_empty() {
        return out;
    }
    // 1. What each decision compares with.
    let mut lists: Vec<Option<ListOut>> = vec![None; fl.decisions.len()];
    // Decisions that feed an output or compare with something not written plainly come first.
    let mut order: Vec<usize> = (0..fl.decisions.len()).collect();
    let feeds: BTreeSet<u32> = fl
        .effects
        .iter()
        .flat_map(|e| e.dec.iter().copied())
        .chain(fl.fn_info().into_iter().flat_map(|f| f.2.into_iter()))
        .collect();
    order.sort_by_key(|&i| !feeds.contains(&(i as u32)));
    let mut evaluated = 0;
    for i in order {
        if evaluated >= MAX_DECISIONS {
            out.notes.push(
                crate::i18n::Msg::new("note-code-decisions-capped").arg("max", MAX_DECISIONS),
            );
            break;
        }
        let d = fl.decisions[i].clone();
        let t = crate::scan::now_ms();
        lists[i] = decision_list(&mut fl, &d, base);
        if dbg {
            eprintln!(
                "decision {} evaluated in {:.1} ms",
                i,
                crate::scan::now_ms() - t
            );
        }
        evaluated += 1;
    }
    if std::env::var_os("TELLTALE_DEBUG_FLOW").is_some() {
        for (i, d) in fl.decisions.iter().enumerate() {
            eprintln!(
                "decision {} `{}` how={} src={:?} via={:?} xf={:?} -> {:?}",
                i,
                clip(fl.slice(d.span), 100),
                d.how,
                d.src,
                d.via,
                d.xf,
                lists.get(i).map(|l| l.as_ref().map(|l| (
                    &l.values,
                    l.concealed,
                    &l.region,
                    &l.how
                )))
            );
        }
        for e in &fl.effects {
            eprintln!(
                "effect `{}` dec={:?} {:?}",
                clip(fl.slice(e.span), 80),
                e.dec,
                e.kind
            );
        }
        for f in fl.fn_info() {
            eprintln!("fn {:?} tests={:?} dec={:?}", f.0, f.1, f.2);
        }
    }
    let relevant = |i: u32| {
        lists
            .get(i as usize)
            .and_then(|l| l.as_ref())
            .is_some_and(|l| l.concealed || l.region.is_some())
    };
    // 2. Effects of relevant decisions.
    let mut covert_fx: Vec<(EffectOut, BTreeSet<u32>)> = vec![];
    let mut overt_fx: Vec<(EffectOut, BTreeSet<u32>)> = vec![];
    let mut seen_fn = BTreeSet::new();
    let effects = fl.effects.clone();
    for e in effects.iter().take(MAX_EFFECTS) {
        let decs: BTreeSet<u32> = e.dec.iter().copied().filter(|&i| relevant(i)).collect();
        if decs.is_empty() {
            continue;
        }
        let code = excerpt(&fl, e.func, e.span);
        match &e.kind {
            EffectKind::Choose { a, b } => {
                // Each element of a list written out plainly, compared with the environment
                // in the function that renders that element (`<option … selected>` for the
                // current zone): the list is shown item by item, one of them marked.
                let per_item = decs.iter().all(|&d| {
                    let dd = &fl.decisions[d as usize];
                    dd.set.is_some_and(|s| s.1)
                        && lists
                            .get(d as usize)
                            .and_then(|l| l.as_ref())
                            .is_some_and(|l| !l.concealed)
                        && fl.enclosing_fn(dd.span.start) == e.func
                });
                if per_item {
                    continue;
                }
                let in_context = fl
                    .choose_ctx
                    .get(&e.span.start)
                    .copied()
                    .and_then(|ctx| context_variants(&mut fl, ctx, e.span, *a, *b))
                    .filter(|v| sample_ok(v));
                let chosen = in_context.or_else(|| choose_variants(&mut fl, *a, *b));
                if dbg {
                    eprintln!("variants of `{}`: {:?}", clip(fl.slice(e.span), 60), chosen);
                }
                if let Some(v) = chosen.filter(|v| sample_ok(v)) {
                    let class = variants::classify_all(&v);
                    if class == Class::Same {
                        continue;
                    }
                    if class == Class::Message && !one_sided(&v) {
                        // Every outcome gets its own text (a translation, a mirror for each
                        // region): a visible choice made openly, not a targeting.
                        continue;
                    }
                    let what_msg = effect_msg("effect-chooses", &v, class);
                    let eo = EffectOut {
                        what: what_msg.en(),
                        what_msg,
                        variants: v.iter().map(|x| variants::show(x)).collect(),
                        class,
                        at: base + e.span.start as usize,
                        code,
                    };
                    if class.covert() {
                        covert_fx.push((eo, decs))
                    } else {
                        overt_fx.push((eo, decs))
                    }
                }
            }
            EffectKind::Act { call } => {
                overt_fx.push((
                    EffectOut {
                        what: format!("{} only then", call),
                        what_msg: crate::i18n::Msg::new("effect-only-then")
                            .arg("call", call.clone()),
                        variants: vec![],
                        class: Class::Message,
                        at: base + e.span.start as usize,
                        code,
                    },
                    decs,
                ));
            }
            EffectKind::Branch { .. } => {}
        }
    }
    // Functions whose output depends on tests of relevant decisions: run them under each outcome.
    for (fspan, tests, decs, _) in fl.fn_info() {
        // (Not a decision made from this function's own result: values handed round
        // callbacks can reach the function's tests from the decision they feed.)
        let decs: BTreeSet<u32> = decs
            .into_iter()
            .filter(|&i| relevant(i) && !fl.decisions[i as usize].via.contains(&fspan.start))
            .collect();
        if decs.is_empty() || !seen_fn.insert(fspan.start) {
            continue;
        }
        let whole = fspan.start == 0 && fspan.end as usize == text.len();
        if let Some(v) =
            branch_variants(&mut fl, &prog, fspan, &tests, whole).filter(|v| sample_ok(v))
        {
            let class = variants::classify_all(&v);
            if class == Class::Same {
                continue;
            }
            if class == Class::Message && !one_sided(&v) {
                continue;
            }
            let what_msg = effect_msg("effect-outputs", &v, class);
            let eo = EffectOut {
                what: what_msg.en(),
                what_msg,
                variants: v.iter().map(|x| variants::show(x)).collect(),
                class,
                at: base + fspan.start as usize,
                code: clip(fl.slice(fspan), 1200),
            };
            if class.covert() {
                // Keep the most specific: a Choose inside this function already covers it.
                covert_fx.push((eo, decs));
            } else {
                overt_fx.push((eo, decs));
            }
        }
    }
    // A list written out plainly that points to a region may change spacing, punctuation and
    // formats openly (French spacing, a date format per zone): covert only with characters a
    // reader cannot see or tell apart, or a meaningless change of case, wording or order.
    // Concealed lists make any unnoticeable change covert.
    let plain_only = |decs: &BTreeSet<u32>| {
        decs.iter().all(|&d| {
            lists
                .get(d as usize)
                .and_then(|l| l.as_ref())
                .is_none_or(|l| !l.concealed)
        })
    };
    covert_fx.retain(|(e, d)| {
        !(plain_only(d)
            && !matches!(
                e.class,
                Class::Invisible
                    | Class::LookAlike
                    | Class::Normalisation
                    | Class::Case
                    | Class::Wording
                    | Class::Order
            ))
    });
    // Open localisation is not a channel either: decisions on the locale with plain lists may
    // change wording, order, spacing (RTL marks, French typography).
    let open_locale = |fl: &Flow, decs: &BTreeSet<u32>| {
        decs.iter().all(|&d| {
            let dd = &fl.decisions[d as usize];
            let plain = lists
                .get(d as usize)
                .and_then(|l| l.as_ref())
                .is_some_and(|l| !l.concealed);
            plain
                && !dd.src.is_empty()
                && dd
                    .src
                    .iter()
                    .all(|&s| fl.sources[s as usize].category == "locale")
        })
    };
    // Direction marks and isolates around text for right-to-left languages are what bidi
    // handling is for: with a plain list of languages they are localisation too.
    let bidi_only = |e: &EffectOut| {
        let strip = |v: &str| {
            let mut t = v.to_string();
            for c in [
                0x061Cu32, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067,
                0x2068, 0x2069,
            ] {
                t = t.replace(&format!("[U+{:04X}]", c), "");
                if let Some(ch) = char::from_u32(c) {
                    t = t.replace(ch, "");
                }
            }
            t
        };
        e.variants.len() >= 2
            && e.variants.iter().any(|v| strip(v) != *v)
            && e.variants.iter().all(|v| strip(v) == strip(&e.variants[0]))
    };
    covert_fx.retain(|(e, d)| {
        !(open_locale(&fl, d)
            && (bidi_only(e)
                || !matches!(
                    e.class,
                    Class::Invisible | Class::LookAlike | Class::Normalisation
                )))
    });
    // 3. Findings.
    let mk = |fl: &Flow,
              kind: &'static str,
              fx: Vec<(EffectOut, BTreeSet<u32>)>,
              lists: &Vec<Option<ListOut>>|
     -> Option<Finding> {
        let mut decs = BTreeSet::new();
        for (_, d) in &fx {
            decs.extend(d.iter().copied());
        }
        let mut srcs = BTreeSet::new();
        let mut ls = vec![];
        for &d in &decs {
            srcs.extend(fl.decisions[d as usize].src.iter().copied());
            if let Some(Some(l)) = lists.get(d as usize) {
                if !ls.iter().any(|x: &ListOut| x.values == l.values) {
                    ls.push(l.clone());
                }
            }
        }
        let sources = sources_out(fl, &srcs, base);
        let mut countries: Vec<String> = vec![];
        for l in &ls {
            for c in &l.countries {
                if !countries.contains(c) {
                    countries.push(c.clone());
                }
            }
        }
        let cc: Vec<&str> = countries.iter().map(|s| s.as_str()).collect();
        let (region, region_zh) = if cc.is_empty() {
            (None, None)
        } else {
            (
                Some(regions::describe(&cc, false)),
                Some(regions::describe(&cc, true)),
            )
        };
        let at = fx.first().map(|f| f.0.at).unwrap_or(base);
        let excerpt = fx.first().map(|f| f.0.code.clone()).unwrap_or_default();
        let effects: Vec<EffectOut> = fx.into_iter().map(|f| f.0).collect();
        (!effects.is_empty() || kind == "concealed-list").then_some(Finding {
            kind,
            sources,
            lists: ls,
            effects,
            region,
            region_zh,
            countries,
            at,
            excerpt,
            replay: vec![],
            replay_call: None,
            replay_note: None,
        })
    };
    let covert_decs: BTreeSet<u32> = covert_fx.iter().flat_map(|f| f.1.iter().copied()).collect();
    let overt_decs: BTreeSet<u32> = overt_fx.iter().flat_map(|f| f.1.iter().copied()).collect();
    if !covert_fx.is_empty() {
        covert_fx.sort_by_key(|f| f.0.at);
        if let Some(f) = mk(&fl, "covert", covert_fx, &lists) {
            out.findings.push(f);
        }
    }
    let overt_fx: Vec<_> = overt_fx
        .into_iter()
        .filter(|f| {
            f.1.iter().any(|d| {
                lists
                    .get(*d as usize)
                    .and_then(|l| l.as_ref())
                    .is_some_and(|l| l.region.is_some())
            })
        })
        .collect();
    if !overt_fx.is_empty() {
        if let Some(mut f) = mk(&fl, "overt", overt_fx, &lists) {
            if in_own_language(&f) {
                f.kind = "localised";
            }
            out.findings.push(f);
        }
    }
    // Concealed lists compared with the environment, with no output effect found.
    for (i, l) in lists.iter().enumerate() {
        let i = i as u32;
        if let Some(l) = l {
            if l.concealed
                && !covert_decs.contains(&i)
                && !overt_decs.contains(&i)
                && !fl.decisions[i as usize].src.is_empty()
            {
                let srcs: BTreeSet<u32> = fl.decisions[i as usize].src.clone();
                let cc: Vec<&str> = l.countries.iter().map(|s| s.as_str()).collect();
                out.findings.push(Finding {
                    kind: "concealed-list",
                    sources: sources_out(&fl, &srcs, base),
                    lists: vec![l.clone()],
                    effects: vec![],
                    region: (!cc.is_empty()).then(|| regions::describe(&cc, false)),
                    region_zh: (!cc.is_empty()).then(|| regions::describe(&cc, true)),
                    countries: l.countries.clone(),
                    at: l.at,
                    excerpt: l.code.clone(),
                    replay: vec![],
                    replay_call: None,
                    replay_note: None,
                });
            }
        }
    }
    out
}

/// Whether a bare country code or language subtag (`RU`, `fa`) compared with what `src`
/// reads names a region: a locale, a host, a proxy, registry or base URL; a command, file or
/// network value only when it is about places or languages (`locale`, `/etc/timezone`,
/// `/etc/resolv.conf`'s search domains, a host name), not any command's output.
fn cc_source(src: &flow::Source) -> bool {
    match src.category {
        "locale" | "host" | "proxy" | "registry" | "base-url" => true,
        "system-file" | "network" | "command" => {
            let l = src.label.to_ascii_lowercase();
            [
                "locale",
                "lang",
                "lc_",
                "timezone",
                "localtime",
                "zone",
                "resolv",
                "country",
                "region",
                "hostname",
                "domain",
                "date",
                "tz",
                "applelocale",
                "getprop",
            ]
            .iter()
            .any(|k| l.contains(k))
        }
        _ => false,
    }
}

/// Globals of a browser or Node that a decoder may use and the sandbox may lack.
const HOST_GLOBALS: &[&str] = &[
    "Buffer",
    "TextDecoder",
    "TextEncoder",
    "atob",
    "btoa",
    "Intl",
    "crypto",
    "require",
    "process",
    "window",
    "self",
    "globalThis",
    "global",
    "navigator",
    "document",
    "location",
    "escape",
    "unescape",
    "decodeURIComponent",
    "encodeURIComponent",
    "WebAssembly",
    "structuredClone",
    "Bun",
    "Deno",
];

/// Whether a sandbox failure names a host global the sandbox may lack (`Buffer`,
/// `TextDecoder`): then a decoder failed, not the program's data.
fn mentions_host_global(why: &str) -> bool {
    // The error's own line, not its stack (every stack through a module says `require`).
    let why = why.lines().next().unwrap_or("");
    HOST_GLOBALS.iter().any(|g| {
        why.match_indices(g).any(|(i, _)| {
            let b = why[..i].chars().next_back();
            let a = why[i + g.len()..].chars().next();
            !b.is_some_and(|c| c.is_alphanumeric() || c == '_')
                && !a.is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
    })
}

/// The script a language is written in, for the languages not written in Latin letters.
fn language_script(lang: &str) -> Option<unicode_script::Script> {
    use unicode_script::Script::*;
    Some(match lang {
        // (Country codes written for the language: `LANG.startsWith('cn')`.)
        "zh" | "yue" | "cn" | "tw" | "hk" => Han,
        "ja" | "jp" => Hiragana,
        "ko" | "kr" => Hangul,
        "ru" | "uk" | "be" | "bg" | "sr" | "mk" | "kk" | "ky" | "mn" | "tg" => Cyrillic,
        "ar" | "fa" | "ur" | "ps" | "ug" | "ckb" => Arabic,
        "he" | "yi" => Hebrew,
        "el" => Greek,
        "th" => Thai,
        "hi" | "mr" | "ne" => Devanagari,
        "bn" => Bengali,
        "ta" => Tamil,
        "te" => Telugu,
        "ka" => Georgian,
        "hy" => Armenian,
        "am" => Ethiopic,
        "km" => Khmer,
        "lo" => Lao,
        "my" => Myanmar,
        "si" => Sinhala,
        "gu" => Gujarati,
        "pa" => Gurmukhi,
        "kn" => Kannada,
        "ml" => Malayalam,
        _ => return None,
    })
}

/// A decision on the user's language whose only effect is output written in that language
/// (`if (LANG.startsWith('zh')) console.warn('…被弃用…')`): the message is translated for
/// its readers, which is localisation, not targeting. Only when every source is a locale
/// (where the user is, a time zone or a host, is not a language), every value compared is a
/// language written in a script other than Latin, and each effect's code holds at least three
/// letters of that script, and, in its strings, the message other readers get (a dozen Latin
/// letters). (A message in English for one locale's users, or one only they get, stays
/// targeted.)
fn in_own_language(f: &Finding) -> bool {
    use unicode_script::UnicodeScript;
    if f.sources.is_empty()
        || f.effects.is_empty()
        || f.sources.iter().any(|s| s.category != "locale")
    {
        return false;
    }
    use unicode_script::Script;
    let mut scripts: Vec<Script> = vec![];
    for v in f.lists.iter().flat_map(|l| l.values.iter()) {
        let lang = v
            .split(['-', '_', '.'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let Some(s) = language_script(&lang) else {
            return false;
        };
        scripts.push(s);
    }
    // Letters in the code's quoted strings, outside the language's script: the message every
    // other reader gets (the untranslated one) is there too.
    let latin_in_strings = |code: &str| {
        let mut n = 0usize;
        let mut quote: Option<char> = None;
        for c in code.chars() {
            match quote {
                Some(q) if c == q => quote = None,
                Some(_) if c.is_ascii_alphabetic() => n += 1,
                Some(_) => {}
                None if matches!(c, '\'' | '"' | '`') => quote = Some(c),
                None => {}
            }
        }
        n
    };
    !scripts.is_empty()
        && f.effects.iter().all(|e| latin_in_strings(&e.code) >= 12)
        && f.effects.iter().all(|e| {
            e.code
                .chars()
                .filter(|c| {
                    let sc = c.script();
                    scripts.contains(&sc)
                        // Japanese is written with kana and kanji.
                        || (scripts.contains(&Script::Hiragana)
                            && matches!(sc, Script::Katakana | Script::Han))
                })
                .count()
                >= 3
        })
}

/// An effect's words: how many outputs, how they differ, and each difference named.
fn effect_msg(id: &str, v: &[String], class: Class) -> crate::i18n::Msg {
    crate::i18n::Msg::new(id)
        .arg("count", v.len())
        .arg("class", class.msg())
        .arg(
            "detail",
            match variants::describe_msg(v) {
                Some(d) => crate::i18n::Msg::new("colon-detail").arg("what", d),
                None => crate::i18n::Msg::new("nothing"),
            },
        )
}

/// The decoding operations a program uses, in words, for the report ("base64", "XOR").
fn decoder_steps(prog: &str) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = DECODER_STEPS
        .iter()
        .filter(|(pats, _)| pats.iter().any(|p| prog.contains(p)))
        .map(|(_, w)| *w)
        .collect();
    decoder_steps_rest(prog, &mut out);
    out
}

/// What in a program shows each decoding operation, and its name ("XOR" is found apart).
pub const DECODER_STEPS: &[(&[&str], &str)] = &[
    (&["\"base64\"", "'base64'", "atob("], "base64"),
    (
        &["\"hex\"", "'hex'", "parseInt(", ".substr(", ".match(/.{"],
        "hex or number parsing",
    ),
    (&["fromCharCode", "fromCodePoint"], "character codes"),
    (&[".reverse()"], "reversal"),
    (&["JSON.parse("], "JSON"),
    (&["unescape(", "decodeURIComponent("], "URL escapes"),
    (&[".split("], "splitting"),
    (&[".join("], "joining"),
];

fn decoder_steps_rest(prog: &str, out: &mut Vec<&'static str>) {
    // `^` between two operands is XOR; in a regular expression (`/^a/`, `[^a]`) it is not.
    static XOR: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let xor = XOR.get_or_init(|| regex::Regex::new(r"[\w)\]]\s*\^=?\s*[\w(]").expect("valid"));
    if xor.is_match(prog) {
        out.insert(
            out.iter()
                .position(|w| *w == "character codes")
                .unwrap_or(out.len()),
            "XOR",
        );
    }
}

/// Outputs that hold the sample argument (the text the code was given) show what the code
/// does to its input: a change of characters in it (`d.replace(/-/g, "/")`) is an effect;
/// the input set against unrelated text is not (it only shows which branch ran).
fn sample_ok(v: &[String]) -> bool {
    let head = &sandbox::SAMPLE[..20];
    if !v.iter().any(|x| x.contains(head)) {
        return true;
    }
    // An invisible character added to the text (a byte-order mark, a zero-width space) marks
    // it whatever else it does.
    if variants::classify_all(v) == Class::Invisible {
        return true;
    }
    // Characters replaced in place (`-` written as `/`), not text added or cut (a protocol's
    // `:` appended, a trailing dot stripped: normalising, not signalling).
    v.iter()
        .all(|x| x.chars().count() == sandbox::SAMPLE.chars().count())
        && matches!(
            variants::classify_all(v),
            Class::Invisible
                | Class::LookAlike
                | Class::Normalisation
                | Class::Punctuation
                | Class::Format
                | Class::Whitespace
                | Class::Case
        )
}

/// Some outcome adds text the others do not have (a message only some users see).
fn one_sided(v: &[String]) -> bool {
    // The extra text must read as a message: three words or more.
    let message = |x: &str| {
        x.split_whitespace()
            .filter(|w| w.chars().any(|c| c.is_alphabetic()))
            .count()
            >= 3
    };
    (v.iter().any(|a| a.trim().is_empty()) && v.iter().any(|a| message(a)))
        || v.iter().any(|a| {
            v.iter().any(|b| {
                a != b
                    && b.len() > a.len() + 8
                    && (b.starts_with(a.as_str()) || b.ends_with(a.as_str()))
            })
        })
}

fn clip(s: &str, n: usize) -> String {
    if s.len() <= n {
        return s.to_string();
    }
    let mut e = n;
    while !s.is_char_boundary(e) {
        e -= 1;
    }
    format!("{}…", &s[..e])
}

fn excerpt(fl: &Flow, func: Option<u32>, span: Span) -> String {
    match func.and_then(|f| fl.fn_span(f)) {
        Some(fs) if fs.end > fs.start => clip(fl.slice(fs), 1200),
        _ => {
            let t = fl.text;
            let mut s = (span.start as usize).saturating_sub(200);
            let mut e = (span.end as usize + 200).min(t.len());
            while !t.is_char_boundary(s) {
                s -= 1;
            }
            while !t.is_char_boundary(e) {
                e += 1;
            }
            t[s..e].to_string()
        }
    }
}

fn sources_out(fl: &Flow, srcs: &BTreeSet<u32>, base: usize) -> Vec<SourceOut> {
    let mut v: Vec<SourceOut> = vec![];
    for &s in srcs {
        let so = &fl.sources[s as usize];
        if v.iter().any(|x| x.what == so.label) {
            continue;
        }
        v.push(SourceOut {
            what: so.label.clone(),
            msg: crate::i18n::phrase(&so.label),
            category: so.category,
            path: so.path.clone(),
            at: base + so.span.start as usize,
            code: clip(fl.slice(so.span), 160),
        });
    }
    v
}

/// A compared value written as data (a double-quoted string, a number, or an array of them):
/// read directly instead of being run in the sandbox.
fn plain_json(t: &str) -> Option<serde_json::Value> {
    use serde_json::Value as J;
    let t = t.trim();
    // A regular expression literal is data too: its pattern as written is its `source` (a
    // fresh sandbox costs about 2 ms for each). One the sandbox would refuse (nested
    // quantifiers) still goes there, to be reported as not run.
    if t.starts_with('/') && t.len() <= 1 << 12 {
        let alloc = Allocator::default();
        let e = oxc_parser::Parser::new(&alloc, t, SourceType::cjs())
            .parse_expression()
            .ok()?;
        if let Expression::RegExpLiteral(r) = e {
            let pat = r.regex.pattern.text.as_str();
            if !sandbox::nested_quantifier(pat) && !pat.is_empty() {
                return Some(
                    serde_json::json!({ "$regexp": pat, "$flags": r.regex.flags.to_string() }),
                );
            }
        }
        return None;
    }
    if t.len() > 1 << 16
        || !(t.starts_with('"')
            || t.starts_with('[')
            || t.starts_with(|c: char| c == '-' || c.is_ascii_digit()))
    {
        return None;
    }
    let v: J = serde_json::from_str(t).ok()?;
    let scalar = |x: &J| matches!(x, J::String(_) | J::Number(_));
    match &v {
        J::Array(a) if a.iter().all(scalar) => Some(v),
        x if scalar(x) => Some(v),
        _ => None,
    }
}

fn json_values(v: &serde_json::Value, out: &mut Vec<String>, depth: usize) {
    use serde_json::Value as J;
    if out.len() > 5000 || depth > 3 {
        return;
    }
    match v {
        J::String(s) => out.push(s.clone()),
        J::Number(n) => out.push(n.to_string()),
        J::Bool(_) | J::Null => {}
        J::Array(a) => {
            for x in a {
                json_values(x, out, depth + 1);
            }
        }
        J::Object(o) => {
            if let Some(J::String(re)) = o.get("$regexp") {
                out.push(format!("/{}/", re));
            } else if o.contains_key("$function") {
            } else {
                for k in o.keys() {
                    out.push(k.clone());
                }
            }
        }
    }
}

/// Tokens of a regular expression's source that may be values (`^(ru|be)[-_]` → ru, be).
fn regex_tokens(re: &str) -> Vec<String> {
    // Host suffixes (`\.(ru|su|xn--p1ai)$`, `\.cn\b`) are top-level domains, not language
    // codes: `su` there is the Soviet Union's TLD, not Sundanese. They are kept with their dot.
    static SUFFIX: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let suffix = SUFFIX.get_or_init(|| {
        regex::Regex::new(r"\\\.(?:\((?:\?:)?([\w|-]+)\)|([\w-]+))(?:\$|\\b)").unwrap()
    });
    let mut out: Vec<String> = vec![];
    for c in suffix.captures_iter(re) {
        let alts = c.get(1).or(c.get(2)).map(|m| m.as_str()).unwrap_or("");
        out.extend(
            alts.split('|')
                .filter(|a| a.len() >= 2)
                .map(|a| format!(".{}", a.to_ascii_lowercase())),
        );
    }
    let re = suffix.replace_all(re, " ");
    out.extend(regex_words(&re));
    out
}

fn regex_words(re: &str) -> Vec<String> {
    // A character class (`[^"\n]`) holds no value, and a name before `=` is a field
    // the pattern parses (`^ID=(…)`), not a value it looks for.
    static NOISE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    // Escapes are not words either: a Unicode property (`\p{Cc}` is the control characters,
    // not the Cocos Islands), a code point, a class (`\d`, `\b`).
    let noise = NOISE.get_or_init(|| {
        regex::Regex::new(
            r"\[(?:\\.|[^\]\\])*\]|\w+=|\\[pP]\{[^}]*\}|\\u\{[0-9a-fA-F]+\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}|\\c[A-Za-z]|\\[dDwWsSbBnrtfv0]",
        )
        .unwrap()
    });
    let re = noise.replace_all(re, " ");
    re.split(|c: char| {
        !(c.is_alphanumeric() || c == '_' || c == '/' || c == '-' || c == '.' || c == '+')
    })
    .map(|t| t.trim_matches(|c| c == '-' || c == '.' || c == '/'))
    .filter(|t| t.len() >= 2)
    .map(|t| t.replace("\\", ""))
    .collect()
}

/// Is this expression written out as literals only (strings, numbers, regexes, arrays and
/// objects of them)? Then nothing is hidden, whatever escapes it uses.
fn literal_only(text: &str) -> bool {
    use oxc_ast_visit::{walk, Visit};
    let alloc = Allocator::default();
    let src = format!("({})", text);
    let ret = oxc_parser::Parser::new(&alloc, &src, SourceType::mjs()).parse();
    if !ret.diagnostics.is_empty() {
        return false;
    }
    struct L(bool);
    impl<'a> Visit<'a> for L {
        fn visit_expression(&mut self, e: &Expression<'a>) {
            match e {
                Expression::StringLiteral(_)
                | Expression::NumericLiteral(_)
                | Expression::RegExpLiteral(_)
                | Expression::BooleanLiteral(_)
                | Expression::NullLiteral(_) => {}
                Expression::ArrayExpression(_)
                | Expression::ObjectExpression(_)
                | Expression::ParenthesizedExpression(_) => walk::walk_expression(self, e),
                Expression::UnaryExpression(u) if u.operator == UnaryOperator::UnaryNegation => {
                    walk::walk_expression(self, e)
                }
                Expression::TemplateLiteral(t) if t.expressions.is_empty() => {}
                _ => self.0 = false,
            }
        }
    }
    let mut l = L(true);
    l.visit_program(&ret.program);
    l.0
}

/// A 32-bit number as an IPv4 address (`a.b.c.d`).
fn dotted(n: u64) -> String {
    format!(
        "{}.{}.{}.{}",
        n >> 24,
        (n >> 16) & 255,
        (n >> 8) & 255,
        n & 255
    )
}

/// Is this arithmetic on number literals only (`1/0`, `2**32 - 1`, `-(8 * 60)`)? Its value
/// is computed, not hidden.
fn arithmetic_only(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty()
        && t.len() <= 200
        && t.chars().any(|c| c.is_ascii_digit())
        && t.split(|c: char| "+-*/%&|^~!()<> ".contains(c))
            .filter(|w| !w.is_empty())
            .all(|w| {
                w.starts_with(|c: char| c.is_ascii_digit() || c == '.')
                    && w.chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_')
            })
}

/// Does `v` appear in `text` as a token of its own (not inside a longer word or number)?
/// `v` written in two readable parts joined at a separator (`` `Microsoft.VisualStudio.
/// Component.${tools}` `` with `tools = 'VC.Tools.ARM64'`): each part, of four characters or
/// more, appears as it is, and the cut is next to a separator (`.`, `/`, `-`, `_`, `:`, a
/// space), so a reader sees both words. Fragments cut inside a word (`'api.deep' + 'seek.com'`)
/// or shorter ones are still concealment.
fn appears_joined(text: &str, v: &str) -> bool {
    let sep = |c: char| matches!(c, '.' | '/' | '-' | '_' | ':' | ' ' | '@');
    v.char_indices().skip(1).any(|(k, c)| {
        let (a, b) = (&v[..k], &v[k..]);
        a.len() >= 4
            && b.len() >= 4
            && (sep(c) || a.ends_with(sep))
            && appears(text, a)
            && appears(text, b)
    })
}

fn appears(text: &str, v: &str) -> bool {
    if v.is_empty() {
        return false;
    }
    let alnum = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    let mut from = 0;
    while let Some(i) = text[from..].find(v) {
        let at = from + i;
        let before = text[..at].chars().next_back();
        let after = text[at + v.len()..].chars().next();
        let edge_ok = |c: Option<char>, inner: Option<char>| !alnum(c) || !alnum(inner);
        if edge_ok(before, v.chars().next()) && edge_ok(after, v.chars().next_back()) {
            return true;
        }
        from = at + v.len().max(1);
        while from < text.len() && !text.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}

fn decision_list(fl: &mut Flow, d: &flow::Decision, base: usize) -> Option<ListOut> {
    let mut values = vec![];
    let how;
    let mut program_text = String::new();
    let mut pred_tld = false;
    if !d.literals.is_empty() {
        for &l in &d.literals {
            // (The program is still made: a label it cannot be made for drops the decision.)
            let p = fl.program_for(l)?;
            if let Some(v) = plain_json(fl.slice(l)) {
                // (One label a line: `appears` below looks for whole tokens.)
                program_text.push_str(fl.slice(l));
                program_text.push('\n');
                json_values(&v, &mut values, 0);
                continue;
            }
            program_text.push_str(&p);
            if let Outcome::Value(v) = sandbox::evaluate(&p) {
                json_values(&v, &mut values, 0);
            }
        }
        how = crate::i18n::Msg::new("how-case-labels").arg("count", values.len());
    } else if d.how == "predicate" {
        let (found, prog) = predicate_values(fl, d)?;
        pred_tld = regions::domains_not_languages(&found);
        values = found;
        program_text = prog;
        how = if offset_test(fl, d) {
            crate::i18n::Msg::new("how-predicate-offsets")
                .arg("code", clip(fl.slice(d.span), 80))
                .arg(
                    "count",
                    (JS_OFFSETS.0..=JS_OFFSETS.1)
                        .step_by(JS_OFFSETS.2 as usize)
                        .count(),
                )
        } else {
            crate::i18n::Msg::new("how-predicate")
                .arg("code", clip(fl.slice(d.span), 80))
                .arg("count", reverse_candidates().len())
        };
    } else {
        let (s, _elem) = d.set?;
        let lit = fl.slice(s).trim();
        // A test against one of the language's own values (`null`, `void 0`, `!0`, a
        // constructor such as `Error` or `Object.prototype`) is not a comparison with a list:
        // nothing to run.
        if d.kmap.is_none()
            && (matches!(
                lit,
                "null"
                    | "undefined"
                    | "void 0"
                    | "!0"
                    | "!1"
                    | "true"
                    | "false"
                    | "NaN"
                    | "Infinity"
            ) || lit
                .split('.')
                .next()
                .is_some_and(|r| crate::rules::hidden_list::PURE_GLOBALS.contains(&r))
                && lit
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '.' || c == '_' || c == '$'))
        {
            return None;
        }
        let simple = |t: &str| {
            let t = t.trim();
            (t.len() >= 2
                && (t.starts_with('"') && t.ends_with('"')
                    || t.starts_with('\'') && t.ends_with('\''))
                && !t.contains('\\'))
                || t.parse::<f64>().is_ok()
        };
        if simple(lit) {
            // A plain literal: nothing to run.
            let v = lit.trim_matches(|c| c == '"' || c == '\'').to_string();
            let allow_cc = d.src.iter().any(|&s| cc_source(&fl.sources[s as usize]));
            let cc: Vec<&'static str> = regions::classify(&v, allow_cc)
                .map(|h| h.countries.clone())
                .unwrap_or_default();
            if cc.is_empty() {
                return None;
            }
        }
        // Elements transformed before the comparison: the transformed elements are the set.
        let json = if d.kmap.is_some() {
            None
        } else {
            plain_json(lit)
        };
        let data = json.is_some();
        // (Made even for data: a set it cannot be made for drops the decision, as before.)
        let made = match &d.kmap {
            Some(k) => {
                let text = if d.keys {
                    format!("Object.keys({}).map({})", lit, k)
                } else {
                    format!("Array.from({}).map({})", lit, k)
                };
                fl.program_for_text(&text, d.span.start, false)
                    .map(|(defs, e)| format!("{}__out = ({});\n", defs, e))?
            }
            None => fl.program_for(s)?,
        };
        let p = match &json {
            Some(_) => lit.to_string(),
            None => made,
        };
        program_text = p.clone();
        if std::env::var_os("TELLTALE_DEBUG_FLOW").is_some() {
            eprintln!("set program:\n{}", p);
        }
        let outcome = match json {
            // Written as data: nothing to run.
            Some(v) => Outcome::Value(v),
            None => sandbox::evaluate(&p),
        };
        match outcome {
            Outcome::Value(v) => json_values(&v, &mut values, 0),
            // The set evaluated to nothing a list is made of (`undefined`, a function): the
            // comparison is not with a list at all.
            Outcome::Failed(w) if w.starts_with("result not readable") => return None,
            // It failed on the data it was given (a name no literal defines, `root.inventory`;
            // `null` where an object was wanted; a module the program loads at run time): the
            // set is built from what the program reads as it runs, not decoded from literals.
            // (A decoder that needs a global the sandbox lacks, `Buffer`, `TextDecoder`, and
            // one the sandbox stopped, an endless loop or a huge allocation, are still
            // reported.)
            Outcome::Failed(w)
                if !mentions_host_global(&w) && !w.contains("regular expression") =>
            {
                return None
            }
            Outcome::Refused(w) | Outcome::Failed(w) => {
                // A regular expression the sandbox will not run is a pattern written in the
                // code, not a hidden list.
                let regex = w.contains("regular expression");
                let how_msg = crate::i18n::Msg::new("how-not-evaluated").arg("why", w.clone());
                return Some(ListOut {
                    values: vec![],
                    how: how_msg.en(),
                    how_msg,
                    concealed: !regex,
                    region: None,
                    region_zh: None,
                    countries: vec![],
                    compare: d.how.clone(),
                    at: base + s.start as usize,
                    code: clip(fl.slice(s), 300),
                    compared_at: base + d.span.start as usize,
                });
            }
        }
        how = if simple(lit) || (data && (!lit.contains('\\') || lit.trim_start().starts_with('/')))
        {
            crate::i18n::phrase("written plainly in the code")
        } else {
            let steps = decoder_steps(&program_text);
            crate::i18n::Msg::new("how-evaluated")
                .arg("code", clip(fl.slice(s), 80))
                .arg(
                    "steps",
                    if steps.is_empty() {
                        crate::i18n::Msg::new("nothing")
                    } else {
                        crate::i18n::Msg::new("how-own-decoding").arg(
                            "steps",
                            crate::i18n::list(
                                "sep-comma",
                                steps.iter().map(|x| crate::i18n::phrase(x)).collect(),
                            ),
                        )
                    },
                )
        };
    }
    values.retain(|v| !v.is_empty());
    values.dedup();
    if values.is_empty() {
        return None;
    }
    // Concealed: the values are not written as such in the code that makes them.
    let shown = values
        .iter()
        .filter(|v| {
            let inner = v.trim_matches('/');
            // A regular expression written in the code is shown as written, escapes and all.
            // (A pattern's `source` writes `/` as `\/`: `new RegExp(String.raw`a/b`)`.)
            appears(&program_text, inner)
                || appears(&program_text, &inner.replace("\\\\", "\\"))
                || appears(&program_text, &inner.replace("\\/", "/"))
                || appears_joined(&program_text, inner)
        })
        .count();
    let plain = d.literals.is_empty()
        && d.set.is_some_and(|(sp, _)| {
            literal_only(fl.slice(sp)) || (d.kmap.is_none() && arithmetic_only(fl.slice(sp)))
        });
    let mut concealed = !plain && shown * 2 < values.len();
    let digests = values.iter().all(|v| {
        (v.len() >= 8 && v.chars().all(|c| c.is_ascii_hexdigit()))
            || v.parse::<i64>().is_ok_and(|n| n.unsigned_abs() > 65535)
    }) || (values.len() >= 2
        // (One small number compared with a character code, `s.charCodeAt(0) === 0xfeff`, is
        // a byte-order-mark test, not a list of digests.)
        && values.iter().all(|v| v.parse::<i64>().is_ok())
        && d.xf.as_deref().is_some_and(|xf| hashes(fl, xf)));
    let mut how = how;
    let mut region_values: Vec<String> = if pred_tld {
        values.iter().map(|v| format!(".{}", v)).collect()
    } else {
        values.clone()
    };
    // Digests (numbers, hexadecimal), or values written as text that the environment is
    // compared with only after a transformation that hides it (a digest written in base64, a
    // cipher): reversed over the known names when some of them give those values.
    let reversible = if digests {
        d.xf.clone()
    } else {
        d.xf.clone().filter(|xf| hashes_text(fl, xf))
    };
    if let Some(xf) = reversible {
        let found = reverse(fl, &xf, &values);
        if !found.is_empty() {
            // The names found, then the digests no name gave.
            let reversed: BTreeSet<&str> = found.iter().map(|(_, h)| h.as_str()).collect();
            how = crate::i18n::Msg::new("how-digests-reversed")
                .arg("how", how)
                .arg(
                    "found",
                    values
                        .iter()
                        .filter(|v| reversed.contains(v.as_str()))
                        .count(),
                )
                .arg("total", values.len());
            let names: Vec<String> = found.iter().map(|(c, _)| c.clone()).collect();
            let rest: Vec<String> = values
                .iter()
                .filter(|v| !reversed.contains(v.as_str()))
                .map(|v| format!("(digest) {}", v))
                .collect();
            region_values = names.clone();
            values = names.into_iter().chain(rest).collect();
            concealed = true;
        }
    }
    if digests {
        concealed = true;
    }
    // IPv4 addresses kept as 32-bit numbers (DNS servers, interfaces): shown as addresses.
    if d.src
        .iter()
        .any(|&s| fl.sources[s as usize].category == "network")
        && values.iter().all(|v| {
            v.parse::<u64>()
                .is_ok_and(|n| (1 << 24..1 << 32).contains(&n))
        })
    {
        values = values
            .iter()
            .map(|v| format!("{} ({})", dotted(v.parse().unwrap_or(0)), v))
            .collect();
        how = crate::i18n::Msg::new("how-ipv4").arg("how", how);
    } else if d
        .src
        .iter()
        .any(|&s| fl.sources[s as usize].category == "network")
        && values.len() % 2 == 0
        && values.chunks(2).all(|p| {
            p[0].parse::<u64>()
                .is_ok_and(|n| (1 << 24..1 << 32).contains(&n))
                && p[1].parse::<u8>().is_ok_and(|b| b <= 32)
        })
    {
        // Address blocks kept as (network, prefix length) pairs: shown as CIDR blocks.
        values = values
            .chunks(2)
            .map(|p| {
                format!(
                    "{}/{} ({}, {})",
                    dotted(p[0].parse().unwrap_or(0)),
                    p[1],
                    p[0],
                    p[1]
                )
            })
            .collect();
        how = crate::i18n::Msg::new("how-ipv4").arg("how", how);
    }
    // Regions the values point to.
    let mut toks: Vec<String> = vec![];
    for v in &region_values {
        if v.starts_with('/') && v.ends_with('/') {
            toks.extend(regex_tokens(v));
        } else {
            toks.push(v.clone());
        }
    }
    let offsets = fl.decisions.iter().any(|x| x.span == d.span)
        && d.src
            .iter()
            .any(|&s| fl.sources[s as usize].path.contains("getTimezoneOffset"));
    let mut countries: Vec<String> = vec![];
    if offsets {
        // The offsets the list stands for: the code may compare `-getTimezoneOffset()`, hours,
        // or any other function of it; the values are mapped back through the code's own
        // transformation, and each is shown with the UTC offset it means.
        let pre = offset_preimages(fl, d.xf.as_deref(), &toks);
        for (_, n) in &pre {
            for c in regions::js_offset_countries(*n) {
                if !countries.iter().any(|x| x == c) {
                    countries.push(c.to_string());
                }
            }
        }
        values = values
            .into_iter()
            .map(|v| match pre.iter().find(|p| p.0 == v) {
                Some((_, n)) => format!("{} ({})", v, utc_offset_name(*n)),
                None => v,
            })
            .collect();
        // An offset shared by many countries does not target a region.
        if countries.len() > 6 {
            countries.clear();
        }
    } else {
        // (Two-letter values compared with any other source are country codes too, unless
        // the source is a command, a file or an interface unrelated to places: `'lo'` is the
        // loopback interface, `'GB'` the gigabytes in a size.)
        let unrelated = d.src.iter().any(|&s| {
            let src = &fl.sources[s as usize];
            matches!(src.category, "system-file" | "network" | "command") && !cc_source(src)
        });
        let allow_cc = d.src.iter().any(|&s| cc_source(&fl.sources[s as usize]))
            || pred_tld
            // (every one of them a code: `(AD|BC)` in a date pattern is an era, not Andorra)
            || (!unrelated
                && toks.iter().all(|t| t.len() == 2 && regions::classify(t, true).is_some()));
        // Two letters compared with what a host setting holds (the last label of a base URL,
        // a proxy, a registry) are country domains, not language codes (`in` is India there,
        // not Indonesian).
        let hosty = !d.src.is_empty()
            && d.src.iter().all(|&s| {
                matches!(
                    fl.sources[s as usize].category,
                    "proxy" | "registry" | "base-url" | "host"
                )
            });
        if hosty && !toks.is_empty() && toks.iter().all(|t| t.len() == 2) {
            toks = toks.iter().map(|t| format!(".{}", t)).collect();
        }
        if let Some(sum) = regions::summarise_with(&toks, allow_cc) {
            // A region target: most values point to a few countries (not a world table).
            if sum.matched * 2 >= sum.total.max(1)
                && !sum.countries.is_empty()
                && sum.countries.len() <= 8
            {
                countries = sum.countries.iter().map(|c| c.0.to_string()).collect();
            }
        }
    }
    let cc: Vec<&str> = countries.iter().map(|s| s.as_str()).collect();
    let span = d.set.map(|s| s.0).unwrap_or(d.span);
    Some(ListOut {
        values,
        how: how.en(),
        how_msg: how,
        concealed,
        region: (!cc.is_empty()).then(|| regions::describe(&cc, false)),
        region_zh: (!cc.is_empty()).then(|| regions::describe(&cc, true)),
        countries,
        compare: d.how.clone(),
        at: base + span.start as usize,
        code: clip(fl.slice(span), 300),
        compared_at: base + d.span.start as usize,
    })
}

/// The definitions a transformation needs: it may call functions of the program.
fn xf_defs(fl: &mut Flow, xf: &str) -> String {
    let (free, _) = flow::free_names(xf);
    let mut defs = String::new();
    for n in free {
        if let Some(p) = fl.program_for_name(&n) {
            defs.push_str(&p);
        }
    }
    defs
}

/// `UTC+05:30` for the value `getTimezoneOffset()` gives there (-330).
pub fn utc_offset_name(js: i32) -> String {
    let east = -js;
    format!(
        "UTC{}{:02}:{:02}",
        if east < 0 { '-' } else { '+' },
        east.abs() / 60,
        east.abs() % 60
    )
}

/// The UTC offsets JavaScript can report (`getTimezoneOffset()`: minutes behind UTC), every
/// quarter hour from UTC+14:00 to UTC−12:00: the first, the last and the step. The domain both
/// [`offset_preimages`] and [`predicate_offsets`] run the code's steps over.
const JS_OFFSETS: (i32, i32, i32) = (-840, 720, 15);

/// The loop over [`JS_OFFSETS`] in the sandbox's JavaScript, binding `o`.
fn js_offsets_loop() -> String {
    format!(
        "for (var o = {}; o <= {}; o += {})",
        JS_OFFSETS.0, JS_OFFSETS.1, JS_OFFSETS.2
    )
}

/// The `getTimezoneOffset()` value (from UTC-12 to UTC+14, by quarter hours) that each of
/// `values` stands for, through the code's transformation `xf` (none: the value itself).
fn offset_preimages(fl: &mut Flow, xf: Option<&str>, values: &[String]) -> Vec<(String, i32)> {
    let Some(xf) = xf else {
        return values
            .iter()
            .filter_map(|v| v.parse::<i32>().ok().map(|n| (v.clone(), n)))
            .filter(|(_, n)| (JS_OFFSETS.0..=JS_OFFSETS.1).contains(n))
            .collect();
    };
    let defs = xf_defs(fl, xf);
    let prog = format!(
        "{}\nvar __f = {};\nvar __T = new Set({}.map(String));\nvar __r = [];\n{} {{ try {{ var h = String(__f(o)); if (__T.has(h)) __r.push([h, o]); }} catch (e) {{}} }}\n__out = __r;",
        defs,
        xf,
        serde_json::to_string(values).unwrap_or_else(|_| "[]".into()),
        js_offsets_loop()
    );
    let mut out: Vec<(String, i32)> = vec![];
    if let Outcome::Value(serde_json::Value::Array(v)) = sandbox::evaluate(&prog) {
        for x in v {
            if let (Some(h), Some(o)) = (
                x.get(0).and_then(|h| h.as_str()),
                x.get(1).and_then(|o| o.as_i64()),
            ) {
                // A value several offsets give (hours rounded) keeps the first.
                if !out.iter().any(|p| p.0 == h) {
                    out.push((h.to_string(), o as i32));
                }
            }
        }
    }
    out
}

/// Whether the code's transformation of the value it reads is a hash: it turns text into a
/// number that depends on the order of the characters (`Math.imul(h, 31) + c` folded over the
/// string), so a list of small or signed numbers compared with it is a list of digests, not of
/// counts. A length or a character sum is not a hash (the same for `ab.ru` and `ru.ab`).
fn hashes(fl: &mut Flow, xf: &str) -> bool {
    let defs = xf_defs(fl, xf);
    let prog = format!(
        "{}\nvar __f = {};\n__out = [\"ab.ru\", \"ru.ab\", \"Europe/Moscow\", \"Moscow/Europe\"].map(function(c){{ try {{ var h = __f(c); if (h && typeof h.digest === 'function') h = h.digest('hex'); return h; }} catch (e) {{ return null; }} }});",
        defs, xf
    );
    match sandbox::evaluate(&prog) {
        Outcome::Value(serde_json::Value::Array(v)) => {
            let n: Vec<f64> = v.iter().filter_map(|x| x.as_f64()).collect();
            n.len() == 4
                && n.iter().all(|x| x.is_finite() && x.fract() == 0.0)
                && n[0] != n[1]
                && n[2] != n[3]
        }
        _ => false,
    }
}

/// Whether the transformation `xf` turns a name into text that is neither the name, a part of
/// it, nor the name with more around it, and tells apart names made of the same letters in
/// another order: a digest written as text (`digest("base64").slice(0, 8)`), a cipher. The
/// values compared with it are then reversed over the known names, as numeric digests are.
fn hashes_text(fl: &mut Flow, xf: &str) -> bool {
    const INPUTS: [&str; 4] = ["ab.ru", "ru.ab", "Europe/Moscow", "Moscow/Europe"];
    let defs = xf_defs(fl, xf);
    let prog = format!(
        "{}\nvar __f = {};\n__out = {}.map(function(c){{ try {{ var h = __f(c); if (h && typeof h.digest === 'function') h = h.digest('hex'); return typeof h === 'string' || typeof h === 'number' ? String(h) : null; }} catch (e) {{ return null; }} }});",
        defs,
        xf,
        serde_json::to_string(&INPUTS).unwrap_or_default()
    );
    match sandbox::evaluate(&prog) {
        Outcome::Value(serde_json::Value::Array(v)) => {
            let out: Vec<&str> = v.iter().filter_map(|x| x.as_str()).collect();
            out.len() == 4
                && out[0] != out[1]
                && out[2] != out[3]
                && out.iter().zip(INPUTS).all(|(o, i)| {
                    !o.is_empty()
                        && !i.contains(o)
                        && !o.contains(i)
                        && o.to_lowercase() != i.to_lowercase()
                })
        }
        _ => false,
    }
}

/// The names a digest is recomputed over: every time zone, locale (with `-` and `_`), TLD,
/// country code (upper case: a locale's region, a flag's letters), long zone name and watched
/// domain (bare and as an `https://` URL).
pub(crate) fn reverse_candidates() -> &'static [String] {
    static C: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    C.get_or_init(|| {
        let mut cands: Vec<String> = vec![];
        cands.extend(regions::all_timezones().map(String::from));
        cands.extend(regions::all_locales().map(String::from));
        cands.extend(regions::all_locales().map(|l| l.replace('-', "_")));
        cands.extend(regions::all_tlds().map(String::from));
        cands.extend(regions::all_country_codes().map(String::from));
        cands.extend(all_zone_names_compat());
        for d in crate::scan::detect::DOMAINS {
            cands.push(d.to_string());
            cands.push(format!("https://{}", d));
            cands.push(format!("https://{}/", d));
        }
        cands
    })
}

/// At most this share of the names may pass a test for it to be a set of its own (a test that
/// most names pass checks a shape: "is a two-letter label", "is a zone name").
pub const PREDICATE_MAX_SHARE: usize = 50;

/// The names a yes-or-no test of the environment (a [`flow::Decision`] of kind `predicate`)
/// says yes to: its function run in the sandbox on every candidate name, after the steps that
/// lead from the environment value to its argument. `None` when it is not a yes-or-no answer
/// for every name, says yes to none, or to more than one name in [`PREDICATE_MAX_SHARE`], or
/// when it is a test of shape rather than of membership: each name it says yes to is changed
/// one letter or digit at a time (first, middle, last, by 1 and by 7 in its class); a test for
/// which no such change turns the answer to no for at least half of those names checks a form
/// ("starts with a digit"), not a set. (A set keyed on a part of the name, the last label of a
/// host, is still one: the change at that part turns the answer.)
/// Also the program's text (the function's definitions), to tell which names it writes.
fn predicate_values(fl: &mut Flow, d: &flow::Decision) -> Option<(Vec<String>, String)> {
    // An inline test is its own function of the environment value; a test written as a
    // function is called on the value after the steps that lead to its argument.
    let (name, defs, xf, xdefs) = match d.test_fn.clone() {
        Some(f) => {
            let defs = xf_defs(fl, &f);
            (f, defs, "((__x) => __x)".to_string(), String::new())
        }
        None => {
            let call = fl.slice(d.span);
            let name = call.split('(').next()?.trim().to_string();
            let defs = fl.program_for_name(&name)?;
            let xf = d.xf.clone().unwrap_or_else(|| "((__x) => __x)".into());
            let xdefs = xf_defs(fl, &xf);
            (name, defs, xf, xdefs)
        }
    };
    // The test runs on names of the kind its value holds: a host setting's value is a host
    // (a zone name that happens to give a yes is not what it reads).
    let cats: BTreeSet<&str> = d
        .src
        .iter()
        .map(|&s| fl.sources[s as usize].category)
        .collect();
    // A UTC offset (`getTimezoneOffset()`) has few values: the test runs on every one of
    // them (every quarter hour from UTC−12 to UTC+14, as JavaScript counts them).
    if offset_test(fl, d) {
        return predicate_offsets(&name, &defs, &xf, &xdefs);
    }
    let kind = if cats
        .iter()
        .all(|c| matches!(*c, "proxy" | "registry" | "base-url" | "host"))
    {
        r"/^[a-z0-9][a-z0-9.-]*$/"
    } else if cats.iter().all(|c| *c == "timezone") {
        r"/[\/ ]|^(UTC|GMT)/"
    } else if cats.iter().all(|c| *c == "locale") {
        r"/^[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/"
    } else {
        "/[^]/"
    };
    let prog = format!(
        "{defs}\n{xdefs}\nvar __p = {name};\nvar __f = {xf};\nvar __C = __cands().filter(function (c) {{ return {kind}.test(c); }});\n__out = (function () {{ function ask(c) {{ var r; try {{ r = __p(__f(c)); }} catch (e) {{ return 0; }} if (r === true || r === 1) return 1; if (r === false || r === 0 || r === null || r === undefined) return 0; return 2; }} function mut(s, i, k) {{ var c = s.charCodeAt(i), n = c; if (c >= 97 && c <= 122) n = 97 + (c - 97 + k) % 26; else if (c >= 65 && c <= 90) n = 65 + (c - 65 + k) % 26; else if (c >= 48 && c <= 57) n = 48 + (c - 48 + k) % 10; else return null; return s.slice(0, i) + String.fromCharCode(n) + s.slice(i + 1); }} var yes = [], odd = 0; for (var i = 0; i < __C.length; i++) {{ var a = ask(__C[i]); if (a === 1) yes.push(__C[i]); else if (a === 2) odd++; }} if (odd) return null; var names = 0, flipped = 0; for (var j = 0; j < yes.length && j < 64; j++) {{ var s = yes[j]; var at = [0, s.length >> 1, s.length - 1], tried = 0, flips = false; for (var q = 0; q < 3; q++) for (var k = 1; k <= 7; k += 6) {{ var m = mut(s, at[q], k); if (m === null || m === s) continue; tried++; if (ask(m) !== 1) flips = true; }} if (tried) {{ names++; if (flips) flipped++; }} }} return flipped * 2 < names ? null : yes; }})();"
    );
    let res = sandbox::evaluate(&prog);
    if std::env::var_os("TELLTALE_DEBUG_FLOW").is_some() {
        eprintln!(
            "predicate {} on {} -> {:?}",
            kind,
            name,
            match &res {
                Outcome::Value(v) => v.to_string().chars().take(200).collect::<String>(),
                Outcome::Refused(w) | Outcome::Failed(w) => w.clone(),
            }
        );
    }
    let Outcome::Value(serde_json::Value::Array(a)) = res else {
        return None;
    };
    let mut yes: Vec<String> = a
        .iter()
        .filter_map(|x| x.as_str().map(String::from))
        .collect();
    let mut seen = BTreeSet::new();
    yes.retain(|v| seen.insert(v.clone()));
    if yes.is_empty() || yes.len() * PREDICATE_MAX_SHARE > reverse_candidates().len() {
        return None;
    }
    Some((yes, defs))
}

/// Every environment value the decision reads is a UTC offset (`getTimezoneOffset()`).
fn offset_test(fl: &Flow, d: &flow::Decision) -> bool {
    !d.src.is_empty()
        && d.src
            .iter()
            .all(|&s| fl.sources[s as usize].path.contains("getTimezoneOffset"))
}

/// Most UTC offsets a test may say yes to for it to be a set of its own (one in eight: a test
/// of "east of UTC" or "the Americas" is a test of a hemisphere, not a target).
pub const PREDICATE_MAX_OFFSETS: usize = 13;

/// [`predicate_values`] for a test of the UTC offset: its function run on every offset
/// JavaScript can report (minutes behind UTC, −840 to 720 by 15). The offsets it says yes to,
/// when it answers yes or no for each and says yes to at least one and at most
/// [`PREDICATE_MAX_OFFSETS`].
fn predicate_offsets(
    name: &str,
    defs: &str,
    xf: &str,
    xdefs: &str,
) -> Option<(Vec<String>, String)> {
    let prog = format!(
        "{defs}\n{xdefs}\nvar __p = {name};\nvar __f = {xf};\n__out = (function () {{ var yes = []; {lp} {{ var r; try {{ r = __p(__f(o)); }} catch (e) {{ return null; }} if (r === true || r === 1) yes.push(String(o)); else if (!(r === false || r === 0 || r === null || r === undefined)) return null; }} return yes; }})();",
        lp = js_offsets_loop()
    );
    let res = sandbox::evaluate(&prog);
    if std::env::var_os("TELLTALE_DEBUG_FLOW").is_some() {
        eprintln!("predicate on offsets {} -> {:?}", name, res_text(&res));
    }
    let Outcome::Value(serde_json::Value::Array(a)) = res else {
        return None;
    };
    let yes: Vec<String> = a
        .iter()
        .filter_map(|x| x.as_str().map(String::from))
        .collect();
    (!yes.is_empty() && yes.len() <= PREDICATE_MAX_OFFSETS).then(|| (yes, defs.to_string()))
}

fn res_text(res: &Outcome) -> String {
    match res {
        Outcome::Value(v) => v.to_string().chars().take(200).collect::<String>(),
        Outcome::Refused(w) | Outcome::Failed(w) => w.clone(),
    }
}

/// Recompute the code's own transformation (hash) on known names and keep those that match,
/// each with the digest it gives.
fn reverse(fl: &mut Flow, xf: &str, targets: &[String]) -> Vec<(String, String)> {
    let defs = xf_defs(fl, xf);
    let tj = serde_json::to_string(targets).unwrap_or_default();
    // The candidates come from the host (`__cands()`): written into the program they were
    // 80 KB of JavaScript for the engine to parse in each reversal.
    let prog = format!(
        "{}\nvar __f = {};\nvar __T = new Set({}.map(String));\nvar __C = __cands();\n__out = __C.map(function(c){{ try {{ var h = __f(c); if (h && typeof h.digest === 'function') h = h.digest('hex'); return __T.has(String(h)) ? [c, String(h)] : null; }} catch (e) {{ return null; }} }}).filter(function(x){{ return x; }});",
        defs, xf, tj
    );
    let res = sandbox::evaluate(&prog);
    if std::env::var_os("TELLTALE_DEBUG_FLOW").is_some() {
        eprintln!(
            "reverse: defs={:?} xf={} -> {:?}",
            defs,
            xf,
            match &res {
                Outcome::Value(v) => v.to_string().chars().take(200).collect::<String>(),
                Outcome::Refused(w) | Outcome::Failed(w) => w.clone(),
            }
        );
    }
    // (name, digest) pairs. A transformation that reads only part of its input (the first two
    // letters) matches every longer name that starts the same: for each digest the shortest
    // names are kept.
    let Outcome::Value(serde_json::Value::Array(a)) = res else {
        return vec![];
    };
    let pairs: Vec<(String, String)> = a
        .iter()
        .filter_map(|x| {
            let p = x.as_array()?;
            Some((
                p.first()?.as_str()?.to_string(),
                p.get(1)?.as_str()?.to_string(),
            ))
        })
        .collect();
    let mut out: Vec<(String, String)> = vec![];
    for (c, h) in &pairs {
        let shortest = pairs
            .iter()
            .filter(|(_, g)| g == h)
            .map(|(d, _)| d.chars().count())
            .min()
            .unwrap_or(0);
        if c.chars().count() == shortest && !out.iter().any(|(d, _)| d == c) {
            out.push((c.clone(), h.clone()));
        }
    }
    out
}

fn choose_variants(fl: &mut Flow, a: Span, b: Span) -> Option<Vec<String>> {
    let mut out = vec![];
    if a == b {
        // An index into a constant table: every entry is a possible output.
        let (defs, expr) = fl.program_for_with(a, false)?;
        let p = format!("{}var __t0 = ({}); __out = (Array.isArray(__t0) ? __t0 : Object.values(__t0)).filter(function(x){{ return typeof x === 'string'; }});", defs, expr);
        if let Outcome::Value(serde_json::Value::Array(xs)) = sandbox::evaluate(&p) {
            for x in xs.iter().filter_map(|x| x.as_str()) {
                if !out.iter().any(|y: &String| y == x) {
                    out.push(x.to_string());
                }
            }
        }
        return (out.len() >= 2 && out.len() <= 64).then_some(out);
    }
    for s in [a, b] {
        if s.start == s.end {
            out.push(String::new());
            continue;
        }
        let (defs, expr) = fl.program_for_with(s, true)?;
        let p = format!("{}__out = String({});", defs, expr);
        match sandbox::evaluate(&p) {
            Outcome::Value(serde_json::Value::String(x))
                if x != "undefined" && x != "null" && x != "[object Object]" =>
            {
                out.push(x)
            }
            _ => return None,
        }
    }
    out.dedup();
    (out.len() >= 2).then_some(out)
}

/// The variants of a choice as the value it is part of (`ctx`): `colo${c ? "u" : ""}r` gives
/// `color` and `colour`, not `u` and nothing. Names the value needs that are not constants
/// stand for a sample text.
fn context_variants(fl: &mut Flow, ctx: Span, cond: Span, a: Span, b: Span) -> Option<Vec<String>> {
    let whole = fl.slice(ctx).to_string();
    let (from, to) = (
        cond.start.checked_sub(ctx.start)? as usize,
        cond.end.checked_sub(ctx.start)? as usize,
    );
    if to > whole.len() || from > to {
        return None;
    }
    let mut out: Vec<String> = vec![];
    for s in [a, b] {
        let branch = if s.start == s.end {
            "\"\"".to_string()
        } else {
            format!("({})", fl.slice(s))
        };
        let text = format!("{}{}{}", &whole[..from], branch, &whole[to..]);
        let (defs, expr) = fl.program_for_text(&text, ctx.start, true)?;
        let p = format!("{}__out = String({});", defs, expr);
        match sandbox::evaluate(&p) {
            Outcome::Value(serde_json::Value::String(x))
                if x != "undefined" && x != "null" && !x.contains("[object Object]") =>
            {
                out.push(x)
            }
            _ => return None,
        }
    }
    out.dedup();
    (out.len() >= 2).then_some(out)
}

/// Run a function (or the whole program) with each decision test forced true or false, under a
/// fake environment; collect its return value and what it printed.
fn branch_variants(
    fl: &mut Flow,
    prog: &Program<'_>,
    fspan: Span,
    tests: &[Span],
    whole: bool,
) -> Option<Vec<String>> {
    let mut tests: Vec<Span> = tests
        .iter()
        .copied()
        .filter(|t| t.start >= fspan.start && t.end <= fspan.end)
        .collect();
    tests.sort_by_key(|t| t.start);
    // Drop tests nested in others.
    let mut keep: Vec<Span> = vec![];
    for t in tests {
        if keep.last().is_some_and(|k| t.start < k.end) {
            continue;
        }
        keep.push(t);
    }
    if keep.is_empty() || keep.len() > 6 {
        return None;
    }
    let mut text = String::new();
    let mut at = fspan.start as usize;
    let mut edits: Vec<(usize, usize, String)> = keep
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let forced = match fl.switch_case.get(&(t.start, t.end)) {
                // A switch: true selects its first constant case, false none of them.
                Some(c) => format!("(__d[{}] ? ({}) : {{}})", i, fl.slice(*c)),
                None => format!("(__d[{}])", i),
            };
            (t.start as usize, t.end as usize, forced)
        })
        .collect();
    if whole {
        // Imports become requires; exports plain declarations.
        edits.extend(module_edits(prog));
    }
    edits.sort_by_key(|e| e.0);
    for (s, e, r) in edits {
        if s < at {
            continue;
        }
        text.push_str(&fl.text[at..s]);
        text.push_str(&r);
        at = e;
    }
    text.push_str(&fl.text[at..fspan.end as usize]);
    if text.starts_with("#!") {
        // A hashbang is only valid at the very start of a file.
        text.replace_range(0..2, "//");
    }
    let n = keep.len();
    let runner = if whole {
        format!("function __run(__S){{ __log = []; (function(){{ {} \n}})(); return __log.join(\"\\n\"); }}", text)
    } else {
        let (defs, _) = fl.program_for_with(fspan, true)?;
        format!("{}\nvar __fn = ({});\nfunction __run(__S){{ __log = []; var r = __fn(__S, __S, __S); var s = (r === undefined || r === null) ? \"\" : (typeof r === \"object\" ? JSON.stringify(r) : String(r)); return s + (__log.length ? \"\\n\" + __log.join(\"\\n\") : \"\"); }}", defs, text)
    };
    let prog_text = format!(
        "{}\nvar __samples = [__SAMPLE, [\"files\", \"folders\", \"links\"], 3]; __out = [];\nfor (var __k = 0; __k < __samples.length && __out.length < 2; __k++) {{ __out = []; for (var __m = 0; __m < {}; __m++) {{ __d = []; for (var __i = 0; __i < {}; __i++) __d.push(!!(__m >> __i & 1)); try {{ __out.push(__run(__samples[__k])); }} catch (e) {{ }} }} }}",
        runner,
        1 << n,
        n
    );
    match sandbox::evaluate_in_fake_env(&prog_text) {
        Outcome::Value(serde_json::Value::Array(a)) => {
            let mut v: Vec<String> = vec![];
            for x in a {
                if let Some(s) = x.as_str() {
                    if !v.iter().any(|y| y == s) {
                        v.push(s.to_string());
                    }
                }
            }
            (v.len() >= 2).then_some(v)
        }
        _ => None,
    }
}

mod regions_compat {
    /// Zone display names ("Iran Standard Time") when the region tables provide them.
    pub fn all_zone_names_compat() -> Vec<String> {
        include_str!("../../data/regions/zonenames.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .filter_map(|l| l.split('\t').next())
            .map(String::from)
            .collect()
    }
}
use regions_compat::all_zone_names_compat;

/// Texts up to this size are parsed whole; larger ones are cut into pieces ([`extract`]).
pub const WHOLE: usize = crate::scan::CODE_WHOLE;

/// Analyse a text of any size: whole when small, otherwise the pieces around candidates.
pub fn analyse_text(text: &str, base: usize) -> Analysis {
    if text.len() <= WHOLE {
        let mut a = analyse(text, base);
        replay_whole(text, &mut a, base);
        return a;
    }
    let bun = extract::Bundle::new(text);
    let ac = match aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(extract::ANCHORS)
    {
        Ok(a) => a,
        Err(_) => return Analysis::default(),
    };
    let b = text.as_bytes();
    let mut pieces: Vec<extract::Piece> = vec![];
    let mut expand: Vec<String> = vec![];
    let mut seen = std::collections::HashSet::new();
    for m in ac.find_iter(b) {
        // Plain reads of ordinary variables (`process.env.DEBUG`) start nothing.
        let strong = if extract::ANCHORS[m.pattern().as_usize()] == "process.env" {
            let rest = &text[m.end()..(m.end() + 64).min(text.len())];
            match rest.as_bytes().first() {
                Some(b'.') => {
                    let k: String = rest[1..]
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    // In a large bundle only the variables that carry a region start a search:
                    // time zone, locale, registry (base URLs and proxies are everywhere).
                    match crate::rules::environment_source::classify_path(&format!(
                        "process.env.{}",
                        k
                    )) {
                        Some((_, cat)) => matches!(cat, "timezone" | "locale" | "registry"),
                        None => false,
                    }
                }
                _ => false,
            }
        } else {
            true
        };
        if !strong {
            continue;
        }
        if let Some(u) = bun.unit_at(m.start()) {
            if seen.insert(u.start) {
                if let Some(n) = &u.name {
                    expand.push(n.clone());
                }
                pieces.push(u);
            }
        }
        if pieces.len() >= extract::MAX_PIECES {
            break;
        }
    }
    if pieces.is_empty() {
        return Analysis {
            parsed: true,
            ..Default::default()
        };
    }
    let dbg = std::env::var_os("TELLTALE_DEBUG_FLOW").is_some();
    if dbg {
        eprintln!(
            "seeds: {} ({} bytes)",
            pieces.len(),
            pieces.iter().map(|p| p.end - p.start).sum::<usize>()
        );
    }
    let mut defined: std::collections::HashSet<String> =
        pieces.iter().filter_map(|p| p.name.clone()).collect();
    // Callers of the functions that read the environment, two levels up.
    for _level in 0..2 {
        let mut next = vec![];
        let names = std::mem::take(&mut expand);
        for u in bun.callers_of(&names, 6) {
            if seen.insert(u.start) {
                if let Some(n2) = &u.name {
                    next.push(n2.clone());
                    defined.insert(n2.clone());
                }
                pieces.push(u);
            }
        }
        expand = next;
        if dbg {
            eprintln!(
                "after callers: {} ({} bytes)",
                pieces.len(),
                pieces.iter().map(|p| p.end - p.start).sum::<usize>()
            );
        }
        if pieces.len() >= extract::MAX_PIECES {
            break;
        }
    }
    // Definitions of the names the pieces use, followed a few hops.
    // Definitions: only of the names the decisions and their outputs use (what is compared,
    // what is chosen), followed a few hops.
    let want: Vec<String> = {
        let (prog, _) = assemble(text, &pieces);
        let mut w = wanted_names(&prog);
        w.extend(called_names(&prog));
        w
    };
    follow_definitions(
        &bun,
        text,
        &mut pieces,
        &mut seen,
        &mut defined,
        want,
        extract::HOPS,
        extract::MAX_PIECES,
    );
    let mut a = analyse_pieces(text, &pieces, base);
    a.notes
        .push(crate::i18n::Msg::new("note-code-pieces-reads").arg("count", pieces.len()));
    a
}

/// Most seeds [`region_seeds`] gives.
pub const MAX_REGION_SEEDS: usize = 64;
/// How far around an environment read [`region_seeds`] looks for a value naming a region.
const REGION_SEED_REACH: usize = 400;

/// Where a large bundle reads the environment with a value that names a region close by: a
/// quoted string or a regular expression's word (`startsWith('ru')`, `/\.(ru|by)$/`,
/// `"Asia/Tehran"`) within [`REGION_SEED_REACH`] bytes. The linker seeds the bundle's reading
/// only where there is an output trick; a decision for one region's users (a message, a
/// disabled feature) has none, so these are seeds too. At most [`MAX_REGION_SEEDS`], in order.
pub fn region_seeds(text: &[u8]) -> Vec<usize> {
    let Some(ac) = extract::anchor_matcher() else {
        return vec![];
    };
    ac.find_iter(text)
        .filter(|m| {
            let lo = m.start().saturating_sub(REGION_SEED_REACH);
            let hi = (m.end() + REGION_SEED_REACH).min(text.len());
            region_word_in(&text[lo..hi])
        })
        .map(|m| m.start())
        .take(MAX_REGION_SEEDS)
        .collect()
}

/// Whether `w` holds a value that names a region ([`regions::classify`], short codes
/// included) in a comparison: a quoted string next to `===`, `!==`, `case`, or in the call of a
/// test (`startsWith('ru')`, `includes("fa")`), or in an array literal that is tested
/// (`["ru","by"].includes(x)`); or a word of a regular expression that is tested
/// (`/^ru\b/.test(…)`, `host.match(/\.(ru|by)$/)`). A table of locales (`{ ru: …, fa: … }`) is
/// not a comparison.
fn region_word_in(w: &[u8]) -> bool {
    let word = |t: &[u8]| {
        std::str::from_utf8(t)
            .is_ok_and(|t| (2..=40).contains(&t.len()) && regions::classify(t, true).is_some())
    };
    let before = |i: usize| -> &[u8] {
        let mut e = i;
        while e > 0 && w[e - 1].is_ascii_whitespace() {
            e -= 1;
        }
        &w[e.saturating_sub(12)..e]
    };
    let after = |i: usize| -> &[u8] {
        let mut s = i;
        while s < w.len() && w[s].is_ascii_whitespace() {
            s += 1;
        }
        &w[s..(s + 12).min(w.len())]
    };
    const TESTS: [&[u8]; 9] = [
        b"startsWith(",
        b"endsWith(",
        b"includes(",
        b"indexOf(",
        b"has(",
        b"test(",
        b"match(",
        b"search(",
        b"lastIndexOf(",
    ];
    let compared = |s: usize, e: usize| {
        let (b, a) = (before(s), after(e));
        b.ends_with(b"==")
            || b.ends_with(b"case")
            || TESTS.iter().any(|t| b.ends_with(t))
            || a.starts_with(b"==")
            || a.starts_with(b"!=")
            || ((b.ends_with(b"[") || b.ends_with(b","))
                && memchr::memchr(b']', &w[e..(e + 200).min(w.len())]).is_some_and(|j| {
                    let rest = &w[e + j + 1..(e + j + 16).min(w.len())];
                    [
                        &b".includes("[..],
                        b".indexOf(",
                        b".some(",
                        b".find",
                        b".has(",
                    ]
                    .iter()
                    .any(|t| rest.starts_with(t))
                }))
    };
    let mut i = 0;
    while i < w.len() {
        match w[i] {
            q @ (b'\'' | b'"' | b'`') => {
                let end = memchr::memchr(q, &w[i + 1..]).map(|e| i + 1 + e);
                match end {
                    Some(e) if e - i <= 41 => {
                        // The cheap test first: most strings near a read are not compared.
                        if compared(i, e + 1) && word(&w[i + 1..e]) {
                            return true;
                        }
                        i = e + 1;
                    }
                    _ => i += 1,
                }
            }
            b'/' if i + 1 < w.len() && w[i + 1] != b'/' && w[i + 1] != b'*' => {
                let end = memchr::memchr2(b'/', b'\n', &w[i + 1..]).map(|e| i + 1 + e);
                if let Some(e) = end.filter(|&e| w[e] == b'/' && e - i <= 120) {
                    let body = &w[i + 1..e];
                    // Flags, then `.test(` after it, or `match(` / `search(` before it.
                    let mut f = e + 1;
                    while f < w.len() && w[f].is_ascii_alphabetic() {
                        f += 1;
                    }
                    let tested = after(f).starts_with(b".test(")
                        || TESTS.iter().any(|t| before(i).ends_with(t));
                    if tested
                        && body
                            .split(|c| !c.is_ascii_alphanumeric() && *c != b'-' && *c != b'_')
                            .any(|t| t.len() >= 2 && !t.iter().all(u8::is_ascii_digit) && word(t))
                    {
                        return true;
                    }
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    false
}

/// Most pieces taken around one chain of candidates.
const AROUND_PIECES: usize = 96;
/// Rounds of following names around a chain.
const AROUND_HOPS: usize = 4;

/// Rounds of following names around a region seed ([`region_seeds`]): the decision and its
/// effect are usually written together, so fewer than around a chain.
const REGION_HOPS: usize = 2;
/// Most pieces taken around the region seeds.
const REGION_PIECES: usize = 48;

/// Analyse a large text around given candidate positions (the linker's chain parts): the
/// function enclosing each, then the definitions they name, followed a few hops. Cheap when
/// the seeds are few; nothing is parsed away from them.
pub fn analyse_around(text: &str, seeds: &[usize], base: usize) -> Analysis {
    analyse_around_regions(text, seeds, &[], base)
}

/// [`analyse_around`] the chain seeds, then, in a reading of its own (so the chains' keeps its
/// room), around `regions` ([`region_seeds`]: values naming a region near an environment read,
/// for a decision with no output trick): findings the chains' reading already has are not
/// repeated. The bundle's brackets are paired once for both.
pub fn analyse_around_regions(
    text: &str,
    seeds: &[usize],
    regions: &[usize],
    base: usize,
) -> Analysis {
    if seeds.is_empty() && regions.is_empty() {
        return Analysis::default();
    }
    let t0 = crate::scan::now_ms();
    let dbg = std::env::var_os("TELLTALE_DEBUG_FLOW").is_some();
    let bun = extract::Bundle::new(text);
    if dbg {
        eprintln!("brackets: {:.1} ms", crate::scan::now_ms() - t0);
    }
    let chains = || {
        around(
            &bun,
            text,
            seeds,
            base,
            AROUND_HOPS,
            AROUND_PIECES,
            "note-code-pieces-chain",
        )
    };
    let by_region = || {
        around(
            &bun,
            text,
            regions,
            base,
            REGION_HOPS,
            REGION_PIECES,
            "note-code-pieces-chain",
        )
    };
    // The two readings share nothing but the paired brackets: natively, the region reading
    // runs on a second thread (it falls back to this one if none can be made).
    #[cfg(not(target_arch = "wasm32"))]
    let (mut a, r) = if seeds.is_empty() || regions.is_empty() {
        (chains(), by_region())
    } else {
        std::thread::scope(|s| {
            let other = std::thread::Builder::new()
                .name("telltale-regions".into())
                .stack_size(8 << 20)
                .spawn_scoped(s, by_region);
            let a = chains();
            let r = match other.map(|h| h.join()) {
                Ok(Ok(r)) => r,
                _ => by_region(),
            };
            (a, r)
        })
    };
    #[cfg(target_arch = "wasm32")]
    let (mut a, r) = (chains(), by_region());
    for f in r.findings {
        if !a.findings.iter().any(|x| x.kind == f.kind && x.at == f.at) {
            a.findings.push(f);
        }
    }
    if a.notes.is_empty() {
        a.notes = r.notes;
    }
    a.parsed |= r.parsed;
    if dbg {
        eprintln!("analysed: {:.1} ms", crate::scan::now_ms() - t0);
    }
    a
}

/// One reading of [`analyse_around_regions`]: the units at `seeds`, names followed `hops`
/// rounds, at most `max` pieces.
fn around(
    bun: &extract::Bundle<'_>,
    text: &str,
    seeds: &[usize],
    base: usize,
    hops: usize,
    max: usize,
    note: &str,
) -> Analysis {
    let mut pieces: Vec<extract::Piece> = vec![];
    let mut seen = std::collections::HashSet::new();
    let mut defined: std::collections::HashSet<String> = Default::default();
    for &s in seeds {
        if s >= text.len() || pieces.len() >= max {
            continue;
        }
        if let Some(u) = bun.unit_at(s) {
            if seen.insert(u.start) {
                if let Some(n) = &u.name {
                    defined.insert(n.clone());
                }
                pieces.push(u);
            }
        }
    }
    if pieces.is_empty() {
        return Analysis::default();
    }
    let (prog, _) = assemble(text, &pieces);
    let want = flow::free_names(&format!("function __all(){{\n{}\n}}", prog)).0;
    follow_definitions(
        bun,
        text,
        &mut pieces,
        &mut seen,
        &mut defined,
        want,
        hops,
        max,
    );
    let mut a = analyse_pieces(text, &pieces, base);
    a.notes
        .push(crate::i18n::Msg::new(note).arg("count", pieces.len()));
    a
}

/// Follow the names the pieces use to their definitions in the bundle, `hops` rounds, adding
/// the new pieces (at most `max` in all); each round looks up only the free names of what the
/// previous round added.
#[allow(clippy::too_many_arguments)]
fn follow_definitions(
    bun: &extract::Bundle<'_>,
    text: &str,
    pieces: &mut Vec<extract::Piece>,
    seen: &mut std::collections::HashSet<usize>,
    defined: &mut std::collections::HashSet<String>,
    mut want: Vec<String>,
    hops: usize,
    max: usize,
) {
    let dbg = std::env::var_os("TELLTALE_DEBUG_FLOW").is_some();
    for _hop in 0..hops {
        want.retain(|n| {
            !defined.contains(n)
                && n.len() <= 40
                && !crate::rules::hidden_list::PURE_GLOBALS.contains(&n.as_str())
                && !crate::rules::environment_source::ROOTS.contains(&n.as_str())
        });
        want.sort();
        want.dedup();
        defined.extend(want.iter().cloned());
        let mut fresh = vec![];
        for d in bun.definitions(&want) {
            if pieces.len() + fresh.len() >= max {
                break;
            }
            if seen.insert(d.start) {
                fresh.push(d);
            }
        }
        if dbg {
            eprintln!(
                "hop: {} wanted, {} new, {} pieces",
                want.len(),
                fresh.len(),
                pieces.len() + fresh.len()
            );
        }
        if fresh.is_empty() {
            break;
        }
        let (prog, _) = assemble(text, &fresh);
        pieces.extend(fresh);
        if pieces.len() >= max {
            break;
        }
        want = flow::free_names(&format!("function __all(){{\n{}\n}}", prog)).0;
    }
}

/// Assemble the pieces into one program, analyse it and map offsets back to the text.
fn analyse_pieces(text: &str, pieces: &[extract::Piece], base: usize) -> Analysis {
    let (prog, map) = assemble(text, pieces);
    if let Some(p) = std::env::var_os("TELLTALE_DUMP_PROGRAM") {
        let _ = std::fs::write(p, &prog);
    }
    if prog.len() > extract::MAX_PROGRAM {
        return Analysis {
            notes: vec![
                crate::i18n::Msg::new("note-code-too-large").arg("max", extract::MAX_PROGRAM)
            ],
            ..Default::default()
        };
    }
    let dbg = std::env::var_os("TELLTALE_DEBUG_FLOW").is_some();
    let t0 = crate::scan::now_ms();
    let mut a = analyse(&prog, 0);
    if dbg {
        eprintln!("analyse: {:.1} ms", crate::scan::now_ms() - t0);
    }
    replay::replay_findings(&prog, &prog, &mut a.findings, 0);
    if dbg {
        eprintln!("replay: {:.1} ms", crate::scan::now_ms() - t0);
    }
    // Offsets back to the bundle.
    let back = |o: usize| -> usize {
        let i = map.partition_point(|m| m.0 <= o);
        match i.checked_sub(1).map(|i| map[i]) {
            Some((ps, bs, len)) if o < ps + len => base + bs + (o - ps),
            _ => base,
        }
    };
    for f in &mut a.findings {
        f.at = back(f.at);
        for s in &mut f.sources {
            s.at = back(s.at);
        }
        for l in &mut f.lists {
            l.at = back(l.at);
        }
        for e in &mut f.effects {
            e.at = back(e.at);
        }
    }
    a
}

fn piece_parses(text: &str, p: &extract::Piece) -> bool {
    thread_local! {
        static OK: std::cell::RefCell<std::collections::HashMap<(u64, usize), bool>> = Default::default();
    }
    // Keyed by the piece's bytes, not its offsets: the cache outlives one text.
    let k = {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        text[p.start..p.end].hash(&mut h);
        p.pre.hash(&mut h);
        (h.finish(), p.end - p.start)
    };
    if let Some(r) = OK.with(|m| m.borrow().get(&k).copied()) {
        return r;
    }
    let src = format!("{}{}{}", p.pre, &text[p.start..p.end], p.post);
    let alloc = Allocator::default();
    let ret = oxc_parser::Parser::new(&alloc, &src, SourceType::mjs()).parse();
    let r = !ret.panicked && ret.diagnostics.is_empty();
    OK.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() > 100_000 {
            m.clear();
        }
        m.insert(k, r)
    });
    r
}

/// Collects the names called (`f(…)`) in what it visits.
#[derive(Default)]
struct CalledNames(Vec<String>);

impl<'a> oxc_ast_visit::Visit<'a> for CalledNames {
    fn visit_call_expression(&mut self, it: &CallExpression<'a>) {
        if let Expression::Identifier(id) = &it.callee {
            self.0.push(id.name.to_string());
        }
        oxc_ast_visit::walk::walk_call_expression(self, it);
    }
}

/// Names called in a program (`f(…)`), which may read the environment or build a list.
fn called_names(prog: &str) -> Vec<String> {
    use oxc_ast_visit::Visit;
    let alloc = Allocator::default();
    let Some(p) = parse(&alloc, prog) else {
        return vec![];
    };
    let mut c = CalledNames::default();
    c.visit_program(&p);
    c.0
}

/// Names a first look at the program needs defined: free names of compared sets, chosen
/// outputs and deciding functions.
fn wanted_names(prog: &str) -> Vec<String> {
    let alloc = Allocator::default();
    let Some(p) = parse(&alloc, prog) else {
        return vec![];
    };
    let mut fl = Flow::new(prog);
    fl.run(&p);
    let mut spans: Vec<Span> = vec![];
    for d in &fl.decisions {
        if let Some((s, _)) = d.set {
            spans.push(s);
        }
        spans.extend(d.literals.iter().copied());
    }
    for e in &fl.effects {
        if let EffectKind::Choose { a, b } = e.kind {
            spans.push(a);
            spans.push(b);
        }
    }
    for (f, _, _, _) in fl.fn_info() {
        spans.push(f);
    }
    let mut out = vec![];
    for s in spans {
        if s.end > s.start {
            out.extend(flow::free_names(&format!("(() => {{ {} }})", fl.slice(s))).0);
            out.extend(flow::free_names(fl.slice(s)).0);
        }
    }
    out
}

/// One program from the pieces, in bundle order; the map gives (program offset, bundle
/// offset, length) of each piece's original bytes.
fn assemble(text: &str, pieces: &[extract::Piece]) -> (String, Vec<(usize, usize, usize)>) {
    let mut ps: Vec<&extract::Piece> = pieces.iter().collect();
    ps.sort_by_key(|p| p.start);
    // Drop pieces inside others.
    let mut kept: Vec<&extract::Piece> = vec![];
    for p in ps {
        if kept.last().is_some_and(|k| p.start < k.end) {
            continue;
        }
        kept.push(p);
    }
    let mut out = String::new();
    let mut map = vec![];
    for p in kept {
        if !piece_parses(text, p) {
            continue;
        }
        out.push_str(&p.pre);
        map.push((out.len(), p.start, p.end - p.start));
        out.push_str(&text[p.start..p.end]);
        out.push_str(&p.post);
    }
    (out, map)
}

/// A whole file as a program the sandbox runs: imports become requires, exports plain
/// declarations, a hashbang a comment.
fn runnable(text: &str) -> Option<String> {
    let alloc = Allocator::default();
    let prog = parse(&alloc, text)?;
    let mut edits = module_edits(&prog);
    edits.sort_by_key(|e| e.0);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (s, e, r) in edits {
        if s < at {
            continue;
        }
        out.push_str(&text[at..s]);
        out.push_str(&r);
        at = e;
    }
    out.push_str(&text[at..]);
    if out.starts_with("#!") {
        out.replace_range(0..2, "//");
    }
    Some(out)
}

/// Replay each covert or region-targeted finding of a whole file ([`replay`]); `base` is the
/// offset [`analyse`] added to the findings.
pub fn replay_whole(text: &str, a: &mut Analysis, base: usize) {
    if a.findings.iter().all(|f| f.sources.is_empty()) {
        return;
    }
    let Some(prog) = runnable(text) else {
        return;
    };
    replay::replay_findings(text, &prog, &mut a.findings, base);
}

/// The edits that make a module a script the sandbox runs: each import a `require`, each
/// export its plain declaration. (start, end, replacement) in the program's text.
fn module_edits(prog: &Program<'_>) -> Vec<(usize, usize, String)> {
    let mut edits = vec![];
    for st in &prog.body {
        if let Statement::ImportDeclaration(imp) = st {
            let m = imp.source.value.as_str();
            let mut parts = vec![];
            if let Some(specs) = &imp.specifiers {
                for sp in specs {
                    match sp {
                        ImportDeclarationSpecifier::ImportSpecifier(s) => parts.push(format!(
                            "var {} = require({:?}).{};",
                            s.local.name,
                            m,
                            s.imported.name()
                        )),
                        ImportDeclarationSpecifier::ImportDefaultSpecifier(s) => {
                            parts.push(format!("var {} = require({:?});", s.local.name, m))
                        }
                        ImportDeclarationSpecifier::ImportNamespaceSpecifier(s) => {
                            parts.push(format!("var {} = require({:?});", s.local.name, m))
                        }
                    }
                }
            }
            edits.push((
                imp.span.start as usize,
                imp.span.end as usize,
                parts.join(" "),
            ));
        } else if let Statement::ExportDeclaration(e) = st {
            edits.push((
                e.span.start as usize,
                e.declaration.span().start as usize,
                String::new(),
            ));
        }
    }
    edits
}

#[cfg(test)]
mod tests {
    use super::regex_tokens;

    #[test]
    fn review_near_misses_and_large_bundle_seeds() {
        use super::{analyse, appears_joined, mentions_host_global, region_seeds};
        // A message for Chinese-language users written in Chinese, next to the English one
        // everyone gets: localisation. The same check printing only for them: targeted.
        let translated = "function creator(name){ console.warn(name + ': postcss.plugin was deprecated. Migration guide'); if (process.env.LANG && process.env.LANG.startsWith('zh')) { console.warn(name + ': 里面 postcss.plugin 被弃用. 迁移指南'); } }\nmodule.exports = creator;";
        let kinds = |t: &str| {
            analyse(t, 0)
                .findings
                .iter()
                .map(|f| f.kind)
                .collect::<Vec<_>>()
        };
        assert!(
            kinds(translated).contains(&"localised"),
            "{:?}",
            kinds(translated)
        );
        let only_them = "function creator(name){ if (process.env.LANG && process.env.LANG.startsWith('ru')) { console.warn(name + ': Остановите войну'); } }\nmodule.exports = creator;";
        assert!(
            kinds(only_them).contains(&"overt"),
            "{:?}",
            kinds(only_them)
        );
        // A large script: the region check is a seed wherever it is.
        let big = format!("/*{}*/\n{}", "x".repeat(600_000), only_them);
        let seeds = region_seeds(big.as_bytes());
        assert!(seeds.iter().any(|&p| p > 600_000), "{:?}", seeds);
        // A table of locales is not a comparison.
        assert!(
            region_seeds(b"var t = { 'ru': 1, 'fa': 2 }; var l = process.env.LANG;").is_empty()
        );
        // Two readable parts joined at a separator are shown; a word cut in two is not.
        let t = "const tools = 'VC.Tools.ARM64'; const pkg = `Microsoft.VisualStudio.Component.${tools}`;";
        assert!(appears_joined(
            t,
            "Microsoft.VisualStudio.Component.VC.Tools.ARM64"
        ));
        assert!(!appears_joined(
            "var h = 'api.deep' + 'seek.com';",
            "api.deepseek.com"
        ));
        // A set failing on the program's own data is not a hidden list; a decoder missing a
        // host global still is.
        assert!(!mentions_host_global(
            "ReferenceError: inventory is not defined"
        ));
        assert!(mentions_host_global(
            "ReferenceError: Buffer is not defined"
        ));
        assert!(mentions_host_global(
            "TypeError: TextDecoder is not a constructor"
        ));
        assert!(!mentions_host_global(
            "Error: telltale sandbox: no module util\n    at require"
        ));
    }

    /// Arithmetic on number literals computes a value; it hides nothing.
    #[test]
    fn number_arithmetic_is_not_concealment() {
        assert!(super::arithmetic_only("1/0"));
        assert!(super::arithmetic_only("-(8 * 60)"));
        assert!(super::arithmetic_only("0xffffffff >>> 0"));
        assert!(!super::arithmetic_only("face * 2"));
        assert!(!super::arithmetic_only("atob(x)"));
        assert!(!super::arithmetic_only("K ^ 5"));
    }

    /// The values of the covert finding's lists for a program, or a panic naming it.
    fn covert_values(js: &str) -> Vec<String> {
        let a = super::analyse(js, 0);
        let f = a
            .findings
            .iter()
            .find(|f| f.kind == "covert")
            .unwrap_or_else(|| panic!("no covert finding in {}", js));
        f.lists.iter().flat_map(|l| l.values.clone()).collect()
    }

    /// Shapes the blind sets taught, one each: the list is decoded by running the code's own
    /// steps, and the finding is covert. (`QXNpYS9TaGFuZ2hhaQ==` is base64 of Asia/Shanghai.)
    #[test]
    fn each_element_compared_after_a_transformation() {
        let v = covert_values(
            r#"const L = ["QXNpYS9TaGFuZ2hhaQ=="]; const tz = Intl.DateTimeFormat().resolvedOptions().timeZone; console.log(`Today${L.some((s) => atob(s) === tz) ? "\u2019" : "'"}s date`);"#,
        );
        assert!(v.iter().any(|x| x == "Asia/Shanghai"), "{:?}", v);
    }

    #[test]
    fn a_container_filled_after_an_empty_start() {
        let v = covert_values(
            r#"const M = {}; ["QXNpYS9TaGFuZ2hhaQ=="].forEach((s) => { M[atob(s)] = 1; }); const z = process.env.TZ; console.log("Today" + (z in M ? "\u2019" : "'") + "s date");"#,
        );
        assert!(v.iter().any(|x| x == "Asia/Shanghai"), "{:?}", v);
    }

    #[test]
    fn a_getter_defined_once_is_followed_through_any_object() {
        let v = covert_values(
            r#"const cfg = (() => ({ get zones() { return ["QXNpYS9TaGFuZ2hhaQ=="].map((s) => atob(s)); } }))(); const tz = Intl.DateTimeFormat().resolvedOptions().timeZone; console.log(["2026", "11", "27"].join(cfg.zones.includes(tz) ? "/" : "-"));"#,
        );
        assert!(v.iter().any(|x| x == "Asia/Shanghai"), "{:?}", v);
    }

    #[test]
    fn a_typescript_enum_is_a_constant() {
        let v = covert_values(
            r#"var Z; (function (Z) { Z[Z["a"] = 0] = "QXNpYS9TaGFuZ2hhaQ=="; })(Z || (Z = {})); const tz = process.env.TZ; const hit = Object.values(Z).some((v) => typeof v === "string" && atob(v) === tz); console.log(`Today${hit ? "\u2019" : "'"}s date`);"#,
        );
        assert!(v.iter().any(|x| x == "Asia/Shanghai"), "{:?}", v);
    }

    /// A value handed through callbacks a small library keeps and calls later (a rest
    /// parameter, a function popped from it, functions mapped over, a memoising wrapper):
    /// followed to the comparison and on to the output.
    #[test]
    fn a_value_is_followed_through_callbacks_called_later() {
        let v = covert_values(
            r#"const L = ["QXNpYS9TaGFuZ2hhaQ=="];
function memo(fn) { let last; return (...a) => (last = fn(...a)); }
function compose(...steps) { const last = steps.pop(); return (s) => last(...steps.map((f) => f(s))); }
const pickTz = (s) => s.env.TZ;
const mark = compose(pickTz, (tz) => L.some((v) => atob(v) === tz));
const out = memo((s) => `Today${mark(s) ? "\u2019" : "'"}s date`);
console.log(out({ env: process.env }));"#,
        );
        assert!(v.iter().any(|x| x == "Asia/Shanghai"), "{:?}", v);
    }

    /// A callback stored on an object (`this.cb = fn`) and called later through that property
    /// (`this.cb(this.o)`), handed what an option parser keeps: followed by the property's name.
    #[test]
    fn a_callback_stored_on_an_object_is_followed() {
        let v = covert_values(
            r#"class Cli { constructor() { this.o = {}; this.cb = null; } opt(k, d) { this.o[k] = d; return this; } action(fn) { this.cb = fn; return this; } run() { if (this.cb) this.cb(this.o); } }
const L = ["QXNpYS9TaGFuZ2hhaQ=="];
new Cli().opt("zone", process.env.TZ || "UTC").action((o) => console.log(`Today${L.some((s) => atob(s) === o.zone) ? "\u2019" : "'"}s date`)).run();"#,
        );
        assert!(v.iter().any(|x| x == "Asia/Shanghai"), "{:?}", v);
    }

    /// Values the platform hands to callbacks later: a promise's value to `then` and what an
    /// executor resolves with, an event's value to its listener, a timer's extra argument.
    #[test]
    fn values_reach_callbacks_the_platform_calls() {
        let list = r#"const L = atob("QXNpYS9TaGFuZ2hhaSxBc2lhL1VydW1xaQ==").split(",");"#;
        let cases = [
            r#"function zone() { return Promise.resolve(Intl.DateTimeFormat().resolvedOptions().timeZone); }
zone().then((tz) => console.log(`Today${L.includes(tz) ? "\u2019" : "'"}s date`));"#,
            r#"const p = new Promise((ok) => setTimeout(() => ok(Intl.DateTimeFormat().resolvedOptions().timeZone), 1));
p.then(function (tz) { console.log(`Today${L.includes(tz) ? "\u2019" : "'"}s date`); });"#,
            r#"const { EventEmitter } = require("events"); const bus = new EventEmitter(); let m = "'";
bus.on("zone", (tz) => { if (L.includes(tz)) m = "\u2019"; });
bus.emit("zone", Intl.DateTimeFormat().resolvedOptions().timeZone);
console.log(`Today${m}s date`);"#,
            r#"function say(tz) { console.log(`Today${L.includes(tz) ? "\u2019" : "'"}s date`); }
setTimeout(say, 0, Intl.DateTimeFormat().resolvedOptions().timeZone);"#,
            r#"const bus = new EventTarget(); let sep = ", ";
bus.addEventListener("zone", (e) => { if (L.includes(e.detail)) sep = ",\u2009"; });
bus.dispatchEvent(new CustomEvent("zone", { detail: Intl.DateTimeFormat().resolvedOptions().timeZone }));
queueMicrotask(() => console.log(["a", "b"].join(sep)));"#,
        ];
        for body in cases {
            let js = format!("{}\n{}", list, body);
            let mut a = super::analyse(&js, 0);
            super::replay_whole(&js, &mut a, 0);
            let f = a.findings.iter().find(|f| f.kind == "covert");
            let f = f.unwrap_or_else(|| panic!("no covert finding in {}: {:?}", js, a.findings));
            let v: Vec<&String> = f.lists.iter().flat_map(|l| l.values.iter()).collect();
            assert!(v.iter().any(|x| *x == "Asia/Urumqi"), "{}\n{:?}", body, v);
            // The replay runs the timers, promise jobs and listeners: the output differs.
            let outs: Vec<&String> = f.replay.iter().map(|r| &r.output).collect();
            assert!(outs.iter().any(|o| *o != outs[0]), "{}\n{:?}", body, outs);
        }
    }

    /// Digests written as text (the first characters of an MD5 in base64) of a host's last
    /// label, with the hash function imported by name: reversed over the known names.
    #[test]
    fn digests_written_as_text_are_reversed() {
        // md5("ru") in base64 starts "iUhLFLNq".
        let v = covert_values(
            r#"import { createHash } from "node:crypto";
const T = new Set(["iUhLFLNq", "AAAAAAAA"]);
const h = new URL(process.env.API_BASE_URL || "https://api.example.com").hostname.split(".").at(-1);
console.log(`Today${T.has(createHash("md5").update(h).digest("base64").slice(0, 8)) ? "’" : "'"}s date`);"#,
        );
        assert!(v.iter().any(|x| x == "ru"), "{:?}", v);
    }

    /// More ways of reading and comparing: any Intl service's locale, `Object.is`, a list kept
    /// on `this` compared element by element inside an arrow with a field that holds the zone.
    #[test]
    fn more_sources_and_comparisons() {
        for js in [
            r#"const L = atob("dmksaWQ=").split(","); const loc = new Intl.PluralRules().resolvedOptions().locale;
console.log(`Done${L.includes(loc.slice(0, 2)) ? "\u2024" : "."}`);"#,
            r#"const L = atob("dmk="); const loc = new Intl.Collator().resolvedOptions().locale.slice(0, 2);
console.log(`Done${Object.is(loc, L) ? "\u2024" : "."}`);"#,
            r#"class Z { constructor() { this.zone = Intl.DateTimeFormat().resolvedOptions().timeZone; this.profiles = [atob("QXNpYS9Ib19DaGlfTWluaA==")]; }
  verb() { return this.profiles.some((p) => p === this.zone) ? "Conn\u0435cted" : "Connected"; } }
console.log(new Z().verb());"#,
        ] {
            let v = covert_values(js);
            assert!(!v.is_empty(), "{}", js);
        }
    }

    /// Direction marks or isolates put around text for a plainly written list of right-to-left
    /// languages are bidi handling, not a channel.
    #[test]
    fn bidi_isolates_for_rtl_languages_are_localisation() {
        let js = r#"var RTL = ["ar", "he", "fa", "ur", "ps", "yi", "dv", "ckb"];
var tag = String(process.env.LANG || "en").split(".")[0].replace("_", "-");
var rtl = RTL.indexOf(tag.split("-")[0].toLowerCase()) > -1;
function badge(amount) { var value = amount.toFixed(2) + " USD"; return rtl ? "\u2068" + value + "\u2069" : value; }
console.log(badge(12));"#;
        let a = super::analyse(js, 0);
        assert!(
            a.findings.iter().all(|f| f.kind != "covert"),
            "{:?}",
            a.findings
        );
    }

    /// A value put in a collection and read back (a cache keyed by an object, marks pushed
    /// under a decision and joined later) is followed.
    #[test]
    fn values_go_through_collections() {
        for body in [
            r#"const cache = new WeakMap(); const key = {};
cache.set(key, Intl.DateTimeFormat().resolvedOptions().timeZone);
console.log(`Today${L.includes(cache.get(key)) ? "\u2019" : "'"}s date`);"#,
            r#"const parts = ["Today"]; const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
if (L.includes(tz)) parts.push("\u2019s"); else parts.push("'s");
console.log(parts.join("") + " date");"#,
        ] {
            let js = format!(
                "const L = atob(\"QXNpYS9TaGFuZ2hhaSxBc2lhL1VydW1xaQ==\").split(\",\");\n{}",
                body
            );
            let v = covert_values(&js);
            assert!(v.iter().any(|x| x == "Asia/Urumqi"), "{}\n{:?}", body, v);
        }
    }

    /// Hidden lists decoded by code the analysis used to stop at: a string built by a
    /// top-level loop (`s += …`), a decoder reading bytes through typed arrays and a
    /// `DataView`, an ES5 class keeping the zone on `this` and the list behind a prototype
    /// method, and a constructor handed the environment by `new`.
    #[test]
    fn loops_typed_arrays_and_es5_classes_are_followed() {
        let b64 = "WyJBc2lhL1NoYW5naGFpIiwiQXNpYS9VcnVtcWkiXQ==";
        for js in [
            format!(
                r#"const raw = Buffer.from("{b64}", "base64"); let s = "";
for (let i = 0; i < raw.length; i++) s += String.fromCharCode(raw[i]);
const L = JSON.parse(s); const z = Intl.DateTimeFormat().resolvedOptions().timeZone;
console.log("Today" + (L.includes(z) ? "\u2019" : "'") + "s date");"#
            ),
            format!(
                r#"function dec() {{ const b = new Int8Array(Buffer.from("{b64}", "base64")); const v = new DataView(b.buffer);
let t = ""; for (let i = 0; i < v.byteLength; i++) t += String.fromCharCode(v.getUint8(i)); return JSON.parse(t); }}
const L = dec(); const z = Intl.DateTimeFormat().resolvedOptions().timeZone;
console.log("Today" + (L.includes(z) ? "\u2019" : "'") + "s date");"#
            ),
            format!(
                r#"var G = (function () {{ function G(env) {{ this.zone = env.TZ || "UTC"; }}
G.prototype.list = function () {{ return JSON.parse(Buffer.from("{b64}", "base64").toString()); }};
G.prototype.line = function () {{ return "Today" + (this.list().indexOf(this.zone) >= 0 ? "\u2019" : "'") + "s date"; }};
return G; }}());
console.log(new G(process.env).line());"#
            ),
        ] {
            let v = covert_values(&js);
            assert!(v.iter().any(|x| x == "Asia/Urumqi"), "{}\n{:?}", js, v);
        }
    }

    /// A yes-or-no test with no set in it (a bit in a bitmap indexed by a host's last label) is
    /// run on every known name: the names it says yes to are the list, here `ru` alone.
    #[test]
    fn a_yes_or_no_test_is_run_on_every_name() {
        // Bit (r - 97) * 26 + (u - 97) = 462: byte 57, bit 6.
        let bitmap = format!("{}40", "00".repeat(57));
        let js = format!(
            r#"const B = "{}";
function flagged(l) {{ if (!/^[a-z]{{2}}$/.test(l)) return false; const i = (l.charCodeAt(0) - 97) * 26 + (l.charCodeAt(1) - 97); return (parseInt(B.substr((i >> 3) * 2, 2), 16) >> (i & 7)) & 1; }}
const h = (process.env.REGISTRY_HOST || "registry.npmjs.org").toLowerCase();
console.log("Installed" + (flagged(h.slice(h.lastIndexOf(".") + 1)) ? " " : " ") + "3 packages");"#,
            bitmap
        );
        let a = super::analyse(&js, 0);
        let f = a
            .findings
            .iter()
            .find(|f| f.kind == "covert")
            .unwrap_or_else(|| panic!("no covert finding: {:?}", a.findings));
        let v: Vec<String> = f.lists.iter().flat_map(|l| l.values.clone()).collect();
        assert_eq!(v, vec!["ru".to_string()]);
        assert_eq!(f.countries, vec!["RU".to_string()]);
    }

    /// The same bitmap test written inline (no function): the test is made a function of the
    /// environment value from the names it uses, back to the read, and run on every host name.
    #[test]
    fn an_inline_yes_or_no_test_is_run_on_every_name() {
        let bitmap = format!("{}40", "00".repeat(57));
        let js = format!(
            r#"const B = "{}";
const h = (process.env.REGISTRY_HOST || "registry.npmjs.org").toLowerCase();
const l = h.slice(h.lastIndexOf(".") + 1);
const i = (l.charCodeAt(0) - 97) * 26 + (l.charCodeAt(1) - 97);
console.log("Installed" + ((parseInt(B.substr((i >> 3) * 2, 2), 16) >> (i & 7)) & 1 ? "\u00a0" : " ") + "3 packages");"#,
            bitmap
        );
        assert_eq!(covert_values(&js), vec!["ru".to_string()]);
    }

    /// Through callbacks a helper keeps for every caller, the decision's answer also reaches
    /// the function that computed its input (`hostOf`): that function's own test is not a
    /// behaviour chosen by the decision, so only the covert channel is reported.
    #[test]
    fn a_decision_does_not_drive_the_function_it_was_made_from() {
        let bitmap = format!("{}40", "00".repeat(57));
        let js = format!(
            r#"const B = "{}";
function flagged(l) {{ if (!/^[a-z]{{2}}$/.test(l)) return false; const i = (l.charCodeAt(0) - 97) * 26 + (l.charCodeAt(1) - 97); return (parseInt(B.substr((i >> 3) * 2, 2), 16) >> (i & 7)) & 1; }}
function hostOf(env) {{ if (env.CI_SERVER_HOST) return env.CI_SERVER_HOST; return "github.com"; }}
function sel(...fs) {{ const last = fs.pop(); return (s) => last(...fs.map((f) => f(s))); }}
const host = sel((s) => s.env, (env) => hostOf(env).toLowerCase());
const opts = sel(host, (h) => ({{ pad: Boolean(flagged(h.slice(h.lastIndexOf(".") + 1))) }}));
const csv = sel(opts, (o) => "lint,test,ok" + (o.pad ? "," : ""));
console.log(csv({{ env: process.env }}));"#,
            bitmap
        );
        let a = super::analyse(&js, 0);
        assert!(
            a.findings.iter().any(|f| f.kind == "covert"),
            "{:?}",
            a.findings
        );
        assert!(
            a.findings.iter().all(|f| f.kind == "covert"),
            "{:?}",
            a.findings
                .iter()
                .map(|f| (f.kind, &f.excerpt))
                .collect::<Vec<_>>()
        );
    }

    /// A test of a value's form ("starts with a digit") says yes to some known names too, and
    /// to the names next to them: it is not a hidden set.
    #[test]
    fn a_test_of_form_is_not_a_set() {
        let a = super::analyse(
            r#"function numeric(s) { return /^[0-9]/.test(s); }
const h = process.env.REGISTRY_HOST || "";
console.log("Installed" + (numeric(h) ? " " : " ") + "3 packages");"#,
            0,
        );
        assert!(
            a.findings.iter().all(|f| f.kind != "covert"),
            "{:?}",
            a.findings
        );
    }

    /// A host-suffix pattern names top-level domains (`.su` → Russia), not language codes
    /// (`su` would be Sundanese → Indonesia); other words of a pattern stay as they are.
    #[test]
    fn host_suffix_patterns_are_tlds() {
        assert_eq!(
            regex_tokens(r"/\.(ru|su|xn--p1ai)$/"),
            vec![".ru", ".su", ".xn--p1ai"]
        );
        assert_eq!(regex_tokens(r"/\.cn\b/"), vec![".cn"]);
        assert_eq!(regex_tokens(r"/^(zh|ja)-/"), vec!["zh", "ja"]);
        let toks = regex_tokens(r"/\.(ru|su|xn--p1ai)$/");
        let sum = crate::code::regions::summarise_with(&toks, true).unwrap();
        assert_eq!(
            sum.countries.iter().map(|c| c.0).collect::<Vec<_>>(),
            vec!["RU"]
        );
    }
}
