// Every string of the page in English and Simplified Chinese. The language comes from what the
// user picked (remembered in localStorage), else from the browser's languages.
const STRINGS = {
  en: {
    title: 'Telltale: is something hidden in this text?',
    tagline: 'Checks text and files for hidden signals: invisible characters, look-alikes, covert encodings and code that leaks where you are. Everything is checked on this computer; nothing is uploaded.',
    language: 'Language',
    pasteHeading: 'Paste text',
    textLabel: 'Text to check',
    textPlaceholder: 'Paste a prompt, a message or any text here. It is checked as you type.',
    check: 'Check',
    filesHeading: 'Check files',
    filesHint: 'Drop files or folders anywhere on this page, or choose them: documents and e-mails (Word, Excel, PowerPoint, OpenDocument, PDF, RTF, HTML, .eml, .mbox), text files, packages (.tgz, .zip, .vsix, .whl, .jar, .crx), an unpacked package or extension, scripts, executables. They are read here, in pieces; nothing is uploaded.',
    filesLabel: 'Files to check',
    folderLabel: 'or a folder',
    folderCapped: 'Only the first {n} files of the folder are checked; the report lists the rest as not read.',
    cancel: 'Cancel',
    readingFiles: 'Reading files',
    starting: 'Starting…',
    loadingFiles: 'Loading file analysis (first file only)…',
    progress: '{done} of {total} MB · {name}',
    settings: 'Settings',
    asciiLabel: 'Cleaned text uses plain ASCII punctuation',
    passwordLabel: 'StegCloak password (optional)',
    watchlistHeading: 'Watchlist',
    watchlistHint: 'Names and domains the file check looks for, plain or hidden (encoded, hashed). Built in:',
    watchlistOwn: 'Your additions, one per line',
    watchlistSave: 'Save additions',
    watchlistReset: 'Reset to built-in',
    watchlistSaved: 'Saved: {n} addition(s). They apply to the next file check.',
    watchlistCleared: 'Back to the built-in list.',
    emptyText: 'Paste text or drop files. The verdict appears here. Checked on this computer; nothing is uploaded.',
    whatWeFound: 'What we found',
    findingsHeading: 'Findings',
    replayHeading: 'Replayed in the sandbox: the code run again under environments Telltale supplied (nothing real is exposed).',
    replayCols: ['Environment', 'What the code wrote', 'Difference from the baseline'],
    sameOutput: 'the same',
    replayNote: 'Not replayed: {why}',
    replayShown: 'What is shown:',
    replayLearns: 'Whoever reads this output learns: {what}.',
    original: 'Original (English)',
    checkingBig: 'Checking {mb} MB of text…',
    bigPasted: '[{mb} MB pasted: all of it is checked; this box shows the first {n} characters. Typing here replaces it.]',
    inputsHeading: 'Each input',
    inputCols: ['Input', 'Verdict', 'Size', 'Read completely', 'SHA-256'],
    yes: 'yes',
    no: 'no',
    showAll: 'Show all {n}',
    announce: '{verdict}. {summary}',
    markedHelp: 'Marked text: press Tab to enter, then the arrow keys to move between the {n} marks.',
    fileReportKept: 'The report for your files is kept.',
    showFileReport: 'Show the file report again',
    showTextReport: 'Show the text report',
    chooseFiles: 'Chosen: {names}',
    watchlistExplain: 'The file check looks for these names of companies, clouds, API relays and AI labs when code hides them (encoded, hashed or split): a hidden list of them is how the 2026 incident told where its users were. You do not need to change it.',
    seenPlaces: 'The same chain appears in {n} places.',
    markedText: 'The text, with every flagged character marked',
    hiddenCount: '{n} hidden',
    copyCleaned: 'Copy cleaned text',
    copied: 'Copied',
    exportHeading: 'Save the report',
    exportJson: 'JSON',
    exportSarif: 'SARIF',
    exportMarkdown: 'Markdown',
    exportHtml: 'HTML report',
    print: 'Print / PDF',
    excerpt: 'The code around it (re-indented)',
    about: 'About {code}: {title}',
    decoded: 'Decoded ({scheme}):',
    nested: 'The decoded payload was checked again: {verdict}.',
    location: 'line {line}, column {column} (byte {byte})',
    lineN: 'line {n}',
    seen: 'seen {n} times',
    inPath: 'in {path}',
    confidence: 'confidence {c}',
    confidenceWords: { high: 'high', medium: 'medium', low: 'low' },
    chain: 'How the signal travels',
    charsHeading: 'Characters that are not plain ASCII ({n})',
    charCols: ['Code point', 'Name', 'Category', 'Script', 'Class', 'Count', 'First at'],
    ordinary: ' (ordinary here)',
    punctHeading: 'Punctuation',
    punctCols: ['Role', 'Variant', 'Name', 'Style', 'Count'],
    mixed: ' (mixed)',
    datesHeading: 'Dates',
    datesMixed: 'Dates (mixed formats)',
    dateCols: ['Date', 'Pattern', 'ISO', 'At'],
    normalised: 'Normalised forms (NFC / NFKC)',
    sameAsInput: '(same as input)',
    revealed: 'Revealed view (invisible characters written out)',
    checkedChars: 'Checked {n} characters in {ms} ms.',
    readHeading: 'What was read ({n})',
    notChecked: 'Not checked ({n} part(s)): nothing is claimed about these',
    notCheckedMore: '… and {n} more, counted but not listed',
    readCols: ['Path', 'Kind', 'Size', 'Bytes read', 'Skipped'],
    scanned: 'Scanned in {s} s{mem}.',
    memory: ' · engine memory {mb} MB',
    cancelled: 'Cancelled. Nothing was kept.',
    errorText: 'Could not check this',
    footer: 'runs offline · no data leaves this page',
    verdicts: {
      unchecked: ['?', 'Could not check'],
      clean: ['✓', 'Clean'],
      notice: ['i', 'Notice'],
      suspicious: ['!', 'Suspicious'],
      covert: ['!!', 'Covert signal'],
    },
    severity: { critical: 'critical', high: 'high', medium: 'medium', low: 'low', info: 'info' },
  },
  zh: {
    title: 'Telltale：这段文字里藏了东西吗？',
    tagline: '检查文字和文件中的隐藏信号：不可见字符、形近字符、隐蔽编码，以及泄露你所在位置的代码。一切都在这台电脑上检查，不会上传任何内容。',
    language: '语言',
    pasteHeading: '粘贴文字',
    textLabel: '要检查的文字',
    textPlaceholder: '在这里粘贴提示词、消息或任何文字，输入时即自动检查。',
    check: '检查',
    filesHeading: '检查文件',
    filesHint: '把文件或文件夹拖到本页任意位置，或选择它们：文档和电子邮件（Word、Excel、PowerPoint、OpenDocument、PDF、RTF、HTML、.eml、.mbox）、文本文件、软件包（.tgz、.zip、.vsix、.whl、.jar、.crx）、解包后的软件包或浏览器扩展、脚本、可执行文件。文件在本机分块读取，不会上传。',
    filesLabel: '要检查的文件',
    folderLabel: '或一个文件夹',
    folderCapped: '只检查文件夹中的前 {n} 个文件；其余文件在报告中列为未读取。',
    cancel: '取消',
    readingFiles: '正在读取文件',
    starting: '正在开始…',
    loadingFiles: '正在加载文件分析模块（仅首次）…',
    progress: '{done} / {total} MB · {name}',
    settings: '设置',
    asciiLabel: '清理后的文字使用普通 ASCII 标点',
    passwordLabel: 'StegCloak 密码（可选）',
    watchlistHeading: '关注名单',
    watchlistHint: '检查文件时查找的名称和域名（明文或隐藏、编码、哈希后的）。内置名单：',
    watchlistOwn: '你添加的名称，每行一个',
    watchlistSave: '保存',
    watchlistReset: '恢复为内置名单',
    watchlistSaved: '已保存 {n} 项，下次检查文件时生效。',
    watchlistCleared: '已恢复为内置名单。',
    emptyText: '粘贴文字或拖入文件，结论会显示在这里。在本机检查，不会上传任何内容。',
    whatWeFound: '发现了什么',
    findingsHeading: '发现',
    replayHeading: '在沙箱中重放：代码在 Telltale 提供的环境下重新运行（不接触任何真实信息）。',
    replayCols: ['环境', '代码的输出', '与基准的差别'],
    sameOutput: '相同',
    replayNote: '未重放：{why}',
    replayShown: '显示的是：',
    replayLearns: '读到这一输出的人可以得知：{what}。',
    original: '英文原文',
    checkingBig: '正在检查 {mb} MB 文字…',
    bigPasted: '[已粘贴 {mb} MB：全部都会检查；此框只显示前 {n} 个字符。在这里输入会替换它。]',
    inputsHeading: '每个输入',
    inputCols: ['输入', '结论', '大小', '是否完整读取', 'SHA-256'],
    yes: '是',
    no: '否',
    showAll: '显示全部 {n} 项',
    announce: '{verdict}。{summary}',
    markedHelp: '标记后的原文：按 Tab 键进入，再用方向键在 {n} 个标记之间移动。',
    fileReportKept: '文件的报告仍然保留。',
    showFileReport: '重新显示文件报告',
    showTextReport: '显示文字报告',
    chooseFiles: '已选择：{names}',
    watchlistExplain: '检查文件时，如果代码把这些公司、云服务、API 中转站和 AI 实验室的名称藏起来（编码、哈希或拆开），就会被找出来：2026 年的事件正是靠这样一份隐藏名单判断用户在哪里。一般不需要修改。',
    seenPlaces: '同一条链在 {n} 处出现。',
    markedText: '原文（每个被标记的字符都已高亮）',
    hiddenCount: '{n} 个隐藏字符',
    copyCleaned: '复制清理后的文字',
    copied: '已复制',
    exportHeading: '保存报告',
    exportJson: 'JSON',
    exportSarif: 'SARIF',
    exportMarkdown: 'Markdown',
    exportHtml: 'HTML 报告',
    print: '打印 / PDF',
    excerpt: '附近的代码（已重新缩进）',
    about: '关于 {code}：{title}',
    decoded: '解码结果（{scheme}）：',
    nested: '解码出的内容又检查了一遍：{verdict}。',
    location: '第 {line} 行，第 {column} 列（字节 {byte}）',
    lineN: '第 {n} 行',
    seen: '出现 {n} 次',
    inPath: '位于 {path}',
    confidence: '把握 {c}',
    confidenceWords: { high: '高', medium: '中', low: '低' },
    chain: '信号如何传递',
    charsHeading: '非 ASCII 字符（{n}）',
    charCols: ['码位', '名称', '类别', '文种', '分类', '次数', '首次出现'],
    ordinary: '（此处正常）',
    punctHeading: '标点',
    punctCols: ['用途', '写法', '名称', '风格', '次数'],
    mixed: '（混用）',
    datesHeading: '日期',
    datesMixed: '日期（格式混用）',
    dateCols: ['日期', '格式', 'ISO', '位置'],
    normalised: '规范化形式（NFC / NFKC）',
    sameAsInput: '（与原文相同）',
    revealed: '显形视图（不可见字符已写出）',
    checkedChars: '已检查 {n} 个字符，用时 {ms} 毫秒。',
    readHeading: '读取的内容（{n}）',
    notChecked: '未能检查（{n} 处）：对这些部分不作任何结论',
    notCheckedMore: '……另有 {n} 处，已计数但未列出',
    readCols: ['路径', '类型', '大小', '已读字节', '跳过'],
    scanned: '扫描用时 {s} 秒{mem}。',
    memory: ' · 引擎内存 {mb} MB',
    cancelled: '已取消，没有保留任何内容。',
    errorText: '无法检查',
    footer: '离线运行 · 数据不会离开本页',
    verdicts: {
      unchecked: ['?', '无法检查'],
      clean: ['✓', '未发现问题'],
      notice: ['i', '提示'],
      suspicious: ['!', '可疑'],
      covert: ['!!', '隐蔽信号'],
    },
    severity: { critical: '严重', high: '高', medium: '中', low: '低', info: '信息' },
  },
};

