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
//!
//! # 中文
//! 标题: 输出变化点
//! 标记什么: 能用形近字符改变输出的代码：在几个形近撇号之间选择，把日期的“-”改写成“/”，写入零宽字符、标签字符、变体选择符、全角标点或形似拉丁字母的西里尔字母。
//! 为什么重要: 这是隐蔽信道的最后一环：把比较结果写进看起来正常的文字。单独出现时，它也可能只是排版代码。
