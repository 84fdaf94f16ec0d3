//! `csm generate`: a deterministic synthetic export of any size (see the `csm-generate` crate).

use std::fs::File;
use std::io::{BufWriter, ErrorKind, Write};
use std::path::Path;

use anyhow::{Context, bail};
use csm_core::calendar::Quarter;
use csm_core::snapshot::Snapshot;
use csm_generate::{Params, generate};

/// Most quarters `csm generate` accepts (100 years).
pub const MAX_QUARTERS: u32 = 400;

/// Parses `2026Q3` for clap.
pub fn parse_quarter(s: &str) -> Result<Quarter, String> {
    s.parse::<Quarter>().map_err(|e| e.to_string())
}

/// Generates the export and writes it as JSON (compact unless `pretty`) to `output`, or to standard
/// output. The same parameters always give the same bytes.
pub fn run(params: &Params, output: Option<&Path>, pretty: bool) -> anyhow::Result<()> {
    if params.quarters == 0 || params.quarters > MAX_QUARTERS {
        bail!("--quarters must be between 1 and {MAX_QUARTERS}, not {}", params.quarters);
    }
    let mut first = params.last_quarter;
    for _ in 1..params.quarters {
        first = first.previous().with_context(|| {
            format!("{} quarters ending {} would start before 1900Q1", params.quarters, params.last_quarter)
        })?;
    }
    let snapshot = generate(params);
    let written = match output {
        Some(path) => {
            let file = File::create(path).with_context(|| format!("cannot create {}", path.display()))?;
            let bytes = write(file, &snapshot, pretty).with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!(
                "csm: wrote {} ({bytes} bytes): {} group companies, {} quarters {first}–{}, {} risks in {}",
                path.display(),
                snapshot.organisation.group_companies.len(),
                snapshot.quarters.len(),
                params.last_quarter,
                snapshot.quarters.last().map_or(0, |q| q.risks.len()),
                params.last_quarter,
            );
            bytes
        }
        None => match write(std::io::stdout().lock(), &snapshot, pretty) {
            Ok(bytes) => bytes,
            // `csm generate | head` is not an error.
            Err(e) if is_broken_pipe(&e) => return Ok(()),
            Err(e) => return Err(e.context("cannot write to standard output")),
        },
    };
    if written > csm_core::snapshot::MAX_BYTES as u64 {
        eprintln!(
            "csm: note: {written} bytes exceed the loader's limit of {} bytes; `csm validate` and the dashboard will reject this export",
            csm_core::snapshot::MAX_BYTES
        );
    }
    Ok(())
}

/// Writes the group as separate exports into `dir` (created if absent): `company-000.json` (the parent),
/// `company-001.json` … (the subsidiaries), each its own company (`csm_generate::generate_company`).
pub fn run_separate(params: &Params, dir: &Path, pretty: bool) -> anyhow::Result<()> {
    if params.quarters == 0 || params.quarters > MAX_QUARTERS {
        bail!("--quarters must be between 1 and {MAX_QUARTERS}, not {}", params.quarters);
    }
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let count = csm_generate::company_count(params);
    let mut total = 0;
    for k in 0..count {
        let snapshot = csm_generate::generate_company(params, k);
        let path = dir.join(format!("company-{k:03}.json"));
        let file = File::create(&path).with_context(|| format!("cannot create {}", path.display()))?;
        total += write(file, &snapshot, pretty).with_context(|| format!("cannot write {}", path.display()))?;
    }
    eprintln!(
        "csm: wrote {count} exports ({total} bytes) into {}: company-000.json (the parent) … company-{:03}.json, {} quarters to {}",
        dir.display(),
        count - 1,
        params.quarters,
        params.last_quarter
    );
    Ok(())
}

/// Writes the JSON and a final newline; returns the number of bytes written.
fn write<W: Write>(inner: W, snapshot: &Snapshot, pretty: bool) -> anyhow::Result<u64> {
    let mut w = Counting { inner: BufWriter::new(inner), bytes: 0 };
    if pretty {
        serde_json::to_writer_pretty(&mut w, snapshot)?;
    } else {
        serde_json::to_writer(&mut w, snapshot)?;
    }
    w.write_all(b"\n")?;
    w.flush()?;
    Ok(w.bytes)
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == ErrorKind::BrokenPipe)
            || c.downcast_ref::<serde_json::Error>().and_then(serde_json::Error::io_error_kind)
                == Some(ErrorKind::BrokenPipe)
    })
}

/// A writer that counts the bytes it passes on.
struct Counting<W: Write> {
    inner: W,
    bytes: u64,
}

impl<W: Write> Write for Counting<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.bytes += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}
