//! Single-pass candidate finders for the bundle scanner, each with a naive reference that the
//! property tests compare it with (`tests/properties.rs` and the tests below).
//!
//! - [`quoted_tokens`]: every quoted string made only of the bytes an encoded list can use
//!   (letters, digits, `+/=\.,;|-`), found with one `memchr3` over the quotes and one table
//!   lookup per byte inside strings. The hidden-list readings (base64, hex, `\x`/`\u` escapes,
//!   digests, plain lists read backwards or in ROT13) classify these tokens instead of each
//!   running its own expression over the whole window.
//! - [`numbers_and_lists`]: 9–10 digit decimal numbers and `0x` + 8 hex digit numbers (32-bit
//!   hashes) and numeric arrays, both from one pass over 16-byte blocks (SSE2 on x86_64,
//!   SIMD128 in the page's wasm, eight-byte SWAR elsewhere): a word is looked at only when five of its bytes are hex digits
//!   (numbers) or all eight are digits, commas or spaces (arrays), which every match guarantees
//!   for at least one word it touches.

/// Bytes a quoted token may hold.
const TOKEN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric()
            || matches!(
                c,
                b'+' | b'/' | b'=' | b'\\' | b'.' | b',' | b';' | b'|' | b'-'
            );
        b += 1;
    }
    t
};

fn is_quote(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | b'`')
}

/// Content spans `(start, end)` of quoted tokens at least `min` bytes long: a quote, then only
/// token bytes, then a quote. A closing quote can open the next token.
pub fn quoted_tokens(w: &[u8], min: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(q) = memchr::memchr3(b'"', b'\'', b'`', &w[i..]) {
        let start = i + q + 1;
        let mut j = start;
        while j < w.len() && TOKEN[w[j] as usize] {
            j += 1;
        }
        if j < w.len() && is_quote(w[j]) && j - start >= min {
            out.push((start, j));
        }
        // The byte that ended the run is either a quote (the next opener) or not a token byte.
        i = if j < w.len() && is_quote(w[j]) {
            j
        } else {
            j.max(start)
        };
        if i >= w.len() {
            break;
        }
    }
    out
}

/// Naive reference for [`quoted_tokens`]: every pair of quotes with only token bytes between.
pub fn quoted_tokens_naive(w: &[u8], min: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for i in 0..w.len() {
        if !is_quote(w[i]) {
            continue;
        }
        let mut j = i + 1;
        while j < w.len() && TOKEN[w[j] as usize] {
            j += 1;
        }
        if j < w.len() && is_quote(w[j]) && j - (i + 1) >= min {
            out.push((i + 1, j));
        }
    }
    out
}

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

#[cfg_attr(
    any(target_arch = "x86_64", target_feature = "simd128"),
    allow(dead_code)
)]
/// High bit set in each byte of `x` with `m < byte < n` (exact per byte; bytes ≥ 0x80 never).
fn between(x: u64, m: u64, n: u64) -> u64 {
    let low = x & (LO * 127);
    ((LO * (127 + n)).wrapping_sub(low) & !x & (low + LO * (127 - m))) & HI
}

#[cfg_attr(
    any(target_arch = "x86_64", target_feature = "simd128"),
    allow(dead_code)
)]
/// Bytes that are hex digits or `x`.
fn hexish(x: u64) -> u64 {
    between(x, b'0' as u64 - 1, b'9' as u64 + 1)
        | between(x, b'a' as u64 - 1, b'f' as u64 + 1)
        | between(x, b'A' as u64 - 1, b'F' as u64 + 1)
        | between(x, b'x' as u64 - 1, b'x' as u64 + 1)
}

fn word_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The number starting exactly at `i` (at a word boundary), if there is one: `0x` + 8 hex
/// digits, or a decimal of 9–10 digits not starting with 0, ending at a word boundary.
fn number_at(w: &[u8], i: usize) -> Option<usize> {
    if i > 0 && word_char(w[i - 1]) {
        return None;
    }
    let end = if w[i..].starts_with(b"0x") {
        let n = w[i + 2..]
            .iter()
            .take(9)
            .take_while(|b| b.is_ascii_hexdigit())
            .count();
        (n == 8).then_some(i + 10)?
    } else {
        if !(b'1'..=b'9').contains(&w[i]) {
            return None;
        }
        let n = w[i..]
            .iter()
            .take(11)
            .take_while(|b| b.is_ascii_digit())
            .count();
        (9..=10).contains(&n).then_some(i + n)?
    };
    (end == w.len() || !word_char(w[end])).then_some(end)
}

