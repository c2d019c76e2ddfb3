//! # What it flags
//! A complete chain within 128 KiB of one input: an environment source (timezone, locale,
//! proxy, base URL), a comparison with a target literal or a hidden list, and an
//! output-variation sink. Every link is listed with its location and snippet, the decoded list
//! is shown in full, and a re-indented excerpt of the code around the sink is attached.
//!
//! # Why it matters
//! This is the shape of the 2026 incident: an AI coding agent read its API base URL and the
//! system timezone, compared them with hidden lists (base64 + XOR) and switched a look-alike
//! apostrophe and the date separator in its own system prompt, so the receiver of every
//! request could tell where the user was. No telemetry is sent; the signal rides in the text.
//!
//! # Example
//! `resolvedOptions().timeZone` → `=== "Asia/Shanghai"` → `.replace(/-/g, "/")` in
//! `` `Today${a}s date is ${d}.` ``
//!
//! # 中文
//! 标题: 隐蔽信道
//! 标记什么: 同一输入中 128 KiB 以内的一条完整链条：读取环境（时区、语言、代理、API 地址），与目标值或隐藏名单比较，再以看不出的方式改变输出（形近撇号、日期分隔符、零宽字符）。
//! 为什么重要: 这正是一个程序不发送任何遥测、却能让收到其输出的人知道用户身在何处或使用哪家服务的方法。链条上的每一环都附有位置和代码片段。
