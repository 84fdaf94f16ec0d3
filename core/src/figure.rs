//! Presented figures: every number the board reads is computed exactly (integer and rational
//! arithmetic, never binary-float sums) and rounded once, half away from zero (四捨五入), to its
//! display precision — percentages to 0.1 ([`PERCENT`]), maturity means to 0.01 ([`MATURITY`]),
//! ratios to 0.1 ([`RATIO`]). A presented figure is then carried as the `f64` nearest to that decimal,
//! so the JSON prints it as written (`70.0`, never `69.99999999999999`), and every comparison with a
//! target, every change and every gap is taken between presented figures, again exactly
//! ([`Exact::of`] recovers the decimal). The JSON, the CLI text and the page therefore show the same
//! numbers, and a value shown equal to its target is equal to it.
//!
//! ```
//! use csm_core::figure::{self, Exact};
//! // 7 of 10 → 70.0 %, 2 of 3 → 66.7 %.
//! assert_eq!(figure::percent(7, 10), Some(70.0));
//! assert_eq!(figure::percent(2, 3), Some(66.7));
//! // The mean of 1, 1 and 2 is 4/3: 1.33 at maturity precision.
//! assert_eq!(figure::mean(4, 3, figure::MATURITY), Some(1.33));
//! // A change between presented figures is exact: 0.3 − 0.1 is 0.2, not 0.19999999999999998.
//! assert_eq!(figure::difference(0.3, 0.1, 1), 0.2);
//! assert!(Exact::of(70.0) >= Exact::of(70.0));
//! ```

use std::cmp::Ordering;

/// Decimals of a percentage (`97.4%`).
pub const PERCENT: u32 = 1;
/// Decimals of a mean maturity (`3.33`).
pub const MATURITY: u32 = 2;
/// Decimals of a ratio (`2.5×`).
pub const RATIO: u32 = 1;

/// An exact rational number `num / den`, `den > 0`, in lowest terms. Arithmetic is checked: an
/// operation that would overflow `i128` gives `None` (never a wrong figure).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exact {
    num: i128,
    den: i128,
}

fn gcd(mut a: i128, mut b: i128) -> i128 {
    a = a.abs();
    b = b.abs();
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.max(1)
}

impl Exact {
    /// Zero.
    pub const ZERO: Exact = Exact { num: 0, den: 1 };

    /// `num / den`; `None` when `den` is 0.
    pub fn ratio(num: i128, den: i128) -> Option<Exact> {
        if den == 0 {
            return None;
        }
        let g = gcd(num, den);
        let sign = if den < 0 { -1 } else { 1 };
        Some(Exact { num: sign * num / g, den: sign * den / g })
    }

    /// The integer `n`.
    pub fn int(n: i128) -> Exact {
        Exact { num: n, den: 1 }
    }

    /// The decimal a finite `f64` was written as: its shortest round-trip form (`0.1` is 1/10, not the
    /// binary fraction nearest to it). `None` for NaN, infinities and magnitudes beyond `i128`.
    pub fn decimal(x: f64) -> Option<Exact> {
        if !x.is_finite() {
            return None;
        }
        // `Display` for f64 is the shortest form that reads back to `x`, never in exponent notation.
        let s = x.to_string();
        let (negative, digits) = s.strip_prefix('-').map_or((false, s.as_str()), |d| (true, d));
        let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
        let scale = 10i128.checked_pow(u32::try_from(frac.len()).ok()?)?;
        let mut num: i128 = format!("{int}{frac}").parse().ok()?;
        if negative {
            num = -num;
        }
        Exact::ratio(num, scale)
    }

    /// [`Exact::decimal`] of a presented figure, falling back to zero for a non-finite value (which no
    /// presented figure is).
    pub fn of(x: f64) -> Exact {
        Exact::decimal(x).unwrap_or(Exact::ZERO)
    }

