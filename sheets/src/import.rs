//! Workbook → validated snapshot.
//!
//! Two phases. First every cell is read by its column's kind (number, date, drop-down …); each bad
//! cell, missing required column or value, unknown sheet or column is reported at its cell. If that
//! found nothing, the assembled JSON goes through the core loader ([`csm_core::snapshot::load`]), and
//! each of its problems is mapped from its JSON path (`quarters[2].risks[4].residual.likelihood`) back
//! to the sheet, row and column the value came from.

use std::collections::{BTreeMap, HashMap, HashSet};

use csm_core::calendar::{Date, Quarter};
use csm_core::snapshot::{self, Snapshot};
use serde_json::{Map, Value};

use crate::book::{Book, Cell, Table};
use crate::layout::{self, Choices, Column, INSTRUCTIONS, Kind, NO, SHEETS, Shape, SheetDef, YES};
use crate::problem::{Location, Rule, SheetProblem, SheetProblems};

/// Reads a workbook into a validated snapshot, or returns every problem, located.
pub fn import(book: &Book) -> Result<Snapshot, SheetProblems> {
    let mut im = Importer::default();
    im.bind(book);
    let parsed: Vec<Vec<Row>> = (0..im.bound.len()).map(|b| im.parse_rows(b)).collect();
    let root = im.assemble(&parsed);
    if !im.problems.is_empty() {
        return Err(SheetProblems(im.problems));
    }
    let bytes = serde_json::to_vec(&Value::Object(root)).map_err(|e| {
        SheetProblems(vec![SheetProblem {
            location: None,
            path: None,
            rule: Rule::Syntax,
            en: format!("cannot serialise the snapshot: {e}"),
            ja: format!("スナップショットを書き出せません: {e}"),
        }])
    })?;
    snapshot::load(&bytes).map_err(|problems| {
        SheetProblems(
            problems
                .iter()
                .map(|p| SheetProblem {
                    location: im.locate(&p.path),
                    path: Some(p.path.clone()),
                    rule: p.rule,
                    en: p.en.clone(),
                    ja: p.ja.clone(),
                })
                .collect(),
        )
    })
}

/// A sheet of the book matched to its layout.
struct Bound<'a> {
    def: &'static SheetDef,
    table: &'a Table,
    /// For each layout column, the table column holding it (absent columns are `None`).
    cols: Vec<Option<usize>>,
}

/// A data row: its table row index, its quarter (per-quarter sheets) and one value per layout column.
struct Row {
    row: usize,
    quarter: Option<Quarter>,
    values: Vec<Option<Value>>,
}

/// Where a JSON path prefix came from.
struct Reg {
    bound: usize,
    row: Option<usize>,
    col: Option<usize>,
    base: String,
}

#[derive(Default)]
struct Importer<'a> {
    bound: Vec<Bound<'a>>,
    problems: Vec<SheetProblem>,
    regs: HashMap<String, Reg>,
    reported_headers: HashSet<(usize, usize)>,
    /// Sheets with a row whose quarter cell is bad (already reported): a quarter without a row there
    /// is most likely that row, so it is not reported again.
    unquartered: HashSet<usize>,
}

/// Headers ignored on import so that people can keep their own notes beside the data.
fn is_note_header(text: &str) -> bool {
    let t = text.trim();
    t.starts_with("備考") || t.starts_with("メモ") || t.starts_with('#') || t.to_lowercase().starts_with("note")
}

fn display_name(table: &Table) -> String {
    table.file.clone().unwrap_or_else(|| table.name.clone())
}

impl<'a> Importer<'a> {
    fn loc(&self, b: usize, row: Option<usize>, col: Option<usize>) -> Location {
        let bound = &self.bound[b];
        Location {
            sheet: display_name(bound.table),
            key: bound.def.key.to_owned(),
            row: row.map(|r| r + 1),
            column: col.and_then(|c| bound.cols[c]),
            header: col.map(|c| bound.def.columns[c].ja.to_owned()),
        }
    }

    fn push(&mut self, location: Location, rule: Rule, en: String, ja: String) {
        self.problems.push(SheetProblem::at(location, rule, en, ja));
    }

    fn sheet_location(def: &SheetDef) -> Location {
        Location { sheet: def.name.to_owned(), key: def.key.to_owned(), row: None, column: None, header: None }
    }

    fn bound_index(&self, def: &SheetDef) -> Option<usize> {
        self.bound.iter().position(|b| b.def.key == def.key)
    }

