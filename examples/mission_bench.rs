//! Native timing of the mission check: `cargo run --release --example mission_bench`.
//! Prints the median and 95th percentile over many runs for a 100-word and a 2,000-word
//! statement (built from `bench/statement.txt`). Figures, not assertions.

use mission_ready::domain::mission::{analyze, segments};
use std::time::Instant;

fn words(n: usize) -> String {
    let base: Vec<&str> = include_str!("../bench/statement.txt").split_whitespace().collect();
    base.iter().cycle().take(n).copied().collect::<Vec<_>>().join(" ")
}

fn time(label: &str, text: &str, runs: usize) {
    // Warm up the lexicon and caches.
    let report = analyze(text);
    let mut samples: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            let r = analyze(text);
            let s = segments(text, &r);
            std::hint::black_box((r, s));
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    samples.sort_by(|a, b| a.total_cmp(b));
    let median = samples[runs / 2];
    let p95 = samples[runs * 95 / 100];
    println!(
        "{label:>10}: {} words, {} findings, median {median:.3} ms, p95 {p95:.3} ms ({runs} runs, analysis + marked segments)",
        report.word_count,
        report.findings.len()
    );
}

fn main() {
    time("100-word", &words(100), 2000);
    time("2000-word", &words(2000), 300);
}
