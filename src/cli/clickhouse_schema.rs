//! `agentwatch clickhouse-schema`: the ClickHouse tables agentwatch creates at start.

use std::path::PathBuf;

use anyhow::bail;
use clap::ValueEnum;

use super::args::SetArgs;
use super::load_config;
use crate::app::Role;
use crate::store;
use crate::store::config::StoreConfig;

/// `agentwatch clickhouse-schema` arguments.
#[derive(Debug, clap::Args)]
pub struct ClickhouseSchemaArgs {
    /// Pipeline file whose `store:` (kind clickhouse) gives the database and retention.
    #[arg(long, short)]
    pub config: Option<PathBuf>,
    /// `--set PATH=VALUE` overrides of the pipeline file.
    #[command(flatten)]
    pub set: SetArgs,
    /// DDL for ClickHouse 21.8 and later (`current`) or older servers (`legacy`).
    #[arg(long, value_enum, default_value_t = SchemaFlavor::Current)]
    pub flavor: SchemaFlavor,
}

/// `clickhouse-schema --flavor`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaFlavor {
    /// ClickHouse 21.8 and later.
    Current,
    /// ClickHouse before 21.8 (Debian's 18.16).
    Legacy,
}

/// Print the DDL, one statement after another.
pub fn clickhouse_schema(args: &ClickhouseSchemaArgs) -> anyhow::Result<()> {
    let (config, flavor) = (args.config.as_deref(), args.flavor);
    let store = match load_config(config, &args.set, Role::All)?.store {
        StoreConfig::Clickhouse(c) => *c,
        StoreConfig::Sqlite { .. } if config.is_some() || !args.set.set.is_empty() => {
            bail!("the pipeline's store is not ClickHouse (store.kind: clickhouse)")
        }
        StoreConfig::Sqlite { .. } => Default::default(),
    };
    let flavor = match flavor {
        SchemaFlavor::Current => store::Flavor::Current,
        SchemaFlavor::Legacy => store::Flavor::Legacy,
    };
    for statement in store::clickhouse_schema(&store, flavor) {
        println!("{statement};\n");
    }
    Ok(())
}
