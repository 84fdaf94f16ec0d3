//! Fiscal years (年度) and the one way a quarter is named to a person.
//!
//! The export keys its quarters by the **calendar** quarter (`2026Q3` = July–September 2026) in the
//! file, in URLs and in every JSON path; `organisation.fiscal_year_start` (1..=12, default 1) only
//! changes how a quarter is *labelled*: `2026年度 第2四半期（7〜9月）` / `FY2026 Q2 (Jul–Sep)` for
//! an April start.
//!
//! - A fiscal year is named after the calendar year in which it **starts** (the Japanese 年度
//!   convention): with an April start, April 2026 – March 2027 is 2026年度 / FY2026; with a January
//!   start (the default), 2026年度 is calendar 2026 and the fiscal quarters are the calendar ones.
//! - A start month that is not 1, 4, 7 or 10 does not cut the year at calendar quarters. A calendar
//!   quarter is then labelled by the fiscal quarter that holds most of it (two of its three months:
//!   the one containing its middle month), and its months stay the calendar quarter's own — so the
//!   label never claims months the record does not cover. Consecutive calendar quarters still get
//!   consecutive fiscal quarters, and each fiscal quarter names exactly one calendar quarter.
//!
//! ```
//! use csm_core::fiscal::FiscalYearStart;
//! use csm_core::snapshot::Language;
//! let april = FiscalYearStart::new(4).unwrap();
//! let q = april.quarter("2026Q3".parse().unwrap());
//! assert_eq!(q.label(Language::Ja), "2026年度 第2四半期（7〜9月）");
//! assert_eq!(q.label(Language::En), "FY2026 Q2 (Jul\u{2013}Sep)");
//! assert_eq!(q.name(Language::Ja), "2026年度 第2四半期");
//! ```

use std::fmt;

use serde::Serialize;

use crate::calendar::{Date, Quarter};
use crate::snapshot::{Language, Organisation};

const MONTHS_EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// An English month abbreviation, `Jan` ..= `Dec` (`?` outside 1..=12).
pub fn month_en(month: u8) -> &'static str {
    MONTHS_EN.get(usize::from(month).wrapping_sub(1)).copied().unwrap_or("?")
}

/// The month a fiscal year starts, 1..=12 (January by default: fiscal year = calendar year).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct FiscalYearStart(u8);

impl Default for FiscalYearStart {
    fn default() -> FiscalYearStart {
        FiscalYearStart::JANUARY
    }
}

impl FiscalYearStart {
    /// January: the fiscal year is the calendar year.
    pub const JANUARY: FiscalYearStart = FiscalYearStart(1);
    /// April, the most common start in Japan (4月〜翌3月).
    pub const APRIL: FiscalYearStart = FiscalYearStart(4);

    /// The start month, if it is 1..=12.
    pub fn new(month: u8) -> Option<FiscalYearStart> {
        (1..=12).contains(&month).then_some(FiscalYearStart(month))
    }

    /// The export's start month: `organisation.fiscal_year_start`, January when absent (or out of
    /// range, which validation rejects before any label is made).
    pub fn of(month: Option<u8>) -> FiscalYearStart {
        month.and_then(FiscalYearStart::new).unwrap_or_default()
    }

    /// The start month, 1..=12.
    pub fn month(self) -> u8 {
        self.0
    }

    /// Whether fiscal quarters coincide with calendar quarters (a start in January, April, July or
    /// October).
    pub fn aligned(self) -> bool {
        (self.0 - 1).is_multiple_of(3)
    }

    /// The fiscal year (named after the calendar year it starts in) containing `month` of `year`.
    fn year_of_month(self, year: u16, month: u8) -> u16 {
        if month >= self.0 { year } else { year - 1 }
    }

    /// The fiscal year containing `date`: with an April start, 2026-03-31 is in 2025 and
    /// 2026-04-01 in 2026.
    pub fn year_of(self, date: Date) -> u16 {
        self.year_of_month(date.year(), date.month())
    }