/// For each of the two eight-byte halves of a 16-byte block: how many bytes are hex digits or
/// `x` (either case; a superset is fine, it only wakes the exact check more often), and whether
/// all eight are digits, commas or whitespace.
#[cfg(target_arch = "x86_64")]
fn block_masks(b: &[u8]) -> (u32, u32) {
    use std::arch::x86_64::*;
    // SAFETY: SSE2 is part of the x86_64 baseline; `b` has at least 16 bytes (loadu is unaligned).
    unsafe {
        let x = _mm_loadu_si128(b.as_ptr() as *const __m128i);
        let within = |v: __m128i, lo: u8, hi: u8| {
            let l = _mm_set1_epi8(lo as i8);
            let h = _mm_set1_epi8(hi as i8);
            _mm_and_si128(
                _mm_cmpeq_epi8(_mm_max_epu8(v, l), v),
                _mm_cmpeq_epi8(_mm_min_epu8(v, h), v),
            )
        };
        let digit = within(x, b'0', b'9');
        let lower = _mm_or_si128(x, _mm_set1_epi8(0x20));
        let hex = _mm_or_si128(
            digit,
            _mm_or_si128(
                within(lower, b'a', b'f'),
                _mm_cmpeq_epi8(lower, _mm_set1_epi8(b'x' as i8)),
            ),
        );
        let list = _mm_or_si128(
            _mm_or_si128(digit, _mm_cmpeq_epi8(x, _mm_set1_epi8(b',' as i8))),
            _mm_or_si128(
                within(x, 9, 13),
                _mm_cmpeq_epi8(x, _mm_set1_epi8(b' ' as i8)),
            ),
        );
        (
            _mm_movemask_epi8(hex) as u32,
            _mm_movemask_epi8(list) as u32,
        )
    }
}

/// The same with wasm SIMD128 (the page's build enables it).
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
fn block_masks(b: &[u8]) -> (u32, u32) {
    use std::arch::wasm32::*;
    // SAFETY: `b` has at least 16 bytes; v128_load is unaligned.
    let x = unsafe { v128_load(b.as_ptr() as *const v128) };
    let within = |v: v128, lo: u8, hi: u8| {
        v128_and(u8x16_ge(v, u8x16_splat(lo)), u8x16_le(v, u8x16_splat(hi)))
    };
    let digit = within(x, b'0', b'9');
    let lower = v128_or(x, u8x16_splat(0x20));
    let hex = v128_or(
        digit,
        v128_or(
            within(lower, b'a', b'f'),
            u8x16_eq(lower, u8x16_splat(b'x')),
        ),
    );
    let list = v128_or(
        v128_or(digit, u8x16_eq(x, u8x16_splat(b','))),
        v128_or(within(x, 9, 13), u8x16_eq(x, u8x16_splat(b' '))),
    );
    (u8x16_bitmask(hex) as u32, u8x16_bitmask(list) as u32)
}

/// Portable version of the above, eight bytes at a time (other targets).
#[cfg(not(any(
    target_arch = "x86_64",
    all(target_arch = "wasm32", target_feature = "simd128")
)))]
fn block_masks(b: &[u8]) -> (u32, u32) {
    let half = |x: u64| -> (u32, u32) {
        let digit = between(x, b'0' as u64 - 1, b'9' as u64 + 1);
        let hex = hexish(x);
        let list = digit
            | between(x, b',' as u64 - 1, b',' as u64 + 1)
            | between(x, 8, 14)
            | between(x, b' ' as u64 - 1, b' ' as u64 + 1);
        // Gather the high bits into eight bits.
        let pack = |m: u64| ((m >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u32;
        (pack(hex), pack(list))
    };
    let (h0, l0) = half(u64::from_le_bytes(b[..8].try_into().unwrap()));
    let (h1, l1) = half(u64::from_le_bytes(b[8..16].try_into().unwrap()));
    (h0 | h1 << 8, l0 | l1 << 8)
}

/// Eight-bit masks with five or more bits set (a table: x86_64's baseline has no POPCNT).
const FIVE: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = (i as u8).count_ones() >= 5;
        i += 1;
    }
    t
};