    /// `self + other`.
    pub fn checked_add(self, other: Exact) -> Option<Exact> {
        let num = self.num.checked_mul(other.den)?.checked_add(other.num.checked_mul(self.den)?)?;
        Exact::ratio(num, self.den.checked_mul(other.den)?)
    }

    /// `self − other`.
    pub fn checked_sub(self, other: Exact) -> Option<Exact> {
        self.checked_add(Exact { num: other.num.checked_neg()?, den: other.den })
    }

    /// `self × other`.
    pub fn checked_mul(self, other: Exact) -> Option<Exact> {
        let (g1, g2) = (gcd(self.num, other.den), gcd(other.num, self.den));
        let num = (self.num / g1).checked_mul(other.num / g2)?;
        Exact::ratio(num, (self.den / g2).checked_mul(other.den / g1)?)
    }

    /// `self ÷ other`; `None` when `other` is zero.
    pub fn checked_div(self, other: Exact) -> Option<Exact> {
        if other.num == 0 {
            return None;
        }
        self.checked_mul(Exact { num: other.den, den: other.num }).and_then(|x| Exact::ratio(x.num, x.den))
    }

    /// Rounded half away from zero to `decimals` decimals, as the `f64` nearest to that decimal.
    pub fn round(self, decimals: u32) -> f64 {
        let Some(scale) = 10i128.checked_pow(decimals) else { return self.to_f64() };
        let Some(scaled) = self.num.checked_mul(scale) else { return self.to_f64() };
        // |scaled| / den rounded half away from zero: ⌊(2|scaled| + den) / 2den⌋.
        let magnitude = (2 * scaled.unsigned_abs() + self.den.unsigned_abs()) / (2 * self.den.unsigned_abs());
        let units = if scaled < 0 { -(magnitude as i128) } else { magnitude as i128 };
        units_to_f64(units, decimals)
    }

    /// The nearest `f64` (for charts and fallbacks only; figures are [`Exact::round`]ed).
    pub fn to_f64(self) -> f64 {
        self.num as f64 / self.den as f64
    }
}

