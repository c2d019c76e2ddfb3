//! The `telltale` command line.
//!
//! Exit codes: 0 clean/notice, 1 suspicious/covert, 2 error (message on stderr).

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

use telltale::report::{Report, Severity, Verdict};
use telltale::rules;
use telltale::Options;

const USAGE: &str = "\
telltale: find hidden signals in text

USAGE:
  telltale prompt [FILE|-] [--format text|json|sarif|markdown] [--password P] [--ascii-punctuation] [--cleaned]
  telltale scan PATH...|- [--format text|json|sarif|markdown] [--fail-on LEVEL] [--watchlist FILE] [--allow-incomplete]
  telltale rules [--format text|json]
  telltale explain RULE [--lang en|zh]
  telltale --version | --help

  prompt    check a text (a captured prompt, a message, a document); reads stdin when FILE is - or absent
            --format      text (default, coloured on a terminal) or json (the full report)
            --password    password for encrypted StegCloak payloads
            --ascii-punctuation  in the cleaned text, also write curly quotes and dashes as ASCII
            --cleaned     print only the cleaned text (safe to share), nothing else
  scan      check bundles: files, directories, .tgz/.tar/.gz/.zip/.vsix/.whl/.jar/.crx (nested),
            executables (as bytes); finds environment reads, hidden lists, output tricks, and
            links them into covert-channel chains
            --fail-on     exit 1 at or above this verdict: notice, suspicious (default) or covert
            --watchlist   extra names or domains to look for in decoded lists (one per line)
            --allow-incomplete  exit 0 even when a part could not be checked (a limit, an encrypted
                          or corrupt entry); by default that exits 2
  rules     list every rule with its code, id and severity
  explain   show a rule's documentation (by id like `tag-smuggling` or code like `TT002`)

EXIT STATUS: 0 clean or notice, 1 suspicious or covert (scan: at or above --fail-on),
             2 error, could not check (nothing readable: empty, image, encrypted,
               not a valid archive), or (scan) a part could not be checked and nothing failed.
";

struct Colors {
    on: bool,
}

impl Colors {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{}m{}\x1b[0m", code, s)
        } else {
            s.to_string()
        }
    }
    fn verdict(&self, v: Verdict) -> String {
        let code = match v {
            Verdict::Unchecked => "1;35",
            Verdict::Clean => "1;32",
            Verdict::Notice => "1;36",
            Verdict::Suspicious => "1;33",
            Verdict::Covert => "1;31",
        };
        let word = if v == Verdict::Unchecked {
            "COULD NOT CHECK".to_string()
        } else {
            v.as_str().to_uppercase()
        };
        self.paint(code, &word)
    }
    fn severity(&self, s: Severity) -> String {
        let code = match s {
            Severity::Info => "2",
            Severity::Low => "36",
            Severity::Medium => "33",
            Severity::High => "31",
            Severity::Critical => "1;31",
        };
        self.paint(code, &format!("{:<8}", s.as_str()))
    }
}

/// Pretty JSON with a final newline (written in one piece, so a closed pipe is one error kind).
fn pretty<T: serde::Serialize>(v: &T) -> Vec<u8> {
    let mut b = serde_json::to_vec_pretty(v).expect("reports serialise");
    b.push(b'\n');
    b
}

/// Bytes of text read from a stream with no known end (standard input, a FIFO).
const MAX_TEXT_STREAM: u64 = 256 << 20;

fn fail(msg: &str) -> ExitCode {
    eprintln!("telltale: {}", msg);
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None | Some("-h") | Some("--help") | Some("help") => {
            print!("{}", USAGE);
            ExitCode::SUCCESS
        }
        Some("-V") | Some("--version") => {
            println!("telltale {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Some("prompt") => prompt(&args[1..]),
        Some("scan") => scan(&args[1..]),
        Some("rules") => list_rules(&args[1..]),
        Some("explain") => explain(&args[1..]),
        Some(other) => fail(&format!(
            "unknown command '{}'. Try 'telltale --help'.",
            other
        )),
    }
}

/// Parse `--flag value` / `--flag=value` options; returns (positionals, lookup).
fn parse<'a>(
    args: &'a [String],
    with_value: &[&str],
    flags: &[&str],
) -> Result<(Vec<&'a str>, Vec<(String, String)>), String> {
    let mut pos = Vec::new();
    let mut opts = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        if a == "-" || !a.starts_with('-') {
            pos.push(a);
        } else if let Some((k, v)) = a.split_once('=') {
            if !with_value.contains(&k) {
                return Err(format!("unknown option '{}'", k));
            }
            opts.push((k.to_string(), v.to_string()));
        } else if with_value.contains(&a) {
            let v = args
                .get(i + 1)
                .ok_or_else(|| format!("option '{}' needs a value", a))?;
            opts.push((a.to_string(), v.clone()));
            i += 1;
        } else if flags.contains(&a) {
            opts.push((a.to_string(), String::new()));
        } else {
            return Err(format!("unknown option '{}'", a));
        }
        i += 1;
    }
    Ok((pos, opts))
}

