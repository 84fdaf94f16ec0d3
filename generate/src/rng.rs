//! A small, portable pseudo-random number generator (SplitMix64) with named sub-streams.
//!
//! Everything drawn from it uses integer arithmetic, so the same seed gives the same numbers on every
//! platform; floating-point values are built from integers with one division (correctly rounded under
//! IEEE 754), never from `ln`, `exp` or `powf`, whose results may differ between math libraries.

/// SplitMix64 (Steele, Lea and Flood, 2014): one 64-bit state, a Weyl increment and a mixing function.
#[derive(Debug, Clone)]
pub(crate) struct Rng {
    state: u64,
}

const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// FNV-1a: turns a stream name into a number.
fn fnv(tag: &str) -> u64 {
    tag.bytes().fold(0xCBF2_9CE4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01B3))
}

impl Rng {
    /// The generator for `seed`.
    pub(crate) fn new(seed: u64) -> Rng {
        Rng { state: mix(seed ^ 0x6373_6D2D_6765_6E00) }
    }

    /// An independent stream named `tag`: drawing from it does not move `self`, so adding draws to one
    /// part of the generator leaves every other part unchanged.
    pub(crate) fn fork(&self, tag: &str) -> Rng {
        Rng { state: mix(self.state ^ fnv(tag)) }
    }

    /// The independent stream `tag`/`index` (one per company, per quarter, per risk …).
    pub(crate) fn fork_n(&self, tag: &str, index: u64) -> Rng {
        Rng { state: mix(self.state ^ fnv(tag) ^ mix(index.wrapping_add(GOLDEN))) }
    }

    /// The next 64 random bits.
    pub(crate) fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(GOLDEN);
        mix(self.state)
    }

    /// Uniform in `0..n` (0 when `n` is 0). Lemire's multiply-shift; the bias is below 2⁻³² for the
    /// ranges used here.
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }

    /// Uniform in `lo..=hi` (`lo` when `hi < lo`).
    pub(crate) fn range(&mut self, lo: u64, hi: u64) -> u64 {
        if hi <= lo { lo } else { lo + self.below(hi - lo + 1) }
    }

    /// Uniform in `lo..=hi` for small signed ranges (day offsets).
    pub(crate) fn range_i(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo { lo } else { lo + self.below((hi - lo) as u64 + 1) as i64 }
    }

    /// True with probability `percent` / 100.
    pub(crate) fn percent(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// One element of a non-empty slice.
    pub(crate) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// An index drawn with the given weights (index 0 if they are all zero).
    pub(crate) fn weighted(&mut self, weights: &[u64]) -> usize {
        let total: u64 = weights.iter().sum();
        let mut r = self.below(total);
        for (i, w) in weights.iter().enumerate() {
            if r < *w {
                return i;
            }
            r -= w;
        }
        0
    }

    /// Fisher–Yates shuffle.
    pub(crate) fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i as u64 + 1) as usize;
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_stream_and_forks_are_independent() {
        let a: Vec<u64> = (0..5)
            .map({
                let mut r = Rng::new(7);
                move |_| r.next_u64()
            })
            .collect();
        let b: Vec<u64> = (0..5)
            .map({
                let mut r = Rng::new(7);
                move |_| r.next_u64()
            })
            .collect();
        assert_eq!(a, b);
        let root = Rng::new(7);
        let mut x = root.fork("x");
        let mut y = root.fork("y");
        assert_ne!(x.next_u64(), y.next_u64());
        assert_ne!(root.fork_n("q", 1).next_u64(), root.fork_n("q", 2).next_u64());
    }

    #[test]
    fn draws_stay_in_range_and_cover_it() {
        let mut r = Rng::new(1);
        let mut seen = [false; 6];
        for _ in 0..1000 {
            let v = r.range(3, 8);
            assert!((3..=8).contains(&v));
            seen[(v - 3) as usize] = true;
        }
        assert!(seen.iter().all(|s| *s));
        assert_eq!(r.below(0), 0);
        assert_eq!(r.range(5, 5), 5);
        let w = [0, 3, 0, 1];
        for _ in 0..200 {
            let i = r.weighted(&w);
            assert!(i == 1 || i == 3);
        }
    }
}
