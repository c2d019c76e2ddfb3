# 文件分析的消息（简体中文）：代码、压缩包和可执行文件被发现做了什么。
# 与 en 目录中的同名文件有相同的消息 ID 和变量（有测试检查）。

## Phrases of the analysis's tables

ph-reads-the-system-timezone = 读取系统时区
ph-reads-the-system-locale = 读取系统语言区域设置
ph-reads-the-proxy-settings = 读取代理设置
ph-reads-an-api-base-url-setting = 读取 API 基础地址设置
ph-queries-the-system-proxy = 查询系统代理
ph-reads-the-host-user-or-network-interfaces = 读取主机名、用户名或网络接口
ph-writes-invisible-tag-characters = 写入不可见的标签字符
ph-writes-variation-selectors = 写入变体选择符
ph-writes-full-width-punctuation = 写入全角标点
ph-writes-a-cyrillic-letter-that-looks-latin = 写入形似拉丁字母的西里尔字母
ph-rewrites-the-date-separator-to = 把日期分隔符 '-' 改写为 '/'
ph-writes-a-zero-width-character = 写入零宽字符
ph-base64 = base64
ph-hex = 十六进制
ph-x-escapes = \x 转义
ph-u-escapes = \u 转义
ph-reversed-string = 倒序字符串
ph-rot13 = ROT13
ph-char-codes = 字符编码数组
ph-reads-environment-variables = 读取环境变量
ph-reads-an-environment-variable = 读取一个环境变量
ph-reads-a-system-file = 读取系统文件
ph-runs-a-command = 运行一条命令
ph-reads-the-dns-servers = 读取 DNS 服务器
ph-reads-the-utc-offset = 读取 UTC 时差
ph-reads-the-browser-language = 读取浏览器语言
ph-reads-the-date-string-with-the-time-zone = 读取日期字符串（含时区）
ph-reads-the-time-string-with-the-time-zone = 读取时间字符串（含时区）
ph-reads-the-home-directory = 读取主目录
ph-reads-the-host-name = 读取主机名
ph-reads-the-local-date-format = 读取本地日期格式
ph-reads-the-local-time-format = 读取本地时间格式
ph-reads-the-locale = 读取语言区域设置
ph-reads-the-network-interfaces = 读取网络接口
ph-reads-the-page-language = 读取页面语言
ph-reads-the-site-s-address = 读取网站地址
ph-reads-the-site-s-host-name = 读取网站主机名
ph-reads-the-time-zone = 读取时区
ph-reads-the-locale-s-numbering-system = 读取语言区域的数字系统
ph-reads-the-locale-s-calendar = 读取语言区域的历法
ph-reads-the-time-zone-and-locale = 读取时区和语言区域设置
ph-formats-the-date-in-the-user-s-time-zone = 按用户的时区格式化日期
ph-reads-the-user-name = 读取用户名
ph-reads-a-proxy-setting = 读取代理设置
ph-reads-the-package-registry = 读取软件包源设置
ph-hex-or-number-parsing = 十六进制或数字解析
ph-character-codes = 字符编码
ph-reversal = 倒序
ph-json = JSON
ph-url-escapes = URL 转义
ph-splitting = 拆分
ph-joining = 拼接
ph-xor = 异或
ph-written-plainly-in-the-code = 在代码中明文写出
ph-the-code-could-not-be-parsed-for-the-replay = 无法解析代码以进行重放
ph-no-environment-to-vary-was-found-in-what-the-code-reads = 在代码读取的内容中没有找到可以变换的环境
ph-the-code-could-not-run-in-the-sandbox = 代码无法在沙箱中运行
ph-the-output-was-the-same-in-every-environment-tried = 在尝试的每个环境中输出都相同

## Findings and their parts

