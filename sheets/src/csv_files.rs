//! One CSV file per sheet: `<sheet name>.csv` (or `<key>.csv`), comma-separated, RFC 4180 quoting;
//! UTF-8 with or without a byte-order mark, or Shift_JIS (CP932), which is what Japanese Excel's
//! "CSV (コンマ区切り)" writes. The encoding is decided per file.

use std::borrow::Cow;
use std::fmt;

use encoding_rs::{DecoderResult, SHIFT_JIS};

use crate::book::{Book, Cell, Table};
use crate::layout::{NO, YES};
use crate::problem::{Location, Rule, SheetProblem, SheetProblems};

/// Reads CSV files given as `(file name, bytes)`; the file name without `.csv` names the sheet.
/// Every file is read as text (typing happens on import, by column).
pub fn read_csv(files: &[(String, Vec<u8>)]) -> Result<Book, SheetProblems> {
    let mut problems = Vec::new();
    let mut tables = Vec::new();
    for (file, bytes) in files {
        let stem = file.rsplit(['/', '\\']).next().unwrap_or(file);
        let stem = stem.strip_suffix(".csv").or_else(|| stem.strip_suffix(".CSV")).unwrap_or(stem);
        let at = |row: Option<usize>| Location {
            sheet: file.clone(),
            key: crate::layout::sheet(stem).map(|s| s.key.to_owned()).unwrap_or_else(|| stem.to_owned()),
            row,
            column: None,
            header: None,
        };
        let body = match decode(bytes) {
            Ok((text, _)) => text,
            Err(e) => {
                problems.push(SheetProblem::at(at(None), Rule::Encoding, e.en(file), e.ja(file)));
                continue;
            }
        };
        let body = body.as_bytes();
        let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(body);
        let mut table = Table { name: stem.to_owned(), file: Some(file.clone()), rows: Vec::new() };
        for (i, record) in reader.records().enumerate() {
            match record {
                Ok(record) => table.rows.push(
                    record.iter().map(|f| if f.is_empty() { Cell::Empty } else { Cell::Text(f.to_owned()) }).collect(),
                ),
                Err(e) => {
                    let line = e.position().map(|p| p.line() as usize).unwrap_or(i + 1);
                    problems.push(SheetProblem::at(
                        at(Some(line)),
                        Rule::Syntax,
                        format!("not valid CSV: {e}"),
                        format!("CSV として読めません: {e}"),
                    ));
                    break;
                }
            }
        }
        tables.push(table);
    }
    if problems.is_empty() { Ok(Book { tables }) } else { Err(SheetProblems(problems)) }
}

/// The text encoding a CSV file was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CsvEncoding {
    /// UTF-8 with a byte-order mark ("CSV UTF-8 (コンマ区切り)", and what [`write_csv`] writes).
    Utf8Bom,
    /// UTF-8 without a byte-order mark.
    Utf8,
    /// Shift_JIS as Windows writes it (CP932, Windows-31J): Japanese Excel's "CSV (コンマ区切り)".
    ShiftJis,
}

impl CsvEncoding {
    /// The name shown to the user: `UTF-8 (BOM)`, `UTF-8`, `Shift_JIS (CP932)`.
    pub fn label(self) -> &'static str {
        match self {
            CsvEncoding::Utf8Bom => "UTF-8 (BOM)",
            CsvEncoding::Utf8 => "UTF-8",
            CsvEncoding::ShiftJis => "Shift_JIS (CP932)",
        }
    }
}

impl fmt::Display for CsvEncoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// The encoding a CSV file's bytes are read in (see [`read_csv`]), or `None` when they are neither
/// UTF-8 nor Shift_JIS (CP932), e.g. UTF-16.
pub fn csv_encoding(bytes: &[u8]) -> Option<CsvEncoding> {
    decode(bytes).ok().map(|(_, e)| e)
}

