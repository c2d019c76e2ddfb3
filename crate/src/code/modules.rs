//! Packages: code split over files, linked into one program for the analysis.
//!
//! A package often reads the environment in one file and keeps the list it compares with in
//! another (`const zones = require("./lib/zones")`, `import { LIST } from "./data.js"`). Each
//! file alone shows half a chain. [`link`] makes one program of a file and the modules it
//! imports by relative path, the way a bundler does, so the data flow and the replay see the
//! whole chain:
//!
//! - the file's own text keeps every byte position: `require` becomes `__R0001` (a name of the
//!   same length), an `import` declaration becomes a `var` of the same length padded with
//!   spaces, `import("./x")` becomes `__P001("./x")`. An import that cannot be written in the
//!   room it had is left as it was (not linked);
//! - each module found becomes a function placed before the file (`function __R0001(){var
//!   exports={},module={exports:exports}; … return module.exports!==exports?module.exports:
//!   exports}`: the data flow follows both the object filled through `exports` and a value
//!   given to `module.exports`); its own `export`s fill `exports` (an ES module never
//!   replaces it), its `import`s become calls of the modules (`require` when not linked), and its own
//!   relative imports are linked in turn;
//! - JSON files are modules whose value is the JSON.
//!
//! At most [`MAX_MODULES`] modules and [`MAX_LINKED`] bytes in all; a program that does not
//! parse after linking is not used. Bare specifiers (`lodash`, `node:os`) stay as they are.

use oxc_allocator::Allocator;
use oxc_ast::ast::*;
use oxc_span::GetSpan;

/// Modules linked into one program at most.
pub const MAX_MODULES: usize = 24;
/// The linked program's size at most (the size a file is parsed whole at).
pub const MAX_LINKED: usize = crate::scan::CODE_WHOLE;

/// A file and the modules it imports, as one program.
#[derive(Debug, Clone)]
pub struct Linked {
    pub text: String,
    /// `text[main_start..main_start + main_len]` is the file's own text with the imports
    /// renamed in place: a position in it, less `main_start`, is the file's own.
    pub main_start: usize,
    pub main_len: usize,
    /// The modules appended: `(start, end, path)` in `text`.
    pub parts: Vec<(usize, usize, String)>,
}

impl Linked {
    /// The position in the file's own text of a position of the linked text, if it is there.
    pub fn in_main(&self, at: usize) -> Option<usize> {
        (at >= self.main_start && at < self.main_start + self.main_len)
            .then(|| at - self.main_start)
    }

    /// The module a position of the linked text belongs to, and the position in that
    /// module's text (approximate: its imports and exports were rewritten).
    pub fn origin(&self, at: usize) -> Option<(&str, usize)> {
        self.parts
            .iter()
            .find(|p| at >= p.0 && at < p.1)
            .map(|p| (p.2.as_str(), at - p.0))
    }
}

/// Whether `text` imports something by a relative path (a cheap test before [`link`]).
pub fn imports_relative(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memmem::find_iter(b, b"./").any(|i| {
        // `"./x"`, `'../x'`: a quote just before the dots.
        let q = b[..i].iter().rev().take_while(|&&c| c == b'.').count();
        let at = i.saturating_sub(q);
        at > 0 && q <= 1 && matches!(b[at - 1], b'"' | b'\'' | b'`') && {
            let before = &b[..at - 1];
            let t = before
                .iter()
                .rev()
                .skip_while(|c| c.is_ascii_whitespace())
                .take(8)
                .copied()
                .collect::<Vec<u8>>();
            let t: Vec<u8> = t.into_iter().rev().collect();
            t.ends_with(b"(") || t.ends_with(b"from") || t.ends_with(b"import")
        }
    })
}

/// The directory part of a shown path (`pkg.tgz!package/lib/a.js` → `pkg.tgz!package/lib`).
fn dir_of(path: &str) -> &str {
    let cut = path.rfind(['/', '\\']);
    let bang = path.rfind('!');
    match (cut, bang) {
        (Some(c), Some(b)) if c > b => &path[..c],
        (Some(c), None) => &path[..c],
        (_, Some(b)) => &path[..=b],
        (None, None) => "",
    }
}

/// `dir` joined with the relative specifier `spec`, `.` and `..` resolved; `None` when it
/// climbs out of the archive or directory given.
fn join(dir: &str, spec: &str) -> Option<String> {
    let (root, inner) = match dir.rfind('!') {
        Some(b) => (&dir[..=b], &dir[b + 1..]),
        None => ("", dir),
    };
    let mut parts: Vec<&str> = inner.split(['/', '\\']).filter(|s| !s.is_empty()).collect();
    let lead = inner.starts_with('/');
    for seg in spec.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    Some(format!(
        "{}{}{}",
        root,
        if lead { "/" } else { "" },
        parts.join("/")
    ))
}

