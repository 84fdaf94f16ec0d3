//! The group's board: several companies' exports compared side by side for one quarter (5-1
//! 「まずは系列企業…」: a parent's board answers for its group; B社 in the seed is a group).
//!
//! Each group company's office produces its own export; the parent offers them all to [`compare`] as
//! [`Member`]s (a label — usually the file name — and the loaded [`Snapshot`] or the loader's located
//! problems). [`compare`] computes each company's [`BoardSummary`] **once** (kept on its row for the
//! company's own dashboard) and lays them out:
//!
//! - [`GroupComparison::companies`]: one [`CompanyRow`] per member, in the order given — its name, id,
//!   as-of date, fiscal quarter label, the ten items' maturity and light, the three principles, KPI
//!   statuses against targets, residual risks above tolerance (also by level), overdue partners, and its
//!   decisions (how many, the worst named) in [`CompanyFigures`];
//! - [`GroupComparison::items`] / [`GroupComparison::principles`] / [`GroupComparison::overall`]: the
//!   group's [`Spread`] per important item (min / median / max of the compared companies' maturity);
//! - [`GroupComparison::decisions`]: the group's decisions rolled up as rule 16 rolls up one company's
//!   (four or more of one kind asked as one, the worst named, at most twenty entries): [`GroupDecisions`];
//! - [`GroupComparison::problems`]: what kept a company out of the comparison or qualifies it, each a
//!   located bilingual [`GroupProblem`] for that company — never a silent zero, and one bad company never
//!   blocks the others.
//!
//! ```
//! # let Ok(a) = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../samples/a-company.json")) else { return };
//! # let Ok(b) = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../samples/b-company.json")) else { return };
//! use csm_core::{group, snapshot};
//! let (a, b) = (snapshot::load(&a).unwrap(), snapshot::load(&b).unwrap());
//! let members = [group::Member::loaded("a-company.json", &a), group::Member::loaded("b-company.json", &b)];
//! let cmp = group::compare(&members, None);
//! assert_eq!(cmp.companies.len(), 2);
//! assert_eq!(cmp.items.len(), 10);
//! assert!(cmp.decisions.entries.len() <= group::MAX_LISTED);
//! ```
//!
//! Beside the comparison: [`trends`] gives each company's trends over all its quarters
//! ([`crate::trend`]); [`reference_gaps`] sets the group's median per item against a reference profile
//! ([`crate::reference`]; a company's own gaps are `reference::gaps` of its row's summary).
//!
//! The rules (which export stands for a company, the chosen quarter, the roll-up) are in
//! `docs/SUMMARY.md` §9. The API is additive: fields and functions are added, never renamed.

mod decisions;
mod words;

use serde::Serialize;

pub use decisions::{CompanyDecision, EntryKind, GroupDecision, GroupDecisions, MAX_LISTED};

use crate::calendar::{Date, Quarter};
use crate::figure::{self, Exact};
use crate::kpi::{KpiId, KpiStatus};
use crate::snapshot::{Problem, RiskMatrix, Snapshot, Yen};
use crate::summary::{self, BoardSummary, Decision, FiscalLabel, KpiCounts, Light, LightCounts};
use crate::text::Text;

/// One export offered to the comparison: a label for people (the file name) and the export as loaded,
/// or the loader's problems when it did not load.
#[derive(Debug, Clone, Copy)]
pub struct Member<'a> {
    /// How the export is named to people: its file name.
    pub label: &'a str,
    /// The loaded export, or the loader's located problems.
    pub export: Result<&'a Snapshot, &'a [Problem]>,
}

impl<'a> Member<'a> {
    /// A loaded export.
    pub fn loaded(label: &'a str, snapshot: &'a Snapshot) -> Member<'a> {
        Member { label, export: Ok(snapshot) }
    }

    /// An export that did not load, with the loader's problems.
    pub fn unreadable(label: &'a str, problems: &'a [Problem]) -> Member<'a> {
        Member { label, export: Err(problems) }
    }
}

