//! Data flow over one parsed program: values read from the environment (sources), followed
//! through assignments, destructuring, parameters, returns, closures and module-level caches,
//! to comparisons with constant sets (decisions), and from decisions to the outputs they select.
//!
//! The catalogues (what is a source, which calls compare, which calls are pure) are data in the
//! rule files: [`crate::rules::environment_source::SOURCES`],
//! [`crate::rules::target_literal::COMPARE_METHODS`], [`crate::rules::hidden_list::PURE_GLOBALS`].
//!
//! Names are resolved by scope (function and block scopes, hoisting of `var` and function
//! declarations); one pass per iteration, repeated until nothing changes (at most
//! [`MAX_PASSES`]).

use std::collections::{BTreeSet, HashMap};

use oxc_ast::ast::*;
use oxc_span::{GetSpan, Span};

pub const MAX_PASSES: usize = 6;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Val {
    /// Environment sources this value derives from (indexes into `Flow::sources`).
    pub src: BTreeSet<u32>,
    /// Decisions this value depends on (indexes into `Flow::decisions`).
    pub dec: BTreeSet<u32>,
    /// Access path when the value is a known global or module object ("process.env", "os").
    pub path: Option<String>,
    /// Constant: the expression (span) that computes it from literals only; `elem` when the
    /// value is one element of what that expression yields.
    pub konst: Option<(Span, bool)>,
    /// When derived from a source through pure steps: a function `(__x) => …` (JS source) that
    /// redoes those steps, used to reverse hashes.
    pub xf: Option<String>,
    /// The program's functions this value may be (by the start of each), followed through
    /// parameters, returns, containers and variables, so that a call of a parameter, of a
    /// stored callback or of a function another function returned reaches them (memoised
    /// selectors, middleware chains, option parsers). At most [`MAX_FUNCS`] are kept.
    pub funcs: BTreeSet<u32>,
    /// The program's functions whose return value this value was computed from (by the start
    /// of each; at most [`MAX_FUNCS`]): a decision made from a function's result cannot be
    /// what that function's own tests depend on.
    pub via: BTreeSet<u32>,
}

/// Calls through held functions are followed in programs up to this size. In a larger one
/// (a library's whole bundle) a few helpers (`forEach(obj, fn)`, `toFlatObject(o, …, filter)`)
/// are handed dozens of callbacks and objects, and following every callback with every object
/// spreads environment values where they never go: measured on axios and moment, whose bundles
/// then came out covert. The pieces cut from a larger bundle around what it reads are programs
/// of their own and are followed.
pub const HIGHER_ORDER_MAX: usize = 32 * 1024;

/// Inline yes-or-no tests run on every known name, per program: each is one sandbox run over
/// the candidate names.
pub const MAX_INLINE_TESTS: usize = 4;

/// At most this many functions are kept for one value (a value that may be any of many
/// functions is a dispatcher, and calling through it reaches them all anyway by name).
pub const MAX_FUNCS: usize = 16;

impl Val {
    fn join(&mut self, o: &Val) {
        self.src.extend(o.src.iter().copied());
        self.dec.extend(o.dec.iter().copied());
        for &f in &o.funcs {
            if self.funcs.len() >= MAX_FUNCS {
                break;
            }
            self.funcs.insert(f);
        }
        for &f in &o.via {
            if self.via.len() >= MAX_FUNCS {
                break;
            }
            self.via.insert(f);
        }
        if self.path.is_none() {
            self.path = o.path.clone();
        }
        if self.xf.is_none() {
            self.xf = o.xf.clone();
        }
    }
    fn env(&self) -> bool {
        !self.src.is_empty()
    }
}

#[derive(Debug, Clone)]
pub struct Source {
    pub label: String,
    pub category: &'static str,
    pub span: Span,
    pub path: String,
}

#[derive(Debug, Clone)]
pub struct Decision {
    pub span: Span,
    /// The constant side (span of the expression; element-wise when `elem`).
    pub set: Option<(Span, bool)>,
    /// How the set is used: "includes", "===", "switch", "regex", "key lookup"…
    pub how: String,
    pub src: BTreeSet<u32>,
    /// Steps from the environment value to what is compared (to reverse hashes).
    pub xf: Option<String>,
    /// Literal case values or compared literals collected for this decision.
    pub literals: Vec<Span>,
    /// When each element of the set is transformed before the comparison
    /// (`L.some(s => atob(s) === tz)`): the transformation, `((s) => atob(s))`.
    pub kmap: Option<String>,
    /// The functions whose results the compared value was computed from ([`Val::via`]).
    pub via: BTreeSet<u32>,
    /// An inline yes-or-no test (`(BITS >> i) & 1` with `i` computed from the environment) as
    /// a function of the environment value: `(function (__x) { var i = …; return (…); })`.
    pub test_fn: Option<String>,
    /// The set is the keys of the constant object `set` names (a `for (k in obj)` loop),
    /// each transformed by `kmap`.
    pub keys: bool,
}

#[derive(Debug, Clone)]
pub enum EffectKind {
    /// `test ? a : b`
    Choose { a: Span, b: Span },
    /// An `if`/`switch`/`&&` inside a function whose output is then computed under each
    /// outcome; `tests` are the decision-carrying test expressions.
    Branch { func: Span, tests: Vec<Span> },
    /// A call made only under the decision (alert, console, exit, file write…).
    Act { call: String },
}

#[derive(Debug, Clone)]
pub struct Effect {
    /// Start of the enclosing function (None: top-level code).
    pub func: Option<u32>,
    pub span: Span,
    pub dec: BTreeSet<u32>,
    pub kind: EffectKind,
}

#[derive(Debug, Clone, Default)]
struct Sym {
    name: String,
    val: Val,
    /// Spans of initialisers and assigned expressions.
    inits: Vec<Span>,
    /// The statement text that defines it (to rebuild it for evaluation).
    def: Option<Span>,
    /// A function: its node span.
    func: Option<Span>,
    writes: u32,
    /// Declared at the top level of the program.
    top: bool,
    /// A `new Proxy(target, handler)`: the handler's traps (`has`, `get`, `apply`) and their
    /// functions, called by `k in p`, `p[k]`, `Reflect.has(p, k)`…
    traps: Vec<(String, Span)>,
    /// Filled by a function called on it once, as compilers write enums and namespaces:
    /// `(function (E) { E[E["A"] = 0] = "A"; })(E || (E = {}))`: that function.
    filled_by: Option<Span>,
    /// Top-level statements that fill it when it starts empty (`const M = {}` then
    /// `L.forEach(s => { M[atob(s)] = 1; })`): part of its definition when they read only
    /// constants.
    fills: Vec<Span>,
}

#[derive(Debug, Clone, Default)]
struct FnInfo {
    span: Span,
    /// The names each parameter binds (one, or several for a destructured parameter).
    params: Vec<Vec<u32>>,
    ret: Val,
    /// The names the rest parameter binds (`...args`).
    rest: Vec<u32>,
    /// Some `return` gives a yes or a no ([`yes_or_no`]); some other gives anything else.
    yes_no: bool,
    other_ret: bool,
    /// Decision-carrying tests inside (for Branch effects).
    tests: Vec<Span>,
    dec: BTreeSet<u32>,
    has_return_val: bool,
    /// Every `return` gives the same constant expression (this one); `None` when one gives
    /// anything else.
    konst_ret: Option<Span>,
    other_konst_ret: bool,
}

pub struct Flow<'a> {
    pub text: &'a str,
    pub sources: Vec<Source>,
    pub decisions: Vec<Decision>,
    pub effects: Vec<Effect>,
    syms: Vec<Sym>,
    sym_by_decl: HashMap<(u32, String), u32>,
    scopes: Vec<(u32, HashMap<String, u32>)>,
    fns: HashMap<u32, FnInfo>,
    fn_stack: Vec<u32>,
    /// Decisions controlling the code being walked (if/switch/conditional tests).
    pc: Vec<BTreeSet<u32>>,
    src_by_span: HashMap<(u32, u32), u32>,
    dec_by_span: HashMap<(u32, u32), u32>,
    eff_by_span: HashMap<(u32, u32, u8), usize>,
    /// The decisions each `if` statement's test carries, by the statement's start.
    if_dec: HashMap<u32, BTreeSet<u32>>,
    changed: bool,
    /// Pure-check memo (symbol → pure constant?).
    const_memo: HashMap<u32, bool>,
    /// Each constant's key for the sandbox's cache of decoded values ([`Self::known_key`]).
    known_memo: HashMap<u32, Option<String>>,
    const_busy: BTreeSet<u32>,
    /// Constness of initialisers and assigned expressions, computed on the real AST.
    const_spans: HashMap<(u32, u32), bool>,
    const_expr_memo: HashMap<(u32, u32), bool>,
    /// The expressions being walked, innermost last: (span, whether it only builds a value
    /// from its parts: arithmetic, concatenation, a template, a pure conversion).
    expr_stack: Vec<(Span, bool)>,
    /// For a choice made inside a larger value (`colo${c ? "u" : ""}r`,
    /// `String.fromCharCode(45 + (c ? 8164 : 0))`): the outermost expression that builds the
    /// value from it, by the choice's start.
    pub choose_ctx: HashMap<u32, Span>,
    /// Where each property name is defined in the program (object literals, `o.p = v`,
    /// classes): a property defined once is followed through objects the flow cannot name
    /// (a bundler's `exports`, an IIFE's returned object, an instance).
    props: HashMap<String, Vec<PropDef>>,
    pure_span_memo: HashMap<(u32, u32), bool>,
    /// Top-level names whose initialiser is an empty container (candidates for `fills`).
    empty_names: Vec<String>,

    scope_spans: HashMap<(u32, u32), Vec<u32>>,
    pure_memo: HashMap<(u32, u32), bool>,
    wrapper_memo: HashMap<(u32, u32), bool>,
    /// What is stored on `this`, per class (or per function outside classes).
    this_vals: HashMap<u32, Val>,
    /// Functions assigned to a constructor's prototype (`X.prototype.m = function…`,
    /// `X.prototype = { m() {…} }`), by their start: the constructor's start, whose `this`
    /// they share (ES5 classes, as TypeScript and Babel emit them).
    this_alias: HashMap<u32, u32>,
    /// A class's constructor function, by the class's start.
    ctor_of: HashMap<u32, Span>,
    /// What is written to `this.p`, per class and property: each expression and whether it
    /// is constant (a list kept on the instance, `this.systems = decode(…)`).
    this_props: HashMap<(u32, String), Vec<(Span, bool)>>,
    class_stack: Vec<u32>,
    /// Switch discriminants → the first constant case label (to force that case).
    pub switch_case: HashMap<(u32, u32), Span>,
    /// Calls through held functions are followed ([`HIGHER_ORDER_MAX`]).
    higher_order: bool,
    /// The functions stored under each property name anywhere in the program (`this._action =
    /// fn`, `{ onDone: cb }`), whatever the object: a call `x.name(…)` the program does not
    /// define once reaches them (a field-based call graph).
    prop_funcs: HashMap<String, BTreeSet<u32>>,
    /// Getters defined by `Object.defineProperty(o, name, { get })` with the name a constant,
    /// written there or handed in (a bundler's export helper, `n.d(exports, "s", function () {
    /// return s })`): a read of `x.name` gives what the getter returns when one getter is
    /// defined under that name.
    getter_funcs: HashMap<String, BTreeSet<u32>>,
    /// Functions that define a getter from their parameters (`function (o, name, get) {
    /// Object.defineProperty(o, name, { get }) }`, a bundler's export helper): the function →
    /// the positions of the name and of the getter among its parameters. A call of one with a
    /// constant name defines a getter of that name ([`Self::getter_funcs`]).
    define_helpers: HashMap<u32, DefineHelper>,
    /// Names bound by `for (k in obj)` where `obj` is a plain name → that name (for the
    /// object form of [`DefineHelper`]).
    for_in_over: HashMap<u32, String>,
    /// Names bound by `for (k in obj)` over a constant object → that object's expression: each
    /// value the name takes is one of its keys ([`Self::elem_side`]).
    key_elems: HashMap<u32, Span>,
    /// The index parameter of a callback iterating a constant collection (`list.some((x, i)
    /// => …)`): the collection.
    index_elems: HashMap<u32, Span>,
    /// The static parts of each class (static fields, static blocks, static methods), by the
    /// class's start: what running the class's definition runs.
    class_statics: HashMap<u32, Vec<Span>>,
    /// Names declared by destructuring an initialiser (`const { LIST, pick } =
    /// require("./lib")`): the initialiser and the property each name is.
    fields: HashMap<u32, (Span, String)>,
    static_const_memo: HashMap<u32, bool>,
    /// The listeners registered under each event name (`"*"` when the name is not written).
    event_funcs: HashMap<String, BTreeSet<u32>>,
    /// The first parameter of each `new Promise(executor)`'s executor (by symbol) → the
    /// executor; what it is called with is the promise's value (by the executor).
    resolvers: HashMap<u32, u32>,
    resolved: HashMap<u32, Val>,
    /// Some name is bound to a `new Proxy(…)` with traps ([`Self::trap_call`]).
    any_traps: bool,
    /// Inline tests made into decisions so far ([`MAX_INLINE_TESTS`]).
    inline_tests: usize,
}

/// How a function defines getters from its parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DefineHelper {
    /// `function (o, name, get) { Object.defineProperty(o, name, { get }) }` (webpack 4's
    /// `__webpack_require__.d`): the positions of the name and of the getter.
    Named(usize, usize),
    /// `function (o, all) { for (k in all) Object.defineProperty(o, k, { get: all[k] }) }`
    /// (webpack 5's `__webpack_require__.d`, esbuild's `__export`): the position of the object
    /// of getters, each under its name.
    Object(usize),
}

fn key(s: Span) -> (u32, u32) {
    (s.start, s.end)
}

impl<'a> Flow<'a> {
    pub fn new(text: &'a str) -> Self {
        Flow {
            text,
            sources: vec![],
            decisions: vec![],
            effects: vec![],
            syms: vec![],
            sym_by_decl: HashMap::new(),
            scopes: vec![],
            fns: HashMap::new(),
            fn_stack: vec![],
            pc: vec![],
            src_by_span: HashMap::new(),
            dec_by_span: HashMap::new(),
            eff_by_span: HashMap::new(),
            if_dec: HashMap::new(),
            changed: false,
            const_memo: HashMap::new(),
            known_memo: HashMap::new(),
            const_busy: BTreeSet::new(),
            const_spans: HashMap::new(),
            const_expr_memo: HashMap::new(),
            expr_stack: vec![],
            choose_ctx: HashMap::new(),
            props: HashMap::new(),
            pure_span_memo: HashMap::new(),
            empty_names: vec![],
            scope_spans: HashMap::new(),
            pure_memo: HashMap::new(),
            wrapper_memo: HashMap::new(),
            this_vals: HashMap::new(),
            this_alias: HashMap::new(),
            ctor_of: HashMap::new(),
            this_props: HashMap::new(),
            class_stack: vec![],
            switch_case: HashMap::new(),
            higher_order: text.len() <= HIGHER_ORDER_MAX,
            prop_funcs: HashMap::new(),
            getter_funcs: HashMap::new(),
            define_helpers: HashMap::new(),
            for_in_over: HashMap::new(),
            key_elems: HashMap::new(),
            index_elems: HashMap::new(),
            class_statics: HashMap::new(),
            fields: HashMap::new(),
            static_const_memo: HashMap::new(),
            event_funcs: HashMap::new(),
            resolvers: HashMap::new(),
            resolved: HashMap::new(),
            any_traps: false,
            inline_tests: 0,
        }
    }