with-detail = { $what }（{ $detail }）
with-argument = { $what }：{ $detail }
nothing = {""}
just = { $what }
text = { $text }
sep-and = {"和"}
sep-or = {" 或 "}
line-item = - { $what }
preview-more = { $values }…（共 { $count } 个）
hit-hidden-list = 隐藏的名单，{ $count } 项（{ $how }）
hit-hash-list = { $count } 个关注名称的散列值
hit-compares-with = 与 { $value } 比较
hit-apostrophes = 在 { $count } 种形近的撇号之间选择
hit-more-kinds = { $rule }（更多种类，合并计数）
hit-places = { $what }（{ $count } 处）
how-then-xor = { $how }，再与密钥 { $key } 异或
how-hashes-reversed = 对关注名单计算散列（{ $hash }），还原了 { $total } 个散列值中的 { $found } 个
how-case-labels = 求值了 case 标签（{ $count } 个值）
how-not-evaluated = 未求值：{ $why }
how-evaluated = 在沙箱中求值 `{ $code }`{ $steps }
how-own-decoding = （代码自己的解码：{ $steps }）
how-predicate = 在沙箱中用代码自己的判断 `{ $code }` 逐一检验 { $count } 个已知名称（时区、语言区域、国家域名、受关注的主机），得到它回答“是”的值
how-predicate-offsets = 在沙箱中用代码自己的判断 `{ $code }` 逐一检验从 UTC−12:00 到 UTC+14:00 的每个时差（{ $count } 个），得到它回答“是”的时差
how-digests-reversed = { $how }；用代码自己的变换重新计算已知名称，还原了 { $total } 个中的 { $found } 个
how-ipv4 = { $how }；32 位数字按 IPv4 地址读取
tb001-alone-meaning = 读取运行环境很常见（代理支持、时区处理）；单独出现并不值得担心。
tb002-alone-meaning = 代码与某个地区特有的值比较；时区库会为所有地区列出这类值。
tb003-alone-meaning = 一份域名或名称的名单以编码形式保存，读代码的人看不到它。
tb004-alone-meaning = 代码可以用看起来相同的字符改变自己的输出。
flow-contradicts = { $what } 已分析其周围的代码：没有从环境读取的值到达这个输出。
with-more-chains = { $what }（此输入中另有 { $more } 条链未列出：最多列出 { $max } 条）
step-at = { $what }（第 { $byte } 字节）
where-it-runs = 运行环境
compared-region-value = 指向某个地区的值（{ $value }）
compared-hidden-lists = { $count } 份隐藏的名单（{ $values }）
chain = 隐蔽信道：{ $steps }
chain-meaning = 代码读取运行环境（{ $source }），与{ $compared }比较，并改变自己的输出（{ $sink }）{ $prompt }。程序就是这样在不发送任何遥测数据的情况下，让收到输出的人知道用户在哪里。
in-prompt = ，而且是在看起来像提示词的文本中
replay-note-distance = 这条链是按模式之间的距离连起来的，没有沿代码追踪，因此没有可以重放的代码片段
replay-same-with-calls = 在尝试的每个环境中输出都相同（打印的输出以及 { $count } 个调用：{ $calls }）
class-invisible = 不可见字符
class-whitespace = 空白
class-look-alike = 形近字符
class-normalisation = 同一字母的不同编码（NFC/NFD）
class-punctuation = 标点
class-format = 数字或日期格式
class-case = 大小写
class-order = 词语或行的顺序
class-wording = 同义词替换
class-message = 不同的消息
class-same = 无
variant-nothing = 空
variants-one-of = 以下之一：{ $items }
variants-becomes = { $from } 变为 { $to }
colon-detail = ：{ $what }
effect-chooses = 在 { $count } 种输出之间选择，差别在于{ $class }{ $detail }
effect-outputs = { $count } 种输出，差别在于{ $class }{ $detail }
effect-replayed = 在各环境下重放，代码给出 { $count } 种结果，差别在于{ $class }
effect-only-then = 仅在此时调用 { $call }
effect-with-variants = { $what }：{ $variants }
a-concealed-list = 隐藏的名单
a-list = 名单
points-to = ；指向{ $countries }
region-sentence = 目标地区：{ $countries }。
code-list = { $kind }（{ $how }{ $region }）：{ $values }
compared-values-it-hides = 它藏在自己代码里的值
compared-region-list = 一份指向某个地区的值的名单
code-covert = 隐蔽信道：{ $sources } → 与 { $lists } 份名单比较 → 改变输出（{ $effects }）。{ $region }
code-overt = 对某个地区的用户区别对待：{ $sources } → { $effects }。{ $region }
code-hidden-list = 运行环境（{ $sources }）被拿来与藏在代码里的名单比较。{ $region }
sep-newline =
    {""}
    {""}
