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