fn get<'a>(opts: &'a [(String, String)], k: &str) -> Option<&'a str> {
    opts.iter()
        .rev()
        .find(|(a, _)| a == k)
        .map(|(_, v)| v.as_str())
}

fn format_of(opts: &[(String, String)]) -> Result<&str, String> {
    match get(opts, "--format").unwrap_or("text") {
        f @ ("text" | "json" | "sarif" | "markdown") => Ok(f),
        f => Err(format!(
            "unknown format '{}' (use text, json, sarif or markdown)",
            f
        )),
    }
}

fn prompt(args: &[String]) -> ExitCode {
    let (pos, opts) = match parse(
        args,
        &["--format", "--password"],
        &["--ascii-punctuation", "--cleaned"],
    ) {
        Ok(x) => x,
        Err(e) => return fail(&e),
    };
    let format = match format_of(&opts) {
        Ok(f) => f,
        Err(e) => return fail(&e),
    };
    if pos.len() > 1 {
        return fail("prompt takes one FILE (or - for standard input)");
    }
    let path = pos.first().copied().unwrap_or("-");
    let cleaned_only = get(&opts, "--cleaned").is_some();
    let o = Options {
        password: get(&opts, "--password").map(str::to_string),
        ascii_punctuation: get(&opts, "--ascii-punctuation").is_some(),
        views: format == "json" || cleaned_only,
        ..Default::default()
    };
    // Files of known size are read to their end; standard input, FIFOs and devices at most
    // MAX_TEXT_STREAM bytes (the report says so when that limit is reached).
    let name = if path == "-" { "standard input" } else { path };
    let reader: Box<dyn Read> = if path == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        match std::fs::File::open(path) {
            Ok(f) => Box::new(std::io::BufReader::with_capacity(1 << 16, f)),
            Err(e) => return fail(&format!("cannot read {}: {}", name, e)),
        }
    };
    let regular = path != "-"
        && std::fs::metadata(path)
            .map(|m| m.is_file() && m.len() > 0)
            .unwrap_or(false);
    let cap = if regular { u64::MAX } else { MAX_TEXT_STREAM };
    let mut stdout_err: Option<std::io::Error> = None;
    let mut write_cleaned = |piece: &str| {
        if stdout_err.is_none() {
            if let Err(e) = std::io::stdout().lock().write_all(piece.as_bytes()) {
                stdout_err = Some(e);
            }
        }
    };
    let mut hashing = telltale::report::HashingReader::new(reader);
    let checked = telltale::text::segments::check_reader(
        &mut hashing,
        &o,
        cap,
        if cleaned_only {
            Some(&mut write_cleaned)
        } else {
            None
        },
    );
    let (mut report, truncated) = match checked {
        Ok(x) => x,
        Err(e) => return fail(&format!("cannot read {}: {}", name, e)),
    };
    let size = hashing.bytes;
    let digest = hashing.hex();
    report.generated = telltale::report::utc_now();
    report.checked = vec![telltale::report::Checked {
        name: name.to_string(),
        size,
        sha256: (!truncated).then_some(digest),
        verdict: Some(report.verdict),
        complete: !truncated,
        reason: None,
    }];
    if cleaned_only {
        if let Some(e) = stdout_err {
            if e.kind() != std::io::ErrorKind::BrokenPipe {
                return fail(&format!("cannot write output: {}", e));
            }
        }
        return if truncated {
            fail(&format!(
                "only the first {} bytes of {} were read (limit); the rest was not cleaned",
                MAX_TEXT_STREAM, name
            ))
        } else {
            ExitCode::SUCCESS
        };
    }
    let mut out = std::io::stdout().lock();
    let res = if format == "json" {
        out.write_all(&pretty(&report))
    } else if format == "sarif" {
        let uri = if path == "-" { "stdin" } else { path };
        out.write_all(&pretty(&telltale::sarif::to_sarif_with(
            &report.findings,
            uri,
            &report.checked,
            report.generated.as_deref(),
        )))
    } else if format == "markdown" {
        let md = telltale::markdown::to_markdown(
            report.verdict,
            &report.summary,
            &report.findings,
            &[],
            "en",
            &report.checked,
            report.generated.as_deref(),
        );
        out.write_all(md.as_bytes())
    } else {
        let colors = Colors {
            on: std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        };
        out.write_all(render_text(&report, &colors, path).as_bytes())
    };
    if let Err(e) = res {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            return fail(&format!("cannot write output: {}", e));
        }
    }
    match report.verdict {
        Verdict::Clean | Verdict::Notice if truncated => {
            eprintln!(
                "telltale: only the first {} bytes of {} were read (limit); the rest was not checked",
                MAX_TEXT_STREAM, name
            );
            ExitCode::from(2)
        }
        Verdict::Clean | Verdict::Notice => ExitCode::SUCCESS,
        _ => ExitCode::from(1),
    }
}