    /// Matches tables to sheet layouts and headers to columns.
    fn bind(&mut self, book: &'a Book) {
        for table in &book.tables {
            let name = table.name.trim();
            if name == INSTRUCTIONS || name.eq_ignore_ascii_case("instructions") {
                continue;
            }
            let Some(def) = layout::sheet(name) else {
                let known = SHEETS.iter().map(|s| s.name).collect::<Vec<_>>().join("、");
                self.push(
                    Location {
                        sheet: display_name(table),
                        key: name.to_owned(),
                        row: None,
                        column: None,
                        header: None,
                    },
                    Rule::Unknown,
                    format!("unknown sheet \"{name}\" (a typo?); the sheets are {known}"),
                    format!("シート「{name}」はテンプレートにありません（名前の誤り？）。シート: {known}"),
                );
                continue;
            };
            if let Some(first) = self.bound_index(def) {
                let other = display_name(self.bound[first].table);
                self.push(
                    Location {
                        sheet: display_name(table),
                        key: def.key.to_owned(),
                        row: None,
                        column: None,
                        header: None,
                    },
                    Rule::DuplicateKey,
                    format!("sheet {} is given twice (also as \"{other}\")", def.name),
                    format!("シート「{}」が2つあります（「{other}」と重複）", def.name),
                );
                continue;
            }
            self.bound.push(Bound { def, table, cols: vec![None; def.columns.len()] });
            let b = self.bound.len() - 1;
            self.bind_headers(b);
        }
    }

    fn bind_headers(&mut self, b: usize) {
        let (def, table) = (self.bound[b].def, self.bound[b].table);
        let header = table.rows.first().cloned().unwrap_or_default();
        for (ci, cell) in header.iter().enumerate() {
            let text = match cell {
                Cell::Empty => continue,
                Cell::Text(t) => t.trim().to_owned(),
                other => text_of(other),
            };
            if text.is_empty() {
                continue;
            }
            let found = def.columns.iter().position(|c| {
                c.ja == text || c.en.eq_ignore_ascii_case(&text) || (!c.key.starts_with('#') && c.key == text)
            });
            let at = Location {
                sheet: display_name(table),
                key: def.key.to_owned(),
                row: Some(1),
                column: Some(ci),
                header: Some(text.clone()),
            };
            match found {
                Some(k) => match self.bound[b].cols[k] {
                    None => self.bound[b].cols[k] = Some(ci),
                    Some(first) => self.push(
                        at,
                        Rule::DuplicateKey,
                        format!("column \"{text}\" appears twice (also column {})", layout::column_letter(first)),
                        format!("列「{text}」が2つあります（{}列と重複）", layout::column_letter(first)),
                    ),
                },
                None if is_note_header(&text) => {}
                None => {
                    let known = def.columns.iter().map(|c| c.ja).collect::<Vec<_>>().join("、");
                    self.push(
                        at,
                        Rule::Unknown,
                        format!(
                            "unknown column \"{text}\" (a typo?); this sheet's columns are {known}; name a column \
                             備考… or note… to keep your own notes"
                        ),
                        format!(
                            "列「{text}」はこのシートにありません（見出しの誤り？）。列: {known}。メモ用の列は「備考」で始まる見出しにしてください"
                        ),
                    );
                }
            }
        }
        for (k, c) in def.columns.iter().enumerate() {
            if def.column_required(c) && self.bound[b].cols[k].is_none() {
                self.missing_column(b, k);
            }
        }
    }

    fn missing_column(&mut self, b: usize, k: usize) {
        if !self.reported_headers.insert((b, k)) {
            return;
        }
        let c = &self.bound[b].def.columns[k];
        self.push(
            self.loc(b, Some(0), Some(k)),
            Rule::Missing,
            format!("required column \"{}\" ({}) is missing from the header row", c.ja, c.en),
            format!("必須の列「{}」が見出し行にありません", c.ja),
        );
    }

    /// Reads the data rows of one sheet; reports bad cells and missing required values.
    fn parse_rows(&mut self, b: usize) -> Vec<Row> {
        let (def, table) = (self.bound[b].def, self.bound[b].table);
        let cols = self.bound[b].cols.clone();
        let mut rows = Vec::new();
        for r in 1..table.rows.len() {
            let cells: Vec<Option<&Cell>> = cols.iter().map(|c| c.map(|c| table.cell(r, c))).collect();
            let blank = def
                .columns
                .iter()
                .zip(&cells)
                .all(|(c, cell)| c.kind == Kind::Info || cell.is_none_or(|cell| cell.is_blank()));
            if blank {
                continue;
            }
            let mut values = Vec::with_capacity(def.columns.len());
            for (k, (c, cell)) in def.columns.iter().zip(&cells).enumerate() {
                let parsed = match cell {
                    Some(cell) if c.kind != Kind::Info => parse_cell(cell, c),
                    _ => Ok(None),
                };
                match parsed {
                    Ok(v) => values.push(v),
                    Err(e) => {
                        self.push(self.loc(b, Some(r), Some(k)), e.rule, e.en, e.ja);
                        values.push(None);
                    }
                }
            }
            // Required values (a bad cell was reported already; blank required text is an empty string).
            let active: Vec<&str> = def
                .optional_groups
                .iter()
                .copied()
                .filter(|g| {
                    def.columns
                        .iter()
                        .zip(&cells)
                        .any(|(c, cell)| def.group_of(c) == Some(g) && cell.is_some_and(|cell| !cell.is_blank()))
                })
                .collect();
            for (k, c) in def.columns.iter().enumerate() {
                let needed = c.required && def.group_of(c).is_none_or(|g| active.contains(&g));
                let blank = cells[k].is_none_or(|cell| cell.is_blank());
                if !needed || !blank || matches!(c.kind, Kind::Text | Kind::List) {
                    continue;
                }
                match cells[k] {
                    None => self.missing_column(b, k),
                    Some(_) => self.push(
                        self.loc(b, Some(r), Some(k)),
                        Rule::Missing,
                        format!("required value is missing: {} ({})", c.en, c.kind.describe_en()),
                        format!("必須の値が空です: {}（{}）", c.ja, c.kind.describe_ja()),
                    ),
                }
            }
            let quarter = match (def.per_quarter(), &values[0]) {
                (true, Some(Value::String(q))) => q.parse().ok(),
                _ => None,
            };
            if def.per_quarter() && quarter.is_none() {
                self.unquartered.insert(b);
            }
            rows.push(Row { row: r, quarter, values });
        }
        rows
    }

