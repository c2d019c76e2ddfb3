//! The `telltale` command line.
//!
//! Exit codes: 0 clean/notice, 1 suspicious/covert, 2 error (message on stderr).

use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use telltale::report::{Report, Severity, Verdict};
use telltale::rules;
use telltale::Options;

const EXIT_STATUS: &str = "\
Exit status:
  0  clean or notice
  1  suspicious or covert (scan: at or above --fail-on)
  2  error or could not check: nothing readable (empty, image, encrypted, not a valid archive),
     or (scan) a part could not be checked and nothing failed (see --allow-incomplete)";

/// Find hidden signals in text, documents, packages and bundles, privately.
#[derive(Parser)]
#[command(name = "telltale", version, after_help = EXIT_STATUS, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a text: a captured prompt, a message, a document's text
    ///
    /// Every character that is not what it looks like, and the known hiding schemes decoded
    /// (date-line marker, tag characters, variation selectors, zero-width, SNOW, StegCloak).
    #[command(after_help = EXIT_STATUS)]
    Prompt(PromptArgs),
    /// Check files, directories, archives, packages and executables
    ///
    /// Files, directories, .tgz/.tar/.gz/.zip/.vsix/.whl/.jar/.crx (nested), documents and
    /// e-mails, executables (as bytes). Finds environment reads, hidden lists and output
    /// tricks, and links them into covert-channel chains. Many inputs are scanned in parallel;
    /// a directory named node_modules is reported package by package with --format jsonl.
    #[command(after_help = EXIT_STATUS)]
    Scan(ScanArgs),
    /// List every rule with its code, id and severity
    Rules {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Show a rule's documentation (by id like tag-smuggling, or code like TT002)
    Explain {
        /// The rule's id or code
        rule: String,
        #[arg(long, value_enum, default_value_t = Lang::En)]
        lang: Lang,
    },
    /// Print a shell completion script (e.g. `telltale completions bash > /etc/bash_completion.d/telltale`)
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

#[derive(clap::Args)]
struct PromptArgs {
    /// The file to check; standard input when - or absent
    #[arg(default_value = "-")]
    file: String,
    /// Output: text (coloured on a terminal), json (the full report), sarif or markdown
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Password for encrypted StegCloak payloads
    #[arg(long, value_name = "P")]
    password: Option<String>,
    /// In the cleaned text, also write curly quotes and dashes as ASCII
    #[arg(long)]
    ascii_punctuation: bool,
    /// Print only the cleaned text (safe to share), nothing else
    #[arg(long)]
    cleaned: bool,
    /// Language of the report's words (en, zh-CN; any tag: the nearest catalogue)
    #[arg(long, value_name = "TAG", default_value = "en")]
    lang: String,
}

#[derive(clap::Args)]
struct ScanArgs {
    /// Files or directories to check; - is standard input
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<String>,
    /// Output: text, json (one report), jsonl (one report per input, one line each), sarif or markdown
    #[arg(long, value_enum, default_value_t = ScanFormat::Text)]
    format: ScanFormat,
    /// Exit 1 at or above this verdict
    #[arg(long, value_enum, default_value_t = FailOn::Suspicious)]
    fail_on: FailOn,
    /// Extra names or domains to look for in decoded lists (a file, one per line)
    #[arg(long, value_name = "FILE")]
    watchlist: Option<PathBuf>,
    /// Exit 0 even when a part could not be checked (a limit, an encrypted or corrupt entry)
    #[arg(long)]
    allow_incomplete: bool,
    /// Inputs scanned at once (default: the number of cores); the report is the same for any N
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    /// No progress bar
    #[arg(short, long)]
    quiet: bool,
    /// Language of the report's words (en, zh-CN; any tag: the nearest catalogue)
    #[arg(long, value_name = "TAG", default_value = "en")]
    lang: String,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum Format {
    Text,
    Json,
    Sarif,
    Markdown,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum ScanFormat {
    Text,
    Json,
    Jsonl,
    Sarif,
    Markdown,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum ListFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum FailOn {
    Notice,
    Suspicious,
    Covert,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum Lang {
    En,
    Zh,
}

struct Colors {
    on: bool,
    /// The reader's language: verdict and severity keep their English word (scripts read it)
    /// and add the language's own.
    lang: String,
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
        self.paint(code, &word) + &self.own_word("verdict", v.as_str())
    }
    fn severity(&self, s: Severity) -> String {
        let code = match s {
            Severity::Info => "2",
            Severity::Low => "36",
            Severity::Medium => "33",
            Severity::High => "31",
            Severity::Critical => "1;31",
        };
        self.paint(code, &format!("{:<8}", s.as_str())) + &self.own_word("severity", s.as_str())
    }

    /// " 严重" after "critical" for a Chinese reader; nothing in English.
    fn own_word(&self, kind: &str, word: &str) -> String {
        if telltale::i18n::best_language(&self.lang) == telltale::i18n::DEFAULT_LANG {
            return String::new();
        }
        let id = format!("cli-{}-{}", kind, word.to_lowercase());
        format!(
            " {}",
            telltale::i18n::render(&self.lang, &telltale::i18n::Msg::new(&id))
        )
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

/// An error while running (clap reports the usage errors, in the same style).
fn fail(msg: &str) -> ExitCode {
    let on = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    if on {
        eprintln!("\x1b[1;31merror:\x1b[0m {}", msg);
    } else {
        eprintln!("error: {}", msg);
    }
    ExitCode::from(2)
}

pub fn main() -> ExitCode {
    if std::env::args_os().len() == 1 {
        // No arguments: the help, and success (as before clap).
        let _ = Cli::command().print_help();
        return ExitCode::SUCCESS;
    }
    let cli = Cli::parse();
    match cli.command {
        Command::Prompt(a) => prompt(a),
        Command::Scan(a) => scan(a),
        Command::Rules { format } => list_rules(format),
        Command::Explain { rule, lang } => explain(&rule, lang),
        Command::Completions { shell } => {
            let mut cmd = Cli::command();
            clap_complete::generate(shell, &mut cmd, "telltale", &mut std::io::stdout());
            ExitCode::SUCCESS
        }
    }
}

fn prompt(a: PromptArgs) -> ExitCode {
    let format = a.format;
    let path = a.file.as_str();
    let cleaned_only = a.cleaned;
    let o = Options {
        password: a.password.clone(),
        ascii_punctuation: a.ascii_punctuation,
        views: format == Format::Json || cleaned_only,
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
    if telltale::i18n::best_language(&a.lang) != telltale::i18n::DEFAULT_LANG {
        report = telltale::i18n::localize(&report, &a.lang);
    }
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
    let res = if format == Format::Json {
        out.write_all(&pretty(&report))
    } else if format == Format::Sarif {
        let uri = if path == "-" { "stdin" } else { path };
        out.write_all(&pretty(&telltale::sarif::to_sarif_with(
            &report.findings,
            uri,
            &report.checked,
            report.generated.as_deref(),
        )))
    } else if format == Format::Markdown {
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
            lang: a.lang.clone(),
        };
        out.write_all(render_text(&report, &colors, path, &a.lang).as_bytes())
    };
    if let Err(e) = res {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            return fail(&format!("cannot write output: {}", e));
        }
    }
    match report.verdict {
        Verdict::Clean | Verdict::Notice if truncated => {
            eprintln!(
                "error: only the first {} bytes of {} were read (limit); the rest was not checked",
                MAX_TEXT_STREAM, name
            );
            ExitCode::from(2)
        }
        Verdict::Clean | Verdict::Notice => ExitCode::SUCCESS,
        _ => ExitCode::from(1),
    }
}

/// A word of the command line's output in the reader's language (`cli-…` messages).
fn w(lang: &str, id: &str, args: &[(&str, telltale::i18n::Arg)]) -> String {
    let mut m = telltale::i18n::Msg::new(id);
    for (k, v) in args {
        m = m.arg(k, v.clone());
    }
    telltale::i18n::render(lang, &m)
}

fn render_text(r: &Report, c: &Colors, path: &str, lang: &str) -> String {
    let mut s = String::new();
    let stdin = w(lang, "cli-standard-input", &[]);
    let name = if path == "-" { stdin.as_str() } else { path };
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
            "         {} {}\n",
            w(
                lang,
                "cli-at-byte",
                &[("byte", f.location.byte_offset.into())]
            ),
            c.paint("2", &f.snippet)
        ));
        if f.count > 1 {
            s.push_str(&format!(
                "         {}\n",
                w(lang, "cli-seen-times", &[("count", f.count.into())])
            ));
        }
        if let Some(d) = &f.decoded {
            if let Some(fl) = &d.flags {
                s.push_str(&format!(
                    "         {} custom_host_on_list={} host_has_lab_keyword={} china_timezone={}\n",
                    w(lang, "cli-decoded", &[("scheme", d.scheme.as_str().into())]),
                    fl.custom_host_on_list, fl.host_has_lab_keyword, fl.china_timezone
                ));
            } else if let Some(t) = &d.text {
                s.push_str(&format!(
                    "         {} {}\n",
                    w(
                        lang,
                        "cli-decoded-confidence",
                        &[
                            ("scheme", d.scheme.as_str().into()),
                            (
                                "confidence",
                                telltale::i18n::Msg::new(&format!(
                                    "cli-confidence-{}",
                                    format!("{:?}", f.confidence).to_lowercase()
                                ))
                                .into()
                            ),
                        ]
                    ),
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
        s.push_str(&format!(
            "\n{} {}\n",
            w(lang, "cli-dates", &[]),
            pats.join(", ")
        ));
    }
    let notable: Vec<&telltale::report::CharEntry> =
        r.characters.iter().filter(|e| !e.legitimate).collect();
    if !notable.is_empty() {
        s.push_str(&format!("\n{}\n", w(lang, "cli-unusual-characters", &[])));
        for e in notable.iter().take(30) {
            s.push_str(&format!(
                "  {:<9} {:<40} {:<20} ×{}\n",
                e.code_point, e.name, e.class, e.count
            ));
        }
        if notable.len() > 30 {
            s.push_str(&format!(
                "  {}\n",
                w(
                    lang,
                    "cli-and-more-json",
                    &[("count", (notable.len() - 30).into())]
                )
            ));
        }
    }
    for n in &r.notes {
        s.push_str(&format!("{} {}\n", w(lang, "cli-note", &[]), n));
    }
    s
}

fn scan(a: ScanArgs) -> ExitCode {
    let format = a.format;
    let lang = a.lang.clone();
    let localized = telltale::i18n::best_language(&lang) != telltale::i18n::DEFAULT_LANG;
    let fail_on = match a.fail_on {
        FailOn::Notice => Verdict::Notice,
        FailOn::Suspicious => Verdict::Suspicious,
        FailOn::Covert => Verdict::Covert,
    };
    let watchlist: Vec<String> = match &a.watchlist {
        Some(p) => match std::fs::read_to_string(p) {
            Ok(t) => t.lines().map(str::to_string).collect(),
            Err(e) => return fail(&format!("cannot read watchlist {}: {}", p.display(), e)),
        },
        None => Vec::new(),
    };
    let allow_incomplete = a.allow_incomplete;
    let paths = a.paths;
    let jobs = a.jobs.map(usize::from).unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    });
    let plan = telltale::scan::batch::Plan::new(&paths);
    let det = std::sync::Arc::new(telltale::scan::detect::Detectors::new(&watchlist));
    // A progress bar on stderr for long scans, only on a terminal and without --quiet.
    let total = plan.bytes();
    let bar = (!a.quiet
        && std::io::stderr().is_terminal()
        && (total > (32 << 20) || plan.items.len() > 200))
        .then(|| {
            let pb = indicatif::ProgressBar::new(total);
            pb.set_style(
                indicatif::ProgressStyle::with_template(
                    "{spinner} {elapsed_precise} [{wide_bar}] {bytes}/{total_bytes} {msg}",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
                .progress_chars("#>-"),
            );
            pb
        });
    let progress: Option<telltale::scan::batch::Progress> = bar.clone().map(|pb| {
        std::sync::Arc::new(move |n: u64| pb.set_position(n)) as telltale::scan::batch::Progress
    });
    let units = plan.units.len();
    if format == ScanFormat::Jsonl {
        // One report per input, written as soon as it and the inputs before it are done.
        #[derive(serde::Serialize)]
        struct Line<'a> {
            input: &'a str,
            #[serde(flatten)]
            report: &'a telltale::scan::ScanReport,
        }
        let (mut failed, mut all_unread, mut incomplete, mut write_err) = (false, true, 0u64, None);
        let mut n = 0;
        telltale::scan::batch::scan_plan(&plan, &det, jobs, progress, |u, parts| {
            let mut r = telltale::scan::batch::merge(&det, parts);
            if localized {
                r = telltale::i18n::localize(&r, &lang);
            }
            r.generated = telltale::report::utc_now();
            failed |= r.verdict >= fail_on;
            all_unread &= r.verdict == Verdict::Unchecked
                || r.inputs.is_empty()
                || r.inputs.iter().all(|i| i.skipped.is_some());
            incomplete += r.coverage.unchecked_count;
            n += 1;
            if let Some(pb) = &bar {
                pb.set_message(format!("{}/{} inputs", n, units));
            }
            if write_err.is_none() {
                let mut line = serde_json::to_vec(&Line {
                    input: &u.name,
                    report: &r,
                })
                .expect("reports serialise");
                line.push(b'\n');
                let mut out = std::io::stdout().lock();
                if let Err(e) = out.write_all(&line).and_then(|_| out.flush()) {
                    write_err = Some(e);
                }
            }
        });
        if let Some(pb) = &bar {
            pb.finish_and_clear();
        }
        if let Some(e) = write_err {
            if e.kind() != std::io::ErrorKind::BrokenPipe {
                return fail(&format!("cannot write output: {}", e));
            }
        }
        return if failed {
            ExitCode::from(1)
        } else if all_unread {
            ExitCode::from(2)
        } else if incomplete > 0 && !allow_incomplete {
            eprintln!(
                "error: {} part(s) could not be checked (see each report's coverage); exit 2. Use --allow-incomplete to accept that.",
                incomplete
            );
            ExitCode::from(2)
        } else {
            ExitCode::SUCCESS
        };
    }
    let mut all = Vec::new();
    let mut n = 0;
    telltale::scan::batch::scan_plan(&plan, &det, jobs, progress, |_, parts| {
        all.extend(parts);
        n += 1;
        if let Some(pb) = &bar {
            pb.set_message(format!("{}/{} inputs", n, units));
        }
    });
    if let Some(pb) = &bar {
        pb.finish_and_clear();
    }
    let mut report = telltale::scan::batch::merge(&det, all);
    if localized {
        report = telltale::i18n::localize(&report, &lang);
    }
    report.generated = telltale::report::utc_now();
    let nothing_read = report.verdict == Verdict::Unchecked
        || report.inputs.is_empty()
        || report.inputs.iter().all(|i| i.skipped.is_some());
    if nothing_read {
        // Why each input could not be read (its own reason, or the entry that stopped it).
        for c in report.checked.iter().filter(|c| !c.complete) {
            let why = c
                .reason
                .clone()
                .or_else(|| {
                    report
                        .coverage
                        .unchecked
                        .iter()
                        .find(|u| u.path == c.name || u.path.starts_with(&format!("{}!", c.name)))
                        .map(|u| u.reason.clone())
                })
                .unwrap_or_else(|| "nothing in it could be read".into());
            eprintln!("error: {}: {}", c.name, why);
        }
        for i in report.inputs.iter().filter(|i| i.skipped.is_some()) {
            if !report.checked.iter().any(|c| c.name == i.path) {
                eprintln!("error: {}: {}", i.path, i.skipped.as_deref().unwrap_or(""));
            }
        }
    }
    let mut out = std::io::stdout().lock();
    let res = if format == ScanFormat::Json {
        out.write_all(&pretty(&report))
    } else if format == ScanFormat::Sarif {
        out.write_all(&pretty(&telltale::sarif::to_sarif_with(
            &report.findings,
            &paths[0],
            &report.checked,
            report.generated.as_deref(),
        )))
    } else if format == ScanFormat::Markdown {
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
            lang: lang.clone(),
        };
        // Inputs given (files, and files found in directories), then what was read in them.
        let given = report.checked.len().max(1);
        let read = report.inputs.len() as u64 + report.inputs_not_listed;
        let mut s = format!(
            "{}  {}{}\n{}\n",
            c.verdict(report.verdict),
            w(&lang, "cli-inputs", &[("count", given.into())]),
            if read > given as u64 {
                w(&lang, "cli-entries-read", &[("count", read.into())])
            } else {
                String::new()
            },
            report.summary
        );
        for f in &report.findings {
            // Documents are located in their own terms (page, paragraph, Sheet!A1, slide).
            let at = match &f.place {
                Some(p) if f.location.line > 1 => format!(
                    "{} › {}, {}",
                    f.path.as_deref().unwrap_or("?"),
                    p,
                    w(&lang, "cli-line", &[("line", f.location.line.into())])
                ),
                Some(p) => format!("{} › {}", f.path.as_deref().unwrap_or("?"), p),
                None => format!(
                    "{}:{}:{} ({})",
                    f.path.as_deref().unwrap_or("?"),
                    f.location.line,
                    f.location.column,
                    w(
                        &lang,
                        "cli-byte",
                        &[("byte", f.location.byte_offset.into())]
                    )
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
                    "         {} {}\n",
                    w(
                        &lang,
                        "cli-decoded",
                        &[("scheme", d.scheme.as_str().into())]
                    ),
                    d.text.as_deref().unwrap_or("").replace('\n', ", ")
                ));
            }
            if !f.snippet.is_empty() {
                s.push_str(&format!("         {}\n", c.paint("2", &f.snippet)));
            }
            if !f.replay.is_empty() {
                match &f.replay_call {
                    Some(c) => s.push_str(&format!(
                        "         {}\n",
                        w(&lang, "cli-replayed-call", &[("call", c.as_str().into())])
                    )),
                    None => s.push_str(&format!("         {}\n", w(&lang, "cli-replayed", &[]))),
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
                        s.push_str(&format!(
                            "               {}\n",
                            w(&lang, "cli-reveals", &[("what", r.learns.as_str().into())])
                        ));
                    }
                }
            } else if let Some(n) = &f.replay_note {
                s.push_str(&format!(
                    "         {}\n",
                    w(&lang, "cli-not-replayed", &[("why", n.as_str().into())])
                ));
            }
        }
        for i in report.inputs.iter().filter(|i| i.skipped.is_some()) {
            s.push_str(&format!(
                "{}\n",
                w(
                    &lang,
                    "cli-skipped",
                    &[
                        ("path", i.path.as_str().into()),
                        ("why", i.skipped.as_deref().unwrap_or("").into())
                    ]
                )
            ));
        }
        let cov = &report.coverage;
        if !cov.complete {
            s.push_str(&format!(
                "\n{}\n",
                w(
                    &lang,
                    "cli-not-checked",
                    &[
                        ("count", cov.unchecked_count.into()),
                        ("bytes", cov.bytes_checked.into())
                    ]
                )
            ));
            for u in &cov.unchecked {
                s.push_str(&format!("  {}: {}\n", u.path, u.reason));
            }
            if cov.unchecked_count > cov.unchecked.len() as u64 {
                s.push_str(&format!(
                    "  {}\n",
                    w(
                        &lang,
                        "cli-and-more-counted",
                        &[(
                            "count",
                            (cov.unchecked_count - cov.unchecked.len() as u64).into()
                        )]
                    )
                ));
            }
        }
        for n in &report.notes {
            s.push_str(&format!("{} {}\n", w(&lang, "cli-note", &[]), n));
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
            "error: {} part(s) could not be checked (see \"Not checked\" / coverage); exit 2. Use --allow-incomplete to accept that.",
            report.coverage.unchecked_count
        );
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

fn list_rules(format: ListFormat) -> ExitCode {
    let docs = rules::all_docs();
    match format {
        ListFormat::Json => println!("{}", serde_json::to_string_pretty(&docs).unwrap()),
        ListFormat::Text => {
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
    }
    ExitCode::SUCCESS
}

fn explain(id: &str, lang: Lang) -> ExitCode {
    match rules::find(id) {
        Some(r) => {
            let d = rules::doc(r);
            if lang == Lang::Zh {
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
