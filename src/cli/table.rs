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
