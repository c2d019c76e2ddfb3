//! Findings from code understanding ([`crate::code`]): a JavaScript input read in full (up to
//! [`crate::code::WHOLE`]) is parsed, its environment reads followed to comparisons and
//! outputs; what is found becomes TB005 (covert channel), TB007 (region-targeted behaviour) or
//! TB003 (concealed list compared with the environment).

use crate::code::{self, Analysis};
use crate::i18n::{list, Arg, Msg};
use crate::report::{Brief, Confidence, Decoded, Finding, Location, Severity};

/// Is this input JavaScript (or TypeScript) by its name or first bytes?
pub fn is_code(path: &str, head: &[u8]) -> bool {
    let name = path
        .rsplit(['/', '!'])
        .next()
        .unwrap_or(path)
        .to_ascii_lowercase();
    [".js", ".cjs", ".mjs", ".jsx", ".ts", ".mts", ".cts", ".tsx"]
        .iter()
        .any(|e| name.ends_with(e) && !name.ends_with(".d.ts"))
        || (head.starts_with(b"#!")
            && head
                .iter()
                .take(80)
                .collect::<Vec<_>>()
                .windows(4)
                .any(|w| w == [&b'n', &b'o', &b'd', &b'e']))
}

/// The line and column of byte `at` of `text`.
pub fn location(text: &[u8], at: usize) -> Location {
    let at = at.min(text.len());
    let line = 1 + memchr::memchr_iter(b'\n', &text[..at]).count();
    let ls = memchr::memrchr(b'\n', &text[..at])
        .map(|i| i + 1)
        .unwrap_or(0);
    Location {
        line,
        column: at - ls + 1,
        ..Location::span(at, at + 1)
    }
}

/// Analyse one code input and turn what is found into findings.
/// Findings of the code analysis of `text`: parsed whole, or (a large bundle) only around
/// the given seed positions.
pub fn findings(
    path: &str,
    text: &[u8],
    seeds: Option<&[usize]>,
) -> (Vec<Finding>, Vec<crate::i18n::Msg>) {
    findings_with_regions(path, text, seeds, &[])
}

