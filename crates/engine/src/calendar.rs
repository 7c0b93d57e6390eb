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

#[cfg(test)]
mod tests {
    use super::PartialDate;

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
    fn orders_chronologically() {
        let dates: Vec<_> =
            ["2024-06-19", "1961", "2024-06", "2024"].iter().map(|t| PartialDate::parse_iso(t).unwrap()).collect();
        let mut sorted = dates.clone();
        sorted.sort();
        let printed: Vec<_> = sorted.iter().map(|d| d.to_string()).collect();
        assert_eq!(printed, ["1961", "2024", "2024-06", "2024-06-19"]);
    }
}
