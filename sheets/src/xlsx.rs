//! `.xlsx` files: reading any workbook with calamine, writing the template (or an export) with
//! rust_xlsxwriter (feature `write`).

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use csm_core::calendar::Date;

use crate::book::{Book, Cell, Table};
use crate::problem::{Location, Rule, SheetProblem, SheetProblems};

/// Reads every worksheet of an `.xlsx` file (cached formula results are read as values).
pub fn read_xlsx(bytes: &[u8]) -> Result<Book, SheetProblems> {
    let whole = |en: String, ja: String| {
        SheetProblems(vec![SheetProblem { location: None, path: None, rule: Rule::Syntax, en, ja }])
    };
    let mut workbook: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).map_err(|e| {
        whole(
            format!("not a readable .xlsx workbook: {e} (save it from Excel as \"Excel Workbook (*.xlsx)\")"),
            format!("xlsx ブックとして読めません: {e}（Excel で「Excel ブック (*.xlsx)」として保存してください）"),
        )
    })?;
    let mut tables = Vec::new();
    for name in workbook.sheet_names() {
        let range = workbook.worksheet_range(&name).map_err(|e| {
            SheetProblems(vec![SheetProblem::at(
                Location { sheet: name.clone(), key: name.clone(), row: None, column: None, header: None },
                Rule::Syntax,
                format!("cannot read the sheet: {e}"),
                format!("シートを読めません: {e}"),
            )])
        })?;
        let mut table = Table { name: name.clone(), file: None, rows: Vec::new() };
        if let Some((r0, c0)) = range.start() {
            for (i, row) in range.rows().enumerate() {
                for (j, data) in row.iter().enumerate() {
                    let cell = cell_of(data);
                    if cell != Cell::Empty {
                        table.set(r0 as usize + i, c0 as usize + j, cell);
                    }
                }
            }
        }
        tables.push(table);
    }
    Ok(Book { tables })
}

fn cell_of(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::String(s) => Cell::Text(s.clone()),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            Date::new(y, m, d).map(Cell::Date).unwrap_or_else(|| Cell::Text(format!("{y:04}-{m:02}-{d:02}")))
        }
        Data::DateTime(dt) => Cell::Number(dt.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Error(e.to_string()),
    }
}

#[cfg(feature = "write")]
pub use write::write_xlsx;

#[cfg(feature = "write")]
mod write {
    use rust_xlsxwriter::{
        Color, DataValidation, DataValidationErrorStyle, DataValidationRule, ExcelDateTime, Format, FormatAlign,
        FormatBorder, Formula, Note, Workbook, Worksheet, XlsxError,
    };

    use crate::book::{Book, Cell, Table};
    use crate::layout::{Column, INSTRUCTIONS, Kind, NO, SHEETS, SheetDef, YES};

    /// Rows (below the header) that get drop-downs and input checks.
    const CHECKED_ROWS: u32 = 2000;

    struct Formats {
        required: Format,
        optional: Format,
        info: Format,
        date: Format,
        text: Format,
        wrap: Format,
        title: Format,
    }

    fn formats() -> Formats {
        let header = Format::new()
            .set_bold()
            .set_border(FormatBorder::Thin)
            .set_text_wrap()
            .set_align(FormatAlign::Center)
            .set_align(FormatAlign::VerticalCenter);
        Formats {
            required: header.clone().set_background_color(Color::RGB(0xF8CBAD)),
            optional: header.clone().set_background_color(Color::RGB(0xDDEBF7)),
            info: header.set_background_color(Color::RGB(0xE7E6E6)),
            date: Format::new().set_num_format("yyyy-mm-dd"),
            text: Format::new().set_num_format("@"),
            wrap: Format::new().set_num_format("@").set_text_wrap(),
            title: Format::new().set_bold().set_font_size(14),
        }
    }

