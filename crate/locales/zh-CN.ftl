# Telltale 的简体中文消息。与 en.ftl 的消息 id 和变量一一对应（有测试检查）。
# 码位、字符名称、主机名、文件名和解码出的文字作为参数传入，不翻译。

## 列表连接

sep-arrow = {" → "}
sep-comma = {"、"}
sep-semicolon = {"；"}
sep-space = {" "}

## 文字：字符

invisible-character = 不可见字符：{ $count } × { $cp } { $name }
exotic-space = 特殊空格：{ $count } × { $cp } { $name }
control-character = 控制字符：{ $count } × { $cp } { $name }
invisible-character-meaning = 文字中有 { $count } 个不可见字符（{ $name }）。它们看不见，却改变了文字的实际内容，并可能携带隐藏信息。
invisible-after-directive-meaning = 文字中有 { $count } 个不可见字符（{ $name }），紧跟在让检查工具忽略此处的注释（{ $directive }）之后。恰好把字符藏在检查工具被告知不要查看的地方，是躲过检查的一种手法。
invisible-soft-hyphen-meaning = 软连字符是不可见的断词提示，常见于从网页复制的文字；它们仍会使单词与外观不同。
invalid-encoding = { $encoding } 输入中有 { $count } 个无效字节，第一个位于第 { $first } 字节
invalid-encoding-meaning = 文件的一部分不是有效文字；这些字节显示为 �，其余内容都已检查。

## 文字：隐藏消息方案

zero-width-message = { $count } 个零宽字符编码了一条消息
zero-width-message-meaning = 不可见的零宽字符携带一条隐藏消息：「{ $text }」。
zero-width-undecoded = { $count } 个零宽字符，使用了 { $symbols } 种不同符号
zero-width-undecoded-meaning = 一长串不可见字符的排列像是一种编码，但没有已知方案能把它解码成可读文字（可能经过加密或使用了未知的字母表）。

## 文字：日期

mixed-date-formats = 日期使用了 { $count } 种格式：{ $patterns }
mixed-date-formats-separator-meaning = 同一类日期使用了不同的分隔符。程序写日期只会用一种方式；切换分隔符正是隐藏信号藏进日期的方式。
mixed-date-formats-style-meaning = 日期以不同风格书写。多人撰写或拼接而成的文字中很常见。

## 文字：形近字符

look-alike-character = { $cp } { $name } 在「{ $word }」中看起来像「{ $like }」
look-alike-character-meaning = 「{ $word }」看起来像「{ $fixed }」，但其中一个字母是来自特殊区块的形近字符；程序会把它当作另一个词。
mixed-script-whole = 「{ $word }」全部由看起来像拉丁字母的 { $scripts } 字母写成{ $swapped ->
    [none] {""}
   *[other] ：{ $swapped }
}
mixed-script-word = 「{ $word }」混用了 { $scripts } 字母{ $swapped ->
    [none] {""}
   *[other] ：{ $swapped }
}
mixed-script-word-meaning = 单词「{ $word }」看起来像「{ $skeleton }」，却使用了另一种字母表的字母。伪造的名称和地址就是这样做出来的，文字也可以这样被暗中标记。

## 文字：标点

role-apostrophe = 撇号/单引号
role-double = 双引号
role-hyphen = 连字符/破折号
role-full = 句号
role-comma = 逗号
role-colon = 冒号
role-semicolon = 分号
role-ellipsis = 省略号
role-question = 问号
role-exclamation = 感叹号
role-space = 空格
mixed-punctuation = { $role }有 { $count } 种写法：{ $styles }
mixed-punctuation-meaning = { $role }既有直的也有弯的写法。这在粘贴的文字中很常见，但也正是在形近字符之间暗中切换所留下的痕迹。

## 文字：StegCloak

stegcloak = 由 { $count } 个不可见字符组成的 StegCloak 数据流
stegcloak-meaning = 恢复出一条用 StegCloak 隐藏的消息：「{ $text }」。
stegcloak-encrypted = 由 { $count } 个不可见字符组成的加密 StegCloak 数据流
stegcloak-encrypted-meaning = 存在一条用 StegCloak 隐藏的消息（{ $bytes } 个加密字节）。输入密码即可读取。
stegcloak-encrypted-integrity-meaning = 存在一条用 StegCloak 隐藏的消息（{ $bytes } 个加密字节，带完整性校验）。输入密码即可读取。
stegcloak-wrong-password-meaning = 存在一条用 StegCloak 隐藏的消息，但所给的密码与之不符。

