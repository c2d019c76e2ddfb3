//! The scanner under hostile input (issue 8): no cap, limit or bomb leaves a quieter verdict
//! than the same channel alone; what was not read is stated; work is linear (counted, not
//! timed); reports are deterministic. The archives are built here with the real writers
//! (flate2, tar, zip) around a covert fixture that behaves differently by environment.
#![cfg(not(target_arch = "wasm32"))]

use std::io::{Cursor, Write};

use telltale::report::Verdict;
use telltale::scan::{ScanReport, Scanner};

const MARKER: &str = "../tests/corpus/bundles/agent-b64-xor.js";

fn marker() -> Vec<u8> {
    std::fs::read(MARKER).expect("covert fixture")
}

fn scan(name: &str, bytes: &[u8]) -> ScanReport {
    let mut s = Scanner::new(&[]);
    s.scan_top(name, bytes.len() as u64, &mut Cursor::new(bytes));
    let r = s.finish();
    // Whatever went wrong is said in every language: each archive problem is a message that
    // renders in every catalogue, and the Chinese words are not the English ones.
    for f in r.findings.iter().filter(|f| f.code == "TB006") {
        for m in [&f.msg, &f.meaning_msg] {
            let m = m.as_ref().expect("an archive problem is a message");
            assert_eq!(
                telltale::i18n::problems(m),
                Vec::<String>::new(),
                "{}",
                f.message
            );
            assert_ne!(
                telltale::i18n::render("zh-CN", m),
                telltale::i18n::render("en", m)
            );
        }
    }
    r
}

fn covert_count(r: &ScanReport) -> usize {
    r.findings.iter().filter(|f| f.covert).count()
}

fn gzip(b: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(b).unwrap();
    e.finish().unwrap()
}

fn tar(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    for (name, data) in entries {
        let mut h = tar::Header::new_gnu();
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        h.set_cksum();
        b.append_data(&mut h, name, *data).unwrap();
    }
    b.into_inner().unwrap()
}

#[test]
fn the_channel_alone_is_covert() {
    let r = scan("agent.js", &marker());
    assert_eq!(r.verdict, Verdict::Covert);
    assert!(r.coverage.complete);
}

#[test]
fn twenty_thousand_decoy_reads_do_not_hide_the_channel() {
    let mut b = "process.env.TZ;\n".repeat(20_001).into_bytes();
    b.extend(marker());
    let r = scan("padded.js", &b);
    assert_eq!(r.verdict, Verdict::Covert, "{}", r.summary);
    assert!(covert_count(&r) >= covert_count(&scan("agent.js", &marker())));
    // Every decoy is still counted.
    let reads = r
        .findings
        .iter()
        .find(|f| f.rule == "environment-source" && f.message.contains("timezone"))
        .expect("the decoys are reported");
    assert!(reads.count >= 20_000, "{}", reads.count);
}

#[test]
fn decoys_in_every_line_between_the_links_do_not_hide_the_channel() {
    // Decoys interleaved with the channel's own lines, many sinks without sources around it.
    let m = String::from_utf8(marker()).unwrap();
    let mut b = String::new();
    for _ in 0..3000 {
        b.push_str("x = s.replace(/-/g, \"/\"); y = process.env.HTTPS_PROXY;\n");
    }
    b.push_str(&m);
    for _ in 0..3000 {
        b.push_str("z = \"\\u2019\" + \"'\"; w = process.env.TZ;\n");
    }
    let r = scan("dense.js", b.as_bytes());
    assert_eq!(r.verdict, Verdict::Covert);
    assert!(r.findings.iter().any(|f| f.covert
        && f.decoded.as_ref().is_some_and(|d| d
            .text
            .as_deref()
            .unwrap_or("")
            .contains("deepseek"))));
}

