//! The shared corpus inside headless Chromium, through the same core compiled to wasm, plus the
//! JS-facing binding (`checkText`) returning the report object the page reads.
#![cfg(target_arch = "wasm32")]
mod common;

use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

include!(concat!(env!("OUT_DIR"), "/corpus_files.rs"));

fn file(name: &str) -> Vec<u8> {
    CORPUS_FILES
        .iter()
        .find(|(n, _)| *n == name)
        .unwrap_or_else(|| panic!("no corpus file {}", name))
        .1
        .to_vec()
}

#[wasm_bindgen_test]
fn corpus_cases_hold_in_the_browser() {
    let manifest = String::from_utf8(file("cases.json")).unwrap();
    let cases = common::cases(&manifest);
    assert!(cases.len() >= 60);
    let mut errs = Vec::new();
    for c in &cases {
        errs.extend(common::check(c, &common::run(c, &file)));
    }
    assert!(errs.is_empty(), "{}", errs.join("\n"));
}

#[wasm_bindgen_test]
fn binding_returns_a_plain_object() {
    let v = telltale::wasm::check_text("Today\u{02BC}s date is 2026-04-03.", None, None).unwrap();
    let verdict = js_sys::Reflect::get(&v, &JsValue::from_str("verdict")).unwrap();
    assert_eq!(verdict.as_string().as_deref(), Some("covert"));
    let findings = js_sys::Reflect::get(&v, &JsValue::from_str("findings")).unwrap();
    let first = js_sys::Reflect::get(&findings, &JsValue::from_f64(0.0)).unwrap();
    let flags = js_sys::Reflect::get(
        &js_sys::Reflect::get(&first, &JsValue::from_str("decoded")).unwrap(),
        &JsValue::from_str("flags"),
    )
    .unwrap();
    let lab = js_sys::Reflect::get(&flags, &JsValue::from_str("host_has_lab_keyword")).unwrap();
    assert_eq!(lab.as_bool(), Some(true));
    // Bad options are an error value, not a panic.
    assert!(
        telltale::wasm::check_text("x", Some(JsValue::from_str("not an object")), None).is_err()
    );
}

#[wasm_bindgen_test]
fn scanner_runs_in_wasm() {
    // The bundle scanner in the browser's wasm (no std clock, no files): a fixture channel
    // inside a tar must come out covert with its list.
    let js = include_bytes!("../../tests/corpus/bundles/agent-b64-xor.js");
    let mut tar = Vec::new();
    {
        let mut h = tar::Header::new_ustar();
        h.set_path("package/cli.js").unwrap();
        h.set_size(js.len() as u64);
        h.set_mode(0o644);
        h.set_cksum();
        let mut b = tar::Builder::new(&mut tar);
        b.append(&h, &js[..]).unwrap();
        b.finish().unwrap();
    }
    let mut s = telltale::scan::Scanner::new(&[]);
    s.scan_top(
        "demo.tar",
        tar.len() as u64,
        &mut std::io::Cursor::new(&tar),
    );
    let r = s.finish();
    assert_eq!(r.verdict.as_str(), "covert");
    let chain = r
        .findings
        .iter()
        .find(|f| f.rule == "covert-channel")
        .unwrap();
    assert!(chain
        .decoded
        .as_ref()
        .unwrap()
        .text
        .as_ref()
        .unwrap()
        .contains("api.deepseek.com"));
}

