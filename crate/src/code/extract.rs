//! Large bundles are not parsed whole. The fast finders mark candidates (environment reads);
//! a lexical pass pairs the brackets of the text once (strings, template literals, comments and
//! regular expressions skipped); each candidate's enclosing function is cut out, then the
//! definitions it names are followed through the bundle by name (bundlers give top-level
//! bindings unique names) and, for functions that hand the environment back, their callers.
//! The pieces form one small program for [`super::analyse`]; offsets map back to the bundle.

use memchr::memmem;

/// Largest function cut out around one candidate.
pub const MAX_UNIT: usize = 64 << 10;
/// Largest program assembled from one bundle.
pub const MAX_PROGRAM: usize = 3 << 20;
/// Rounds of following names (definitions and callers).
pub const HOPS: usize = 4;
/// Most pieces taken from one bundle.
pub const MAX_PIECES: usize = 1500;

/// Bracket pairs of a text: `open[i]` ↔ `close[i]` for `{` and `(`, sorted by open.
pub struct Brackets {
    pub curly: Vec<(u32, u32)>,
    pub paren: Vec<(u32, u32)>,
}

fn ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'$' || c >= 0x80
}

/// Pair the brackets of JavaScript text in one pass.
///
/// The fast path of [`brackets_reference`] (same result, checked by a property test): a byte
/// class table instead of a match per byte, `memchr` to the end of strings and template
/// chunks, and pairs recorded in opening order as they open (no sort at the end).
pub fn brackets(b: &[u8]) -> Brackets {
    const NONE: u32 = u32::MAX;
    let mut curly: Vec<(u32, u32)> = Vec::new();
    let mut paren: Vec<(u32, u32)> = Vec::new();
    // Stack entries: (kind, index into `curly`/`paren`, or the position for `[` and `${`).
    let mut stack: Vec<(u8, u32)> = Vec::new();
    let mut i = 0usize;
    let n = b.len();
    let mut prev: u8 = b';';
    let mut prev_word_end = 0usize;
    while i < n {
        let c = b[i];
        match CLASS[c as usize] {
            C_SPACE => {
                i += 1;
                continue;
            }
            C_IDENT => {
                i += 1;
                while i < n && CLASS[b[i] as usize] == C_IDENT {
                    i += 1;
                }
                prev = b[i - 1];
                prev_word_end = i;
                continue;
            }
            C_QUOTE => {
                i = skip_string_fast(b, i);
                prev = b'"';
                continue;
            }
            C_TICK => {
                i = skip_template_fast(b, i + 1, &mut stack);
                prev = b'"';
                continue;
            }
            C_SLASH => {
                if i + 1 < n && b[i + 1] == b'/' {
                    i = memchr::memchr(b'\n', &b[i..]).map(|k| i + k).unwrap_or(n);
                    continue;
                }
                if i + 1 < n && b[i + 1] == b'*' {
                    i = memmem::find(&b[i + 2..], b"*/")
                        .map(|k| i + 2 + k + 2)
                        .unwrap_or(n);
                    continue;
                }
                let regex = match prev {
                    b')' | b']' | b'}' | b'"' => false,
                    p if ident_byte(p) => is_regex_keyword(word_before(b, prev_word_end)),
                    _ => true,
                };
                if regex {
                    i = skip_regex(b, i + 1);
                    prev = b'"';
                    continue;
                }
            }
            C_OPEN => match c {
                b'{' => {
                    stack.push((c, curly.len() as u32));
                    curly.push((i as u32, NONE));
                }
                b'(' => {
                    stack.push((c, paren.len() as u32));
                    paren.push((i as u32, NONE));
                }
                _ => stack.push((c, i as u32)),
            },
            C_CLOSE => match c {
                b'}' => {
                    if let Some(&(b'$', _)) = stack.last() {
                        stack.pop();
                        i = skip_template_fast(b, i + 1, &mut stack);
                        prev = b'"';
                        continue;
                    }
                    if let Some(p) = stack.iter().rposition(|x| x.0 == b'{') {
                        curly[stack[p].1 as usize].1 = i as u32;
                        stack.truncate(p);
                    }
                }
                b')' => {
                    if let Some(p) = stack.iter().rposition(|x| x.0 == b'(') {
                        paren[stack[p].1 as usize].1 = i as u32;
                        stack.truncate(p);
                    }
                }
                _ => {
                    if let Some(p) = stack.iter().rposition(|x| x.0 == b'[') {
                        stack.truncate(p);
                    }
                }
            },
            _ => {}
        }
        prev = c;
        i += 1;
    }
    curly.retain(|x| x.1 != NONE);
    paren.retain(|x| x.1 != NONE);
    Brackets { curly, paren }
}