fn render_text(r: &Report, c: &Colors, path: &str) -> String {
    let mut s = String::new();
    let name = if path == "-" { "standard input" } else { path };
    s.push_str(&format!(
        "{}  {}\n",
        c.verdict(r.verdict),
        c.paint("1", name)
    ));
    s.push_str(&format!("{}\n", r.summary));
    if !r.findings.is_empty() {
        s.push('\n');
    }
    for f in &r.findings {
        s.push_str(&format!(
            "{} {} {}:{}  {}  {}\n",
            c.severity(f.severity),
            c.paint("2", &f.code),
            f.location.line,
            f.location.column,
            c.paint("1", &f.rule),
            f.message
        ));
        s.push_str(&format!("         {}\n", f.meaning));
        s.push_str(&format!(
            "         at byte {}: {}\n",
            f.location.byte_offset,
            c.paint("2", &f.snippet)
        ));
        if f.count > 1 {
            s.push_str(&format!("         seen {} times\n", f.count));
        }
        if let Some(d) = &f.decoded {
            if let Some(fl) = &d.flags {
                s.push_str(&format!(
                    "         decoded ({}): custom_host_on_list={} host_has_lab_keyword={} china_timezone={}\n",
                    d.scheme, fl.custom_host_on_list, fl.host_has_lab_keyword, fl.china_timezone
                ));
            } else if let Some(t) = &d.text {
                s.push_str(&format!(
                    "         decoded ({}, confidence {:?}): {}\n",
                    d.scheme,
                    f.confidence,
                    c.paint("1", &t.replace('\n', "⏎"))
                ));
            } else {
                s.push_str(&format!("         {}\n", d.scheme));
            }
        }
    }
    if r.dates.mixed || !r.dates.dates.is_empty() {
        let pats: Vec<String> = r
            .dates
            .patterns
            .iter()
            .map(|(p, n)| format!("{} ×{}", p, n))
            .collect();
        s.push_str(&format!("\nDates: {}\n", pats.join(", ")));
    }
    let notable: Vec<&telltale::report::CharEntry> =
        r.characters.iter().filter(|e| !e.legitimate).collect();
    if !notable.is_empty() {
        s.push_str("\nUnusual characters:\n");
        for e in notable.iter().take(30) {
            s.push_str(&format!(
                "  {:<9} {:<40} {:<20} ×{}\n",
                e.code_point, e.name, e.class, e.count
            ));
        }
        if notable.len() > 30 {
            s.push_str(&format!(
                "  … and {} more (use --format json)\n",
                notable.len() - 30
            ));
        }
    }
    for n in &r.notes {
        s.push_str(&format!("note: {}\n", n));
    }
    s
}