    /// Writes a book as an `.xlsx` file: the instructions sheet first, then every table with its
    /// header notes, drop-downs, input checks, column formats and frozen header row.
    pub fn write_xlsx(book: &Book) -> Result<Vec<u8>, XlsxError> {
        let f = formats();
        let mut workbook = Workbook::new();
        instructions(workbook.add_worksheet(), &f)?;
        for table in &book.tables {
            let sheet = workbook.add_worksheet();
            sheet.set_name(&table.name)?;
            match crate::layout::sheet(&table.name) {
                Some(def) => data_sheet(sheet, def, table, &f)?,
                None => plain_sheet(sheet, table)?,
            }
        }
        workbook.save_to_buffer()
    }

    /// Display width of a header: CJK characters count double.
    fn width(s: &str) -> f64 {
        s.chars().map(|c| if c.is_ascii() { 1.0 } else { 2.0 }).sum()
    }

    fn note_text(def: &SheetDef, c: &Column) -> String {
        let mut lines = vec![c.en.to_owned()];
        let need = if def.column_required(c) {
            "必須 / required"
        } else if c.required {
            "保険・承認を記入する場合は必須 / required when the group is filled"
        } else if c.kind == Kind::Info {
            "参考 / reference only"
        } else {
            "任意 / optional"
        };
        lines.push(need.to_owned());
        lines.push(format!("{} / {}", c.kind.describe_ja(), c.kind.describe_en()));
        if !c.note_ja.is_empty() {
            lines.push(c.note_ja.to_owned());
        }
        if !c.note_en.is_empty() {
            lines.push(c.note_en.to_owned());
        }
        lines.join("\n")
    }

    fn validation(c: &Column) -> Result<Option<DataValidation>, XlsxError> {
        let list_error = |v: DataValidation| -> Result<DataValidation, XlsxError> {
            v.set_error_title("csm")?.set_error_message("一覧から選んでください / Choose a value from the list")
        };
        let v = match c.kind {
            Kind::Choice(choices) => {
                list_error(DataValidation::new().allow_list_strings(&choices.labels().collect::<Vec<_>>())?)?
            }
            // A drop-down of the labels; several are typed separated by 、, so the check only informs.
            Kind::ChoiceList(choices) => {
                let v = DataValidation::new()
                    .allow_list_strings(&choices.labels().collect::<Vec<_>>())?
                    .set_error_title("csm")?
                    .set_error_message("複数は「、」で区切って入力します / Separate several values with 、")?;
                return Ok(Some(v.set_error_style(DataValidationErrorStyle::Information)));
            }
            Kind::Bool | Kind::Clause(_) => list_error(DataValidation::new().allow_list_strings(&[YES, NO])?)?,
            Kind::CheckItem => {
                let ids: Vec<&str> = csm_core::catalog::check_items().iter().map(|i| i.id).collect();
                list_error(DataValidation::new().allow_list_strings(&ids)?)?
            }
            Kind::Level => {
                let levels = SHEETS.iter().find(|s| s.key == "risk_levels").map(|s| s.name).unwrap_or("リスクレベル");
                list_error(DataValidation::new().allow_list_formula(Formula::new(format!("='{levels}'!$A$2:$A$7"))))?
            }
            Kind::Whole { min, max } => match (i32::try_from(min), i32::try_from(max)) {
                (Ok(lo), Ok(hi)) => DataValidation::new().allow_whole_number(DataValidationRule::Between(lo, hi)),
                _ => DataValidation::new().allow_decimal_number(DataValidationRule::GreaterThanOrEqualTo(min as f64)),
            }
            .set_error_message(format!("{} / {}", c.kind.describe_ja(), c.kind.describe_en()))?,
            Kind::Decimal { min, max } if max >= 1e6 => DataValidation::new()
                .allow_decimal_number(DataValidationRule::GreaterThanOrEqualTo(min))
                .set_error_message(format!("{} / {}", c.kind.describe_ja(), c.kind.describe_en()))?,
            Kind::Decimal { min, max } => DataValidation::new()
                .allow_decimal_number(DataValidationRule::Between(min, max))
                .set_error_message(format!("{} / {}", c.kind.describe_ja(), c.kind.describe_en()))?,
            Kind::Date => DataValidation::new()
                .allow_date(DataValidationRule::Between(
                    ExcelDateTime::from_ymd(1900, 1, 1)?,
                    ExcelDateTime::from_ymd(2999, 12, 31)?,
                ))
                .set_error_message("日付を 2026-09-30 の形で入力してください / Enter a date like 2026-09-30")?,
            Kind::Quarter => DataValidation::new()
                .allow_text_length(DataValidationRule::EqualTo(6))
                .set_error_message("2026Q3 の形で入力してください / Enter a quarter like 2026Q3")?,
            Kind::Text | Kind::List | Kind::Info => return Ok(None),
        };
        Ok(Some(v.set_error_style(DataValidationErrorStyle::Stop)))
    }