    fn register(&mut self, path: String, bound: usize, row: Option<usize>, col: Option<usize>, base: &str) {
        self.regs.entry(path).or_insert(Reg { bound, row, col, base: base.to_owned() });
    }

    fn register_record(&mut self, path: String, bound: usize, row: usize) {
        let base = path.clone();
        self.register(path, bound, Some(row), None, &base);
    }

    fn register_sheet(&mut self, path: &str, bound: usize) {
        self.register(path.to_owned(), bound, None, None, path);
    }

    /// The JSON object of one row: its field columns, nested by path.
    fn record(def: &SheetDef, row: &Row) -> Map<String, Value> {
        let mut obj = Map::new();
        let active =
            |g: &str| def.columns.iter().zip(&row.values).any(|(c, v)| def.group_of(c) == Some(g) && v.is_some());
        for (c, v) in def.columns.iter().zip(&row.values) {
            if !c.is_field() || c.kind == Kind::Info || def.group_of(c).is_some_and(|g| !active(g)) {
                continue;
            }
            match (v, c.kind) {
                (Some(v), _) => set_path(&mut obj, c.key, v.clone()),
                (None, Kind::Text) if c.required => set_path(&mut obj, c.key, Value::String(String::new())),
                (None, Kind::List) if c.required => set_path(&mut obj, c.key, Value::Array(Vec::new())),
                (None, _) => {}
            }
        }
        if def.columns.iter().any(|c| matches!(c.kind, Kind::Clause(_))) {
            let clauses = def
                .columns
                .iter()
                .zip(&row.values)
                .filter_map(|(c, v)| match (c.kind, v) {
                    (Kind::Clause(w), Some(Value::Bool(true))) => Some(Value::String(w.to_owned())),
                    _ => None,
                })
                .collect();
            obj.insert("clauses".into(), Value::Array(clauses));
        }
        obj
    }

    fn sheet_missing(&mut self, def: &SheetDef) {
        self.push(
            Self::sheet_location(def),
            Rule::Missing,
            format!("sheet {} ({}) is missing", def.name, def.title_en),
            format!("シート「{}」がありません", def.name),
        );
    }