#[test]
fn a_channel_after_a_gzip_bomb_in_the_same_tarball_is_found() {
    // 32 MiB of zeros (ratio ~1000×) then the channel, in one gzip stream.
    let zeros = vec![0u8; 32 << 20];
    let m = marker();
    let tgz = gzip(&tar(&[
        ("package/zeros.bin", &zeros),
        ("package/cli.js", &m),
    ]));
    assert!(tgz.len() < 200_000);
    let r = scan("pkg.tgz", &tgz);
    assert_eq!(r.verdict, Verdict::Covert, "{}", r.summary);
    assert!(r
        .findings
        .iter()
        .any(|f| f.covert && f.path.as_deref() == Some("pkg.tgz!package/cli.js")));
    // The bomb is named, and the part not checked is in the coverage.
    assert!(r
        .findings
        .iter()
        .any(|f| f.rule == "archive-problem" && f.message.contains("bomb")));
    assert!(!r.coverage.complete);
    assert!(r
        .coverage
        .unchecked
        .iter()
        .any(|u| u.path == "pkg.tgz!package/zeros.bin"));
}

#[test]
fn a_bomb_alone_is_not_clean_and_says_what_was_not_read() {
    let r = scan("zeros.gz", &gzip(&vec![0u8; 32 << 20]));
    assert!(r.verdict >= Verdict::Suspicious, "{:?}", r.verdict);
    assert!(!r.coverage.complete);
    assert!(
        r.summary.contains("Not everything could be checked"),
        "{}",
        r.summary
    );
}

#[test]
fn a_zip_whose_directory_lies_about_a_size_is_reported_and_the_next_entry_checked() {
    let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let o = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    z.start_file("package/small.txt", o).unwrap();
    z.write_all(&vec![b'a'; 100_000]).unwrap();
    z.start_file("package/cli.js", o).unwrap();
    z.write_all(&marker()).unwrap();
    let mut bytes = z.finish().unwrap().into_inner();
    // Make both headers of the first entry say 1000 bytes.
    let needle = 100_000u32.to_le_bytes();
    let mut n = 0;
    for i in 0..bytes.len() - 4 {
        if bytes[i..i + 4] == needle {
            bytes[i..i + 4].copy_from_slice(&1000u32.to_le_bytes());
            n += 1;
        }
    }
    assert_eq!(n, 2, "local and central headers patched");
    let r = scan("lies.zip", &bytes);
    assert_eq!(r.verdict, Verdict::Covert);
    assert!(r
        .findings
        .iter()
        .any(|f| f.message.contains("declared 1000 bytes")));
    let small = r
        .inputs
        .iter()
        .find(|i| i.path == "lies.zip!package/small.txt")
        .unwrap();
    assert!(small.bytes_read <= 1000, "{}", small.bytes_read);
}

#[test]
fn nested_archives_deeper_than_the_limit_are_stated_not_silently_dropped() {
    let m = marker();
    let mut cur = gzip(&tar(&[("package/cli.js", &m)]));
    for i in 0..12 {
        cur = gzip(&tar(&[(&format!("package/level{}.tgz", i), &cur)]));
    }
    let r = scan("deep.tgz", &cur);
    assert!(!r.coverage.complete);
    assert!(r
        .coverage
        .unchecked
        .iter()
        .any(|u| u.reason.contains("nested deeper")));
    // Only wrappers were read, never the code inside: "could not check", with the reason.
    assert_eq!(r.verdict, Verdict::Unchecked, "{}", r.summary);
    assert!(r.summary.contains("nested deeper"), "{}", r.summary);
}

#[test]
fn many_problems_are_grouped_and_counted() {
    // 300 encrypted-looking entries would be 300 findings; the report lists a few and counts all.
    let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let o = zip::write::SimpleFileOptions::default();
    for i in 0..300 {
        z.start_file(format!("../up{}.js", i), o).unwrap();
        z.write_all(b"x").unwrap();
    }
    let bytes = z.finish().unwrap().into_inner();
    let r = scan("many.zip", &bytes);
    let listed = r
        .findings
        .iter()
        .filter(|f| {
            f.message
                .starts_with("An entry escapes the archive (entry name escapes")
        })
        .count();
    assert_eq!(listed, telltale::scan::MAX_PROBLEMS_LISTED);
    assert!(r.findings.iter().any(
        |f| f.message.contains("290 more of the same kind") && f.message.contains("300 in all")
    ));
}