/// Where a file stops being readable in each encoding tried.
struct Undecodable {
    /// Byte offset and 1-based line of the first byte that is not UTF-8 (a NUL byte counts as one).
    utf8: (usize, usize),
    /// The same for Shift_JIS (CP932).
    shift_jis: (usize, usize),
}

impl Undecodable {
    fn en(&self, file: &str) -> String {
        let ((u, ul), (s, sl)) = (self.utf8, self.shift_jis);
        format!(
            "{file} is not UTF-8 or Shift_JIS (CP932): as UTF-8 the first bad byte is at byte offset {u} (line {ul}), \
             as Shift_JIS at byte offset {s} (line {sl}); save as \"CSV UTF-8 (comma delimited)\" or \"CSV (comma delimited)\""
        )
    }

    fn ja(&self, file: &str) -> String {
        let ((u, ul), (s, sl)) = (self.utf8, self.shift_jis);
        format!(
            "{file} は UTF-8 でも Shift_JIS (CP932) でもありません（UTF-8 としては {u} バイト目・{ul} 行目、\
             Shift_JIS としては {s} バイト目・{sl} 行目に不正なバイト）。Excel で「CSV UTF-8 (コンマ区切り)」か\
             「CSV (コンマ区切り)」で保存し直してください"
        )
    }
}

/// Decides a file's encoding and decodes it: UTF-8 (a byte-order mark is dropped) if the bytes are
/// UTF-8, else Shift_JIS (CP932) if they decode without error. A NUL byte (UTF-16, a binary file)
/// is never text.
fn decode(bytes: &[u8]) -> Result<(Cow<'_, str>, CsvEncoding), Undecodable> {
    let line = |offset: usize| bytes[..offset.min(bytes.len())].iter().filter(|&&b| b == b'\n').count() + 1;
    let nul = bytes.iter().position(|&b| b == 0);
    let (body, encoding) = match bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        Some(body) => (body, CsvEncoding::Utf8Bom),
        None => (bytes, CsvEncoding::Utf8),
    };
    let bom = bytes.len() - body.len();
    let utf8_bad = match std::str::from_utf8(body) {
        Ok(text) if nul.is_none() => return Ok((Cow::Borrowed(text), encoding)),
        Ok(_) => None,
        Err(e) => Some(e.valid_up_to() + bom),
    };
    let utf8_bad = match (utf8_bad, nul) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b).unwrap_or(0),
    };
    let shift_jis_bad = match shift_jis(bytes) {
        Ok(text) if nul.is_none() => return Ok((Cow::Owned(text), CsvEncoding::ShiftJis)),
        Ok(_) => nul.unwrap_or(0),
        Err(at) => nul.map_or(at, |n| n.min(at)),
    };
    Err(Undecodable { utf8: (utf8_bad, line(utf8_bad)), shift_jis: (shift_jis_bad, line(shift_jis_bad)) })
}

/// Decodes Shift_JIS (CP932) without replacement; `Err(offset)` of the first malformed byte.
fn shift_jis(bytes: &[u8]) -> Result<String, usize> {
    let mut decoder = SHIFT_JIS.new_decoder_without_bom_handling();
    let capacity = decoder.max_utf8_buffer_length_without_replacement(bytes.len()).ok_or(0usize)?;
    let mut out = String::with_capacity(capacity);
    match decoder.decode_to_string_without_replacement(bytes, &mut out, true) {
        (DecoderResult::InputEmpty, _) => Ok(out),
        (DecoderResult::Malformed(bad, after), read) => Err(read.saturating_sub(usize::from(bad) + usize::from(after))),
        (DecoderResult::OutputFull, read) => Err(read),
    }
}

/// Writes each table as `<name>.csv`: UTF-8 with a byte-order mark (so that Excel opens it as UTF-8),
/// CRLF line ends, dates as `2026-09-30`, yes/no as はい/いいえ.
pub fn write_csv(book: &Book) -> Vec<(String, Vec<u8>)> {
    book.tables
        .iter()
        .map(|t| {
            let width = t.width();
            let mut out = vec![0xEF, 0xBB, 0xBF];
            let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
            for row in &t.rows {
                let fields: Vec<String> = (0..width).map(|c| field(row.get(c).unwrap_or(&Cell::Empty))).collect();
                // Writing to a Vec cannot fail.
                let _ = writer.write_record(&fields);
            }
            out.extend(writer.into_inner().unwrap_or_default());
            (format!("{}.csv", t.name), out)
        })
        .collect()
}