const C_OTHER: u8 = 0;
const C_SPACE: u8 = 1;
const C_IDENT: u8 = 2;
const C_QUOTE: u8 = 3;
const C_TICK: u8 = 4;
const C_SLASH: u8 = 5;
const C_OPEN: u8 = 6;
const C_CLOSE: u8 = 7;

/// Byte classes for [`brackets`].
static CLASS: [u8; 256] = {
    let mut t = [C_OTHER; 256];
    let mut k = 0;
    while k < 256 {
        let c = k as u8;
        t[k] = if c == b' ' || c == b'\t' || c == b'\n' || c == b'\r' {
            C_SPACE
        } else if c.is_ascii_alphanumeric() || c == b'_' || c == b'$' || c >= 0x80 {
            C_IDENT
        } else if c == b'\'' || c == b'"' {
            C_QUOTE
        } else if c == b'`' {
            C_TICK
        } else if c == b'/' {
            C_SLASH
        } else if c == b'{' || c == b'(' || c == b'[' {
            C_OPEN
        } else if c == b'}' || c == b')' || c == b']' {
            C_CLOSE
        } else {
            C_OTHER
        };
        k += 1;
    }
    t
};

/// Keywords after which a `/` starts a regular expression (`return /x/`).
fn is_regex_keyword(w: &[u8]) -> bool {
    matches!(
        w,
        b"return"
            | b"typeof"
            | b"case"
            | b"do"
            | b"else"
            | b"in"
            | b"of"
            | b"new"
            | b"delete"
            | b"void"
            | b"throw"
            | b"instanceof"
            | b"yield"
            | b"await"
    )
}

/// [`skip_string`] with `memchr3` to the next quote, backslash or line end.
fn skip_string_fast(b: &[u8], i: usize) -> usize {
    let q = b[i];
    let mut j = i + 1;
    while let Some(k) = memchr::memchr3(q, b'\\', b'\n', &b[j.min(b.len())..]) {
        let at = j + k;
        if b[at] == b'\\' {
            j = at + 2;
        } else {
            return at + 1;
        }
    }
    b.len()
}

/// [`skip_template`] with `memchr3` to the next backtick, backslash or `$`.
fn skip_template_fast(b: &[u8], mut j: usize, stack: &mut Vec<(u8, u32)>) -> usize {
    while let Some(k) = memchr::memchr3(b'`', b'\\', b'$', &b[j.min(b.len())..]) {
        let at = j + k;
        match b[at] {
            b'\\' => j = at + 2,
            b'`' => return at + 1,
            _ => {
                if b.get(at + 1) == Some(&b'{') {
                    stack.push((b'$', at as u32));
                    return at + 2;
                }
                j = at + 1;
            }
        }
    }
    b.len()
}