/// The paths a relative specifier may name, in the order Node tries them.
pub fn candidates(from: &str, spec: &str) -> Vec<String> {
    if !(spec.starts_with("./") || spec.starts_with("../")) {
        return vec![];
    }
    let Some(p) = join(dir_of(from), spec) else {
        return vec![];
    };
    let mut out = vec![p.clone()];
    for ext in [".js", ".cjs", ".mjs", ".ts", ".json"] {
        out.push(format!("{}{}", p, ext));
    }
    // TypeScript sources import their compiled names (`./x.js` written for `./x.ts`).
    if let Some(stem) = p.strip_suffix(".js") {
        out.push(format!("{}.ts", stem));
    }
    for ext in ["js", "cjs", "mjs", "ts", "json"] {
        out.push(format!("{}/index.{}", p, ext));
    }
    out
}

struct Ctx<'g> {
    get: &'g dyn Fn(&str) -> Option<String>,
    /// Modules by path: their number and whether they are ES modules.
    ids: Vec<(String, bool)>,
    /// The appended functions, in order, with the path each came from.
    out: Vec<(String, String)>,
    size: usize,
}

impl Ctx<'_> {
    /// The number of the module `spec` names from `from`, linking it first if needed.
    fn module(&mut self, from: &str, spec: &str) -> Option<(usize, bool)> {
        for c in candidates(from, spec) {
            if let Some(i) = self.ids.iter().position(|(p, _)| *p == c) {
                // Index 0 is the file itself (a module importing it back is not linked).
                return (i > 0).then(|| (i, self.ids[i].1));
            }
            let Some(text) = (self.get)(&c) else {
                continue;
            };
            if self.ids.len() >= MAX_MODULES || self.size + text.len() > MAX_LINKED {
                return None;
            }
            self.size += text.len();
            let n = self.ids.len();
            // (Whether it is an ES module is known once it is parsed; a module importing
            // this one back meanwhile reads it as CommonJS.)
            self.ids.push((c.clone(), false));
            let (body, esm) = if c.ends_with(".json") {
                let v = serde_json::from_str::<serde_json::Value>(&text).ok();
                (v.map(|_| format!("module.exports = {};", text)), false)
            } else {
                match self.rewrite(&c, &text, false) {
                    Some((b, esm)) => (Some(b), esm),
                    None => (None, false),
                }
            };
            self.ids[n].1 = esm;
            let body = body.unwrap_or_default();
            let f = format!(
                "\n;function __R{n:04}(){{var exports={{}},module={{exports:exports}};\n{body}\n;return module.exports!==exports?module.exports:exports}}\nfunction __N{n:03}(){{return __R{n:04}()}}\nfunction __D{n:03}(){{return __R{n:04}(){d}}}\nfunction __P{n:03}(){{return Promise.resolve(__R{n:04}())}}\n",
                n = n,
                body = body,
                d = if esm { ".default" } else { "" }
            );
            self.out.push((c, f));
            return Some((n, esm));
        }
        None
    }

    /// `text` with its relative imports linked; for a module (not `main`) also its `import`
    /// and `export` statements rewritten for a function body; and whether it is an ES module
    /// (it has `import` or `export` statements). `None`: it does not parse.
    fn rewrite(&mut self, path: &str, text: &str, main: bool) -> Option<(String, bool)> {
        let alloc = Allocator::default();
        let prog = super::parse(&alloc, text)?;
        let esm = prog.body.iter().any(|s| {
            matches!(
                s,
                Statement::ImportDeclaration(_)
                    | Statement::ExportAllDeclaration(_)
                    | Statement::ExportDefaultDeclaration(_)
                    | Statement::ExportDeclaration(_)
                    | Statement::ExportNamedDeclaration(_)
                    | Statement::ExportFromDeclaration(_)
            )
        });
        let mut edits: Vec<(usize, usize, String)> = vec![];
        // A hashbang (`#!/usr/bin/env node`) is only valid at the very start of a program, and
        // linked files are placed after their modules: it becomes a comment of the same length.
        if text.starts_with("#!") {
            edits.push((0, 2, "//".to_string()));
        }
        let mut tail = String::new();
        // `require("./x")` and `import("./x")` anywhere.
        let mut calls = Calls::default();
        {
            use oxc_ast_visit::Visit;
            calls.visit_program(&prog);
        }
        for (callee, spec, dynamic) in calls.found {
            if let Some((n, _)) = self.module(path, &spec) {
                let name = if dynamic {
                    format!("__P{:03}", n)
                } else {
                    format!("__R{:04}", n)
                };
                edits.push((callee.start as usize, callee.end as usize, name));
            }
        }
        for st in &prog.body {
            let span = st.span();
            let (s, e) = (span.start as usize, span.end as usize);
            match st {
                Statement::ImportDeclaration(imp) => {
                    let spec = imp.source.value.as_str();
                    let m = self.module(path, spec);
                    if m.is_none() && main {
                        continue;
                    }
                    let call = |kind: char| match m {
                        Some((n, _)) => format!("__{}{:03}()", kind, n),
                        None => format!("require({})", js_string(spec)),
                    };
                    let esm = m.map(|x| x.1).unwrap_or(false);
                    let mut decls: Vec<String> = vec![];
                    let mut named: Vec<String> = vec![];
                    for sp in imp.specifiers.iter().flatten() {
                        match sp {
                            ImportDeclarationSpecifier::ImportDefaultSpecifier(d) => {
                                decls.push(format!(
                                    "{}={}",
                                    d.local.name,
                                    if esm || m.is_none() {
                                        call('D')
                                    } else {
                                        call('N')
                                    }
                                ));
                            }
                            ImportDeclarationSpecifier::ImportNamespaceSpecifier(d) => {
                                decls.push(format!("{}={}", d.local.name, call('N')));
                            }
                            ImportDeclarationSpecifier::ImportSpecifier(d) => {
                                let imported = d.imported.name();
                                if imported.as_str() == d.local.name.as_str() {
                                    named.push(d.local.name.to_string());
                                } else {
                                    named.push(format!(
                                        "{}:{}",
                                        js_string(imported.as_str()),
                                        d.local.name
                                    ));
                                }
                            }
                        }
                    }
                    if !named.is_empty() {
                        decls.push(format!("{{{}}}={}", named.join(","), call('N')));
                    }
                    let mut rep = if decls.is_empty() {
                        format!("{};", call('N'))
                    } else {
                        format!("var {};", decls.join(","))
                    };
                    if main {
                        // The file's positions hold: the same length, or not linked.
                        if rep.len() > e - s {
                            continue;
                        }
                        let pad = e - s - rep.len();
                        rep.push_str(&" ".repeat(pad));
                    }
                    edits.push((s, e, rep));
                }
                // A re-export does nothing the file itself uses: blanked (the same bytes as
                // spaces, lines kept), so that the replay can run the file inside a function.
                Statement::ExportFromDeclaration(_) | Statement::ExportAllDeclaration(_)
                    if main =>
                {
                    let blank: Vec<u8> = text.as_bytes()[s..e]
                        .iter()
                        .map(|&b| if b == b'\n' { b'\n' } else { b' ' })
                        .collect();
                    edits.push((s, e, String::from_utf8(blank).unwrap_or_default()));
                }
                _ if main => {}
                Statement::ExportDefaultDeclaration(d) => {
                    let ds = d.declaration.span().start as usize;
                    // A named function or class stays a declaration (the module may use its
                    // name); anything else becomes the value given to `exports.default`.
                    let named = match &d.declaration {
                        ExportDefaultDeclarationKind::FunctionDeclaration(f) => f.id.as_ref(),
                        ExportDefaultDeclarationKind::ClassDeclaration(c) => c.id.as_ref(),
                        _ => None,
                    };
                    match named {
                        Some(id) => {
                            edits.push((s, ds, String::new()));
                            tail.push_str(&format!("exports.default={};", id.name));
                        }
                        None => edits.push((s, ds, "exports.default=".into())),
                    }
                }
                Statement::ExportNamedDeclaration(x) => {
                    for sp in &x.specifiers {
                        tail.push_str(&format!(
                            "exports[{}]={};",
                            js_string(sp.exported.name().as_str()),
                            sp.local.name()
                        ));
                    }
                    edits.push((s, e, String::new()));
                }
                Statement::ExportDeclaration(x) => {
                    let ds = x.declaration.span().start as usize;
                    let names: Vec<String> = match &x.declaration {
                        Declaration::VariableDeclaration(v) => v
                            .declarations
                            .iter()
                            .flat_map(|d| d.id.get_binding_identifiers())
                            .map(|i| i.name.to_string())
                            .collect(),
                        Declaration::FunctionDeclaration(f) => {
                            f.id.iter().map(|i| i.name.to_string()).collect()
                        }
                        Declaration::ClassDeclaration(c) => {
                            c.id.iter().map(|i| i.name.to_string()).collect()
                        }
                        _ => vec![],
                    };
                    for n in names {
                        tail.push_str(&format!("exports.{}={};", n, n));
                    }
                    edits.push((s, ds, String::new()));
                }
                Statement::ExportFromDeclaration(x) => {
                    let spec = x.source.value.as_str();
                    let src = match self.module(path, spec) {
                        Some((n, _)) => format!("__N{:03}()", n),
                        None => format!("require({})", js_string(spec)),
                    };
                    let mut rep = String::new();
                    for sp in &x.specifiers {
                        rep.push_str(&format!(
                            "exports[{}]={}[{}];",
                            js_string(sp.exported.name().as_str()),
                            src,
                            js_string(sp.local.name().as_str())
                        ));
                    }
                    edits.push((s, e, rep));
                }
                Statement::ExportAllDeclaration(x) => {
                    let spec = x.source.value.as_str();
                    let src = match self.module(path, spec) {
                        Some((n, _)) => format!("__N{:03}()", n),
                        None => format!("require({})", js_string(spec)),
                    };
                    let rep = match &x.exported {
                        Some(name) => {
                            format!("exports[{}]={};", js_string(name.name().as_str()), src)
                        }
                        None => format!("Object.assign(exports,{});", src),
                    };
                    edits.push((s, e, rep));
                }
                _ => {}
            }
        }
        // Apply the edits from the end (they do not overlap: calls inside an import
        // statement do not exist, and statements are disjoint).
        edits.sort_by_key(|e| (e.0, e.1));
        edits.dedup_by_key(|e| e.0);
        let mut out = String::with_capacity(text.len() + tail.len());
        let mut at = 0;
        for (s, e, rep) in edits {
            if s < at || e > text.len() {
                continue;
            }
            out.push_str(&text[at..s]);
            out.push_str(&rep);
            at = e;
        }
        out.push_str(&text[at..]);
        if !tail.is_empty() {
            out.push_str("\n;");
            out.push_str(&tail);
        }
        Some((out, esm))
    }
}