#[test]
fn two_reports_of_the_same_input_are_byte_identical() {
    let m = marker();
    let tgz = gzip(&tar(&[
        ("package/a.js", b"process.env.TZ;"),
        ("package/cli.js", &m),
        (
            "package/b.js",
            b"process.env.HTTPS_PROXY; s.replace(/-/g, '/')",
        ),
    ]));
    let a = serde_json::to_vec_pretty(&scan("pkg.tgz", &tgz)).unwrap();
    let b = serde_json::to_vec_pretty(&scan("pkg.tgz", &tgz)).unwrap();
    assert_eq!(a, b);
    let t = "Today\u{2019}s date is 2026/04/03. p\u{0430}ypal \u{200B}".repeat(50);
    let x = serde_json::to_vec(&telltale::check_text(&t, &Default::default())).unwrap();
    let y = serde_json::to_vec(&telltale::check_text(&t, &Default::default())).unwrap();
    assert_eq!(x, y);
}

/// Work counted by the scanner (bytes, hits, kept hits, lookups) for `n` copies of `unit`.
fn work_for(unit: &str, n: usize) -> telltale::scan::Work {
    let b = unit.repeat(n);
    let mut s = Scanner::new(&[]);
    s.scan_top("w.js", b.len() as u64, &mut Cursor::new(b.as_bytes()));
    s.work
}

#[test]
fn scanning_work_grows_linearly_with_the_input() {
    // Dense bait: a source, a target, a sink and an encoded token on every line.
    let bait = "if(process.env.TZ===\"Asia/Shanghai\"||HTTPS_PROXY){d=d.replace(/-/g,\"/\");s+=\"\\u2019'\";k=\"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=\"}\n";
    let small = work_for(bait, 40_000);
    let big = work_for(bait, 80_000);
    assert_eq!(big.bytes, 2 * small.bytes);
    for (what, a, b) in [
        ("hits", small.hits, big.hits),
        ("kept", small.kept, big.kept),
        ("probes", small.probes, big.probes),
    ] {
        assert!(a > 0, "{} counted", what);
        let ratio = b as f64 / a as f64;
        assert!(
            (1.6..=2.4).contains(&ratio),
            "{}: {} -> {} (x{:.2}) is not linear",
            what,
            a,
            b,
            ratio
        );
    }
}

#[test]
fn node_sea_headers_back_to_back_are_linear() {
    // 25-byte SEA blob headers repeated: the embedded-module list is deduplicated in O(1).
    let mut unit = vec![
        0x20, 0xda, 0x43, 0x01, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, b'a',
    ];
    unit.extend(1u64.to_le_bytes());
    let one: Vec<u8> = unit
        .iter()
        .copied()
        .cycle()
        .take(unit.len() * 40_000)
        .collect();
    let two: Vec<u8> = unit
        .iter()
        .copied()
        .cycle()
        .take(unit.len() * 80_000)
        .collect();
    let w = |b: &[u8]| {
        let mut s = Scanner::new(&[]);
        s.scan_top("sea.bin", b.len() as u64, &mut Cursor::new(b));
        (s.work, s.finish())
    };
    let (w1, r1) = w(&one);
    let (w2, _) = w(&two);
    assert_eq!(w2.bytes, 2 * w1.bytes);
    // Headers in a window's carried-over part are parsed twice: about twice the work, no more.
    let ratio = w2.modules as f64 / w1.modules as f64;
    assert!(
        (1.9..=2.1).contains(&ratio),
        "{} -> {}",
        w1.modules,
        w2.modules
    );
    assert!(r1.inputs[0].kind.starts_with("node single executable"));
}