/// The naive reference for [`brackets`]: one byte at a time, pairs sorted at the end. Kept for
/// the property test that checks the fast pass against it.
#[doc(hidden)]
pub fn brackets_reference(b: &[u8]) -> Brackets {
    let mut curly = Vec::new();
    let mut paren = Vec::new();
    // Stack entries: (kind, pos); kind b'{', b'(', b'[', or b'$' for `${` inside a template.
    let mut stack: Vec<(u8, u32)> = Vec::new();
    let mut i = 0usize;
    let n = b.len();
    // Last significant byte (for regex vs division).
    let mut prev: u8 = b';';
    let mut prev_word_end = 0usize;
    while i < n {
        let c = b[i];
        match c {
            b' ' | b'\t' | b'\n' | b'\r' => {
                i += 1;
                continue;
            }
            b'/' if i + 1 < n && b[i + 1] == b'/' => {
                i = memchr::memchr(b'\n', &b[i..]).map(|k| i + k).unwrap_or(n);
                continue;
            }
            b'/' if i + 1 < n && b[i + 1] == b'*' => {
                i = memmem::find(&b[i + 2..], b"*/")
                    .map(|k| i + 2 + k + 2)
                    .unwrap_or(n);
                continue;
            }
            b'\'' | b'"' => {
                i = skip_string(b, i);
                prev = b'"';
                continue;
            }
            b'`' => {
                i = skip_template(b, i + 1, &mut stack);
                prev = b'"';
                continue;
            }
            b'/' => {
                let regex = match prev {
                    b')' | b']' | b'}' | b'"' => false,
                    p if ident_byte(p) => {
                        // After a keyword a regex may start (`return /x/`).
                        let w = word_before(b, prev_word_end);
                        matches!(
                            w,
                            b"return"
                                | b"typeof"
                                | b"case"
                                | b"do"
                                | b"else"
                                | b"in"
                                | b"of"
                                | b"new"
                                | b"delete"
                                | b"void"
                                | b"throw"
                                | b"instanceof"
                                | b"yield"
                                | b"await"
                        )
                    }
                    _ => true,
                };
                if regex {
                    i = skip_regex(b, i + 1);
                    prev = b'"';
                    continue;
                }
            }
            b'{' | b'(' | b'[' => stack.push((c, i as u32)),
            b'}' => {
                // Closing a `${` of a template: continue the template.
                if let Some(&(k, o)) = stack.last() {
                    if k == b'$' {
                        stack.pop();
                        let _ = o;
                        i = skip_template(b, i + 1, &mut stack);
                        prev = b'"';
                        continue;
                    }
                }
                if let Some(p) = stack.iter().rposition(|x| x.0 == b'{') {
                    let (_, o) = stack[p];
                    stack.truncate(p);
                    curly.push((o, i as u32));
                }
            }
            b')' => {
                if let Some(p) = stack.iter().rposition(|x| x.0 == b'(') {
                    let (_, o) = stack[p];
                    stack.truncate(p);
                    paren.push((o, i as u32));
                }
            }
            b']' => {
                if let Some(p) = stack.iter().rposition(|x| x.0 == b'[') {
                    stack.truncate(p);
                }
            }
            _ => {}
        }
        if ident_byte(c) {
            let s = i;
            while i < n && ident_byte(b[i]) {
                i += 1;
            }
            let _ = s;
            prev = b[i - 1];
            prev_word_end = i;
            continue;
        }
        prev = c;
        i += 1;
    }
    curly.sort_unstable();
    paren.sort_unstable();
    Brackets { curly, paren }
}

fn word_before(b: &[u8], end: usize) -> &[u8] {
    let mut s = end;
    while s > 0 && ident_byte(b[s - 1]) {
        s -= 1;
    }
    &b[s..end]
}

fn skip_string(b: &[u8], i: usize) -> usize {
    let q = b[i];
    let mut j = i + 1;
    while j < b.len() {
        match b[j] {
            b'\\' => j += 2,
            c if c == q => return j + 1,
            b'\n' => return j + 1,
            _ => j += 1,
        }
    }
    b.len()
}

/// From inside a template literal: to its end, or into a `${` (pushed on the stack).
fn skip_template(b: &[u8], mut j: usize, stack: &mut Vec<(u8, u32)>) -> usize {
    while j < b.len() {
        match b[j] {
            b'\\' => j += 2,
            b'`' => return j + 1,
            b'$' if b.get(j + 1) == Some(&b'{') => {
                stack.push((b'$', j as u32));
                return j + 2;
            }
            _ => j += 1,
        }
    }
    b.len()
}