/// A string literal for `s`.
fn js_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

/// `require("./…")` (the callee's span) and `import("./…")` (the keyword's span).
#[derive(Default)]
struct Calls {
    found: Vec<(oxc_span::Span, String, bool)>,
}

impl<'a> oxc_ast_visit::Visit<'a> for Calls {
    fn visit_call_expression(&mut self, it: &CallExpression<'a>) {
        if let (Expression::Identifier(id), [Argument::StringLiteral(s)]) =
            (&it.callee, it.arguments.as_slice())
        {
            let v = s.value.as_str();
            if id.name == "require" && (v.starts_with("./") || v.starts_with("../")) {
                self.found.push((id.span, v.to_string(), false));
            }
        }
        oxc_ast_visit::walk::walk_call_expression(self, it);
    }
    fn visit_import_expression(&mut self, it: &ImportExpression<'a>) {
        if let Expression::StringLiteral(s) = &it.source {
            let v = s.value.as_str();
            if v.starts_with("./") || v.starts_with("../") {
                let st = it.span.start;
                self.found
                    .push((oxc_span::Span::new(st, st + 6), v.to_string(), true));
            }
        }
        oxc_ast_visit::walk::walk_import_expression(self, it);
    }
}

/// The file at `path` (text `main`) and the modules it imports by relative path, as one
/// program; `get` gives a file's text by its path. `None` when nothing was linked or the
/// linked program does not parse.
pub fn link(path: &str, main: &str, get: &dyn Fn(&str) -> Option<String>) -> Option<Linked> {
    let mut cx = Ctx {
        get,
        ids: vec![(path.to_string(), false)],
        out: vec![],
        size: main.len(),
    };
    let (text, _) = cx.rewrite(path, main, true)?;
    if cx.out.is_empty() || text.len() != main.len() {
        return None;
    }
    // The modules first, each after those it imports, then the file: the analysis reads a
    // program in order, and a module's function is then known where the file calls it.
    let main_len = text.len();
    let mut all = String::new();
    let mut parts = vec![];
    for (p, f) in cx.out {
        let s = all.len();
        all.push_str(&f);
        parts.push((s, all.len(), p));
    }
    all.push('\n');
    let main_start = all.len();
    all.push_str(&text);
    let alloc = Allocator::default();
    super::parse(&alloc, &all)?;
    Some(Linked {
        text: all,
        main_start,
        main_len,
        parts,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store<'f>(files: &'f [(&'f str, &'f str)]) -> impl Fn(&str) -> Option<String> + 'f {
        move |p: &str| {
            files
                .iter()
                .find(|(n, _)| *n == p)
                .map(|(_, t)| t.to_string())
        }
    }

    #[test]
    fn paths_resolve_as_node_resolves_them() {
        assert_eq!(
            candidates("a.tgz!package/lib/x.js", "../data/zones")[0],
            "a.tgz!package/data/zones"
        );
        assert!(candidates("a.tgz!package/x.js", "./z")
            .contains(&"a.tgz!package/z/index.js".to_string()));
        assert!(candidates("a.tgz!package/x.js", "../../up").is_empty());
        assert!(candidates("dir/x.js", "lodash").is_empty());
        assert_eq!(candidates("/abs/dir/x.js", "./y.js")[0], "/abs/dir/y.js");
        assert!(imports_relative("const z = require('./lib/zones');"));
        assert!(imports_relative("import {a} from \"../a.js\""));
        assert!(!imports_relative("const p = './not-an-import';"));
    }

    /// A command's file starts with a hashbang; linked after its modules it would not parse
    /// (nor run in the replay): it becomes a comment of the same length.
    #[test]
    fn a_hashbang_file_links_and_runs() {
        let files = [("p!package/lib/w.js", "module.exports = { w: 2 };")];
        let main = "#!/usr/bin/env node\nconst { w } = require('./lib/w');\nconsole.log(w);";
        let l = link("p!package/bin.js", main, &store(&files)).expect("linked");
        assert!(l.text[l.main_start..].starts_with("///usr/bin/env node\n"));
        assert_eq!(l.main_len, main.len());
        let o = crate::code::sandbox::evaluate(&format!(
            "var __o = []; var console = {{ log: function (x) {{ __o.push(x); }} }};\n{}\n__out = __o;",
            l.text
        ));
        assert!(
            matches!(o, crate::code::sandbox::Outcome::Value(ref v) if *v == serde_json::json!([2])),
            "{:?}",
            o
        );
    }

    #[test]
    fn commonjs_and_es_modules_are_linked_and_positions_hold() {
        let files = [
            ("p!package/lib/zones.js", "module.exports = ['Europe/Moscow'];"),
            (
                "p!package/lib/mark.mjs",
                "import os from 'os';\nexport const MARK = '\\u00a0';\nexport default function pick(x) { return x ? MARK : ' '; }",
            ),
            ("p!package/data.json", "{\"list\": [\"ru\"]}"),
        ];
        let main = "const z = require('./lib/zones');\nimport pick, { MARK as M } from './lib/mark.mjs';\nconst d = require('./data.json');\nexport const x = z.includes(tz) ? pick(1) : M;";
        let l = link("p!package/index.mjs", main, &store(&files)).expect("linked");
        assert_eq!(l.main_len, main.len());
        assert_eq!(l.parts.len(), 3);
        // Same positions: `const x` is where it was.
        assert_eq!(
            main.find("export const x"),
            l.text.find("export const x").and_then(|a| l.in_main(a))
        );
        assert!(l.text[l.main_start..].starts_with("const z = __R0001('./lib/zones');"));
        assert!(l.text.contains("exports.MARK=MARK;"));
        assert!(l.text.contains("exports.default=pick;"));
        let at = l.parts[0].0 + 5;
        assert_eq!(l.origin(at).map(|o| o.0), Some("p!package/lib/zones.js"));
        assert_eq!(l.origin(l.main_start + 3), None);
        assert_eq!(l.in_main(l.main_start + 3), Some(3));
        // Nothing to link: no program.
        assert!(link("p!package/other.js", "require('./missing')", &store(&files)).is_none());
    }

    #[test]
    fn linked_code_runs_as_the_package_does() {
        let files = [
            (
                "p!package/lib/list.js",
                "exports.names = ['a', 'b'].map(function (s) { return s.toUpperCase(); });",
            ),
            (
                "p!package/lib/esm.mjs",
                "export * from './list.js';\nexport const more = 2;",
            ),
        ];
        let main = "import { names, more } from './lib/esm.mjs';\n__out = names.join(',') + more;";
        let l = link("p!package/main.mjs", main, &store(&files)).expect("linked");
        match crate::code::sandbox::evaluate(&l.text) {
            crate::code::sandbox::Outcome::Value(v) => assert_eq!(v, serde_json::json!("A,B2")),
            other => panic!("{:?}\n{}", other, l.text),
        }
    }
}