/// [`findings`], a large text read around `regions` too ([`code::analyse_around_regions`]).
pub fn findings_with_regions(
    path: &str,
    text: &[u8],
    seeds: Option<&[usize]>,
    regions: &[usize],
) -> (Vec<Finding>, Vec<crate::i18n::Msg>) {
    let t = match std::str::from_utf8(text) {
        Ok(t) => std::borrow::Cow::Borrowed(t),
        // Bundles sometimes hold a stray invalid byte: the rest is still code.
        Err(_) if seeds.is_some() => String::from_utf8_lossy(text),
        Err(_) => return (vec![], vec![crate::i18n::Msg::new(code::NOTE_NOT_UTF8)]),
    };
    let a: Analysis = match seeds {
        Some(s) => code::analyse_around_regions(&t, s, regions, 0),
        None => {
            let mut a = code::analyse(&t, 0);
            code::replay_whole(&t, &mut a, 0);
            a
        }
    };
    let mut out = vec![];
    for f in &a.findings {
        let srcs: Vec<Msg> = dedup(f.sources.iter().map(|s| s.msg.clone()).collect());
        let lists: Vec<Msg> = f
            .lists
            .iter()
            .map(|l| {
                Msg::new("line-item").arg(
                    "what",
                    Msg::new("code-list")
                        .arg(
                            "kind",
                            Msg::new(if l.concealed {
                                "a-concealed-list"
                            } else {
                                "a-list"
                            }),
                        )
                        .arg("how", l.how_msg.clone())
                        .arg("region", countries_msg("points-to", &l.countries))
                        .arg("values", preview_msg(&l.values)),
                )
            })
            .collect();
        let effects: Vec<Msg> = f
            .effects
            .iter()
            .map(|e| {
                if e.variants.is_empty() {
                    e.what_msg.clone()
                } else {
                    Msg::new("effect-with-variants")
                        .arg("what", e.what_msg.clone())
                        .arg(
                            "variants",
                            e.variants
                                .iter()
                                .map(|v| format!("«{}»", v))
                                .collect::<Vec<_>>()
                                .join(" / "),
                        )
                }
            })
            .collect();
        let classes: Vec<Msg> = dedup(f.effects.iter().map(|e| e.class.msg()).collect());
        let region = countries_msg("region-sentence", &f.countries);
        let brief = Some(brief_of(f));
        let (code, id, sev, covert, message, meaning) = match f.kind {
            "covert" => (
                "TB005",
                "covert-channel",
                Severity::Critical,
                true,
                Msg::new("code-covert")
                    .arg("sources", list("sep-and", srcs.clone()))
                    .arg("lists", f.lists.len())
                    .arg("effects", list("sep-comma", classes.clone()))
                    .arg("region", region.clone()),
                Msg::new("code-covert-meaning")
                    .arg("sources", list("sep-semicolon", srcs.clone()))
                    .arg(
                        "compared",
                        Msg::new(if f.lists.iter().any(|l| l.concealed) {
                            "compared-values-it-hides"
                        } else {
                            "compared-region-list"
                        }),
                    )
                    .arg("effects", list("sep-comma", classes.clone()))
                    .arg("region", region.clone())
                    .arg("lists", list("sep-newline", lists.clone()))
                    .arg(
                        "outputs",
                        list(
                            "sep-newline",
                            effects
                                .iter()
                                .map(|e| Msg::new("line-item").arg("what", e.clone()))
                                .collect(),
                        ),
                    ),
            ),
            "overt" => (
                "TB007",
                "region-targeted-behaviour",
                Severity::High,
                false,
                Msg::new("code-overt")
                    .arg("sources", list("sep-and", srcs.clone()))
                    .arg("effects", list("sep-semicolon", effects.clone()))
                    .arg("region", region.clone()),
                Msg::new("code-overt-meaning")
                    .arg("sources", list("sep-semicolon", srcs.clone()))
                    .arg(
                        "effects",
                        list(
                            "sep-semicolon",
                            f.effects.iter().map(|e| e.what_msg.clone()).collect(),
                        ),
                    )
                    .arg("region", region.clone())
                    .arg("lists", list("sep-newline", lists.clone())),
            ),
            "localised" => (
                "TB007",
                "region-targeted-behaviour",
                Severity::Low,
                false,
                Msg::new("code-localised")
                    .arg("sources", list("sep-and", srcs.clone()))
                    .arg("effects", list("sep-semicolon", effects.clone())),
                Msg::new("code-localised-meaning").arg("lists", list("sep-newline", lists.clone())),
            ),
            "open-lookup" => (
                "TB003",
                "hidden-list",
                Severity::Info,
                false,
                Msg::new("code-hidden-list-open").arg("sources", list("sep-and", srcs.clone())),
                Msg::new("code-hidden-list-open-meaning")
                    .arg("lists", list("sep-newline", lists.clone())),
            ),
            _ => (
                "TB003",
                "hidden-list",
                // Suspicious when the hidden values point to a region; otherwise a notice.
                if f.region.is_some() {
                    Severity::High
                } else {
                    Severity::Low
                },
                false,
                Msg::new("code-hidden-list")
                    .arg("sources", list("sep-and", srcs.clone()))
                    .arg("region", region.clone()),
                Msg::new("code-hidden-list-meaning")
                    .arg("lists", list("sep-newline", lists.clone())),
            ),
        };
        // One value per line, lists separated by a blank line (as the linker's chains).
        let decoded_text: Vec<String> = f.lists.iter().map(|l| l.values.join("\n")).collect();
        out.push(Finding {
            rule: id.into(),
            code: code.into(),
            severity: sev,
            covert,
            message: message.en(),
            meaning: meaning.en(),
            confidence: if f.lists.iter().all(|l| !l.values.is_empty()) {
                Confidence::High
            } else {
                Confidence::Medium
            },
            location: location(text, f.at),
            snippet: f
                .effects
                .first()
                .map(|e| e.code.chars().take(240).collect())
                .unwrap_or_else(|| f.excerpt.chars().take(240).collect()),
            count: 1,
            occurrences: f
                .sources
                .iter()
                .map(|s| location(text, s.at))
                .chain(f.lists.iter().map(|l| location(text, l.at)))
                .chain(f.effects.iter().map(|e| location(text, e.at)))
                .take(20)
                .collect(),
            decoded: (!decoded_text.is_empty()).then(|| {
                let scheme = Msg::new("just").arg(
                    "what",
                    list(
                        "sep-semicolon",
                        f.lists.iter().map(|l| l.how_msg.clone()).collect(),
                    ),
                );
                Decoded {
                    scheme: scheme.en(),
                    scheme_msg: Some(scheme),
                    text: Some(decoded_text.join("\n\n")),
                    ..Default::default()
                }
            }),
            path: Some(path.to_string()),
            excerpt: Some(f.excerpt.clone()),
            place: None,
            brief,
            message_zh: String::new(),
            msg: Some(message),
            meaning_msg: Some(meaning),
            replay: f.replay.clone(),
            replay_call: f.replay_call.clone(),
            replay_note: f.replay_note.as_ref().map(|m| m.en()),
            replay_note_msg: f.replay_note.clone(),
            place_msg: None,
        });
    }
    (out, a.notes)
}