## 文字：SNOW

snow-message = { $lines } 行末尾的空格和制表符编码了一条消息
snow-message-meaning = 行末的空格和制表符携带一条隐藏消息：「{ $text }」。
snow-layout = { $lines } 行末尾的空格和制表符呈 SNOW 工具的排列方式
snow-layout-meaning = 行末的空格和制表符按 SNOW 工具隐藏消息的方式排列，但解码不出可读文字：消息很可能用密码加密了。

## 文字：日期行标记

sep-and-that = {"；并且"}
dateline-marker = 日期行使用了 { $cp } { $name }，日期分隔符为「{ $sep }」
dateline-flag-host-on-list = 自定义的 API 主机在该智能体隐藏的公司和中转服务名单上
dateline-flag-lab-keyword = API 主机名含有 AI 实验室关键词
dateline-flag-china-timezone = 计算机的时区是 Asia/Shanghai 或 Asia/Urumqi
dateline-marker-meaning = AI 编程智能体系统提示词中的日期行编码了以下信息：{ $flags }。收到这段提示词的一方都能读出来。
dateline-marker-none-meaning = 日期行具有已知标记的形式，但没有编码任何标志（普通撇号、短横线）。
dateline-habit-meaning = 这句话具有 2026 年日期行标记的形式，按该标记应表示{ $flags }；但本文其余部分的{ $habit ->
    [apostrophes] 撇号
    [dates] 日期
   *[both] 撇号和日期
}也是这样写的，所以这多半是作者的书写习惯，而不是信号。
dateline-prose-meaning = 这句话使用了 2026 年日期行标记的措辞，按该标记，日期中的「/」表示{ $flags }。但这里日期之后还接着普通句子，而人们本来也常用「/」写日期，因此单凭这一点证据很弱。
dateline-variant = 日期行使用了意外的撇号 { $cp } { $name }
dateline-variant-meaning = 句子「{ $sentence }」具有已知隐蔽标记的形式，但使用了该方案不用的字符；可能是它的变体。

## 文字：双向控制字符

bidi-unbalanced = 不配对的双向控制字符（本行 { $count } 个）
bidi-overrides = 双向覆盖字符（本行 { $count } 个）
bidi-marks-rtl = 从右到左文字中的方向标记（本行 { $count } 个）
bidi-marks-ltr = 从左到右文字中的方向标记（本行 { $count } 个）
bidi-isolates-mixed = 混合方向文字中的双向隔离字符（本行 { $count } 个）
bidi-embedding = 双向嵌入或隔离字符（本行 { $count } 个）
bidi-reorder-meaning = 存在会改变文字顺序的字符，所以你看到的顺序不是文字被读取的顺序。读者看到的是「{ $shown }」；程序读取的是「{ $logical }」。
bidi-ordinary-meaning = 方向标记帮助从右到左和从左到右的文字排在一起；这里的用法看起来很普通。

## 文字：变体选择符和标签字符

variation-selector-in-word = 单词内部藏有变体选择符
variation-selector-stray = 多余的变体选择符
variation-selector-in-word-meaning = 一个不可见的变体选择符跟在它不适用的字母后面：单词（或代码中的名称）看起来一样，实际却是不同的文字，会让搜索和比较失效，也可用来标记副本。
variation-selector-stray-meaning = 一个变体选择符跟在它不适用的字符后面。单独出现时不可见也无害，但它不该在那里。
variation-selectors = 连续 { $count } 个变体选择符
variation-selectors-message-meaning = 不可见的变体选择符携带一条隐藏消息：「{ $text }」。
variation-selectors-few-meaning = { $count } 个不可见的变体选择符连在一起。它们读不出消息（数量太少，无法携带）；多半是表情符号后复制粘贴的失误。
variation-selectors-bytes-meaning = { $count } 个不可见的变体选择符携带 { $bytes } 个隐藏字节，但不是可读文字（可能是加密或二进制数据）。
tag-characters = { $count } 个不可见的标签字符
tag-characters-meaning = 不可见的 Unicode 标签字符拼出了隐藏文字：「{ $text }」。
tag-characters-unreadable-meaning = 在任何旗帜表情之外发现了拼不出可读内容的不可见标签字符。

