//! Printing rows: aligned columns, or one JSON object per line.

/// Each row as one JSON object on its own line.
pub fn print_json<T: serde::Serialize>(
    out: &mut impl std::io::Write,
    rows: &[T],
) -> anyhow::Result<()> {
    for row in rows {
        serde_json::to_writer(&mut *out, row)?;
        writeln!(out)?;
    }
    Ok(())
}

/// A number with `digits` decimals, or `-` when there is none.
pub fn opt(v: Option<f64>, digits: usize) -> String {
    v.map_or("-".into(), |v| format!("{v:.digits$}"))
}

/// Like [`opt`], but a value below 1 keeps at least three significant digits (USD per model
/// call is often a few millionths): `0.00000630`, `0.0176`.
pub fn opt_small(v: Option<f64>, digits: usize) -> String {
    v.map_or("-".into(), |v| small(v, digits))
}

/// `v` with `digits` decimals, more when it is below 1 (see [`opt_small`]).
pub fn small(v: f64, digits: usize) -> String {
    let digits = if v != 0.0 && v.is_finite() && v.abs() < 1.0 {
        let zeros = (-v.abs().log10()).ceil() as usize;
        digits.max(zeros + 2).min(12)
    } else {
        digits
    };
    format!("{v:.digits$}")
}

/// Rows as columns padded to their widest cell (the last column is not padded).
pub fn write_aligned<const N: usize>(
    out: &mut impl std::io::Write,
    table: &[[String; N]],
) -> std::io::Result<()> {
    let mut widths = [0usize; N];
    for row in table {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    for row in table {
        let mut text = String::new();
        for (i, (cell, w)) in row.iter().zip(widths).enumerate() {
            if i + 1 == N {
                text.push_str(cell);
            } else {
                text.push_str(&format!("{cell:<w$}  "));
            }
        }
        writeln!(out, "{}", text.trim_end())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_values_keep_three_significant_digits() {
        assert_eq!(small(0.0000063, 3), "0.00000630");
        assert_eq!(small(0.0176, 4), "0.0176");
        assert_eq!(small(0.25, 4), "0.2500");
        assert_eq!(small(0.0, 4), "0.0000");
        assert_eq!(small(12.5, 3), "12.500");
        assert_eq!(opt_small(None, 4), "-");
    }
}