    pub fn slice(&self, s: Span) -> &'a str {
        self.text
            .get(s.start as usize..s.end as usize)
            .unwrap_or("")
    }

    pub fn run(&mut self, prog: &Program<'_>) {
        {
            use oxc_ast_visit::Visit;
            let mut pc = PropCollector::default();
            pc.visit_program(prog);
            self.props = pc.0;
        }
        for _ in 0..MAX_PASSES {
            self.changed = false;
            self.const_memo.clear();
            self.const_expr_memo.clear();
            self.pure_memo.clear();
            self.pure_span_memo.clear();
            self.scopes.clear();
            self.scopes.push((0, HashMap::new()));
            self.hoist(&prog.body, true);
            for s in &prog.body {
                self.stmt(s);
            }
            if !self.changed {
                break;
            }
        }
        if std::env::var_os("TELLTALE_DEBUG_FLOW").is_some() {
            eprintln!("functions held by property: {:?}", self.prop_funcs);
            eprintln!(
                "getters by name: {:?}; helpers {:?}",
                self.getter_funcs, self.define_helpers
            );
        }
    }

    // ---------- symbols and scopes ----------

    fn declare(&mut self, name: &str, at: Span) -> u32 {
        let scope = self.scopes.last().map(|s| s.0).unwrap_or(0);
        let k = (scope, name.to_string());
        let id = match self.sym_by_decl.get(&k) {
            Some(&i) => i,
            None => {
                let i = self.syms.len() as u32;
                self.syms.push(Sym {
                    name: name.to_string(),
                    top: self.scopes.len() == 1,
                    ..Default::default()
                });
                self.sym_by_decl.insert(k, i);
                i
            }
        };
        let _ = at;
        if let Some(s) = self.scopes.last_mut() {
            s.1.insert(name.to_string(), id);
        }
        id
    }

    fn lookup(&self, name: &str) -> Option<u32> {
        self.scopes
            .iter()
            .rev()
            .find_map(|s| s.1.get(name).copied())
    }

    fn push_scope(&mut self, span: Span) {
        self.scopes.push((span.start, HashMap::new()));
        if !self.scope_spans.contains_key(&key(span)) {
            let chain: Vec<u32> = self.scopes.iter().map(|s| s.0).collect();
            self.scope_spans.insert(key(span), chain);
        }
    }

    /// The scopes in force at a position (innermost last).
    fn chain_at(&self, pos: u32) -> Vec<u32> {
        let mut best: Option<((u32, u32), &Vec<u32>)> = None;
        for (k, c) in &self.scope_spans {
            if k.0 <= pos && pos < k.1 && best.is_none_or(|b| k.1 - k.0 < b.0 .1 - b.0 .0) {
                best = Some((*k, c));
            }
        }
        best.map(|b| b.1.clone()).unwrap_or_else(|| vec![0])
    }

    /// The symbol a name refers to at a position; any symbol of that name otherwise.
    fn lookup_at(&self, name: &str, pos: u32) -> Option<u32> {
        for sc in self.chain_at(pos).iter().rev() {
            if let Some(&i) = self.sym_by_decl.get(&(*sc, name.to_string())) {
                return Some(i);
            }
        }
        self.top_lookup(name)
    }
    fn pop_scope(&mut self) {
        self.scopes.pop();
    }

    fn set_val(&mut self, id: u32, v: &Val) {
        let s = &mut self.syms[id as usize];
        let before = s.val.clone();
        s.val.join(v);
        if s.val.konst.is_none() && s.writes <= 1 {
            s.val.konst = v.konst;
        }
        if s.val != before {
            self.changed = true;
        }
    }

    /// Declarations hoisted to the start of a function or program body.
    fn hoist(&mut self, body: &[Statement<'_>], top: bool) {
        for s in body {
            match s {
                Statement::FunctionDeclaration(f) => {
                    if let Some(id) = &f.id {
                        let i = self.declare(&id.name, f.span);
                        self.syms[i as usize].func = Some(f.span);
                        self.syms[i as usize].def = Some(f.span);
                    }
                }
                Statement::VariableDeclaration(d)
                    if d.kind == VariableDeclarationKind::Var || top =>
                {
                    for dcl in &d.declarations {
                        for n in binding_names(&dcl.id) {
                            self.declare(&n, dcl.span);
                        }
                    }
                }
                Statement::ClassDeclaration(c) => {
                    if let Some(id) = &c.id {
                        let i = self.declare(&id.name, c.span);
                        self.syms[i as usize].def = Some(c.span);
                    }
                }
                s => self.hoist_nested_vars(s),
            }
        }
    }

    /// `var` declarations inside blocks, loops, `try`, labels and `switch` belong to the
    /// enclosing function: declared there, so that a minifier's reuse of a short name in
    /// another function never shares a value with this one.
    fn hoist_nested_vars(&mut self, s: &Statement<'_>) {
        let var = |me: &mut Self, d: &VariableDeclaration<'_>| {
            if d.kind == VariableDeclarationKind::Var {
                for dcl in &d.declarations {
                    for n in binding_names(&dcl.id) {
                        me.declare(&n, dcl.span);
                    }
                }
            }
        };
        match s {
            Statement::VariableDeclaration(d) => var(self, d),
            Statement::BlockStatement(b) => {
                for x in &b.body {
                    self.hoist_nested_vars(x);
                }
            }
            Statement::IfStatement(i) => {
                self.hoist_nested_vars(&i.consequent);
                if let Some(a) = &i.alternate {
                    self.hoist_nested_vars(a);
                }
            }
            Statement::ForStatement(f) => {
                if let Some(ForStatementInit::VariableDeclaration(d)) = &f.init {
                    var(self, d);
                }
                self.hoist_nested_vars(&f.body);
            }
            Statement::ForInStatement(f) => {
                if let ForStatementLeft::VariableDeclaration(d) = &f.left {
                    var(self, d);
                }
                self.hoist_nested_vars(&f.body);
            }
            Statement::ForOfStatement(f) => {
                if let ForStatementLeft::VariableDeclaration(d) = &f.left {
                    var(self, d);
                }
                self.hoist_nested_vars(&f.body);
            }
            Statement::WhileStatement(w) => self.hoist_nested_vars(&w.body),
            Statement::DoWhileStatement(w) => self.hoist_nested_vars(&w.body),
            Statement::LabeledStatement(l) => self.hoist_nested_vars(&l.body),
            Statement::WithStatement(w) => self.hoist_nested_vars(&w.body),
            Statement::TryStatement(t) => {
                for x in &t.block.body {
                    self.hoist_nested_vars(x);
                }
                if let Some(h) = &t.handler {
                    for x in &h.body.body {
                        self.hoist_nested_vars(x);
                    }
                }
                if let Some(f) = &t.finalizer {
                    for x in &f.body {
                        self.hoist_nested_vars(x);
                    }
                }
            }
            Statement::SwitchStatement(sw) => {
                for c in &sw.cases {
                    for x in &c.consequent {
                        self.hoist_nested_vars(x);
                    }
                }
            }
            _ => {}
        }
    }

    // ---------- statements ----------

    fn stmts(&mut self, body: &[Statement<'_>]) {
        let mut guards = 0;
        for (i, s) in body.iter().enumerate() {
            self.stmt(s);
            // A guard (`if (!onList) return;`): what follows in the block runs only the other
            // way, so it depends on the decision as an `else` would, and an act there (an
            // alert, a message) is done for one side only.
            if let Statement::IfStatement(g) = s {
                if g.alternate.is_none() && always_exits(&g.consequent) {
                    let t = self.if_dec.get(&g.span.start).cloned().unwrap_or_default();
                    if !t.is_empty() {
                        for r in &body[i + 1..] {
                            self.acts(r, &t);
                        }
                        self.pc.push(t);
                        guards += 1;
                    }
                }
            }
        }
        for _ in 0..guards {
            self.pc.pop();
        }
    }

    fn stmt(&mut self, s: &Statement<'_>) {
        // A top-level loop may fill a container, or build a string, the program starts empty
        // (`let s = ""; for (…) s += String.fromCharCode(…)`).
        if self.scopes.len() == 1
            && matches!(
                s,
                Statement::ForStatement(_)
                    | Statement::ForOfStatement(_)
                    | Statement::ForInStatement(_)
                    | Statement::WhileStatement(_)
                    | Statement::DoWhileStatement(_)
            )
        {
            self.note_fill(s.span());
        }
        match s {
            Statement::ExpressionStatement(e) => {
                if self.scopes.len() == 1 {
                    self.note_fill(e.span);
                    self.note_proto_fill(&e.expression, e.span);
                }
                if let Some((name, f)) = filler(&e.expression) {
                    if let Some(i) = self.lookup(&name) {
                        let s = &mut self.syms[i as usize];
                        if s.filled_by.is_none() && s.func.is_none() && s.inits.is_empty() {
                            s.filled_by = Some(f);
                            self.changed = true;
                        }
                    }
                }
                self.expr(&e.expression);
            }
            Statement::VariableDeclaration(d) => self.var_decl(d),
            Statement::FunctionDeclaration(f) => {
                self.function(f, None);
            }
            Statement::ClassDeclaration(c) => self.class(c),
            Statement::ReturnStatement(r) => {
                let mut v = r
                    .argument
                    .as_ref()
                    .map(|e| self.expr(e))
                    .unwrap_or_default();
                for p in &self.pc {
                    v.dec.extend(p.iter().copied());
                }
                let yes_no = r.argument.as_ref().map(yes_or_no);
                let k = r
                    .argument
                    .as_ref()
                    .filter(|e| self.pc.iter().all(|p| p.is_empty()) && self.is_const(e))
                    .map(|e| e.span());
                if let Some(f) = self.fn_stack.last().copied() {
                    let fi = self.fns.entry(f).or_default();
                    match (k, fi.konst_ret) {
                        (Some(k), None) if !fi.other_konst_ret => fi.konst_ret = Some(k),
                        (Some(k), Some(old)) if old == k => {}
                        _ => {
                            fi.konst_ret = None;
                            fi.other_konst_ret = true;
                        }
                    }
                    let before = fi.ret.clone();
                    fi.ret.join(&v);
                    fi.has_return_val |= r.argument.is_some();
                    match yes_no {
                        Some(true) => fi.yes_no = true,
                        Some(false) => fi.other_ret = true,
                        None => {}
                    }
                    if fi.ret != before {
                        self.changed = true;
                    }
                }
            }
            Statement::IfStatement(i) => {
                let mut t = self.expr(&i.test);
                self.inline_test(&i.test, &mut t);
                self.note_test(i.test.span(), &t);
                if !t.dec.is_empty() {
                    self.if_dec.insert(i.span.start, t.dec.clone());
                }
                self.pc.push(t.dec.clone());
                self.stmt(&i.consequent);
                if let Some(a) = &i.alternate {
                    self.stmt(a);
                }
                self.pc.pop();
                if !t.dec.is_empty() {
                    // An act only one way: the other branch does not do the same kind of thing.
                    let kinds = |fl: &Self, s: &Statement<'_>| -> Vec<&'static str> {
                        let text = fl.slice(s.span());
                        crate::rules::target_literal::OVERT_ACTS
                            .iter()
                            .filter(|(n, _)| text.contains(n))
                            .map(|x| x.1)
                            .collect()
                    };
                    let a = kinds(self, &i.consequent);
                    let b = i
                        .alternate
                        .as_ref()
                        .map(|x| kinds(self, x))
                        .unwrap_or_default();
                    if a.iter().any(|k| !b.contains(k)) {
                        self.acts(&i.consequent, &t.dec);
                    }
                    if let Some(alt) = &i.alternate {
                        if b.iter().any(|k| !a.contains(k)) {
                            self.acts(alt, &t.dec);
                        }
                    }
                }
            }
            Statement::BlockStatement(b) => {
                self.push_scope(b.span);
                self.hoist_lex(&b.body);
                self.stmts(&b.body);
                self.pop_scope();
            }
            Statement::SwitchStatement(sw) => {
                let d = self.expr(&sw.discriminant);
                let mut lits = vec![];
                let mut dec = d.dec.clone();
                for c in &sw.cases {
                    if let Some(t) = &c.test {
                        let tv = self.expr(t);
                        if self.is_const(t) {
                            lits.push(t.span());
                        }
                        dec.extend(tv.dec);
                    }
                }
                if let Some(&first) = lits.first() {
                    self.switch_case.insert(key(sw.discriminant.span()), first);
                }
                if d.env() && !lits.is_empty() {
                    let id = self.decision(sw.span, None, "switch", &d, lits);
                    dec.insert(id);
                }
                self.note_test(
                    sw.discriminant.span(),
                    &Val {
                        dec: dec.clone(),
                        ..Default::default()
                    },
                );
                self.pc.push(dec.clone());
                self.push_scope(sw.span);
                for c in &sw.cases {
                    self.hoist_lex(&c.consequent);
                    self.stmts(&c.consequent);
                }
                self.pop_scope();
                self.pc.pop();
            }
            Statement::ForStatement(f) => {
                self.push_scope(f.span);
                if let Some(init) = &f.init {
                    match init {
                        ForStatementInit::VariableDeclaration(d) => self.var_decl(d),
                        _ => {
                            if let Some(e) = init.as_expression() {
                                self.expr(e);
                            }
                        }
                    }
                }
                if let Some(t) = &f.test {
                    self.expr(t);
                }
                if let Some(u) = &f.update {
                    self.expr(u);
                }
                self.stmt(&f.body);
                self.pop_scope();
            }
            Statement::ForOfStatement(f) => {
                self.push_scope(f.span);
                let r = self.expr(&f.right);
                let mut v = Val {
                    src: r.src.clone(),
                    dec: r.dec.clone(),
                    ..Default::default()
                };
                if self.is_const(&f.right) {
                    v.konst = Some((f.right.span(), true));
                }
                self.bind_left(&f.left, &v);
                self.stmt(&f.body);
                self.pop_scope();
            }
            Statement::ForInStatement(f) => {
                self.push_scope(f.span);
                let r = self.expr(&f.right);
                let v = Val {
                    src: r.src.clone(),
                    dec: r.dec.clone(),
                    ..Default::default()
                };
                self.bind_left(&f.left, &v);
                let over = match f.right.without_parentheses() {
                    Expression::Identifier(id) => Some(id.name.to_string()),
                    _ => None,
                };
                let konst = self.is_const(&f.right);
                if konst || over.is_some() {
                    let names: Vec<String> = match &f.left {
                        ForStatementLeft::VariableDeclaration(d) => d
                            .declarations
                            .iter()
                            .flat_map(|d| binding_names(&d.id))
                            .collect(),
                        l => match l.as_assignment_target() {
                            Some(AssignmentTarget::AssignmentTargetIdentifier(id)) => {
                                vec![id.name.to_string()]
                            }
                            _ => vec![],
                        },
                    };
                    for n in names {
                        if let Some(i) = self.lookup(&n) {
                            if konst {
                                self.key_elems.insert(i, f.right.span());
                            }
                            if let Some(o) = &over {
                                self.for_in_over.insert(i, o.clone());
                            }
                        }
                    }
                }
                self.stmt(&f.body);
                self.pop_scope();
            }
            Statement::WhileStatement(w) => {
                self.expr(&w.test);
                self.stmt(&w.body);
            }
            Statement::DoWhileStatement(w) => {
                self.stmt(&w.body);
                self.expr(&w.test);
            }
            Statement::TryStatement(t) => {
                self.push_scope(t.block.span);
                self.hoist_lex(&t.block.body);
                self.stmts(&t.block.body);
                self.pop_scope();
                if let Some(h) = &t.handler {
                    self.push_scope(h.span);
                    if let Some(p) = &h.param {
                        for n in binding_names(&p.pattern) {
                            self.declare(&n, p.span);
                        }
                    }
                    self.hoist_lex(&h.body.body);
                    self.stmts(&h.body.body);
                    self.pop_scope();
                }
                if let Some(f) = &t.finalizer {
                    self.stmts(&f.body);
                }
            }
            Statement::LabeledStatement(l) => self.stmt(&l.body),
            Statement::ThrowStatement(t) => {
                self.expr(&t.argument);
            }
            Statement::ImportDeclaration(imp) => {
                let m = imp
                    .source
                    .value
                    .as_str()
                    .trim_start_matches("node:")
                    .to_string();
                if let Some(specs) = &imp.specifiers {
                    for sp in specs {
                        let (local, path) = match sp {
                            ImportDeclarationSpecifier::ImportSpecifier(s) => (
                                s.local.name.as_str(),
                                format!("{}.{}", m, s.imported.name()),
                            ),
                            ImportDeclarationSpecifier::ImportDefaultSpecifier(s) => {
                                (s.local.name.as_str(), m.clone())
                            }
                            ImportDeclarationSpecifier::ImportNamespaceSpecifier(s) => {
                                (s.local.name.as_str(), m.clone())
                            }
                        };
                        let id = self.declare(local, imp.span);
                        let v = Val {
                            path: Some(path),
                            ..Default::default()
                        };
                        self.set_val(id, &v);
                    }
                }
            }
            Statement::ExportDeclaration(e) => match &e.declaration {
                Declaration::VariableDeclaration(v) => self.var_decl(v),
                Declaration::FunctionDeclaration(f) => {
                    if let Some(id) = &f.id {
                        let i = self.declare(&id.name, f.span);
                        self.syms[i as usize].func = Some(f.span);
                        self.syms[i as usize].def = Some(f.span);
                    }
                    self.function(f, None);
                }
                Declaration::ClassDeclaration(c) => self.class(c),
                _ => {}
            },
            Statement::ExportDefaultDeclaration(e) => match &e.declaration {
                ExportDefaultDeclarationKind::FunctionDeclaration(f) => {
                    self.function(f, None);
                }
                ExportDefaultDeclarationKind::ClassDeclaration(c) => self.class(c),
                k => {
                    if let Some(x) = k.as_expression() {
                        self.expr(x);
                    }
                }
            },
            _ => {}
        }
    }

    fn hoist_lex(&mut self, body: &[Statement<'_>]) {
        for s in body {
            match s {
                Statement::VariableDeclaration(d) if d.kind != VariableDeclarationKind::Var => {
                    for dcl in &d.declarations {
                        for n in binding_names(&dcl.id) {
                            self.declare(&n, dcl.span);
                        }
                    }
                }
                Statement::FunctionDeclaration(f) => {
                    if let Some(id) = &f.id {
                        let i = self.declare(&id.name, f.span);
                        self.syms[i as usize].func = Some(f.span);
                        self.syms[i as usize].def = Some(f.span);
                    }
                }
                _ => {}
            }
        }
    }

    fn note_test(&mut self, test: Span, t: &Val) {
        if t.dec.is_empty() {
            return;
        }
        if let Some(f) = self.fn_stack.last().copied() {
            let fi = self.fns.entry(f).or_default();
            if !fi.tests.contains(&test) {
                fi.tests.push(test);
                self.changed = true;
            }
            fi.dec.extend(t.dec.iter().copied());
        } else {
            // Top-level code: the program itself is the unit.
            let fi = self.fns.entry(u32::MAX).or_default();
            if !fi.tests.contains(&test) {
                fi.tests.push(test);
                self.changed = true;
            }
            fi.dec.extend(t.dec.iter().copied());
        }
    }

    /// Calls made under a decision: alert, console, exit, writes — overt acts.
    fn acts(&mut self, s: &Statement<'_>, dec: &BTreeSet<u32>) {
        let text = self.slice(s.span());
        for (needle, what) in crate::rules::target_literal::OVERT_ACTS {
            if text.contains(needle) {
                let k = (s.span().start, s.span().end, 2u8);
                if !self.eff_by_span.contains_key(&k) {
                    self.eff_by_span.insert(k, self.effects.len());
                    self.effects.push(Effect {
                        span: s.span(),
                        dec: dec.clone(),
                        kind: EffectKind::Act {
                            call: what.to_string(),
                        },
                        func: self.fn_stack.last().copied(),
                    });
                }
                break;
            }
        }
    }

    fn var_decl(&mut self, d: &VariableDeclaration<'_>) {
        for dcl in &d.declarations {
            let v = match &dcl.init {
                Some(e) => {
                    let mut v = self.expr(e);
                    let c = self.is_const(e);
                    self.note_const(e.span(), c);
                    if c && v.konst.is_none() {
                        v.konst = Some((e.span(), false));
                    }
                    v
                }
                None => Val::default(),
            };
            if let (BindingPattern::BindingIdentifier(id), Some(init)) = (&dcl.id, &dcl.init) {
                let i = self
                    .lookup(&id.name)
                    .unwrap_or_else(|| self.declare(&id.name, dcl.span));
                let s = &mut self.syms[i as usize];
                if !s.inits.contains(&init.span()) {
                    s.inits.push(init.span());
                    s.writes += 1;
                }
                s.def.get_or_insert(dcl.span);
                if matches!(
                    init.without_parentheses(),
                    Expression::ArrowFunctionExpression(_)
                        | Expression::FunctionExpression(_)
                        | Expression::ClassExpression(_)
                ) {
                    s.func = Some(init.without_parentheses().span());
                }
                if let Some(t) = proxy_traps(init) {
                    s.traps = t;
                    self.any_traps = true;
                }
                if self.scopes.len() == 1
                    && (empty_container(self.slice(init.span()))
                        || program_instance(init).is_some())
                {
                    let name = id.name.to_string();
                    if !self.empty_names.contains(&name) {
                        self.empty_names.push(name);
                    }
                }
            }
            self.bind_pattern(&dcl.id, &v, dcl.span);
            // `const { A, b: B } = init`: each name is a property of the initialiser (a
            // constant when the initialiser is and the name is not written again).
            if let (BindingPattern::ObjectPattern(o), Some(init)) = (&dcl.id, &dcl.init) {
                for prop in &o.properties {
                    let (Some(k), BindingPattern::BindingIdentifier(id)) =
                        (prop.key.static_name(), &prop.value)
                    else {
                        continue;
                    };
                    if prop.computed {
                        continue;
                    }
                    if let Some(i) = self.lookup(&id.name) {
                        self.fields.insert(i, (init.span(), k.to_string()));
                        self.syms[i as usize].def.get_or_insert(dcl.span);
                    }
                }
            }
        }
    }

    fn bind_left(&mut self, left: &ForStatementLeft<'_>, v: &Val) {
        if let ForStatementLeft::VariableDeclaration(d) = left {
            for dcl in &d.declarations {
                self.bind_pattern(&dcl.id, v, dcl.span);
            }
        } else if let Some(t) = left.as_assignment_target() {
            self.assign_target(t, v);
        }
    }

    /// Bind names of a pattern to a value; destructuring of a known path gives each name its
    /// own path (`{ HTTPS_PROXY: a } = process.env` → `process.env.HTTPS_PROXY`).
    fn bind_pattern(&mut self, p: &BindingPattern<'_>, v: &Val, at: Span) {
        match p {
            BindingPattern::BindingIdentifier(id) => {
                let i = self
                    .lookup(&id.name)
                    .unwrap_or_else(|| self.declare(&id.name, at));
                self.set_val(i, v);
            }
            BindingPattern::ObjectPattern(o) => {
                for prop in &o.properties {
                    let name = prop.key.static_name().map(|c| c.to_string());
                    let mut sub = self.member_val(v, name.as_deref(), prop.span);
                    if let (Some((s, _)), None) = (v.konst, &v.path) {
                        sub.konst = Some((s, true));
                    }
                    self.bind_pattern(&prop.value, &sub, at);
                }
                if let Some(r) = &o.rest {
                    self.bind_pattern(&r.argument, v, at);
                }
            }
            BindingPattern::ArrayPattern(a) => {
                for el in a.elements.iter().flatten() {
                    let mut sub = self.member_val(v, None, el.span());
                    if let Some((s, _)) = v.konst {
                        // A part of a constant: its values are among the constant's.
                        sub.konst = Some((s, true));
                    }
                    self.bind_pattern(el, &sub, at);
                }
                if let Some(r) = &a.rest {
                    self.bind_pattern(&r.argument, v, at);
                }
            }
            BindingPattern::AssignmentPattern(a) => {
                let mut d = self.expr(&a.right);
                d.join(v);
                d.path = v.path.clone();
                d.konst = None;
                self.bind_pattern(&a.left, &d, at);
            }
        }
    }

    fn assign_target(&mut self, t: &AssignmentTarget<'_>, v: &Val) {
        match t {
            AssignmentTarget::AssignmentTargetIdentifier(id) => {
                let i = match self.lookup(&id.name) {
                    Some(i) => i,
                    None => {
                        // An undeclared name: a global of the unit.
                        let saved = self.scopes.len();
                        let top = self.scopes.drain(1..).collect::<Vec<_>>();
                        let i = self.declare(&id.name, id.span);
                        self.scopes.extend(top);
                        debug_assert_eq!(self.scopes.len(), saved);
                        i
                    }
                };
                let mut w = v.clone();
                for p in &self.pc {
                    w.dec.extend(p.iter().copied());
                }
                self.set_val(i, &w);
            }
            _ => {
                if let AssignmentTarget::StaticMemberExpression(sm) = t {
                    let name = sm.property.name.to_string();
                    self.store_prop_funcs(&name, v);
                }
                if let Some(m) = t.as_member_expression() {
                    // `o.p = v`: the object carries the value (coarse).
                    self.store_in(m.object(), v);
                    if let MemberExpression::ComputedMemberExpression(c) = m {
                        self.expr(&c.expression);
                    }
                }
            }
        }
    }

    /// Join `w` into what the class (or function) `k` keeps on `this`; another pass when it
    /// grew.
    fn join_this(&mut self, k: u32, w: &Val) {
        let tv = self.this_vals.entry(k).or_default();
        let before = tv.clone();
        tv.join(w);
        if *tv != before {
            self.changed = true;
        }
    }

    /// A value stored in the object `obj` (`obj.p = v`, `obj.a.b = v`, `obj.set(k, v)`,
    /// `obj.push(v)`): the object it is a part of carries it (coarse: one value per variable,
    /// and per class for `this`), with the decisions controlling the store.
    fn store_in(&mut self, obj: &Expression<'_>, v: &Val) {
        let mut root = obj.without_parentheses();
        while let Some(mm) = root.as_member_expression() {
            root = mm.object().without_parentheses();
        }
        if let Expression::ThisExpression(_) = root {
            let k = self.this_key();
            // A function kept on the object (a registry of callbacks) is not data read from
            // the environment, even when calling it returns some: what a call returns is
            // followed through the call.
            let function_only = !v.funcs.is_empty() && v.konst.is_none() && v.path.is_none();
            let mut w = Val::default();
            if !function_only {
                w.src = v.src.clone();
                w.dec = v.dec.clone();
            }
            for p in &self.pc {
                w.dec.extend(p.iter().copied());
            }
            self.join_this(k, &w);
        }
        if let Expression::Identifier(id) = root {
            if let Some(i) = self.lookup(&id.name) {
                let mut w = v.clone();
                w.path = None;
                w.konst = None;
                for p in &self.pc {
                    w.dec.extend(p.iter().copied());
                }
                self.set_val(i, &w);
            }
        }
    }

    /// Declare a function's parameters (the first one bound to `bind0` when given): the names
    /// each binds, and those of the rest parameter.
    fn bind_params(
        &mut self,
        fp: &FormalParameters<'_>,
        bind0: Option<&Val>,
    ) -> (Vec<Vec<u32>>, Vec<u32>) {
        let mut params = vec![];
        for (k, p) in fp.items.iter().enumerate() {
            let mut pv = Val::default();
            if k == 0 {
                if let Some(b) = bind0 {
                    pv = b.clone();
                }
            }
            if let Some(init) = &p.initializer {
                let d = self.expr(init);
                pv.join(&d);
            }
            let mut slot = vec![];
            for n in binding_names(&p.pattern) {
                let i = self.declare(&n, p.span);
                slot.push(i);
            }
            // The second parameter of a callback given the elements of a constant collection
            // is their index.
            if let (
                1,
                Some(Val {
                    konst: Some((sp, true)),
                    ..
                }),
            ) = (k, bind0)
            {
                if let BindingPattern::BindingIdentifier(_) = &p.pattern {
                    if let Some(&i) = slot.first() {
                        self.index_elems.insert(i, *sp);
                    }
                }
            }
            params.push(slot);
            self.bind_pattern(&p.pattern, &pv, p.span);
        }
        let mut rest = vec![];
        if let Some(r) = &fp.rest {
            for n in binding_names(&r.rest.argument) {
                let i = self.declare(&n, r.span);
                rest.push(i);
            }
        }
        (params, rest)
    }

    fn function(&mut self, f: &Function<'_>, bind0: Option<&Val>) -> Val {
        let id = f.span.start;
        self.fn_stack.push(id);
        self.push_scope(f.span);
        let (params, rest) = self.bind_params(&f.params, bind0);
        let fi = self.fns.entry(id).or_default();
        fi.params = params;
        fi.rest = rest;
        fi.span = f.span;
        if let Some(b) = &f.body {
            self.hoist(&b.statements, false);
            self.hoist_lex(&b.statements);
            self.stmts(&b.statements);
        }
        self.pop_scope();
        self.fn_stack.pop();
        self.fn_value(id)
    }

    /// A function value carries what calling it returns (closures that hand back the
    /// environment: `const get = (() => () => process.env)()`).
    fn fn_value(&self, id: u32) -> Val {
        let r = self.fns.get(&id).map(|f| f.ret.clone()).unwrap_or_default();
        Val {
            src: r.src,
            dec: r.dec,
            funcs: BTreeSet::from([id]),
            ..Default::default()
        }
    }

    fn arrow(&mut self, f: &ArrowFunctionExpression<'_>, bind0: Option<&Val>) -> Val {
        let id = f.span.start;
        self.fn_stack.push(id);
        self.push_scope(f.span);
        let (params, rest) = self.bind_params(&f.params, bind0);
        let fi = self.fns.entry(id).or_default();
        fi.params = params;
        fi.rest = rest;
        fi.span = f.span;
        if let Some(body_expr) = f.body.as_expression() {
            {
                let v = self.expr(body_expr);
                let yn = yes_or_no(body_expr);
                let fi = self.fns.entry(id).or_default();
                let before = fi.ret.clone();
                fi.ret.join(&v);
                fi.has_return_val = true;
                if yn {
                    fi.yes_no = true;
                } else {
                    fi.other_ret = true;
                }
                if fi.ret != before {
                    self.changed = true;
                }
            }
        } else if let ArrowFunctionBody::FunctionBody(b) = &f.body {
            self.hoist(&b.statements, false);
            self.hoist_lex(&b.statements);
            self.stmts(&b.statements);
        }
        self.pop_scope();
        self.fn_stack.pop();
        self.fn_value(id)
    }

    fn this_prop(&mut self, name: &str, value: Span, konst: bool) {
        let k = (self.this_key(), name.to_string());
        let e = self.this_props.entry(k).or_default();
        match e.iter_mut().find(|x| x.0 == value) {
            Some(x) => {
                if x.1 != konst {
                    x.1 = konst;
                    self.changed = true;
                }
            }
            None => {
                e.push((value, konst));
                self.changed = true;
            }
        }
    }

    fn this_key(&self) -> u32 {
        let k = self
            .class_stack
            .last()
            .or(self.fn_stack.last())
            .copied()
            .unwrap_or(u32::MAX);
        self.this_alias.get(&k).copied().unwrap_or(k)
    }

    /// `X.prototype.m = function…` or `X.prototype = {…}` where `X` is a function of the
    /// program: the functions assigned share `X`'s `this` ([`Self::this_key`]).
    fn note_prototype_methods(&mut self, left: &AssignmentTarget<'_>, right: &Expression<'_>) {
        let Some(m) = left.as_member_expression() else {
            return;
        };
        // `X.prototype.m` (the object is `X.prototype`) or `X.prototype` itself.
        let proto = match m {
            MemberExpression::StaticMemberExpression(sm) if sm.property.name == "prototype" => {
                Some(&sm.object)
            }
            _ => match m.object().without_parentheses() {
                Expression::StaticMemberExpression(o) if o.property.name == "prototype" => {
                    Some(&o.object)
                }
                _ => None,
            },
        };
        let Some(Expression::Identifier(x)) = proto.map(|p| p.without_parentheses()) else {
            return;
        };
        let Some(ctor) = self
            .lookup(&x.name)
            .and_then(|i| self.syms[i as usize].func)
            .map(|f| f.start)
        else {
            return;
        };
        let mut starts = vec![];
        match right.without_parentheses() {
            Expression::FunctionExpression(f) => starts.push(f.span.start),
            Expression::ArrowFunctionExpression(f) => starts.push(f.span.start),
            Expression::ObjectExpression(o) => {
                for p in &o.properties {
                    if let ObjectPropertyKind::ObjectProperty(op) = p {
                        if let Expression::FunctionExpression(f) = op.value.without_parentheses() {
                            starts.push(f.span.start);
                        }
                    }
                }
            }
            _ => {}
        }
        for st in starts {
            self.this_alias.insert(st, ctor);
        }
    }

    fn class(&mut self, c: &Class<'_>) {
        // A class declaration is a definition like a function's: constant when its body is
        // pure (static lists behind getters and private fields), and given whole to the
        // sandbox when a hidden list needs it.
        if c.r#type == ClassType::ClassDeclaration {
            if let Some(id) = &c.id {
                let i = match self.lookup(&id.name) {
                    Some(i) => i,
                    None => self.declare(&id.name, c.span),
                };
                let s = &mut self.syms[i as usize];
                s.def.get_or_insert(c.span);
                if s.func.is_none() && s.inits.is_empty() {
                    s.func = Some(c.span);
                }
            }
        }
        self.class_stack.push(c.span.start);
        self.class_body(c);
        self.class_stack.pop();
    }

    fn class_body(&mut self, c: &Class<'_>) {
        for el in &c.body.body {
            let is_static = match el {
                ClassElement::MethodDefinition(m) => m.r#static,
                ClassElement::PropertyDefinition(p) => p.r#static,
                ClassElement::StaticBlock(_) => true,
                _ => false,
            };
            if is_static {
                let parts = self.class_statics.entry(c.span.start).or_default();
                if !parts.contains(&el.span()) {
                    parts.push(el.span());
                }
            }
            match el {
                ClassElement::MethodDefinition(m) => {
                    if m.kind == MethodDefinitionKind::Constructor {
                        self.ctor_of.insert(c.span.start, m.value.span);
                    }
                    self.function(&m.value, None);
                }
                ClassElement::PropertyDefinition(p) => {
                    if let Some(v) = &p.value {
                        let val = self.expr(v);
                        if !p.r#static {
                            if let Some(n) = p.key.static_name() {
                                let c = self.is_const(v);
                                self.this_prop(&n, v.span(), c);
                            }
                            // An instance field's initialiser (`#fmt = new Intl…()`): kept on
                            // `this`, as a store in the constructor is.
                            if val.env() {
                                let k = self.this_key();
                                let w = Val {
                                    src: val.src.clone(),
                                    dec: val.dec.clone(),
                                    ..Default::default()
                                };
                                self.join_this(k, &w);
                            }
                        }
                        // A static field belongs to the class; an instance field to `this`.
                        if let (true, Some(id)) = (p.r#static, &c.id) {
                            if let Some(i) = self.lookup(&id.name) {
                                self.set_val(
                                    i,
                                    &Val {
                                        src: val.src,
                                        dec: val.dec,
                                        ..Default::default()
                                    },
                                );
                            }
                        }
                    }
                }
                ClassElement::StaticBlock(b) => self.stmts(&b.body),
                _ => {}
            }
        }
    }

    // ---------- expressions ----------

    fn source(&mut self, path: &str, span: Span) -> Option<u32> {
        let (label, cat) = crate::rules::environment_source::classify_path(path)?;
        let k = key(span);
        if let Some(&i) = self.src_by_span.get(&k) {
            return Some(i);
        }
        let i = self.sources.len() as u32;
        self.sources.push(Source {
            label,
            category: cat,
            span,
            path: path.to_string(),
        });
        self.src_by_span.insert(k, i);
        self.changed = true;
        Some(i)
    }

    fn decision(
        &mut self,
        span: Span,
        set: Option<(Span, bool)>,
        how: &str,
        env: &Val,
        literals: Vec<Span>,
    ) -> u32 {
        let k = key(span);
        if let Some(&i) = self.dec_by_span.get(&k) {
            let d = &mut self.decisions[i as usize];
            let n = d.src.len() + d.via.len();
            d.src.extend(env.src.iter().copied());
            d.via.extend(env.via.iter().copied());
            if d.src.len() + d.via.len() != n {
                self.changed = true;
            }
            return i;
        }
        let i = self.decisions.len() as u32;
        self.decisions.push(Decision {
            span,
            set,
            how: how.to_string(),
            src: env.src.clone(),
            xf: env.xf.clone(),
            literals,
            kmap: None,
            via: env.via.clone(),
            test_fn: None,
            keys: false,
        });
        self.dec_by_span.insert(k, i);
        self.changed = true;
        i
    }

    /// A test of an environment value with no comparison with a set in it, written inline as
    /// arithmetic on constants (a bit of a bitmap at an index computed from the value's
    /// character codes): made a decision of kind `predicate`, whose list is found by running
    /// the test on every known name ([`Self::test_function`]).
    fn inline_test(&mut self, test: &Expression<'_>, t: &mut Val) {
        let sp = test.span();
        // (A comparison made in the test itself is the test's decision already.)
        let compared_here = t.dec.iter().any(|&d| {
            let ds = self.decisions[d as usize].span;
            ds.start >= sp.start && ds.end <= sp.end && self.decisions[d as usize].test_fn.is_none()
        });
        if compared_here || !t.env() {
            return;
        }
        if let Some(&i) = self.dec_by_span.get(&key(sp)) {
            t.dec.insert(i);
            return;
        }
        if self.inline_tests >= MAX_INLINE_TESTS {
            return;
        }
        let text = self.slice(sp);
        let b = text.as_bytes();
        let arith = (0..b.len()).any(|k| {
            let prev = if k > 0 { b[k - 1] } else { b' ' };
            let next = b.get(k + 1).copied().unwrap_or(b' ');
            match b[k] {
                b'&' | b'|' => prev != b[k] && next != b[k],
                b'^' | b'%' => true,
                b'>' | b'<' => next == b[k] || prev == b[k],
                _ => false,
            }
        }) || text.contains("charCodeAt")
            || text.contains("codePointAt");
        if text.len() > 600 || !arith {
            return;
        }
        let Some(f) = self.test_function(sp) else {
            return;
        };
        self.inline_tests += 1;
        let v = t.clone();
        let id = self.decision(sp, Some((sp, false)), "predicate", &v, vec![]);
        self.decisions[id as usize].test_fn = Some(f);
        t.dec.insert(id);
    }

    /// The text of `sp` with each environment read in it replaced by `(__x)` (the most
    /// specific read where several overlap: a property over the object it is read from, a
    /// read over a call made on it).
    fn with_reads_replaced(&self, sp: Span) -> String {
        let mut inside: Vec<&Source> = self
            .sources
            .iter()
            .filter(|x| x.span.start >= sp.start && x.span.end <= sp.end)
            // The read itself, not a value computed from it that is recorded under the read's
            // path (`l.charCodeAt(0)` for `process.env.HOST…charCodeAt()`): its text starts
            // with the path's root.
            .filter(|x| {
                let root = x.path.split(['.', '(']).next().unwrap_or("");
                !root.is_empty() && self.slice(x.span).trim_start().starts_with(root)
            })
            .collect();
        let prop = |x: &Source| !x.path.ends_with(')');
        inside.sort_by_key(|x| {
            let len = x.span.end - x.span.start;
            (
                x.span.start,
                !prop(x),
                if prop(x) { u32::MAX - len } else { len },
            )
        });
        let mut out = String::new();
        let mut at = sp.start;
        for x in inside {
            if x.span.start < at {
                continue;
            }
            out.push_str(self.slice(Span::new(at, x.span.start)));
            out.push_str("(__x)");
            at = x.span.end;
        }
        out.push_str(self.slice(Span::new(at, sp.end)));
        out
    }

    /// The test at `sp` as a function of the environment value it reads: the names it uses
    /// that were given their value once are defined from their initialisers, back to the
    /// environment read, which becomes the parameter `__x`. None when a name on the way is
    /// neither a constant, a pure global, nor given its value once.
    fn test_function(&mut self, sp: Span) -> Option<String> {
        // (The read may be in the test itself or further back, through the names below.)
        let body = self.with_reads_replaced(sp);
        let mut lines: Vec<(u32, String)> = vec![];
        let mut seen: BTreeSet<String> = BTreeSet::new();
        let (mut todo, ok) = free_names(&body);
        if !ok {
            return None;
        }
        let mut reaches = body.contains("__x");
        while let Some(n) = todo.pop() {
            if n == "__x" || !seen.insert(n.clone()) {
                continue;
            }
            if lines.len() > 12 {
                return None;
            }
            match self.lookup(&n) {
                None => {
                    if !crate::rules::hidden_list::PURE_GLOBALS.contains(&n.as_str())
                        && !matches!(
                            n.as_str(),
                            "Math"
                                | "String"
                                | "Number"
                                | "parseInt"
                                | "parseFloat"
                                | "Boolean"
                                | "JSON"
                                | "undefined"
                                | "NaN"
                                | "Infinity"
                        )
                    {
                        return None;
                    }
                }
                Some(i) => {
                    let (top, inits, writes) = {
                        let s = &self.syms[i as usize];
                        (s.top, s.inits.clone(), s.writes)
                    };
                    let konst = self.sym_const(i);
                    if konst && top {
                        continue;
                    }
                    let [init] = inits.as_slice() else {
                        return None;
                    };
                    if writes > 1 {
                        return None;
                    }
                    let t = self.with_reads_replaced(*init);
                    reaches |= t.contains("__x");
                    let (more, ok) = free_names(&t);
                    if !ok {
                        return None;
                    }
                    lines.push((init.start, format!("var {} = ({});", n, t)));
                    todo.extend(more);
                }
            }
        }
        if !reaches {
            return None;
        }
        lines.sort();
        let defs: String = lines.into_iter().map(|l| l.1).collect::<Vec<_>>().join(" ");
        Some(format!(
            "(function (__x) {{ {} return ({}); }})",
            defs, body
        ))
    }

    /// A comparison's side computed from one element of a constant collection and constants
    /// only (`Buffer.from(s, "base64").toString()` in `L.some(s => …)`): the collection (as
    /// an element-wise set) and the element's transformation as a function.
    fn elem_side(&mut self, e: &Expression<'_>) -> Option<((Span, bool), String, bool)> {
        let mut text = self.slice(e.span());
        // A name given its value once (`const name = decode(entry)` in a loop over a constant
        // collection): its initialiser is that side.
        if let Expression::Identifier(id) = e.without_parentheses() {
            if let Some(i) = self.lookup(&id.name) {
                let s = &self.syms[i as usize];
                if let ([init], true, None) = (s.inits.as_slice(), s.writes <= 1, s.val.konst) {
                    text = self.slice(*init);
                }
            }
        }
        if text.len() > 2000 {
            return None;
        }
        let (free, ok) = free_names(&format!("(() => ({}))", text));
        if !ok {
            return None;
        }
        let mut elem: Option<(String, Span)> = None;
        let mut index: Option<(String, Span)> = None;
        let mut keys = false;
        for n in free {
            match self.lookup(&n) {
                Some(i) => {
                    let s = &self.syms[i as usize];
                    if let Some(&sp) = self.index_elems.get(&i) {
                        // The index of the element (`(_, j) => weave(T, j)`).
                        if index.as_ref().is_some_and(|(m, _)| *m != n) {
                            return None;
                        }
                        index = Some((n, sp));
                    } else if let Some(&sp) = self.key_elems.get(&i) {
                        // A key of a constant object (`for (k in obj)`).
                        if elem.as_ref().is_some_and(|(m, _)| *m != n) {
                            return None;
                        }
                        elem = Some((n, sp));
                        keys = true;
                    } else if let (Some((sp, true)), true) = (s.val.konst, s.writes <= 1) {
                        if elem.as_ref().is_some_and(|(m, _)| *m != n) || keys {
                            return None;
                        }
                        elem = Some((n, sp));
                    } else if !self.sym_const(i) {
                        return None;
                    }
                }
                None => {
                    if !crate::rules::hidden_list::PURE_GLOBALS.contains(&n.as_str()) {
                        return None;
                    }
                }
            }
        }
        if let Some((j, isp)) = index {
            // Element and index of the same collection: mapped with both (`map` passes both).
            if keys || elem.as_ref().is_some_and(|(_, sp)| *sp != isp) {
                return None;
            }
            let e = elem.map(|x| x.0).unwrap_or_else(|| "__e".to_string());
            return Some((
                (isp, true),
                format!("(({}, {}) => ({}))", e, j, text),
                false,
            ));
        }
        let (n, sp) = elem?;
        (keys || text.trim() != n).then(|| ((sp, true), format!("(({}) => ({}))", n, text), keys))
    }

    /// A top-level statement that fills one container the program starts empty, reading
    /// only constants besides it: recorded as part of that container's definition.
    fn note_fill(&mut self, span: Span) {
        let text = self.slice(span);
        if text.len() > 4000 {
            return;
        }
        // (Parsed only when it names a container the program starts empty.)
        if !self.empty_names.iter().any(|n| names_word(text, n)) {
            return;
        }
        // (It may assign to the container itself: `s += …` building a string.)
        let (free, ok, assigned) = free_names_assigned(&format!("() => {{ {} }}", text));
        if !ok || assigned.len() > 1 {
            return;
        }
        let empty = empty_container;
        let mut target: Option<u32> = None;
        for n in free {
            match self.lookup(&n) {
                None => {
                    if !crate::rules::hidden_list::PURE_GLOBALS.contains(&n.as_str()) {
                        return;
                    }
                }
                Some(i) => {
                    let s = &self.syms[i as usize];
                    let init_text = match s.inits.as_slice() {
                        [d] => self.slice(*d),
                        _ => "",
                    };
                    // (An instance of the program's own class, configured by the statements
                    // that follow: `registry.register("codec", …)`.)
                    let instance = init_text
                        .trim()
                        .strip_prefix("new ")
                        .and_then(|r| r.split(['(', ' ']).next())
                        .and_then(|c| self.lookup(c))
                        .is_some_and(|c| {
                            self.syms[c as usize]
                                .func
                                .is_some_and(|f| self.slice(f).starts_with("class"))
                        });
                    let s = &self.syms[i as usize];
                    let is_empty = s.top
                        && s.func.is_none()
                        && s.filled_by.is_none()
                        && writes_outside_fills(s, Some(span)) <= 1
                        && (empty(init_text) || instance);
                    if is_empty {
                        if target.is_some_and(|t| t != i) {
                            return;
                        }
                        target = Some(i);
                    } else if !self.sym_const(i) {
                        return;
                    }
                }
            }
        }
        if let Some(a) = assigned.first() {
            if target.is_none_or(|t| self.syms[t as usize].name != *a) {
                return;
            }
        }
        if let Some(i) = target {
            let s = &mut self.syms[i as usize];
            if !s.fills.contains(&span) && s.fills.len() < 16 {
                s.fills.push(span);
                self.changed = true;
            }
        }
    }

    /// A top-level statement that sets a member of a constructor function's prototype, or
    /// of the function itself (ES5 classes: `F.prototype[Symbol.iterator] = function () {…}`,
    /// `Object.defineProperty(F.prototype, …)`, `Object.assign(F.prototype, …)`): recorded as
    /// part of the function's definition, so that an instance made for the sandbox has its
    /// methods. Whether it reads only constants is decided with the function's own constancy.
    fn note_proto_fill(&mut self, e: &Expression<'_>, span: Span) {
        fn root<'b>(e: &'b Expression<'b>) -> Option<&'b str> {
            match e.without_parentheses() {
                Expression::Identifier(id) => Some(id.name.as_str()),
                Expression::StaticMemberExpression(m) => root(&m.object),
                Expression::ComputedMemberExpression(m) => root(&m.object),
                _ => None,
            }
        }
        let target: Option<&str> = match e.without_parentheses() {
            Expression::AssignmentExpression(a) => match &a.left {
                AssignmentTarget::StaticMemberExpression(m) => root(&m.object),
                AssignmentTarget::ComputedMemberExpression(m) => root(&m.object),
                _ => None,
            },
            Expression::CallExpression(c) => {
                let callee = self.slice(c.callee.span());
                let first = c.arguments.first().and_then(|a| a.as_expression());
                match first {
                    Some(Expression::StaticMemberExpression(m))
                        if matches!(
                            callee,
                            "Object.defineProperty" | "Object.defineProperties" | "Object.assign"
                        ) && m.property.name == "prototype" =>
                    {
                        root(&m.object)
                    }
                    _ => None,
                }
            }
            _ => None,
        };
        let Some(name) = target else {
            return;
        };
        let Some(i) = self.lookup(name) else {
            return;
        };
        let s = &self.syms[i as usize];
        let is_fn = s.top
            && s.func.is_some_and(|f| {
                let t = self.slice(f);
                t.starts_with("function") && !t[8..].trim_start().starts_with('(')
            });
        if !is_fn || self.slice(span).len() > 4000 {
            return;
        }
        let s = &mut self.syms[i as usize];
        if !s.fills.contains(&span) && s.fills.len() < 16 {
            s.fills.push(span);
            self.changed = true;
        }
    }

    /// What a compiled `async` function's state machine awaited: the values its body returns
    /// to the driver (`return [4, x]` for TypeScript, `return x` for regenerator), read back
    /// by `sent`.
    fn awaited(&self) -> Val {
        let r = self
            .fn_stack
            .last()
            .and_then(|f| self.fns.get(f))
            .map(|f| f.ret.clone())
            .unwrap_or_default();
        Val {
            src: r.src,
            dec: r.dec,
            ..Default::default()
        }
    }

    /// The one definition of property `name`, when the program defines it once and it is not
    /// the name of a built-in member (`length`, `map`, `then`…).
    fn prop_def(&self, name: &str) -> Option<PropDef> {
        if crate::rules::target_literal::BUILTIN_MEMBERS.contains(&name) {
            return None;
        }
        match self.props.get(name).map(|v| v.as_slice()) {
            Some([d]) => Some(*d),
            _ => None,
        }
    }

    /// The function a method call `o.name(…)` runs, when the program defines `name` once: a
    /// method, a function value, or a name bound to a function (`{ registryHost }`).
    fn prop_fn(&mut self, name: &str) -> Option<Span> {
        let d = self.prop_def(name)?;
        // The function of an object handed to a getter-defining helper is the getter, not the
        // method: a call through the name calls what it returns.
        if self
            .getter_funcs
            .get(name)
            .is_some_and(|g| g.contains(&d.span.start))
        {
            return None;
        }
        match d.kind {
            PropKind::Method => Some(d.span),
            PropKind::Value => {
                let t = self.slice(d.span).trim();
                if t.is_empty()
                    || !t
                        .chars()
                        .all(|c| c.is_alphanumeric() || c == '_' || c == '$')
                {
                    return None;
                }
                let t = t.to_string();
                let i = self.lookup_at(&t, d.span.start)?;
                self.syms[i as usize].func
            }
            PropKind::Getter => None,
        }
    }

    /// The constant a read of property `name` gives, when its one definition is a constant
    /// value or a pure getter returning one expression.
    fn prop_konst(&mut self, name: &str) -> Option<Span> {
        let d = self.prop_def(name)?;
        match d.kind {
            PropKind::Value => self.pure_span(d.span).then_some(d.span),
            PropKind::Getter => d.ret.filter(|&r| self.pure_span(r)),
            PropKind::Method => None,
        }
    }

    /// Code at `sp` that reads only constants and pure globals (its names resolved where it
    /// is), and not `this`: it can be evaluated on its own.
    fn pure_span(&mut self, sp: Span) -> bool {
        if let Some(&r) = self.pure_span_memo.get(&key(sp)) {
            return r;
        }
        self.pure_span_memo.insert(key(sp), false);
        let text = self.slice(sp);
        let r = !text
            .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$'))
            .any(|w| w == "this")
            && {
                let (free, ok) = free_names(&format!("(() => ({}))", text));
                ok && free.iter().all(|n| match self.lookup_at(n, sp.start) {
                    Some(i) => self.sym_const(i),
                    None => crate::rules::hidden_list::PURE_GLOBALS.contains(&n.as_str()),
                })
            };
        self.pure_span_memo.insert(key(sp), r);
        r
    }

    fn member_val(&mut self, obj: &Val, prop: Option<&str>, span: Span) -> Val {
        let mut v = self.member_val_of(obj, prop, span);
        // `module.exports` of a module that assigned it a function (`module.exports = fn`, a
        // linked file's module object): the functions stored in that very object go with it,
        // so `const f = require("./f"); f()` calls the function. (The object's own stores
        // only: not every function stored under the name `exports` anywhere.)
        if self.higher_order && obj.path.is_none() && prop == Some("exports") {
            add_capped(&mut v.funcs, &obj.funcs);
        }
        // The function stored under this property name (`o.f = fn`, `exports.default = fn`)
        // goes with the value read, so a call of the name it is read into reaches it, as a
        // method call through the property does (`const f = o.f; f()`, a linked module's
        // default export). Only a name one function is stored under, and not `exports`: a
        // bundle's module wrapper reads `e.exports` for every module it loads, which would
        // hand one module's function to every caller of the wrapper.
        if self.higher_order && obj.path.is_none() && prop != Some("exports") {
            if let Some(fs) = prop
                .and_then(|p| self.prop_funcs.get(p))
                .filter(|fs| fs.len() == 1)
            {
                add_capped(&mut v.funcs, fs);
            }
            // A getter defined once under this name: what it returns (sources, decisions, the
            // function it hands out).
            if let Some(&g) = prop
                .and_then(|p| self.getter_funcs.get(p))
                .filter(|fs| fs.len() == 1)
                .and_then(|fs| fs.iter().next())
            {
                if let Some(r) = self.fns.get(&g).map(|f| f.ret.clone()) {
                    v.src.extend(r.src.iter().copied());
                    v.dec.extend(r.dec.iter().copied());
                    add_capped(&mut v.funcs, &r.funcs);
                }
            }
        }
        // A property of an object the flow cannot name (or names by a path that reads
        // nothing: an instance of the program's own class), defined once in the program: what
        // that definition holds (a bundler's `exports.x = …`, an IIFE's `get x() {…}`).
        if obj.path.is_none() || v.src.is_empty() {
            if let Some(d) = prop.and_then(|p| self.prop_def(p)) {
                // (A value property's constant is followed, not what it carries: one name
                // written once would otherwise spread a value to every object read by it.)
                match d.kind {
                    PropKind::Value => {}
                    PropKind::Getter => {
                        if let Some(r) = self.fns.get(&d.span.start).map(|f| f.ret.clone()) {
                            v.src.extend(r.src.iter().copied());
                            v.dec.extend(r.dec.iter().copied());
                        }
                    }
                    PropKind::Method => {}
                }
                if v.konst.is_none() {
                    if let Some(k) = prop.and_then(|p| self.prop_konst(p)) {
                        v.konst = Some((k, false));
                    }
                }
            }
        }
        v
    }

    fn member_val_of(&mut self, obj: &Val, prop: Option<&str>, span: Span) -> Val {
        // A property named like a global of the browser or Node (`global.navigator`,
        // `root.document`, `g.process` in a UMD wrapper) is that global.
        if obj.path.is_none()
            && obj.src.is_empty()
            && prop.is_some_and(|p| matches!(p, "navigator" | "document" | "process"))
        {
            let p = prop.unwrap_or_default();
            let mut v = Val {
                path: Some(p.to_string()),
                dec: obj.dec.clone(),
                ..Default::default()
            };
            if let Some(i) = self.source(p, span) {
                v.src.insert(i);
            }
            return v;
        }
        // `m.default` of a module (an ES module's default export through interop) is the module.
        if prop == Some("default") && obj.path.as_ref().is_some_and(|p| !p.contains('(')) {
            return Val {
                path: obj.path.clone(),
                src: obj.src.clone(),
                dec: obj.dec.clone(),
                via: obj.via.clone(),
                ..Default::default()
            };
        }
        if let Some(p) = &obj.path {
            let path = format!("{}.{}", p, prop.unwrap_or("*"));
            let mut v = Val {
                path: Some(path.clone()),
                ..Default::default()
            };
            if let Some(i) = self.source(&path, span) {
                v.src.insert(i);
            } else {
                v.src = obj.src.clone();
            }
            v.dec = obj.dec.clone();
            return v;
        }
        let mut v = Val {
            src: obj.src.clone(),
            dec: obj.dec.clone(),
            via: obj.via.clone(),
            ..Default::default()
        };
        if let (Some((_, false)), Some(_)) = (obj.konst, prop) {
            v.konst = Some((span, false));
        }
        v.xf = obj
            .xf
            .clone()
            .map(|f| format!("((__x) => ({})(__x).{})", f, prop.unwrap_or("valueOf()")));
        v
    }

    pub fn expr(&mut self, e: &Expression<'_>) -> Val {
        let builds = builds_value(e);
        self.expr_stack.push((e.span(), builds));
        let v = self.expr_inner(e);
        self.expr_stack.pop();
        v
    }

    fn expr_inner(&mut self, e: &Expression<'_>) -> Val {
        match e {
            Expression::Identifier(id) => self.ident(&id.name),
            Expression::ParenthesizedExpression(p) => self.expr(&p.expression),
            // `o.#p`: read as a property named `#p` (private names are the class's own).
            Expression::PrivateFieldExpression(m) => {
                let o = self.expr(&m.object);
                let name = format!("#{}", m.field.name);
                self.member_val(&o, Some(name.as_str()), m.span)
            }
            Expression::StaticMemberExpression(m) => {
                let o = self.expr(&m.object);
                let mut v = self.member_val(&o, Some(m.property.name.as_str()), m.span);
                // A property read through a Proxy of this program: its `get` trap runs with
                // the target (what the Proxy was made from carries it).
                if self.any_traps {
                    let t = handed(&o);
                    if let Some(ret) =
                        self.trap_call(&m.object, "get", &[t.clone(), Val::default(), t])
                    {
                        v.join(&ret);
                    }
                }
                // `_context.sent` (Babel's regenerator): what the state machine awaited.
                if m.property.name == "sent" {
                    v.join(&self.awaited());
                }
                // `this.p` written once in the class, with a constant: that constant.
                if matches!(
                    m.object.without_parentheses(),
                    Expression::ThisExpression(_)
                ) {
                    if let Some(sp) = self.this_const(m.property.name.as_str()) {
                        v.konst = Some((sp, false));
                    }
                }
                v
            }
            Expression::ComputedMemberExpression(m) => {
                let o = self.expr(&m.object);
                let k = self.expr(&m.expression);
                let lit = match m.expression.without_parentheses() {
                    Expression::StringLiteral(s) => Some(s.value.to_string()),
                    _ => None,
                };
                let mut v = self.member_val(&o, lit.as_deref(), m.span);
                if self.any_traps {
                    let t = handed(&o);
                    if let Some(ret) = self.trap_call(&m.object, "get", &[t.clone(), handed(&k), t])
                    {
                        v.join(&ret);
                    }
                }
                if lit.is_none() && o.env() {
                    // An element of an environment value: `parts[0]`, `labels[labels.length - 1]`
                    // (the index may name the object itself).
                    let inner = o.xf.clone().unwrap_or_else(|| "((__x) => __x)".into());
                    let idx = self.slice(m.expression.span()).to_string();
                    v.xf = if self.is_const(&m.expression) {
                        Some(format!("((__x) => ({})(__x)[{}])", inner, idx))
                    } else if let Expression::Identifier(obj) = m.object.without_parentheses() {
                        let (free, _) = free_names(&idx);
                        free.iter().all(|n| n == obj.name.as_str()).then(|| {
                            format!(
                                "((__x) => (function ({}) {{ return {}[{}]; }})(({})(__x)))",
                                obj.name, obj.name, idx, inner
                            )
                        })
                    } else {
                        None
                    };
                }
                // An element of a constant at an index worked out at run time
                // (`TABLE[mid]` in a search): one of the constant's values.
                if lit.is_none() && !k.env() && v.konst.is_none() && self.is_const(&m.object) {
                    v.konst = Some((m.object.span(), true));
                }
                if lit.is_none() {
                    // Indexing a constant with an environment value: a lookup table.
                    if k.env() && self.is_const(&m.object) {
                        let id = self.decision(
                            m.span,
                            Some((m.object.span(), false)),
                            "key lookup",
                            &k,
                            vec![],
                        );
                        v.dec.insert(id);
                    }
                    v.join(&k);
                    if !k.dec.is_empty() && self.is_const(&m.object) {
                        self.choose(m.span, m.object.span(), m.object.span(), &k.dec);
                    }
                }
                v
            }
            Expression::ChainExpression(c) => match &c.expression {
                ChainElement::CallExpression(call) => self.call(call),
                other => {
                    if let Some(m) = other.as_member_expression() {
                        let o = self.expr(m.object());
                        let name = m.static_property_name().map(|s| s.to_string());
                        if let MemberExpression::ComputedMemberExpression(cm) = m {
                            let k = self.expr(&cm.expression);
                            let mut v = self.member_val(&o, None, m.span());
                            v.join(&k);
                            return v;
                        }
                        self.member_val(&o, name.as_deref(), m.span())
                    } else {
                        Val::default()
                    }
                }
            },
            Expression::CallExpression(c) => self.call(c),
            Expression::NewExpression(n) => {
                let callee = self.expr(&n.callee);
                let mut v = Val::default();
                let mut args = vec![];
                for a in &n.arguments {
                    if let Some(x) = a.as_expression() {
                        let av = self.expr(x);
                        args.push(av.clone());
                        v.src.extend(av.src.iter().copied());
                        v.dec.extend(av.dec.iter().copied());
                        v.via.extend(av.via.iter().copied());
                        if v.xf.is_none() && av.env() {
                            v.xf = av.xf.clone();
                        }
                    }
                }
                // `new Promise((resolve) => … resolve(v) …)`: the promise holds what its
                // executor's first parameter is called with.
                if global_name(&n.callee).as_deref() == Some("Promise")
                    && self.lookup("Promise").is_none()
                {
                    if let Some(exec) = args.first().and_then(|a| a.funcs.first().copied()) {
                        let first: Vec<u32> = self
                            .fns
                            .get(&exec)
                            .and_then(|f| f.params.first().cloned())
                            .unwrap_or_default();
                        for s in first {
                            if self.resolvers.insert(s, exec).is_none() {
                                self.changed = true;
                            }
                        }
                        if let Some(r) = self.resolved.get(&exec).cloned() {
                            v.join(&r);
                        }
                    }
                }
                // `new X(…)` of the program's own function or class: the arguments go to the
                // constructor's parameters (what it keeps on `this` is then known).
                // (The function may be the value of a name: `var X = (function () { function
                // X(…) {…} …; return X; }())`, as TypeScript's ES5 classes are.)
                // Like held functions, only in programs up to [`HIGHER_ORDER_MAX`]: a library's
                // bundle constructs its own classes everywhere (measured on axios: the page's
                // address spread into every request object).
                let mut targets: Vec<u32> = vec![];
                if self.higher_order {
                    let own = match n.callee.without_parentheses() {
                        Expression::Identifier(id) => self
                            .lookup(&id.name)
                            .and_then(|i| self.syms[i as usize].func),
                        _ => None,
                    };
                    match own {
                        Some(fs) => targets.push(fs.start),
                        None => targets.extend(callee.funcs.iter().copied()),
                    }
                }
                for t in targets {
                    let ctor = match self.ctor_of.get(&t) {
                        Some(&c) => Some(c),
                        None => self.fns.get(&t).map(|f| f.span),
                    };
                    if let Some(cs) = ctor {
                        self.bind_call(cs, &args);
                    }
                    // The instance carries what the class keeps on `this` (an object whose
                    // fields hold the time zone carries it into `+obj`, `${obj}`, `obj.f`).
                    let k = self.this_alias.get(&t).copied().unwrap_or(t);
                    if let Some(tv) = self.this_vals.get(&k) {
                        v.src.extend(tv.src.iter().copied());
                        v.dec.extend(tv.dec.iter().copied());
                        v.via.extend(tv.via.iter().copied());
                    }
                }
                if let Some(p) = callee.path.clone().or_else(|| global_name(&n.callee)) {
                    let path = format!("new {}()", p);
                    if let Some(i) = self.source(&path, n.span) {
                        v.src.insert(i);
                    }
                    v.path = Some(path);
                }
                if self.is_const(e) {
                    v.konst = Some((n.span, false));
                }
                v
            }
            Expression::BinaryExpression(b) => {
                let l = self.expr(&b.left);
                let r = self.expr(&b.right);
                let mut v = Val::default();
                v.join(&l);
                v.join(&r);
                v.path = None;
                v.xf = None;
                use BinaryOperator as B;
                if compares(b.operator) {
                    // Both sides may carry the environment when one is an element of a list
                    // kept with it (on `this`): the constant side is the set.
                    let l_is_set = l.konst.is_some() && r.env() && r.konst.is_none();
                    let (env, other, oe) = if l.env() && !l_is_set {
                        (&l, &r, &b.right)
                    } else {
                        (&r, &l, &b.left)
                    };
                    if b.operator == B::In && l.env() {
                        if let Some(ret) =
                            self.trap_call(&b.right, "has", &[Val::default(), l.clone()])
                        {
                            v.join(&ret);
                        }
                    }
                    if env.env() && (other.konst.is_some() || self.is_const(oe)) {
                        let set = other.konst.or(Some((oe.span(), false)));
                        let how = if b.operator == B::In {
                            "key of"
                        } else {
                            b.operator.as_str()
                        };
                        let id = self.decision(b.span, set, how, env, vec![]);
                        v.dec.insert(id);
                    } else if env.env() {
                        if let Some((set, kmap, keys)) = self.elem_side(oe) {
                            let env = env.clone();
                            let id =
                                self.decision(b.span, Some(set), b.operator.as_str(), &env, vec![]);
                            self.decisions[id as usize].kmap = Some(kmap);
                            self.decisions[id as usize].keys = keys;
                            v.dec.insert(id);
                        }
                    }
                } else if env_xf_ok(b.operator)
                    && l.env()
                    && r.env()
                    && l.src == r.src
                    && (l.xf.is_some() || r.xf.is_some())
                {
                    // Both sides worked out from the same value (`(s.charCodeAt(0) - 97) * 26 +
                    // (s.charCodeAt(1) - 97)`): the steps of both.
                    let id = "((__x) => __x)".to_string();
                    v.xf = Some(format!(
                        "((__x) => ({})(__x) {} ({})(__x))",
                        l.xf.clone().unwrap_or_else(|| id.clone()),
                        b.operator.as_str(),
                        r.xf.clone().unwrap_or(id)
                    ));
                } else if env_xf_ok(b.operator) {
                    let (envv, lhs) = if l.env() {
                        (Some(&l), true)
                    } else if r.env() {
                        (Some(&r), false)
                    } else {
                        (None, true)
                    };
                    if let Some(ev) = envv {
                        if self.is_const(if lhs { &b.right } else { &b.left }) {
                            let inner = ev.xf.clone().unwrap_or_else(|| "((__x) => __x)".into());
                            let other =
                                self.slice(if lhs { b.right.span() } else { b.left.span() });
                            v.xf = Some(if lhs {
                                format!(
                                    "((__x) => ({})(__x) {} ({}))",
                                    inner,
                                    b.operator.as_str(),
                                    other
                                )
                            } else {
                                format!(
                                    "((__x) => ({}) {} ({})(__x))",
                                    other,
                                    b.operator.as_str(),
                                    inner
                                )
                            });
                        }
                    }
                }
                if v.konst.is_some() && !self.is_const(e) {
                    v.konst = None;
                }
                if self.is_const(e) {
                    v.konst = Some((b.span, false));
                }
                v
            }
            Expression::LogicalExpression(l) => {
                let a = self.expr(&l.left);
                let b = self.expr(&l.right);
                let mut v = a.clone();
                v.join(&b);
                if l.operator == LogicalOperator::And
                    && !a.dec.is_empty()
                    && b.dec.is_empty()
                    && b.konst.is_some()
                {
                    // `decision && "text"`: selects the text.
                    self.choose(l.span, l.right.span(), Span::new(0, 0), &a.dec);
                }
                if self.is_const(e) {
                    v.konst = Some((l.span, false));
                } else {
                    v.konst = None;
                }
                v
            }
            Expression::ConditionalExpression(c) => {
                let mut t = self.expr(&c.test);
                self.inline_test(&c.test, &mut t);
                self.note_test(c.test.span(), &t);
                self.pc.push(t.dec.clone());
                let a = self.expr(&c.consequent);
                let b = self.expr(&c.alternate);
                self.pc.pop();
                let mut v = a.clone();
                v.join(&b);
                v.dec.extend(t.dec.iter().copied());
                v.konst = None;
                if !t.dec.is_empty() {
                    self.choose(c.span, c.consequent.span(), c.alternate.span(), &t.dec);
                }
                if self.is_const(e) {
                    v.konst = Some((c.span, false));
                }
                v
            }
            Expression::AssignmentExpression(a) => {
                self.note_prototype_methods(&a.left, &a.right);
                let mut v = self.expr(&a.right);
                if a.operator != AssignmentOperator::Assign {
                    if let Some(SimpleAssignmentTarget::AssignmentTargetIdentifier(id)) =
                        a.left.as_simple_assignment_target()
                    {
                        let old = self.ident(&id.name);
                        v.join(&old);
                    }
                    v.konst = None;
                } else {
                    let c = self.is_const(&a.right);
                    self.note_const(a.right.span(), c);
                    if c {
                        v.konst = Some((a.right.span(), false));
                    }
                }
                if let AssignmentTarget::AssignmentTargetIdentifier(id) = &a.left {
                    if let Some(i) = self.lookup(&id.name) {
                        let s = &mut self.syms[i as usize];
                        if !s.inits.contains(&a.right.span()) {
                            s.inits.push(a.right.span());
                            s.writes += 1;
                        }
                        if s.def.is_none() && s.top {
                            s.def = Some(a.span);
                        }
                    }
                }
                if let AssignmentTarget::StaticMemberExpression(m) = &a.left {
                    if matches!(
                        m.object.without_parentheses(),
                        Expression::ThisExpression(_)
                    ) {
                        let c = a.operator == AssignmentOperator::Assign && v.konst.is_some();
                        self.this_prop(m.property.name.as_str(), a.right.span(), c);
                    }
                }
                if let Some(p) = a.left.as_assignment_target_pattern() {
                    self.assign_pattern(p, &v);
                } else {
                    self.assign_target(&a.left, &v);
                }
                v
            }
            Expression::SequenceExpression(s) => {
                let mut v = Val::default();
                for x in &s.expressions {
                    v = self.expr(x);
                }
                v
            }
            Expression::UnaryExpression(u) => {
                let mut v = self.expr(&u.argument);
                v.path = None;
                if u.operator == UnaryOperator::Typeof {
                    return Val::default();
                }
                // `-getTimezoneOffset()`: the transformation goes on with the operator.
                if v.env()
                    && matches!(
                        u.operator,
                        UnaryOperator::UnaryNegation
                            | UnaryOperator::UnaryPlus
                            | UnaryOperator::BitwiseNot
                    )
                {
                    let inner = v.xf.clone().unwrap_or_else(|| "((__x) => __x)".into());
                    v.xf = Some(format!(
                        "((__x) => {}(({})(__x)))",
                        u.operator.as_str(),
                        inner
                    ));
                }
                v.konst = if self.is_const(e) {
                    Some((u.span, false))
                } else {
                    None
                };
                v
            }
            Expression::UpdateExpression(_) => Val::default(),
            Expression::ThisExpression(_) => {
                let k = self.this_key();
                self.this_vals.get(&k).cloned().unwrap_or_default()
            }
            Expression::AwaitExpression(a) => self.expr(&a.argument),
            // What a generator yields is what iterating it gives (`for (const x of gen())`,
            // `for await`, spreads): kept as the function's result, as a return is.
            Expression::YieldExpression(y) => {
                let mut v = y
                    .argument
                    .as_ref()
                    .map(|e| self.expr(e))
                    .unwrap_or_default();
                v.konst = None;
                v.path = None;
                for p in &self.pc {
                    v.dec.extend(p.iter().copied());
                }
                if let Some(f) = self.fn_stack.last().copied() {
                    let fi = self.fns.entry(f).or_default();
                    let before = fi.ret.clone();
                    fi.ret.join(&v);
                    fi.has_return_val = true;
                    fi.other_ret = true;
                    if fi.ret != before {
                        self.changed = true;
                    }
                }
                Val::default()
            }
            Expression::TemplateLiteral(t) => {
                let mut v = Val::default();
                for x in &t.expressions {
                    let xv = self.expr(x);
                    v.join(&xv);
                }
                v.path = None;
                v.xf = None;
                if self.is_const(e) {
                    v.konst = Some((t.span, false));
                }
                v
            }
            Expression::TaggedTemplateExpression(t) => {
                let mut v = self.expr(&t.tag);
                for x in &t.quasi.expressions {
                    let xv = self.expr(x);
                    v.join(&xv);
                }
                v.path = None;
                if self.is_const(e) {
                    v.konst = Some((t.span, false));
                }
                v
            }
            Expression::ArrayExpression(a) => {
                let mut v = Val::default();
                for el in &a.elements {
                    if let Some(x) = el.as_expression() {
                        let xv = self.expr(x);
                        v.join(&xv);
                    } else if let ArrayExpressionElement::SpreadElement(s) = el {
                        let xv = self.expr(&s.argument);
                        v.join(&xv);
                    }
                }
                v.path = None;
                v.xf = None;
                if self.is_const(e) {
                    v.konst = Some((a.span, false));
                }
                v
            }
            Expression::ObjectExpression(o) => {
                let mut v = Val::default();
                for p in &o.properties {
                    match p {
                        ObjectPropertyKind::ObjectProperty(op) => {
                            if let PropertyKey::StaticIdentifier(_) = &op.key {
                            } else if let Some(k) = op.key.as_expression() {
                                self.expr(k);
                            }
                            let xv = self.expr(&op.value);
                            if let Some(name) = op.key.static_name() {
                                self.store_prop_funcs(&name, &xv);
                            }
                            v.join(&xv);
                        }
                        ObjectPropertyKind::SpreadProperty(s) => {
                            let xv = self.expr(&s.argument);
                            v.join(&xv);
                        }
                    }
                }
                v.path = None;
                v.xf = None;
                if self.is_const(e) {
                    v.konst = Some((o.span, false));
                }
                v
            }
            Expression::ArrowFunctionExpression(f) => self.arrow(f, None),
            Expression::FunctionExpression(f) => self.function(f, None),
            Expression::ClassExpression(c) => {
                self.class(c);
                Val::default()
            }
            Expression::StringLiteral(s) => Val {
                konst: Some((s.span, false)),
                ..Default::default()
            },
            Expression::NumericLiteral(s) => Val {
                konst: Some((s.span, false)),
                ..Default::default()
            },
            Expression::BooleanLiteral(s) => Val {
                konst: Some((s.span, false)),
                ..Default::default()
            },
            Expression::RegExpLiteral(s) => Val {
                konst: Some((s.span, false)),
                ..Default::default()
            },
            Expression::BigIntLiteral(s) => Val {
                konst: Some((s.span, false)),
                ..Default::default()
            },
            Expression::NullLiteral(s) => Val {
                konst: Some((s.span, false)),
                ..Default::default()
            },
            Expression::TSAsExpression(t) => self.expr(&t.expression),
            Expression::TSSatisfiesExpression(t) => self.expr(&t.expression),
            Expression::TSNonNullExpression(t) => self.expr(&t.expression),
            _ => Val::default(),
        }
    }

    fn assign_pattern(&mut self, p: &AssignmentTargetPattern<'_>, v: &Val) {
        match p {
            AssignmentTargetPattern::ObjectAssignmentTarget(o) => {
                for prop in &o.properties {
                    match prop {
                        AssignmentTargetProperty::AssignmentTargetPropertyIdentifier(id) => {
                            let sub = self.member_val(v, Some(id.binding.name.as_str()), id.span);
                            if let Some(i) = self.lookup(&id.binding.name) {
                                self.set_val(i, &sub);
                            }
                        }
                        AssignmentTargetProperty::AssignmentTargetPropertyProperty(pp) => {
                            let name = pp.name.static_name().map(|c| c.to_string());
                            let sub = self.member_val(v, name.as_deref(), pp.span);
                            if let Some(t) = pp.binding.as_assignment_target() {
                                self.assign_target(t, &sub);
                            }
                        }
                    }
                }
            }
            AssignmentTargetPattern::ArrayAssignmentTarget(a) => {
                for el in a.elements.iter().flatten() {
                    if let Some(t) = el.as_assignment_target() {
                        let sub = Val {
                            src: v.src.clone(),
                            dec: v.dec.clone(),
                            ..Default::default()
                        };
                        self.assign_target(t, &sub);
                    }
                }
            }
        }
    }

    fn ident(&mut self, name: &str) -> Val {
        if let Some(i) = self.lookup(name) {
            let s = &self.syms[i as usize];
            let mut v = s.val.clone();
            // (A container filled after its empty start is its name's whole definition, not
            // its initialiser.)
            if s.writes > 1 || !s.fills.is_empty() {
                v.konst = None;
            }
            if let Some(f) = self.syms[i as usize].func {
                if v.funcs.len() < MAX_FUNCS {
                    v.funcs.insert(f.start);
                }
            }
            if v.konst.is_none() && self.syms[i as usize].fills.is_empty() && self.sym_const(i) {
                if let Some(d) = self.syms[i as usize]
                    .inits
                    .first()
                    .copied()
                    .or(self.syms[i as usize].func)
                {
                    v.konst = Some((d, false));
                }
            }
            return v;
        }
        let mut v = Val::default();
        if crate::rules::environment_source::ROOTS.contains(&name) {
            v.path = Some(name.to_string());
            if let Some(i) = self.source(name, Span::new(0, 0)) {
                v.src.insert(i);
            }
        }
        v
    }

    fn call(&mut self, c: &CallExpression<'_>) -> Val {
        // Method calls: receiver first.
        let (recv, method, recv_expr) = match c.callee.without_parentheses() {
            Expression::StaticMemberExpression(m) => (
                Some(self.expr(&m.object)),
                Some(m.property.name.to_string()),
                Some(&m.object),
            ),
            Expression::PrivateFieldExpression(m) => (
                Some(self.expr(&m.object)),
                Some(format!("#{}", m.field.name)),
                Some(&m.object),
            ),
            Expression::ComputedMemberExpression(m) => {
                let o = self.expr(&m.object);
                self.expr(&m.expression);
                let name = match &m.expression {
                    Expression::StringLiteral(s) => Some(s.value.to_string()),
                    _ => None,
                };
                (Some(o), name, Some(&m.object))
            }
            _ => (None, None, None),
        };
        // A plain callee (identifier, IIFE, call result): walk it; a function value that
        // returns the environment makes the call return it too.
        let callee_val = if recv.is_none() {
            Some(self.expr(&c.callee))
        } else {
            None
        };
        let recv_const = recv_expr.is_some_and(|r| self.is_const(r));
        // Arguments; a callback of an iteration method gets one element of the receiver.
        let mut args: Vec<Val> = vec![];
        for (k, a) in c.arguments.iter().enumerate() {
            let Some(x) = a.as_expression() else {
                if let Argument::SpreadElement(s) = a {
                    let v = self.expr(&s.argument);
                    args.push(v);
                }
                continue;
            };
            let elem = if k == 0
                && method
                    .as_deref()
                    .is_some_and(|m| crate::rules::target_literal::ITERATORS.contains(&m))
            {
                let r = recv.clone().unwrap_or_default();
                let mut ev = Val {
                    src: r.src.clone(),
                    dec: r.dec.clone(),
                    funcs: r.funcs.clone(),
                    via: r.via.clone(),
                    ..Default::default()
                };
                if recv_const {
                    ev.konst = recv_expr.map(|r| (r.span(), true));
                } else if let Some((k, _)) = r.konst {
                    // A constant reached through a name or property that is not one by itself
                    // (`this.profiles` set once to a list): the list's own expression.
                    ev.konst = Some((k, true));
                }
                Some(ev)
            } else {
                None
            };
            let v = match (x.without_parentheses(), &elem) {
                (Expression::ArrowFunctionExpression(f), Some(ev)) => {
                    self.arrow(f, Some(ev));
                    self.fns
                        .get(&f.span.start)
                        .map(|fi| fi.ret.clone())
                        .unwrap_or_default()
                }
                (Expression::FunctionExpression(f), Some(ev)) => {
                    self.function(f, Some(ev));
                    self.fns
                        .get(&f.span.start)
                        .map(|fi| fi.ret.clone())
                        .unwrap_or_default()
                }
                // A function of the program passed by name (`langs.some(isLegacy)`): called
                // with one element.
                (Expression::Identifier(id), Some(ev)) => {
                    let fv = self.expr(x);
                    match self
                        .lookup(&id.name)
                        .and_then(|i| self.syms[i as usize].func)
                    {
                        Some(fs) => {
                            let mut ret = self.bind_call(fs, std::slice::from_ref(ev));
                            ret.konst = None;
                            ret.join(&fv);
                            ret
                        }
                        None => fv,
                    }
                }
                _ => self.expr(x),
            };
            args.push(v);
        }
        let mut out = Val::default();
        if let Some(cv) = &callee_val {
            out.src.extend(cv.src.iter().copied());
            out.dec.extend(cv.dec.iter().copied());
            out.via.extend(cv.via.iter().copied());
        }
        // A known global or module path: maybe a source.
        let callee_path = match (&recv, &method) {
            (Some(r), Some(m)) => r.path.as_ref().map(|p| format!("{}.{}", p, m)),
            _ => match c.callee.without_parentheses() {
                Expression::Identifier(id) => self
                    .ident(&id.name)
                    .path
                    .or_else(|| Some(id.name.to_string()).filter(|n| self.lookup(n).is_none())),
                _ => None,
            },
        };
        if let Some(p) = &callee_path {
            let first = c
                .arguments
                .first()
                .and_then(|a| a.as_expression())
                .and_then(literal_text);
            if p == "require" {
                if let Some(m) = first {
                    out.path = Some(m.trim_start_matches("node:").to_string());
                    return out;
                }
            }
            let path = match &first {
                Some(a) => format!("{}({})", p, a),
                None => format!("{}()", p),
            };
            // A method that reads the environment whatever its arguments
            // (`d.toLocaleTimeString("en-US", { timeZoneName: "long" })`).
            let any_args = || {
                method
                    .as_deref()
                    .and_then(crate::rules::environment_source::env_method)
                    .map(|_| format!("{}()", p))
            };
            if let Some(i) = self.source(&path, c.span).or_else(|| {
                first
                    .is_some()
                    .then(any_args)
                    .flatten()
                    .and_then(|q| self.source(&q, c.span))
            }) {
                out.src.insert(i);
            }
            out.path = Some(format!("{}()", p));
        }
        // A method whose result depends on the environment whatever it is called on
        // (`d.getTimezoneOffset()` on any date, `f.resolvedOptions()` on any formatter).
        if out.src.is_empty() && recv.as_ref().is_some_and(|r| r.path.is_none()) {
            if let Some(path) = method
                .as_deref()
                .and_then(crate::rules::environment_source::env_method)
            {
                if let Some(i) = self.source(path, c.span) {
                    out.src.insert(i);
                    out.path = Some(path.to_string());
                }
            }
        }
        // A module handed through a bundler's interop helper (`__importDefault(require("fs"))`,
        // `__toESM(require("os"))`) is still that module.
        if out.path.is_none() {
            if let (Expression::Identifier(id), [a0]) =
                (c.callee.without_parentheses(), args.as_slice())
            {
                if crate::rules::environment_source::is_interop_helper(&id.name) {
                    if let Some(p) = a0.path.as_ref().filter(|p| !p.contains('(')) {
                        out.path = Some(p.clone());
                    }
                }
            }
        }
        // Membership by a function of the set and the value: `Object.hasOwn(set, v)`,
        // `Object.prototype.hasOwnProperty.call(set, v)`, `Reflect.has(set, v)`.
        if let Some((how, si, ki)) = static_callee(&c.callee).and_then(|t| {
            crate::rules::target_literal::COMPARE_FUNCTIONS
                .iter()
                .find(|f| f.0 == t && self.lookup(t.split('.').next().unwrap_or("")).is_none())
                .map(|f| (f.0, f.1, f.2))
        }) {
            let set_e = c.arguments.get(si).and_then(|a| a.as_expression());
            if let (Some(se), Some(kv)) = (set_e, args.get(ki)) {
                if kv.env() {
                    let set = if self.is_const(se) {
                        Some((se.span(), false))
                    } else {
                        args.get(si).and_then(|v| v.konst)
                    };
                    if set.is_some() {
                        let kv = kv.clone();
                        let id = self.decision(c.span, set, how, &kv, vec![]);
                        out.dec.insert(id);
                    }
                }
            }
        }
        // `Object.is(a, b)`: an equality test, as `===` is.
        if static_callee(&c.callee).as_deref() == Some("Object.is")
            && self.lookup("Object").is_none()
            && args.len() == 2
        {
            for (e, o) in [(0usize, 1usize), (1, 0)] {
                let oe = c.arguments[o].as_expression();
                if args[e].env()
                    && (args[o].konst.is_some() || oe.is_some_and(|x| self.is_const(x)))
                {
                    let set = args[o].konst.or(oe.map(|x| (x.span(), false)));
                    let ev = args[e].clone();
                    let id = self.decision(c.span, set, "===", &ev, vec![]);
                    out.dec.insert(id);
                    break;
                }
            }
        }
        // `_a.sent()` (TypeScript's `__generator`): what the state machine awaited.
        if method.as_deref() == Some("sent") && c.arguments.is_empty() {
            out.join(&self.awaited());
        }
        // Comparisons by method.
        if let Some(m) = method.as_deref() {
            let r = recv.clone().unwrap_or_default();
            let a0 = args.first().cloned().unwrap_or_default();
            let a0e = c.arguments.first().and_then(|a| a.as_expression());
            if crate::rules::target_literal::COMPARE_METHODS.contains(&m) {
                if a0.env() && (recv_const || r.konst.is_some()) {
                    let set = if recv_const {
                        recv_expr.map(|r| (r.span(), false))
                    } else {
                        r.konst
                    };
                    let id = self.decision(c.span, set, m, &a0, vec![]);
                    out.dec.insert(id);
                } else if r.env() && a0e.is_some_and(|x| self.is_const(x)) {
                    let id = self.decision(c.span, a0e.map(|x| (x.span(), false)), m, &r, vec![]);
                    out.dec.insert(id);
                } else if r.env() && a0.konst.is_some_and(|k| k.1) {
                    let id = self.decision(c.span, a0.konst, m, &r, vec![]);
                    out.dec.insert(id);
                } else if let Some((set, kmap, keys, env)) = if r.env() {
                    a0e.and_then(|x| self.elem_side(x))
                        .map(|(s, k, keys)| (s, k, keys, r.clone()))
                } else if a0.env() {
                    recv_expr
                        .and_then(|x| self.elem_side(x))
                        .map(|(s, k, keys)| (s, k, keys, a0.clone()))
                } else {
                    None
                } {
                    let id = self.decision(c.span, Some(set), m, &env, vec![]);
                    self.decisions[id as usize].kmap = Some(kmap);
                    self.decisions[id as usize].keys = keys;
                    out.dec.insert(id);
                }
            }
            // Receiver flows into the result (string and array methods); not for a pure
            // global function reached through an object standing for the global one
            // (`global.atob(s)` in a UMD factory handed a shim that also holds the language).
            let global_fn = m.starts_with(|c: char| c.is_ascii_lowercase())
                && crate::rules::hidden_list::PURE_GLOBALS.contains(&m);
            if !global_fn {
                out.src.extend(r.src.iter().copied());
                out.dec.extend(r.dec.iter().copied());
                out.via.extend(r.via.iter().copied());
            }
            if !matches!(m, "call" | "apply" | "bind") {
                out.join(&Val {
                    funcs: r.funcs.clone(),
                    ..Default::default()
                });
            }
            if r.env()
                && out.xf.is_none()
                && c.arguments
                    .iter()
                    .all(|a| a.as_expression().is_some_and(|x| self.is_const(x)))
            {
                let inner = r.xf.clone().unwrap_or_else(|| "((__x) => __x)".into());
                let args_text = self.slice(Span::new(
                    c.arguments
                        .first()
                        .map(|a| a.span().start)
                        .unwrap_or(c.span.end),
                    c.arguments
                        .last()
                        .map(|a| a.span().end)
                        .unwrap_or(c.span.end),
                ));
                out.xf = Some(format!(
                    "((__x) => ({})(__x){}{}({}))",
                    inner,
                    if c.optional { "?." } else { "." },
                    m,
                    if c.arguments.is_empty() {
                        ""
                    } else {
                        args_text
                    }
                ));
            }
        }
        // `Reflect.has(p, k)`, `Reflect.get(p, k)`, `Reflect.apply(p, self, args)` on a Proxy of
        // this program: the handler's trap is called with the target and the rest.
        if let (Some(m), Some(Expression::Identifier(r))) = (
            method.as_deref(),
            recv_expr.map(|r| r.without_parentheses()),
        ) {
            if r.name == "Reflect" && self.lookup("Reflect").is_none() {
                if let Some(Some(p)) = c.arguments.first().map(|a| a.as_expression()) {
                    let mut targs = vec![Val::default()];
                    targs.extend(args.iter().skip(1).cloned());
                    if let Some(ret) = self.trap_call(p, m, &targs) {
                        out.join(&ret);
                    }
                }
            }
        }
        // Calls of functions of this program: arguments to parameters, return value back.
        // A method of an object the flow cannot name is found by its name when the program
        // defines it once (`transport.host()`, a bundler's `_512.locale()`, called as
        // `(0, m.locale)(…)` by esbuild and TypeScript).
        let fspan = match unsequenced(&c.callee) {
            Expression::Identifier(id) => self
                .lookup(&id.name)
                .and_then(|i| self.syms[i as usize].func),
            Expression::StaticMemberExpression(m)
                if !std::ptr::eq(unsequenced(&c.callee), c.callee.without_parentheses()) =>
            {
                let o = self.expr(&m.object);
                if o.path.is_none() {
                    self.prop_fn(m.property.name.as_str())
                } else {
                    None
                }
            }
            Expression::StaticMemberExpression(m)
                if recv.as_ref().is_some_and(|r| {
                    r.path.as_deref().is_none_or(|p| {
                        crate::rules::environment_source::classify_path(p).is_none()
                            && !crate::rules::environment_source::ROOTS
                                .contains(&p.split(['.', '(']).next().unwrap_or(""))
                    })
                }) =>
            {
                self.prop_fn(m.property.name.as_str())
            }
            // `o.#m(…)`: the class's private method of that name.
            Expression::PrivateFieldExpression(m) => self.prop_fn(&format!("#{}", m.field.name)),
            _ => None,
        };
        // A spread argument (`fn(...args)`) may fill every parameter from its place on.
        if let Some(k) = c
            .arguments
            .iter()
            .position(|a| matches!(a, Argument::SpreadElement(_)))
        {
            if let Some(v) = args.get(k).cloned() {
                while args.len() < k + 4 {
                    args.push(v.clone());
                }
            }
        }
        self.platform_callbacks(c, method.as_deref(), recv.as_ref(), &args, &mut out);
        self.note_getter(c, &args);
        // A value put in an object by a function of the platform (a getter defined with
        // `Object.defineProperty`, `Object.assign`).
        if let Some((oi, from)) = static_callee(&c.callee).and_then(|t| {
            crate::rules::target_literal::STORE_FUNCTIONS
                .iter()
                .find(|f| f.0 == t && self.lookup(t.split('.').next().unwrap_or("")).is_none())
                .map(|f| (f.1, f.2))
        }) {
            let mut w = Val::default();
            for a in args.iter().skip(from) {
                w.join(a);
            }
            if let Some(o) = c.arguments.get(oi).and_then(|a| a.as_expression()) {
                if !w.src.is_empty() || !w.dec.is_empty() || !w.funcs.is_empty() {
                    w.konst = None;
                    w.xf = None;
                    w.path = None;
                    self.store_in(o, &w);
                    out.join(&w);
                }
            }
        }
        // A value put in a collection (`cache.set(k, v)`, `seen.add(v)`, `out.push(v)`): the
        // collection carries it, as `o.p = v` does, and what is read back from it too.
        if let (Some(m), Some(re)) = (method.as_deref(), recv_expr) {
            if let Some(&(_, from)) = crate::rules::target_literal::STORE_METHODS
                .iter()
                .find(|s| s.0 == m)
            {
                let mut w = Val::default();
                for a in args.iter().skip(from) {
                    w.join(a);
                }
                let pc_dec = self.pc.iter().any(|p| !p.is_empty());
                if !w.src.is_empty() || !w.dec.is_empty() || !w.funcs.is_empty() || pc_dec {
                    w.konst = None;
                    w.xf = None;
                    self.store_in(re, &w);
                }
            }
        }
        // A function held in a value (a parameter, a stored callback, a function another one
        // returned): each function it may be is called. `f.call(self, …)` and
        // `f.apply(self, args)` too.
        if fspan.is_none() && self.higher_order {
            let (held, hargs): (Vec<u32>, Vec<Val>) = match (method.as_deref(), &recv) {
                (None, _) => (
                    callee_val
                        .as_ref()
                        .map(|v| v.funcs.iter().copied().collect())
                        .unwrap_or_default(),
                    args.clone(),
                ),
                (Some("call"), Some(r)) => (
                    r.funcs.iter().copied().collect(),
                    args.iter().skip(1).cloned().collect(),
                ),
                (Some("apply"), Some(r)) => (
                    r.funcs.iter().copied().collect(),
                    args.get(1).map(|a| vec![a.clone(); 4]).unwrap_or_default(),
                ),
                (Some(m), Some(_)) => {
                    let mut fs: Vec<u32> = self
                        .prop_funcs
                        .get(m)
                        .map(|s| s.iter().copied().collect())
                        .unwrap_or_default();
                    // The function a getter defined once under the name hands out.
                    if let Some(&g) = self
                        .getter_funcs
                        .get(m)
                        .filter(|g| g.len() == 1)
                        .and_then(|g| g.iter().next())
                    {
                        if let Some(f) = self.fns.get(&g) {
                            for &x in &f.ret.funcs {
                                if !fs.contains(&x) {
                                    fs.push(x);
                                }
                            }
                        }
                    }
                    (fs, args.clone())
                }
                _ => (vec![], vec![]),
            };
            for f in held {
                self.helper_getters(f, c, &hargs);
                if let Some(fs) = self.fns.get(&f).map(|fi| fi.span) {
                    let mut ret = self.bind_call(fs, &hargs);
                    ret.konst = None;
                    out.join(&ret);
                }
            }
        }
        if let Some(fs) = fspan {
            self.helper_getters(fs.start, c, &args);
            let ret = self.bind_call(fs, &args);
            out.join(&ret);
            out.konst = None;
            // A method of the program called on `this` without arguments that returns a
            // constant (`this.marks()` giving a decoded list): that constant, as a constant
            // function called by name is. (Only on `this`: a method found by its name alone
            // may be another object's.)
            let on_this = matches!(
                unsequenced(&c.callee),
                Expression::StaticMemberExpression(m)
                    if matches!(m.object.without_parentheses(), Expression::ThisExpression(_))
            );
            if c.arguments.is_empty() && ret.src.is_empty() && on_this {
                let k = self
                    .fns
                    .get(&fs.start)
                    .filter(|f| !f.other_konst_ret)
                    .and_then(|f| f.konst_ret);
                if let Some(k) = k {
                    if k.start >= fs.start && k.end <= fs.end && self.pure_fn_span(fs) {
                        out.konst = Some((k, false));
                    }
                }
            }
            // A test of the environment written as a function of constants that answers yes
            // or no (a bit in a bitmap, a Bloom filter, arithmetic on character codes), with
            // no comparison with a set inside: which values it says yes to is worked out by
            // running it on every name (as digests are reversed).
            if let (Some(a0), Expression::Identifier(id)) =
                (args.first(), c.callee.without_parentheses())
            {
                if a0.env() && c.arguments.len() == 1 && self.predicate_fn(fs) {
                    if let Some(i) = self.lookup(&id.name) {
                        if self.sym_const(i) {
                            let d =
                                self.decision(c.span, Some((fs, false)), "predicate", a0, vec![]);
                            out.dec.insert(d);
                        }
                    }
                }
            }
            // A pure function applied to an environment value: a transform (hashes).
            if let (Some(a0), Expression::Identifier(id)) =
                (args.first(), c.callee.without_parentheses())
            {
                if a0.env() && c.arguments.len() == 1 {
                    if let Some(i) = self.lookup(&id.name) {
                        if self.sym_const(i) {
                            let inner = a0.xf.clone().unwrap_or_else(|| "((__x) => __x)".into());
                            out.xf = Some(format!("((__x) => {}(({})(__x)))", id.name, inner));
                        }
                    }
                }
            }
        } else {
            for a in &args {
                out.src.extend(a.src.iter().copied());
                out.dec.extend(a.dec.iter().copied());
                out.via.extend(a.via.iter().copied());
                if out.xf.is_none() && a.env() && method.is_none() {
                    if let Expression::Identifier(id) = c.callee.without_parentheses() {
                        if crate::rules::hidden_list::PURE_GLOBALS.contains(&id.name.as_str())
                            || self.lookup(&id.name).is_some_and(|i| self.sym_const(i))
                        {
                            let inner = a.xf.clone().unwrap_or_else(|| "((__x) => __x)".into());
                            out.xf = Some(format!("((__x) => {}(({})(__x)))", id.name, inner));
                        }
                    }
                }
            }
        }
        // Hash objects: `createHash(…).update(env).digest(…)`.
        if let Some(m) = method.as_deref() {
            if m == "update" {
                if let Some(a0) = args.first() {
                    if a0.env() {
                        let recv_text = recv_expr.map(|r| self.slice(r.span())).unwrap_or("");
                        let inner = a0.xf.clone().unwrap_or_else(|| "((__x) => __x)".into());
                        out.xf = Some(format!("((__x) => {}.update(({})(__x)))", recv_text, inner));
                    }
                }
            }
        }
        if self.is_const_call(c) {
            out.konst = Some((c.span, false));
        }
        // Private fields as compilers write them: `_K.set(this, v)` stores, and `_K.get(this)`
        // or a helper called with `(this, _K, …)` (`__classPrivateFieldGet`) reads.
        let is_this = |a: Option<&Argument<'_>>| {
            a.and_then(|a| a.as_expression())
                .is_some_and(|x| matches!(x.without_parentheses(), Expression::ThisExpression(_)))
        };
        let key_name = |a: Option<&Argument<'_>>| match a.and_then(|a| a.as_expression()) {
            Some(Expression::Identifier(id)) => Some(format!("#{}", id.name)),
            _ => None,
        };
        let recv_name = match recv_expr.map(|r| r.without_parentheses()) {
            Some(Expression::Identifier(id)) => Some(format!("#{}", id.name)),
            _ => None,
        };
        if is_this(c.arguments.first()) {
            match (method.as_deref(), recv_name) {
                (Some("set"), Some(k)) if c.arguments.len() == 2 => {
                    if let Some(v) = c.arguments[1].as_expression() {
                        let konst = self.is_const(v);
                        self.this_prop(&k, v.span(), konst);
                    }
                }
                (Some("get"), Some(k)) => {
                    if let Some(sp) = self.this_const(&k) {
                        out.konst = Some((sp, false));
                    }
                }
                _ => {
                    if let Some(k) = key_name(c.arguments.get(1)) {
                        if let Some(sp) = self.this_const(&k) {
                            out.konst = Some((sp, false));
                        }
                    }
                }
            }
        }
        out
    }

    /// The constant written once to `this.p` in this class, if so.
    fn this_const(&self, name: &str) -> Option<Span> {
        let k = (self.this_key(), name.to_string());
        match self.this_props.get(&k).map(|v| v.as_slice()) {
            Some([(sp, true)]) => Some(*sp),
            _ => None,
        }
    }

    /// Call the trap `name` of the Proxy `p` (a name bound to `new Proxy(…)`) with `args`:
    /// arguments to its parameters, its return value back.
    fn trap_call(&mut self, p: &Expression<'_>, name: &str, args: &[Val]) -> Option<Val> {
        let Expression::Identifier(id) = p.without_parentheses() else {
            return None;
        };
        let i = self.lookup(&id.name)?;
        let fs = self.syms[i as usize]
            .traps
            .iter()
            .find(|t| t.0 == name)
            .map(|t| t.1)?;
        let mut ret = self.bind_call(fs, args);
        ret.konst = None;
        Some(ret)
    }

    /// Functions stored under the property `name` ([`Self::prop_funcs`]).
    /// Values handed to callbacks the platform calls later ([`CALLBACK_FLOWS`]: a promise's
    /// value to `then`, a timer's extra arguments, a string to its `replace` callback), and
    /// events: a listener registered under a name (`on`, `addEventListener`) is called with
    /// what is emitted under that name (`emit`, `dispatchEvent`). What the callback returns
    /// joins the call's result (the promise `then` gives).
    ///
    /// [`CALLBACK_FLOWS`]: crate::rules::target_literal::CALLBACK_FLOWS
    fn platform_callbacks(
        &mut self,
        c: &CallExpression<'_>,
        method: Option<&str>,
        recv: Option<&Val>,
        args: &[Val],
        out: &mut Val,
    ) {
        use crate::rules::target_literal::{Passes, CALLBACK_FLOWS, EMIT_METHODS, LISTEN_METHODS};
        // `resolve(v)` inside `new Promise((resolve) => …)`: `v` is the promise's value.
        if let (Expression::Identifier(id), Some(a0)) =
            (c.callee.without_parentheses(), args.first())
        {
            if let Some(exec) = self
                .lookup(&id.name)
                .and_then(|i| self.resolvers.get(&i).copied())
            {
                let r = self.resolved.entry(exec).or_default();
                let before = r.clone();
                r.join(&handed(a0));
                if *r != before {
                    self.changed = true;
                }
                return;
            }
        }
        let name = match (method, c.callee.without_parentheses()) {
            (Some(m), _) => Some(m),
            (None, Expression::Identifier(id)) if self.lookup(&id.name).is_none() => {
                Some(id.name.as_str())
            }
            _ => None,
        };
        let Some(name) = name else { return };
        let carries = |v: &Val| !v.src.is_empty() || !v.dec.is_empty() || !v.funcs.is_empty();
        for &(m, k, passes) in CALLBACK_FLOWS {
            if m != name {
                continue;
            }
            let Some(cb) = args.get(k).filter(|a| !a.funcs.is_empty()) else {
                continue;
            };
            let vals: Vec<Val> = match passes {
                Passes::Receiver => recv.map(|r| vec![handed(r)]).unwrap_or_default(),
                Passes::ArgsFrom(j) => args.iter().skip(j).map(handed).collect(),
                Passes::ElementOf(j) => args.get(j).map(|a| vec![handed(a)]).unwrap_or_default(),
            };
            if !vals.iter().any(carries) {
                continue;
            }
            let funcs: Vec<u32> = cb.funcs.iter().copied().collect();
            for f in funcs {
                if let Some(fs) = self.fns.get(&f).map(|fi| fi.span) {
                    let mut ret = self.bind_call(fs, &vals);
                    ret.konst = None;
                    out.join(&ret);
                }
            }
        }
        let event = |e: Option<&Expression<'_>>| -> String {
            e.and_then(|x| {
                literal_text(x).or_else(|| match x.without_parentheses() {
                    Expression::NewExpression(n) => n
                        .arguments
                        .first()
                        .and_then(|a| a.as_expression())
                        .and_then(literal_text),
                    _ => None,
                })
            })
            .unwrap_or_else(|| "*".to_string())
        };
        let a0 = c.arguments.first().and_then(|a| a.as_expression());
        if LISTEN_METHODS.contains(&name) && c.arguments.len() >= 2 {
            if let Some(l) = args.get(1).filter(|l| !l.funcs.is_empty()) {
                let e = self.event_funcs.entry(event(a0)).or_default();
                if add_capped(e, &l.funcs) {
                    self.changed = true;
                }
            }
        }
        if EMIT_METHODS.contains(&name) && !args.is_empty() {
            let vals: Vec<Val> = if name == "emit" {
                args.iter().skip(1).map(handed).collect()
            } else {
                vec![handed(&args[0])]
            };
            if !vals.iter().any(carries) {
                return;
            }
            let key = event(a0);
            let mut funcs: BTreeSet<u32> = BTreeSet::new();
            for (k, fs) in &self.event_funcs {
                if key == "*" || *k == key || k == "*" {
                    funcs.extend(fs.iter().copied());
                }
            }
            for f in funcs {
                if let Some(fs) = self.fns.get(&f).map(|fi| fi.span) {
                    self.bind_call(fs, &vals);
                }
            }
        }
    }

    /// `Object.defineProperty(o, key, { get: g })` (or `Reflect.defineProperty`) whose key is
    /// a constant string, written there or handed in through parameters: `g`'s functions are
    /// recorded as the getters of that name ([`Self::getter_funcs`]).
    fn note_getter(&mut self, c: &CallExpression<'_>, args: &[Val]) {
        if !self.higher_order || c.arguments.len() < 3 {
            return;
        }
        // (The descriptor first: a third argument `{ get … }` is rare, and the callee's name is
        // only built for calls that have one.)
        let Some(Expression::ObjectExpression(desc)) = c
            .arguments
            .get(2)
            .and_then(|a| a.as_expression())
            .map(|e| e.without_parentheses())
        else {
            return;
        };
        let has_get = desc.properties.iter().any(|p| match p {
            ObjectPropertyKind::ObjectProperty(p) => p.key.static_name().as_deref() == Some("get"),
            _ => false,
        });
        if !has_get {
            return;
        }
        let mut callee = static_callee(&c.callee);
        // Through a name given it once (esbuild's `var __defProp = Object.defineProperty`).
        if let Some(Expression::Identifier(id)) = Some(c.callee.without_parentheses()) {
            if let Some(i) = self.lookup(&id.name) {
                if let ([init], true) = (
                    self.syms[i as usize].inits.as_slice(),
                    self.syms[i as usize].writes <= 1,
                ) {
                    callee = Some(self.slice(*init).trim().to_string());
                }
            }
        }
        if !matches!(
            callee.as_deref(),
            Some("Object.defineProperty" | "Reflect.defineProperty")
        ) {
            return;
        }
        // Written in a function whose parameters give the name and the getter: a helper.
        if let Some(f) = self.fn_stack.last().copied() {
            let get = desc.properties.iter().find_map(|p| match p {
                ObjectPropertyKind::ObjectProperty(p)
                    if p.kind == PropertyKind::Init
                        && p.key.static_name().as_deref() == Some("get") =>
                {
                    Some(&p.value)
                }
                _ => None,
            });
            let key = c.arguments.get(1).and_then(|a| a.as_expression());
            let param = |this: &Self, e: Option<&Expression<'_>>| -> Option<usize> {
                let Expression::Identifier(id) = e?.without_parentheses() else {
                    return None;
                };
                let sym = this.lookup(&id.name)?;
                this.fns
                    .get(&f)?
                    .params
                    .iter()
                    .position(|p| p.as_slice() == [sym])
            };
            if let (Some(ki), Some(gi)) = (param(self, key), param(self, get)) {
                if self
                    .define_helpers
                    .insert(f, DefineHelper::Named(ki, gi))
                    .is_none()
                {
                    self.changed = true;
                }
                return;
            }
            // `for (k in all) … { get: all[k] }`, `all` a parameter.
            let over = match key.map(|e| e.without_parentheses()) {
                Some(Expression::Identifier(k)) => self
                    .lookup(&k.name)
                    .and_then(|i| self.for_in_over.get(&i).cloned())
                    .map(|o| (k.name.to_string(), o)),
                _ => None,
            };
            if let (Some((k, o)), Some(Expression::ComputedMemberExpression(m))) =
                (over, get.map(|e| e.without_parentheses()))
            {
                let reads = matches!(m.object.without_parentheses(),
                    Expression::Identifier(x) if x.name == o.as_str())
                    && matches!(m.expression.without_parentheses(),
                    Expression::Identifier(x) if x.name == k.as_str());
                let at = self.lookup(&o).and_then(|sym| {
                    self.fns
                        .get(&f)?
                        .params
                        .iter()
                        .position(|p| p.as_slice() == [sym])
                });
                if let (true, Some(pi)) = (reads, at) {
                    if self
                        .define_helpers
                        .insert(f, DefineHelper::Object(pi))
                        .is_none()
                    {
                        self.changed = true;
                    }
                    return;
                }
            }
        }
        let (Some(k), Some(d)) = (args.get(1), args.get(2)) else {
            return;
        };
        let Some(name) = self.const_string(c.arguments.get(1), k) else {
            return;
        };
        self.add_getters(name, &d.funcs);
    }

    /// A call of a getter-defining helper ([`Self::define_helpers`]) `f` with a constant name:
    /// the getters it is handed are recorded under that name.
    fn helper_getters(&mut self, f: u32, c: &CallExpression<'_>, args: &[Val]) {
        match self.define_helpers.get(&f).copied() {
            Some(DefineHelper::Named(ki, gi)) => {
                let (Some(k), Some(g)) = (args.get(ki), args.get(gi)) else {
                    return;
                };
                if let Some(name) = self.const_string(c.arguments.get(ki), k) {
                    let funcs = g.funcs.clone();
                    self.add_getters(name, &funcs);
                }
            }
            Some(DefineHelper::Object(pi)) => {
                // An object written at the call: each property a getter under its name.
                let Some(Expression::ObjectExpression(o)) = c
                    .arguments
                    .get(pi)
                    .and_then(|a| a.as_expression())
                    .map(|e| e.without_parentheses())
                else {
                    return;
                };
                for p in &o.properties {
                    let ObjectPropertyKind::ObjectProperty(p) = p else {
                        continue;
                    };
                    let Some(name) = p.key.static_name().filter(|_| !p.computed) else {
                        continue;
                    };
                    let id = match p.value.without_parentheses() {
                        Expression::ArrowFunctionExpression(a) => a.span.start,
                        Expression::FunctionExpression(g) => g.span.start,
                        _ => continue,
                    };
                    self.add_getters(name.to_string(), &BTreeSet::from([id]));
                }
            }
            None => {}
        }
    }

    fn add_getters(&mut self, name: String, funcs: &BTreeSet<u32>) {
        if funcs.is_empty() {
            return;
        }
        let e = self.getter_funcs.entry(name).or_default();
        if add_capped(e, funcs) {
            self.changed = true;
        }
    }

    /// The string an argument is: a string literal written there, or a constant that is one.
    fn const_string(&self, a: Option<&Argument<'_>>, v: &Val) -> Option<String> {
        if let Some(Expression::StringLiteral(l)) = a
            .and_then(|a| a.as_expression())
            .map(|e| e.without_parentheses())
        {
            return Some(l.value.to_string());
        }
        let k = v.konst.filter(|k| !k.1)?;
        let t = self.slice(k.0).trim();
        let q = t.chars().next()?;
        (matches!(q, '"' | '\'' | '`')
            && t.len() >= 2
            && t.ends_with(q)
            && !t[1..t.len() - 1].contains(['\\', q, '$']))
        .then(|| t[1..t.len() - 1].to_string())
    }

    fn store_prop_funcs(&mut self, name: &str, v: &Val) {
        if v.funcs.is_empty() || !self.higher_order {
            return;
        }
        let e = self.prop_funcs.entry(name.to_string()).or_default();
        if add_capped(e, &v.funcs) {
            self.changed = true;
        }
    }

    /// A function that only answers yes or no, with no comparison with a set inside (a
    /// pattern test is not one: it checks a shape, not membership).
    fn predicate_fn(&self, fs: Span) -> bool {
        let Some(fi) = self.fns.get(&fs.start) else {
            return false;
        };
        fi.yes_no
            && !fi.other_ret
            && !self.decisions.iter().any(|d| {
                d.how != "predicate"
                    && !matches!(d.how.as_str(), "test" | "match" | "regex")
                    && d.span.start >= fs.start
                    && d.span.end <= fs.end
            })
    }

    /// A call of the program's function at `fs`: arguments to its parameters (as values, not
    /// constants), its return value back.
    fn bind_call(&mut self, fs: Span, args: &[Val]) -> Val {
        let (params, ret) = self
            .fns
            .get(&fs.start)
            .map(|f| (f.params.clone(), f.ret.clone()))
            .unwrap_or_default();
        let rest = self
            .fns
            .get(&fs.start)
            .map(|f| f.rest.clone())
            .unwrap_or_default();
        if !rest.is_empty() {
            let mut all = Val::default();
            for a in args.iter().skip(params.len()) {
                all.join(a);
            }
            all.konst = None;
            all.path = None;
            all.xf = None;
            for &p in &rest {
                self.set_val(p, &all);
            }
        }
        for (k, slot) in params.iter().enumerate() {
            if let Some(a) = args.get(k) {
                let mut a = a.clone();
                // An element of a constant collection stays one (the comparison inside is
                // with that collection); other constants are not kept, as another call may
                // pass another value.
                if !a.konst.is_some_and(|c| c.1) {
                    a.konst = None;
                }
                // A destructured parameter's names are parts of the argument.
                if slot.len() > 1 {
                    a.path = None;
                    a.xf = None;
                }
                for &p in slot {
                    self.set_val(p, &a);
                }
            }
        }
        let mut ret = ret;
        if ret.via.len() < MAX_FUNCS {
            ret.via.insert(fs.start);
        }
        ret
    }

    fn choose(&mut self, span: Span, a: Span, b: Span, dec: &BTreeSet<u32>) {
        // The value the choice is part of: up through the expressions that only build a
        // value from their parts.
        if a != b {
            let mut ctx = None;
            let n = self.expr_stack.len();
            if n >= 2 && self.expr_stack[n - 1].0 == span {
                for &(sp, builds) in self.expr_stack[..n - 1].iter().rev() {
                    if !builds {
                        break;
                    }
                    ctx = Some(sp);
                }
            }
            if let Some(c) = ctx.filter(|c| *c != span && c.end - c.start <= 2000) {
                self.choose_ctx.insert(span.start, c);
            }
        }
        let k = (span.start, span.end, 0u8);
        if let Some(&i) = self.eff_by_span.get(&k) {
            let n = self.effects[i].dec.len();
            self.effects[i].dec.extend(dec.iter().copied());
            if n != self.effects[i].dec.len() {
                self.changed = true;
            }
            return;
        }
        self.eff_by_span.insert(k, self.effects.len());
        let func = self.fn_stack.last().copied();
        self.effects.push(Effect {
            span,
            dec: dec.clone(),
            kind: EffectKind::Choose { a, b },
            func,
        });
        self.changed = true;
    }

    // ---------- constants ----------

    /// Memoised [`Self::is_const`] by span (the walk asks about every node; without the memo
    /// nested expressions would be checked again and again).
    pub fn is_const(&mut self, e: &Expression<'_>) -> bool {
        let k = key(e.span());
        if let Some(&r) = self.const_expr_memo.get(&k) {
            return r;
        }
        let r = self.is_const_uncached(e);
        self.const_expr_memo.insert(k, r);
        r
    }

    fn is_const_uncached(&mut self, e: &Expression<'_>) -> bool {
        match e.without_parentheses() {
            Expression::StringLiteral(_)
            | Expression::NumericLiteral(_)
            | Expression::BooleanLiteral(_)
            | Expression::NullLiteral(_)
            | Expression::BigIntLiteral(_)
            | Expression::RegExpLiteral(_) => true,
            Expression::TemplateLiteral(t) => t.expressions.iter().all(|x| self.is_const(x)),
            Expression::TaggedTemplateExpression(t) => {
                self.is_const(&t.tag) && t.quasi.expressions.iter().all(|x| self.is_const(x))
            }
            Expression::Identifier(id) => match self.lookup(&id.name) {
                Some(i) => self.sym_const(i),
                None => crate::rules::hidden_list::PURE_GLOBALS.contains(&id.name.as_str()),
            },
            Expression::ArrayExpression(a) => a.elements.iter().all(|el| match el {
                ArrayExpressionElement::SpreadElement(s) => self.is_const(&s.argument),
                ArrayExpressionElement::Elision(_) => true,
                x => x.as_expression().is_some_and(|x| self.is_const(x)),
            }),
            Expression::ObjectExpression(o) => o.properties.iter().all(|p| match p {
                ObjectPropertyKind::ObjectProperty(op) => {
                    (!op.computed || op.key.as_expression().is_some_and(|k| self.is_const(k)))
                        && self.is_const(&op.value)
                }
                ObjectPropertyKind::SpreadProperty(s) => self.is_const(&s.argument),
            }),
            Expression::StaticMemberExpression(m) => {
                self.is_const(&m.object)
                    || self.prop_konst(m.property.name.as_str()).is_some()
                    || self.static_member_const(&m.object)
            }
            Expression::PrivateFieldExpression(m) => self.static_member_const(&m.object),
            Expression::ComputedMemberExpression(m) => {
                self.is_const(&m.object) && self.is_const(&m.expression)
            }
            Expression::CallExpression(c) => self.is_const_call(c),
            Expression::NewExpression(n) => {
                let callee_ok = match n.callee.without_parentheses() {
                    Expression::Identifier(id) => match self.lookup(&id.name) {
                        None => crate::rules::hidden_list::PURE_GLOBALS.contains(&id.name.as_str()),
                        // A class of the program, or a constructor function (ES5: its
                        // methods set on its prototype), whose code reads only constants.
                        Some(i) => {
                            self.syms[i as usize].func.is_some_and(|f| {
                                let t = self.slice(f);
                                t.starts_with("class") || t.starts_with("function")
                            }) && self.sym_const(i)
                        }
                    },
                    _ => false,
                };
                callee_ok
                    && n.arguments
                        .iter()
                        .all(|a| a.as_expression().is_some_and(|x| self.is_const(x)))
            }
            Expression::BinaryExpression(b) => self.is_const(&b.left) && self.is_const(&b.right),
            Expression::LogicalExpression(b) => self.is_const(&b.left) && self.is_const(&b.right),
            Expression::ConditionalExpression(c) => {
                self.is_const(&c.test)
                    && self.is_const(&c.consequent)
                    && self.is_const(&c.alternate)
            }
            Expression::UnaryExpression(u) => {
                u.operator != UnaryOperator::Delete && self.is_const(&u.argument)
            }
            Expression::SequenceExpression(s) => s.expressions.iter().all(|x| self.is_const(x)),
            Expression::ArrowFunctionExpression(f) => self.pure_fn_span(f.span),
            Expression::FunctionExpression(f) => self.pure_fn_span(f.span),
            Expression::ChainExpression(c) => match &c.expression {
                ChainElement::CallExpression(call) => self.is_const_call(call),
                other => other
                    .as_member_expression()
                    .is_some_and(|m| self.is_const(m.object())),
            },
            _ => false,
        }
    }

    /// `obj` names a class of the program whose static parts are constant
    /// ([`Self::class_static_const`]): its static members (`C.#table`, `C.decode()`) are.
    fn static_member_const(&mut self, obj: &Expression<'_>) -> bool {
        match obj.without_parentheses() {
            Expression::Identifier(id) => match self.lookup(&id.name) {
                Some(i) => self.class_static_const(i),
                None => false,
            },
            _ => false,
        }
    }

    /// Symbol `i` is a class whose static fields, static blocks and static methods read only
    /// constants, pure globals and the class itself: running its definition (what a sandbox
    /// does to read a static member) computes the same values everywhere, whatever its
    /// instances read.
    fn class_static_const(&mut self, i: u32) -> bool {
        if let Some(&b) = self.static_const_memo.get(&i) {
            return b;
        }
        self.static_const_memo.insert(i, false);
        let Some(cs) = self.syms[i as usize].func else {
            return false;
        };
        if !self.slice(cs).starts_with("class") || self.syms[i as usize].writes > 1 {
            return false;
        }
        let parts = self
            .class_statics
            .get(&cs.start)
            .cloned()
            .unwrap_or_default();
        let mut ok = !parts.is_empty();
        for p in parts {
            let (free, parsed, assigned) =
                free_names_assigned(&format!("(class {{ {} }})", self.slice(p)));
            if !parsed || !assigned.is_empty() {
                ok = false;
                break;
            }
            for n in free {
                let good = match self.lookup_at(&n, p.start) {
                    Some(j) => j == i || self.sym_const(j),
                    None => crate::rules::hidden_list::PURE_GLOBALS.contains(&n.as_str()),
                };
                if !good {
                    ok = false;
                    break;
                }
            }
            if !ok {
                break;
            }
        }
        self.static_const_memo.insert(i, ok);
        ok
    }

    fn is_const_call(&mut self, c: &CallExpression<'_>) -> bool {
        let callee_ok = match c.callee.without_parentheses() {
            Expression::Identifier(id) => match self.lookup(&id.name) {
                // A memoising wrapper (`memoize(() => decode(X))`) gives back what its
                // function gives: constant when that function is.
                Some(i) if !self.sym_const(i) && self.sym_wrapper(i) => {
                    return c.arguments.len() == 1
                        && c.arguments[0].as_expression().is_some_and(|x| {
                            matches!(
                                x.without_parentheses(),
                                Expression::ArrowFunctionExpression(_)
                                    | Expression::FunctionExpression(_)
                            ) && self.is_const(x)
                        });
                }
                Some(i) => self.sym_const(i),
                None => crate::rules::hidden_list::PURE_GLOBALS.contains(&id.name.as_str()) && id.name != "require"
                    || (id.name == "require" && c.arguments.first().and_then(|a| a.as_expression()).is_some_and(|x| matches!(x, Expression::StringLiteral(s) if s.value.trim_start_matches("node:") == "crypto"))),
            },
            Expression::StaticMemberExpression(m) => {
                self.is_const(&m.object) || self.static_member_const(&m.object)
            }
            Expression::PrivateFieldExpression(m) => self.static_member_const(&m.object),
            Expression::ComputedMemberExpression(m) => self.is_const(&m.object) && self.is_const(&m.expression),
            Expression::ArrowFunctionExpression(f) => self.pure_fn_span(f.span),
            Expression::FunctionExpression(f) => self.pure_fn_span(f.span),
            _ => false,
        };
        callee_ok
            && c.arguments.iter().all(|a| match a {
                Argument::SpreadElement(s) => self.is_const(&s.argument),
                x => x.as_expression().is_some_and(|x| self.is_const(x)),
            })
    }

    /// Whether the statement `f` that fills symbol `i` reads only constants besides `i` and
    /// assigns no name but `assigns` (a container built in place may assign itself).
    fn fill_const(&mut self, i: u32, f: Span, assigns: Option<&str>) -> bool {
        let (free, ok, assigned) = free_names_assigned(&format!("() => {{ {} }}", self.slice(f)));
        ok && assigned.iter().all(|a| Some(a.as_str()) == assigns)
            && free.iter().all(|n| match self.lookup_at(n, f.start) {
                Some(j) => j == i || self.sym_const(j),
                None => crate::rules::hidden_list::PURE_GLOBALS.contains(&n.as_str()),
            })
    }

    /// A symbol is constant when written once with a constant, or a pure function.
    fn sym_const(&mut self, i: u32) -> bool {
        if let Some(&b) = self.const_memo.get(&i) {
            return b;
        }
        if self.const_busy.contains(&i) {
            return true; // recursion: decided by the outer check
        }
        let s = self.syms[i as usize].clone();
        let r = if !s.val.src.is_empty() {
            false
        } else if let Some(f) = s.filled_by {
            self.const_busy.insert(i);
            let r = self.pure_fn_span(f);
            self.const_busy.remove(&i);
            r
        } else if let Some(f) = s.func {
            self.const_busy.insert(i);
            // (With the statements that set its prototype's members: each reads only
            // constants besides the function, and assigns no name.)
            let r = self.pure_fn_span(f) && s.fills.iter().all(|&f| self.fill_const(i, f, None));
            self.const_busy.remove(&i);
            r
        } else if let (Some((sp, _)), true, 0) =
            (self.fields.get(&i).cloned(), s.inits.is_empty(), s.writes)
        {
            // A property of a constant, read once by destructuring.
            self.const_busy.insert(i);
            let r = self.span_const(sp);
            self.const_busy.remove(&i);
            r
        } else if writes_outside_fills(&s, None) == 1 {
            self.const_busy.insert(i);
            let r = s.inits.first().is_some_and(|&sp| self.span_const(sp))
                && s.fills
                    .iter()
                    .all(|&f| self.fill_const(i, f, Some(s.name.as_str())));
            self.const_busy.remove(&i);
            r
        } else {
            false
        };
        self.const_memo.insert(i, r);
        r
    }

    /// Re-parse a span of this program as an expression and check it (used for symbols whose
    /// initialiser was seen in an earlier pass).
    /// Record whether an initialiser is constant. A function checked before a later
    /// constant's initialiser was seen (`function d(){ … K … } var K = 91`) was judged
    /// without it: a constant seen for the first time asks for another pass.
    fn note_const(&mut self, sp: Span, c: bool) {
        let old = self.const_spans.insert(key(sp), c);
        if c && old != Some(true) {
            self.changed = true;
        }
    }

    fn span_const(&mut self, sp: Span) -> bool {
        self.const_spans.get(&key(sp)).copied().unwrap_or(false)
    }

    /// A symbol bound to a wrapper function (see [`Self::wrapper_fn`]).
    fn sym_wrapper(&mut self, mut i: u32) -> bool {
        // Through aliases (`var $1 = (memoize)`), a few hops.
        for _ in 0..4 {
            let s = &self.syms[i as usize];
            if let Some(f) = s.func {
                return self.wrapper_fn(f);
            }
            if s.writes != 1 {
                return false;
            }
            let Some(&d) = s.inits.first() else {
                return false;
            };
            let t = self
                .slice(d)
                .trim()
                .trim_start_matches('(')
                .trim_end_matches(')')
                .trim();
            if t.is_empty()
                || !t
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '_' || c == '$')
            {
                return false;
            }
            let t = t.to_string();
            match self.lookup_at(&t, d.start) {
                Some(j) if j != i => i = j,
                _ => return false,
            }
        }
        false
    }

    /// A wrapper (memoize, once, lazy): a function of a function that hands back a function
    /// calling its argument (`function m(fn){ … return function(){ … fn.apply(this, a) } }`).
    /// For a pure argument the result behaves as the argument itself.
    fn wrapper_fn(&mut self, f: Span) -> bool {
        if let Some(&r) = self.wrapper_memo.get(&key(f)) {
            return r;
        }
        let r = wrapper_text(self.slice(f));
        self.wrapper_memo.insert(key(f), r);
        r
    }

    /// A function is pure when its free names are constants or pure globals, it reads no
    /// environment and assigns nothing outside itself.
    fn pure_fn_span(&mut self, f: Span) -> bool {
        if let Some(&r) = self.pure_memo.get(&key(f)) {
            return r;
        }
        let r = self.pure_fn_uncached(f);
        self.pure_memo.insert(key(f), r);
        r
    }

    fn pure_fn_uncached(&mut self, f: Span) -> bool {
        let text = self.slice(f);
        let (mut free, mut ok) = free_names(text);
        if !ok && text.starts_with('(') {
            // A method's function is its parameters and body (`*[Symbol.iterator]() {…}`,
            // `get x() {…}`): read as a (generator) function.
            (free, ok) = free_names(&format!("function* {}", text));
        }
        if !ok {
            return false;
        }
        // Names resolved where the function is (a bundler's module scope holds its helpers).
        let mut r = true;
        for n in free {
            let good = match self.lookup_at(&n, f.start) {
                Some(i) => self.sym_const(i) || global_alias_use(text, &n),
                None => crate::rules::hidden_list::PURE_GLOBALS.contains(&n.as_str()),
            };
            if !good {
                r = false;
                break;
            }
        }
        r
    }

    /// Definitions (program text) needed to evaluate `span`: the top-level constants and
    /// functions it refers to, in an order that works (functions first, then values in
    /// dependency order).
    pub fn program_for(&mut self, span: Span) -> Option<String> {
        self.program_for_with(span, false)
            .map(|(d, e)| format!("{}__out = ({});\n", d, e))
    }

    /// Definitions needed by the code in `span` (and the code itself). With `sample`, names
    /// that are not constants are bound to `__SAMPLE` instead of failing.
    pub fn program_for_with(&mut self, span: Span, sample: bool) -> Option<(String, String)> {
        let text = self.slice(span).to_string();
        self.program_for_text(&text, span.start, sample)
    }

    /// As [`Self::program_for_with`], for code `text` (a rewritten span) whose names are
    /// resolved as at `pos`.
    pub fn program_for_text(
        &mut self,
        text: &str,
        pos: u32,
        sample: bool,
    ) -> Option<(String, String)> {
        self.program_for_text_keyed(text, pos, sample, true)
    }

    /// The key under which the sandbox keeps what the top-level constant `name` returns when
    /// called without arguments (a hidden list's decoder): a digest of its definition and
    /// everything that definition needs, so code that is the same text gets the same value
    /// wherever it is run, and nothing else does. `None` when `name` is not such a constant.
    pub fn known_key_for(&mut self, name: &str) -> Option<String> {
        let i = self.top_lookup(name)?;
        if !self.syms[i as usize].top {
            return None;
        }
        self.known_key(i)
    }

    fn known_key(&mut self, i: u32) -> Option<String> {
        if let Some(k) = self.known_memo.get(&i) {
            return k.clone();
        }
        self.known_memo.insert(i, None);
        let k = if self.sym_const(i) {
            let s = &self.syms[i as usize];
            let name = s.name.clone();
            let pos = s.func.or(s.inits.first().copied()).map(|x| x.start);
            pos.and_then(|pos| self.program_for_text_keyed(&name, pos, false, false))
                .map(|(defs, _)| {
                    let d = crate::report::sha256_hex(format!("{}\0{}", defs, name).as_bytes());
                    d[..32].to_string()
                })
        } else {
            None
        };
        self.known_memo.insert(i, k.clone());
        k
    }

    fn program_for_text_keyed(
        &mut self,
        text: &str,
        pos: u32,
        sample: bool,
        keys: bool,
    ) -> Option<(String, String)> {
        let mut need: Vec<u32> = vec![];
        let mut sampled: Vec<String> = vec![];
        let mut wrappers: Vec<String> = vec![];
        let mut stand_ins: Vec<(String, Vec<(String, Span)>)> = vec![];
        let mut filled: Vec<(String, Span)> = vec![];
        let mut aliases: Vec<String> = vec![];
        let mut seen = BTreeSet::new();
        let mut stack = vec![(text.to_string(), pos)];
        while let Some((t, pos)) = stack.pop() {
            let (free, _) = free_names(&format!("(() => ({}))", t));
            for n in free {
                let Some(i) = self.lookup_at(&n, pos) else {
                    continue;
                };
                if !seen.insert(i) {
                    continue;
                }
                let konst = self.sym_const(i);
                let s = &self.syms[i as usize];
                if let (true, Some(f)) = (konst, s.filled_by) {
                    filled.push((s.name.clone(), f));
                    stack.push((self.slice(f).to_string(), f.start));
                    continue;
                }
                // A class whose static parts are constant: its whole definition (its
                // instances' code is defined, not run), needing what the static parts need.
                let statics = !konst && self.class_static_const(i);
                let field = if konst && self.syms[i as usize].inits.is_empty() {
                    self.fields.get(&i).map(|x| x.0)
                } else {
                    None
                };
                let s = &self.syms[i as usize];
                let def = if konst || statics {
                    s.func.or(s.inits.first().copied()).or(field)
                } else {
                    None
                };
                if !konst && self.sym_wrapper(i) {
                    wrappers.push(self.syms[i as usize].name.clone());
                    continue;
                }
                let s = &self.syms[i as usize];
                if def.is_none() && global_alias_use(&t, &s.name) {
                    // The global object under another name (`global.atob` in a UMD factory).
                    aliases.push(s.name.clone());
                    continue;
                }
                let s = &self.syms[i as usize];
                if def.is_none() {
                    // An object that is not a constant, read here only through properties the
                    // program defines once as constants: a stand-in with those properties.
                    let name = s.name.clone();
                    if let Some(ps) = self.stand_in_props(&t, &name) {
                        for &(_, sp) in &ps {
                            stack.push((self.slice(sp).to_string(), sp.start));
                        }
                        stand_ins.push((name, ps));
                        continue;
                    }
                }
                let s = &self.syms[i as usize];
                let Some(def) = def else {
                    if sample {
                        sampled.push(s.name.clone());
                        continue;
                    }
                    if std::env::var_os("TELLTALE_DEBUG_FLOW").is_some() {
                        eprintln!(
                            "no program: `{}` is not a constant (src {:?}, writes {}, inits {:?})",
                            s.name,
                            s.val.src,
                            s.writes,
                            s.inits.iter().map(|x| self.slice(*x)).collect::<Vec<_>>()
                        );
                    }
                    return None;
                };
                if statics {
                    let cs = self.syms[i as usize].func.map(|f| f.start).unwrap_or(0);
                    for p in self.class_statics.get(&cs).cloned().unwrap_or_default() {
                        stack.push((format!("(class {{ {} }})", self.slice(p)), p.start));
                    }
                } else {
                    stack.push((self.slice(def).to_string(), def.start));
                }
                for &f in &self.syms[i as usize].fills {
                    stack.push((format!("() => {{ {} }}", self.slice(f)), f.start));
                }
                need.push(i);
                if seen.len() > 200 {
                    return None;
                }
            }
        }
        let mut out = String::new();
        for n in &aliases {
            out.push_str(&format!("var {} = globalThis;\n", n));
        }
        for (name, ps) in &stand_ins {
            let getters: Vec<String> = ps
                .iter()
                .map(|(p, sp)| format!("get {}() {{ return ({}); }}", p, self.slice(*sp)))
                .collect();
            out.push_str(&format!("var {} = {{ {} }};\n", name, getters.join(", ")));
        }
        // Wrappers stand in as the identity: a memoised pure function returns the same values.
        for n in wrappers {
            out.push_str(&format!("var {} = function (f) {{ return f; }};\n", n));
        }
        for &i in need.iter().rev() {
            let s = &self.syms[i as usize];
            if let Some(f) = s.func {
                let t = self.slice(f);
                if t.starts_with("function") || t.starts_with("async function") {
                    if t[8..].trim_start().starts_with('(') || t.starts_with("async") {
                        out.push_str(&format!("var {} = {};\n", s.name, t));
                    } else {
                        out.push_str(t);
                        out.push('\n');
                    }
                } else {
                    out.push_str(&format!("var {} = {};\n", s.name, t));
                }
            }
        }
        // The prototype members set on the functions (their `fills`), once every function
        // is defined.
        for &i in need.iter().rev() {
            let s = &self.syms[i as usize];
            if s.func.is_some() {
                for &f in &s.fills {
                    out.push_str(self.slice(f));
                    out.push_str(";\n");
                }
            }
        }
        // Enums and namespaces before the values built from them.
        for (n, f) in filled.iter().rev() {
            out.push_str(&format!(
                "var {n} = {{}};\n({})({n});\n",
                self.slice(*f),
                n = n
            ));
        }
        for &i in need.iter().rev() {
            let s = &self.syms[i as usize];
            if s.func.is_none() {
                if let Some(d) = s.inits.first() {
                    out.push_str(&format!("var {} = ({});\n", s.name, self.slice(*d)));
                } else if let Some((d, k)) = self.fields.get(&i) {
                    out.push_str(&format!(
                        "var {} = ({})[{}];\n",
                        s.name,
                        self.slice(*d),
                        serde_json::to_string(k).unwrap_or_default()
                    ));
                }
                // Then the statements that fill it, before anything reads it.
                for &f in &s.fills {
                    out.push_str(self.slice(f));
                    out.push('\n');
                }
            }
        }
        for n in sampled {
            out.push_str(&format!("var {} = __SAMPLE;\n", n));
        }
        // A constant function called without arguments returns what it returned before: its
        // value is kept by the sandbox under the key of its definition (`__known`).
        if keys {
            for &i in need.iter().rev() {
                if let Some(k) = self.known_key(i) {
                    out.push_str(&format!(
                        "{n} = __known(\"{k}\", {n});\n",
                        n = self.syms[i as usize].name,
                        k = k
                    ));
                }
            }
        }
        Some((out, text.to_string()))
    }

    /// The properties `text` reads of `name` (`name.p`), when it uses `name` only that way
    /// and each property is a constant by its one definition: (property, constant's span).
    fn stand_in_props(&mut self, text: &str, name: &str) -> Option<Vec<(String, Span)>> {
        let ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
        let mut out: Vec<(String, Span)> = vec![];
        for (at, _) in text.match_indices(name) {
            // (`o.name` is another object's property; `...name` is a spread of it.)
            let before = &text[..at];
            if before.chars().next_back().is_some_and(ident)
                || (before.ends_with('.') && !before.ends_with("..."))
            {
                continue;
            }
            let rest = &text[at + name.len()..];
            if rest.chars().next().is_some_and(ident) {
                continue;
            }
            let rest = rest.trim_start();
            let prop: String = rest
                .strip_prefix('.')?
                .trim_start()
                .chars()
                .take_while(|&c| ident(c))
                .collect();
            if prop.is_empty() {
                return None;
            }
            if !out.iter().any(|p| p.0 == prop) {
                let sp = self.prop_konst(&prop)?;
                out.push((prop, sp));
            }
        }
        (!out.is_empty()).then_some(out)
    }

    /// The definitions of a constant named `name` (for code that calls it).
    pub fn program_for_name(&mut self, name: &str) -> Option<String> {
        let i = self.top_lookup(name)?;
        if !self.sym_const(i) {
            // A module object behind an interop wrapper (`__importDefault(require("crypto"))`):
            // the sandbox's own pure module, with `default` pointing to itself.
            let s = &self.syms[i as usize];
            // An ES module import of a module the sandbox provides (`import crypto from
            // 'node:crypto'`).
            if let Some(m) = s.val.path.as_deref() {
                if m == "crypto" && s.inits.is_empty() {
                    return Some(format!("var {} = (function(m){{ return Object.assign({{ default: m }}, m); }})(require(\"crypto\"));\n", name));
                }
                // One function of it (`import { createHash } from "node:crypto"`,
                // `const { createHash } = require("crypto")`).
                if let Some(f) = m.strip_prefix("crypto.").filter(|f| {
                    !f.is_empty() && f.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                }) {
                    return Some(format!("var {} = require(\"crypto\").{};\n", name, f));
                }
            }
            let init = s.inits.first().map(|&d| self.slice(d)).unwrap_or("");
            if let Some(p) = init.find("require(") {
                let rest = &init[p + 8..];
                if let Some(e) = rest.find(')') {
                    let m = rest[..e].trim();
                    if m.starts_with('"') || m.starts_with('\'') {
                        return Some(format!("var {} = (function(m){{ return Object.assign({{ default: m }}, m); }})(require({}));\n", name, m));
                    }
                }
            }
            return None;
        }
        let s = &self.syms[i as usize];
        let d = s.func.or(s.inits.first().copied())?;
        let (defs, _) = self.program_for_with(d, false)?;
        let t = self.slice(d);
        let own = if self.syms[i as usize].func.is_some()
            && t.starts_with("function")
            && !t[8..].trim_start().starts_with('(')
        {
            format!("{}\n", t)
        } else {
            format!("var {} = ({});\n", name, t)
        };
        Some(format!("{}{}", defs, own))
    }

    /// A top-level name bound to a memoising wrapper (directly or through aliases).
    pub fn is_wrapper(&mut self, name: &str) -> bool {
        match self.top_lookup(name) {
            Some(i) => self.sym_wrapper(i),
            None => false,
        }
    }

    fn top_lookup(&self, name: &str) -> Option<u32> {
        // Any symbol of this name; prefer a top-level one.
        let mut best = None;
        for ((_, n), &i) in &self.sym_by_decl {
            if n == name {
                if self.syms[i as usize].top {
                    return Some(i);
                }
                best = Some(i);
            }
        }
        best
    }

    pub fn fn_info(&self) -> Vec<(Span, Vec<Span>, BTreeSet<u32>, bool)> {
        let mut v: Vec<_> = self
            .fns
            .iter()
            .filter(|(_, f)| !f.tests.is_empty())
            .map(|(&s, f)| {
                (
                    if s == u32::MAX {
                        Span::new(0, self.text.len() as u32)
                    } else {
                        f.span
                    },
                    f.tests.clone(),
                    f.dec.clone(),
                    f.has_return_val,
                )
            })
            .collect();
        v.sort_by_key(|x| x.0.start);
        v
    }

    /// Params of a function that carry decisions.
    /// The start of the innermost function around a position (None: top-level code).
    pub fn enclosing_fn(&self, pos: u32) -> Option<u32> {
        self.fns
            .values()
            .filter(|f| f.span.start < pos && pos < f.span.end)
            .min_by_key(|f| f.span.end - f.span.start)
            .map(|f| f.span.start)
    }

    pub fn fn_span(&self, start: u32) -> Option<Span> {
        self.fns.get(&start).map(|f| f.span)
    }

    pub fn decision_params(&self, fstart: u32) -> Vec<bool> {
        self.fns
            .get(&fstart)
            .map(|f| {
                f.params
                    .iter()
                    .map(|slot| {
                        slot.iter()
                            .any(|&p| !self.syms[p as usize].val.dec.is_empty())
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// A guard's body: a bare `return;` (or a block ending in one), "do nothing for the others". A
/// guard that returns a value (`if (found) return found;`) is a lookup, not a filter on users.
/// One definition of a property: its value's span (an expression or a function), whether
/// it is a getter or a method, and the expression a function returns when its body is one
/// `return`.
#[derive(Debug, Clone, Copy)]
struct PropDef {
    span: Span,
    kind: PropKind,
    ret: Option<Span>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum PropKind {
    Value,
    Getter,
    Method,
}

/// The one expression a function body returns, when the body is `return <expr>;` alone (or
/// an arrow's expression body).
fn single_return(body: &FunctionBody<'_>) -> Option<Span> {
    match body.statements.as_slice() {
        [Statement::ReturnStatement(r)] => r.argument.as_ref().map(|a| a.span()),
        [Statement::ExpressionStatement(e)] => Some(e.expression.span()),
        _ => None,
    }
}

#[derive(Default)]
struct PropCollector(HashMap<String, Vec<PropDef>>);

impl PropCollector {
    fn add_value(&mut self, name: &str, v: &Expression<'_>, kind: PropKind) {
        let def = match v.without_parentheses() {
            Expression::FunctionExpression(f) => PropDef {
                span: f.span,
                kind: if kind == PropKind::Getter {
                    kind
                } else {
                    PropKind::Method
                },
                ret: f.body.as_ref().and_then(|b| single_return(b)),
            },
            Expression::ArrowFunctionExpression(f) => PropDef {
                span: f.span,
                kind: PropKind::Method,
                ret: match &f.body {
                    ArrowFunctionBody::FunctionBody(b) => single_return(b),
                    x => x.as_expression().map(|e| e.span()),
                },
            },
            x => PropDef {
                span: x.span(),
                kind,
                ret: None,
            },
        };
        self.0.entry(name.to_string()).or_default().push(def);
    }
}

impl<'a> oxc_ast_visit::Visit<'a> for PropCollector {
    fn visit_object_property(&mut self, it: &ObjectProperty<'a>) {
        if !it.computed {
            if let Some(n) = it.key.static_name() {
                let kind = match it.kind {
                    PropertyKind::Get => PropKind::Getter,
                    PropertyKind::Set => PropKind::Method,
                    PropertyKind::Init => PropKind::Value,
                };
                if it.kind != PropertyKind::Set {
                    self.add_value(&n, &it.value, kind);
                }
            }
        }
        oxc_ast_visit::walk::walk_object_property(self, it);
    }
    fn visit_assignment_expression(&mut self, it: &AssignmentExpression<'a>) {
        if let AssignmentTarget::StaticMemberExpression(m) = &it.left {
            if !matches!(m.object, Expression::ThisExpression(_)) {
                self.add_value(m.property.name.as_str(), &it.right, PropKind::Value);
            }
        }
        oxc_ast_visit::walk::walk_assignment_expression(self, it);
    }
    fn visit_method_definition(&mut self, it: &MethodDefinition<'a>) {
        if !it.computed && it.kind != MethodDefinitionKind::Constructor {
            if let Some(n) = key_name(&it.key) {
                let kind = match it.kind {
                    MethodDefinitionKind::Get => Some(PropKind::Getter),
                    MethodDefinitionKind::Set => None,
                    _ => Some(PropKind::Method),
                };
                if let Some(kind) = kind {
                    self.0.entry(n.to_string()).or_default().push(PropDef {
                        span: it.value.span,
                        kind,
                        ret: it.value.body.as_ref().and_then(|b| single_return(b)),
                    });
                }
            }
        }
        oxc_ast_visit::walk::walk_method_definition(self, it);
    }
    fn visit_property_definition(&mut self, it: &PropertyDefinition<'a>) {
        if !it.computed && it.r#static {
            if let (Some(n), Some(v)) = (key_name(&it.key), &it.value) {
                self.add_value(&n, v, PropKind::Value);
            }
        }
        oxc_ast_visit::walk::walk_property_definition(self, it);
    }
}

/// A class member's name; a private one as `#name` (as [`Flow`] reads `o.#name`).
fn key_name<'a>(k: &PropertyKey<'a>) -> Option<std::borrow::Cow<'a, str>> {
    match k {
        PropertyKey::PrivateIdentifier(p) => Some(format!("#{}", p.name).into()),
        _ => k.static_name(),
    }
}

fn always_exits(s: &Statement<'_>) -> bool {
    match s {
        Statement::ReturnStatement(r) => r.argument.is_none(),
        Statement::BlockStatement(b) => b.body.last().is_some_and(always_exits),
        _ => false,
    }
}

fn env_xf_ok(op: BinaryOperator) -> bool {
    use BinaryOperator as B;
    matches!(
        op,
        B::Addition
            | B::Subtraction
            | B::Multiplication
            | B::Division
            | B::Remainder
            | B::BitwiseXOR
            | B::BitwiseAnd
            | B::BitwiseOR
            | B::ShiftLeft
            | B::ShiftRight
            | B::ShiftRightZeroFill
    )
}

/// Does this expression only build a value from its parts (so that a choice inside it shows
/// in full only in it): arithmetic and concatenation, a template, parentheses, an array of
/// parts, a conversion (`String.fromCharCode`, `String`) or a string method (`join`,
/// `repeat`, `padEnd`…).
fn builds_value(e: &Expression<'_>) -> bool {
    use BinaryOperator as B;
    match e {
        Expression::ParenthesizedExpression(_)
        | Expression::TemplateLiteral(_)
        | Expression::ArrayExpression(_) => true,
        Expression::BinaryExpression(b) => matches!(
            b.operator,
            B::Addition
                | B::Subtraction
                | B::Multiplication
                | B::BitwiseOR
                | B::BitwiseXOR
                | B::BitwiseAnd
                | B::ShiftLeft
                | B::ShiftRight
                | B::ShiftRightZeroFill
        ),
        Expression::UnaryExpression(u) => matches!(
            u.operator,
            UnaryOperator::UnaryNegation | UnaryOperator::UnaryPlus | UnaryOperator::BitwiseNot
        ),
        Expression::CallExpression(c) => match c.callee.without_parentheses() {
            Expression::Identifier(id) => matches!(id.name.as_str(), "String" | "Number"),
            Expression::StaticMemberExpression(m) => {
                crate::rules::target_literal::BUILD_METHODS.contains(&m.property.name.as_str())
            }
            _ => false,
        },
        _ => false,
    }
}

/// An operator that compares its sides (equality, order, `in`, `instanceof`).
fn compares(op: BinaryOperator) -> bool {
    use BinaryOperator as B;
    matches!(
        op,
        B::StrictEquality
            | B::Equality
            | B::StrictInequality
            | B::Inequality
            | B::LessThan
            | B::GreaterThan
            | B::LessEqualThan
            | B::GreaterEqualThan
            | B::In
            | B::Instanceof
    )
}

/// Does this expression give a yes or a no: a comparison, a negation, a boolean, `0`/`1`, a
/// bit picked out (`(b >> i) & 1`), a membership or pattern test, `Boolean(…)`, or a choice
/// or combination of such.
fn yes_or_no(e: &Expression<'_>) -> bool {
    use BinaryOperator as B;
    match e.without_parentheses() {
        Expression::BooleanLiteral(_) => true,
        Expression::NumericLiteral(n) => n.value == 0.0 || n.value == 1.0,
        Expression::UnaryExpression(u) => u.operator == UnaryOperator::LogicalNot,
        Expression::BinaryExpression(b) => match b.operator {
            op if compares(op) => true,
            B::BitwiseAnd => [&b.left, &b.right].iter().any(|x| {
                matches!(x.without_parentheses(), Expression::NumericLiteral(n) if n.value == 1.0)
            }),
            _ => false,
        },
        Expression::LogicalExpression(l) => yes_or_no(&l.left) && yes_or_no(&l.right),
        Expression::ConditionalExpression(c) => yes_or_no(&c.consequent) && yes_or_no(&c.alternate),
        Expression::SequenceExpression(s) => s.expressions.last().is_some_and(yes_or_no),
        Expression::CallExpression(c) => match c.callee.without_parentheses() {
            Expression::Identifier(id) => id.name == "Boolean",
            Expression::StaticMemberExpression(m) => matches!(
                m.property.name.as_str(),
                "test" | "has" | "includes" | "some" | "every" | "startsWith" | "endsWith"
            ),
            _ => false,
        },
        _ => false,
    }
}

/// `new C(…)` with `C` a plain name: the class's name.
fn program_instance(e: &Expression<'_>) -> Option<String> {
    match e.without_parentheses() {
        Expression::NewExpression(n) => match n.callee.without_parentheses() {
            Expression::Identifier(id) => Some(id.name.to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// Does `text` hold `name` as a whole identifier (not inside a longer one: `a` in `data`)?
pub(crate) fn names_word(text: &str, name: &str) -> bool {
    let ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    text.match_indices(name).any(|(at, _)| {
        !text[..at].chars().next_back().is_some_and(ident)
            && !text[at + name.len()..].chars().next().is_some_and(ident)
    })
}

/// A name's writes, less those inside the statements that fill it (and inside `extra`, a
/// statement about to be recorded as one): `s += …` in the loop that builds a string.
fn writes_outside_fills(s: &Sym, extra: Option<Span>) -> u32 {
    let inside = |sp: &Span| {
        s.fills
            .iter()
            .chain(extra.iter())
            .any(|f| f.start <= sp.start && sp.end <= f.end)
    };
    let n = s.inits.iter().filter(|sp| inside(sp)).count() as u32;
    s.writes.saturating_sub(n)
}

/// An empty container as written (`{}`, `[]`, `new Set()`, `new Map()`), or an empty string
/// a loop builds on.
fn empty_container(t: &str) -> bool {
    matches!(
        t.trim()
            .trim_start_matches('(')
            .trim_end_matches(')')
            .trim(),
        "{}" | "[]"
            | "new Set()"
            | "new Map()"
            | "new Set"
            | "new Map"
            | "Object.create(null)"
            | "''"
            | "\"\""
            | "``"
    )
}

/// `(function (E) { … })(E || (E = {}))` (also `E || (exports.E = E = {})`), as TypeScript
/// compiles an enum or a namespace: the name filled and the function filling it.
fn filler(e: &Expression<'_>) -> Option<(String, Span)> {
    let Expression::CallExpression(c) = e.without_parentheses() else {
        return None;
    };
    let Expression::FunctionExpression(f) = c.callee.without_parentheses() else {
        return None;
    };
    let [Argument::LogicalExpression(l)] = c.arguments.as_slice() else {
        return None;
    };
    let Expression::Identifier(x) = l.left.without_parentheses() else {
        return None;
    };
    (f.params.items.len() == 1 && l.operator == LogicalOperator::Or)
        .then(|| (x.name.to_string(), f.span))
}

/// Is `name` used in `text` only to reach pure globals (`global.atob(…)`, `root.JSON`)? Then
/// it stands for the global object there, whatever it is bound to.
fn global_alias_use(text: &str, name: &str) -> bool {
    let ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    let mut any = false;
    for (at, _) in text.match_indices(name) {
        let before = text[..at].chars().next_back();
        let rest = &text[at + name.len()..];
        if before.is_some_and(|c| ident(c) || c == '.') || rest.chars().next().is_some_and(ident) {
            continue;
        }
        let Some(r) = rest.trim_start().strip_prefix('.') else {
            return false;
        };
        let prop: String = r.trim_start().chars().take_while(|&c| ident(c)).collect();
        if !crate::rules::hidden_list::PURE_GLOBALS.contains(&prop.as_str()) {
            return false;
        }
        any = true;
    }
    any
}

/// A callee written `(0, f)` (so that `this` is not `m` in `(0, m.f)(…)`): `f`.
fn unsequenced<'b, 'a>(e: &'b Expression<'a>) -> &'b Expression<'a> {
    match e.without_parentheses() {
        Expression::SequenceExpression(s)
            if s.expressions.len() == 2
                && matches!(s.expressions[0], Expression::NumericLiteral(_)) =>
        {
            s.expressions[1].without_parentheses()
        }
        x => x,
    }
}

/// The dotted name of a callee made of names only (`Object.prototype.hasOwnProperty.call`).
fn static_callee(e: &Expression<'_>) -> Option<String> {
    match e.without_parentheses() {
        Expression::Identifier(id) => Some(id.name.to_string()),
        Expression::StaticMemberExpression(m) => {
            static_callee(&m.object).map(|o| format!("{}.{}", o, m.property.name))
        }
        _ => None,
    }
}

/// The text of a string literal or a template literal without substitutions.
fn literal_text(x: &Expression<'_>) -> Option<String> {
    match x.without_parentheses() {
        Expression::StringLiteral(s) => Some(s.value.to_string()),
        Expression::TemplateLiteral(t) if t.expressions.is_empty() => {
            t.quasis.first().map(|q| q.value.raw.to_string())
        }
        _ => None,
    }
}

/// Add `from` to a set of functions kept to [`MAX_FUNCS`]; whether it grew.
fn add_capped(set: &mut BTreeSet<u32>, from: &BTreeSet<u32>) -> bool {
    let n = set.len();
    for &f in from {
        if set.len() >= MAX_FUNCS {
            break;
        }
        set.insert(f);
    }
    set.len() != n
}

/// A value as a callback's parameter receives it: the same sources, decisions, functions and
/// steps, but no longer the constant or the global object it was.
fn handed(v: &Val) -> Val {
    Val {
        konst: None,
        path: None,
        ..v.clone()
    }
}

fn global_name(e: &Expression<'_>) -> Option<String> {
    match e.without_parentheses() {
        Expression::Identifier(id) => Some(id.name.to_string()),
        Expression::StaticMemberExpression(m) => {
            global_name(&m.object).map(|o| format!("{}.{}", o, m.property.name))
        }
        _ => None,
    }
}

pub fn binding_names(p: &BindingPattern<'_>) -> Vec<String> {
    let mut v = vec![];
    fn go(p: &BindingPattern<'_>, v: &mut Vec<String>) {
        match p {
            BindingPattern::BindingIdentifier(id) => v.push(id.name.to_string()),
            BindingPattern::ObjectPattern(o) => {
                for pr in &o.properties {
                    go(&pr.value, v);
                }
                if let Some(r) = &o.rest {
                    go(&r.argument, v);
                }
            }
            BindingPattern::ArrayPattern(a) => {
                for el in a.elements.iter().flatten() {
                    go(el, v);
                }
                if let Some(r) = &a.rest {
                    go(&r.argument, v);
                }
            }
            BindingPattern::AssignmentPattern(a) => go(&a.left, v),
        }
    }
    go(p, &mut v);
    v
}

/// Free names of a piece of code (referenced, not declared anywhere inside), and whether it
/// parsed and assigns to no free name.
pub fn free_names(text: &str) -> (Vec<String>, bool) {
    let (free, ok, assigned) = free_names_assigned(text);
    (free, ok && assigned.is_empty())
}

/// As [`free_names`], with the free names it assigns to apart: whether it parsed (and reads
/// no `import.meta`), and those names.
pub fn free_names_assigned(text: &str) -> (Vec<String>, bool, Vec<String>) {
    use oxc_ast_visit::{walk, Visit};
    let alloc = oxc_allocator::Allocator::default();
    let src = format!("({})", text);
    let ret = oxc_parser::Parser::new(&alloc, &src, oxc_span::SourceType::mjs()).parse();
    if !ret.diagnostics.is_empty() {
        return (vec![], false, vec![]);
    }
    struct C {
        refs: BTreeSet<String>,
        decl: BTreeSet<String>,
        assigned: BTreeSet<String>,
        this_or_impure: bool,
    }
    impl<'a> Visit<'a> for C {
        fn visit_identifier_reference(&mut self, it: &IdentifierReference<'a>) {
            self.refs.insert(it.name.to_string());
        }
        fn visit_binding_identifier(&mut self, it: &BindingIdentifier<'a>) {
            self.decl.insert(it.name.to_string());
        }
        fn visit_simple_assignment_target(&mut self, it: &SimpleAssignmentTarget<'a>) {
            if let SimpleAssignmentTarget::AssignmentTargetIdentifier(id) = it {
                self.assigned.insert(id.name.to_string());
            }
            walk::walk_simple_assignment_target(self, it);
        }
        fn visit_update_expression(&mut self, it: &UpdateExpression<'a>) {
            if let SimpleAssignmentTarget::AssignmentTargetIdentifier(id) = &it.argument {
                self.assigned.insert(id.name.to_string());
            }
            walk::walk_update_expression(self, it);
        }
        fn visit_import_meta(&mut self, _: &ImportMeta) {
            self.this_or_impure = true;
        }
        fn visit_import_expression(&mut self, _: &ImportExpression<'a>) {
            self.this_or_impure = true;
        }
    }
    let mut c = C {
        refs: BTreeSet::new(),
        decl: BTreeSet::new(),
        assigned: BTreeSet::new(),
        this_or_impure: false,
    };
    c.visit_program(&ret.program);
    let free: Vec<String> = c
        .refs
        .iter()
        .filter(|r| !c.decl.contains(*r))
        .cloned()
        .collect();
    let assigned: Vec<String> = c
        .assigned
        .iter()
        .filter(|a| !c.decl.contains(*a) && *a != "__out")
        .cloned()
        .collect();
    (free, !c.this_or_impure, assigned)
}

/// The traps of `new Proxy(target, { has(t, k) {…}, get: (t, k) => … })`: each trap's name
/// and its function's span.
fn proxy_traps(init: &Expression<'_>) -> Option<Vec<(String, Span)>> {
    let Expression::NewExpression(n) = init.without_parentheses() else {
        return None;
    };
    if !matches!(n.callee.without_parentheses(), Expression::Identifier(id) if id.name == "Proxy") {
        return None;
    }
    let Some(Expression::ObjectExpression(h)) = n.arguments.get(1).and_then(|a| a.as_expression())
    else {
        return None;
    };
    let mut out = vec![];
    for p in &h.properties {
        if let ObjectPropertyKind::ObjectProperty(op) = p {
            let Some(name) = op.key.static_name() else {
                continue;
            };
            match op.value.without_parentheses() {
                Expression::FunctionExpression(f) => out.push((name.to_string(), f.span)),
                Expression::ArrowFunctionExpression(f) => out.push((name.to_string(), f.span)),
                _ => {}
            }
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Whether a function's text is a wrapper: its first parameter is called (directly, or with
/// `.apply`/`.call`) only inside a nested function, which it returns.
pub fn wrapper_text(text: &str) -> bool {
    use oxc_ast_visit::{walk, Visit};
    let alloc = oxc_allocator::Allocator::default();
    let src = format!("({})", text);
    let ret = oxc_parser::Parser::new(&alloc, &src, oxc_span::SourceType::mjs()).parse();
    if !ret.diagnostics.is_empty() {
        return false;
    }
    let Some(Statement::ExpressionStatement(es)) = ret.program.body.first() else {
        return false;
    };
    let (params, stmts, expr): (&FormalParameters, &[Statement], Option<&Expression>) =
        match es.expression.without_parentheses() {
            Expression::FunctionExpression(f) => match &f.body {
                Some(b) => (&f.params, &b.statements, None),
                None => return false,
            },
            Expression::ArrowFunctionExpression(f) => match &f.body {
                ArrowFunctionBody::FunctionBody(b) => (&f.params, &b.statements, None),
                other => match other.as_expression() {
                    Some(e) => (&f.params, &[], Some(e)),
                    None => return false,
                },
            },
            _ => return false,
        };
    let Some(BindingPattern::BindingIdentifier(p)) = params.items.first().map(|p| &p.pattern)
    else {
        return false;
    };
    struct C<'n> {
        name: &'n str,
        depth: u32,
        inner: bool,
        outer: bool,
        returns_fn: bool,
    }
    impl<'a> Visit<'a> for C<'_> {
        fn visit_function(&mut self, it: &Function<'a>, flags: oxc_syntax::scope::ScopeFlags) {
            self.depth += 1;
            walk::walk_function(self, it, flags);
            self.depth -= 1;
        }
        fn visit_arrow_function_expression(&mut self, it: &ArrowFunctionExpression<'a>) {
            self.depth += 1;
            walk::walk_arrow_function_expression(self, it);
            self.depth -= 1;
        }
        fn visit_return_statement(&mut self, it: &ReturnStatement<'a>) {
            if self.depth == 0 {
                if let Some(a) = &it.argument {
                    let mut e = a.without_parentheses();
                    // `return f.cache = new Map, f`
                    if let Expression::SequenceExpression(s) = e {
                        if let Some(l) = s.expressions.last() {
                            e = l.without_parentheses();
                        }
                    }
                    if matches!(
                        e,
                        Expression::FunctionExpression(_)
                            | Expression::ArrowFunctionExpression(_)
                            | Expression::Identifier(_)
                    ) {
                        self.returns_fn = true;
                    }
                }
            }
            walk::walk_return_statement(self, it);
        }
        fn visit_call_expression(&mut self, it: &CallExpression<'a>) {
            let hit = match it.callee.without_parentheses() {
                Expression::Identifier(id) => id.name == self.name,
                Expression::StaticMemberExpression(m) => {
                    matches!(&m.object, Expression::Identifier(id) if id.name == self.name)
                        && matches!(m.property.name.as_str(), "apply" | "call")
                }
                _ => false,
            };
            if hit {
                if self.depth > 0 {
                    self.inner = true;
                } else {
                    self.outer = true;
                }
            }
            walk::walk_call_expression(self, it);
        }
    }
    let mut c = C {
        name: p.name.as_str(),
        depth: 0,
        inner: false,
        outer: false,
        returns_fn: false,
    };
    for st in stmts {
        c.visit_statement(st);
    }
    if let Some(e) = expr {
        // `(fn) => () => fn()`: the body is the returned value.
        c.returns_fn |= matches!(
            e.without_parentheses(),
            Expression::FunctionExpression(_) | Expression::ArrowFunctionExpression(_)
        );
        c.visit_expression(e);
    }
    c.inner && !c.outer && c.returns_fn
}

#[cfg(test)]
mod wrapper_tests {
    use super::wrapper_text;
    #[test]
    fn memoize_and_once_are_wrappers_but_plain_calls_are_not() {
        assert!(wrapper_text("function m(q,K){var _=function(){var z=arguments,$=_.cache;if($.has(z[0]))return $.get(z[0]);var O=q.apply(this,z);return _.cache=$.set(z[0],O)||$,O};return _.cache=new Map,_}"));
        assert!(wrapper_text(
            "(fn) => { let done = false, v; return () => done ? v : (done = true, v = fn()); }"
        ));
        // Calls its argument straight away: not a wrapper.
        assert!(!wrapper_text("function run(fn){ return fn(); }"));
        assert!(!wrapper_text("function f(a){ return a + 1; }"));
        // Calls it later but returns a value, not a function.
        assert!(!wrapper_text(
            "function g(fn){ setTimeout(function(){ fn(); }); return 1; }"
        ));
    }
}
