//! The export's quarters, its `as_of` date and the programme's progress from the first quarter to the last.

use csm_core::calendar::{Date, Quarter};

use crate::rng::Rng;

/// The quarters of the export, oldest first, and `as_of` (the last quarter's end).
#[derive(Debug, Clone)]
pub(crate) struct Timeline {
    quarters: Vec<Quarter>,
    as_of: Date,
}

impl Timeline {
    /// `count` quarters (at least one) ending with `last`, stopping at the calendar's first quarter.
    pub(crate) fn new(last: Quarter, count: usize) -> Timeline {
        let mut quarters = vec![last];
        while quarters.len() < count.max(1) {
            match quarters.last().and_then(|q| q.previous()) {
                Some(p) => quarters.push(p),
                None => break,
            }
        }
        quarters.reverse();
        Timeline { quarters, as_of: last.end() }
    }

    /// Number of quarters.
    pub(crate) fn len(&self) -> usize {
        self.quarters.len()
    }

    /// The export's `as_of`: the last quarter's end.
    pub(crate) fn as_of(&self) -> Date {
        self.as_of
    }

    /// Quarter `q` (index from the oldest).
    pub(crate) fn quarter(&self, q: usize) -> Quarter {
        self.quarters[q]
    }

    /// `2026q3`, for ids.
    pub(crate) fn tag(&self, q: usize) -> String {
        let qq = self.quarters[q];
        format!("{}q{}", qq.year(), qq.number())
    }

    /// The quarter's reference date: its end, or `as_of` if earlier.
    pub(crate) fn reference(&self, q: usize) -> Date {
        self.quarters[q].end().min(self.as_of)
    }

    /// Number of days of quarter `q` up to its reference date.
    pub(crate) fn days(&self, q: usize) -> i64 {
        self.quarters[q].start().days_until(self.reference(q)) + 1
    }

    /// The day `offset` days after the quarter's start, kept inside the quarter and not after `as_of`.
    pub(crate) fn day_in(&self, q: usize, offset: i64) -> Date {
        let start = self.quarters[q].start();
        start.add_days(offset.clamp(0, self.days(q) - 1))
    }

    /// A uniformly random day of quarter `q` (not after `as_of`).
    pub(crate) fn random_day(&self, q: usize, rng: &mut Rng) -> Date {
        self.day_in(q, rng.below(self.days(q) as u64) as i64)
    }

    /// A random day of month `month` (0, 1 or 2) of quarter `q`.
    pub(crate) fn day_in_month(&self, q: usize, month: u8, rng: &mut Rng) -> Date {
        let start = self.quarters[q].start();
        let month_start = Date::new(start.year(), start.month() + month.min(2), 1).unwrap_or(start);
        let offset = start.days_until(month_start) + rng.range_i(0, 27);
        self.day_in(q, offset)
    }

    /// The programme's progress at quarter `q`, in thousandths: 0 at the first quarter, 1000 at the last.
    pub(crate) fn progress(&self, q: usize) -> u64 {
        if self.quarters.len() <= 1 { 1000 } else { q as u64 * 1000 / (self.quarters.len() as u64 - 1) }
    }

    /// The fiscal year (April to March) containing quarter `q`, as the year it starts in.
    pub(crate) fn fiscal_year(&self, q: usize) -> u16 {
        let qq = self.quarters[q];
        if qq.number() == 1 { qq.year() - 1 } else { qq.year() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ends_at_the_last_quarter_and_keeps_days_inside() {
        let last: Quarter = "2026Q3".parse().unwrap();
        let t = Timeline::new(last, 40);
        assert_eq!(t.len(), 40);
        assert_eq!(t.quarter(39), last);
        assert_eq!(t.quarter(0).to_string(), "2016Q4");
        assert_eq!(t.as_of().to_string(), "2026-09-30");
        assert_eq!(t.day_in(0, 500).to_string(), "2016-12-31");
        assert_eq!(t.day_in(0, -3).to_string(), "2016-10-01");
        assert_eq!((t.progress(0), t.progress(39)), (0, 1000));
        assert_eq!(t.fiscal_year(1), 2016); // 2017Q1 is in FY2016
        let mut rng = Rng::new(1);
        for q in 0..40 {
            let d = t.day_in_month(q, 2, &mut rng);
            assert!(t.quarter(q).contains(d));
        }
        let early: Quarter = "1900Q2".parse().unwrap();
        assert_eq!(Timeline::new(early, 10).len(), 2);
    }
}