/// Whether a company is in the comparison and, if not, why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RowState {
    /// Compared: its figures for the quarter are on the row.
    Compared,
    /// Its export holds no record for the chosen quarter ("no export for this quarter", never zeros).
    NoExportForQuarter,
    /// Its file did not load (the problems say why).
    Unreadable,
    /// Another export of the same company (same id and name) with a later `as_of` stands for it.
    Superseded,
}

crate::vocabulary::terms!(RowState, "RowState", {
    Compared => ("compared", "比較対象", "Compared"),
    NoExportForQuarter => ("no_export_for_quarter", "この四半期のエクスポートなし", "No export for this quarter"),
    Unreadable => ("unreadable", "読み込めないファイル", "File not readable"),
    Superseded => ("superseded", "同じ会社のより新しいエクスポートあり", "A later export of the same company is used"),
});

/// One company of the group: who, and its figures for the quarter when it is compared.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompanyRow {
    /// Position in the members given, from 0 (the row's stable handle).
    pub position: usize,
    /// The member's label (file name).
    pub label: String,
    /// `organisation.id`, if the export states one.
    pub id: Option<String>,
    /// What identifies the company in the group: `organisation.id`, else `organisation.name`. `None` for
    /// an unreadable file.
    pub key: Option<String>,
    /// The company's name; `None` for an unreadable file.
    pub name: Option<Text>,
    /// The export's date.
    pub as_of: Option<Date>,
    /// The export's format version.
    pub version: Option<u32>,
    /// Compared, or why not.
    pub state: RowState,
    /// The export's quarters, oldest first (empty for an unreadable file).
    pub quarters: Vec<Quarter>,
    /// The figures for the chosen quarter; `Some` exactly when `state` is [`RowState::Compared`].
    pub figures: Option<CompanyFigures>,
    /// The company's own board summary for the quarter (computed once, for its own dashboard). Not in
    /// the JSON: `csm summary` of the company's file prints it.
    #[serde(skip)]
    pub summary: Option<Box<BoardSummary>>,
}

/// A maturity against its target.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MaturityCell {
    /// 1..=10 for an item, 1..=3 for a principle, 0 for the overall score.
    pub number: u8,
    /// Mean maturity (0.01).
    pub maturity: f64,
    /// Mean target (0.01).
    pub target: f64,
    /// The item's light (items only; `None` for principles and the overall score).
    pub light: Option<Light>,
}

/// A KPI of one company against its target.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KpiCell {
    /// Which KPI.
    pub id: KpiId,
    /// The value; `None` when there is nothing to measure.
    pub value: Option<f64>,
    /// The target in force, if set.
    pub target: Option<f64>,
    /// Status against the target, when both are known.
    pub status: Option<KpiStatus>,
}

/// Residual risks above tolerance at one level of a company's own matrix.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LevelCount {
    /// The level's position from the top of the company's matrix: 0 = its top level.
    pub from_top: usize,
    /// The level's name.
    pub level: Text,
    /// Risks above tolerance at that level.
    pub count: usize,
}

/// One compared company's figures for the quarter, taken from its [`BoardSummary`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompanyFigures {
    /// The quarter in the company's own fiscal year.
    pub fiscal_quarter: FiscalLabel,
    /// Overall maturity (mean of the ten items).
    pub overall: MaturityCell,
    /// The ten important items: maturity, target, light.
    pub items: Vec<MaturityCell>,
    /// The three principles (the catalog's mapping of items to principles).
    pub principles: Vec<MaturityCell>,
    /// How many items have each light.
    pub lights: LightCounts,
    /// Every KPI against its target.
    pub kpis: Vec<KpiCell>,
    /// How many KPIs have each status.
    pub kpi_counts: KpiCounts,
    /// Residual risks above tolerance (each company's own tolerance on its own matrix).
    pub above_tolerance: usize,
    /// Of which without a valid board approval.
    pub unapproved: usize,
    /// The above-tolerance risks by level of the company's own matrix, top level first (levels with
    /// none are left out). Matrices may differ between companies: compare by level, not cell.
    pub above_tolerance_by_level: Vec<LevelCount>,
    /// The board's tolerance in force, by name.
    pub tolerance: Option<Text>,
    /// Residual expected annual loss.
    pub expected_loss_yen: Yen,
    /// Ids of partners whose review is overdue.
    pub overdue_partners: Vec<String>,
    /// Entries of the company's decision list (a group of one kind is one).
    pub decisions: usize,
    /// How many decisions those entries stand for.
    pub decisions_total: usize,
    /// The company's most urgent decision (its list's first entry).
    pub worst_decision: Option<Decision>,
}