fn field(cell: &Cell) -> String {
    match cell {
        Cell::Empty => String::new(),
        Cell::Text(t) | Cell::Error(t) => t.clone(),
        Cell::Number(n) => n.to_string(),
        Cell::Bool(b) => if *b { YES } else { NO }.to_owned(),
        Cell::Date(d) => d.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_quotes_newlines_and_bom() {
        let mut t = Table::with_header("資産", ["ID".to_owned(), "関係法令".to_owned()]);
        t.set(1, 0, Cell::text("a,\"b\""));
        t.set(1, 1, Cell::text("個人情報保護法\n不正競争防止法"));
        let files = write_csv(&Book { tables: vec![t] });
        assert_eq!(files[0].0, "資産.csv");
        assert!(files[0].1.starts_with(&[0xEF, 0xBB, 0xBF]));
        let book = read_csv(&files).unwrap();
        let t = &book.tables[0];
        assert_eq!(t.name, "資産");
        assert_eq!(t.cell(1, 0), &Cell::text("a,\"b\""));
        assert_eq!(t.cell(1, 1), &Cell::text("個人情報保護法\n不正競争防止法"));
    }

    #[test]
    fn reads_shift_jis_and_says_so() {
        // 「リスク,ＩＤ」 in CP932, including the NEC row-13 character ① (0x8740).
        let sjis = vec![0x83, 0x8A, 0x83, 0x58, 0x83, 0x4E, b',', 0x87, 0x40, b'\r', b'\n'];
        assert_eq!(csv_encoding(&sjis), Some(CsvEncoding::ShiftJis));
        let book = read_csv(&[("リスク.csv".to_owned(), sjis)]).unwrap();
        assert_eq!(book.tables[0].cell(0, 0), &Cell::text("リスク"));
        assert_eq!(book.tables[0].cell(0, 1), &Cell::text("①"));
        assert_eq!(csv_encoding("ID\n".as_bytes()), Some(CsvEncoding::Utf8));
        assert_eq!(csv_encoding(b"\xEF\xBB\xBFID\n"), Some(CsvEncoding::Utf8Bom));
        assert_eq!(CsvEncoding::ShiftJis.to_string(), "Shift_JIS (CP932)");
    }

    #[test]
    fn rejects_other_encodings_with_the_place() {
        // UTF-16LE with a byte-order mark: "ID\r\n".
        let utf16 = vec![0xFF, 0xFE, b'I', 0, b'D', 0, b'\r', 0, b'\n', 0];
        assert_eq!(csv_encoding(&utf16), None);
        let p = read_csv(&[("リスク.csv".to_owned(), utf16)]).unwrap_err();
        assert_eq!(p.0[0].rule, Rule::Encoding);
        assert_eq!(p.0[0].location.as_ref().unwrap().key, "risks");
        assert!(p.0[0].en.contains("byte offset 0 (line 1)"), "{}", p.0[0].en);
        assert!(p.0[0].ja.contains("Shift_JIS (CP932) でもありません"), "{}", p.0[0].ja);
        // ASCII, then a byte that is bad in both (0xFF) on line 2.
        let p = read_csv(&[("x.csv".to_owned(), b"a,b\nc,\xFF\n".to_vec())]).unwrap_err();
        assert!(p.0[0].en.contains("byte offset 6 (line 2)"), "{}", p.0[0].en);
        // UTF-16 without a byte-order mark is valid UTF-8 byte by byte, but holds NUL bytes.
        assert_eq!(csv_encoding(&[b'I', 0, b'D', 0]), None);
    }
}
