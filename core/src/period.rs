//! The quarter a computation is about: its record, its reference date and its trailing year.

use std::fmt;

use crate::calendar::{Date, Quarter};
use crate::snapshot::{QuarterRecord, Snapshot};

/// Why a quarter cannot be summarised.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PeriodError {
    /// The export has no quarter with this label.
    #[error("quarter {requested} is not in the export; available quarters: {}", list(.available))]
    UnknownQuarter {
        /// The quarter asked for.
        requested: Quarter,
        /// The quarters the export holds, oldest first.
        available: Vec<Quarter>,
    },
    /// The export holds no quarter at all (a validated export always holds one).
    #[error("the export holds no quarter")]
    Empty,
}

impl PeriodError {
    /// The message in Japanese.
    pub fn message_ja(&self) -> String {
        match self {
            PeriodError::UnknownQuarter { requested, available } => {
                format!("四半期 {requested} はエクスポートにありません。利用できる四半期: {}", list(available))
            }
            PeriodError::Empty => "エクスポートに四半期がありません".to_owned(),
        }
    }
}

fn list(quarters: &[Quarter]) -> String {
    quarters.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
}

/// Where an event sits in the export: `quarters[quarter].field[index]` (its JSON path when displayed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct At {
    /// Index in `snapshot.quarters`.
    pub quarter: usize,
    /// The list's key inside the quarter record, e.g. `trainings` or `emergency.drills`.
    pub field: &'static str,
    /// Index in the list.
    pub index: usize,
}

impl fmt::Display for At {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "quarters[{}].{}[{}]", self.quarter, self.field, self.index)
    }
}

/// One quarter of a snapshot, chosen for a computation.
///
/// - The **reference date** is the earlier of the quarter's last day and the export's `as_of`: every
///   "today" in a computation is this date, never the wall clock.
/// - The **trailing year** is the 12 months ending on the reference date, counted by the *anniversary
///   convention* used for every annual check (年1回, "in the last 12 months"): `[reference − 12 months,
///   reference]`, both ends included — an activity held every 30 September is in time on the next
///   30 September. Month arithmetic clamps to the month's end. Events are looked up in this quarter's
///   record and the earlier ones (a later record can hold no event dated on or before the reference
///   date).
/// - The **previous quarter** is the previous entry of `snapshot.quarters` (which may be more than one
///   calendar quarter earlier if the export has gaps).
#[derive(Debug, Clone, Copy)]
pub struct Period<'a> {
    snapshot: &'a Snapshot,
    index: usize,
}

impl<'a> Period<'a> {
    /// The period for `quarter`, or an error listing the quarters the export holds.
    pub fn new(snapshot: &'a Snapshot, quarter: Quarter) -> Result<Period<'a>, PeriodError> {
        match snapshot.quarters.iter().position(|q| q.quarter == quarter) {
            Some(index) => Ok(Period { snapshot, index }),
            None if snapshot.quarters.is_empty() => Err(PeriodError::Empty),
            None => Err(PeriodError::UnknownQuarter {
                requested: quarter,
                available: snapshot.quarters.iter().map(|q| q.quarter).collect(),
            }),
        }
    }

    /// The period of the export's latest quarter.
    pub fn latest(snapshot: &'a Snapshot) -> Result<Period<'a>, PeriodError> {
        Period::at(snapshot, snapshot.quarters.len().wrapping_sub(1)).ok_or(PeriodError::Empty)
    }

    /// The period of `snapshot.quarters[index]`, if there is one.
    pub fn at(snapshot: &'a Snapshot, index: usize) -> Option<Period<'a>> {
        (index < snapshot.quarters.len()).then_some(Period { snapshot, index })
    }

    /// The whole export.
    pub fn snapshot(&self) -> &'a Snapshot {
        self.snapshot
    }

    /// Position of the quarter in `snapshot.quarters`.
    pub fn index(&self) -> usize {
        self.index
    }

    /// The quarter's record.
    pub fn record(&self) -> &'a QuarterRecord {
        &self.snapshot.quarters[self.index]
    }

    /// The quarter.
    pub fn quarter(&self) -> Quarter {
        self.record().quarter
    }

    /// The earlier of the quarter's last day and the export's `as_of`.
    pub fn reference(&self) -> Date {
        self.quarter().end().min(self.snapshot.as_of)
    }

    /// The first day of the trailing year (included): the reference date minus 12 months, the same
    /// calendar date a year earlier (clamped to the month's end).
    pub fn year_start(&self) -> Date {
        self.reference().minus_months(12)
    }

    /// Whether `date` lies in the trailing year `[reference − 12 months, reference]`.
    pub fn in_year(&self, date: Date) -> bool {
        self.year_start() <= date && date <= self.reference()
    }

    /// Whether `date` lies in the quarter and not after the reference date.
    pub fn in_quarter(&self, date: Date) -> bool {
        self.quarter().contains(date) && date <= self.reference()
    }

    /// The previous entry of `snapshot.quarters`, if any.
    pub fn previous(&self) -> Option<Period<'a>> {
        self.index.checked_sub(1).map(|index| Period { snapshot: self.snapshot, index })
    }

