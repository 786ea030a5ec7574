//! Reading a series of `timestamp,value` points from CSV, the shape public labelled benchmarks
//! use (`timestamp,value` header, timestamps like `2014-04-10 07:15:00`).
//!
//! * Timestamps: `YYYY-MM-DD HH:MM[:SS[.frac]]` (UTC), RFC 3339 (`T` or space, `Z` or an
//!   offset), or Unix seconds (integer or decimal).
//! * The first non-blank line is a header, and skipped, when its value column is not a number.
//! * Blank lines are ignored. A line that cannot be read — wrong column count, bad timestamp,
//!   value not a finite number, timestamp not after the previous point's — is recorded with its
//!   line number and reason; the other points are kept.

use std::io::BufRead;
use std::path::{Path, PathBuf};

use anyhow::Context;

/// One point of a series.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// 1-based line number in the file.
    pub line: u64,
    /// Unix nanoseconds.
    pub t_ns: u64,
    /// The value as written.
    pub value: f64,
}

/// A line that was not a point, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadLine {
    /// 1-based line number in the file.
    pub line: u64,
    /// What was wrong with it.
    pub reason: String,
}

/// One CSV file read.
#[derive(Debug, Clone)]
pub struct Series {
    /// The file read.
    pub file: PathBuf,
    /// The file's stem: the default series (tool) name.
    pub name: String,
    /// Points in strictly increasing time order.
    pub points: Vec<Point>,
    /// Lines that were not points.
    pub errors: Vec<BadLine>,
}

/// Read the series in `path`. I/O errors are errors; unreadable lines are in [`Series::errors`].
pub fn read_series(path: &Path) -> anyhow::Result<Series> {
    let file =
        std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let (points, errors) = parse_points(std::io::BufReader::new(file))
        .with_context(|| format!("reading {}", path.display()))?;
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .with_context(|| format!("{} has no file name to name its series", path.display()))?;
    Ok(Series {
        file: path.to_owned(),
        name,
        points,
        errors,
    })
}

/// The points of a CSV text, and the lines that were not points.
pub fn parse_points(reader: impl BufRead) -> std::io::Result<(Vec<Point>, Vec<BadLine>)> {
    let mut points: Vec<Point> = Vec::new();
    let mut errors = Vec::new();
    let mut first = true;
    for (i, line) in reader.lines().enumerate() {
        let line_no = i as u64 + 1;
        let line = line?;
        let text = line.trim();
        if text.is_empty() {
            continue;
        }
        let is_first = std::mem::replace(&mut first, false);
        let fields: Vec<&str> = text.split(',').map(unquote).collect();
        if is_first && fields.len() >= 2 && fields[1].parse::<f64>().is_err() {
            continue; // a header
        }
        match parse_point(&fields, points.last()) {
            Ok((t_ns, value)) => points.push(Point {
                line: line_no,
                t_ns,
                value,
            }),
            Err(reason) => errors.push(BadLine {
                line: line_no,
                reason,
            }),
        }
    }
    Ok((points, errors))
}

/// A field without surrounding blanks and double quotes.
fn unquote(field: &str) -> &str {
    let f = field.trim();
    f.strip_prefix('"')
        .and_then(|f| f.strip_suffix('"'))
        .unwrap_or(f)
        .trim()
}

/// Timestamp and value of one line's fields, checked against the previous point.
fn parse_point(fields: &[&str], previous: Option<&Point>) -> Result<(u64, f64), String> {
    let [timestamp, value] = fields else {
        return Err(format!(
            "expected 2 columns (timestamp,value), found {}",
            fields.len()
        ));
    };
    let t_ns = parse_timestamp(timestamp)?;
    let value: f64 = value
        .parse()
        .map_err(|_| format!("value {value:?} is not a number"))?;
    if !value.is_finite() {
        return Err(format!("value {value} is not a finite number"));
    }
    if let Some(p) = previous
        && t_ns <= p.t_ns
    {
        return Err(format!(
            "timestamp {timestamp} is not after the previous point's (line {}); points must be in time order",
            p.line
        ));
    }
    Ok((t_ns, value))
}

/// Unix nanoseconds of `YYYY-MM-DD[T ]HH:MM[:SS[.frac]][Z|±HH:MM]` (UTC without a zone) or of
/// Unix seconds (integer or decimal).
pub fn parse_timestamp(text: &str) -> Result<u64, String> {
    let bad = |why: &str| format!("timestamp {text:?}: {why}");
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        let secs: f64 = text.parse().map_err(|_| bad("not a number"))?;
        let ns = (secs * 1e9).round();
        if ns >= u64::MAX as f64 {
            return Err(bad("too far in the future"));
        }
        return Ok(ns as u64);
    }
    let (date, rest) = text
        .split_once(['T', 't', ' '])
        .ok_or_else(|| bad("expected YYYY-MM-DD HH:MM:SS, RFC 3339 or Unix seconds"))?;
    let days = parse_date(date).map_err(|e| bad(&e))?;
    let (clock, offset_secs) = split_zone(rest.trim()).map_err(|e| bad(&e))?;
    let clock_ns = parse_clock(clock).map_err(|e| bad(&e))?;
    let ns = i128::from(days) * 86_400_000_000_000 + i128::from(clock_ns)
        - i128::from(offset_secs) * 1_000_000_000;
    u64::try_from(ns).map_err(|_| bad("before 1970"))
}

