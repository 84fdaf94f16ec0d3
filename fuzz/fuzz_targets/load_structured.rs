//! Structure-aware fuzzing of the loader: inputs are JSON exports (seeded with the valid fixtures, the
//! samples and generated exports), and the custom mutator edits them as JSON trees — edge values,
//! deleted, duplicated and swapped entries, colliding ids, misplaced keys, deep nesting — so most inputs
//! reach the semantic rules instead of stopping at the parser. The contract checked is the same as
//! `load`'s (`csm_fuzz::check`). Inputs that are not JSON fall back to libFuzzer's byte mutations.
#![no_main]

use libfuzzer_sys::{fuzz_mutator, fuzz_target, fuzzer_mutate};

fuzz_target!(|data: &[u8]| {
    csm_fuzz::check(data);
});

fuzz_mutator!(|data: &mut [u8], size: usize, max_size: usize, seed: u32| {
    let mut rng = csm_fuzz::Rng::new(seed);
    // One time in eight, or when the input is not JSON, mutate bytes as libFuzzer would.
    if rng.below(8) == 0 {
        return fuzzer_mutate(data, size, max_size);
    }
    let parsed = serde_json::from_slice::<serde_json::Value>(&data[..size]).ok().filter(|v| v.is_object());
    let mut doc = match parsed {
        // Now and then start afresh from a generated export, whatever the input.
        Some(_) if rng.below(32) == 0 => generated(&mut rng),
        Some(doc) => doc,
        // Not an export: start again, now and then, from a small generated one.
        None if rng.below(4) == 0 => generated(&mut rng),
        None => return fuzzer_mutate(data, size, max_size),
    };
    if rng.below(16) != 0 {
        csm_fuzz::mutate(&mut doc, &mut rng);
    }
    let out = csm_fuzz::write(&doc, &mut rng);
    if out.len() > max_size {
        return fuzzer_mutate(data, size, max_size);
    }
    data[..out.len()].copy_from_slice(&out);
    out.len()
});

/// A valid export from `csm-generate`: up to 3 subsidiaries, 40 risks and 3 quarters.
fn generated(rng: &mut csm_fuzz::Rng) -> serde_json::Value {
    let params = csm_generate::Params {
        subsidiaries: rng.below(4) as u32,
        risks: rng.below(41) as u32,
        quarters: 1 + rng.below(3) as u32,
        seed: rng.next_u64(),
        ..csm_generate::Params::default()
    };
    serde_json::to_value(csm_generate::generate(&params)).unwrap_or_default()
}