/// The SIMD128 block classifier (the page's build) finds exactly what the naive references find.
#[wasm_bindgen_test]
fn scanner_block_finders_match_naive_in_wasm() {
    use telltale::scan::fast;
    const NOISE: &[u8] = b"0123456789abcdefxABCDEF,, \n[]()\"'`gz_-";
    let mut seed = 0x9E37_79B9u32;
    let mut next = move |n: u32| {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        seed % n
    };
    let (mut found_numbers, mut found_lists, mut found_tokens) = (0, 0, 0);
    for round in 0..300 {
        // Pieces that sit on both sides of each finder's limits: numbers of 1-12 digits, `0x`
        // with 6-10 hex digits, arrays of 3-12 numbers (enough or too few commas), quoted
        // tokens, and noise between them.
        let mut bytes = Vec::new();
        while bytes.len() < 16 + round * 5 {
            match next(5) {
                0 => (0..1 + next(12)).for_each(|_| bytes.push(b'0' + next(10) as u8)),
                1 => {
                    bytes.extend_from_slice(b"0x");
                    (0..6 + next(5))
                        .for_each(|_| bytes.push(b"0123456789abcdefABCDEF"[next(22) as usize]));
                }
                2 => {
                    bytes.push(if next(2) == 0 { b'[' } else { b'(' });
                    let k = 3 + next(10);
                    for i in 0..k {
                        (0..1 + next(3)).for_each(|_| bytes.push(b'0' + next(10) as u8));
                        if i + 1 < k {
                            bytes.push(b',');
                            if next(3) == 0 {
                                bytes.push(b' ');
                            }
                        }
                    }
                    bytes.push(if next(2) == 0 { b']' } else { b')' });
                }
                3 => {
                    bytes.push(b'"');
                    (0..next(16))
                        .for_each(|_| bytes.push(b"QUJDabc123+/=.,;|-"[next(18) as usize]));
                    bytes.push(b'"');
                }
                _ => (0..1 + next(3))
                    .for_each(|_| bytes.push(NOISE[next(NOISE.len() as u32) as usize])),
            }
        }
        let (nums, lists) = fast::numbers_and_lists(&bytes);
        assert_eq!(nums, fast::long_numbers_naive(&bytes), "round {}", round);
        assert_eq!(lists, fast::number_lists_naive(&bytes), "round {}", round);
        let tokens = fast::quoted_tokens(&bytes, 3);
        assert_eq!(
            tokens,
            fast::quoted_tokens_naive(&bytes, 3),
            "round {}",
            round
        );
        found_numbers += nums.len();
        found_lists += lists.len();
        found_tokens += tokens.len();
    }
    // The inputs really exercise each finder (a comparison of two empty lists proves nothing).
    assert!(
        found_numbers > 50 && found_lists > 50 && found_tokens > 50,
        "{found_numbers} {found_lists} {found_tokens}"
    );
}

mod documents_in_wasm {
    use super::common::documents::{cases, check, known};
    use super::common::scan_file as run;
    use wasm_bindgen_test::*;
    include!(concat!(env!("OUT_DIR"), "/document_files.rs"));

    /// The document corpus through the page's wasm: same verdicts, hidden text shown.
    #[wasm_bindgen_test]
    fn document_corpus_in_the_browser() {
        let get = |n: &str| {
            DOCUMENT_FILES
                .iter()
                .find(|(k, _)| *k == n)
                .map(|(_, b)| b.to_vec())
                .unwrap()
        };
        let manifest = String::from_utf8(get("manifest.json")).unwrap();
        let gaps = known(&String::from_utf8(get("known-gaps.json")).unwrap());
        let mut errs = vec![];
        for c in cases(&manifest) {
            let f = c["file"].as_str().unwrap().to_string();
            errs.extend(check(&c, &run(&f, &get(&f)), &gaps));
        }
        assert!(errs.is_empty(), "{}", errs.join("\n"));
    }
}

mod channels_in_wasm {
    use super::common::channels::{cases, Tally};
    use super::common::scan_file as run;
    use wasm_bindgen_test::*;
    include!(concat!(env!("OUT_DIR"), "/channel_files.rs"));