fn skip_regex(b: &[u8], mut j: usize) -> usize {
    let mut class = false;
    while j < b.len() {
        match b[j] {
            b'\\' => j += 2,
            b'[' => {
                class = true;
                j += 1
            }
            b']' => {
                class = false;
                j += 1
            }
            b'/' if !class => {
                j += 1;
                while j < b.len() && b[j].is_ascii_alphabetic() {
                    j += 1;
                }
                return j;
            }
            b'\n' => return j,
            _ => j += 1,
        }
    }
    b.len()
}

/// A piece cut from the bundle: its text as a statement, and where it came from.
#[derive(Debug, Clone)]
pub struct Piece {
    pub start: usize,
    pub end: usize,
    /// Text placed before / after the original bytes to make a statement (`var X = (` … `);`).
    pub pre: String,
    pub post: String,
    pub name: Option<String>,
}

pub struct Bundle<'a> {
    pub text: &'a str,
    br: Brackets,
}

impl<'a> Bundle<'a> {
    pub fn new(text: &'a str) -> Self {
        Bundle {
            text,
            br: brackets(text.as_bytes()),
        }
    }

    /// Curly blocks enclosing `p`, innermost first.
    fn enclosing_blocks(&self, p: usize) -> Vec<(usize, usize)> {
        let p = p as u32;
        let i = self.br.curly.partition_point(|x| x.0 <= p);
        let mut v = vec![];
        // Walk back over blocks that start before p; keep those that end after it.
        let mut k = i;
        let mut scanned = 0;
        while k > 0 && scanned < 200_000 {
            k -= 1;
            scanned += 1;
            let (o, c) = self.br.curly[k];
            if c >= p {
                v.push((o as usize, c as usize));
                if v.len() > 64 {
                    break;
                }
            }
        }
        v
    }

    /// The `)` closing the `(` at `open`.
    fn paren_close(&self, open: usize) -> Option<usize> {
        close_of(&self.br.paren, open)
    }

    /// The `}` closing the `{` at `open`.
    fn curly_close(&self, open: usize) -> Option<usize> {
        close_of(&self.br.curly, open)
    }

    fn paren_open_for(&self, close: usize) -> Option<usize> {
        // Linear search near: parens are sorted by open; find the pair whose close is `close`.
        let c = close as u32;
        let i = self.br.paren.partition_point(|x| x.0 < c);
        let mut k = i;
        let mut scanned = 0;
        while k > 0 && scanned < 4096 {
            k -= 1;
            scanned += 1;
            if self.br.paren[k].1 == c {
                return Some(self.br.paren[k].0 as usize);
            }
        }
        None
    }

