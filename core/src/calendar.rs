//! Dates and calendar quarters, as the snapshot writes them (`2026-09-30`, `2026Q3`).
//!
//! A small civil-calendar implementation (proleptic Gregorian) so that core has no clock and no
//! date-library dependency: the only "today" is the snapshot's `as_of`.

use std::fmt;
use std::str::FromStr;

/// A calendar date, `YYYY-MM-DD`, years 1900 ..= 2999.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Why a string is not a [`Date`] or a [`Quarter`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CalendarError {
    /// Not of the form `YYYY-MM-DD`.
    #[error("`{0}` is not a date of the form YYYY-MM-DD")]
    DateSyntax(String),
    /// Well-formed but not a real day (`2026-02-30`) or outside 1900..=2999.
    #[error("`{0}` is not a real calendar date")]
    ImpossibleDate(String),
    /// Not of the form `YYYYQn` with n in 1..=4.
    #[error("`{0}` is not a quarter of the form YYYYQn (n = 1..4)")]
    QuarterSyntax(String),
}

impl Date {
    /// The date, if it exists.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        if !(1900..=2999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// The year.
    pub fn year(self) -> u16 {
        self.year
    }
    /// The month, 1..=12.
    pub fn month(self) -> u8 {
        self.month
    }
    /// The day of the month, from 1.
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let m = i64::from(self.month);
        let d = i64::from(self.day);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days since 1970-01-01, if within the supported years.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date::new(u16::try_from(y).ok()?, u8::try_from(m).ok()?, u8::try_from(d).ok()?)
    }

    /// Whole days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.days_since_epoch() - self.days_since_epoch()
    }

    /// This date plus `days` (saturating at the supported range's ends).
    pub fn add_days(self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + days).unwrap_or(if days < 0 {
            Date { year: 1900, month: 1, day: 1 }
        } else {
            Date { year: 2999, month: 12, day: 31 }
        })
    }

    /// The same day `months` months earlier, clamped to the month's last day (2026-03-31 minus 1 month
    /// is 2026-02-28).
    pub fn minus_months(self, months: u32) -> Date {
        let total = i64::from(self.year) * 12 + i64::from(self.month) - 1 - i64::from(months);
        let year = u16::try_from(total.div_euclid(12)).unwrap_or(1900).max(1900);
        let month = u8::try_from(total.rem_euclid(12) + 1).unwrap_or(1);
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// The calendar quarter containing this date.
    pub fn quarter(self) -> Quarter {
        Quarter { year: self.year, q: (self.month - 1) / 3 + 1 }
    }
}

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = CalendarError;
    fn from_str(s: &str) -> Result<Date, CalendarError> {
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) || !digits(5..7) || !digits(8..10) {
            return Err(CalendarError::DateSyntax(s.to_owned()));
        }
        let num = |r: std::ops::Range<usize>| b[r].iter().fold(0u16, |a, d| a * 10 + u16::from(d - b'0'));
        let (y, m, d) = (num(0..4), num(5..7), num(8..10));
        Date::new(y, m as u8, d as u8).ok_or_else(|| CalendarError::ImpossibleDate(s.to_owned()))
    }
}

/// A calendar quarter, `2026Q3` = July to September 2026.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    year: u16,
    q: u8,
}

impl Quarter {
    /// The quarter, if `q` is 1..=4 and the year is supported.
    pub fn new(year: u16, q: u8) -> Option<Quarter> {
        ((1900..=2999).contains(&year) && (1..=4).contains(&q)).then_some(Quarter { year, q })
    }
    /// The year.
    pub fn year(self) -> u16 {
        self.year
    }
    /// 1..=4.
    pub fn number(self) -> u8 {
        self.q
    }
    /// First day of the quarter.
    pub fn start(self) -> Date {
        Date { year: self.year, month: (self.q - 1) * 3 + 1, day: 1 }
    }
    /// Last day of the quarter.
    pub fn end(self) -> Date {
        let month = self.q * 3;
        Date { year: self.year, month, day: days_in_month(self.year, month) }
    }
    /// Whether `date` falls inside this quarter.
    pub fn contains(self, date: Date) -> bool {
        self.start() <= date && date <= self.end()
    }
    /// The quarter before this one.
    pub fn previous(self) -> Option<Quarter> {
        if self.q == 1 { Quarter::new(self.year.checked_sub(1)?, 4) } else { Quarter::new(self.year, self.q - 1) }
    }
    /// The quarter after this one.
    pub fn next(self) -> Option<Quarter> {
        if self.q == 4 { Quarter::new(self.year + 1, 1) } else { Quarter::new(self.year, self.q + 1) }
    }
}

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}Q{}", self.year, self.q)
    }
}

