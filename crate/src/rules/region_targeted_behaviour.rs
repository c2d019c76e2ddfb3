//! # What it flags
//! Code that reads where it runs (time zone, locale, host name, site address), compares it with
//! values that point to particular countries, and only for those users does something visible:
//! prints a message, shows an alert, exits, writes or deletes files, disables the page. Found by
//! following values through the parsed code (see `covert-channel`), not by words.
//!
//! # Why it matters
//! This is the shape of the 2022 protestware (es5-ext, event-source-polyfill, styled-components,
//! sweetalert2): open, but aimed at people by region. A security team approving a package should
//! know. Localisation done openly (each locale gets its own text, a mirror per region shown to
//! the user) is not flagged.
//!
//! # Example
//! `if (RU_ZONES.includes(Intl.DateTimeFormat().resolvedOptions().timeZone)) console.log(msg)`
//!
//! # 中文
//! 标题: 针对特定地区的行为
//! 标记什么: 代码读取运行环境（时区、语言区域、主机名、网站地址），与指向特定国家的值比较，只对这些地区的用户做出可见的动作：打印消息、弹窗、退出、写入或删除文件、禁用页面。
//! 为什么重要: 这是 2022 年“抗议软件”的形态：公开进行，但按地区针对用户。审批软件包的安全团队应当知道。公开的本地化（每种语言各有文本、向用户说明的地区镜像）不会被标记。