    fn data_sheet(sheet: &mut Worksheet, def: &SheetDef, table: &Table, f: &Formats) -> Result<(), XlsxError> {
        let header: Vec<String> = table
            .rows
            .first()
            .map(|r| r.iter().map(|c| if let Cell::Text(t) = c { t.clone() } else { String::new() }).collect())
            .unwrap_or_default();
        let mut kinds = Vec::new();
        for (ci, h) in header.iter().enumerate() {
            let col = u16::try_from(ci).map_err(|_| XlsxError::RowColumnLimitError)?;
            let column = def.columns.iter().find(|c| c.ja == h.as_str());
            let fmt = match column {
                Some(c) if c.kind == Kind::Info => &f.info,
                Some(c) if def.column_required(c) => &f.required,
                _ => &f.optional,
            };
            sheet.write_string_with_format(0, col, h, fmt)?;
            let base = width(h) + 2.0;
            let w = match column.map(|c| c.kind) {
                Some(Kind::Info) => 60.0,
                Some(Kind::List | Kind::ChoiceList(_)) => base.max(28.0),
                Some(Kind::Text) => base.max(16.0),
                Some(Kind::Date) => base.max(12.0),
                _ => base.max(8.0),
            };
            sheet.set_column_width(col, w.min(60.0))?;
            if let Some(c) = column {
                sheet.insert_note(0, col, &Note::new(note_text(def, c)).set_author("csm").add_author_prefix(false))?;
                match c.kind {
                    Kind::Date => {
                        sheet.set_column_format(col, &f.date)?;
                    }
                    Kind::List | Kind::ChoiceList(_) => {
                        sheet.set_column_format(col, &f.wrap)?;
                    }
                    Kind::Text | Kind::Quarter | Kind::CheckItem | Kind::Level => {
                        sheet.set_column_format(col, &f.text)?;
                    }
                    _ => {}
                }
                if let Some(v) = validation(c)? {
                    sheet.add_data_validation(1, col, CHECKED_ROWS, col, &v)?;
                }
            }
            kinds.push(column.map(|c| c.kind));
        }
        sheet.set_row_height(0, 36)?;
        for (r, row) in table.rows.iter().enumerate().skip(1) {
            let r = u32::try_from(r).map_err(|_| XlsxError::RowColumnLimitError)?;
            for (ci, cell) in row.iter().enumerate() {
                let col = u16::try_from(ci).map_err(|_| XlsxError::RowColumnLimitError)?;
                let kind = kinds.get(ci).copied().flatten();
                write_cell(sheet, r, col, cell, kind, f)?;
            }
            if def.key == "risk_levels" {
                colour_swatch(sheet, r, row)?;
            }
        }
        sheet.set_freeze_panes(1, 0)?;
        sheet.set_landscape();
        sheet.set_paper_size(9); // A4
        sheet.set_repeat_rows(0, 0)?;
        let last_col = u16::try_from(header.len().max(1) - 1).map_err(|_| XlsxError::RowColumnLimitError)?;
        let last_row = u32::try_from(table.rows.len().max(2) - 1).map_err(|_| XlsxError::RowColumnLimitError)?;
        sheet.autofilter(0, 0, last_row, last_col)?;
        Ok(())
    }