/// The group's spread of one maturity (an item, a principle or the overall score) over the compared
/// companies.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Spread {
    /// 1..=10 for an item, 1..=3 for a principle, 0 for the overall score.
    pub number: u8,
    /// Short name.
    pub title: Text,
    /// Companies compared.
    pub companies: usize,
    /// Lowest maturity; `None` when no company is compared.
    pub min: Option<f64>,
    /// Median maturity (the mean of the middle two for an even count, exact to 0.01).
    pub median: Option<f64>,
    /// Highest maturity.
    pub max: Option<f64>,
    /// Positions of the companies at the minimum.
    pub lowest: Vec<usize>,
    /// How many companies have each light (items only).
    pub lights: Option<LightCounts>,
}

/// What qualifies or excludes a company. Stable codes (`rule.code()`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum GroupRule {
    /// The file did not load; the loader's own problem (its path and message) follows.
    Unreadable,
    /// Two or more exports of the same company (same id and name): the latest `as_of` is used.
    SameCompany,
    /// Two or more companies (different names) give the same `organisation.id`.
    DuplicateId,
    /// The export has no record for the chosen quarter.
    NoExportForQuarter,
    /// The export's format version differs from the group's.
    FormatVersion,
    /// The export's risk matrix differs from the first compared company's: risks are compared by level.
    RiskMatrix,
}

impl GroupRule {
    /// A stable kebab-case code, e.g. `no-export-for-quarter`.
    pub fn code(self) -> &'static str {
        match self {
            GroupRule::Unreadable => "unreadable",
            GroupRule::SameCompany => "same-company",
            GroupRule::DuplicateId => "duplicate-id",
            GroupRule::NoExportForQuarter => "no-export-for-quarter",
            GroupRule::FormatVersion => "format-version",
            GroupRule::RiskMatrix => "risk-matrix",
        }
    }
}

/// One problem of one company in the comparison: which company, where in its export (a JSON path, `""`
/// for the file as a whole), which rule, and a message in English and Japanese.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GroupProblem {
    /// The company's row position.
    pub company: usize,
    /// The company's label (file name).
    pub label: String,
    /// JSON path in that company's export.
    pub path: String,
    /// The rule.
    pub rule: GroupRule,
    /// For [`GroupRule::Unreadable`]: the loader's rule code (`version`, `syntax`, …).
    pub load_rule: Option<&'static str>,
    /// Message in English.
    pub en: String,
    /// Message in Japanese.
    pub ja: String,
}

impl GroupProblem {
    /// The message in `lang`.
    pub fn message(&self, lang: crate::snapshot::Language) -> &str {
        if lang == crate::snapshot::Language::Ja { &self.ja } else { &self.en }
    }
}

/// The version of the comparison's JSON shape (`csm compare --format json`); bumped on any breaking
/// change.
pub const COMPARE_VERSION: u32 = 1;

/// The group compared for one quarter.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupComparison {
    /// [`COMPARE_VERSION`].
    pub compare_version: u32,
    /// The quarter compared: the one asked for, else the latest quarter any loaded company holds;
    /// `None` when no export loaded.
    pub quarter: Option<Quarter>,
    /// Companies compared (rows in state [`RowState::Compared`]).
    pub compared: usize,
    /// One row per member, in the order given.
    pub companies: Vec<CompanyRow>,
    /// The overall maturity's spread.
    pub overall: Spread,
    /// The spread per important item, 1..=10.
    pub items: Vec<Spread>,
    /// The spread per principle, 1..=3.
    pub principles: Vec<Spread>,
    /// Whether the compared companies' risk matrices differ (then risks are compared by level).
    pub matrices_differ: bool,
    /// The group's decisions rolled up.
    pub decisions: GroupDecisions,
    /// Every company's problems, by row position.
    pub problems: Vec<GroupProblem>,
}