    /// The function whose body is the block `(o, c)`: where its header starts, its name.
    fn function_of_block(&self, o: usize, c: usize) -> Option<Piece> {
        let b = self.text.as_bytes();
        let mut j = o;
        while j > 0 && b[j - 1].is_ascii_whitespace() {
            j -= 1;
        }
        let arrow = j >= 2 && &b[j - 2..j] == b"=>";
        if arrow {
            j -= 2;
            while j > 0 && b[j - 1].is_ascii_whitespace() {
                j -= 1;
            }
        }
        let head_start;
        let mut name = None;
        if j > 0 && b[j - 1] == b')' {
            let po = self.paren_open_for(j - 1)?;
            let mut k = po;
            while k > 0 && b[k - 1].is_ascii_whitespace() {
                k -= 1;
            }
            let mut ws = k;
            while ws > 0 && ident_byte(b[ws - 1]) {
                ws -= 1;
            }
            let word = &self.text[ws..k];
            if arrow {
                head_start = if word == "async" { ws } else { po };
            } else if matches!(word, "if" | "for" | "while" | "switch" | "catch" | "with") {
                return None;
            } else if word.is_empty() {
                return None;
            } else {
                // `function NAME(` or a method `NAME(`.
                let mut f = ws;
                while f > 0 && b[f - 1].is_ascii_whitespace() {
                    f -= 1;
                }
                let before = word_before(b, f);
                if word == "function" {
                    head_start = if ws >= 6 && &b[ws - 6..ws] == b"async " {
                        ws - 6
                    } else {
                        ws
                    };
                } else if before == b"function" {
                    head_start = if f >= 14 && &b[f - 14..f - 8] == b"async " {
                        f - 14
                    } else {
                        f - 8
                    };
                    name = Some(word.to_string());
                } else {
                    // A method: made into an object literal member.
                    let mut hs = ws;
                    for kw in ["async", "static", "get", "set"] {
                        if before == kw.as_bytes() {
                            hs = f - kw.len();
                        }
                    }
                    return Some(Piece {
                        start: hs,
                        end: c + 1,
                        pre: "({".into(),
                        post: "});\n".into(),
                        name: None,
                    });
                }
            }
        } else if arrow && j > 0 && ident_byte(b[j - 1]) {
            let mut ws = j;
            while ws > 0 && ident_byte(b[ws - 1]) {
                ws -= 1;
            }
            head_start = ws;
        } else {
            return None;
        }
        // A function bound to a name: `NAME = function…`, `NAME = (…) =>`, `var NAME = …`.
        let mut k = head_start;
        while k > 0 && b[k - 1].is_ascii_whitespace() {
            k -= 1;
        }
        if name.is_none()
            && k > 0
            && b[k - 1] == b'='
            && !(k > 1 && matches!(b[k - 2], b'=' | b'!' | b'<' | b'>'))
        {
            let mut e = k - 1;
            while e > 0 && b[e - 1].is_ascii_whitespace() {
                e -= 1;
            }
            let mut s = e;
            while s > 0 && ident_byte(b[s - 1]) {
                s -= 1;
            }
            if s < e && !(s > 0 && b[s - 1] == b'.') {
                let n = self.text[s..e].to_string();
                return Some(Piece {
                    start: head_start,
                    end: c + 1,
                    pre: format!("var {} = (", n),
                    post: ");\n".into(),
                    name: Some(n),
                });
            }
        }
        let is_decl = self.text[head_start..].starts_with("function") && name.is_some();
        Some(Piece {
            start: head_start,
            end: c + 1,
            pre: if is_decl { String::new() } else { "(".into() },
            post: if is_decl { "\n".into() } else { ");\n".into() },
            name,
        })
    }

    /// The outermost function (not larger than [`MAX_UNIT`]) enclosing `p`; when every
    /// enclosing function is larger (a library's whole factory), the `if`, `while` or `switch`
    /// statement whose condition holds `p` ([`Self::statement_at`]).
    pub fn unit_at(&self, p: usize) -> Option<Piece> {
        let mut best = None;
        for (o, c) in self.enclosing_blocks(p) {
            if c - o > MAX_UNIT {
                break;
            }
            if let Some(pc) = self.function_of_block(o, c) {
                best = Some(pc);
            }
        }
        best.or_else(|| self.statement_at(p))
    }