    /// Shows a risk level's colour in its colour cell.
    fn colour_swatch(sheet: &mut Worksheet, r: u32, row: &[Cell]) -> Result<(), XlsxError> {
        if let Some(Cell::Text(hex)) = row.get(3) {
            let digits = hex.trim().strip_prefix('#').unwrap_or_default();
            if let Ok(rgb) = u32::from_str_radix(digits, 16)
                && digits.len() == 6
            {
                let fmt = Format::new().set_num_format("@").set_background_color(Color::RGB(rgb));
                sheet.write_string_with_format(r, 3, hex, &fmt)?;
            }
        }
        Ok(())
    }

    fn write_cell(
        sheet: &mut Worksheet,
        r: u32,
        col: u16,
        cell: &Cell,
        kind: Option<Kind>,
        f: &Formats,
    ) -> Result<(), XlsxError> {
        match cell {
            Cell::Empty => {}
            Cell::Text(t) if matches!(kind, Some(Kind::List | Kind::ChoiceList(_))) => {
                sheet.write_string_with_format(r, col, t, &f.wrap)?;
            }
            Cell::Text(t) | Cell::Error(t) => {
                sheet.write_string_with_format(r, col, t, &f.text)?;
            }
            Cell::Number(n) => {
                sheet.write_number(r, col, *n)?;
            }
            Cell::Bool(b) => {
                sheet.write_string(r, col, if *b { YES } else { NO })?;
            }
            Cell::Date(d) => {
                let dt = ExcelDateTime::from_ymd(d.year(), d.month(), d.day())?;
                sheet.write_datetime_with_format(r, col, &dt, &f.date)?;
            }
        }
        Ok(())
    }

    fn plain_sheet(sheet: &mut Worksheet, table: &Table) -> Result<(), XlsxError> {
        let f = formats();
        for (r, row) in table.rows.iter().enumerate() {
            let r = u32::try_from(r).map_err(|_| XlsxError::RowColumnLimitError)?;
            for (ci, cell) in row.iter().enumerate() {
                let col = u16::try_from(ci).map_err(|_| XlsxError::RowColumnLimitError)?;
                write_cell(sheet, r, col, cell, None, &f)?;
            }
        }
        Ok(())
    }

