//! Detectors over a window of bytes: environment sources, target literals, hidden lists
//! (base64, hex, `\x` escapes, char-code arrays, each also under every single-byte XOR key),
//! and output-variation sinks. Compiled once ([`Detectors::new`]), run on every window.

use base64::Engine as _;
use regex::bytes::{Regex, RegexSet};

use crate::i18n::{phrase, Msg};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Source,
    Target,
    List,
    Sink,
}

/// One thing seen in the bytes.
impl Hit {
    pub fn new(kind: Kind, rule: &'static str, msg: Msg, start: usize, end: usize) -> Hit {
        Hit {
            kind,
            rule,
            msg,
            start,
            end,
            decoded: None,
            how: None,
            snippet: String::new(),
            line: 0,
            column: 0,
        }
    }

    fn list(start: usize, end: usize, list: Vec<String>, how: Msg) -> Hit {
        let label = Msg::new("hit-hidden-list")
            .arg("count", list.len())
            .arg("how", how.clone());
        Hit {
            decoded: Some(list),
            how: Some(how),
            ..Hit::new(Kind::List, "hidden-list", label, start, end)
        }
    }

    /// What it is, in English.
    pub fn label(&self) -> String {
        self.msg.en()
    }
}

#[derive(Debug, Clone)]
pub struct Hit {
    pub kind: Kind,
    /// Rule id (see the registry).
    pub rule: &'static str,
    /// What it is, as a message ("reads the timezone").
    pub msg: Msg,
    pub start: usize,
    pub end: usize,
    /// A recovered list, when the hit is a hidden list.
    pub decoded: Option<Vec<String>>,
    /// How it was decoded ("base64, then XOR with key 0x5a").
    pub how: Option<Msg>,
    /// ±120 bytes around it, as text; filled by the scanner.
    pub snippet: String,
    /// Line (1-based) and byte column, filled by the scanner.
    pub line: usize,
    pub column: usize,
}