impl FromStr for Quarter {
    type Err = CalendarError;
    fn from_str(s: &str) -> Result<Quarter, CalendarError> {
        let b = s.as_bytes();
        let err = || CalendarError::QuarterSyntax(s.to_owned());
        if b.len() != 6 || !b[..4].iter().all(u8::is_ascii_digit) || !(b[4] == b'Q' || b[4] == b'q') {
            return Err(err());
        }
        let year = b[..4].iter().fold(0u16, |a, d| a * 10 + u16::from(d - b'0'));
        let q = b[5].checked_sub(b'0').ok_or_else(err)?;
        Quarter::new(year, q).ok_or_else(err)
    }
}

macro_rules! string_serde {
    ($t:ident, $expecting:literal) => {
        impl serde::Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl serde::de::Visitor<'_> for V {
                    type Value = $t;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str($expecting)
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$t, E> {
                        v.parse().map_err(E::custom)
                    }
                }
                d.deserialize_str(V)
            }
        }
        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $t {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($t).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schema_for_string!($t)
            }
        }
    };
}

#[cfg(feature = "schema")]
macro_rules! schema_for_string {
    (Date) => {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "description": "A calendar date YYYY-MM-DD (years 1900-2999)."
        })
    };
    (Quarter) => {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}[Qq][1-4]$",
            "description": "A calendar quarter YYYYQn, e.g. 2026Q3 = July-September 2026."
        })
    };
}

string_serde!(Date, "a date string YYYY-MM-DD");
string_serde!(Quarter, "a quarter string YYYYQn");

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn parses_and_rejects_dates() {
        assert_eq!(d("2024-02-29").to_string(), "2024-02-29");
        assert_eq!("2023-02-29".parse::<Date>(), Err(CalendarError::ImpossibleDate("2023-02-29".into())));
        assert!(matches!("2026-13-01".parse::<Date>(), Err(CalendarError::ImpossibleDate(_))));
        assert!(matches!("2026-9-1".parse::<Date>(), Err(CalendarError::DateSyntax(_))));
        assert!(matches!("２０２６-01-01".parse::<Date>(), Err(CalendarError::DateSyntax(_))));
        assert!("1900-02-29".parse::<Date>().is_err());
        assert!("2000-02-29".parse::<Date>().is_ok());
    }

    #[test]
    fn day_arithmetic_matches_known_values() {
        assert_eq!(d("1970-01-01").days_since_epoch(), 0);
        assert_eq!(d("2000-03-01").days_since_epoch(), 11_017);
        assert_eq!(d("2026-01-01").days_until(d("2026-12-31")), 364);
        assert_eq!(d("2024-01-01").days_until(d("2025-01-01")), 366);
        for n in [-25_000i64, -1, 0, 59, 60, 11_016, 20_000, 300_000] {
            assert_eq!(Date::from_days_since_epoch(n).unwrap().days_since_epoch(), n);
        }
        assert_eq!(d("2026-03-31").minus_months(1), d("2026-02-28"));
        assert_eq!(d("2026-01-15").minus_months(12), d("2025-01-15"));
        assert_eq!(d("2026-09-30").add_days(1), d("2026-10-01"));
    }

    #[test]
    fn quarters() {
        let q: Quarter = "2026Q3".parse().unwrap();
        assert_eq!(q.start(), d("2026-07-01"));
        assert_eq!(q.end(), d("2026-09-30"));
        assert_eq!(q.previous().unwrap().to_string(), "2026Q2");
        assert_eq!("2026Q1".parse::<Quarter>().unwrap().previous().unwrap().to_string(), "2025Q4");
        assert_eq!(d("2026-12-31").quarter().to_string(), "2026Q4");
        assert!("2026Q5".parse::<Quarter>().is_err());
        assert!("2026-Q1".parse::<Quarter>().is_err());
        assert!(q.contains(d("2026-08-15")) && !q.contains(d("2026-10-01")));
    }
}
