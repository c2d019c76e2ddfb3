//! # What it flags
//! An e-mail whose HTML part says what its plain-text part does not: sentences, numbers, account
//! numbers or addresses present in one version only. The differing text is shown.
//!
//! # Why it matters
//! Mail programs show one version (usually the HTML), filters and some readers use the other. A
//! message built so that the two disagree shows different people, or a person and a program,
//! different things: a payment instruction, a link, an instruction to an AI assistant.
//!
//! # Example
//! `HTML only: "Please pay to IBAN GB33 BUKB 2020 1555 5555 55"`
//!
//! # 中文
//! 标题: 邮件两个版本内容不一致
//! 标记什么: 邮件的 HTML 版本写了纯文本版本没有的内容：只在一个版本中出现的句子、数字、账号或地址。发现中会显示不同之处。
//! 为什么重要: 邮件程序显示其中一个版本（通常是 HTML），过滤器和一些阅读器使用另一个。故意让两个版本不一致的邮件会让不同的人、或人与程序看到不同的内容：付款指示、链接、给 AI 助手的指令。

/// Sentences of `html` whose words or numbers the plain version does not have, when they
/// amount to a real difference (a number of 4+ digits, or 6+ words making 15% of the HTML).
/// `None` when the plain part is a stub ("view this e-mail in your browser").
pub fn diff(plain: &str, html: &str) -> Option<Vec<String>> {
    let toks = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 2)
            .map(|w| w.to_lowercase())
            .collect()
    };
    let p = toks(plain);
    let h = toks(html);
    if p.len() < 20 || h.is_empty() {
        return None;
    }
    let ps: std::collections::HashSet<&String> = p.iter().collect();
    let only: Vec<&String> = h.iter().filter(|w| !ps.contains(w)).collect();
    let digits = only
        .iter()
        .any(|w| w.chars().filter(|c| c.is_ascii_digit()).count() >= 4);
    if !(digits || (only.len() >= 6 && only.len() * 100 >= h.len() * 15)) {
        return None;
    }
    let only: std::collections::HashSet<&String> = only.into_iter().collect();
    let mut out = vec![];
    // Sentences end at `.`, `!` or `?` before a space (not inside "1,250.00") or at a line end.
    let mut sentences: Vec<&str> = vec![];
    let mut start = 0;
    let chars: Vec<(usize, char)> = html.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let next_space = chars.get(k + 1).is_none_or(|&(_, n)| n.is_whitespace());
        if c == '\n' || (matches!(c, '.' | '!' | '?') && next_space) {
            sentences.push(&html[start..i]);
            start = i + c.len_utf8();
        }
    }
    sentences.push(&html[start..]);
    for sent in sentences {
        let t = toks(sent);
        if t.iter().any(|w| only.contains(w)) {
            let s = sent.trim();
            if !s.is_empty() && out.len() < 5 {
                out.push(s.to_string());
            }
        }
    }
    (!out.is_empty()).then_some(out)
}