    const HOW_TO: &[(&str, &str)] = &[
        (
            "このブックに記入し、csm import ブック.xlsx -o snapshot.json で取り込みます。取り込みは全シートを検証し、問題があればシート・行・列を示して、何も書き出しません。",
            "Fill in this workbook, then run `csm import workbook.xlsx -o snapshot.json`. The import checks every sheet; if anything is wrong it names the sheet, row and column and writes nothing.",
        ),
        (
            "1行目は見出しです。見出しの文字は変えないでください（列の並べ替えは可）。見出しのメモ（右上の赤い三角）に英語名・入力のしかた・必須かどうかがあります。自分用のメモ列は見出しを「備考」で始めてください。",
            "Row 1 holds the headers: keep their text (reordering columns is fine). Each header's note (the red triangle) gives the English name, what to enter and whether it is required. Name your own note columns 備考… to have them ignored.",
        ),
        (
            "見出しの色: 橙=必須、青=任意、灰=参考表示（取り込みでは無視）。",
            "Header colours: orange = required, blue = optional, grey = for reference (ignored on import).",
        ),
        (
            "四半期ごとのシートは縦長の表です。A列「四半期」に 2026Q3（7〜9月）の形で書き、四半期ごとに行を足します。状態（資産・リスク・取引先など）は四半期末時点の全件を、出来事（研修・インシデント・監査など）はその四半期内の日付のものを書きます。",
            "Per-quarter sheets are long tables: column A holds the quarter (2026Q3 = July–September); add rows for each quarter. State sheets (assets, risks, partners …) list everything as of the quarter's end; event sheets (trainings, incidents, audits …) list what happened, dated inside the quarter.",
        ),
        (
            "予算・人員・緊急対応体制・開示体制は四半期ごとに必ず1行、KPI目標は1行（任意）です。",
            "Budget, workforce, emergency readiness and disclosure readiness need exactly one row per quarter; KPI targets take at most one.",
        ),
        (
            "日付は 2026-09-30 の形（Excel の日付のままで可）。選択肢はドロップダウンから選びます（英語の値 reduce なども可）。はい/いいえ の列も同様です。",
            "Dates look like 2026-09-30 (Excel dates are fine). Choose enumerations from the drop-downs (the English wire values such as `reduce` are accepted too); likewise yes/no columns.",
        ),
        (
            "複数の値（関係法令・報告様式）は1行に1つ書きます（セル内改行は Alt+Enter）。",
            "Lists (laws, report formats) take one value per line (Alt+Enter starts a new line in a cell).",
        ),
        (
            "リスク段階・リスクレベル・リスクマトリクスには例（3×3）が入っています。自社の基準（3〜6段階）に合わせて変えてください。",
            "The risk-matrix sheets hold an example 3×3 matrix: adapt it to your own scale (3 to 6 steps).",
        ),
        (
            "チェックシートには付録3の32項目が入っています。四半期と成熟度（0〜5）などを記入し、次の四半期は32行をコピーして四半期を書き換えます。",
            "The check sheet lists the 32 items of 付録3: fill in the quarter, maturity (0–5) and the rest; for the next quarter copy the 32 rows and change the quarter.",
        ),
        (
            "CSV でも取り込めます: 各シートを「CSV UTF-8」で <シート名>.csv として1つのフォルダに保存し、csm import フォルダ/ を実行します。",
            "CSV works too: save each sheet as \"CSV UTF-8\" named <sheet name>.csv in one folder and run `csm import folder/`.",
        ),
    ];

    fn instructions(sheet: &mut Worksheet, f: &Formats) -> Result<(), XlsxError> {
        sheet.set_name(INSTRUCTIONS)?;
        sheet.set_column_width(0, 26)?;
        sheet.set_column_width(1, 64)?;
        sheet.set_column_width(2, 64)?;
        let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
        sheet.write_string_with_format(0, 0, "サイバーセキュリティ経営ダッシュボード 入力テンプレート", &f.title)?;
        sheet.write_string_with_format(1, 0, "Cyber-security management dashboard: input template", &f.title)?;
        let mut r = 3;
        for (c, h) in ["", "使い方", "How to use"].iter().enumerate() {
            sheet.write_string_with_format(r, c as u16, *h, &f.optional)?;
        }
        r += 1;
        for (i, (ja, en)) in HOW_TO.iter().enumerate() {
            sheet.write_string_with_format(r, 0, format!("{}", i + 1), &wrap)?;
            sheet.write_string_with_format(r, 1, *ja, &wrap)?;
            sheet.write_string_with_format(r, 2, *en, &wrap)?;
            sheet.set_row_height(r, 64)?;
            r += 1;
        }
        r += 1;
        for (c, h) in ["シート (key)", "内容", "Contents"].iter().enumerate() {
            sheet.write_string_with_format(r, c as u16, *h, &f.optional)?;
        }
        r += 1;
        for s in SHEETS {
            sheet.write_string_with_format(r, 0, format!("{}\n({})", s.name, s.key), &wrap)?;
            sheet.write_string_with_format(r, 1, s.about_ja, &wrap)?;
            sheet.write_string_with_format(r, 2, s.about_en, &wrap)?;
            sheet.set_row_height(r, 34)?;
            r += 1;
        }
        sheet.set_landscape();
        sheet.set_paper_size(9); // A4
        sheet.set_print_fit_to_pages(1, 0);
        sheet.set_active(true);
        Ok(())
    }
}
