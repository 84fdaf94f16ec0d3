//! One CSV file per sheet: `<sheet name>.csv` (or `<key>.csv`), UTF-8 with or without a byte-order
//! mark, comma-separated, RFC 4180 quoting.

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
        let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
        if let Err(e) = std::str::from_utf8(body) {
            problems.push(SheetProblem::at(
                at(None),
                Rule::Encoding,
                format!(
                    "the file is not UTF-8 (invalid byte at offset {}); Excel's \"CSV (comma delimited)\" writes \
                     Shift_JIS: save as \"CSV UTF-8 (comma delimited)\"",
                    e.valid_up_to()
                ),
                "UTF-8 ではありません。Excel では「CSV UTF-8 (コンマ区切り)」で保存してください（「CSV (コンマ区切り)」は Shift_JIS です）"
                    .to_owned(),
            ));
            continue;
        }
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
    fn rejects_shift_jis() {
        let files = vec![("リスク.csv".to_owned(), vec![0x83, 0x8A, 0x83, 0x58, 0x83, 0x4E])];
        let p = read_csv(&files).unwrap_err();
        assert_eq!(p.0[0].rule, Rule::Encoding);
        assert_eq!(p.0[0].location.as_ref().unwrap().key, "risks");
    }
}