code-covert-meaning =
    代码读取它运行的地方或所用的设置（{ $sources }），与{ $compared }比较，并以读者注意不到的方式改变输出（{ $effects }）。收到输出的人就能知道用户所在的地区或设置；不需要发送任何遥测数据。{ $region }

    比较的对象：
    { $lists }

    各种结果下的输出：
    { $outputs }
code-overt-meaning =
    代码读取它运行的地方（{ $sources }），与一份指向特定国家或地区的名单比较，并且只对这些地区：{ $effects }。这是看得见的行为，不是隐藏的，但它按地区区别对待用户。{ $region }

    比较的对象：
    { $lists }
code-hidden-list-meaning =
    代码把它运行的地方或所用的设置与它隐藏的值比较；没有发现输出的变化，因此不知道它如何使用比较结果。

    比较的对象：
    { $lists }

code-hidden-list-open = 运行环境（{ $sources }）用来从代码里编码保存的表中选取条目；输出会显示所选的值。
code-hidden-list-open-meaning =
    代码把一张表编码保存（例如 base64），并根据它运行的地方或所用的设置从中选取。重放时，输出发生了看得见的变化，并且直接写出了这个值（例如链接里的语言）：这是公开的本地化，不是隐藏信号。

    表的键：
    { $lists }

code-localised = 用用户自己的语言输出消息：{ $sources } → { $effects }。
code-localised-meaning =
    代码检查用户的语言，并对某种语言用该语言输出内容（翻译过的消息）。这是本地化，不是按地区区别对待用户。

    比较的对象：
    { $lists }

## The command line's words (this catalogue is in every native build)

cli-standard-input = 标准输入
cli-at-byte = 位于第 { $byte } 字节：
cli-byte = 第 { $byte } 字节
cli-line = 第 { $line } 行
cli-seen-times = 出现 { $count } 次
cli-decoded = 解码（{ $scheme }）：
cli-decoded-confidence = 解码（{ $scheme }，把握{ $confidence }）：
cli-confidence-high = 高
cli-confidence-medium = 中
cli-confidence-low = 低
cli-dates = 日期：
cli-unusual-characters = 不寻常的字符：
cli-and-more-json = ……另有 { $count } 个（使用 --format json 查看）
cli-and-more-counted = ……另有 { $count } 处（已计数，未列出）
cli-note = 注：
cli-inputs = { $count } 个输入
cli-entries-read = ，读取了 { $count } 个文件和压缩包条目
cli-replayed = 在沙箱中重放：
cli-replayed-call = 在沙箱中重放（{ $call }）：
cli-reveals = 暴露：{ $what }
cli-not-replayed = 未重放：{ $why }
cli-skipped = 已跳过 { $path }：{ $why }
cli-not-checked = 未检查（{ $count } 个部分；已检查 { $bytes } 字节）：
cli-verdict-unchecked = 无法检查
cli-verdict-clean = 未发现问题
cli-verdict-notice = 值得留意
cli-verdict-suspicious = 可疑
cli-verdict-covert = 隐蔽信号
cli-severity-info = 信息
cli-severity-low = 低
cli-severity-medium = 中
cli-severity-high = 高
cli-severity-critical = 严重

## Archives and inputs that could not be read in full (the detail is the reader's own words)