impl PartialOrd for Exact {
    fn partial_cmp(&self, other: &Exact) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Exact {
    fn cmp(&self, other: &Exact) -> Ordering {
        match (self.num.checked_mul(other.den), other.num.checked_mul(self.den)) {
            (Some(a), Some(b)) => a.cmp(&b),
            _ => self.to_f64().total_cmp(&other.to_f64()),
        }
    }
}

/// `units × 10^−decimals` as the nearest `f64` (parsed from its decimal form, so it prints back as
/// that decimal).
fn units_to_f64(units: i128, decimals: u32) -> f64 {
    let digits = units.unsigned_abs().to_string();
    let d = decimals as usize;
    let padded = format!("{digits:0>width$}", width = d + 1);
    let (int, frac) = padded.split_at(padded.len() - d);
    let sign = if units < 0 { "-" } else { "" };
    format!("{sign}{int}.{frac}0").parse().unwrap_or(units as f64)
}

/// `part ÷ whole × 100` to 0.1; `None` when `whole` is 0.
pub fn percent(part: u64, whole: u64) -> Option<f64> {
    Some(Exact::ratio(i128::from(part) * 100, i128::from(whole))?.round(PERCENT))
}

/// `sum ÷ n` to `decimals`; `None` when `n` is 0.
pub fn mean(sum: i128, n: usize, decimals: u32) -> Option<f64> {
    Some(Exact::ratio(sum, i128::try_from(n).ok()?)?.round(decimals))
}

/// `a − b` between two presented figures, exact and at `decimals` (`0.3 − 0.1` is `0.2`).
pub fn difference(a: f64, b: f64, decimals: u32) -> f64 {
    match Exact::of(a).checked_sub(Exact::of(b)) {
        Some(d) => d.round(decimals),
        None => a - b,
    }
}

/// A figure given as an `f64` (an entered or float-computed value), rounded in decimal to
/// `decimals`: `68.50000000000001` → `68.5`.
pub fn rounded(x: f64, decimals: u32) -> f64 {
    Exact::decimal(x).map_or(x, |e| e.round(decimals))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_read_as_written() {
        assert_eq!(Exact::decimal(0.1), Exact::ratio(1, 10));
        assert_eq!(Exact::decimal(-2.5), Exact::ratio(-5, 2));
        assert_eq!(Exact::decimal(70.0), Some(Exact::int(70)));
        assert_eq!(Exact::decimal(f64::NAN), None);
        assert_eq!(Exact::decimal(f64::INFINITY), None);
        assert_eq!(Exact::of(f64::NAN), Exact::ZERO);
        assert_eq!(Exact::ratio(1, 0), None);
        assert_eq!(Exact::ratio(2, -4), Exact::ratio(-1, 2));
    }

    #[test]
    fn rounds_half_away_from_zero() {
        let r = |n, d, decimals| Exact::ratio(n, d).unwrap().round(decimals);
        assert_eq!(r(2665, 1000, 2), 2.67);
        assert_eq!(r(2664, 1000, 2), 2.66);
        assert_eq!(r(-2665, 1000, 2), -2.67);
        assert_eq!(r(1, 3, 2), 0.33);
        assert_eq!(r(2, 3, 2), 0.67);
        assert_eq!(r(-1, 3, 1), -0.3);
        assert_eq!(r(7, 1, 0), 7.0);
        assert_eq!(r(1, 200, 2), 0.01);
        assert_eq!(r(1, 201, 2), 0.0);
        // 3.086666… (mean of 10 item means) prints as 3.09.
        assert_eq!(r(463, 150, 2).to_string(), "3.09");
    }

    #[test]
    fn exact_arithmetic() {
        let third = Exact::ratio(1, 3).unwrap();
        let sum = third.checked_add(third).and_then(|x| x.checked_add(third)).unwrap();
        assert_eq!(sum, Exact::int(1));
        assert_eq!(Exact::ratio(7, 3).unwrap().checked_sub(Exact::ratio(4, 3).unwrap()), Some(Exact::int(1)));
        assert_eq!(third.checked_mul(Exact::int(3)), Some(Exact::int(1)));
        assert_eq!(Exact::int(1).checked_div(Exact::int(4)), Exact::ratio(1, 4));
        assert_eq!(Exact::int(1).checked_div(Exact::ZERO), None);
        assert_eq!(Exact::int(i128::MAX).checked_add(Exact::int(1)), None);
        assert!(Exact::ratio(2, 3).unwrap() > Exact::ratio(66, 100).unwrap());
        assert!(Exact::ratio(-1, 3).unwrap() < Exact::ZERO);
        assert_eq!(Exact::of(69.9).cmp(&Exact::of(70.0)), Ordering::Less);
        assert_eq!(Exact::ratio(1, 4).unwrap().to_f64(), 0.25);
    }

    #[test]
    fn presented_figures() {
        assert_eq!(percent(0, 3), Some(0.0));
        assert_eq!(percent(1, 3), Some(33.3));
        assert_eq!(percent(2, 3), Some(66.7));
        assert_eq!(percent(1, 8), Some(12.5));
        assert_eq!(percent(1, 0), None);
        assert_eq!(mean(7, 3, MATURITY), Some(2.33));
        assert_eq!(mean(1, 0, MATURITY), None);
        assert_eq!(difference(3.04, 3.29, 2), -0.25);
        assert_eq!(difference(0.3, 0.1, 1), 0.2);
        assert_eq!(rounded(68.50000000000001, 1), 68.5);
        assert_eq!(rounded(69.99999999999999, 1), 70.0);
        assert!(rounded(f64::NAN, 1).is_nan());
        assert_eq!(units_to_f64(-5, 2), -0.05);
        assert_eq!(units_to_f64(12345, 0), 12345.0);
    }
}