    /// Builds the snapshot's JSON from the parsed rows, registering where every record came from.
    fn assemble(&mut self, parsed: &[Vec<Row>]) -> Map<String, Value> {
        let mut root = Map::new();
        root.insert("format".into(), Value::String(snapshot::FORMAT.into()));
        root.insert("version".into(), Value::from(1));
        let by_shape = |im: &Self, shape: fn(&Shape) -> bool| -> Option<usize> {
            im.bound.iter().position(|b| shape(&b.def.shape))
        };

        // Organisation.
        let mut organisation = Map::new();
        match by_shape(self, |s| *s == Shape::Organisation) {
            Some(b) => {
                let rows = &parsed[b];
                match rows.first() {
                    Some(first) => {
                        let rec = Self::record(self.bound[b].def, first);
                        for (k, v) in rec {
                            if k == "organisation" {
                                if let Value::Object(o) = v {
                                    organisation = o;
                                }
                            } else {
                                root.insert(k, v);
                            }
                        }
                        for key in ["as_of", "language", "organisation"] {
                            self.register(key.into(), b, Some(first.row), None, "");
                        }
                    }
                    None => self.push(
                        self.loc(b, Some(1), None),
                        Rule::Missing,
                        "the organisation sheet needs one row (row 2)".into(),
                        "組織シートの2行目に記入してください".into(),
                    ),
                }
                for extra in rows.iter().skip(1) {
                    self.push(
                        self.loc(b, Some(extra.row), None),
                        Rule::DuplicateId,
                        "the organisation sheet takes one row only".into(),
                        "組織シートは1行だけ記入します".into(),
                    );
                }
            }
            None => self.sheet_missing(&SHEETS[0]),
        }
        let mut groups = Vec::new();
        if let Some(b) = by_shape(self, |s| *s == Shape::GroupCompanies) {
            self.register_sheet("organisation.group_companies", b);
            for (j, row) in parsed[b].iter().enumerate() {
                groups.push(Value::Object(Self::record(self.bound[b].def, row)));
                self.register_record(format!("organisation.group_companies[{j}]"), b, row.row);
            }
        }
        organisation.insert("group_companies".into(), Value::Array(groups));
        root.insert("organisation".into(), Value::Object(organisation));

        root.insert("risk_matrix".into(), Value::Object(self.matrix(parsed)));

        // Quarters.
        let mut first_seen: BTreeMap<Quarter, (usize, usize)> = BTreeMap::new();
        for (b, rows) in parsed.iter().enumerate() {
            for row in rows {
                if let Some(q) = row.quarter {
                    first_seen.entry(q).or_insert((b, row.row));
                }
            }
        }
        let quarters: Vec<Quarter> = first_seen.keys().copied().collect();
        let mut records: Vec<Map<String, Value>> = quarters
            .iter()
            .enumerate()
            .map(|(i, q)| {
                let (b, row) = first_seen[q];
                let quarter_col = Some(0);
                self.register(format!("quarters[{i}]"), b, Some(row), quarter_col, &format!("quarters[{i}]"));
                let mut m = Map::new();
                m.insert("quarter".into(), Value::String(q.to_string()));
                m
            })
            .collect();
        for def in SHEETS {
            match def.shape {
                Shape::QuarterRow { section, required } => {
                    let b = self.bound_index(def);
                    if b.is_none() && required {
                        self.sheet_missing(def);
                    }
                    for (i, q) in quarters.iter().enumerate() {
                        let path = format!("quarters[{i}].{section}");
                        let rows: Vec<&Row> =
                            b.map(|b| parsed[b].iter().filter(|r| r.quarter == Some(*q)).collect()).unwrap_or_default();
                        let obj = match (b, rows.first()) {
                            (Some(b), Some(row)) => {
                                self.register_record(path.clone(), b, row.row);
                                for extra in rows.iter().skip(1) {
                                    self.push(
                                        self.loc(b, Some(extra.row), Some(0)),
                                        Rule::DuplicateId,
                                        format!("quarter {q} has a row already (row {})", row.row + 1),
                                        format!("四半期 {q} の行は既にあります（{} 行目）", row.row + 1),
                                    );
                                }
                                Self::record(def, row)
                            }
                            (Some(b), None) => {
                                if required && !self.unquartered.contains(&b) {
                                    self.push(
                                        self.loc(b, None, Some(0)),
                                        Rule::Missing,
                                        format!("quarter {q} has no row on this sheet; every quarter needs one"),
                                        format!("四半期 {q} の行がありません。四半期ごとに1行必要です"),
                                    );
                                }
                                Map::new()
                            }
                            (None, _) => Map::new(),
                        };
                        records[i].insert(section.into(), Value::Object(obj));
                    }
                }
                Shape::QuarterList { section } => {
                    let b = self.bound_index(def);
                    for (i, q) in quarters.iter().enumerate() {
                        let path = format!("quarters[{i}].{section}");
                        let mut items = Vec::new();
                        if let Some(b) = b {
                            self.register_sheet(&path, b);
                            for row in parsed[b].iter().filter(|r| r.quarter == Some(*q)) {
                                self.register_record(format!("{path}[{}]", items.len()), b, row.row);
                                items.push(Value::Object(Self::record(def, row)));
                            }
                        }
                        set_path(&mut records[i], section, Value::Array(items));
                    }
                }
                _ => {}
            }
        }
        root.insert("quarters".into(), Value::Array(records.into_iter().map(Value::Object).collect()));
        root
    }

