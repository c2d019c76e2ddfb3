//! # What it flags
//! Code that reads the environment a covert channel would report on: the timezone
//! (`Intl.DateTimeFormat().resolvedOptions().timeZone`, `getTimezoneOffset`, `process.env.TZ`,
//! `/etc/localtime`, `/etc/timezone`, `timedatectl`, `tzutil`), the locale (`navigator.language`,
//! `LANG`, `LC_ALL`), proxy and endpoint settings (`HTTP(S)_PROXY`, `ALL_PROXY`,
//! `npm_config_proxy`, any `*_BASE_URL`/`*_API_URL`), system proxy queries (`scutil --proxy`,
//! `networksetup`, the Windows Internet Settings key, `gsettings … proxy`), host and user names.
//!
//! # Why it matters
//! Alone this is ordinary (proxy support, time formatting, SDKs reading their own base URL) and
//! only reported as information. Next to a hidden list and an output-variation sink it is the
//! first link of a covert channel (see `covert-channel`).
//!
//! # Example
//! `const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;`
//!
//! # 中文
//! 标题: 读取环境
//! 标记什么: 读取隐蔽信道会报告的环境信息的代码：时区、语言区域、代理和 API 基础地址设置、系统代理查询、主机名和用户名。
//! 为什么重要: 单独读取环境很常见（代理支持、时区库、官方 SDK 读取自己的 *_BASE_URL），本身不是问题；只有与比较和输出变化连在一起时才重要。
