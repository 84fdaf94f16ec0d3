//! `csm`: the CISO office's command-line tool — glue around `csm-core`.
//!
//! ```text
//! csm catalog  [--format text|json] [--lang ja|en]   the guideline's principles, items and check items
//! csm schema [--reference]                            JSON Schema of the snapshot format (or the reference file)
//! csm generate [--subsidiaries 300] [--risks 20000] [--quarters 40] [--seed N] [-o FILE | --separate DIR] [--pretty]
//! csm validate FILE…  [--lang ja|en] [--format text|json]
//! csm template -o csm-template.xlsx [--quarter 2026Q3] [--from SNAPSHOT.json] [--csv]
//! csm import WORKBOOK.xlsx|DIR/ -o snapshot.json [--format text|json]
//! csm summary FILE [--quarter 2026Q3] [--lang ja|en] [--format text|json] [--all] [--trends]   the board summary of a quarter
//! csm compare FILE… [--quarter 2026Q3] [--reference REF.json] [--lang ja|en] [--format text|json]   the group side by side
//! ```

mod bundle_cmd;
mod catalog_cmd;
mod compare_cmd;
mod generate_cmd;
mod sheets_cmd;
mod summary_cmd;
mod terminal;
mod trend_text;
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
    Schema {
        /// The schema of the reference file (`csm-reference`, docs/FORMAT.md §2.2) instead.
        #[arg(long)]
        reference: bool,
    },
    /// Write a deterministic synthetic export of a B社-like group (same arguments, same bytes), for
    /// benchmarks and scale tests; the defaults make the flagship 300 / 20,000 / 40 export.
    Generate {
        /// Group companies besides the parent.
        #[arg(long, default_value_t = 300, value_parser = clap::value_parser!(u32).range(0..=10_000))]
        subsidiaries: u32,
        /// Risks in the register at the last quarter.
        #[arg(long, default_value_t = 20_000, value_parser = clap::value_parser!(u32).range(0..=1_000_000))]
        risks: u32,
        /// Number of quarters.
        #[arg(long, default_value_t = 40)]
        quarters: u32,
        /// Seed of the pseudo-random generator.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The last quarter; `as_of` is its last day.
        #[arg(long, default_value = "2026Q3", value_parser = generate_cmd::parse_quarter)]
        last_quarter: csm_core::calendar::Quarter,
        /// How many of the latest quarters carry the whole risk register (older ones: risks above tolerance).
        #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u32).range(1..))]
        full_register_quarters: u32,
        /// Output file (default: standard output).
        #[arg(short, long)]
        output: Option<std::path::PathBuf>,
        /// Indented JSON instead of compact.
        #[arg(long)]
        pretty: bool,
        /// Write the group as separate exports instead, one per company (`company-000.json` the parent,
        /// `company-001.json` … the subsidiaries, each with its own `organisation.id`), into this
        /// directory — the input of `csm compare`.
        #[arg(long, conflicts_with = "output")]
        separate: Option<std::path::PathBuf>,
    },
    /// Write a one-file board pack (HTML with the dashboard and the export inlined) for a file share,
    /// or (--office) the CISO office's one-file page that makes board packs in the browser.
    Bundle {
        /// The export to publish (validated first; nothing is written if it has problems). Several
        /// exports (the parent first, then each group company's) write one group board pack.
        #[arg(required_unless_present = "office", conflicts_with = "office")]
        snapshot: Vec<std::path::PathBuf>,
        /// Output HTML file, e.g. board-2026Q3.html.
        #[arg(short, long)]
        output: std::path::PathBuf,
        /// The dashboard build (`trunk build --release` output).
        #[arg(long, default_value = "dist")]
        dist: std::path::PathBuf,
        /// Write the office edition instead: imports workbooks, CSV files and exports, and saves board
        /// packs byte-identical to this command's (it carries the --dist build as data).
        #[arg(long)]
        office: bool,
        /// The office edition's build (`trunk build --release office.html --dist dist-office`).
        #[arg(long, default_value = "dist-office", requires = "office")]
        office_dist: std::path::PathBuf,
    },
    /// Write the Excel template the CISO office fills in (or a snapshot as a filled workbook).
    Template {
        /// Output .xlsx file (with --csv: a directory for one CSV file per sheet).
        #[arg(short, long)]
        output: std::path::PathBuf,
        /// Quarter to pre-fill beside the 32 check items, e.g. 2026Q3.
        #[arg(long, conflicts_with = "from")]
        quarter: Option<String>,
        /// Fill the workbook with this snapshot's data instead (export).
        #[arg(long)]
        from: Option<std::path::PathBuf>,
        /// Write one UTF-8 CSV file per sheet into the output directory instead of an .xlsx.
        #[arg(long)]
        csv: bool,
    },
    /// Import a filled workbook (or a directory of CSV files) into a validated snapshot; exits with
    /// status 1, writing nothing, if any cell has a problem.
    Import {
        /// The filled .xlsx workbook, or a directory of `<sheet name>.csv` files.
        input: std::path::PathBuf,
        /// Output snapshot (JSON); left untouched when there are problems.
        #[arg(short, long)]
        output: std::path::PathBuf,
        /// Output format of the report.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Validate exports; exits with status 1 if any file has problems. Plausibility warnings (e.g. a
    /// residual rated above inherent, a transfer without insurance) are listed but never block:
    /// a file with warnings only exits with status 0.
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
    /// Print the board summary of one quarter (default: the latest); exits with status 1 if the file has problems.
    Summary {
        /// Snapshot file (JSON).
        file: std::path::PathBuf,
        /// Quarter to summarise, e.g. 2026Q3 (default: the export's latest).
        #[arg(long)]
        quarter: Option<String>,
        /// Language of the text output.
        #[arg(long, value_enum, default_value_t = Lang::Ja)]
        lang: Lang,
        /// Output format (JSON: docs/SUMMARY.md).
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// List every decision: four or more of one kind are asked as one group naming the worst three;
        /// with --all the text lists each group's members under it (the JSON always carries them).
        #[arg(long)]
        all: bool,
        /// With --format json: print the trends over every quarter of the export (per item its maturity
        /// and light, per quarter the risks above tolerance, expected loss and decisions; what the
        /// dashboard's trends view shows) instead of one quarter's summary. The text always ends with them.
        #[arg(long)]
        trends: bool,
    },
    /// Compare the group's companies (one export each) for one quarter: one row per company, the
    /// group's spread per item and the decisions rolled up. Exits with status 1 if a file has problems
    /// (the others are still compared), 2 on a usage error.
    Compare {
        /// The companies' exports (JSON).
        #[arg(required = true)]
        files: Vec<std::path::PathBuf>,
        /// Quarter to compare, e.g. 2026Q3 (default: the latest any export holds).
        #[arg(long)]
        quarter: Option<String>,
        /// A reference file (`csm-reference`, docs/FORMAT.md §2.2): the group's median per item against
        /// each of its profiles.
        #[arg(long)]
        reference: Option<std::path::PathBuf>,
        /// Language of the text output.
        #[arg(long, value_enum, default_value_t = Lang::Ja)]
        lang: Lang,
        /// Output format (JSON: docs/SUMMARY.md §9).
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

fn main() -> ExitCode {
    quiet_on_closed_stdout();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Catalog { format, lang } => catalog_cmd::run(format, lang).map(|()| ExitCode::SUCCESS),
        Command::Schema { reference: false } => print_schema().map(|()| ExitCode::SUCCESS),
        Command::Schema { reference: true } => {
            let schema = schemars::schema_for!(csm_core::reference::ReferenceFile);
            serde_json::to_string_pretty(&schema)
                .map(|s| println!("{s}"))
                .map(|()| ExitCode::SUCCESS)
                .map_err(Into::into)
        }
        Command::Generate {
            subsidiaries,
            risks,
            quarters,
            seed,
            last_quarter,
            full_register_quarters,
            output,
            pretty,
            separate,
        } => {
            let params =
                csm_generate::Params { subsidiaries, risks, quarters, seed, last_quarter, full_register_quarters };
            match separate {
                Some(dir) => generate_cmd::run_separate(&params, &dir, pretty),
                None => generate_cmd::run(&params, output.as_deref(), pretty),
            }
            .map(|()| ExitCode::SUCCESS)
        }
        Command::Bundle { snapshot, output, dist, office, office_dist } => match snapshot.as_slice() {
            [one] if !office => bundle_cmd::run(one, &output, &dist),
            [_, _, ..] if !office => bundle_cmd::run_group(&snapshot, &output, &dist),
            _ => bundle_cmd::run_office(&output, &dist, &office_dist),
        },
        Command::Validate { files, lang, format } => validate_cmd::run(&files, lang, format),
        Command::Template { output, quarter, from, csv } => {
            sheets_cmd::run_template(&output, quarter.as_deref(), from.as_deref(), csv)
        }
        Command::Import { input, output, format } => sheets_cmd::run_import(&input, &output, format),
        Command::Summary { file, quarter, lang, format, all, trends } => {
            summary_cmd::run(&file, quarter.as_deref(), lang, format, all, trends)
        }
        Command::Compare { files, quarter, reference, lang, format } => {
            compare_cmd::run(&files, quarter.as_deref(), reference.as_deref(), lang, format)
        }
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("csm: error: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// When the reader of our output goes away (`csm schema | head`), `println!` panics on the broken
/// pipe; behave like other Unix tools instead and stop quietly.
fn quiet_on_closed_stdout() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let msg = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if msg.contains("failed printing to stdout") && msg.contains("Broken pipe") {
            std::process::exit(0);
        }
        default(info);
    }));
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