    /// The channel corpus through the page's wasm (oxc, the data flow and Boa's sandbox all run
    /// in the browser's file module): the same verdicts and decoded lists as natively.
    #[wasm_bindgen_test]
    fn channel_corpus_in_the_browser() {
        let get = |n: &str| {
            CHANNEL_FILES
                .iter()
                .find(|(k, _)| *k == n)
                .map(|(_, b)| b.to_vec())
        };
        let mut tally = Tally::default();
        for c in cases(&String::from_utf8(get("cases.json").unwrap()).unwrap()) {
            let f = c["file"].as_str().unwrap().to_string();
            let rep = match get(&f) {
                Some(bytes) => run(&f, &bytes),
                // A package fixture: its files given to one scanner, as a folder dropped on
                // the page is, so they are read across files.
                None => {
                    let prefix = format!("{}/", f);
                    let files: Vec<&(&str, &[u8])> = CHANNEL_FILES
                        .iter()
                        .filter(|(k, _)| k.starts_with(&prefix))
                        .collect();
                    assert!(!files.is_empty(), "{} is embedded", f);
                    let mut s = telltale::scan::Scanner::new(&[]);
                    for (k, b) in files {
                        s.scan_top(k, b.len() as u64, &mut std::io::Cursor::new(b));
                    }
                    s.finish()
                }
            };
            tally.add(&c, &rep);
        }
        tally.assert_all_right();
    }
}

/// The page's file module ships as `xz -9e --check=crc32` output; the text module inflates it.
/// A real xz file inflates to its source; truncated, corrupted or over-cap input is an error.
#[wasm_bindgen_test]
fn xz_module_inflation_checks_its_input() {
    let xz = include_bytes!("../../tests/corpus/xz/sample.txt.xz");
    let plain = include_bytes!("../../tests/corpus/xz/sample.txt");
    let out = telltale::wasm::inflate_module(xz).unwrap();
    assert_eq!(out.as_slice(), plain.as_slice());
    assert!(telltale::wasm::inflate_module(&xz[..xz.len() / 2]).is_err());
    let mut bad = xz.to_vec();
    let mid = bad.len() / 2;
    bad[mid] ^= 0x55;
    assert!(telltale::wasm::inflate_module(&bad).is_err());
    assert!(telltale::wasm::inflate_module(b"not xz at all").is_err());
    assert!(telltale::wasm::inflate_xz_capped(xz, 1000).is_err());
}

/// A large text tells its progress before each segment, in order, up to the whole text; the
/// `sha256: false` option leaves the digest to the caller.
#[wasm_bindgen_test]
fn large_text_reports_progress() {
    use std::{cell::RefCell, rc::Rc};
    use wasm_bindgen::{closure::Closure, JsCast};
    let text = "The quick brown fox jumps over the lazy dog. ".repeat(150_000); // 6.7 MB
    let seen: Rc<RefCell<Vec<(f64, f64)>>> = Rc::default();
    let s = seen.clone();
    let f = Closure::wrap(
        Box::new(move |d: f64, t: f64| s.borrow_mut().push((d, t))) as Box<dyn FnMut(f64, f64)>
    );
    let opts = js_sys::Object::new();
    js_sys::Reflect::set(&opts, &JsValue::from_str("sha256"), &JsValue::FALSE).unwrap();
    let v = telltale::wasm::check_text(
        &text,
        Some(opts.into()),
        Some(f.as_ref().unchecked_ref::<js_sys::Function>().clone()),
    )
    .unwrap();
    let seen = seen.borrow();
    assert!(seen.len() >= 4, "{:?}", seen);
    assert!(seen.windows(2).all(|w| w[0].0 < w[1].0), "{:?}", seen);
    assert!(seen.iter().all(|&(_, t)| t == text.len() as f64));
    assert_eq!(seen.last().unwrap().0, text.len() as f64);
    let checked = js_sys::Reflect::get(&v, &JsValue::from_str("checked")).unwrap();
    let first = js_sys::Reflect::get(&checked, &JsValue::from_f64(0.0)).unwrap();
    let sha = js_sys::Reflect::get(&first, &JsValue::from_str("sha256")).unwrap();
    assert!(sha.is_undefined() || sha.is_null(), "{:?}", sha);
}