impl GroupComparison {
    /// The problems of the company at `position`.
    pub fn problems_of(&self, position: usize) -> impl Iterator<Item = &GroupProblem> {
        self.problems.iter().filter(move |p| p.company == position)
    }

    /// The rows compared.
    pub fn compared_rows(&self) -> impl Iterator<Item = &CompanyRow> {
        self.companies.iter().filter(|r| r.state == RowState::Compared)
    }
}

/// Compares the group's companies for `quarter` (the latest quarter any loaded export holds when
/// `None`). Each company's summary is computed once. See the module docs.
pub fn compare(members: &[Member<'_>], quarter: Option<Quarter>) -> GroupComparison {
    let mut problems: Vec<GroupProblem> = Vec::new();
    let mut rows: Vec<CompanyRow> = members.iter().enumerate().map(|(i, m)| row(i, m)).collect();
    for (i, m) in members.iter().enumerate() {
        if let Err(list) = m.export {
            problems.extend(list.iter().map(|p| words::unreadable(i, m.label, p)));
        }
    }
    identities(members, &mut rows, &mut problems);
    let quarter = quarter.or_else(|| {
        rows.iter().filter(|r| r.state == RowState::Compared).filter_map(|r| r.quarters.last().copied()).max()
    });
    let mut first_matrix: Option<(usize, &RiskMatrix)> = None;
    let mut first_version: Option<(usize, u32)> = None;
    let mut matrices_differ = false;
    for (i, m) in members.iter().enumerate() {
        let (Ok(s), Some(q)) = (m.export, quarter) else { continue };
        if rows[i].state != RowState::Compared {
            continue;
        }
        match summary::board_summary(s, q) {
            Ok(sum) => {
                rows[i].figures = Some(figures(&sum, s.risk_matrix.levels.len()));
                rows[i].summary = Some(Box::new(sum));
            }
            Err(_) => {
                rows[i].state = RowState::NoExportForQuarter;
                problems.push(words::no_quarter(i, m.label, q, &rows[i].quarters));
                continue;
            }
        }
        match first_version {
            None => first_version = Some((i, s.version)),
            Some((f, v)) if v != s.version => problems.push(words::version(i, m.label, s.version, v, members[f].label)),
            Some(_) => {}
        }
        match first_matrix {
            None => first_matrix = Some((i, &s.risk_matrix)),
            Some((f, mx)) if !same_matrix(mx, &s.risk_matrix) => {
                matrices_differ = true;
                problems.push(words::matrix(i, m.label, &s.risk_matrix, mx, members[f].label));
            }
            Some(_) => {}
        }
    }
    crate::order::sort_by_key(&mut problems, |p| p.company);
    let compared: Vec<&CompanyRow> = rows.iter().filter(|r| r.figures.is_some()).collect();
    let overall = spread(0, overall_title(), &compared, |f| Some(&f.overall));
    let items = crate::catalog::important_items()
        .iter()
        .map(|it| {
            let title = Text::new(it.short_ja, it.short_en);
            spread(it.number, title, &compared, |f| f.items.iter().find(|c| c.number == it.number))
        })
        .collect();
    let principles = crate::catalog::principles()
        .iter()
        .map(|p| {
            let title = Text::new(p.short_ja, p.short_en);
            spread(p.number, title, &compared, |f| f.principles.iter().find(|c| c.number == p.number))
        })
        .collect();
    let decisions = decisions::roll_up(&rows);
    GroupComparison {
        compare_version: COMPARE_VERSION,
        quarter,
        compared: compared.len(),
        overall,
        items,
        principles,
        matrices_differ,
        decisions,
        problems,
        companies: rows,
    }
}

fn overall_title() -> Text {
    Text::new("総合", "Overall")
}

/// A row before the quarter is chosen: who, or unreadable.
fn row(position: usize, m: &Member<'_>) -> CompanyRow {
    let mut r = CompanyRow {
        position,
        label: m.label.to_owned(),
        id: None,
        key: None,
        name: None,
        as_of: None,
        version: None,
        state: RowState::Unreadable,
        quarters: Vec::new(),
        figures: None,
        summary: None,
    };
    if let Ok(s) = m.export {
        let o = &s.organisation;
        r.id = o.id.clone();
        r.key = Some(key(s));
        r.name = Some(Text::with_fallback(&o.name, o.name_en.as_deref()));
        r.as_of = Some(s.as_of);
        r.version = Some(s.version);
        r.state = RowState::Compared;
        r.quarters = s.quarters.iter().map(|q| q.quarter).collect();
    }
    r
}

/// What identifies a company: `organisation.id`, else its Japanese name.
pub fn key(s: &Snapshot) -> String {
    s.organisation.id.clone().unwrap_or_else(|| s.organisation.name.clone())
}

/// Same key and same name: the same company twice — the latest `as_of` stands (the first given on a
/// tie), the others are superseded. Same id, different names: two companies claim one id — all stay
/// compared, each flagged.
fn identities(members: &[Member<'_>], rows: &mut [CompanyRow], problems: &mut Vec<GroupProblem>) {
    let loaded: Vec<(usize, &Snapshot)> =
        members.iter().enumerate().filter_map(|(i, m)| m.export.ok().map(|s| (i, s))).collect();
    for &(i, s) in &loaded {
        // The latest export of the same company (same key and name) wins; ties go to the first given.
        let best = loaded.iter().filter(|(_, t)| key(t) == key(s) && t.organisation.name == s.organisation.name).fold(
            None::<(usize, &Snapshot)>,
            |acc, &(j, t)| match acc {
                Some((_, b)) if b.as_of >= t.as_of => acc,
                _ => Some((j, t)),
            },
        );
        if let Some((j, _)) = best
            && j != i
        {
            rows[i].state = RowState::Superseded;
            problems.push(words::same_company(i, members[i].label, s, members[j].label, members[j].export.ok()));
        }
        if let Some(id) = &s.organisation.id {
            let others: Vec<usize> = loaded
                .iter()
                .filter(|(_, t)| t.organisation.id.as_ref() == Some(id) && t.organisation.name != s.organisation.name)
                .map(|(j, _)| *j)
                .collect();
            if !others.is_empty() {
                let names: Vec<&str> = others.iter().map(|j| members[*j].label).collect();
                problems.push(words::duplicate_id(i, members[i].label, id, &names));
            }
        }
    }
}

/// Two matrices compare cell by cell when their scales, levels (ids, in order) and grid are the same.
pub fn same_matrix(a: &RiskMatrix, b: &RiskMatrix) -> bool {
    a.likelihood.len() == b.likelihood.len()
        && a.impact.len() == b.impact.len()
        && a.levels.len() == b.levels.len()
        && a.levels.iter().zip(&b.levels).all(|(x, y)| x.id == y.id)
        && a.grid == b.grid
}

/// A compared company's figures, read from its summary.
fn figures(s: &BoardSummary, levels: usize) -> CompanyFigures {
    let cell =
        |number: u8, maturity: f64, target: f64, light: Option<Light>| MaturityCell { number, maturity, target, light };
    let h = &s.headline;
    let mut by_level: Vec<LevelCount> = Vec::new();
    for r in &s.risk.above_tolerance {
        let from_top = levels.saturating_sub(r.level.rank + 1);
        match by_level.iter_mut().find(|l| l.from_top == from_top) {
            Some(l) => l.count += 1,
            None => by_level.push(LevelCount { from_top, level: r.level.name.clone(), count: 1 }),
        }
    }
    crate::order::sort_by_key(&mut by_level, |l| l.from_top);
    CompanyFigures {
        fiscal_quarter: s.fiscal_quarter.clone(),
        overall: cell(0, h.maturity.maturity, h.maturity.target, None),
        items: s.lights.iter().map(|l| cell(l.item, l.maturity, l.target, Some(l.light))).collect(),
        principles: s.checksheet.principles.iter().map(|p| cell(p.number, p.maturity, p.target, None)).collect(),
        lights: h.lights.clone(),
        kpis: s
            .kpis
            .kpis
            .iter()
            .map(|k| KpiCell { id: k.id, value: k.value, target: k.target, status: k.status })
            .collect(),
        kpi_counts: h.kpis.clone(),
        above_tolerance: h.above_tolerance,
        unapproved: h.unapproved,
        above_tolerance_by_level: by_level,
        tolerance: s.risk.tolerance.as_ref().map(|t| t.name.clone()),
        expected_loss_yen: h.expected_loss_yen,
        overdue_partners: s.partners.overdue.clone(),
        decisions: s.decisions.len(),
        decisions_total: s.decisions.iter().map(Decision::count).sum(),
        worst_decision: s.decisions.first().cloned(),
    }
}

/// The spread of one maturity over the compared rows.
fn spread<'a>(
    number: u8,
    title: Text,
    rows: &[&'a CompanyRow],
    pick: impl Fn(&'a CompanyFigures) -> Option<&'a MaturityCell>,
) -> Spread {
    let cells: Vec<(usize, &MaturityCell)> =
        rows.iter().filter_map(|r| r.figures.as_ref().and_then(&pick).map(|c| (r.position, c))).collect();
    let mut values: Vec<f64> = cells.iter().map(|(_, c)| c.maturity).collect();
    crate::order::sort_by(&mut values, f64::total_cmp);
    let min = values.first().copied();
    let lowest = match min {
        Some(m) => cells.iter().filter(|(_, c)| c.maturity.total_cmp(&m).is_eq()).map(|(p, _)| *p).collect(),
        None => Vec::new(),
    };
    let lights = (number > 0 && cells.iter().all(|(_, c)| c.light.is_some()) && !cells.is_empty()).then(|| {
        let count = |l: Light| cells.iter().filter(|(_, c)| c.light == Some(l)).count();
        LightCounts { green: count(Light::Green), amber: count(Light::Amber), red: count(Light::Red) }
    });
    Spread {
        number,
        title,
        companies: cells.len(),
        min,
        median: median(&values),
        max: values.last().copied(),
        lowest,
        lights,
    }
}

/// Each member's trends over all its quarters ([`crate::trend::trends`]), in the members' order; `None`
/// for a file that did not load. Independent of the quarter compared (for the group view's strips per
/// company); each company's quarters are summarised once here.
pub fn trends(members: &[Member<'_>]) -> Vec<Option<crate::trend::Trends>> {
    members.iter().map(|m| m.export.ok().map(crate::trend::trends)).collect()
}

/// The group's median maturity per important item against a reference profile (`maturity` is the
/// group's median, `gap = median − reference`, exact at 0.01); empty when no company is compared. A
/// company's own gaps are [`crate::reference::gaps`] of its row's `summary.checksheet`.
pub fn reference_gaps(
    cmp: &GroupComparison,
    profile: &crate::snapshot::ReferenceProfile,
) -> Vec<crate::reference::Gap> {
    cmp.items
        .iter()
        .filter_map(|s| {
            let median = s.median?;
            let reference = profile
                .items
                .iter()
                .find(|i| i.item == s.number)
                .map(|i| figure::rounded(i.maturity, figure::MATURITY));
            Some(crate::reference::Gap {
                number: s.number,
                id: String::new(),
                maturity: median,
                reference,
                gap: reference.map(|r| figure::difference(median, r, figure::MATURITY)),
            })
        })
        .collect()
}

/// At most this many companies are overlaid on the group's radar (more outlines no longer read).
pub const RADAR_COMPANIES: usize = 5;

/// One outline of the group's radar: a company's maturity per important item, 1..=10 in order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RadarSeries {
    /// The company's row position.
    pub position: usize,
    /// The company's name.
    pub name: Text,
    /// Maturity per important item (0.01), items 1..=10 in order.
    pub values: Vec<f64>,
}

/// The group's radar (issue 17 §2): the chosen companies, the group's average and target, and a
/// reference profile's figures, each per important item 1..=10 (SUMMARY §9.11).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupRadar {
    /// The chosen compared companies, in the order chosen (at most [`RADAR_COMPANIES`]).
    pub companies: Vec<RadarSeries>,
    /// The mean of the compared companies' maturity per item (exact, 0.01).
    pub average: Vec<f64>,
    /// The mean of the compared companies' targets per item (exact, 0.01).
    pub target: Vec<f64>,
    /// The reference profile, when one is given and it names every item: its label data and figures
    /// (rounded to 0.01). A profile that leaves an item out is not drawn (no outline through a gap).
    pub reference: Option<(crate::reference::ProfileInfo, Vec<f64>)>,
}

/// The group's radar for the companies at `chosen` (row positions; rows not compared are skipped, and
/// only the first [`RADAR_COMPANIES`] are kept), with the group's average and target over every compared
/// company and `profile`'s figures. `None` when no company is compared (never an outline of zeros).
pub fn radar(
    cmp: &GroupComparison,
    chosen: &[usize],
    profile: Option<&crate::snapshot::ReferenceProfile>,
) -> Option<GroupRadar> {
    let figures: Vec<&CompanyFigures> = cmp.compared_rows().filter_map(|r| r.figures.as_ref()).collect();
    if figures.is_empty() {
        return None;
    }
    let items = figures.iter().map(|f| f.items.len()).min().unwrap_or(0);
    let mean = |pick: &dyn Fn(&MaturityCell) -> f64| -> Vec<f64> {
        (0..items)
            .map(|i| {
                let sum =
                    figures.iter().try_fold(Exact::int(0), |acc, f| acc.checked_add(Exact::of(pick(&f.items[i]))));
                let n = Exact::int(i128::try_from(figures.len()).unwrap_or(i128::MAX));
                match sum.and_then(|s| s.checked_div(n)) {
                    Some(m) => m.round(figure::MATURITY),
                    None => figures.iter().map(|f| pick(&f.items[i])).sum::<f64>() / figures.len() as f64,
                }
            })
            .collect()
    };
    let companies = chosen
        .iter()
        .filter_map(|p| {
            let row = cmp.companies.get(*p)?;
            let f = row.figures.as_ref()?;
            Some(RadarSeries {
                position: row.position,
                name: row.name.clone()?,
                values: f.items.iter().take(items).map(|c| c.maturity).collect(),
            })
        })
        .take(RADAR_COMPANIES)
        .collect();
    let reference = profile.and_then(|p| {
        let values: Option<Vec<f64>> = (1..=items)
            .map(|n| {
                p.items.iter().find(|i| usize::from(i.item) == n).map(|i| figure::rounded(i.maturity, figure::MATURITY))
            })
            .collect();
        Some((crate::reference::info(p), values?))
    });
    Some(GroupRadar { companies, average: mean(&|c| c.maturity), target: mean(&|c| c.target), reference })
}

/// The median of sorted presented maturities, exact to 0.01: the middle one, or the mean of the middle
/// two (`2.33` and `2.50` → `2.42`, half away from zero). `None` for none.
pub fn median(sorted: &[f64]) -> Option<f64> {
    let n = sorted.len();
    if n == 0 {
        return None;
    }
    if n % 2 == 1 {
        return Some(sorted[n / 2]);
    }
    let (a, b) = (Exact::of(sorted[n / 2 - 1]), Exact::of(sorted[n / 2]));
    let mean = a.checked_add(b).and_then(|s| s.checked_div(Exact::int(2)));
    Some(mean.map_or((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0, |m| m.round(figure::MATURITY)))
}

#[cfg(test)]
mod tests;
