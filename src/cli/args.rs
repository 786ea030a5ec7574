//! Arguments commands share, flattened into each: `--set` overrides (every command that reads
//! a pipeline file); for the read-only commands (`query`, `alerts`) which store to read, how
//! many rows, in what format, and the parsing of their time filters.

use std::path::PathBuf;
use std::time::SystemTime;

use anyhow::bail;
use clap::ValueEnum;

use super::{load_config, runtime};
use crate::app::Role;
use crate::config::Override;
use crate::store;
use crate::store::config::StoreConfig;

/// `--set PATH=VALUE`, for every command that reads a pipeline file.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct SetArgs {
    /// Override one setting of the pipeline file (or of the defaults without one), as the
    /// OpenTelemetry Collector's --set; repeatable, the last one wins. PATH is the keys from
    /// the top, separated by `.` (or by `::`, which lets a key hold a dot); a number indexes a
    /// list the file holds. VALUE is YAML: `8`, `true`, `null`, `10s`, `[a, b]`,
    /// `'${env:NAME}'`. Checked as the file is, e.g. --set admin.endpoint=127.0.0.1:8318.
    #[arg(long = "set", value_name = "PATH=VALUE")]
    pub set: Vec<Override>,
}

/// The store a read-only command reads: the pipeline file's, or a SQLite file.
#[derive(Debug, clap::Args)]
pub struct StoreArgs {
    /// Pipeline file whose store to read (default: embedded defaults).
    #[arg(long, short)]
    pub config: Option<PathBuf>,
    /// SQLite file to read, overriding the config's store.
    #[arg(long)]
    pub db: Option<PathBuf>,
    /// `--set PATH=VALUE` overrides of the pipeline file.
    #[command(flatten)]
    pub set: SetArgs,
}

/// How many rows a read-only command prints, and how.
#[derive(Debug, clap::Args)]
pub struct OutputArgs {
    /// At most this many rows.
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Table)]
    pub format: OutputFormat,
}

/// Output format of `query` and `alerts`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum OutputFormat {
    /// Aligned columns.
    Table,
    /// One JSON object per line.
    Json,
}

impl StoreArgs {
    /// The store to read: from --config, overridden by --db; it must exist.
    pub fn existing_store(&self) -> anyhow::Result<StoreConfig> {
        let store_config = load_config(self.config.as_deref(), &self.set, Role::All)?.store;
        existing_store(store_config, self.db.as_deref())
    }
}

fn existing_store(
    mut store_config: StoreConfig,
    db: Option<&std::path::Path>,
) -> anyhow::Result<StoreConfig> {
    if let Some(db) = db {
        store_config = match store_config {
            StoreConfig::Sqlite { max_batch_rows, .. } => StoreConfig::Sqlite {
                path: db.to_owned(),
                max_batch_rows,
            },
            StoreConfig::Clickhouse(_) => {
                bail!("--db names a SQLite file, but the pipeline's store is ClickHouse")
            }
        };
    }
    // A SQLite file must exist: opening would create an empty one. ClickHouse answers or not.
    if let StoreConfig::Sqlite { path, .. } = &store_config
        && !path.exists()
    {
        bail!(
            "no database at {}: start `agentwatch run` first, or pass --db / --config",
            path.display()
        );
    }
    Ok(store_config)
}

/// Open the store, read from it, close it.
pub fn read_store<T, F, Fut>(config: &StoreConfig, read: F) -> anyhow::Result<T>
where
    F: FnOnce(std::sync::Arc<dyn store::Store>) -> Fut,
    Fut: std::future::Future<Output = Result<T, store::StoreError>>,
{
    runtime()?.block_on(async {
        let store = store::open_reader(config).await?;
        let result = read(store.clone()).await;
        store.close().await?;
        Ok(result?)
    })
}

/// Parse an optional time filter (`--since`, `--until`).
pub fn time_filter(arg: Option<&str>, flag: &str) -> anyhow::Result<Option<String>> {
    arg.map(|s| parse_time_arg(s, flag)).transpose()
}

/// `15m` → now − 15 minutes; an RFC 3339 time → itself; both normalized to the stored form.
fn parse_time_arg(arg: &str, flag: &str) -> anyhow::Result<String> {
    if let Ok(ago) = humantime::parse_duration(arg) {
        let t = SystemTime::now()
            .checked_sub(ago)
            .unwrap_or(SystemTime::UNIX_EPOCH);
        return Ok(humantime::format_rfc3339_micros(t).to_string());
    }
    match humantime::parse_rfc3339_weak(arg) {
        Ok(t) => Ok(humantime::format_rfc3339_micros(t).to_string()),
        Err(_) => bail!(
            "{flag} '{arg}' is neither a duration (15m, 2h, 7d) nor an RFC 3339 time (2026-11-25T10:00:00Z)"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_args_accept_durations_and_timestamps() {
        assert_eq!(
            parse_time_arg("2026-11-25T10:00:00Z", "--since").unwrap(),
            "2026-11-25T10:00:00.000000Z"
        );
        let ago = parse_time_arg("1h", "--since").unwrap();
        let now = humantime::format_rfc3339_micros(SystemTime::now()).to_string();
        assert!(ago < now);
        let err = parse_time_arg("yesterday", "--since")
            .unwrap_err()
            .to_string();
        assert!(err.contains("--since 'yesterday'"), "{err}");
    }
}
