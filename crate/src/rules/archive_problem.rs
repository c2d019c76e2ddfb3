//! # What it flags
//! Parts of an input that could not be checked, and why: corrupt or truncated gzip, tar or zip,
//! encrypted zip entries, entry names that escape the archive (`../`), zip bombs (expansion
//! beyond 200× or past the total limit), nesting deeper than 4 archives, read errors.
//!
//! # Why it matters
//! A scan that silently skipped part of a package would give a false sense of safety. Hostile
//! archives are also a warning sign in themselves. Everything else in the input is still checked.
//!
//! # Example
//! `pkg.zip: zip bomb: big.txt expands 1030× (1073741824 bytes), not opened`
//!
//! # 中文
//! 标题: 无法检查的部分
//! 标记什么: 输入中无法检查的部分及原因：损坏或被截断的 gzip、tar、zip，加密的压缩条目，路径穿越的文件名，压缩炸弹，嵌套过深。其余内容照常检查。
//! 为什么重要: 审批一个软件包时，需要知道哪些内容没有被看过。被跳过的部分也可能是有人故意让扫描器读不到的地方。