/// A list in a sentence: the first values, then how many there are in all (the full list is
/// in the finding's decoded text).
pub(crate) fn preview_msg(values: &[String]) -> Msg {
    const SHOWN: usize = 8;
    if values.len() <= SHOWN {
        Msg::new("text").arg("text", values.join(", "))
    } else {
        Msg::new("preview-more")
            .arg("values", values[..SHOWN].join(", "))
            .arg("count", values.len())
    }
}

/// What a source reads, as a noun: "reads the time zone (Intl)" → "the time zone"; an
/// environment variable's name is kept ("an API base URL setting (ANTHROPIC_BASE_URL)").
/// An environment variable's name as a source's detail: upper case (`HTTPS_PROXY`), or lower
/// case with an underscore (`https_proxy`, which proxy tools also read).
fn is_env_name(n: &str) -> bool {
    let ok = |up: bool| {
        n.chars().all(|c| {
            (if up {
                c.is_ascii_uppercase()
            } else {
                c.is_ascii_lowercase()
            }) || c.is_ascii_digit()
                || c == '_'
                || c == '*'
        })
    };
    !n.is_empty() && (ok(true) || (n.contains('_') && ok(false)))
}

pub(crate) fn source_noun(what: &str) -> String {
    let w = what.strip_prefix("reads ").unwrap_or(what);
    match (w.rfind(" ("), w.ends_with(')')) {
        (Some(i), true) => {
            let inner = &w[i + 2..w.len() - 1];
            if is_env_name(inner) {
                w.to_string()
            } else {
                w[..i].to_string()
            }
        }
        _ => w.to_string(),
    }
}

/// The same in Chinese, from the source's category and words.
pub(crate) fn source_zh(what: &str, category: &str) -> String {
    let w = what.to_lowercase();
    let env = what
        .rfind(" (")
        .filter(|_| what.ends_with(')'))
        .map(|i| &what[i + 2..what.len() - 1])
        .filter(|n| is_env_name(n))
        .map(|n| format!("（{}）", n))
        .unwrap_or_default();
    let base = if w.contains("time zone") || w.contains("timezone") || w.contains("utc offset") {
        "时区"
    } else if w.contains("locale") || w.contains("language") || w.contains("month name") {
        "语言区域设置"
    } else if w.contains("base url") || w.contains("api host") || w.contains("endpoint") {
        "API 地址设置"
    } else if w.contains("proxy") {
        "代理设置"
    } else if w.contains("registry") {
        "软件源设置"
    } else if w.contains("host") {
        "主机名"
    } else if w.contains("user") {
        "用户名"
    } else if w.contains("dns") || w.contains("network") || w.contains("interface") {
        "网络设置"
    } else {
        match category {
            "command" => "系统命令的输出",
            "system-file" => "系统文件",
            "env" => "环境变量",
            "locale" => "语言区域设置",
            "timezone" => "时区",
            "host" => "主机信息",
            "user" => "用户信息",
            "network" => "网络设置",
            _ => "运行环境",
        }
    };
    format!("{}{}", base, env)
}

/// The message `id` naming the countries in the reader's language, or nothing without any.
fn countries_msg(id: &str, countries: &[String]) -> Msg {
    if countries.is_empty() {
        Msg::new("nothing")
    } else {
        Msg::new(id).arg(
            "countries",
            Arg::Countries {
                countries: countries.to_vec(),
            },
        )
    }
}

/// The items in their first order, each once.
fn dedup<T: PartialEq>(v: Vec<T>) -> Vec<T> {
    let mut out: Vec<T> = vec![];
    for x in v {
        if !out.contains(&x) {
            out.push(x);
        }
    }
    out
}