    /// The risk matrix from the scales, levels and grid sheets.
    fn matrix(&mut self, parsed: &[Vec<Row>]) -> Map<String, Value> {
        let mut m = Map::new();
        let find = |im: &Self, shape: Shape| im.bound.iter().position(|b| b.def.shape == shape);
        // Scales.
        let mut impact_steps = None;
        match find(self, Shape::Scales) {
            Some(b) => {
                self.register_sheet("risk_matrix", b);
                for axis in ["likelihood", "impact"] {
                    let mut steps: BTreeMap<u64, &Row> = BTreeMap::new();
                    for row in parsed[b].iter().filter(|r| r.values[0].as_ref().and_then(Value::as_str) == Some(axis)) {
                        let Some(step) = row.values[1].as_ref().and_then(Value::as_u64) else { continue };
                        if let Some(first) = steps.get(&step) {
                            let first = first.row + 1;
                            self.push(
                                self.loc(b, Some(row.row), Some(1)),
                                Rule::DuplicateId,
                                format!("{axis} step {step} is already defined on row {first}"),
                                format!("{} の段階 {step} は {first} 行目で定義済みです", axis_ja(axis)),
                            );
                        } else {
                            steps.insert(step, row);
                        }
                    }
                    let mut levels = Vec::new();
                    self.register_sheet(&format!("risk_matrix.{axis}"), b);
                    for (i, (step, row)) in steps.iter().enumerate() {
                        if *step != i as u64 + 1 {
                            self.push(
                                self.loc(b, Some(row.row), Some(1)),
                                Rule::Matrix,
                                format!("{axis} step {} is missing (steps run 1, 2, 3 …)", i + 1),
                                format!(
                                    "{} の段階 {} がありません（段階は 1, 2, 3 … と続けます）",
                                    axis_ja(axis),
                                    i + 1
                                ),
                            );
                            break;
                        }
                        self.register_record(format!("risk_matrix.{axis}[{i}]"), b, row.row);
                        levels.push(Value::Object(Self::record(self.bound[b].def, row)));
                    }
                    if axis == "impact" {
                        impact_steps = Some(levels.len());
                    }
                    m.insert(axis.into(), Value::Array(levels));
                }
            }
            None => self.sheet_missing(layout::sheet("risk_scales").unwrap_or(&SHEETS[2])),
        }
        // Levels and tolerance.
        match find(self, Shape::Levels) {
            Some(b) => {
                self.register_sheet("risk_matrix.levels", b);
                let def = self.bound[b].def;
                let tol = def.columns.iter().position(|c| c.key == "#tolerance").unwrap_or(4);
                let mut levels = Vec::new();
                let mut tolerance: Option<(usize, Value)> = None;
                for (i, row) in parsed[b].iter().enumerate() {
                    let rec = Self::record(def, row);
                    if row.values[tol] == Some(Value::Bool(true)) {
                        match &tolerance {
                            None => tolerance = Some((row.row, rec.get("id").cloned().unwrap_or(Value::Null))),
                            Some((first, _)) => self.push(
                                self.loc(b, Some(row.row), Some(tol)),
                                Rule::Matrix,
                                format!("only one level can be the tolerance; row {} is marked already", first + 1),
                                format!("許容上限は1つだけです（{} 行目が既に「{YES}」です）", first + 1),
                            ),
                        }
                    }
                    self.register_record(format!("risk_matrix.levels[{i}]"), b, row.row);
                    levels.push(Value::Object(rec));
                }
                match tolerance {
                    Some((row, id)) => {
                        self.register("risk_matrix.tolerance".into(), b, Some(row), Some(tol), "risk_matrix.tolerance");
                        m.insert("tolerance".into(), id);
                    }
                    None if !parsed[b].is_empty() => self.push(
                        self.loc(b, None, Some(tol)),
                        Rule::Missing,
                        format!("mark one level as the tolerance ({YES} in column \"{}\")", def.columns[tol].ja),
                        format!("許容できる最も高いレベル1つの「{}」を「{YES}」にしてください", def.columns[tol].ja),
                    ),
                    None => {}
                }
                m.insert("levels".into(), Value::Array(levels));
            }
            None => self.sheet_missing(layout::sheet("risk_levels").unwrap_or(&SHEETS[3])),
        }
        // Grid.
        match find(self, Shape::Grid) {
            Some(b) => {
                self.register_sheet("risk_matrix.grid", b);
                let mut rows: BTreeMap<u64, &Row> = BTreeMap::new();
                for row in &parsed[b] {
                    let Some(step) = row.values[0].as_ref().and_then(Value::as_u64) else { continue };
                    if let Some(first) = rows.get(&step) {
                        let first = first.row + 1;
                        self.push(
                            self.loc(b, Some(row.row), Some(0)),
                            Rule::DuplicateId,
                            format!("likelihood step {step} already has a row (row {first})"),
                            format!("発生可能性 {step} の行は既にあります（{first} 行目）"),
                        );
                    } else {
                        rows.insert(step, row);
                    }
                }
                let mut grid = Vec::new();
                for (r, (step, row)) in rows.iter().enumerate() {
                    if *step != r as u64 + 1 {
                        self.push(
                            self.loc(b, Some(row.row), Some(0)),
                            Rule::Matrix,
                            format!("the grid has no row for likelihood step {}", r + 1),
                            format!("発生可能性 {} の行がありません", r + 1),
                        );
                        break;
                    }
                    self.register_record(format!("risk_matrix.grid[{r}]"), b, row.row);
                    let width = impact_steps.unwrap_or_else(|| {
                        row.values[1..].iter().rposition(Option::is_some).map(|p| p + 1).unwrap_or(0)
                    });
                    let mut cells = Vec::new();
                    for (c, v) in row.values[1..].iter().enumerate() {
                        let k = c + 1;
                        if c < width {
                            self.register(
                                format!("risk_matrix.grid[{r}][{c}]"),
                                b,
                                Some(row.row),
                                Some(k),
                                &format!("risk_matrix.grid[{r}][{c}]"),
                            );
                            match v {
                                Some(v) => cells.push(v.clone()),
                                None => self.push(
                                    self.loc(b, Some(row.row), Some(k)),
                                    Rule::Missing,
                                    format!("no risk level for likelihood {step} × impact {}", c + 1),
                                    format!("発生可能性 {step} × 影響度 {} のリスクレベルが空です", c + 1),
                                ),
                            }
                        } else if v.is_some() {
                            self.push(
                                self.loc(b, Some(row.row), Some(k)),
                                Rule::Matrix,
                                format!("the impact scale has {width} steps; leave column impact {} empty", c + 1),
                                format!("影響度は {width} 段階です。影響度{} の列は空にしてください", c + 1),
                            );
                        }
                    }
                    grid.push(Value::Array(cells));
                }
                m.insert("grid".into(), Value::Array(grid));
            }
            None => self.sheet_missing(layout::sheet("risk_grid").unwrap_or(&SHEETS[4])),
        }
        m
    }