    /// The `if` (with its `else` branches), `while` or `switch` statement whose condition
    /// holds `p`, not larger than [`MAX_UNIT`].
    pub fn statement_at(&self, p: usize) -> Option<Piece> {
        let b = self.text.as_bytes();
        let inner = self.enclosing_blocks(p).first().map(|x| x.0).unwrap_or(0);
        // The outermost parentheses around `p` inside its innermost block.
        let pu = p as u32;
        let i = self.br.paren.partition_point(|x| x.0 <= pu);
        let mut cond: Option<(usize, usize)> = None;
        let mut k = i;
        let mut scanned = 0;
        while k > 0 && scanned < 4096 {
            k -= 1;
            scanned += 1;
            let (o, c) = self.br.paren[k];
            if (o as usize) < inner {
                break;
            }
            if c >= pu {
                cond = Some((o as usize, c as usize));
            }
        }
        let (po, pc) = cond?;
        let head = self.text[..po].trim_end();
        let kw = ["if", "while", "switch"]
            .into_iter()
            .find(|k| head.ends_with(k))?;
        let start = head.len() - kw.len();
        if start > 0
            && (b[start - 1].is_ascii_alphanumeric()
                || b[start - 1] == b'_'
                || b[start - 1] == b'$')
        {
            return None;
        }
        let mut end = self.body_end(pc + 1)?;
        // `else if (…) …` and `else …` belong to the statement.
        loop {
            let rest = self.text[end..].trim_start();
            let j = self.text.len() - rest.len();
            let Some(after) = rest.strip_prefix("else") else {
                break;
            };
            if after.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$') {
                break;
            }
            let k = j + 4;
            let r2 = self.text[k..].trim_start();
            let k2 = self.text.len() - r2.len();
            end = if let Some(r3) = r2.strip_prefix("if") {
                let k3 = self.text.len() - r3.trim_start().len();
                if b.get(k3) != Some(&b'(') {
                    return None;
                }
                self.body_end(self.paren_close(k3)? + 1)?
            } else {
                self.body_end(k2)?
            };
            if end - start > MAX_UNIT {
                return None;
            }
        }
        (end - start <= MAX_UNIT).then(|| Piece {
            start,
            end,
            pre: String::new(),
            post: "\n".into(),
            name: None,
        })
    }

    /// The end (exclusive) of the statement body starting at or after `s`: a block, or a
    /// statement up to its `;`.
    fn body_end(&self, s: usize) -> Option<usize> {
        let rest = self.text[s..].trim_start();
        let j = self.text.len() - rest.len();
        if rest.starts_with('{') {
            return Some(self.curly_close(j)? + 1);
        }
        let e = self.expr_end(j)?;
        Some(if self.text.as_bytes().get(e) == Some(&b';') {
            e + 1
        } else {
            e
        })
    }

    /// Where `name` is defined: `function name(`, `name=` (a binding, not a comparison), or
    /// `var/let/const name=` — as a piece. Whitespace between the parts is allowed (code
    /// printed by a bundler, or not minified at all).
    pub fn definition(&self, name: &str) -> Option<Piece> {
        self.definitions(&[name.to_string()]).pop()
    }

    /// End of an expression starting at `s`: the first `,` `;` or unmatched closing bracket at
    /// its own level (brackets jumped over with the pairing table; strings skipped).
    fn expr_end(&self, s: usize) -> Option<usize> {
        let b = self.text.as_bytes();
        let mut j = s;
        let mut steps = 0;
        while j < b.len() && steps < 1_000_000 {
            steps += 1;
            match b[j] {
                b'\'' | b'"' => j = skip_string(b, j),
                b'`' => {
                    let mut st = vec![];
                    j = skip_template(b, j + 1, &mut st);
                    if !st.is_empty() {
                        // A template with substitutions: find its end through the pairing.
                        return None;
                    }
                }
                b'{' => j = self.curly_close(j)? + 1,
                b'(' => j = self.paren_close(j)? + 1,
                b'[' => {
                    // Arrays: count to the matching bracket.
                    let mut d = 0i32;
                    while j < b.len() {
                        match b[j] {
                            b'[' => d += 1,
                            b']' => {
                                d -= 1;
                                if d == 0 {
                                    break;
                                }
                            }
                            b'\'' | b'"' => {
                                j = skip_string(b, j);
                                continue;
                            }
                            _ => {}
                        }
                        j += 1;
                    }
                    j += 1;
                }
                b',' | b';' | b')' | b'}' | b']' => return Some(j),
                b'\n' if j > s && steps > 1 => {
                    // A newline ends a statement when the next line starts a new one.
                    let rest = &self.text[j + 1..(j + 12).min(b.len())];
                    if [
                        "var ", "let ", "const ", "function", "class ", "import", "export",
                    ]
                    .iter()
                    .any(|k| rest.starts_with(k))
                    {
                        return Some(j);
                    }
                    j += 1;
                }
                _ => j += 1,
            }
        }
        None
    }

    /// Definitions of many names in one pass over the text: every whole-word occurrence of a
    /// name is looked at once; the first that is a function declaration or an assignment wins.
    pub fn definitions(&self, names: &[String]) -> Vec<Piece> {
        if names.is_empty() {
            return vec![];
        }
        let b = self.text.as_bytes();
        // Leftmost-longest, not overlapping: a match that starts inside another starts inside
        // an identifier, so it could never be a whole word.
        let Ok(ac) = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(names)
        else {
            return vec![];
        };
        // Keyed by the name's index, so that the pieces come in the (sorted) order of `names` and a
        // caller's cap keeps the same ones on every run.
        let mut found: std::collections::BTreeMap<usize, Piece> = std::collections::BTreeMap::new();
        let skip_ws = |mut j: usize| {
            while j < b.len() && b[j].is_ascii_whitespace() {
                j += 1;
            }
            j
        };
        for m in ac.find_iter(b) {
            let k = m.pattern().as_usize();
            if found.contains_key(&k) {
                continue;
            }
            let (p, e) = (m.start(), m.end());
            if (p > 0 && (ident_byte(b[p - 1]) || b[p - 1] == b'.'))
                || b.get(e).is_some_and(|&c| ident_byte(c))
            {
                continue;
            }
            let name = &names[k];
            // `function name(`: the keyword before, over whitespace.
            let mut q = p;
            while q > 0 && b[q - 1].is_ascii_whitespace() {
                q -= 1;
            }
            if q >= 8 && &b[q - 8..q] == b"function" && q < p && (q == 8 || !ident_byte(b[q - 9])) {
                let open = skip_ws(e);
                if b.get(open) == Some(&b'(') {
                    if let Some(d) = self.definition_at_function(name, q - 8, open) {
                        found.insert(k, d);
                    }
                }
                continue;
            }
            // `name = value` (not `==`, `=>`).
            let eq = skip_ws(e);
            if b.get(eq) != Some(&b'=') || matches!(b.get(eq + 1), Some(b'=') | Some(b'>')) {
                continue;
            }
            let after = skip_ws(eq + 1);
            if let Some(end) = self.expr_end(after) {
                if end > after && end - after <= MAX_UNIT * 4 {
                    found.insert(
                        k,
                        Piece {
                            start: after,
                            end,
                            pre: format!("var {} = (", name),
                            post: ");\n".into(),
                            name: Some(name.clone()),
                        },
                    );
                }
            }
        }
        found.into_values().collect()
    }

    /// The function declared by the `function` keyword at `p`, whose parameters open at `open`.
    fn definition_at_function(&self, name: &str, p: usize, open: usize) -> Option<Piece> {
        let b = self.text.as_bytes();
        let mut j = self.paren_close(open)? + 1;
        while j < b.len() && b[j].is_ascii_whitespace() {
            j += 1;
        }
        if b.get(j) != Some(&b'{') {
            return None;
        }
        let c = self.curly_close(j)?;
        if c - p > MAX_UNIT * 4 {
            return None;
        }
        let start = if p >= 6 && &b[p - 6..p] == b"async " {
            p - 6
        } else {
            p
        };
        Some(Piece {
            start,
            end: c + 1,
            pre: String::new(),
            post: "\n".into(),
            name: Some(name.to_string()),
        })
    }

    /// Functions calling any of `names` (at most `per` per name), in one pass.
    pub fn callers_of(&self, names: &[String], per: usize) -> Vec<Piece> {
        if names.is_empty() {
            return vec![];
        }
        let b = self.text.as_bytes();
        let pats: Vec<String> = names.iter().map(|n| format!("{}(", n)).collect();
        // Leftmost-longest, as in `definitions`: a match starting inside another starts inside
        // an identifier. (Standard semantics, which the overlapping search needs, leave the
        // packed search unused; see `anchor_matcher`.)
        let Ok(ac) = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostLongest)
            .build(&pats)
        else {
            return vec![];
        };
        let mut count = vec![0usize; names.len()];
        let mut v: Vec<Piece> = vec![];
        for m in ac.find_iter(b) {
            let k = m.pattern().as_usize();
            if count[k] >= per {
                continue;
            }
            let p = m.start();
            if p > 0 && (ident_byte(b[p - 1]) || b[p - 1] == b'.') {
                continue;
            }
            if p >= 9 && &b[p - 9..p] == b"function " {
                continue;
            }
            if let Some(u) = self.unit_at(p) {
                if !v.iter().any(|x| x.start == u.start) {
                    count[k] += 1;
                    v.push(u);
                }
            }
        }
        v
    }

    /// Call sites of `name`: the functions that contain them.
    pub fn callers(&self, name: &str, max: usize) -> Vec<Piece> {
        let b = self.text.as_bytes();
        let pat = format!("{}(", name);
        let mut v: Vec<Piece> = vec![];
        for p in memmem::find_iter(b, pat.as_bytes()).take(4096) {
            if p > 0 && (ident_byte(b[p - 1]) || b[p - 1] == b'.') {
                continue;
            }
            if p >= 9 && &b[p - 9..p] == b"function " {
                continue;
            }
            if let Some(u) = self.unit_at(p) {
                if !v.iter().any(|x| x.start == u.start) {
                    v.push(u);
                    if v.len() >= max {
                        break;
                    }
                }
            }
        }
        v
    }
}