/// The verdict's two sentences for a chain, with the numbers instead of the lists.
fn brief_of(f: &code::Finding) -> Brief {
    let sources = dedup(f.sources.iter().map(|s| source_noun(&s.what)).collect());
    let sources_zh = dedup(
        f.sources
            .iter()
            .map(|s| source_zh(&s.what, s.category))
            .collect(),
    );
    let total: usize = f.lists.iter().map(|l| l.values.len()).sum();
    let hidden: usize = f
        .lists
        .iter()
        .filter(|l| l.concealed)
        .map(|l| l.values.len())
        .sum();
    let effects = dedup(
        f.effects
            .iter()
            .map(|e| e.class.words().to_string())
            .collect(),
    );
    let effects_zh = dedup(f.effects.iter().map(|e| e.class.zh().to_string()).collect());
    let region_zh = f.region_zh.clone().or_else(|| f.region.clone());
    let and = |v: &[String]| match v.len() {
        0 => "where it runs".to_string(),
        1 => v[0].clone(),
        _ => format!("{} and {}", v[..v.len() - 1].join(", "), v[v.len() - 1]),
    };
    let values = if hidden == total {
        format!(
            "{} hidden value{}",
            total,
            if total == 1 { "" } else { "s" }
        )
    } else if hidden > 0 {
        format!("{} values ({} hidden in the code)", total, hidden)
    } else {
        format!(
            "{} value{} written in the code",
            total,
            if total == 1 { "" } else { "s" }
        )
    };
    let values_zh = if hidden > 0 && hidden < total {
        format!("{} 个值（其中 {} 个隐藏在代码里）", total, hidden)
    } else if hidden > 0 {
        format!("{} 个隐藏的值", total)
    } else {
        format!("代码中写明的 {} 个值", total)
    };
    let region = f
        .region
        .as_ref()
        .map(|r| format!(" Region: {}.", r))
        .unwrap_or_default();
    let region_z = region_zh
        .map(|r| format!("目标地区：{}。", r))
        .unwrap_or_default();
    // At most about 300 characters: the effects' names and then the variable names give way.
    let covert_en = |sources: &str, effects: &str| {
        format!(
            "Covert channel: the code compares {} with {} and marks its output with the answer{}.{} Do not approve this version until it is explained.",
            sources, values, effects, region
        )
    };
    // (Without the variable names, sources of one kind are one: "a proxy setting".)
    let plain_sources: Vec<String> = dedup(
        sources
            .iter()
            .map(|s| s.split(" (").next().unwrap_or(s).to_string())
            .collect(),
    );
    let effects_words = format!(" ({})", effects.join(", "));
    let mut covert = covert_en(&and(&sources), &effects_words);
    if covert.chars().count() > 300 {
        covert = covert_en(&and(&plain_sources), &effects_words);
    }
    if covert.chars().count() > 300 {
        covert = covert_en(&and(&plain_sources), "");
    }
    match f.kind {
        "covert" => Brief {
            en: covert,
            zh: format!(
                "发现隐蔽信道：代码读取{}，与{}比较，并以看不出来的方式改变输出（{}），读到输出的人就能知道用户的环境。{}在弄清原因之前，不要批准或运行这个版本。",
                sources_zh.join("和"), values_zh, effects_zh.join("、"), region_z
            ),
        },
        "overt" => Brief {
            en: format!(
                "The code treats users differently by region: it compares {} with {} and then {}.{} Check that this is intended before approving it.",
                and(&sources),
                values,
                f.effects.first().map(|e| e.what.clone()).unwrap_or_default(),
                region
            ),
            zh: format!(
                "代码按地区区别对待用户：读取{}，与{}比较，再据此改变行为。{}批准之前请确认这是有意为之。",
                sources_zh.join("和"), values_zh, region_z
            ),
        },
        "localised" => Brief {
            en: format!(
                "The code checks {} and, for users of one language, writes a message in that language: localisation, not targeting.",
                and(&sources)
            ),
            zh: format!(
                "代码检查{}，并为某种语言的用户用该语言输出消息：这是本地化，不是按地区区别对待。",
                sources_zh.join("和")
            ),
        },
        "open-lookup" => Brief {
            en: format!(
                "The code picks from a table it keeps encoded, with {}; replayed, the output shows the value it picked (open localisation).",
                and(&sources)
            ),
            zh: format!(
                "代码根据{}从一张编码保存的表中选取内容；重放时输出直接显示所选的值（公开的本地化）。",
                sources_zh.join("和")
            ),
        },
        _ => Brief {
            en: format!(
                "The code compares {} with {}; what it does with the answer was not found.{} Ask the authors what the list is for.",
                and(&sources), values, region
            ),
            zh: format!(
                "代码读取{}，与{}比较；没有找到它如何使用比较结果。{}请向作者询问这份名单的用途。",
                sources_zh.join("和"), values_zh, region_z
            ),
        },
    }
}