    /// The workbook location of a JSON path, through the longest registered prefix.
    fn locate(&self, path: &str) -> Option<Location> {
        let mut cuts: Vec<usize> =
            path.char_indices().filter(|(_, c)| *c == '.' || *c == '[').map(|(i, _)| i).collect();
        cuts.push(path.len());
        for &cut in cuts.iter().rev() {
            let prefix = &path[..cut];
            let Some(reg) = self.regs.get(prefix) else { continue };
            let suffix = path.get(reg.base.len()..).unwrap_or_default().trim_start_matches('.');
            let def = self.bound[reg.bound].def;
            let col = reg.col.or_else(|| column_for(def, suffix));
            return Some(self.loc(reg.bound, reg.row, col));
        }
        None
    }
}

fn axis_ja(axis: &str) -> &'static str {
    if axis == "impact" { "影響度" } else { "発生可能性" }
}

/// The layout column a JSON path suffix (`residual.likelihood`, `legal[0]`) refers to.
fn column_for(def: &SheetDef, suffix: &str) -> Option<usize> {
    if suffix.is_empty() {
        return None;
    }
    if suffix.starts_with("clauses") {
        return def.columns.iter().position(|c| matches!(c.kind, Kind::Clause(_)));
    }
    def.columns
        .iter()
        .enumerate()
        .filter(|(_, c)| c.is_field())
        .filter(|(_, c)| {
            suffix == c.key
                || suffix.strip_prefix(c.key).is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
        })
        .max_by_key(|(_, c)| c.key.len())
        .map(|(k, _)| k)
}

/// Sets `path` (`a.b.c`) in `obj`, creating objects on the way.
fn set_path(obj: &mut Map<String, Value>, path: &str, value: Value) {
    match path.split_once('.') {
        None => {
            obj.insert(path.to_owned(), value);
        }
        Some((head, rest)) => {
            let entry = obj.entry(head.to_owned()).or_insert_with(|| Value::Object(Map::new()));
            if !entry.is_object() {
                *entry = Value::Object(Map::new());
            }
            if let Value::Object(inner) = entry {
                set_path(inner, rest, value);
            }
        }
    }
}

struct CellError {
    rule: Rule,
    en: String,
    ja: String,
}

fn err(rule: Rule, en: String, ja: String) -> CellError {
    CellError { rule, en, ja }
}

/// Full-width ASCII (IME input: `２０２６／９／３０`) to half-width, ideographic space to space.
fn halfwidth(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect::<String>()
        .trim()
        .to_owned()
}

/// A cell as text (numbers without a trailing `.0`).
fn text_of(cell: &Cell) -> String {
    match cell {
        Cell::Empty => String::new(),
        Cell::Text(t) => t.clone(),
        Cell::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => format!("{}", *n as i64),
        Cell::Number(n) => n.to_string(),
        Cell::Bool(b) => if *b { YES } else { NO }.to_owned(),
        Cell::Date(d) => d.to_string(),
        Cell::Error(e) => e.clone(),
    }
}

/// How a cell is shown in messages.
fn shown(cell: &Cell) -> String {
    match cell {
        Cell::Text(t) => format!("\"{t}\""),
        other => text_of(other),
    }
}

fn wrong_type(cell: &Cell, c: &Column) -> CellError {
    let what_en = match cell {
        Cell::Text(_) => "text",
        Cell::Number(_) => "a number",
        Cell::Bool(_) => "a yes/no value",
        Cell::Date(_) => "a date",
        Cell::Error(_) => "an error value",
        Cell::Empty => "nothing",
    };
    err(
        Rule::Type,
        format!("wrong type: {} is {what_en}; expected {}", shown(cell), c.kind.describe_en()),
        format!("型が違います: {} ではなく{}を入力してください", shown(cell), c.kind.describe_ja()),
    )
}

fn out_of_range(shown: &str, c: &Column) -> CellError {
    err(
        Rule::Range,
        format!("{shown} is out of range; expected {}", c.kind.describe_en()),
        format!("{shown} は範囲外です（{}）", c.kind.describe_ja()),
    )
}

/// A number from a number cell or from text (`1,200,000`, `３０`, `90%`, `100円`).
fn number(cell: &Cell, c: &Column) -> Result<f64, CellError> {
    match cell {
        Cell::Number(n) => Ok(*n),
        Cell::Text(t) => {
            let s: String = halfwidth(t).chars().filter(|ch| !matches!(ch, ',' | '円' | '%')).collect();
            match s.trim().parse::<f64>() {
                Ok(n) if n.is_finite() => Ok(n),
                _ => Err(wrong_type(cell, c)),
            }
        }
        _ => Err(wrong_type(cell, c)),
    }
}

fn parse_date_text(t: &str) -> Result<Date, bool> {
    let s = halfwidth(t);
    let s = s.split(['T', ' ']).next().unwrap_or_default();
    let s: String =
        s.chars().filter(|c| *c != '日').map(|c| if matches!(c, '/' | '.' | '年' | '月') { '-' } else { c }).collect();
    let parts: Vec<&str> = s.split('-').collect();
    let ok = parts.len() == 3
        && parts[0].len() == 4
        && parts.iter().all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()));
    if !ok {
        return Err(false);
    }
    let num = |p: &str| p.parse::<u16>().unwrap_or(0);
    let (y, m, d) = (num(parts[0]), num(parts[1]), num(parts[2]));
    Date::new(y, u8::try_from(m).unwrap_or(0), u8::try_from(d).unwrap_or(0)).ok_or(true)
}