problem-too-deep = 压缩包嵌套过深（{ $detail }）
problem-not-an-archive = 名称像压缩包，内容却不是（{ $detail }）
problem-unreadable = 无法读取（{ $detail }）
problem-unreadable-document = 无法读取的文档（{ $detail }）
problem-corrupt = 已损坏或被截断（{ $detail }）
problem-bomb = 解压炸弹（{ $detail }）
problem-limit = 达到了大小上限（{ $detail }）
problem-escapes = 条目路径逃出了压缩包（{ $detail }）
problem-link = 压缩包内的链接（{ $detail }）
problem-unsupported = Telltale 不读取的格式部分（{ $detail }）
problem-lies = 压缩包目录中的大小与实际不符（{ $detail }）
problem-encrypted = 已加密，未检查（{ $detail }）
problem-attack-unchecked-meaning = 这个压缩包是为攻击打开它的工具而构造的：{ $what }。这一部分未检查；其余部分都已检查。
problem-attack-checked-meaning = 这个压缩包是为攻击打开它的工具而构造的：{ $what }。其内容仍然检查过了。
problem-unchecked-meaning = 这一部分无法检查：{ $what }。其余部分都已检查。
problem-noted-meaning = { $what }
problem-more = 同类问题另有 { $more } 个未列出，共 { $count } 个；例如：{ $example }
problem-more-meaning = 同类问题只列出有限几个；每一个都已计数，它们导致未检查的部分列在覆盖范围清单中。

