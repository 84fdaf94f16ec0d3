//! Any bytes → `csm_core::snapshot::load`: never a panic; an error always lists located problems in
//! English and Japanese; an accepted export reloads unchanged (see `csm_fuzz::check`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    csm_fuzz::check(data);
});