fn parse_bool(cell: &Cell) -> Option<bool> {
    match cell {
        Cell::Bool(b) => Some(*b),
        Cell::Number(n) if *n == 1.0 => Some(true),
        Cell::Number(n) if *n == 0.0 => Some(false),
        Cell::Text(t) => {
            let s = halfwidth(t).to_lowercase();
            match s.as_str() {
                "はい" | "yes" | "y" | "true" | "1" | "○" | "〇" | "◯" | "有" | "あり" => Some(true),
                "いいえ" | "no" | "n" | "false" | "0" | "×" | "✕" | "無" | "なし" => Some(false),
                _ => None,
            }
        }
        _ => None,
    }
}

fn choice(cell: &Cell, c: &Column, choices: &Choices) -> Result<Value, CellError> {
    let text = match cell {
        Cell::Text(t) => t.clone(),
        _ => return Err(wrong_type(cell, c)),
    };
    match choices.wire(&text).or_else(|| choices.wire(&halfwidth(&text))) {
        Some(w) => Ok(Value::String(w.to_owned())),
        None => {
            let ja = choices.labels().collect::<Vec<_>>().join("／");
            let wires = (choices.values)().iter().map(|(w, _, _)| *w).collect::<Vec<_>>().join(", ");
            Err(err(
                Rule::Type,
                format!(
                    "\"{}\" is not an allowed value of {}; choose one of {} (or {wires})",
                    text.trim(),
                    choices.name,
                    choices.labels().collect::<Vec<_>>().join(", ")
                ),
                format!("「{}」は選択肢にありません。使える値: {ja}", text.trim()),
            ))
        }
    }
}