#[cfg(unix)]
#[test]
fn a_directory_with_a_symlink_loop_finishes_and_names_the_links() {
    let dir = std::env::temp_dir().join(format!("telltale-symloop-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("cli.js"), marker()).unwrap();
    std::os::unix::fs::symlink(".", dir.join("a")).unwrap();
    std::os::unix::fs::symlink(".", dir.join("b")).unwrap();
    let r = telltale::scan::scan_paths(&[dir.display().to_string()], &[], None);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(r.verdict, Verdict::Covert);
    let links: Vec<_> = r
        .inputs
        .iter()
        .filter(|i| i.kind == "symbolic link")
        .collect();
    assert_eq!(links.len(), 2);
    assert!(links[0]
        .skipped
        .as_deref()
        .unwrap()
        .contains("not followed"));
}

#[test]
fn random_bytes_named_like_an_archive_say_so_and_show_no_output_trick() {
    // xorshift noise: deterministic, no structure.
    let mut x = 0x9E37_79B9_7F4A_7C15u64;
    let noise: Vec<u8> = (0..4 << 20)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect();
    let r = scan("random.tgz", &noise);
    assert!(r
        .findings
        .iter()
        .any(|f| f.message.contains("named like a gzip archive")));
    assert!(
        !r.findings.iter().any(|f| f.rule == "output-variation-sink"),
        "{:?}",
        r.findings.iter().map(|f| &f.message).collect::<Vec<_>>()
    );
    assert!(r.verdict <= Verdict::Notice);
}

#[test]
fn overlapping_zip_entries_are_a_bomb_and_the_entry_after_them_is_checked() {
    // Two central-directory entries pointing at the same local header and data.
    let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let o = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    z.start_file("a.bin", o).unwrap();
    z.write_all(&vec![0u8; 1 << 16]).unwrap();
    z.start_file("b.bin", o).unwrap();
    z.write_all(&vec![0u8; 1 << 16]).unwrap();
    z.start_file("package/cli.js", o).unwrap();
    z.write_all(&marker()).unwrap();
    let mut bytes = z.finish().unwrap().into_inner();
    // Point b.bin's central record at a.bin's local header (offset 0).
    let cd = bytes
        .windows(4)
        .enumerate()
        .filter(|(_, w)| *w == b"PK\x01\x02")
        .map(|(i, _)| i)
        .nth(1)
        .unwrap();
    bytes[cd + 42..cd + 46].copy_from_slice(&0u32.to_le_bytes());
    let r = scan("overlap.zip", &bytes);
    assert_eq!(r.verdict, Verdict::Covert);
    assert!(r
        .findings
        .iter()
        .any(|f| f.message.contains("entries overlap")));
}

#[test]
fn a_short_script_between_binary_data_is_still_read_as_code() {
    // As in a single-file executable: binary, the script, binary.
    let mut b: Vec<u8> = (0..8192u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 24) as u8)
        .collect();
    b.extend(marker());
    b.extend(vec![0u8; 8192]);
    let r = scan("app.bin", &b);
    assert_eq!(r.verdict, Verdict::Covert);
}

#[test]
fn a_chrome_extension_is_read_as_the_zip_after_its_header() {
    let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let o = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    z.start_file("background.js", o).unwrap();
    z.write_all(&marker()).unwrap();
    let zip = z.finish().unwrap().into_inner();
    // CRX3: magic, version 3, header length, a (dummy) protobuf header, then the zip.
    let header = vec![0x12u8; 300];
    let mut crx = b"Cr24".to_vec();
    crx.extend(3u32.to_le_bytes());
    crx.extend((header.len() as u32).to_le_bytes());
    crx.extend(&header);
    crx.extend(&zip);
    // From a file (seekable) and from inside a tarball (a stream).
    for r in [
        scan("ext.crx", &crx),
        scan("pkg.tgz", &gzip(&tar(&[("ext.crx", &crx)]))),
    ] {
        assert_eq!(
            r.verdict,
            Verdict::Covert,
            "{:?}",
            r.findings.iter().map(|f| &f.message).collect::<Vec<_>>()
        );
        assert!(r.findings.iter().any(|f| f.covert
            && f.path
                .as_deref()
                .unwrap_or("")
                .ends_with("ext.crx!background.js")));
    }
}
