//! `csm`: the CISO office's command-line tool — glue around `csm-core`.
//!
//! ```text
//! csm catalog  [--format text|json] [--lang ja|en]   the guideline's principles, items and check items
//! csm schema                                          JSON Schema of the snapshot format
//! csm validate FILE…  [--lang ja|en] [--format text|json]
//! ```

mod bundle_cmd;
mod catalog_cmd;
mod validate_cmd;

use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(name = "csm", version, about = "Cyber-security management (サイバーセキュリティ経営) board pack tool")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Output format.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Human-readable text.
    Text,
    /// JSON for other tools.
    Json,
}

/// Output language.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Lang {
    /// 日本語.
    Ja,
    /// English.
    En,
}

#[derive(Subcommand)]
enum Command {
    /// Print the guideline catalog: 3 principles, 10 important items, 32 check items.
    Catalog {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Language of the text output.
        #[arg(long, value_enum, default_value_t = Lang::Ja)]
        lang: Lang,
    },
    /// Print the JSON Schema of the snapshot format, generated from the Rust types.
    Schema,
    /// Write a one-file board pack (HTML with the dashboard and the export inlined) for a file share.
    Bundle {
        /// The export to publish (validated first; nothing is written if it has problems).
        snapshot: std::path::PathBuf,
        /// Output HTML file, e.g. board-2026Q3.html.
        #[arg(short, long)]
        output: std::path::PathBuf,
        /// The dashboard build (`trunk build --release` output).
        #[arg(long, default_value = "dist")]
        dist: std::path::PathBuf,
    },
    /// Validate exports; exits with status 1 if any file has problems.
    Validate {
        /// Snapshot files (JSON).
        #[arg(required = true)]
        files: Vec<std::path::PathBuf>,
        /// Language of the messages.
        #[arg(long, value_enum, default_value_t = Lang::Ja)]
        lang: Lang,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Catalog { format, lang } => catalog_cmd::run(format, lang).map(|()| ExitCode::SUCCESS),
        Command::Schema => print_schema().map(|()| ExitCode::SUCCESS),
        Command::Bundle { snapshot, output, dist } => bundle_cmd::run(&snapshot, &output, &dist),
        Command::Validate { files, lang, format } => validate_cmd::run(&files, lang, format),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("csm: error: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn print_schema() -> anyhow::Result<()> {
    println!("{}", schema_json()?);
    Ok(())
}

/// The snapshot format's JSON Schema, pretty-printed (what `csm schema` prints and `docs/snapshot.schema.json` holds).
pub fn schema_json() -> anyhow::Result<String> {
    let schema = schemars::schema_for!(csm_core::snapshot::Snapshot);
    Ok(serde_json::to_string_pretty(&schema)?)
}