/// One cell as the JSON value of its column, `None` when blank.
fn parse_cell(cell: &Cell, c: &Column) -> Result<Option<Value>, CellError> {
    if cell.is_blank() {
        return Ok(None);
    }
    if let Cell::Error(e) = cell {
        return Err(err(
            Rule::Type,
            format!("the cell holds the error value {e}; enter a value"),
            format!("セルがエラー値 {e} です。値を入力してください"),
        ));
    }
    let v = match c.kind {
        Kind::Text => Value::String(text_of(cell)),
        Kind::CheckItem | Kind::Level => Value::String(halfwidth(&text_of(cell))),
        Kind::Info => return Ok(None),
        Kind::Quarter => {
            let Cell::Text(t) = cell else { return Err(wrong_type(cell, c)) };
            match halfwidth(t).to_uppercase().parse::<Quarter>() {
                Ok(q) => Value::String(q.to_string()),
                Err(_) => {
                    return Err(err(
                        Rule::Type,
                        format!("\"{}\" is not a quarter of the form 2026Q3 (quarters 1 to 4)", t.trim()),
                        format!("「{}」は 2026Q3 のような四半期ではありません（Q1〜Q4）", t.trim()),
                    ));
                }
            }
        }
        Kind::Date => match cell {
            Cell::Date(d) => Value::String(d.to_string()),
            Cell::Text(t) => match parse_date_text(t) {
                Ok(d) => Value::String(d.to_string()),
                Err(well_formed) => {
                    let t = t.trim();
                    let (en, ja) = if well_formed {
                        (format!("\"{t}\" is not a real calendar date"), format!("「{t}」は存在しない日付です"))
                    } else {
                        (
                            format!("\"{t}\" is not a date; write 2026-09-30 (or 2026/9/30)"),
                            format!(
                                "「{t}」は日付ではありません。2026-09-30（または 2026/9/30）の形で入力してください"
                            ),
                        )
                    };
                    return Err(err(Rule::Date, en, ja));
                }
            },
            _ => return Err(wrong_type(cell, c)),
        },
        Kind::Whole { min, max } => {
            let whole = match cell {
                Cell::Text(t) => {
                    let s: String = halfwidth(t).chars().filter(|ch| !matches!(ch, ',' | '円')).collect();
                    s.parse::<u64>().ok()
                }
                _ => None,
            };
            match whole {
                Some(n) if n >= min && n <= max => Value::from(n),
                Some(n) => return Err(out_of_range(&n.to_string(), c)),
                None => {
                    let n = number(cell, c)?;
                    if n.fract() != 0.0 {
                        return Err(err(
                            Rule::Type,
                            format!("{n} is not a whole number; expected {}", c.kind.describe_en()),
                            format!("{n} は整数ではありません（{}）", c.kind.describe_ja()),
                        ));
                    }
                    if n < min as f64 || n > max as f64 {
                        return Err(out_of_range(&text_of(&Cell::Number(n)), c));
                    }
                    Value::from(n as u64)
                }
            }
        }
        Kind::Decimal { min, max } => {
            let n = number(cell, c)?;
            if n < min || n > max {
                return Err(out_of_range(&n.to_string(), c));
            }
            serde_json::Number::from_f64(n).map(Value::Number).ok_or_else(|| wrong_type(cell, c))?
        }
        Kind::Bool | Kind::Clause(_) => match parse_bool(cell) {
            Some(b) => Value::Bool(b),
            None => {
                return Err(err(
                    Rule::Type,
                    format!("{} is not yes/no; choose {YES} or {NO}", shown(cell)),
                    format!("{} は「{YES}」か「{NO}」で入力してください", shown(cell)),
                ));
            }
        },
        Kind::Choice(choices) => choice(cell, c, choices)?,
        Kind::List => {
            let items: Vec<Value> = text_of(cell)
                .split(['\n', '\r', ';', '；'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| Value::String(s.to_owned()))
                .collect();
            Value::Array(items)
        }
    };
    Ok(Some(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn col(kind: Kind) -> Column {
        Column { key: "x", ja: "x", en: "x", kind, required: true, note_ja: "", note_en: "" }
    }

    #[test]
    fn dates() {
        let c = col(Kind::Date);
        let d = |s: &str| parse_cell(&Cell::text(s), &c).map(|v| v.unwrap()).map_err(|e| e.rule);
        assert_eq!(d("2026-09-30"), Ok(Value::from("2026-09-30")));
        assert_eq!(d("2026/9/3"), Ok(Value::from("2026-09-03")));
        assert_eq!(d("２０２６／９／３０"), Ok(Value::from("2026-09-30")));
        assert_eq!(d("2026年9月30日"), Ok(Value::from("2026-09-30")));
        assert_eq!(d("2026-09-30T00:00:00"), Ok(Value::from("2026-09-30")));
        assert_eq!(d("2026-02-30"), Err(Rule::Date));
        assert_eq!(d("next week"), Err(Rule::Date));
        assert_eq!(parse_cell(&Cell::Number(3.0), &c).map_err(|e| e.rule), Err(Rule::Type));
    }

    #[test]
    fn numbers() {
        let c = col(Kind::Whole { min: 0, max: 5 });
        assert_eq!(parse_cell(&Cell::Number(3.0), &c).ok().flatten(), Some(Value::from(3u64)));
        assert_eq!(parse_cell(&Cell::text("３"), &c).ok().flatten(), Some(Value::from(3u64)));
        assert_eq!(parse_cell(&Cell::Number(7.0), &c).map_err(|e| e.rule).err(), Some(Rule::Range));
        assert_eq!(parse_cell(&Cell::Number(1.5), &c).map_err(|e| e.rule).err(), Some(Rule::Type));
        assert_eq!(parse_cell(&Cell::text("abc"), &c).map_err(|e| e.rule).err(), Some(Rule::Type));
        let yen = col(Kind::Whole { min: 0, max: layout::MAX_EXACT });
        assert_eq!(parse_cell(&Cell::text("1,200,000円"), &yen).ok().flatten(), Some(Value::from(1_200_000u64)));
        let dec = col(Kind::Decimal { min: 0.0, max: 100.0 });
        assert_eq!(parse_cell(&Cell::text("90%"), &dec).ok().flatten(), Some(Value::from(90.0)));
        assert_eq!(parse_cell(&Cell::Number(100.5), &dec).map_err(|e| e.rule).err(), Some(Rule::Range));
    }

    #[test]
    fn choices_and_bools() {
        let c = col(Kind::Choice(&layout::TREATMENT));
        assert_eq!(parse_cell(&Cell::text("移転"), &c).ok().flatten(), Some(Value::from("transfer")));
        assert_eq!(parse_cell(&Cell::text("transfer"), &c).ok().flatten(), Some(Value::from("transfer")));
        let e = parse_cell(&Cell::text("軽減"), &c).err().unwrap();
        assert_eq!(e.rule, Rule::Type);
        assert!(e.ja.contains("低減／保有／回避／移転"), "{}", e.ja);
        let b = col(Kind::Bool);
        assert_eq!(parse_cell(&Cell::text("はい"), &b).ok().flatten(), Some(Value::Bool(true)));
        assert_eq!(parse_cell(&Cell::Bool(false), &b).ok().flatten(), Some(Value::Bool(false)));
        assert!(parse_cell(&Cell::text("たぶん"), &b).is_err());
        let l = col(Kind::List);
        assert_eq!(parse_cell(&Cell::text("a\nb; c；\n"), &l).ok().flatten(), Some(serde_json::json!(["a", "b", "c"])));
        let q = col(Kind::Quarter);
        assert_eq!(parse_cell(&Cell::text("2026q3"), &q).ok().flatten(), Some(Value::from("2026Q3")));
        assert!(parse_cell(&Cell::text("2026Q5"), &q).is_err());
    }

    #[test]
    fn paths_map_to_columns() {
        let risks = layout::sheet("risks").unwrap();
        let k = column_for(risks, "residual.likelihood").unwrap();
        assert_eq!(risks.columns[k].key, "residual.likelihood");
        let k = column_for(risks, "insurance.expires_on").unwrap();
        assert_eq!(risks.columns[k].key, "insurance.expires_on");
        assert_eq!(column_for(risks, ""), None);
        let mut m = Map::new();
        set_path(&mut m, "a.b", Value::from(1));
        set_path(&mut m, "a.c", Value::from(2));
        assert_eq!(Value::Object(m), serde_json::json!({"a": {"b": 1, "c": 2}}));
    }
}