pub struct Detectors {
    /// Literals every source and target pattern contains: the expressions run only around them.
    anchors: aho_corasick::AhoCorasick,
    sink_anchors: aho_corasick::AhoCorasick,
    sources: RegexSet,
    source_res: Vec<Regex>,
    /// Each source's and sink's words as a message, made once (hits clone them).
    source_msgs: Vec<Msg>,
    mark_msgs: Vec<Msg>,
    date_rewrite_msg: Msg,
    zero_width_msg: Msg,
    targets: Regex,
    codes: Regex,
    /// Digest (hex, lowercase) or 32-bit hash → the watched name or domain it is the hash of.
    known_digests: std::collections::HashMap<String, (String, &'static str)>,
    known_u32: std::collections::HashMap<u32, (String, &'static str)>,
    apostrophes: Regex,
    date_rewrite: Regex,
    zero_width: Regex,
    /// Other invisible or look-alike characters written as escapes: tags, variation selectors,
    /// full-width punctuation, Cyrillic letters that look Latin.
    other_marks: Vec<(Regex, &'static str)>,
    prompt_words: Regex,
    pub watchlist: Vec<String>,
    /// The watchlist as one automaton (tokens are lower-cased before the search).
    watch_ac: aho_corasick::AhoCorasick,
}

/// The fixed phrases of the sinks without a table of their own.
pub const DATE_REWRITE: &str = "rewrites the date separator '-' to '/'";
pub const ZERO_WIDTH: &str = "writes a zero-width character";
/// How a hidden list can be written; each also tried under every single-byte XOR key.
pub const ENCODINGS: &[&str] = &[
    "base64",
    "hex",
    "\\x escapes",
    "\\u escapes",
    "reversed string",
    "ROT13",
    "char codes",
];

pub const SOURCES: &[(&str, &str)] = &[
    (
        r"resolvedOptions\(\)\s*\.\s*timeZone|getTimezoneOffset\s*\(|process\.env\.TZ(?-u:\b)|env\[\s*['\x22]TZ['\x22]\s*\]|/etc/localtime|/etc/timezone|timedatectl|tzutil",
        "reads the system timezone",
    ),
    (
        r"resolvedOptions\(\)\s*\.\s*locale|navigator\.languages?(?-u:\b)|process\.env\.(?:LANG|LC_ALL|LC_MESSAGES)(?-u:\b)",
        "reads the system locale",
    ),
    (
        r"(?-u:\b)(?:HTTPS?_PROXY|ALL_PROXY|https?_proxy|all_proxy|npm_config_(?:https_)?proxy)(?-u:\b)",
        "reads the proxy settings",
    ),
    (
        r"(?-u:\b)[A-Z][A-Z0-9_]*_(?:BASE_URL|API_URL|API_BASE|BASE)(?-u:\b)",
        "reads an API base URL setting",
    ),
    (
        r"scutil\s+--proxy|networksetup\s+-get|Internet Settings|org\.gnome\.system\.proxy",
        "queries the system proxy",
    ),
    (
        r"os\.hostname\(\)|os\.userInfo\(\)|networkInterfaces\(\)",
        "reads the host, user or network interfaces",
    ),
];

/// Domains hashed with the watchlist for digest reversal.
pub const DOMAINS: &[&str] = &[
    // Regional package registries and mirrors (hashed registry settings are reversed against these).
    "registry.npmmirror.com",
    "registry.npm.taobao.org",
    "mirrors.cloud.tencent.com",
    "mirrors.huaweicloud.com",
    "repo.huaweicloud.com",
    "mirrors.aliyun.com",
    "pypi.tuna.tsinghua.edu.cn",
    "mirrors.tuna.tsinghua.edu.cn",
    "deepseek.com",
    "api.deepseek.com",
    "moonshot.cn",
    "api.moonshot.cn",
    "bigmodel.cn",
    "open.bigmodel.cn",
    "dashscope.aliyuncs.com",
    "aliyuncs.com",
    "volces.com",
    "ark.cn-beijing.volces.com",
    "siliconflow.cn",
    "api.siliconflow.cn",
    "openrouter.ai",
    "minimax.chat",
    "api.minimax.chat",
    "minimaxi.com",
    "baichuan-ai.com",
    "stepfun.com",
    "api.stepfun.com",
    "01.ai",
    "lingyiwanwu.com",
    "qianfan.baidubce.com",
    "baidubce.com",
    "tencentcloudapi.com",
    "hunyuan.tencentcloudapi.com",
    "zhipuai.cn",
    "xfyun.cn",
    "sensenova.cn",
];

/// Literals that every source and target expression contains.
const ANCHORS: &[&str] = &[
    "resolvedOptions",
    "getTimezoneOffset",
    "env.TZ",
    "env[",
    "/etc/local",
    "/etc/timezone",
    "timedatectl",
    "tzutil",
    "navigator.language",
    "env.LANG",
    "env.LC_",
    "_PROXY",
    "_proxy",
    "npm_config_",
    "_BASE",
    "_API_URL",
    "scutil",
    "networksetup",
    "Internet Settings",
    "gnome.system.proxy",
    "hostname()",
    "userInfo()",
    "networkInterfaces()",
    "Asia/",
    "zh-C",
    "zh-H",
    "zh-T",
    "zh_C",
    "zh_H",
    "zh_T",
    "-480",
    "+08:00",
];

/// Literals that every sink expression contains: the escapes' first hex digits (both cases),
/// the UTF-8 bytes of the marks, the date rewrite's method names. Specific enough that common
/// code (`\\u00e9`, curly quotes in prose) does not wake the sink expressions.
const SINK_ANCHORS: &[&[u8]] = &[
    b"\\u20",
    b"\\u02",
    b"\\u30",
    b"\\u04",
    b"\\ufe",
    b"\\uFE",
    b"\\uFe",
    b"\\ufE",
    b"\\uff",
    b"\\uFF",
    b"\\uFf",
    b"\\ufF",
    b"\\udb",
    b"\\uDB",
    b"\\uDb",
    b"\\udB",
    b"\\u{e",
    b"\\u{E",
    "\u{2019}".as_bytes(),
    "\u{2bc}".as_bytes(),
    "\u{2b9}".as_bytes(),
    "\u{200b}".as_bytes(),
    "\u{200c}".as_bytes(),
    "\u{200d}".as_bytes(),
    "\u{2060}".as_bytes(),
    "\u{2061}".as_bytes(),
    "\u{2062}".as_bytes(),
    "\u{2063}".as_bytes(),
    "\u{2064}".as_bytes(),
    b"\xF3\xA0\x80",
    b"\xF3\xA0\x81",
    b"replace",
    b"split(",
];

/// Markers of embedded programs, found by the sinks' automaton in the same pass (neither can
/// overlap a sink anchor: the magic starts with a space and ends with 0x01, the trailer starts
/// and ends with a line feed): a Node SEA blob's magic (`0x0143da20`, little-endian) and a Bun
/// module graph's trailer.
pub const SEA_MAGIC: &[u8] = &[0x20, 0xda, 0x43, 0x01];
pub const BUN_TRAILER: &[u8] = b"\n---- Bun! ----\n";

/// What one window holds: the hits, and where the embedded programs' markers are.
#[derive(Default)]
pub struct WindowScan {
    pub hits: Vec<Hit>,
    /// Starts of every SEA magic, in order.
    pub sea: Vec<usize>,
    /// Start of the last Bun trailer.
    pub bun: Option<usize>,
}

/// Merge `(start, end)` spans that overlap or touch.
fn push_region(regions: &mut Vec<(usize, usize)>, a: usize, b: usize) {
    match regions.last_mut() {
        Some(last) if a <= last.1 => last.1 = last.1.max(b),
        _ => regions.push((a, b)),
    }
}

/// The built-in watchlist: AI labs and their model names, Chinese companies and clouds, API
/// relay services. Edit with `--watchlist FILE` (one name or domain per line).
pub const WATCHLIST: &[&str] = &[
    "deepseek",
    "moonshot",
    "kimi",
    "minimax",
    "zhipu",
    "bigmodel",
    "chatglm",
    "baichuan",
    "stepfun",
    "01ai",
    "lingyiwanwu",
    "dashscope",
    "qwen",
    "tongyi",
    "volces",
    "volcengine",
    "doubao",
    "bytedance",
    "baidu",
    "ernie",
    "qianfan",
    "tencent",
    "hunyuan",
    "alibaba",
    "aliyun",
    "aliyuncs",
    "huawei",
    "sensetime",
    "iflytek",
    "siliconflow",
    "openrouter",
    "one-api",
    "new-api",
    "api2d",
    "closeai",
    "aiproxy",
    "ohmygpt",
];

impl Detectors {
    pub fn new(extra_watchlist: &[String]) -> Detectors {
        let mut watchlist: Vec<String> = WATCHLIST.iter().map(|s| s.to_string()).collect();
        watchlist.extend(
            extra_watchlist
                .iter()
                .map(|s| s.trim().to_ascii_lowercase())
                .filter(|s| !s.is_empty()),
        );
        Detectors {
            anchors: aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostFirst)
                .build(ANCHORS)
                .unwrap(),
            sink_anchors: aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostFirst)
                .build(SINK_ANCHORS.iter().chain([&SEA_MAGIC, &BUN_TRAILER]))
                .unwrap(),
            sources: RegexSet::new(SOURCES.iter().map(|s| s.0)).unwrap(),
            source_res: SOURCES.iter().map(|s| Regex::new(s.0).unwrap()).collect(),
            source_msgs: SOURCES.iter().map(|s| phrase(s.1)).collect(),
            mark_msgs: vec![],
            date_rewrite_msg: phrase(DATE_REWRITE),
            zero_width_msg: phrase(ZERO_WIDTH),
            targets: Regex::new(r"Asia/(?:Shanghai|Urumqi|Chongqing|Chungking|Harbin|Hong_Kong|Macau|Taipei)|(?-u:\b)zh[-_](?:CN|Hans|TW|HK)(?-u:\b)|getTimezoneOffset\(\)\s*[!=]==?\s*-?480|[!=]==?\s*-480(?-u:\b)|\+08:00").unwrap(),
            codes: Regex::new(r"(?:fromCharCode\(|\[)\s*((?:\d{1,3}\s*,\s*){7,}\d{1,3})\s*[\])]").unwrap(),
            known_digests: Default::default(),
            known_u32: Default::default(),
            apostrophes: Regex::new(r"\\u2019|\\u02[bB][cC9]|\\u02[bB]9|’|ʼ|ʹ").unwrap(),
            date_rewrite: Regex::new(r#"replace(?:All)?\(\s*(?:/-/g|["'`]-["'`])\s*,\s*["'`]/["'`]\s*\)|split\(\s*["'`]-["'`]\s*\)\s*\.join\(\s*["'`]/["'`]\s*\)"#).unwrap(),
            zero_width: Regex::new(r"\\u200[bBcCdD]|\\u2060|\\u206[1-4]|\\u[fF][eE][fF][fF]|\xE2\x80[\x8B-\x8D]|\xE2\x81[\xA0-\xA4]").unwrap(),
            other_marks: vec![
                (Regex::new(r"(?i)\\udb40\\udc[0-7][0-9a-f]|\\u\{e00[0-7][0-9a-f]\}|\xF3\xA0\x80[\x80-\xBF]|\xF3\xA0\x81[\x80-\xBF]").unwrap(), "writes invisible tag characters"),
                (Regex::new(r"(?i)\\udb40\\udd[0-9a-f]{2}|\\u\{e01[0-9a-e][0-9a-f]\}|\\ufe0[0-9a-d]").unwrap(), "writes variation selectors"),
                (Regex::new(r"(?i)\\uff0[c1e8-9]|\\uff1[a-f]|\\u300[12]").unwrap(), "writes full-width punctuation"),
                (Regex::new(r"(?i)\\u04(?:30|35|3e|40|41|45|55|56|58)").unwrap(), "writes a Cyrillic letter that looks Latin"),
            ],
            prompt_words: Regex::new(r"(?i)date is|you are |system prompt|today").unwrap(),
            watch_ac: aho_corasick::AhoCorasick::new(&watchlist).unwrap(),
            watchlist,
        }
        .with_hashes()
    }

    /// Hash every watched name and domain (MD5, SHA-1, SHA-256, FNV-1a 32, djb2), so lists of
    /// digests can be reversed.
    fn with_hashes(mut self) -> Self {
        self.mark_msgs = self.other_marks.iter().map(|m| phrase(m.1)).collect();
        use md5::Digest as _;
        let mut names: Vec<String> = self.watchlist.clone();
        names.extend(DOMAINS.iter().map(|d| d.to_string()));
        for n in names {
            let b = n.as_bytes();
            let hex = |d: &[u8]| d.iter().map(|x| format!("{:02x}", x)).collect::<String>();
            self.known_digests
                .insert(hex(&md5::Md5::digest(b)), (n.clone(), "MD5"));
            self.known_digests
                .insert(hex(&sha1::Sha1::digest(b)), (n.clone(), "SHA-1"));
            self.known_digests
                .insert(hex(&sha2::Sha256::digest(b)), (n.clone(), "SHA-256"));
            let fnv = b.iter().fold(0x811c9dc5u32, |h, &x| {
                (h ^ x as u32).wrapping_mul(0x01000193)
            });
            let djb2 = b
                .iter()
                .fold(5381u32, |h, &x| h.wrapping_mul(33).wrapping_add(x as u32));
            self.known_u32.insert(fnv, (n.clone(), "FNV-1a"));
            self.known_u32.insert(djb2, (n.clone(), "djb2"));
        }
        self
    }

    /// Every hit in `w` (offsets relative to `w`).
    pub fn scan(&self, w: &[u8]) -> Vec<Hit> {
        self.scan_window(w).hits
    }

    /// Every hit in `w` and the embedded programs' markers (offsets relative to `w`).
    pub fn scan_window(&self, w: &[u8]) -> WindowScan {
        let mut hits = Vec::new();
        let (mut sea, mut bun) = (Vec::new(), None);
        // Regions around anchor literals (merged); the source and target expressions run there only.
        // One pass over the window finds every anchor; each kind of expression then runs only
        // around its own anchors (sources and targets ±200 bytes, sinks ±200); char-code arrays come from their own pass.
        let mut regions: Vec<(usize, usize)> = Vec::new();
        let mut sink_regions: Vec<(usize, usize)> = Vec::new();
        // Numeric arrays, with room before for `fromCharCode`.
        let (numbers, lists) = super::fast::numbers_and_lists(w);
        let code_regions: Vec<(usize, usize)> = lists
            .into_iter()
            .map(|(a, b)| (a.saturating_sub(13), b))
            .collect();
        for m in self.anchors.find_iter(w) {
            let (a, b) = (m.start().saturating_sub(200), (m.end() + 200).min(w.len()));
            push_region(&mut regions, a, b);
        }
        for m in self.sink_anchors.find_iter(w) {
            match m.pattern().as_usize().checked_sub(SINK_ANCHORS.len()) {
                Some(0) => {
                    sea.push(m.start());
                    continue;
                }
                Some(1) => {
                    bun = Some(m.start());
                    continue;
                }
                _ => {}
            }
            let (a, b) = (m.start().saturating_sub(200), (m.end() + 200).min(w.len()));
            push_region(&mut sink_regions, a, b);
        }
        for &(a, b) in &regions {
            let r = &w[a..b];
            for i in self.sources.matches(r).iter() {
                for m in self.source_res[i].find_iter(r) {
                    hits.push(Hit::new(
                        Kind::Source,
                        "environment-source",
                        self.source_msgs[i].clone(),
                        a + m.start(),
                        a + m.end(),
                    ));
                }
            }
            for m in self.targets.find_iter(r) {
                hits.push(Hit::new(
                    Kind::Target,
                    "target-literal",
                    Msg::new("hit-compares-with")
                        .arg("value", String::from_utf8_lossy(m.as_bytes()).to_string()),
                    a + m.start(),
                    a + m.end(),
                ));
            }
        }
        self.hidden_lists(w, &code_regions, &numbers, &mut hits);
        for &(a, b) in &sink_regions {
            let at = hits.len();
            self.sinks(&w[a..b], &mut hits);
            for h in &mut hits[at..] {
                h.start += a;
                h.end += a;
            }
            // Output tricks are written in code or text: a match inside binary noise is not one.
            let mut k = at;
            while k < hits.len() {
                if texty(w, hits[k].start, hits[k].end) {
                    k += 1;
                } else {
                    hits.swap_remove(k);
                }
            }
        }
        WindowScan { hits, sea, bun }
    }

    fn hidden_lists(
        &self,
        w: &[u8],
        code_regions: &[(usize, usize)],
        numbers: &[(usize, usize)],
        hits: &mut Vec<Hit>,
    ) {
        let mut cands: Vec<(usize, usize, Vec<u8>, &str)> = Vec::new();
        let tokens = super::fast::quoted_tokens(w, 11);
        for &(s, e) in &tokens {
            let t = &w[s..e];
            let hexval = |p: &[u8]| u8::from_str_radix(std::str::from_utf8(p).ok()?, 16).ok();
            // base64: 24+ alphabet bytes, then at most two '='.
            let body = t.len() - t.iter().rev().take_while(|&&b| b == b'=').count();
            if body >= 24
                && t.len() - body <= 2
                && t[..body]
                    .iter()
                    .all(|b| b.is_ascii_alphanumeric() || *b == b'+' || *b == b'/')
            {
                if let Ok(b) = base64::engine::general_purpose::STANDARD.decode(t) {
                    cands.push((s, e, b, "base64"));
                }
            }
            if t.len() >= 32 && t.len() % 2 == 0 && t.iter().all(|b| b.is_ascii_hexdigit()) {
                let b = t.chunks(2).filter_map(hexval).collect();
                cands.push((s, e, b, "hex"));
            }
            if t.len() >= 32
                && t.len() % 4 == 0
                && t.chunks(4).all(|p| {
                    p[0] == b'\\' && p[1] == b'x' && p[2..].iter().all(|b| b.is_ascii_hexdigit())
                })
            {
                let b = t.chunks(4).filter_map(|p| hexval(&p[2..])).collect();
                cands.push((s, e, b, "\\x escapes"));
            }
            if t.len() >= 48
                && t.len() % 6 == 0
                && t.chunks(6).all(|p| {
                    p.starts_with(b"\\u00") && p[4..].iter().all(|b| b.is_ascii_hexdigit())
                })
            {
                let b = t.chunks(6).filter_map(|p| hexval(&p[4..])).collect();
                cands.push((s, e, b, "\\u escapes"));
            }
            // Plain strings, reversed or ROT13: a list spelled backwards is still a hidden list.
            if is_plain_list(t) {
                let rev: Vec<u8> = t.iter().rev().copied().collect();
                cands.push((s, e, rev, "reversed string"));
                let rot: Vec<u8> = t
                    .iter()
                    .map(|&b| match b {
                        b'a'..=b'z' => (b - b'a' + 13) % 26 + b'a',
                        b'A'..=b'Z' => (b - b'A' + 13) % 26 + b'A',
                        _ => b,
                    })
                    .collect();
                cands.push((s, e, rot, "ROT13"));
            }
        }
        for c in code_regions
            .iter()
            .flat_map(|&(a, b)| self.codes.captures_iter(&w[a..b]).map(move |c| (a, c)))
        {
            let (a, c) = c;
            let m = c.get(1).unwrap();
            let nums: Vec<u32> = std::str::from_utf8(m.as_bytes())
                .unwrap()
                .split(',')
                .filter_map(|x| x.trim().parse().ok())
                .collect();
            if nums.iter().all(|&n| n < 256) {
                cands.push((
                    a + m.start(),
                    a + m.end(),
                    nums.iter().map(|&n| n as u8).collect(),
                    "char codes",
                ));
            }
        }
        self.hash_lists(w, &tokens, numbers, hits);
        // The same token decoded once per window (bundles repeat their strings; so does bait).
        let mut memo: std::collections::HashMap<(Vec<u8>, bool), Option<(Vec<String>, u8)>> =
            std::collections::HashMap::new();
        for (s, e, bytes, enc) in cands {
            if bytes.len() < 8 {
                continue;
            }
            let plain = matches!(enc, "reversed string" | "ROT13");
            let key = (bytes, plain);
            let found = match memo.get(&key) {
                Some(r) => r.clone(),
                None => {
                    // Reversed and ROT13 readings are only worth a look without a further XOR.
                    let r = if plain {
                        self.list_of(&key.0).map(|l| (l, 0))
                    } else {
                        self.as_list(&key.0)
                    };
                    memo.insert(key, r.clone());
                    r
                }
            };
            if plain {
                if let Some((list, _)) = found {
                    hits.push(Hit::list(s, e, list, phrase(enc)));
                }
                continue;
            }
            if let Some((list, key)) = found {
                let how = match key {
                    0 => phrase(enc),
                    k => Msg::new("how-then-xor")
                        .arg("how", phrase(enc))
                        .arg("key", format!("0x{:02x}", k)),
                };
                hits.push(Hit::list(s, e, list, how));
            }
        }
    }

    /// Digests or 32-bit hashes close together (three or more within 2 KB), reversed against the
    /// watchlist by hashing it: a list of hashed names is a hidden list too.
    fn hash_lists(
        &self,
        w: &[u8],
        tokens: &[(usize, usize)],
        numbers: &[(usize, usize)],
        hits: &mut Vec<Hit>,
    ) {
        let mut found: Vec<(usize, usize, Option<(String, &'static str)>)> = Vec::new();
        for &(s, e) in tokens {
            let t = &w[s..e];
            if matches!(t.len(), 32 | 40 | 64) && t.iter().all(|b| b.is_ascii_hexdigit()) {
                let key = String::from_utf8_lossy(t).to_ascii_lowercase();
                found.push((s, e, self.known_digests.get(&key).cloned()));
            }
        }
        for &(s, e) in numbers {
            let t = std::str::from_utf8(&w[s..e]).unwrap_or("");
            let v = if let Some(h) = t.strip_prefix("0x") {
                u32::from_str_radix(h, 16).ok()
            } else {
                t.parse::<u64>().ok().and_then(|x| u32::try_from(x).ok())
            };
            if let Some(hit) = v.and_then(|v| self.known_u32.get(&v)) {
                found.push((s, e, Some(hit.clone())));
            }
        }
        found.sort_by_key(|f| f.0);
        let mut i = 0;
        while i < found.len() {
            let mut j = i;
            while j + 1 < found.len() && found[j + 1].0 - found[j].1 < 2048 {
                j += 1;
            }
            let group = &found[i..=j];
            let reversed: Vec<&(String, &'static str)> =
                group.iter().filter_map(|g| g.2.as_ref()).collect();
            if group.len() >= 3 && !reversed.is_empty() {
                let mut names: Vec<String> = reversed.iter().map(|(n, _)| n.clone()).collect();
                names.dedup();
                let how = Msg::new("how-hashes-reversed")
                    .arg("found", reversed.len())
                    .arg("total", group.len())
                    .arg("hash", reversed[0].1);
                let mut h = Hit::list(group[0].0, group[group.len() - 1].1, names, how);
                h.msg = Msg::new("hit-hash-list").arg("count", group.len());
                hits.push(h);
            }
            i = j + 1;
        }
    }

    /// A delimiter-separated list of domains or watched names, as the bytes stand.
    fn list_of(&self, text: &[u8]) -> Option<Vec<String>> {
        let s = std::str::from_utf8(text).ok()?;
        let tokens: Vec<String> = s
            .split([',', ';', '|', '\n', ' '])
            .map(|t| t.trim().to_ascii_lowercase())
            .filter(|t| !t.is_empty())
            .collect();
        let domainish = tokens.iter().filter(|t| is_domain(t)).count();
        let watched = tokens
            .iter()
            .filter(|t| self.watch_ac.is_match(t.as_bytes()))
            .count();
        // Any domain-shaped noise is not enough: a common top-level domain or a watched name.
        let known = tokens.iter().any(|t| has_common_tld(t)) || watched > 0;
        (known
            && ((tokens.len() >= 3 && domainish * 10 >= tokens.len() * 6)
                || (tokens.len() >= 2
                    && watched >= 1
                    && (domainish + watched) * 2 >= tokens.len())))
        .then_some(tokens)
    }

    /// A delimiter-separated list of domains or watched names, under no key or one XOR key.
    fn as_list(&self, bytes: &[u8]) -> Option<(Vec<String>, u8)> {
        for key in 0..=255u8 {
            // Cheap filter first: the first bytes must come out printable.
            if !bytes
                .iter()
                .take(12)
                .all(|&b| (0x20..0x7f).contains(&(b ^ key)))
            {
                continue;
            }
            // Printable throughout, with at least one delimiter, before anything is allocated.
            let mut delim = false;
            if !bytes.iter().all(|&b| {
                let c = b ^ key;
                delim |= matches!(c, b',' | b';' | b'|' | b'\n' | b' ');
                (0x20..0x7f).contains(&c) || c == b'\n'
            }) || !delim
            {
                continue;
            }
            let text: Vec<u8> = bytes.iter().map(|b| b ^ key).collect();
            if let Some(list) = self.list_of(&text) {
                return Some((list, key));
            }
        }
        None
    }

    fn sinks(&self, w: &[u8], hits: &mut Vec<Hit>) {
        // Two or more different look-alike apostrophes close together: a selector between variants.
        let aps: Vec<(usize, usize, Vec<u8>)> = self
            .apostrophes
            .find_iter(w)
            .map(|m| (m.start(), m.end(), m.as_bytes().to_ascii_lowercase()))
            .collect();
        let mut i = 0;
        while i < aps.len() {
            let mut j = i;
            while j + 1 < aps.len() && aps[j + 1].0 - aps[i].0 < 400 {
                j += 1;
            }
            let mut kinds: Vec<&Vec<u8>> = aps[i..=j].iter().map(|a| &a.2).collect();
            kinds.sort();
            kinds.dedup();
            if kinds.len() >= 2 {
                hits.push(Hit::new(
                    Kind::Sink,
                    "output-variation-sink",
                    Msg::new("hit-apostrophes").arg("count", kinds.len()),
                    aps[i].0,
                    aps[j].1,
                ));
                i = j + 1;
            } else {
                i += 1;
            }
        }
        for m in self.date_rewrite.find_iter(w) {
            hits.push(Hit::new(
                Kind::Sink,
                "output-variation-sink",
                self.date_rewrite_msg.clone(),
                m.start(),
                m.end(),
            ));
        }
        for ((re, _), msg) in self.other_marks.iter().zip(&self.mark_msgs) {
            for m in re.find_iter(w) {
                if in_char_table(w, m.start(), m.end()) {
                    continue;
                }
                hits.push(Hit::new(
                    Kind::Sink,
                    "output-variation-sink",
                    msg.clone(),
                    m.start(),
                    m.end(),
                ));
            }
        }
        for m in self.zero_width.find_iter(w) {
            if in_char_table(w, m.start(), m.end()) || reads_bom(w, m.start(), m.end()) {
                continue;
            }
            hits.push(Hit::new(
                Kind::Sink,
                "output-variation-sink",
                self.zero_width_msg.clone(),
                m.start(),
                m.end(),
            ));
        }
    }

    /// Whether prompt-like words ("date is", "You are") are near a position.
    pub fn prompt_near(&self, w: &[u8], at: usize) -> bool {
        let a = at.saturating_sub(2000);
        let b = (at + 2000).min(w.len());
        self.prompt_words.is_match(&w[a..b])
    }
}

/// Whether the bytes beside a span read as text: valid UTF-8 with no control bytes other than
/// tab, line feed and carriage return, for 64 bytes before it or 64 bytes after it (one side
/// is enough: a short script embedded in an executable ends where binary data begins).
pub fn texty(w: &[u8], start: usize, end: usize) -> bool {
    fn text(s: &[u8]) -> bool {
        // Do not start or stop inside a character.
        let mut a = 0;
        while a < s.len().min(3) && s[a] & 0xC0 == 0x80 {
            a += 1;
        }
        let mut b = s.len();
        let mut k = 0;
        while k < 3 && b > a {
            // drop a trailing incomplete sequence
            match std::str::from_utf8(&s[a..b]) {
                Err(e) if e.error_len().is_none() => b = a + e.valid_up_to(),
                _ => break,
            }
            k += 1;
        }
        let s = &s[a..b];
        std::str::from_utf8(s).is_ok()
            && !s
                .iter()
                .any(|&c| (c < 0x20 && !matches!(c, b'\t' | b'\n' | b'\r')) || c == 0x7F)
    }
    let before = &w[start.saturating_sub(64)..start.min(w.len())];
    let after = &w[end.min(w.len())..(end + 64).min(w.len())];
    let span = &w[start.min(w.len())..end.min(w.len())];
    // A side counts when it has 16 bytes, or reaches the edge of what was read.
    let before_ok = (before.len() >= 16 || before.len() == start) && text(before);
    let after_ok = (after.len() >= 16 || end + after.len() >= w.len()) && text(after);
    text(span) && (before_ok || after_ok)
}

/// A zero-width escape that is part of a character table (a regex class such as
/// `[\s\uFEFF\xA0]`, a list of whitespace characters, a locale's spelled-out word) strips or
/// matches text; it does not write a marker into output.
fn in_char_table(w: &[u8], start: usize, end: usize) -> bool {
    let a = start.saturating_sub(40);
    let b = (end + 40).min(w.len());
    let before = &w[a..start];
    // Inside a bracket class: a '[' after the last ']' before the match.
    let open = before.iter().rposition(|&c| c == b'[');
    let close = before.iter().rposition(|&c| c == b']');
    if open.is_some() && (close.is_none() || open > close) {
        return true;
    }
    // Surrounded by other escapes: a table of characters, not one marker.
    let escapes = w[a..b]
        .windows(2)
        .filter(|p| p[0] == b'\\' && (p[1] == b'u' || p[1] == b'x'))
        .count();
    escapes >= 4
}

/// Three or more runs of `[a-zA-Z0-9.-]` (3+ bytes each) joined by `,` `;` or `|`.
fn is_plain_list(t: &[u8]) -> bool {
    let mut parts = 0;
    for p in t.split(|b| matches!(b, b',' | b';' | b'|')) {
        if p.len() < 3
            || !p
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'))
        {
            return false;
        }
        parts += 1;
    }
    parts >= 3
}

fn has_common_tld(t: &str) -> bool {
    const TLDS: &[&str] = &[
        "com", "net", "org", "cn", "io", "ai", "co", "dev", "app", "cloud", "tech", "info", "top",
        "xyz", "me", "us", "uk", "de", "jp", "hk", "tw", "sg", "ru", "site", "vip", "cc",
    ];
    is_domain(t)
        && t.rsplit('.')
            .next()
            .map(|x| TLDS.contains(&x))
            .unwrap_or(false)
}

fn is_domain(t: &str) -> bool {
    let parts: Vec<&str> = t.split('.').collect();
    parts.len() >= 2
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.len() <= 63
                && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
        && parts
            .last()
            .map(|tld| tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic()))
            .unwrap_or(false)
}

/// ±120 bytes around a span, as one line of text.
pub fn snippet(w: &[u8], start: usize, end: usize) -> String {
    let a = start.saturating_sub(120);
    let b = (end + 120).min(w.len()).max(end.min(w.len()));
    let s = String::from_utf8_lossy(&w[a.min(b)..b]);
    s.chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect()
}

/// The function around a span, as `(start, end)`: the nearest enclosing `{` that follows a
/// parameter list (`) {`, `=> {`), back to the start of its statement, through its matching `}`;
/// string literals are skipped on the way forward. `None` when there is none within 4 KB, or it
/// is longer than 4 KB. Brace counting, not a parser: a display aid.
pub fn enclosing_function(w: &[u8], start: usize, end: usize) -> Option<(usize, usize)> {
    const SPAN: usize = 4096;
    let lo = start.saturating_sub(SPAN);
    let mut depth = 0usize;
    let mut i = start;
    let open = loop {
        if i <= lo {
            return None;
        }
        i -= 1;
        match w[i] {
            b'}' => depth += 1,
            b'{' if depth > 0 => depth -= 1,
            b'{' => {
                let before = w[lo..i].trim_ascii_end();
                if before.ends_with(b")") || before.ends_with(b"=>") {
                    break i;
                }
            }
            _ => {}
        }
    };
    // The statement's start: after the last `;`, `}` or `{` before the header's `(`.
    let head_lo = open.saturating_sub(300).max(lo);
    let paren = w[head_lo..open]
        .iter()
        .rposition(|&c| c == b'(')
        .map(|p| head_lo + p)?;
    let a = w[head_lo..paren]
        .iter()
        .rposition(|&c| matches!(c, b';' | b'}' | b'{'))
        .map(|p| head_lo + p + 1)
        .unwrap_or(head_lo);
    // Forward to the matching brace, skipping strings.
    let hi = (open + SPAN).min(w.len());
    let (mut depth, mut quote, mut j) = (0usize, None::<u8>, open);
    while j < hi {
        let c = w[j];
        match quote {
            Some(_) if c == b'\\' => j += 1,
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                b'"' | b'\'' | b'`' => quote = Some(c),
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        return (j + 1 >= end).then_some((a, j + 1));
                    }
                }
                _ => {}
            },
        }
        j += 1;
    }
    None
}

/// A readable excerpt of minified code around a span: the enclosing function when there is one
/// of at most 4 KB ([`enclosing_function`]), else ±400 bytes; re-indented at braces and
/// semicolons (a display aid, not a parser).
pub fn excerpt(w: &[u8], start: usize, end: usize) -> String {
    let (a, b) = enclosing_function(w, start, end)
        .unwrap_or((start.saturating_sub(400), (end + 400).min(w.len())));
    let src = String::from_utf8_lossy(&w[a..b]);
    let mut out = String::new();
    let mut depth: usize = 0;
    let mut quote: Option<char> = None;
    let mut prev = ' ';
    for c in src.chars() {
        if let Some(q) = quote {
            out.push(c);
            if c == q && prev != '\\' {
                quote = None;
            }
            prev = c;
            continue;
        }
        match c {
            '"' | '\'' | '`' => {
                quote = Some(c);
                out.push(c);
            }
            '{' => {
                depth += 1;
                out.push_str("{\n");
                out.push_str(&"  ".repeat(depth.min(20)));
            }
            '}' => {
                depth = depth.saturating_sub(1);
                out.push('\n');
                out.push_str(&"  ".repeat(depth.min(20)));
                out.push('}');
            }
            ';' => {
                out.push_str(";\n");
                out.push_str(&"  ".repeat(depth.min(20)));
            }
            '\n' => {}
            _ => out.push(c),
        }
        prev = c;
    }
    out.lines()
        .filter(|l| !l.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every fixed phrase of the analysis's tables (environment reads, output tricks, list
    /// encodings, the code's own decoding steps, what environment variables hold) is in every
    /// catalogue: a new entry without its words fails here, not in a reader's report.
    #[test]
    fn every_table_phrase_is_in_every_catalogue() {
        let d = Detectors::new(&[]);
        let mut labels: Vec<String> = SOURCES.iter().map(|s| s.1.to_string()).collect();
        labels.extend(d.other_marks.iter().map(|m| m.1.to_string()));
        labels.extend([DATE_REWRITE, ZERO_WIDTH].map(String::from));
        labels.extend(ENCODINGS.iter().map(|s| s.to_string()));
        labels.extend(
            crate::rules::environment_source::SOURCES
                .iter()
                .map(|s| s.1.to_string()),
        );
        labels.extend(crate::code::DECODER_STEPS.iter().map(|s| s.1.to_string()));
        labels.push("XOR".into());
        for var in [
            "TZ",
            "LANG",
            "LC_ALL",
            "HTTPS_PROXY",
            "NPM_CONFIG_REGISTRY",
            "OPENAI_BASE_URL",
            "FOO",
        ] {
            let (l, _) =
                crate::rules::environment_source::classify_path(&format!("process.env.{var}"))
                    .unwrap();
            labels.push(l);
        }
        let mut errs = vec![];
        for l in &labels {
            let m = crate::i18n::phrase(l);
            errs.extend(
                crate::i18n::problems(&m)
                    .into_iter()
                    .map(|p| format!("{l:?}: {p}")),
            );
            assert_eq!(
                crate::i18n::render("en", &m),
                *l,
                "the English phrase is the table's words"
            );
        }
        assert!(labels.len() > 40);
        assert!(errs.is_empty(), "{}", errs.join("\n"));
    }

    #[test]
    fn xor_base64_list_is_recovered() {
        let list = "deepseek.com,moonshot.cn,example-relay.net";
        let enc = base64::engine::general_purpose::STANDARD
            .encode(list.bytes().map(|b| b ^ 0x2a).collect::<Vec<u8>>());
        let d = Detectors::new(&[]);
        let hits = d.scan(format!("var L=\"{}\";", enc).as_bytes());
        let h = hits
            .iter()
            .find(|h| h.kind == Kind::List)
            .expect("list found");
        assert_eq!(h.decoded.as_ref().unwrap().join(","), list);
        assert_eq!(
            h.how.as_ref().map(|m| m.en()).as_deref(),
            Some("base64, then XOR with key 0x2a")
        );
    }
    #[test]
    fn reversed_rot13_and_u_escapes() {
        let d = Detectors::new(&[]);
        let list = "api.deepseek.com,api.moonshot.cn,relay.example.net";
        let rev: String = list.chars().rev().collect();
        let rot: String = list
            .chars()
            .map(|c| match c {
                'a'..='z' => (((c as u8 - b'a' + 13) % 26) + b'a') as char,
                _ => c,
            })
            .collect();
        let uesc: String = list.bytes().map(|b| format!("\\u{:04x}", b)).collect();
        for (src, how) in [
            (rev, "reversed string"),
            (rot, "ROT13"),
            (uesc, "\\u escapes"),
        ] {
            let hits = d.scan(format!("var x = \"{}\";", src).as_bytes());
            let h = hits
                .iter()
                .find(|h| h.kind == Kind::List)
                .unwrap_or_else(|| panic!("{} not found", how));
            assert_eq!(h.decoded.as_ref().unwrap().join(","), list);
            assert_eq!(h.how.as_ref().map(|m| m.en()).as_deref(), Some(how));
        }
        // A plain list in the clear is not hidden.
        assert!(d
            .scan(format!("var x = \"{}\";", list).as_bytes())
            .iter()
            .all(|h| h.kind != Kind::List));
    }

    #[test]
    fn hash_lists_are_reversed() {
        use md5::Digest as _;
        let d = Detectors::new(&[]);
        let hex = |b: &[u8]| {
            sha2::Sha256::digest(b)
                .iter()
                .map(|x| format!("{:02x}", x))
                .collect::<String>()
        };
        let src = format!(
            "const H=[\"{}\",\"{}\",\"{}\"];",
            hex(b"api.deepseek.com"),
            hex(b"unrelated.example"),
            hex(b"openrouter.ai")
        );
        let h = d
            .scan(src.as_bytes())
            .into_iter()
            .find(|h| h.kind == Kind::List)
            .expect("hash list");
        assert_eq!(
            h.decoded.unwrap(),
            vec!["api.deepseek.com".to_string(), "openrouter.ai".to_string()]
        );
        assert!(h.how.unwrap().en().starts_with("2 of 3 hashes reversed"));
        let fnv = |b: &[u8]| {
            b.iter().fold(0x811c9dc5u32, |h, &x| {
                (h ^ x as u32).wrapping_mul(0x01000193)
            })
        };
        let src = format!(
            "var t=[{},{},{}]",
            fnv(b"deepseek"),
            fnv(b"moonshot"),
            fnv(b"kimi")
        );
        let h = d
            .scan(src.as_bytes())
            .into_iter()
            .find(|h| h.kind == Kind::List)
            .expect("fnv list");
        assert_eq!(h.decoded.unwrap().len(), 3);
    }

    #[test]
    fn other_output_marks() {
        let d = Detectors::new(&[]);
        for (src, label) in [
            (
                r#"out += "\udb40\udc41";"#,
                "writes invisible tag characters",
            ),
            (r#"s = s + "\ufe01";"#, "writes variation selectors"),
            (
                r#"sep = cn ? "\uff0c" : ",";"#,
                "writes full-width punctuation",
            ),
            (
                r#"name = name.replace("a", "\u0430");"#,
                "writes a Cyrillic letter that looks Latin",
            ),
        ] {
            let hits = d.scan(src.as_bytes());
            assert!(
                hits.iter()
                    .any(|h| h.kind == Kind::Sink && h.label() == label),
                "{}: {:?}",
                src,
                hits
            );
        }
        // A table of such characters (a normaliser) is not a sink.
        let table = r#"const FW = /[\uff01\uff0c\uff1a\uff1b\uff1f]/g;"#;
        assert!(d
            .scan(table.as_bytes())
            .iter()
            .all(|h| h.kind != Kind::Sink));
    }

    #[test]
    fn image_base64_is_not_a_list() {
        let d = Detectors::new(&[]);
        let png = base64::engine::general_purpose::STANDARD.encode([
            0x89u8, b'P', b'N', b'G', 13, 10, 26, 10, 0, 0, 0, 13, b'I', b'H', b'D', b'R', 0, 0, 1,
            0, 0, 0, 1, 0,
        ]);
        assert!(d
            .scan(format!("src=\"data:image/png;base64,{}\"", png).as_bytes())
            .iter()
            .all(|h| h.kind != Kind::List));
    }
}

/// A byte-order mark that is tested for or removed, not written: `s.startsWith("\uFEFF")`,
/// `s.charCodeAt(0) === 0xFEFF`, `s.replace(/^\uFEFF/, "")`, `s[0] === "\uFEFF"`.
fn reads_bom(w: &[u8], s: usize, e: usize) -> bool {
    let m = &w[s..e];
    let bom = m.eq_ignore_ascii_case(b"\\ufeff") || m == "\u{feff}".as_bytes();
    if !bom {
        return false;
    }
    let before = &w[s.saturating_sub(24)..s];
    let after = &w[e..(e + 8).min(w.len())];
    let b = String::from_utf8_lossy(before);
    b.contains("startsWith(")
        || b.contains("replace(/^")
        || b.contains("indexOf(")
        || b.contains("===")
        || b.contains("!==")
        || b.contains("==")
        || b.ends_with("/^")
        || after.starts_with(b"/") && b.contains("/^")
}