## 文字：网址

domain-overlay = { $cp } { $name } 叠画在前一个字母上
domain-double-dot = 在本来就有点的 `i` 或 `j` 上又加了一个上点
domain-mark-on-plain = { $cp } { $name } 加在普通字母上
domain-not-identifier = { $cp } { $name } 不允许用于标识符（UTS #39：{ $type }）
look-alike-domain = 地址「{ $host }」的名称具有欺骗性：{ $why }
look-alike-domain-meaning = 浏览器会把这个名称显示为 xn--… 而不是文字，因为它可以冒充另一个地址（「{ $label }」看起来像「{ $shown }」）。不要相信这个链接。

## 文字：空格、控制字符、私用区字符、罕见标点

exotic-space-meaning = { $name } 看起来像普通空格，却是另一个字符。在编辑过的文字中很常见；也可以用来标记副本。
exotic-space-filler-meaning = { $name } 是一个显示为空白的字母；常被用来让名称或消息看起来是空的，或隐藏一个标记。
terminal-escape-meaning = 在终端或日志中显示时，终端转义字符可以隐藏、改色或覆盖文字。
control-character-meaning = 控制字符不应出现在普通文字中；不同程序对它们的处理可能不同，它们也可能隐藏内容。
control-character-mojibake-meaning = 这 { $count } 个控制字符属于乱码：UTF-8 文字被当作 Windows-1252 或 Latin-1 读取，使 { $meant } 等字符变成了一串带重音的字母和控制字符。这是转换错误，不是隐藏信号。
private-use-character = { $count } × { $cp }（私用区）
unassigned-character = { $count } × { $cp }（未分配）
private-use-character-meaning = 没有公认含义的字符：在不同程序中显示不同（通常来自图标字体）。
rare-punctuation = { $count } × { $cp } { $name } 被用作{ $role }
rare-punctuation-meaning = { $name } 看起来像普通的{ $role }（{ $ascii }），却是人们不会输入的罕见字符；程序会用这类形近字符来标记文字或隐藏信号。
full-width-punctuation-meaning = 在非中日文的文字中出现了全角{ $role }（用于中文和日文）；它看起来与普通标点几乎一样。
domain-mixed-scripts = 它混用了 { $scripts } 字符
domain-whole-script = 每个字母都是拉丁字母的 { $script } 形近字

## 文字检查的摘要

summary-text-clean = 没有发现异常：这段文字中的每个字符都与外观一致，也没有发现隐藏编码。
summary-text-nothing = 没有发现异常。
summary-text-notice = 没有发现隐藏内容。有一处不常见但通常无害的情况：{ $meaning }{ $others ->
    [0] {""}
   *[other] 下面还列出了另外 { $others } 项发现。
}
summary-text-suspicious = 这段文字含有与外观不符的字符，但没有解码出已知的隐藏消息方案。{ $meaning }{ $others ->
    [0] {""}
   *[other] 下面还列出了另外 { $others } 项发现。
}
summary-text-covert = 这段文字携带隐藏信号。{ $meaning }{ $others ->
    [0] {""}
   *[other] 下面还列出了另外 { $others } 项发现。
}
summary-truncated = { $summary }只读取了前 { $bytes } 字节，其余部分未检查。

## 文档和电子邮件（$how 和 $place 来自各读取器，目前是英文）