## Where a document's text is and how it is hidden (doc::words): templates of the readers' words.
words-joined = { $items }
place-with-how = { $place }（{ $how }）
verbatim = { $text }
how-a-cell-comment-shown-only-when-pointed-at = 单元格批注（只在鼠标指向时显示）
how-a-comment-annotation-shown-only-in-the-review-pane = 批注（注释），只在审阅窗格中显示
how-a-comment-shown-only-in-the-margin-or-review-pane = 批注（只在页边或审阅窗格中显示）
how-a-comment-shown-only-in-the-review-pane = 批注（只在审阅窗格中显示）
how-a-document-property-file-info-not-shown-in-the-document = 文档属性（文件 → 信息），不在文档正文中显示
how-a-document-property-not-shown-in-the-document = 文档属性，不在文档正文中显示
how-a-document-property-not-shown-on-any-page = 文档属性，不在任何页面上显示
how-a-hidden-column = 隐藏的列
how-a-hidden-column-code = 隐藏的列（{ $code }）
how-a-hidden-form-field = 隐藏的表单字段
how-a-hidden-row = 隐藏的行
how-a-hidden-run-word-s-name-font-setting-code = 隐藏的文字（Word 的“{ $name }”字体设置，{ $code }）
how-a-hidden-sheet = 隐藏的工作表
how-a-hidden-sheet-name-format-hide = 隐藏的工作表（“{ $name }”：格式 → 隐藏）
how-a-hidden-text-field = 隐藏的文本域
how-a-pdf-annotation-a-comment-shown-only-when-opened = PDF 注释（打开后才显示的批注）
how-a-review-comment-shown-only-in-the-comments-pane = 审阅批注（只在批注窗格中显示）
how-a-text-box-placed-off-the-slide-not-shown-in-the-slide-show = 放在幻灯片外的文本框（放映时不显示）
how-a-tiny-font-n-pt = 极小的字号（{ $n } 磅）
how-a-tiny-font-under-n-pt = 极小的字号（小于 { $n } 磅）
how-a-very-hidden-sheet-name-hidden-so-that-excel-s-unhide-does-not-list-it = 深度隐藏的工作表（“{ $name }”：Excel 的“取消隐藏”不会列出它）
how-alt-text-of-a-picture-read-by-screen-readers-and-ai-tools-not-shown-on-the-page = 图片的替代文字，屏幕阅读器和 AI 工具会读取，页面上不显示
how-alt-text-of-an-image-not-shown-when-the-image-loads = 图片的替代文字，图片加载后不显示
how-an-html-comment-in-the-file-never-shown = HTML 注释（在文件中，从不显示）
how-css-clip-to-nothing = CSS 裁剪为空
how-css-code = CSS { $code }
how-css-position-off-the-screen = CSS 定位到屏幕之外
how-css-zero-height-or-width-with-overflow-hidden = CSS 高度或宽度为零且溢出隐藏
how-hidden-text-rtf-code = 隐藏文字（RTF { $code }）
how-only-in-the-html-version = 只在 HTML 版本中
how-outlook-s-code = Outlook 的 { $code }
how-speaker-notes-seen-by-the-presenter-not-the-audience = 演讲者备注（演讲者可见，观众看不到）
how-text-coloured-like-its-background = 与背景同色的文字
how-text-covered-by-a-filled-shape-placed-on-top-of-it = 被上方填充形状遮住的文字
how-text-drawn-invisible-pdf-text-render-mode-n = 以不可见方式绘制的文字（PDF 文字渲染模式 { $n }）
how-text-placed-outside-the-page-never-shown-or-printed = 放在页面之外的文字（从不显示或打印）
how-text-set-not-to-display-code-name = 设为不显示的文字（{ $code }“{ $name }”）
how-the-address-a-link-goes-to-not-the-text-it-shows = 链接实际指向的地址，而不是它显示的文字
how-the-hidden-attribute = hidden 属性
how-tiny-text-n-pt = 极小的文字（{ $n } 磅）
how-white-text-on-a-white-cell = 白色单元格上的白色文字
how-white-text-on-a-white-page = 白色页面上的白色文字
place-alt-text-at-line-n = 第 { $n } 行的替代文字
place-alt-text-of-picture-n-near-paragraph-n2 = 第 { $n } 张图片的替代文字（靠近第 { $n2 } 段）
place-attached-message-part-n = 附带的邮件（第 { $n } 部分）
place-code = { $code }
place-comment = 批注
place-comment-near-page-n = 第 { $n } 页附近的批注
place-comment-near-paragraph-n = 第 { $n } 段附近的批注
place-comment-near-slide-n = 第 { $n } 张幻灯片附近的批注
place-comment-on-code = { $code } 上的批注
place-comment-on-page-n = 第 { $n } 页上的批注
place-comment-paragraph-n = 批注（第 { $n } 段）
place-document-property-code = 文档属性 { $code }
place-e-mail = 电子邮件
place-e-mail-part-n-code = 电子邮件第 { $n } 部分（{ $code }）
place-endnote-paragraph-n = 尾注（第 { $n } 段）
place-footer-paragraph-n = 页脚（第 { $n } 段）
place-footnote-paragraph-n = 脚注（第 { $n } 段）
place-header-paragraph-n = 页眉（第 { $n } 段）
place-hidden-form-field-at-line-n = 第 { $n } 行的隐藏表单字段
place-html-comment-at-line-n = 第 { $n } 行的 HTML 注释
place-line-n = 第 { $n } 行
place-message-n = 第 { $n } 封邮件
place-page-n = 第 { $n } 页
place-paragraph-n = 第 { $n } 段
place-slide-comments = 幻灯片批注
place-slide-n = 第 { $n } 张幻灯片
place-slide-n-notes = 第 { $n } 张幻灯片的备注
place-speaker-notes = 演讲者备注
place-subject = 主题

## Notes of the file analysis.
note-at = { $path }：{ $note }
note-transcoded = { $path }：Bun 以 UTF-16 或 Latin-1 存储；已转换为 UTF-8 并检查
note-chains-capped = 发现 { $count } 条隐蔽信号链；列出前 { $max } 条
note-code-unparsed = 无法将代码解析为 JavaScript
note-code-not-utf8 = 无法将代码解析为 JavaScript（不是 UTF-8）
note-code-decisions-capped = 只评估了 { $max } 处比较
note-code-too-large = 候选位置周围的代码超过 { $max } 字节：只分析了一部分
note-code-pieces-reads = 在读取环境之处周围分析了 { $count } 个函数和定义
note-code-pieces-chain = 在模式查找器找到的信号链周围分析了 { $count } 个函数和定义

linked-files = { $file } 导入了 { $modules }：它们作为一个程序一起分析。
linked-meaning =
    { $what }

    { $linked }
note-linked-capped = { $count } 个导入了所在包中其他文件的文件未与其导入的文件一起分析：每次扫描最多分析 { $max } 个链接后的程序、{ $mib } MiB
note-linked-store-full = { $count } 个文件未保留用于跨文件分析（最多保留 { $max } MB）
