//! A stand-in for the cargo-fuzz target (`fuzz/`) where no nightly toolchain or sanitizer build
//! is at hand: the same calls, on inputs mutated from the seeds and the test fixtures by a
//! simple mutational loop, on the stable toolchain. Any panic stops it, with the input saved.
//!
//! `cargo run --example fuzz_loop -- [RUNS] [SEED]` (1,000,000 runs by default).

use std::path::Path;

use hungary1956::saved::Remembered;
use hungary1956::story::{AssetRoot, StoryClock, parse_story};

/// Pieces of JSON (and of hostile text) that the mutations splice in.
const TOKENS: &[&[u8]] = &[
    b"{",
    b"}",
    b"[",
    b"]",
    b"\"",
    b",",
    b":",
    b"null",
    b"true",
    b"1e999",
    b"-0",
    b"\\u0000",
    b"\\ud800",
    b"\"events\": [",
    b"\"id\": \"a\"",
    b"\"within\": \"a\"",
    b"\xEF\xBB\xBF",
    b"\x00",
    b"\xFF\xFE",
    b"\x1b[2J",
    b"\"url\": \"file:///etc/passwd\"",
    b"\"asset_root\": \"/\"",
    b"\"start\": \"0001-01-01T00:00\"",
    b"9999-12-31T23:59",
    b"\"timezone\": \"Etc/Unknown\"",
    b"\"file\": \"../../x\"",
];

fn main() {
    let mut args = std::env::args().skip(1);
    let runs: usize = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(1956);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut seeds: Vec<Vec<u8>> = Vec::new();
    for dir in ["fuzz/seeds", "tests/fixtures/bad", "tests/fixtures/good"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            if entry.path().extension().is_some_and(|e| e == "json")
                && let Ok(bytes) = std::fs::read(entry.path())
            {
                seeds.push(bytes);
            }
        }
    }
    assert!(!seeds.is_empty(), "no seeds found");
    let clock = StoryClock::new("Europe/Budapest").expect("the zone is built in");
    let (reference, _) = clock.parse("1956-10-23T00:00").expect("a time");
    let mut rng = fastrand::Rng::with_seed(seed);
    let started = std::time::Instant::now();
    for run in 0..runs {
        let input = mutate(&seeds, &mut rng);
        let outcome = std::panic::catch_unwind(|| {
            let _ = parse_story(&input, "fuzz.json", AssetRoot::Embedded);
            if let Ok(text) = std::str::from_utf8(&input) {
                let _ = clock.parse_user(text, reference);
                let _ = Remembered::parse(text);
            }
        });
        if outcome.is_err() {
            let saved = format!("fuzz-loop-crash-{seed}-{run}.json");
            std::fs::write(&saved, &input).ok();
            eprintln!("run {run}: a panic; the input is in {saved}");
            std::process::exit(1);
        }
        if run % 100_000 == 0 && run > 0 {
            eprintln!("{run} runs, {:.0} s", started.elapsed().as_secs_f64());
        }
    }
    println!(
        "{runs} runs without a panic in {:.0} s (seed {seed})",
        started.elapsed().as_secs_f64()
    );
}

/// A seed (or two spliced) with one to eight mutations.
fn mutate(seeds: &[Vec<u8>], rng: &mut fastrand::Rng) -> Vec<u8> {
    let mut bytes = seeds[rng.usize(..seeds.len())].clone();
    for _ in 0..rng.usize(1..=8) {
        let len = bytes.len();
        let at = rng.usize(..=len);
        match rng.u8(..8) {
            0 if len > 0 => bytes[at.min(len - 1)] = rng.u8(..),
            1 => bytes.insert(at, rng.u8(..)),
            2 if len > 0 => {
                let end = (at + rng.usize(..64)).min(len);
                bytes.drain(at..end);
            }
            3 if len > 0 => {
                let end = (at + rng.usize(..256)).min(len);
                let piece = bytes[at..end].to_vec();
                let to = rng.usize(..=len);
                bytes.splice(
                    to..to,
                    piece
                        .iter()
                        .copied()
                        .cycle()
                        .take(piece.len() * rng.usize(1..4)),
                );
            }
            4 => {
                let token = TOKENS[rng.usize(..TOKENS.len())];
                bytes.splice(at..at, token.iter().copied());
            }
            5 => bytes.truncate(at),
            6 => {
                let other = &seeds[rng.usize(..seeds.len())];
                let from = rng.usize(..=other.len());
                bytes.truncate(at);
                bytes.extend_from_slice(&other[from..]);
            }
            _ => {
                // A digit made huge, or a string made long.
                let token: &[u8] = if rng.bool() {
                    b"99999999999999999999"
                } else {
                    b"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
                };
                bytes.splice(at..at, token.iter().copied());
            }
        }
    }
    bytes
}