    /// The first day of fiscal year `year`.
    pub fn year_start(self, year: u16) -> Option<Date> {
        Date::new(year, self.0, 1)
    }

    /// The fiscal quarter (1..=4) containing `month`.
    fn number_of_month(self, month: u8) -> u8 {
        (month + 12 - self.0) % 12 / 3 + 1
    }

    /// The fiscal quarter containing `date` (with an April start, 2026-03-31 is FY2025 Q4).
    pub fn quarter_of(self, date: Date) -> (u16, u8) {
        (self.year_of(date), self.number_of_month(date.month()))
    }

    /// How the calendar quarter `q` is named in this fiscal year: the fiscal quarter holding its
    /// middle month (all three months when aligned; two of three otherwise).
    pub fn quarter(self, q: Quarter) -> FiscalQuarter {
        let middle = q.start().month() + 1;
        FiscalQuarter { calendar: q, year: self.year_of_month(q.year(), middle), number: self.number_of_month(middle) }
    }
}

impl Organisation {
    /// The month its fiscal year starts (`fiscal_year_start`, January when absent).
    pub fn fiscal(&self) -> FiscalYearStart {
        FiscalYearStart::of(self.fiscal_year_start)
    }
}

impl fmt::Display for FiscalYearStart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A calendar quarter named in the fiscal year: `2026年度 第2四半期（7〜9月）` / `FY2026 Q2 (Jul–Sep)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct FiscalQuarter {
    /// The calendar quarter (the export's key, `2026Q3`).
    pub calendar: Quarter,
    /// The fiscal year, named after the calendar year it starts in.
    pub year: u16,
    /// The fiscal quarter, 1..=4.
    pub number: u8,
}

impl FiscalQuarter {
    /// The quarter without its months: `2026年度 第2四半期` / `FY2026 Q2`.
    pub fn name(self, lang: Language) -> String {
        match lang {
            Language::Ja => format!("{}年度 第{}四半期", self.year, self.number),
            Language::En => self.short(),
        }
    }

    /// The calendar months it spans: `7〜9月` / `Jul–Sep`.
    pub fn months(self, lang: Language) -> String {
        let (first, last) = (self.calendar.start().month(), self.calendar.end().month());
        match lang {
            Language::Ja => format!("{first}〜{last}月"),
            Language::En => format!("{}\u{2013}{}", month_en(first), month_en(last)),
        }
    }

    /// The full label: `2026年度 第2四半期（7〜9月）` / `FY2026 Q2 (Jul–Sep)`.
    pub fn label(self, lang: Language) -> String {
        match lang {
            Language::Ja => format!("{}（{}）", self.name(lang), self.months(lang)),
            Language::En => format!("{} ({})", self.name(lang), self.months(lang)),
        }
    }

    /// The short form for chart axes and narrow columns, the same in both languages: `FY2026 Q2`.
    pub fn short(self) -> String {
        format!("FY{} Q{}", self.year, self.number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{d, q};
    use proptest::prelude::*;

    fn start(m: u8) -> FiscalYearStart {
        FiscalYearStart::new(m).unwrap()
    }

    #[test]
    fn april_start_labels_july_to_september_as_the_second_quarter() {
        let fq = start(4).quarter(q("2026Q3"));
        assert_eq!((fq.year, fq.number), (2026, 2));
        assert_eq!(fq.label(Language::Ja), "2026年度 第2四半期（7〜9月）");
        assert_eq!(fq.label(Language::En), "FY2026 Q2 (Jul\u{2013}Sep)");
        assert_eq!(fq.name(Language::En), "FY2026 Q2");
        assert_eq!(fq.short(), "FY2026 Q2");
        let jan_mar = start(4).quarter(q("2026Q1"));
        assert_eq!(jan_mar.label(Language::Ja), "2025年度 第4四半期（1〜3月）");
        assert_eq!(start(4).quarter(q("2026Q2")).label(Language::En), "FY2026 Q1 (Apr\u{2013}Jun)");
        assert_eq!(start(4).quarter(q("2026Q4")).name(Language::Ja), "2026年度 第3四半期");
    }

    #[test]
    fn the_year_turns_on_the_start_month() {
        let april = start(4);
        assert_eq!(april.quarter_of(d("2026-03-31")), (2025, 4));
        assert_eq!(april.quarter_of(d("2026-04-01")), (2026, 1));
        assert_eq!(april.year_start(2026), Some(d("2026-04-01")));
        // January: the calendar year and quarters, unchanged.
        let jan = FiscalYearStart::default();
        assert_eq!(jan.quarter_of(d("2026-12-31")), (2026, 4));
        assert_eq!(jan.quarter_of(d("2027-01-01")), (2027, 1));
        let fq = jan.quarter(q("2026Q3"));
        assert_eq!((fq.year, fq.number), (2026, 3));
        assert_eq!(fq.label(Language::Ja), "2026年度 第3四半期（7〜9月）");
        // December: 2025-12-01 starts 2025年度; January–March 2026 is mostly its first quarter.
        let dec = start(12);
        assert_eq!(dec.quarter_of(d("2025-11-30")), (2024, 4));
        assert_eq!(dec.quarter_of(d("2025-12-01")), (2025, 1));
        assert_eq!(dec.quarter_of(d("2026-02-28")), (2025, 1));
        assert_eq!(dec.quarter_of(d("2026-03-01")), (2025, 2));
        let fq = dec.quarter(q("2026Q1"));
        assert_eq!((fq.year, fq.number), (2025, 1));
        assert_eq!(fq.label(Language::En), "FY2025 Q1 (Jan\u{2013}Mar)");
        assert_eq!(dec.quarter(q("2025Q4")).short(), "FY2024 Q4");
    }

    #[test]
    fn start_months_outside_the_year_are_refused() {
        assert_eq!(FiscalYearStart::new(0), None);
        assert_eq!(FiscalYearStart::new(13), None);
        assert_eq!(FiscalYearStart::of(None), FiscalYearStart::JANUARY);
        assert_eq!(FiscalYearStart::of(Some(4)), FiscalYearStart::APRIL);
        assert!(start(1).aligned() && start(4).aligned() && start(7).aligned() && start(10).aligned());
        assert!(!start(2).aligned() && !start(3).aligned() && !start(12).aligned());
    }

    proptest! {
        /// For every start month, consecutive calendar quarters get consecutive fiscal quarters
        /// (Q4 is followed by Q1 of the next fiscal year), every fiscal quarter holds the calendar
        /// quarter's middle month, and an aligned start holds all three months.
        #[test]
        fn every_start_month_maps_calendar_quarters_consistently(month in 1u8..=12, year in 1901u16..2998, n in 1u8..=4) {
            let s = start(month);
            let cq = Quarter::new(year, n).unwrap();
            let fq = s.quarter(cq);
            prop_assert!((1..=4).contains(&fq.number));
            let middle = cq.start().add_days(40);
            prop_assert_eq!(s.quarter_of(middle), (fq.year, fq.number));
            if s.aligned() {
                prop_assert_eq!(s.quarter_of(cq.start()), (fq.year, fq.number));
                prop_assert_eq!(s.quarter_of(cq.end()), (fq.year, fq.number));
            }
            let next = s.quarter(cq.next().unwrap());
            let expected = if fq.number == 4 { (fq.year + 1, 1) } else { (fq.year, fq.number + 1) };
            prop_assert_eq!((next.year, next.number), expected);
            // The fiscal year starts in the calendar year it is named after.
            let first = s.year_start(fq.year).unwrap();
            prop_assert!(first <= cq.end());
            prop_assert_eq!(s.year_of(first), fq.year);
            if month == 1 {
                prop_assert_eq!((fq.year, fq.number), (cq.year(), cq.number()));
            }
        }
    }
}
