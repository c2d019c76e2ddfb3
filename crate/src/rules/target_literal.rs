//! # What it flags
//! Values a program compares the environment with when it singles out a region: timezones
//! (Asia/Shanghai, Asia/Urumqi, Asia/Chongqing, Asia/Harbin, Asia/Hong_Kong, Asia/Macau,
//! Asia/Taipei), UTC offsets compared with `getTimezoneOffset()` (`-480`, `+08:00`) and locale
//! codes (`zh-CN`, `zh_CN`, `zh-Hans`…).
//!
//! # Why it matters
//! Timezone databases list these for everyone, so alone they are information. In a chain
//! (environment source → comparison → output change) they are what is being detected.
//!
//! # Example
//! `if (tz === "Asia/Shanghai" || tz === "Asia/Urumqi") …`
