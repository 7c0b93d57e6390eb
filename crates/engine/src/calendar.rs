use std::fmt;

/// A calendar date known to the year, the month or the day, as news gives them.
///
/// Ordered chronologically, a less precise date before the more precise ones inside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    /// The year.
    pub year: i32,
    /// The month, 1–12, if known.
    pub month: Option<u8>,
    /// The day of the month, if known (only with a month).
    pub day: Option<u8>,
}

impl PartialDate {
    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the date exists.
    pub fn parse_iso(text: &str) -> Option<PartialDate> {
        let mut parts = text.trim().split('-');
        let year = parts.next().filter(|y| y.len() == 4)?.parse().ok()?;
        let month = match parts.next() {
            Some(m) if m.len() == 2 => Some(m.parse::<u8>().ok().filter(|m| (1..=12).contains(m))?),
            Some(_) => return None,
            None => None,
        };
        let day = match (month, parts.next()) {
            (Some(month), Some(d)) if d.len() == 2 => {
                Some(d.parse::<u8>().ok().filter(|&d| d >= 1 && d <= days_in_month(year, month))?)
            }
            (_, Some(_)) => return None,
            (_, None) => None,
        };
        if parts.next().is_some() {
            return None;
        }
        Some(PartialDate { year, month, day })
    }
}

impl PartialDate {
    /// A date known to the day.
    pub(crate) fn day(year: i32, month: u8, day: u8) -> PartialDate {
        PartialDate { year, month: Some(month), day: Some(day) }
    }

    /// A date known to the month.
    pub(crate) fn month(year: i32, month: u8) -> PartialDate {
        PartialDate { year, month: Some(month), day: None }
    }

    /// A date known to the year.
    pub(crate) fn year(year: i32) -> PartialDate {
        PartialDate { year, month: None, day: None }
    }
}

/// Days since 1970-01-01 of a full date (Howard Hinnant's `days_from_civil`).
pub(crate) fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let year = i64::from(year) - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The full date `days` after 1970-01-01, the inverse of [`days_from_civil`].
pub(crate) fn civil_from_days(days: i64) -> PartialDate {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u8;
    let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 } as u8;
    let year = (year_of_era + era * 400 + i64::from(month <= 2)) as i32;
    PartialDate::day(year, month, day)
}

/// The day of the week of `days` after 1970-01-01: 0 for Monday to 6 for Sunday.
pub(crate) fn weekday(days: i64) -> u8 {
    // 1970-01-01 was a Thursday.
    (days + 3).rem_euclid(7) as u8
}

/// The number of days in `month` (1–12) of `year`, in the Gregorian calendar.
pub(crate) fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        Ok(())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for PartialDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        PartialDate::parse_iso(&text).ok_or_else(|| serde::de::Error::custom(format!("not a date: {text}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_each_precision_and_prints_it_back() {
        for text in ["2024", "2024-06", "2024-06-19", "2024-02-29", "0999"] {
            assert_eq!(PartialDate::parse_iso(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn refuses_what_is_not_a_date() {
        for text in ["", "24", "2024-6", "2024-13", "2023-02-29", "2024-06-31", "2024-06-19-1", "giugno", "2024-00"] {
            assert_eq!(PartialDate::parse_iso(text), None, "{text:?}");
        }
    }

    #[test]
    fn counts_days_both_ways_across_leap_years_and_centuries() {
        for (text, days) in [("1970-01-01", 0), ("2000-02-29", 11_016), ("2024-06-19", 19_893), ("1900-03-01", -25_508)]
        {
            let date = PartialDate::parse_iso(text).unwrap();
            assert_eq!(days_from_civil(date.year, date.month.unwrap(), date.day.unwrap()), days, "{text}");
            assert_eq!(civil_from_days(days).to_string(), text);
        }
    }

    #[test]
    fn knows_the_day_of_the_week() {
        // 19 June 2024, the day the partnership was signed, was a Wednesday.
        assert_eq!(weekday(days_from_civil(2024, 6, 19)), 2);
        assert_eq!(weekday(days_from_civil(2024, 6, 17)), 0);
        assert_eq!(weekday(days_from_civil(1961, 7, 11)), 1);
    }

    #[test]
    fn orders_chronologically() {
        let dates: Vec<_> =
            ["2024-06-19", "1961", "2024-06", "2024"].iter().map(|t| PartialDate::parse_iso(t).unwrap()).collect();
        let mut sorted = dates.clone();
        sorted.sort();
        let printed: Vec<_> = sorted.iter().map(|d| d.to_string()).collect();
        assert_eq!(printed, ["1961", "2024", "2024-06", "2024-06-19"]);
    }
}