    /// The periods of this quarter and every earlier one, oldest first.
    pub fn history(&self) -> impl Iterator<Item = Period<'a>> + use<'a> {
        let snapshot = self.snapshot;
        (0..=self.index).map(move |index| Period { snapshot, index })
    }

    /// The records (with their index) that can hold events of the trailing year: this quarter's and
    /// the earlier ones whose quarter ends on or after the year's start.
    pub fn year_records(&self) -> impl Iterator<Item = (usize, &'a QuarterRecord)> + use<'a> {
        let start = self.year_start();
        self.snapshot.quarters[..=self.index].iter().enumerate().filter(move |(_, q)| q.quarter.end() >= start)
    }

    /// Whether the export's records reach back over the trailing year: its first quarter starts on or
    /// before the day after the year's first day. The anniversary day itself may lie in the quarter
    /// before the export's first (a four-quarter export ending on 30 September starts on 1 October):
    /// an event on it counts when a record holds it, and the export still counts as covering its
    /// twelve months. When false, counts over the trailing year cover only part of it.
    pub fn year_covered(&self) -> bool {
        self.snapshot.quarters.first().is_some_and(|q| q.quarter.start() <= self.year_start().add_days(1))
    }

    /// The JSON path of the quarter's record, `quarters[7]`.
    pub fn path(&self) -> String {
        format!("quarters[{}]", self.index)
    }

    /// Every event of the trailing year in the list `pick` selects from each record, with where it
    /// sits (`quarters[6].trainings[2]`); `field` is the list's key and `date` the event's date.
    pub fn year_events<T: 'a>(
        &self,
        field: &'static str,
        pick: impl Fn(&'a QuarterRecord) -> &'a [T],
        date: impl Fn(&T) -> Date,
    ) -> Vec<(At, &'a T)> {
        let mut out = Vec::new();
        for (quarter, record) in self.year_records() {
            for (index, event) in pick(record).iter().enumerate() {
                if self.in_year(date(event)) {
                    out.push((At { quarter, field, index }, event));
                }
            }
        }
        out
    }

    /// [`Period::year_events`] newest first; events of the same day in the order of their JSON paths.
    pub fn year_events_newest_first<T: 'a>(
        &self,
        field: &'static str,
        pick: impl Fn(&'a QuarterRecord) -> &'a [T],
        date: impl Fn(&T) -> Date,
    ) -> Vec<(At, &'a T)> {
        let mut events = self.year_events(field, pick, &date);
        crate::order::sort_by_cached_key(&mut events, |(at, e)| (std::cmp::Reverse(date(e)), at.to_string()));
        events
    }

    /// Every event of this quarter in the list `pick` selects, with where it sits.
    pub fn quarter_events<T: 'a>(
        &self,
        field: &'static str,
        pick: impl Fn(&'a QuarterRecord) -> &'a [T],
        date: impl Fn(&T) -> Date,
    ) -> Vec<(At, &'a T)> {
        let quarter = self.index;
        pick(self.record())
            .iter()
            .enumerate()
            .filter(|(_, e)| self.in_quarter(date(e)))
            .map(|(index, e)| (At { quarter, field, index }, e))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::{d, q, snapshot_with};

    #[test]
    fn finds_quarters_and_reports_unknown_ones() {
        let s = snapshot_with(&["2025Q4", "2026Q1", "2026Q2"], "2026-05-15");
        let p = Period::new(&s, q("2026Q1")).unwrap();
        assert_eq!(p.index(), 1);
        assert_eq!(p.path(), "quarters[1]");
        assert_eq!(p.previous().unwrap().quarter(), q("2025Q4"));
        assert!(p.previous().unwrap().previous().is_none());
        assert_eq!(Period::latest(&s).unwrap().quarter(), q("2026Q2"));
        let err = Period::new(&s, q("2024Q1")).unwrap_err();
        assert_eq!(err.to_string(), "quarter 2024Q1 is not in the export; available quarters: 2025Q4, 2026Q1, 2026Q2");
        assert!(err.message_ja().contains("2025Q4, 2026Q1, 2026Q2"));
    }

    #[test]
    fn reference_is_the_earlier_of_quarter_end_and_as_of() {
        let s = snapshot_with(&["2026Q1", "2026Q2"], "2026-05-15");
        assert_eq!(Period::new(&s, q("2026Q1")).unwrap().reference(), d("2026-03-31"));
        let p = Period::new(&s, q("2026Q2")).unwrap();
        assert_eq!(p.reference(), d("2026-05-15"));
        // Trailing year [2025-05-15, 2026-05-15]: the day before is out, the same date a year
        // earlier is in (anniversary convention), the reference date is in, the day after is out.
        assert_eq!(p.year_start(), d("2025-05-15"));
        assert!(!p.in_year(d("2025-05-14")));
        assert!(p.in_year(d("2025-05-15")));
        assert!(p.in_year(d("2025-05-16")));
        assert!(p.in_year(d("2026-05-15")));
        assert!(!p.in_year(d("2026-05-16")));
        assert!(!p.year_covered(), "history starts 2026-01-01, after 2025-05-16");
    }

    #[test]
    fn an_annual_activity_on_the_same_date_a_year_earlier_is_in_time() {
        // The case: a drill every 30 September, judged on 30 September.
        let s = snapshot_with(&["2025Q3", "2025Q4", "2026Q1", "2026Q2", "2026Q3"], "2026-09-30");
        let p = Period::latest(&s).unwrap();
        assert_eq!(p.year_start(), d("2025-09-30"));
        assert!(p.in_year(d("2025-09-30")));
        assert!(!p.in_year(d("2025-09-29")));
        // 2025Q3 ends on the year's first day: its record can hold such an event.
        assert_eq!(p.year_records().map(|(i, _)| i).collect::<Vec<_>>(), vec![0, 1, 2, 3, 4]);
        assert!(p.year_covered());
        // Four quarters from 2025Q4 still cover the year that starts on 2025-09-30.
        let s = snapshot_with(&["2025Q4", "2026Q1", "2026Q2", "2026Q3"], "2026-09-30");
        assert!(Period::latest(&s).unwrap().year_covered());
        let s = snapshot_with(&["2026Q1", "2026Q2", "2026Q3"], "2026-09-30");
        assert!(!Period::latest(&s).unwrap().year_covered());
        // Month ends clamp: from 2025-02-28 the year starts on 2024-02-28; 2024-02-29 is inside.
        let s = snapshot_with(&["2024Q1", "2025Q1"], "2025-02-28");
        let p = Period::latest(&s).unwrap();
        assert_eq!(p.year_start(), d("2024-02-28"));
        assert!(p.in_year(d("2024-02-29")) && p.in_year(d("2024-02-28")) && !p.in_year(d("2024-02-27")));
    }

    #[test]
    fn year_records_skip_quarters_ending_before_the_year() {
        let s = snapshot_with(&["2025Q1", "2025Q2", "2025Q3", "2026Q1", "2026Q2"], "2026-06-30");
        let p = Period::latest(&s).unwrap();
        // Year [2025-06-30, 2026-06-30]: 2025Q1 ends before it; 2025Q2 ends on its first day.
        let idx: Vec<usize> = p.year_records().map(|(i, _)| i).collect();
        assert_eq!(idx, vec![1, 2, 3, 4]);
        assert!(p.year_covered());
        assert_eq!(p.history().count(), 5);
    }
}