/// Days since 1970-01-01 of `YYYY-MM-DD` (proleptic Gregorian).
fn parse_date(date: &str) -> Result<i64, String> {
    let parts: Vec<&str> = date.split('-').collect();
    let [y, m, d] = parts[..] else {
        return Err("date is not YYYY-MM-DD".into());
    };
    let num = |s: &str, what: &str| -> Result<i64, String> {
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!("{what} {s:?} is not a number"));
        }
        s.parse()
            .map_err(|_| format!("{what} {s:?} is not a number"))
    };
    let (y, m, d) = (num(y, "year")?, num(m, "month")?, num(d, "day")?);
    if !(1..=12).contains(&m) || d < 1 || d > days_in_month(y, m) {
        return Err(format!("no such date {date}"));
    }
    Ok(days_from_civil(y, m, d))
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Howard Hinnant's `days_from_civil`.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The clock part and the zone's offset east of UTC in seconds (0 for `Z` or no zone).
fn split_zone(rest: &str) -> Result<(&str, i64), String> {
    if let Some(clock) = rest.strip_suffix(['Z', 'z']) {
        return Ok((clock, 0));
    }
    let Some(at) = rest.rfind(['+', '-']) else {
        return Ok((rest, 0));
    };
    let (clock, zone) = rest.split_at(at);
    let sign = if zone.starts_with('-') { -1 } else { 1 };
    let (h, m) = zone[1..]
        .split_once(':')
        .ok_or_else(|| format!("zone {zone:?} is not ±HH:MM"))?;
    let h: i64 = h
        .parse()
        .map_err(|_| format!("zone {zone:?} is not ±HH:MM"))?;
    let m: i64 = m
        .parse()
        .map_err(|_| format!("zone {zone:?} is not ±HH:MM"))?;
    if h > 23 || m > 59 {
        return Err(format!("zone {zone:?} is out of range"));
    }
    Ok((clock.trim(), sign * (h * 3600 + m * 60)))
}

/// Nanoseconds since midnight of `HH:MM[:SS[.frac]]`.
fn parse_clock(clock: &str) -> Result<u64, String> {
    let parts: Vec<&str> = clock.split(':').collect();
    let (h, m, s) = match parts[..] {
        [h, m] => (h, m, "0"),
        [h, m, s] => (h, m, s),
        _ => return Err(format!("time {clock:?} is not HH:MM:SS")),
    };
    let int = |v: &str| -> Result<u64, String> {
        if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!("time {clock:?} is not HH:MM:SS"));
        }
        v.parse()
            .map_err(|_| format!("time {clock:?} is not HH:MM:SS"))
    };
    let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
    let (h, m, secs) = (int(h)?, int(m)?, int(whole)?);
    // 60 admits a leap second.
    if h > 23 || m > 59 || secs > 60 {
        return Err(format!("time {clock:?} is out of range"));
    }
    let mut frac_ns = 0u64;
    if !frac.is_empty() {
        let digits = &frac[..frac.len().min(9)];
        frac_ns = int(digits)? * 10u64.pow(9 - digits.len() as u32);
    }
    Ok(((h * 60 + m) * 60 + secs) * 1_000_000_000 + frac_ns)
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: u64 = 1_397_114_100_000_000_000; // 2014-04-10T07:15:00Z

    #[test]
    fn timestamps_in_every_accepted_form() {
        for text in [
            "2014-04-10 07:15:00",
            "2014-04-10T07:15:00Z",
            "2014-04-10T09:15:00+02:00",
            "2014-04-10 02:15:00-05:00",
            "2014-04-10 07:15",
            "1397114100",
            "1397114100.0",
        ] {
            assert_eq!(parse_timestamp(text), Ok(T), "{text}");
        }
        assert_eq!(
            parse_timestamp("2014-04-10 07:15:00.25"),
            Ok(T + 250_000_000)
        );
        assert_eq!(
            parse_timestamp("2000-02-29 00:00:00"),
            Ok(951_782_400_000_000_000)
        );
        for bad in [
            "2014-02-30 00:00:00",
            "2014-04-10",
            "yesterday",
            "2014-04-10 25:00:00",
        ] {
            assert!(parse_timestamp(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn header_blank_lines_and_bad_lines() {
        let text = "timestamp,value\n2014-04-10 07:15:00,1.5\n\n2014-04-10 07:20:00,x\n\
                    2014-04-10 07:20:00,NaN\n2014-04-10 07:15:00,3\n2014-04-10 07:25:00,2\n1,2,3\n";
        let (points, errors) = parse_points(text.as_bytes()).unwrap();
        assert_eq!(
            points.iter().map(|p| (p.line, p.value)).collect::<Vec<_>>(),
            [(2, 1.5), (7, 2.0)]
        );
        let lines: Vec<u64> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [4, 5, 6, 8]);
        assert!(errors[0].reason.contains("not a number"), "{errors:?}");
        assert!(errors[2].reason.contains("not after"), "{errors:?}");
        assert!(errors[3].reason.contains("2 columns"), "{errors:?}");
    }
}