/// The matcher of [`ANCHORS`], compiled once. Leftmost-first: only then does the crate use
/// its packed (Teddy) search, 6 ms instead of 32 ms over the 13 MB `cli.js` of 2.1.91. Where
/// two anchors overlap (`location.hostname()`) the first is found, and the other lies inside
/// its match: a window around one covers both (property test
/// `anchor_matcher_finds_what_each_anchor_finds`).
pub fn anchor_matcher() -> Option<&'static aho_corasick::AhoCorasick> {
    static AC: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> = std::sync::OnceLock::new();
    AC.get_or_init(|| {
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(ANCHORS)
            .ok()
    })
    .as_ref()
}

/// Anchors of environment reads and region data in a bundle: where to start.
pub const ANCHORS: &[&str] = &[
    "process.env",
    "Intl.",
    "getTimezoneOffset",
    "toTimeString",
    "Date()",
    "navigator.language",
    "location.host",
    "hostname()",
    "userInfo(",
    "networkInterfaces",
    "getServers",
    "/etc/",
    "execSync(",
    "execFileSync(",
    "spawnSync(",
    "resolvedOptions",
    "formatToParts",
    "Deno.env",
];

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn pairs_brackets_around_strings_templates_regexes() {
        let t = r#"function a(q){return q.replace(/[{(]/g,"}")+`x${q}{`}var b=(z)=>{return '('};"#;
        let br = brackets(t.as_bytes());
        // a's body and b's body.
        assert_eq!(br.curly.len(), 2, "{:?}", br.curly); // `${ }` is not a block
        let bun = Bundle::new(t);
        let u = bun.unit_at(t.find("q.replace").unwrap()).unwrap();
        assert!(t[u.start..u.end].starts_with("function a(q)"));
        let d = bun.definition("b").unwrap();
        assert_eq!(&t[d.start..d.end], "(z)=>{return '('}");
    }
}

/// The close of the pair opened at `open`, in pairs sorted by their opening position.
fn close_of(pairs: &[(u32, u32)], open: usize) -> Option<usize> {
    let i = pairs.binary_search_by_key(&(open as u32), |x| x.0).ok()?;
    Some(pairs[i].1 as usize)
}
