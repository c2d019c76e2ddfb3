//! # What it flags
//! A program whose output changes with where or on what it runs, in a way a reader would not
//! notice. In JavaScript inputs up to 512 KiB the code is parsed (oxc) and values are followed
//! from the environment (time zone, UTC offset, locale, any `process.env` read however aliased
//! or destructured, proxy, registry and base-URL settings, host, user, network interfaces, DNS
//! servers, `/etc` files, commands run) through assignments, parameters, returns, closures and
//! caches, to a comparison (`===`, `includes`, `has`, `some`, regex tests, `switch`, key
//! lookups, hash-then-compare) with a set that is concealed (its values are not written in the
//! code: they are computed by running the code's own decoder in a sandbox) or that points to
//! one region (named from tzdb and CLDR data). The code that depends on the answer is then run
//! in the sandbox under each outcome and the outputs are compared: invisible or look-alike
//! characters, whitespace, punctuation, number or date format, capitalisation, NFC/NFD, word
//! order or a swapped synonym make it covert. Classes (static getters, private fields, `this`
//! properties, compiled `WeakMap` fields), generators and `Proxy` traps are followed, and so is
//! a property the program defines once, whatever object it is read through (a bundler's
//! `exports.x = …` read as `_204.x`, an IIFE's getter, an instance's getter or method); a
//! TypeScript enum, and a container filled by top-level statements after an empty start, are
//! constants; a comparison with each element of a constant collection after a transformation
//! (`L.some(s => atob(s) === tz)`) evaluates the transformed elements; `d.getTimezoneOffset()`
//! and `f.resolvedOptions()` read the environment on any date or formatter; membership by
//! `Object.hasOwn`, `hasOwnProperty` or `Reflect.has` is a comparison. Compiled and bundled
//! shapes are read as what they are: esbuild's and TypeScript's `(0, m.f)(…)` calls and
//! shorthand exports, a UMD wrapper's `global.navigator`, TypeScript's and Babel's `async`
//! state machines (what `sent` gives back is what was awaited), a program class's instance
//! configured by top-level calls (`registry.register("codec", …)`), an element of a constant
//! table at a run-time index (a binary search). Values are followed into the callbacks the
//! platform calls later, declared as data: a promise's value to `then` and what an executor
//! resolves with, a timer's extra arguments, a `replace` callback, an event's values from
//! `emit`/`dispatchEvent` to the listeners registered under its name; through collections
//! (`cache.set(k, v)` then `cache.get(k)`, marks pushed under a decision), getters defined
//! with `Object.defineProperty`, a Proxy's `get` trap and a generator's yields. Digests kept as
//! text (a base64 MD5 prefix) and ciphers of the value are reversed over the known names like
//! numeric ones, and a value computed once from a loop's constant element (`switch (true)`
//! cases) is compared with the transformed elements. The replay runs promise jobs, timers and
//! listeners before it reads
//! the output and, when no environment reaches the comparison, forces the output's own test
//! each way. A list written plainly and rendered item by item, with the current one marked
//! (`<option selected>`), is not a targeting. A choice made inside a
//! larger value is shown as that value (`colo${c ? "u" : ""}r` gives `color` / `colour`, a
//! spelling variant counting as a swapped word); a list of
//! numbers compared with a hash of the value is reversed against known names; UTC offsets are
//! mapped back through the code's own arithmetic. When the code's output effect is not found
//! statically, the program is replayed in the sandbox and an unnoticeable change it shows is the
//! effect. The finding lists the sources, the decoded lists, the regions, the outputs under each
//! outcome and the enclosing function. Larger bundles are parsed only around a chain the fast
//! finders mark (the function around each part and the definitions it names). A package read
//! file by file (an archive, a directory) is also read across its files: each file that imports
//! others by relative path (`require("./lib/x")`, `import … from "../data.js"`, JSON included)
//! is linked with them into one program, as a bundler would, so the environment read in one
//! file, the list kept in a second and the output changed in a third make one chain. ES5
//! classes (a constructor and the functions assigned to its `prototype` share `this`) and
//! `new X(…)` (its arguments go to the constructor, in programs up to 32 KB) are followed.
//!
//! # Why it matters
//! This is the shape of the 2026 incident: an AI coding agent read its API base URL and the
//! system timezone, compared them with hidden lists (base64 + XOR) and switched a look-alike
//! apostrophe and the date separator in its own system prompt, so the receiver of every
//! request could tell where the user was. No telemetry is sent; the signal rides in the text.
//!
//! # Example
//! `ZONES.includes(Intl.DateTimeFormat().resolvedOptions().timeZone) ? "\u00a0" : " "` where
//! `ZONES = JSON.parse(atob("…"))`
//!
//! # 中文
//! 标题: 隐蔽信道
//! 标记什么: 程序的输出随运行地点或环境而变化，且读者察觉不到。对不超过 512 KiB 的 JavaScript 输入，代码会被解析，环境值（时区、UTC 偏移、语言区域、任何 process.env 读取、代理/镜像/API 地址、主机、用户、网卡、DNS、/etc 文件、执行的命令）经赋值、参数、返回值、闭包和缓存被追踪到与某个集合的比较；该集合要么被隐藏（在沙箱中运行代码自身的解码器得到其值），要么指向特定地区（依据 tzdb 和 CLDR 数据命名）。随后在沙箱中按每种比较结果运行依赖它的代码并比较输出：不可见或形近字符、空白、标点、数字或日期格式、大小写、NFC/NFD、词序或同义词替换即判为隐蔽信道。类（静态 getter、私有字段、this 属性、编译后的 WeakMap 字段）、生成器和 Proxy 陷阱都会被追踪，程序中只定义一次的属性无论经由哪个对象读取也会被追踪（打包器的 exports.x、IIFE 的 getter、实例的 getter 或方法）；TypeScript 枚举以及先置空再由顶层语句填充的容器视为常量；对常量集合每个元素先变换再比较（L.some(s => atob(s) === tz)）时会求出变换后的元素；任何日期的 getTimezoneOffset() 和任何格式化器的 resolvedOptions() 都算读取环境；Object.hasOwn、hasOwnProperty、Reflect.has 都算比较。编译和打包后的形态按其本义读取：esbuild 与 TypeScript 的 (0, m.f)(…) 调用和简写导出、UMD 包装中的 global.navigator、TypeScript 与 Babel 的 async 状态机（sent 返回的就是所等待的值）、由顶层调用配置的本程序类实例（registry.register("codec", …)）、在运行时下标处取出的常量表元素（如二分查找）。值也会被追踪进平台稍后调用的回调（以数据声明）：Promise 的值传给 then、执行器 resolve 的值、定时器的额外参数、replace 回调、emit/dispatchEvent 发出的事件值传给以同名注册的监听器；还会经过集合（cache.set(k, v) 后的 cache.get(k)、在判断下 push 的标记）、Object.defineProperty 定义的 getter、Proxy 的 get 陷阱和生成器的 yield。以文本形式保存的摘要（base64 的 MD5 前缀）和对值的加密会像数字摘要一样用已知名称反推；循环中由常量元素算出一次的值（switch (true) 的 case）会与变换后的元素比较。重放会先运行 Promise 任务、定时器和监听器再读取输出；若没有任何环境能走到比较，就把输出自身的判断分别强制为真和假。明文写出、逐项渲染并标记当前项的列表（<option selected>）不算针对性行为。在更大的值内部做出的选择按整个值显示（colo${c ? "u" : ""}r 得到 color / colour，拼写变体算作同义词替换）；与环境值的哈希比较的数字列表会用已知名称反推；UTC 偏移会按代码自身的运算还原。静态分析找不到输出变化时，程序会在沙箱中重放，重放显示的难以察觉的变化即视为输出变化。更大的打包文件只解析快速查找器标出的链条周围（每一部分所在的函数及其引用的定义）。 按文件读取的包（压缩包、目录）也会跨文件分析：以相对路径导入其他文件（`require("./lib/x")`、`import … from "../data.js"`，含 JSON）的文件会像打包工具那样与被导入的文件链接成一个程序，因此在一个文件中读取环境、在另一个文件中保存名单、在第三个文件中改变输出，也会被识别为一条链。 ES5 类（构造函数与赋给其 `prototype` 的函数共享 `this`）以及 `new X(…)`（参数传给构造函数，限于不超过 32 KB 的程序）也会被跟踪。
//! 为什么重要: 这正是 2026 年事件的形态：一个 AI 编程代理读取其 API 地址和系统时区，与隐藏名单比较，并在自己的系统提示中切换形近撇号和日期分隔符，使每个请求的接收方都能知道用户所在地区。没有发送任何遥测，信号藏在文本里。