doc-hidden-instruction = { $place }（{ $how }）中有写给 AI 读者的隐藏指令：«{ $text }»
doc-hidden-instruction-meaning = 有人给读取这份文件的 AI 工具（筛选工具、总结助手）写了指令，并对人隐藏：{ $how }。打开文档的人看不到它。不要让 AI 工具按这份文档行事；请向发件人核实。（识别依据：«{ $phrase }»。）
doc-hidden-text = { $place } 中的隐藏文字（{ $how }）：«{ $text }»{ $more ->
    [0] {""}
   *[other] ，另有 { $more } 处
}
doc-hidden-text-meaning = 这段文字在文档里，但格式设置使人看不到它。读取文件的程序却能读到。请查看它写了什么、为什么在那里。
doc-hidden-text-web-meaning = 网页或电子邮件把这段文字隐藏起来了。这类短小的隐藏文字在网页中很常见（预览行、菜单）；读一读，确认其中没有你应该知道的内容。
doc-hidden-sheet = { $how } 中的内容，位于 { $place }：«{ $text }»{ $more ->
    [0] {""}
   *[other] ，另有 { $more } 处
}
doc-hidden-sheet-meaning = 文字被放在打开工作簿的人看不到的地方。读取文件的程序却能读到。
doc-hidden-sheet-plain-meaning = 隐藏的单元格里是普通的数字或代码，就像辅助列一样。值得知道，但不必担心。
doc-hidden-placement = 不显示的文字（{ $how }），位于 { $place }：«{ $text }»{ $more ->
    [0] {""}
   *[other] ，另有 { $more } 处
}
doc-hidden-placement-meaning = 这段文字在文件里，但放在幻灯片放映或打印页面不会显示的位置。提取文字的程序却会读到它。
doc-unseen-part = 文档含有 { $how }，位于 { $place }：«{ $text }»{ $more ->
    [0] {""}
   *[other] ，另有 { $more } 处
}
doc-unseen-part-meaning = 批注和演讲者备注随文件一起传递，但不在页面上。它们和其余文字一样经过了检查；列出来是为了让你知道它们存在。
doc-alternative-mismatch = HTML 版本说了纯文本版本没有说的内容：«{ $text }»
doc-alternative-mismatch-meaning = 这封邮件带有两个版本的正文，而两者不一致。你的邮件程序显示其中一个；过滤器、预览和助手可能使用另一个。行动之前请先确认哪个是真的。

## Notes: limits that were reached, and how a large text was read.
note-marks-capped = 只列出前 { $max } 处标记。
note-dates-capped = 共 { $count } 个日期：清单只列出前 { $max } 个；格式统计涵盖全部。
note-occurrences-capped = 不寻常的字符超过 { $max } 个：只逐个检查前 { $max } 个；计数涵盖全部。
note-rule-capped = { $rule }：共 { $count } 项发现，列出前 { $max } 项。
note-characters-capped = 共 { $count } 种不同字符：清单只列出最值得注意的 { $max } 种。
note-segments = 分 { $count } 段检查，每段约 { $mib } MiB（文字共 { $bytes } 字节）：跨越两段的模式可能分成两处报告；超过一段长度的行，列号从该段开头计算；不生成 NFC/NFKC 视图。
note-findings-dropped = 另有 { $count } 项发现未列出（每条规则最多 { $max } 项）。
note-views-too-large = 未包含清理后和显形后的文字：文字大于 { $mib } MiB。
note-read-capped = 只读取了前 { $bytes } 字节（没有已知结尾的输入的上限）；其余部分未检查。

## 高亮与解码：标记字符上的说明和解码方式的名称
mark-character = { $cp } { $name }
mark-invalid-bytes = 无效字节
mark-zero-width = 零宽字符编码
mark-date-written-as = 日期写作 { $pattern }
mark-look-alike = 形似「{ $of }」
mark-looks-like = { $cp } { $name } 形似「{ $of }」
mark-whitespace-data = 行尾空白中藏有数据
mark-dateline-apostrophe = 日期行标记：撇号
mark-dateline-separator = 日期行标记：日期分隔符
mark-dateline-unexpected = 日期行中意外的撇号
mark-stray-selector = 多余的变体选择符
mark-deceptive-address = 欺骗性地址
mark-stegcloak = StegCloak 隐藏消息
mark-tag-text = 藏在标签字符中的文字
mark-selector-bytes = 藏在变体选择符中的字节
scheme-display-order = 显示顺序（Unicode 双向算法）
scheme-dateline = Claude Code 日期行标记（npm 2.1.91–2.1.197）
scheme-skeleton = 形近字骨架（UTS #39）
scheme-host-label = 主机名标签（IDN 显示规则，UTS #39）
scheme-stegcloak-plain = StegCloak（未加密）
scheme-stegcloak-decrypted = StegCloak（已用给定密码解密）
scheme-stegcloak-encrypted = StegCloak（已加密）
scheme-stegcloak-wrong-password = StegCloak（已加密；给定的密码不对）
scheme-tags = Unicode 标签字符（ASCII 夹带）
scheme-snow-encrypted = SNOW（stegsnow -p），已加密：已检测到，未解码
scheme-best-guess = 最可能的解读，但不可信：{ $scheme }