fn scan(args: &[String]) -> ExitCode {
    let (pos, opts) = match parse(
        args,
        &["--format", "--fail-on", "--watchlist"],
        &["--allow-incomplete"],
    ) {
        Ok(x) => x,
        Err(e) => return fail(&e),
    };
    let format = match format_of(&opts) {
        Ok(f) => f,
        Err(e) => return fail(&e),
    };
    if pos.is_empty() {
        return fail("scan needs at least one PATH");
    }
    let fail_on = match get(&opts, "--fail-on").unwrap_or("suspicious") {
        "notice" => Verdict::Notice,
        "suspicious" => Verdict::Suspicious,
        "covert" => Verdict::Covert,
        other => {
            return fail(&format!(
                "unknown --fail-on level '{}' (notice, suspicious or covert)",
                other
            ))
        }
    };
    let watchlist: Vec<String> = match get(&opts, "--watchlist") {
        Some(p) => match std::fs::read_to_string(p) {
            Ok(t) => t.lines().map(str::to_string).collect(),
            Err(e) => return fail(&format!("cannot read watchlist {}: {}", p, e)),
        },
        None => Vec::new(),
    };
    let allow_incomplete = get(&opts, "--allow-incomplete").is_some();
    let paths: Vec<String> = pos.iter().map(|s| s.to_string()).collect();
    // A progress line on stderr for large inputs, only when stderr is a terminal.
    let total: u64 = paths
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum();
    let progress: Option<Box<dyn FnMut(u64)>> =
        if std::io::stderr().is_terminal() && total > (32 << 20) {
            let mut last = 0u64;
            Some(Box::new(move |done: u64| {
                if done - last >= (16 << 20) {
                    last = done;
                    let pct = if total > 0 {
                        (done.min(total) * 100 / total) as usize
                    } else {
                        0
                    };
                    eprint!(
                        "\r[{:<30}] {:>4} MB read",
                        "#".repeat(pct * 30 / 100),
                        done >> 20
                    );
                }
            }))
        } else {
            None
        };
    let show = progress.is_some();
    let mut report = telltale::scan::scan_paths(&paths, &watchlist, progress);
    report.generated = telltale::report::utc_now();
    if show {
        eprint!("\r{:60}\r", "");
    }
    let nothing_read = report.verdict == Verdict::Unchecked
        || report.inputs.is_empty()
        || report.inputs.iter().all(|i| i.skipped.is_some());
    if nothing_read {
        for i in &report.inputs {
            eprintln!(
                "telltale: {}: {}",
                i.path,
                i.skipped.as_deref().unwrap_or("")
            );
        }
    }
    let mut out = std::io::stdout().lock();
    let res = if format == "json" {
        out.write_all(&pretty(&report))
    } else if format == "sarif" {
        out.write_all(&pretty(&telltale::sarif::to_sarif_with(
            &report.findings,
            &paths[0],
            &report.checked,
            report.generated.as_deref(),
        )))
    } else if format == "markdown" {
        let inputs = telltale::scan::input_lines(&report.inputs, &report.coverage);
        let md = telltale::markdown::to_markdown(
            report.verdict,
            &report.summary,
            &report.findings,
            &inputs,
            "en",
            &report.checked,
            report.generated.as_deref(),
        );
        out.write_all(md.as_bytes())
    } else {
        let c = Colors {
            on: std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        };
        let mut s = format!(
            "{}  {} input(s)\n{}\n",
            c.verdict(report.verdict),
            report.inputs.len(),
            report.summary
        );
        for f in &report.findings {
            // Documents are located in their own terms (page, paragraph, Sheet!A1, slide).
            let at = match &f.place {
                Some(p) if f.location.line > 1 => format!(
                    "{} › {}, line {}",
                    f.path.as_deref().unwrap_or("?"),
                    p,
                    f.location.line
                ),
                Some(p) => format!("{} › {}", f.path.as_deref().unwrap_or("?"), p),
                None => format!(
                    "{}:{}:{} (byte {})",
                    f.path.as_deref().unwrap_or("?"),
                    f.location.line,
                    f.location.column,
                    f.location.byte_offset
                ),
            };
            s.push_str(&format!(
                "\n{} {} {}  {}\n         {}\n         {}\n",
                c.severity(f.severity),
                c.paint("2", &f.code),
                c.paint("1", &f.rule),
                at,
                f.message,
                f.meaning
            ));
            if let Some(d) = &f.decoded {
                s.push_str(&format!(
                    "         decoded ({}): {}\n",
                    d.scheme,
                    d.text.as_deref().unwrap_or("").replace('\n', ", ")
                ));
            }
            if !f.snippet.is_empty() {
                s.push_str(&format!("         {}\n", c.paint("2", &f.snippet)));
            }
            if !f.replay.is_empty() {
                match &f.replay_call {
                    Some(c) => s.push_str(&format!("         replayed in the sandbox ({}):\n", c)),
                    None => s.push_str("         replayed in the sandbox:\n"),
                }
                for r in &f.replay {
                    s.push_str(&format!(
                        "           {}\n             → {}\n",
                        r.env,
                        c.paint("1", &r.output.replace('\n', "⏎"))
                    ));
                    for ch in &r.changes {
                        s.push_str(&format!("               {}\n", ch));
                    }
                    if !r.learns.is_empty() {
                        s.push_str(&format!("               reveals: {}\n", r.learns));
                    }
                }
            } else if let Some(n) = &f.replay_note {
                s.push_str(&format!("         not replayed: {}\n", n));
            }
        }
        for i in report.inputs.iter().filter(|i| i.skipped.is_some()) {
            s.push_str(&format!(
                "skipped {}: {}\n",
                i.path,
                i.skipped.as_deref().unwrap_or("")
            ));
        }
        let cov = &report.coverage;
        if !cov.complete {
            s.push_str(&format!(
                "\nNot checked ({} part(s); {} bytes were checked):\n",
                cov.unchecked_count, cov.bytes_checked
            ));
            for u in &cov.unchecked {
                s.push_str(&format!("  {}: {}\n", u.path, u.reason));
            }
            if cov.unchecked_count > cov.unchecked.len() as u64 {
                s.push_str(&format!(
                    "  … and {} more (counted, not listed)\n",
                    cov.unchecked_count - cov.unchecked.len() as u64
                ));
            }
        }
        for n in &report.notes {
            s.push_str(&format!("note: {}\n", n));
        }
        out.write_all(s.as_bytes())
    };
    if let Err(e) = res {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            return fail(&format!("cannot write output: {}", e));
        }
    }
    if report.verdict >= fail_on {
        ExitCode::from(1)
    } else if nothing_read {
        ExitCode::from(2)
    } else if !report.coverage.complete && !allow_incomplete {
        // A limit reached is not a clean bill: fail closed unless told otherwise.
        eprintln!(
            "telltale: {} part(s) could not be checked (see \"Not checked\" / coverage); exit 2. Use --allow-incomplete to accept that.",
            report.coverage.unchecked_count
        );
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

fn list_rules(args: &[String]) -> ExitCode {
    let (_, opts) = match parse(args, &["--format"], &[]) {
        Ok(x) => x,
        Err(e) => return fail(&e),
    };
    let docs = rules::all_docs();
    match format_of(&opts) {
        Ok("json") => println!("{}", serde_json::to_string_pretty(&docs).unwrap()),
        Ok(_) => {
            for d in docs {
                println!(
                    "{}  {:<30} {:<9} {}",
                    d.code,
                    d.id,
                    d.max_severity.as_str(),
                    d.title
                );
            }
        }
        Err(e) => return fail(&e),
    }
    ExitCode::SUCCESS
}

fn explain(args: &[String]) -> ExitCode {
    let Some(id) = args.first() else {
        return fail("explain needs a rule id or code (see 'telltale rules')");
    };
    match rules::find(id) {
        Some(r) => {
            let d = rules::doc(r);
            let zh = args
                .windows(2)
                .any(|w| w[0] == "--lang" && w[1].starts_with("zh"));
            if zh {
                println!("{} {}：{}\n", d.code, d.id, d.zh.title);
                println!("标记什么\n{}\n", d.zh.what);
                println!("为什么重要\n{}\n", d.zh.why);
                println!("示例\n{}", d.example);
            } else {
                println!("{} {}: {}\n", d.code, d.id, d.title);
                println!("What it flags\n{}\n", d.what);
                println!("Why it matters\n{}\n", d.why);
                println!("Example\n{}", d.example);
            }
            ExitCode::SUCCESS
        }
        None => fail(&format!("no rule '{}' (see 'telltale rules')", id)),
    }
}