const KEY = 'telltale.lang';

function stored() {
  try { return localStorage.getItem(KEY); } catch { return null; }
}

/** The language to use: the user's choice, else the browser's first Chinese or English language. */
export function initialLang() {
  const s = stored();
  if (s === 'en' || s === 'zh') return s;
  for (const l of navigator.languages || [navigator.language || 'en']) {
    if (/^zh\b/i.test(l)) return 'zh';
    if (/^en\b/i.test(l)) return 'en';
  }
  return 'en';
}

let lang = initialLang();

export function getLang() { return lang; }

export function setLang(l) {
  lang = l === 'zh' ? 'zh' : 'en';
  try { localStorage.setItem(KEY, lang); } catch { /* storage may be off (file://, privacy mode) */ }
  applyStatic();
}

/** A string, with `{name}` placeholders filled from `vars`. */
export function t(key, vars = {}) {
  const v = STRINGS[lang][key] ?? STRINGS.en[key];
  if (typeof v !== 'string') return v;
  return v.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ''));
}

/** Fill every element marked `data-i18n` (text), `data-i18n-placeholder`, `data-i18n-label`. */
export function applyStatic(root = document) {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = t('title');
  for (const e of root.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
  for (const e of root.querySelectorAll('[data-i18n-placeholder]')) e.placeholder = t(e.dataset.i18nPlaceholder);
  for (const e of root.querySelectorAll('[data-i18n-label]')) e.setAttribute('aria-label', t(e.dataset.i18nLabel));
}

export { STRINGS };