/// Calls `f(start, flags)`, in order, for each eight-byte word of the first `blocks` 16-byte
/// blocks of `w` that needs an exact look: flag 1 when five or more of its bytes are hex digits
/// or `x`, flag 2 when all eight are digits, commas or whitespace. With AVX2 (detected at run
/// time) 32 bytes are classified at once and each word's bytes counted with `vpsadbw`; the
/// portable path ([`block_masks`]) gives the same flags (`flags_are_the_same_on_every_path`).
fn flagged_words(w: &[u8], blocks: usize, f: &mut impl FnMut(usize, u32)) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: AVX2 is present (checked just above).
        unsafe { flagged_words_avx2(w, blocks, f) };
        return;
    }
    flagged_words_blocks(w, 0, blocks, f);
}

/// The portable path of [`flagged_words`], for blocks `from..blocks`.
fn flagged_words_blocks(w: &[u8], from: usize, blocks: usize, f: &mut impl FnMut(usize, u32)) {
    for k in from..blocks {
        let (hex, list) = block_masks(&w[k * 16..k * 16 + 16]);
        for h in 0..2 {
            let flags = FIVE[(hex >> (h * 8) & 0xff) as usize] as u32
                | ((list >> (h * 8) & 0xff == 0xff) as u32) << 1;
            if flags != 0 {
                f(k * 16 + h * 8, flags);
            }
        }
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn flagged_words_avx2(w: &[u8], blocks: usize, f: &mut impl FnMut(usize, u32)) {
    use std::arch::x86_64::*;
    assert!(blocks * 16 <= w.len());
    macro_rules! within {
        ($v:expr, $lo:expr, $hi:expr) => {
            _mm256_and_si256(
                _mm256_cmpeq_epi8(_mm256_max_epu8($v, _mm256_set1_epi8($lo as i8)), $v),
                _mm256_cmpeq_epi8(_mm256_min_epu8($v, _mm256_set1_epi8($hi as i8)), $v),
            )
        };
    }
    let one = _mm256_set1_epi8(1);
    let zero = _mm256_setzero_si256();
    let four = _mm256_set1_epi64x(4);
    let eight = _mm256_set1_epi64x(8);
    for k in 0..blocks / 2 {
        // SAFETY: 32 bytes at k * 32 lie within the first `blocks` * 16 bytes (asserted).
        let x = unsafe { _mm256_loadu_si256(w.as_ptr().add(k * 32) as *const __m256i) };
        let digit = within!(x, b'0', b'9');
        let lower = _mm256_or_si256(x, _mm256_set1_epi8(0x20));
        let hex = _mm256_or_si256(
            digit,
            _mm256_or_si256(
                within!(lower, b'a', b'f'),
                _mm256_cmpeq_epi8(lower, _mm256_set1_epi8(b'x' as i8)),
            ),
        );
        let list = _mm256_or_si256(
            _mm256_or_si256(digit, _mm256_cmpeq_epi8(x, _mm256_set1_epi8(b',' as i8))),
            _mm256_or_si256(
                within!(x, 9, 13),
                _mm256_cmpeq_epi8(x, _mm256_set1_epi8(b' ' as i8)),
            ),
        );
        // Per eight-byte word: how many bytes are hex, how many are list bytes.
        let hc = _mm256_sad_epu8(_mm256_and_si256(hex, one), zero);
        let lc = _mm256_sad_epu8(_mm256_and_si256(list, one), zero);
        let h5 = _mm256_movemask_pd(_mm256_castsi256_pd(_mm256_cmpgt_epi64(hc, four))) as u32;
        let l8 = _mm256_movemask_pd(_mm256_castsi256_pd(_mm256_cmpeq_epi64(lc, eight))) as u32;
        if h5 | l8 == 0 {
            continue;
        }
        for j in 0..4 {
            let flags = (h5 >> j & 1) | (l8 >> j & 1) << 1;
            if flags != 0 {
                f(k * 32 + j * 8, flags);
            }
        }
    }
    flagged_words_blocks(w, blocks / 2 * 2, blocks, f);
}

/// Both candidate kinds in one pass: 32-bit numbers (9–10 decimal digits, or `0x` + 8 hex
/// digits: a number touches at most two words or covers a whole one, so one word it touches has
/// five or more of its bytes) and numeric arrays (`[104,101,…]`, `fromCharCode(104,…)`: an
/// opening bracket, digits, commas and whitespace with at least eight numbers and seven commas,
/// a closing bracket; eight numbers and seven commas take at least 15 bytes, so one aligned
/// word of the array holds only such bytes).
pub fn numbers_and_lists(w: &[u8]) -> (Vec<(usize, usize)>, Vec<(usize, usize)>) {
    let (mut nums, mut lists) = (Vec::new(), Vec::new());
    let mut next_num = 0usize; // first position not yet tried for a number
    let mut next_list = 0usize; // end of the last array run walked
    let try_numbers = |a: usize, b: usize, next: &mut usize, out: &mut Vec<(usize, usize)>| {
        let mut i = a.max(*next);
        while i < b {
            if let Some(e) = number_at(w, i) {
                out.push((i, e));
                i = e;
            } else {
                i += 1;
            }
        }
        *next = (*next).max(i);
    };
    let blocks = w.len() / 16;
    flagged_words(w, blocks, &mut |at, flags| {
        // A number touching this word starts at most 10 bytes before it.
        if flags & 1 != 0 {
            try_numbers(at.saturating_sub(10), at + 8, &mut next_num, &mut nums);
        }
        if flags & 2 != 0 && at >= next_list && is_list_byte(w[at]) {
            let mut a = at;
            while a > 0 && is_list_byte(w[a - 1]) {
                a -= 1;
            }
            let mut b = at;
            while b < w.len() && is_list_byte(w[b]) {
                b += 1;
            }
            next_list = b;
            if a > 0 {
                if let Some(e) = list_at(w, a - 1) {
                    lists.push((a - 1, e));
                }
            }
        }
    });
    // The tail that does not fill a block: numbers the exact way; an array whose eight-byte
    // word lies in the tail was walked from no word, so try its brackets too.
    let tail = (blocks * 16).saturating_sub(10);
    try_numbers(tail, w.len(), &mut next_num, &mut nums);
    for i in (blocks * 16).saturating_sub(16).max(next_list)..w.len() {
        if let Some(e) = list_at(w, i) {
            if lists.last().map(|l| l.0 != i).unwrap_or(true) {
                lists.push((i, e));
            }
        }
    }
    (nums, lists)
}

/// Naive reference for the numbers of [`numbers_and_lists`]: try every position.
pub fn long_numbers_naive(w: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < w.len() {
        if let Some(e) = number_at(w, i) {
            out.push((i, e));
            i = e;
        } else {
            i += 1;
        }
    }
    out
}

fn is_list_byte(b: u8) -> bool {
    b.is_ascii_digit() || b == b',' || b.is_ascii_whitespace()
}

/// The array starting at the bracket `w[i]` (`[` or `(`): digits, commas and spaces holding
/// at least eight numbers and seven commas, then `]` or `)`. Returns the end (after the
/// closing bracket). Eight numbers and seven commas take at least 15 bytes, so one aligned
/// eight-byte word lies inside the array: the block pass of [`numbers_and_lists`] relies on
/// that (an array of commas alone, `[,,,,,,,]`, is no numeric array and may be shorter).
fn list_at(w: &[u8], i: usize) -> Option<usize> {
    if !matches!(w[i], b'[' | b'(') {
        return None;
    }
    let run = w[i + 1..].iter().take_while(|&&b| is_list_byte(b)).count();
    let end = i + 1 + run;
    if run < 15 || end >= w.len() || !matches!(w[end], b']' | b')') {
        return None;
    }
    let inner = &w[i + 1..end];
    let commas = memchr::memchr_iter(b',', inner).count();
    // Numbers: digit runs (a digit not preceded by a digit).
    let numbers = inner
        .iter()
        .enumerate()
        .filter(|&(k, b)| b.is_ascii_digit() && (k == 0 || !inner[k - 1].is_ascii_digit()))
        .count();
    (commas >= 7 && numbers >= 8).then_some(end + 1)
}

/// Naive reference for the arrays of [`numbers_and_lists`]: try every bracket.
pub fn number_lists_naive(w: &[u8]) -> Vec<(usize, usize)> {
    (0..w.len())
        .filter_map(|i| list_at(w, i).map(|e| (i, e)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn between_is_exact_per_byte() {
        for b in 0..=255u8 {
            let x = u64::from_le_bytes([b, 0, b, 0xff, b'5', b, 0x80, b]);
            let m = hexish(x);
            for (k, byte) in x.to_le_bytes().iter().enumerate() {
                let want = byte.is_ascii_hexdigit() || *byte == b'x';
                assert_eq!(m >> (k * 8 + 7) & 1 == 1, want, "byte {byte:#x}");
            }
        }
    }

    #[test]
    fn flags_are_the_same_on_every_path() {
        // Bytes of every class (hex, `x`, digits, commas, whitespace, others) in runs of
        // changing length, so words of every mix occur at every offset.
        let class = b"0123456789abcdefABCDEFxX, \t\n\r\x0b\x0cghz[]()\xff\x80";
        let mut w = Vec::new();
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let b = class[(seed % class.len() as u64) as usize];
            let run = (seed >> 32) % 11;
            w.extend(std::iter::repeat_n(b, run as usize));
        }
        for cut in [0, 1, 15, 16, 17, 31, 32, 33, 47] {
            let w = &w[..w.len() - cut];
            let blocks = w.len() / 16;
            let (mut fast, mut portable) = (Vec::new(), Vec::new());
            flagged_words(w, blocks, &mut |at, f| fast.push((at, f)));
            flagged_words_blocks(w, 0, blocks, &mut |at, f| portable.push((at, f)));
            assert!(!portable.is_empty());
            assert_eq!(fast, portable);
        }
    }

    #[test]
    fn arrays_need_eight_numbers() {
        // Commas alone (fuzz reproducer fast_diff-lists-mismatch-min.bin) are no numeric array.
        let mut w = vec![b'x'; 16];
        w.extend_from_slice(b"[,,,,,,,]");
        w.extend_from_slice(&[b'x'; 23]);
        assert_eq!(number_lists_naive(&w), vec![]);
        assert_eq!(numbers_and_lists(&w).1, number_lists_naive(&w));
        // Eight numbers with seven commas, at the same place, are.
        let mut w = vec![b'x'; 16];
        w.extend_from_slice(b"[1,2,3,4,5,6,7,8]");
        w.extend_from_slice(&[b'x'; 15]);
        assert_eq!(number_lists_naive(&w), vec![(16, 33)]);
        assert_eq!(numbers_and_lists(&w).1, number_lists_naive(&w));
        assert_eq!(number_lists_naive(b"[1,2,3,4,5,6,7,]"), vec![]);
        assert_eq!(number_lists_naive(b"[1,2,3,4,5,6,,7,8]"), vec![(0, 18)]);
    }

    #[test]
    fn tokens_and_numbers() {
        let w = br#"a="QUJDREVGR0g=",b='x',c=[123456789,0x1a2b3c4d,12345678,99999999999]"#;
        let t = quoted_tokens(w, 5);
        assert_eq!(t.len(), 1);
        assert_eq!(&w[t[0].0..t[0].1], b"QUJDREVGR0g=");
        let n: Vec<&[u8]> = numbers_and_lists(w)
            .0
            .iter()
            .map(|&(a, b)| &w[a..b])
            .collect();
        assert_eq!(n, vec![&b"123456789"[..], b"0x1a2b3c4d"]);
        assert_eq!(numbers_and_lists(w).0, long_numbers_naive(w));
        let l =
            br"x=String.fromCharCode(104,101,108,108,111,44,32,119);y=[1,2,3,4,5,6,7,8];z=[1,2]";
        let got: Vec<&[u8]> = numbers_and_lists(l)
            .1
            .iter()
            .map(|&(a, b)| &l[a..b])
            .collect();
        assert_eq!(
            got,
            vec![
                &b"(104,101,108,108,111,44,32,119)"[..],
                b"[1,2,3,4,5,6,7,8]"
            ]
        );
        assert_eq!(numbers_and_lists(l).1, number_lists_naive(l));
        assert_eq!(quoted_tokens(w, 5), quoted_tokens_naive(w, 5));
        assert_eq!(quoted_tokens(w, 1), quoted_tokens_naive(w, 1));
    }
}
