//! The dashboard's one state: the loaded snapshot, the chosen quarter, the display language and the
//! state of the latest load. Reducers are pure; effects (fetching, reading files) live in `app.rs`
//! and report back with [`Action`]s.

use std::rc::Rc;

use csm_core::calendar::Quarter;
use csm_core::checksheet::{self, Comparison};
use csm_core::fiscal::FiscalQuarter;
use csm_core::group::{self, GroupComparison, Member};
use csm_core::kpi::{self, KpiChange, KpiId, Polarity, Trend};
use csm_core::period::Period;
use csm_core::risk::{self, Moves, Page, Query};
use csm_core::snapshot::{self, Language, Problems, Snapshot};
use csm_core::summary::{self, BoardSummary};
use csm_core::trend::{self, Trends};
use sha2::{Digest, Sha256};
use yew::{Reducible, UseReducerHandle};

pub use crate::origin::Origin;
use crate::routing::{Compare, Route, ViewId};
use crate::services::Unavailable;

/// The store as views read it from context.
pub type Store = UseReducerHandle<State>;

/// Why a load failed.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// The export was read but the loader rejected it; every problem is located.
    Rejected(Problems),
    /// The export could not be read at all.
    Unavailable(Unavailable),
}

/// A validated export: the snapshot and the SHA-256 of the exact bytes it was read from (what
/// `sha256sum` prints for the file, so a board member can check it is the pack the CISO office
/// sent). Equality is identity, so comparing states never walks a large snapshot.
#[derive(Debug, Clone)]
pub struct Export {
    /// The snapshot, validated by `csm_core::snapshot::load`.
    pub snapshot: Rc<Snapshot>,
    /// Lower-case hex SHA-256 of the export's bytes.
    pub sha256: Rc<str>,
}

impl PartialEq for Export {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.snapshot, &other.snapshot) && self.sha256 == other.sha256
    }
}

/// The export on screen and where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The export.
    pub export: Export,
    /// Where it came from.
    pub origin: Origin,
}

impl Loaded {
    /// The snapshot.
    pub fn snapshot(&self) -> &Snapshot {
        &self.export.snapshot
    }

    /// One page of `quarter`'s risk register as `q` sorts, filters and pages it (core's query API;
    /// `None` when the export lacks the quarter).
    pub fn register_page(&self, quarter: Quarter, q: &Query) -> Option<Page> {
        Period::new(self.snapshot(), quarter).ok().map(|p| risk::query(&p, q))
    }
}

/// One export of a group (several files opened at once, or a group board pack): its file name, the
/// SHA-256 of its exact bytes (shown even when it did not load), and the export or why not. One bad
/// file is a problem for that company and does not block the others.
#[derive(Debug, Clone)]
pub struct Company {
    /// The file name (the label `csm bundle` embedded, or the chosen file's name).
    pub label: Rc<str>,
    /// Lower-case hex SHA-256 of the file's bytes.
    pub sha256: Rc<str>,
    /// The validated export, or why there is none.
    pub export: Result<Export, Rc<Failure>>,
}

impl PartialEq for Company {
    fn eq(&self, other: &Self) -> bool {
        let same = match (&self.export, &other.export) {
            (Ok(a), Ok(b)) => a == b,
            (Err(a), Err(b)) => Rc::ptr_eq(a, b),
            _ => false,
        };
        same && self.label == other.label && self.sha256 == other.sha256
    }
}

/// Validates one file of a group with the core loader ([`load_with`], as for one export); its SHA-256 is
/// `digest` if the browser computed it (`services::digest`), else [`sha256_hex`] — hashed once.
pub fn accept_company(label: &str, bytes: Result<&[u8], Failure>, digest: Option<Rc<str>>) -> Company {
    match bytes {
        Ok(bytes) => company_of(label, bytes, load_with(bytes, |_| ()), digest),
        Err(failure) => Company { label: label.into(), sha256: "".into(), export: Err(Rc::new(failure)) },
    }
}

/// One file of a group once the core loader has judged its `bytes` ([`load_with`]): its SHA-256 is
/// `digest` if the browser computed it, else [`sha256_hex`] — shown even when the file did not load.
pub fn company_of(label: &str, bytes: &[u8], loaded: Result<Snapshot, Failure>, digest: Option<Rc<str>>) -> Company {
    let sha256: Rc<str> = digest.unwrap_or_else(|| sha256_hex(bytes).into());
    let export = loaded.map(|s| export_with(s, bytes, Some(Rc::clone(&sha256)), |_| ()));
    Company { label: label.into(), sha256, export: export.map_err(Rc::new) }
}

/// The group on screen: its companies in the order given (the parent first) and core's comparison for
/// the group's quarter (`csm_core::group::compare`, computed once per quarter).
#[derive(Debug, Clone)]
pub struct Group {
    /// The companies' files.
    pub companies: Rc<[Company]>,
    /// Core's comparison for the group's quarter.
    pub comparison: Rc<GroupComparison>,
}

impl PartialEq for Group {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.companies, &other.companies) && Rc::ptr_eq(&self.comparison, &other.comparison)
    }
}

impl Group {
    /// Compares `companies` for `quarter` (the latest any export holds when `None`).
    pub fn new(companies: Rc<[Company]>, quarter: Option<Quarter>) -> Group {
        const NONE: &[snapshot::Problem] = &[];
        let members: Vec<Member<'_>> = companies
            .iter()
            .map(|c| match &c.export {
                Ok(export) => Member::loaded(&c.label, &export.snapshot),
                Err(failure) => match &**failure {
                    Failure::Rejected(problems) => Member::unreadable(&c.label, &problems.0),
                    Failure::Unavailable(_) => Member::unreadable(&c.label, NONE),
                },
            })
            .collect();
        let comparison = Rc::new(group::compare(&members, quarter));
        Group { companies, comparison }
    }

    /// Whether any loaded company holds `quarter`.
    pub fn holds(&self, quarter: Quarter) -> bool {
        self.comparison.companies.iter().any(|r| r.quarters.contains(&quarter))
    }

    /// Every quarter some company holds, oldest first.
    pub fn quarters(&self) -> Vec<Quarter> {
        let mut all: Vec<Quarter> = self.comparison.companies.iter().flat_map(|r| r.quarters.iter().copied()).collect();
        csm_core::order::sort(&mut all);
        all.dedup();
        all
    }
}

/// The quarter the chosen one is compared with and every difference core computes against it,
/// computed once by the store when the export, the quarter or the comparison changes.
#[derive(Debug, Clone, PartialEq)]
pub struct Baseline {
    /// The comparison quarter.
    pub quarter: Quarter,
    /// Its board summary.
    pub summary: Rc<BoardSummary>,
    /// Whether it is the quarter just before the chosen one (core's own changes then apply, such as
    /// the change of the expected loss).
    pub previous: bool,
    /// The chosen quarter's check sheet against this one's (core's `checksheet::compare`).
    pub checksheet: Comparison,
    /// Each KPI's change against this quarter (core's `kpi::change_between`), for KPIs with a value
    /// in both.
    pub kpis: Vec<(KpiId, KpiChange)>,
    /// The change of the expected annual loss (core's, against the previous quarter only) and
    /// whether it is for the better.
    pub loss: Option<(i64, Trend)>,
    /// The risks that moved since this quarter (core's `risk::movements_since`).
    pub moves: Option<Moves>,
}

impl Baseline {
    /// The comparison quarter in the organisation's fiscal year, as a person reads it.
    pub fn fiscal(&self) -> FiscalQuarter {
        self.summary.fiscal(self.quarter)
    }

    /// Compares `now` (the summary of `snapshot`'s quarter) with `then`, another quarter's.
    pub fn new(snapshot: &Snapshot, now: &BoardSummary, then: Rc<BoardSummary>) -> Baseline {
        let previous = now.previous_quarter == Some(then.quarter);
        let kpis =
            now.kpis.kpis.iter().filter_map(|k| Some((k.id, kpi::change_between(k, then.kpis.get(k.id)?)?))).collect();
        // More expected loss is worse news.
        let loss = now
            .headline
            .expected_loss_change_yen
            .filter(|_| previous)
            .map(|c| (c, Polarity::LowerIsBetter.trend(c as f64)));
        // Against the quarter before, the summary has listed the movements already (core's
        // `risk_view`, the same `movements` of the same two registers).
        let moves = if previous {
            Some(Moves::counted(then.quarter, now.risk.movements.clone()))
        } else {
            Period::new(snapshot, now.quarter)
                .ok()
                .zip(Period::new(snapshot, then.quarter).ok())
                .map(|(now, since)| risk::movements_since(&now, &since))
        };
        Baseline {
            quarter: then.quarter,
            checksheet: checksheet::compare(&now.checksheet, &then.checksheet),
            summary: then,
            previous,
            kpis,
            loss,
            moves,
        }
    }

    /// KPI `id`'s change against the comparison quarter.
    pub fn kpi(&self, id: KpiId) -> Option<KpiChange> {
        self.kpis.iter().find(|(k, _)| *k == id).map(|(_, c)| *c)
    }
}

/// The state of the latest load.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadState {
    /// No load in progress and the latest one (if any) succeeded.
    Idle,
    /// A load is in progress.
    Loading {
        /// Identifies the load; results of older loads are ignored.
        ticket: u32,
        /// What is being loaded.
        origin: Origin,
        /// How much of a chosen file has been read, in percent (`None` until the browser reports).
        progress: Option<u8>,
    },
    /// The latest load failed. Any snapshot loaded before stays on screen.
    Failed {
        /// What failed to load.
        origin: Origin,
        /// Why.
        failure: Rc<Failure>,
    },
}

/// The dashboard's phase as reflected in the host's `data-state` attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostState {
    /// A load is in progress.
    Loading,
    /// The latest load succeeded (or its failure was dismissed) and a snapshot is shown.
    Ready,
    /// The latest load failed.
    Error,
    /// Nothing loaded, nothing loading: waiting for the user to choose a file.
    Empty,
}

impl HostState {
    /// The `data-state` value.
    pub fn code(self) -> &'static str {
        match self {
            HostState::Loading => "loading",
            HostState::Ready => "ready",
            HostState::Error => "error",
            HostState::Empty => "empty",
        }
    }
}

/// Everything the dashboard shows. Equality compares the computed summaries, the comparison, the
/// trends and the group by identity ([`same`]): the store replaces them when it recomputes them, and
/// comparing a 20,000-risk summary by content took 14–16 ms on every view switch.
#[derive(Debug, Clone)]
pub struct State {
    /// The snapshot on screen, if any.
    pub current: Option<Loaded>,
    /// The quarter the board is looking at (defaults to the latest).
    pub quarter: Option<Quarter>,
    /// The quarter to compare with (defaults to the one before `quarter`; `None` when there is none).
    pub compare: Option<Quarter>,
    /// The board summary of `quarter`, computed by `csm_core::summary` when the quarter changes.
    pub summary: Option<Rc<BoardSummary>>,
    /// The board summary of `compare`.
    pub compare_summary: Option<Rc<BoardSummary>>,
    /// `summary` compared with `compare_summary` (`None` without a comparison quarter).
    pub baseline: Option<Rc<Baseline>>,
    /// The board summaries of the export's quarters computed last, so that going back to a quarter
    /// (or comparing with one just shown) does not compute its summary again.
    pub summaries: SummaryCache,
    /// The trends over every quarter of the export on screen (core's `trend::trends_of` and
    /// `trend::decisions_taken`), computed when the trends view is first shown for that export and
    /// kept until another export is on screen: the first render and a quarter switch never compute them.
    pub trends: Option<Rc<Trends>>,
    /// Display language.
    pub language: Language,
    /// Whether the language was chosen (by the person or the host page) rather than defaulted; a
    /// chosen language is kept when a snapshot with another default language loads.
    pub language_chosen: bool,
    /// The latest load.
    pub load: LoadState,
    /// The view on screen.
    pub view: ViewId,
    /// The residual heat-map cell `(likelihood, impact)` the risks view filters its register to
    /// (kept in the route; `None` off the risks view).
    pub cell: Option<(u8, u8)>,
    /// The quarter and comparison a deep link asked for before any export was on screen; applied to
    /// the first export that loads.
    pub requested: Option<(Option<Quarter>, Compare)>,
    /// The group, when several exports are open (`None` with one: the dashboard is as it always was).
    pub group: Option<Rc<Group>>,
    /// The group company whose own dashboard is on screen (its position in the group); `None` on the
    /// group view or without a group.
    pub company: Option<usize>,
    /// The company a deep link asked for before the group loaded.
    pub requested_company: Option<usize>,
}

impl PartialEq for State {
    fn eq(&self, other: &Self) -> bool {
        // Destructured, so a field added to `State` cannot be forgotten here.
        let State {
            current,
            quarter,
            compare,
            summary,
            compare_summary,
            baseline,
            summaries,
            trends,
            language,
            language_chosen,
            load,
            view,
            cell,
            requested,
            group,
            company,
            requested_company,
        } = self;
        *current == other.current
            && *quarter == other.quarter
            && *compare == other.compare
            && same(summary, &other.summary)
            && same(compare_summary, &other.compare_summary)
            && same(baseline, &other.baseline)
            && *summaries == other.summaries
            && same(trends, &other.trends)
            && *language == other.language
            && *language_chosen == other.language_chosen
            && *load == other.load
            && *view == other.view
            && *cell == other.cell
            && *requested == other.requested
            && same(group, &other.group)
            && *company == other.company
            && *requested_company == other.requested_company
    }
}

/// Whether two computed values are the same allocation (or both absent): what the store recomputes
/// it replaces, so the same allocation is the same value.
pub fn same<T>(a: &Option<Rc<T>>, b: &Option<Rc<T>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
        (None, None) => true,
        _ => false,
    }
}

/// Everything that changes the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A load started.
    Begin {
        /// A number larger than every earlier load's.
        ticket: u32,
        /// What is being loaded.
        origin: Origin,
    },
    /// A load ended.
    Finish {
        /// The ticket given to [`Action::Begin`].
        ticket: u32,
        /// The validated export, or why there is none.
        result: Result<Export, Failure>,
    },
    /// The person chose a quarter (the comparison moves to the quarter before it).
    ChooseQuarter(Quarter),
    /// The person chose a quarter to compare with, or none.
    ChooseCompare(Option<Quarter>),
    /// The person chose a language.
    ChooseLanguage(Language),
    /// The person closed the problems panel.
    DismissFailure,
    /// The browser reported reading progress of a chosen file.
    Progress {
        /// The ticket given to [`Action::Begin`].
        ticket: u32,
        /// Bytes read so far.
        loaded: f64,
        /// Bytes in the file.
        total: f64,
    },
    /// The person chose a view.
    ChooseView(ViewId),
    /// The person chose a residual heat-map cell on the summary: the risks view opens with its
    /// register filtered to that cell.
    OpenCell((u8, u8)),
    /// The person chose (or cleared) a residual heat-map cell on the risks view.
    ChooseCell(Option<(u8, u8)>),
    /// A deep link (or the back button) asks for a route: view, quarter, comparison, language.
    Navigate(Route),
    /// A load of several files ended (a group board pack, or several files chosen or dropped at
    /// once). With one file it is [`Action::Finish`].
    FinishGroup {
        /// The ticket given to [`Action::Begin`].
        ticket: u32,
        /// Each file, validated, in the order given.
        companies: Vec<Company>,
    },
    /// The person opened a group company's own dashboard at `view` (the group view opens its summary).
    OpenCompany {
        /// The company's position in the group.
        position: usize,
        /// The view to open.
        view: ViewId,
    },
    /// The person went back from a company's dashboard to the group view.
    BackToGroup,
}

impl State {
    /// The initial state: `host` is the host page's language, if it sets one; `browser` the
    /// browser's. Until a snapshot says otherwise the default is the browser's, else Japanese.
    pub fn new(host: Option<Language>, browser: Option<Language>) -> State {
        State {
            current: None,
            quarter: None,
            compare: None,
            summary: None,
            compare_summary: None,
            baseline: None,
            summaries: SummaryCache::default(),
            trends: None,
            language: host.or(browser).unwrap_or(Language::Ja),
            language_chosen: host.is_some(),
            load: LoadState::Idle,
            view: ViewId::Summary,
            cell: None,
            requested: None,
            group: None,
            company: None,
            requested_company: None,
        }
    }

    /// The route the dashboard shows (what its URL fragment says). Before an export is on screen
    /// the quarter and comparison are those a deep link asked for.
    pub fn route(&self) -> Route {
        let (quarter, compare) = match (&self.current, self.requested) {
            (Some(_), _) => (self.quarter, Compare::from_choice(self.compare)),
            (None, Some(requested)) => requested,
            (None, None) => (None, Compare::Previous),
        };
        let (quarter, company) = match (&self.group, self.company) {
            (Some(_), None) => (self.quarter, None),
            (Some(_), Some(c)) => (quarter, Some(c)),
            (None, _) => (quarter, self.requested_company),
        };
        Route { view: self.view, quarter, compare, language: Some(self.language), cell: self.cell, company }
    }

    /// Whether the group view is on screen.
    pub fn on_group(&self) -> bool {
        self.group.is_some() && self.company.is_none()
    }

    /// Whether `quarter` is one of the loaded export's quarters.
    fn holds(&self, quarter: Quarter) -> bool {
        self.current.as_ref().is_some_and(|c| c.snapshot().quarters.iter().any(|q| q.quarter == quarter))
    }

    /// Applies a requested quarter and comparison to the loaded export (quarters it lacks are
    /// ignored, keeping the current choice).
    fn apply(&mut self, quarter: Option<Quarter>, compare: Compare) {
        let Some(current) = self.current.as_ref() else { return };
        let snapshot = current.snapshot();
        if let Some(q) = quarter.filter(|q| self.holds(*q)) {
            self.quarter = Some(q);
        }
        self.compare = match compare {
            Compare::Previous => previous_of(snapshot, self.quarter),
            Compare::Nothing => None,
            Compare::Quarter(q) if self.holds(q) => Some(q),
            Compare::Quarter(_) => previous_of(snapshot, self.quarter),
        };
    }

    /// The phase for `data-state`.
    pub fn phase(&self) -> HostState {
        match (&self.load, self.current.is_some() || self.group.is_some()) {
            (LoadState::Loading { .. }, _) => HostState::Loading,
            (LoadState::Failed { .. }, _) => HostState::Error,
            (LoadState::Idle, true) => HostState::Ready,
            (LoadState::Idle, false) => HostState::Empty,
        }
    }

    /// Opens company `position`'s own dashboard at `view`, at the group's quarter when it holds it
    /// (else its latest). `false` when there is no such loaded company.
    fn open_company(&mut self, position: usize, view: ViewId) -> bool {
        let Some(group) = self.group.clone() else { return false };
        let Some(Company { label, export: Ok(export), .. }) = group.companies.get(position) else { return false };
        let quarter = self.quarter;
        let snapshot = export.snapshot.clone();
        self.current = Some(Loaded { export: export.clone(), origin: Origin::File(label.to_string()) });
        self.company = Some(position);
        self.view = if view == ViewId::Group { ViewId::Summary } else { view };
        self.cell = None;
        self.quarter = quarter
            .filter(|q| snapshot.quarters.iter().any(|r| r.quarter == *q))
            .or_else(|| snapshot.quarters.last().map(|q| q.quarter));
        self.compare = previous_of(&snapshot, self.quarter);
        true
    }

    /// Back to the group view at the group's quarter.
    fn back_to_group(&mut self) {
        if let Some(group) = &self.group {
            self.company = None;
            self.view = ViewId::Group;
            self.cell = None;
            self.quarter = group.comparison.quarter;
            self.compare = None;
        }
    }
}

/// How much of `total` bytes `loaded` is, in whole percent, 0..=100 (0 when the size is unknown).
pub fn percent(loaded: f64, total: f64) -> u8 {
    if !loaded.is_finite() || total.is_nan() || total <= 0.0 {
        return 0;
    }
    (loaded * 100.0 / total).clamp(0.0, 100.0).floor() as u8
}

/// A stage of a load ([`load_with`], [`export_with`]) that has just ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The core loader is about to run.
    LoadStart,
    /// The core loader returned (a snapshot or its problems).
    LoadEnd,
    /// The SHA-256 of the bytes is computed.
    HashEnd,
}

/// The core loader's verdict on an export's `bytes` — the same code the CLI runs — telling `stage` as
/// each stage ends (the app sets a `performance.mark` there; the store itself does no I/O).
pub fn load_with(bytes: &[u8], mut stage: impl FnMut(Stage)) -> Result<Snapshot, Failure> {
    stage(Stage::LoadStart);
    let loaded = snapshot::load(bytes);
    stage(Stage::LoadEnd);
    loaded.map_err(Failure::Rejected)
}

/// A loaded snapshot with the SHA-256 of its `bytes` — `digest`
/// if the browser computed it (`services::digest`), else [`sha256_hex`].
pub fn export_with(snapshot: Snapshot, bytes: &[u8], digest: Option<Rc<str>>, mut stage: impl FnMut(Stage)) -> Export {
    let sha256 = digest.unwrap_or_else(|| sha256_hex(bytes).into());
    stage(Stage::HashEnd);
    Export { snapshot: Rc::new(snapshot), sha256 }
}

/// Lower-case hex SHA-256 of `bytes`, computed in Rust (`sha2`): where the browser did not hash them.
pub fn sha256_hex(bytes: &[u8]) -> String {
    crate::services::digest::hex(&Sha256::digest(bytes))
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Begin { ticket, origin } => next.load = LoadState::Loading { ticket, origin, progress: None },
            Action::Finish { ticket, result } => {
                let origin = match &self.load {
                    LoadState::Loading { ticket: current, origin, .. } if *current == ticket => origin.clone(),
                    _ => return self, // a newer load superseded this one
                };
                match result {
                    Ok(export) => {
                        let snapshot = &export.snapshot;
                        next.quarter = snapshot.quarters.last().map(|q| q.quarter);
                        next.compare = previous_of(snapshot, next.quarter);
                        if let (false, Some(language)) = (self.language_chosen, snapshot.language) {
                            next.language = language;
                        }
                        next.current = Some(Loaded { export, origin });
                        next.load = LoadState::Idle;
                        if let Some((quarter, compare)) = next.requested.take() {
                            next.apply(quarter, compare);
                        }
                    }
                    Err(failure) => next.load = LoadState::Failed { origin, failure: Rc::new(failure) },
                }
            }
            Action::FinishGroup { ticket, companies } => {
                match &self.load {
                    LoadState::Loading { ticket: current, .. } if *current == ticket => {}
                    _ => return self,
                }
                if companies.len() == 1 {
                    let company = companies.into_iter().next().map(|c| c.export.map_err(|f| (*f).clone()));
                    let Some(result) = company else { return self };
                    return self.reduce(Action::Finish { ticket, result });
                }
                let group = Group::new(companies.into(), next.requested.and_then(|(q, _)| q));
                let language = group.comparison.companies.iter().find_map(|r| {
                    group
                        .companies
                        .get(r.position)
                        .and_then(|c| c.export.as_ref().ok())
                        .and_then(|e| e.snapshot.language)
                });
                if let (false, Some(language)) = (self.language_chosen, language) {
                    next.language = language;
                }
                next.quarter = group.comparison.quarter;
                next.compare = None;
                next.group = Some(Rc::new(group));
                next.current = None;
                next.company = None;
                next.load = LoadState::Idle;
                let asked = next.view;
                next.view = ViewId::Group;
                next.requested = None;
                if let Some(position) = next.requested_company.take() {
                    next.open_company(position, asked);
                }
            }
            Action::OpenCompany { position, view } => {
                if self.company == Some(position) && self.view == view || !next.open_company(position, view) {
                    return self;
                }
            }
            Action::BackToGroup => {
                if self.group.is_none() || self.on_group() {
                    return self;
                }
                next.back_to_group();
            }
            Action::ChooseQuarter(quarter) if self.on_group() => {
                if self.quarter == Some(quarter) || !self.group.as_ref().is_some_and(|g| g.holds(quarter)) {
                    return self;
                }
                next.quarter = Some(quarter);
            }
            Action::ChooseQuarter(quarter) => {
                let known =
                    self.current.as_ref().is_some_and(|c| c.snapshot().quarters.iter().any(|q| q.quarter == quarter));
                if !known || self.quarter == Some(quarter) {
                    return self;
                }
                next.quarter = Some(quarter);
                next.compare = self.current.as_ref().and_then(|c| previous_of(c.snapshot(), Some(quarter)));
            }
            Action::ChooseCompare(compare) => {
                let known = compare.is_none_or(|q| {
                    self.current.as_ref().is_some_and(|c| c.snapshot().quarters.iter().any(|r| r.quarter == q))
                });
                if !known || self.compare == compare {
                    return self;
                }
                next.compare = compare;
            }
            Action::ChooseLanguage(language) => {
                next.language = language;
                next.language_chosen = true;
            }
            Action::DismissFailure => {
                if !matches!(self.load, LoadState::Failed { .. }) {
                    return self;
                }
                next.load = LoadState::Idle;
            }
            Action::Progress { ticket, loaded, total } => {
                let LoadState::Loading { ticket: current, progress, .. } = &mut next.load else { return self };
                let pct = Some(percent(loaded, total));
                if *current != ticket || *progress == pct {
                    return self;
                }
                *progress = pct;
            }
            Action::ChooseView(view) => {
                if self.view == view || view == ViewId::Group && self.group.is_none() {
                    return self;
                }
                next.view = view;
                next.cell = None;
            }
            Action::OpenCell(cell) => {
                if (self.view, self.cell) == (ViewId::Risks, Some(cell)) {
                    return self;
                }
                next.view = ViewId::Risks;
                next.cell = Some(cell);
            }
            Action::ChooseCell(cell) => {
                if self.view != ViewId::Risks || self.cell == cell {
                    return self;
                }
                next.cell = cell;
            }
            Action::Navigate(route) if self.group.is_some() => {
                if let Some(language) = route.language {
                    next.language = language;
                    next.language_chosen = true;
                }
                match route.company {
                    Some(position) if route.view != ViewId::Group => {
                        if next.open_company(position, route.view) {
                            next.cell = route.cell.filter(|_| route.view == ViewId::Risks);
                            next.apply(route.quarter, route.compare);
                        }
                    }
                    _ => {
                        next.back_to_group();
                        if let Some(q) = route.quarter.filter(|q| self.group.as_ref().is_some_and(|g| g.holds(*q))) {
                            next.quarter = Some(q);
                        }
                    }
                }
                if next.route() == self.route() && next.language_chosen == self.language_chosen {
                    return self;
                }
            }
            Action::Navigate(route) => {
                next.requested_company = route.company;
                if route.view == ViewId::Group && next.current.is_some() {
                    return self;
                }
                next.view = route.view;
                next.cell = route.cell.filter(|_| route.view == ViewId::Risks);
                if let Some(language) = route.language {
                    next.language = language;
                    next.language_chosen = true;
                }
                if next.current.is_some() {
                    next.apply(route.quarter, route.compare);
                } else {
                    next.requested = Some((route.quarter, route.compare));
                }
                let unchanged = (next.view, next.cell, next.language, next.language_chosen, next.quarter, next.compare)
                    == (self.view, self.cell, self.language, self.language_chosen, self.quarter, self.compare)
                    && next.requested == self.requested
                    && next.requested_company == self.requested_company;
                if unchanged {
                    return self;
                }
            }
        }
        next.refresh_summaries(&self);
        Rc::new(next)
    }
}

/// The quarter before `quarter` in the export, if any.
fn previous_of(snapshot: &Snapshot, quarter: Option<Quarter>) -> Option<Quarter> {
    let i = snapshot.quarters.iter().position(|q| Some(q.quarter) == quarter)?;
    i.checked_sub(1).map(|p| snapshot.quarters[p].quarter)
}

/// The board summaries of the on-screen export's most recently shown quarters (at most
/// [`SummaryCache::CAPACITY`], newest first). A summary depends only on the export and the quarter, so
/// a cached one is the summary core would compute again. Equality is identity of the summaries.
#[derive(Debug, Clone, Default)]
pub struct SummaryCache(Vec<Rc<BoardSummary>>);

impl SummaryCache {
    /// How many quarters' summaries are kept: the chosen and compared quarters and the two before.
    pub const CAPACITY: usize = 4;

    /// The summary of `quarter`, if cached.
    pub fn get(&self, quarter: Quarter) -> Option<Rc<BoardSummary>> {
        self.0.iter().find(|s| s.quarter == quarter).cloned()
    }

    /// The cache with `summary` as its newest entry (a summary of the same quarter replaced).
    fn with(&self, summary: &Rc<BoardSummary>) -> SummaryCache {
        let mut kept: Vec<Rc<BoardSummary>> = Vec::with_capacity(Self::CAPACITY);
        kept.push(summary.clone());
        kept.extend(self.0.iter().filter(|s| s.quarter != summary.quarter).take(Self::CAPACITY - 1).cloned());
        SummaryCache(kept)
    }

    /// The quarters cached, newest first.
    #[cfg(test)]
    fn quarters(&self) -> Vec<Quarter> {
        self.0.iter().map(|s| s.quarter).collect()
    }
}

impl PartialEq for SummaryCache {
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len() && self.0.iter().zip(&other.0).all(|(a, b)| Rc::ptr_eq(a, b))
    }
}

impl State {
    /// Recomputes the summaries whose inputs changed since `before` (pure: core computes them, once
    /// per quarter of an export: a quarter shown again takes its summary from the cache).
    fn refresh_summaries(&mut self, before: &State) {
        if let Some(group) = &self.group {
            let same_group = before.group.as_ref().is_some_and(|b| Rc::ptr_eq(b, group));
            if self.company.is_none() && group.comparison.quarter != self.quarter && self.quarter.is_some() {
                self.group = Some(Rc::new(Group::new(group.companies.clone(), self.quarter)));
            } else if !same_group && group.comparison.quarter != self.quarter && self.company.is_none() {
                self.quarter = group.comparison.quarter;
            }
        }
        let same_export = self.current.as_ref().map(|c| &c.export) == before.current.as_ref().map(|c| &c.export);
        if !same_export {
            self.summaries = SummaryCache::default();
            self.trends = None;
        }
        let compute = |q: Option<Quarter>, current: &Option<Loaded>, cache: &mut SummaryCache| {
            let (q, c) = (q?, current.as_ref()?);
            let summary = cache.get(q).or_else(|| summary::board_summary(c.snapshot(), q).ok().map(Rc::new))?;
            *cache = cache.with(&summary);
            Some(summary)
        };
        if !same_export || self.quarter != before.quarter {
            self.summary = compute(self.quarter, &self.current, &mut self.summaries);
        }
        let compare_changed = !same_export || self.compare != before.compare;
        if compare_changed {
            self.compare_summary = compute(self.compare, &self.current, &mut self.summaries);
        }
        if compare_changed || !same_export || self.quarter != before.quarter {
            self.baseline = match (&self.current, &self.summary, &self.compare_summary) {
                (Some(current), Some(now), Some(then)) if self.compare == Some(then.quarter) => {
                    Some(Rc::new(Baseline::new(current.snapshot(), now, then.clone())))
                }
                _ => None,
            };
        }
        if self.view == ViewId::Trends && self.trends.is_none() {
            self.trends = self.current.as_ref().map(|c| Rc::new(trends_of_export(c.snapshot(), &self.summaries)));
        }
    }
}

/// The trends of every quarter of `snapshot`: each quarter's summary taken from `cache` when it holds
/// it, else computed by core (the cache itself is left as it is: it keeps the quarters last shown).
fn trends_of_export(snapshot: &Snapshot, cache: &SummaryCache) -> Trends {
    let summaries: Vec<Rc<BoardSummary>> = snapshot
        .quarters
        .iter()
        .filter_map(|q| cache.get(q.quarter).or_else(|| summary::board_summary(snapshot, q.quarter).ok().map(Rc::new)))
        .collect();
    let mut t = trend::trends_of(&summaries);
    for (point, s) in t.quarters.iter_mut().zip(&summaries) {
        point.decisions_taken = trend::decisions_taken(s);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Loads `bytes` as the app does, hashing in Rust.
    fn accept(bytes: &[u8]) -> Result<Export, Failure> {
        load_with(bytes, |_| ()).map(|s| export_with(s, bytes, None, |_| ()))
    }
    use crate::routing;

    const MINIMAL: &str = include_str!("../../tests/fixtures/valid/minimal.json");

    fn valid() -> Export {
        accept(MINIMAL.as_bytes()).unwrap()
    }

    fn reduce(state: State, actions: impl IntoIterator<Item = Action>) -> State {
        let mut s = Rc::new(state);
        for a in actions {
            s = s.reduce(a);
        }
        Rc::try_unwrap(s).unwrap_or_else(|rc| (*rc).clone())
    }

    fn begin(ticket: u32, name: &str) -> Action {
        Action::Begin { ticket, origin: Origin::File(name.into()) }
    }

    #[test]
    fn initial_language_prefers_host_then_browser_then_japanese() {
        let s = State::new(Some(Language::En), Some(Language::Ja));
        assert_eq!((s.language, s.language_chosen), (Language::En, true));
        let s = State::new(None, Some(Language::En));
        assert_eq!((s.language, s.language_chosen), (Language::En, false));
        let s = State::new(None, None);
        assert_eq!((s.language, s.language_chosen), (Language::Ja, false));
        assert_eq!(s.phase(), HostState::Empty);
    }

    #[test]
    fn a_valid_load_shows_the_latest_quarter_in_the_snapshot_language() {
        let snap = valid();
        let s = reduce(State::new(None, Some(Language::En)), [begin(1, "a.json")]);
        assert_eq!(s.phase(), HostState::Loading);
        let s = reduce(s, [Action::Finish { ticket: 1, result: Ok(snap.clone()) }]);
        assert_eq!(s.phase(), HostState::Ready);
        assert_eq!(s.quarter, snap.snapshot.quarters.last().map(|q| q.quarter));
        assert_eq!(Some(s.language), snap.snapshot.language);
        assert_eq!(s.current.as_ref().map(|c| &c.origin), Some(&Origin::File("a.json".into())));
    }

    #[test]
    fn a_chosen_language_survives_a_new_snapshot() {
        let snap = valid();
        let other = match snap.snapshot.language {
            Some(Language::Ja) | None => Language::En,
            Some(Language::En) => Language::Ja,
        };
        let s = reduce(
            State::new(None, None),
            [Action::ChooseLanguage(other), begin(1, "a.json"), Action::Finish { ticket: 1, result: Ok(snap) }],
        );
        assert_eq!(s.language, other);
    }

    #[test]
    fn a_rejected_file_keeps_the_previous_snapshot() {
        let snap = valid();
        let problems = accept(b"{}").unwrap_err();
        let s = reduce(
            State::new(None, None),
            [
                begin(1, "good.json"),
                Action::Finish { ticket: 1, result: Ok(snap.clone()) },
                begin(2, "bad.json"),
                Action::Finish { ticket: 2, result: Err(problems.clone()) },
            ],
        );
        assert_eq!(s.phase(), HostState::Error);
        assert!(s.current.as_ref().is_some_and(|c| c.export == snap));
        match &s.load {
            LoadState::Failed { origin, failure } => {
                assert_eq!(origin, &Origin::File("bad.json".into()));
                assert_eq!(**failure, problems);
            }
            other => panic!("expected a failure, got {other:?}"),
        }
        let s = reduce(s, [Action::DismissFailure]);
        assert_eq!(s.phase(), HostState::Ready);
    }

    #[test]
    fn results_of_superseded_loads_are_ignored() {
        let snap = valid();
        let s = reduce(
            State::new(None, None),
            [begin(1, "slow.json"), begin(2, "fast.json"), Action::Finish { ticket: 1, result: Ok(snap.clone()) }],
        );
        assert_eq!(s.phase(), HostState::Loading);
        assert!(s.current.is_none());
        let s = reduce(s, [Action::Finish { ticket: 2, result: Ok(snap) }]);
        assert_eq!(s.current.map(|c| c.origin), Some(Origin::File("fast.json".into())));
    }

    #[test]
    fn only_quarters_of_the_snapshot_can_be_chosen() {
        let snap = valid();
        let first = snap.snapshot.quarters[0].quarter;
        let s = reduce(State::new(None, None), [begin(1, "a"), Action::Finish { ticket: 1, result: Ok(snap) }]);
        let s = reduce(s, [Action::ChooseQuarter(first)]);
        assert_eq!(s.quarter, Some(first));
        let absent: Quarter = "1999Q1".parse().unwrap();
        let s = reduce(s, [Action::ChooseQuarter(absent)]);
        assert_eq!(s.quarter, Some(first));
    }

    fn q(s: &str) -> Quarter {
        s.parse().unwrap()
    }

    #[test]
    fn a_quarter_shown_again_takes_its_summary_from_the_cache() {
        let s = reduce(State::new(None, None), [begin(1, "a"), Action::Finish { ticket: 1, result: accept(A) }]);
        let snapshot = s.current.as_ref().unwrap().export.snapshot.clone();
        let quarters: Vec<Quarter> = snapshot.quarters.iter().map(|r| r.quarter).collect();
        assert!(quarters.len() >= 6, "the A社 sample has enough quarters for this test");
        let (latest, before) = (quarters[quarters.len() - 1], quarters[quarters.len() - 2]);
        let shown = s.summary.clone().unwrap();
        let compared = s.compare_summary.clone().unwrap();
        assert_eq!((shown.quarter, compared.quarter), (latest, before));
        // Back one quarter: its summary is the one just compared with, not a new computation.
        let s = reduce(s, [Action::ChooseQuarter(before)]);
        assert!(Rc::ptr_eq(s.summary.as_ref().unwrap(), &compared));
        // Forward again: the first summary, which is what core computes afresh.
        let s = reduce(s, [Action::ChooseQuarter(latest)]);
        assert!(Rc::ptr_eq(s.summary.as_ref().unwrap(), &shown));
        assert_eq!(*shown, summary::board_summary(&snapshot, latest).unwrap());
        assert_eq!(s.summaries.quarters()[..2], [before, latest], "the compared quarter was looked up last");
        // Every quarter in turn: the cache keeps the most recent few only.
        let s = reduce(s, quarters.iter().rev().map(|q| Action::ChooseQuarter(*q)));
        assert_eq!(s.summaries.quarters().len(), SummaryCache::CAPACITY);
        assert_eq!(s.summaries.quarters()[0], quarters[0]);
        assert!(s.summaries.get(latest).is_none());
        // The same bytes loaded again are another export: nothing is taken from the old one's cache.
        let s = reduce(s, [Action::ChooseQuarter(latest)]);
        let s = reduce(s, [begin(2, "a"), Action::Finish { ticket: 2, result: accept(A) }]);
        assert!(!Rc::ptr_eq(s.summary.as_ref().unwrap(), &shown));
        assert_eq!(s.summaries.quarters(), vec![before, latest]);
    }

    fn loaded() -> State {
        reduce(State::new(None, None), [begin(1, "a"), Action::Finish { ticket: 1, result: Ok(valid()) }])
    }

    #[test]
    fn states_compare_their_computed_values_by_identity() {
        let s = loaded();
        assert!(s.summary.is_some());
        assert_eq!(s, s.clone(), "the same allocations");
        // The same summary computed again is equal by content but another allocation: another state
        // (the store replaces what it recomputes, so comparing contents is never needed).
        let mut again = s.clone();
        again.summary = again.summary.as_deref().cloned().map(Rc::new);
        assert_eq!(again.summary, s.summary);
        assert_ne!(again, s);
        let mut none = s.clone();
        none.summary = None;
        assert_ne!(none, s);
        // A plain field still counts.
        assert_ne!(State { view: ViewId::Risks, ..s.clone() }, State { view: ViewId::Summary, ..s });
    }

    #[test]
    fn a_deep_link_before_the_load_is_applied_to_the_export() {
        let route = Route {
            view: ViewId::Kpis,
            quarter: Some(q("2026Q1")),
            compare: Compare::Nothing,
            language: Some(Language::En),
            cell: None,
            company: None,
        };
        let s = reduce(State::new(None, None), [Action::Navigate(route)]);
        assert_eq!((s.view, s.language, s.language_chosen), (ViewId::Kpis, Language::En, true));
        assert_eq!(s.route(), route, "the route is kept until the export arrives");
        let s = reduce(s, [begin(1, "a"), Action::Finish { ticket: 1, result: Ok(valid()) }]);
        assert_eq!((s.quarter, s.compare), (Some(q("2026Q1")), None));
        assert_eq!(s.summary.as_ref().map(|x| x.quarter), Some(q("2026Q1")));
        assert!(s.compare_summary.is_none());
        assert_eq!(s.language, Language::En, "the link's language beats the snapshot's");
        assert_eq!(s.requested, None);
        assert_eq!(s.route(), route);
    }

    #[test]
    fn navigating_a_loaded_export_moves_view_quarter_and_comparison() {
        let s = loaded();
        assert_eq!((s.view, s.quarter, s.compare), (ViewId::Summary, Some(q("2026Q2")), Some(q("2026Q1"))));
        assert_eq!(s.compare_summary.as_ref().map(|x| x.quarter), Some(q("2026Q1")));
        // The comparisons are computed once, with the summaries.
        let baseline = s.baseline.clone().expect("a comparison with 2026Q1");
        assert_eq!((baseline.quarter, baseline.previous), (q("2026Q1"), true));
        assert_eq!(baseline.moves.as_ref().map(|m| m.since), Some(q("2026Q1")));
        assert_eq!(baseline.checksheet.quarter, q("2026Q1"));
        let now = s.summary.clone().unwrap();
        assert_eq!(baseline.loss.map(|l| l.0), now.headline.expected_loss_change_yen);
        for (id, change) in &baseline.kpis {
            assert_eq!(baseline.kpi(*id), Some(*change));
        }
        let s = reduce(s, [Action::Navigate(Route { quarter: Some(q("2026Q1")), ..Route::to(ViewId::Checksheet) })]);
        assert!(s.baseline.is_none(), "2026Q1 is the first quarter: nothing to compare with");
        assert_eq!((s.view, s.quarter, s.compare), (ViewId::Checksheet, Some(q("2026Q1")), None));
        assert_eq!(s.summary.as_ref().map(|x| x.quarter), Some(q("2026Q1")));
        // A quarter the export lacks keeps the current one; its comparison falls back to the previous.
        let s = reduce(
            s,
            [Action::Navigate(Route {
                quarter: Some(q("2030Q1")),
                compare: Compare::Quarter(q("2030Q2")),
                ..Route::to(ViewId::Kpis)
            })],
        );
        assert_eq!((s.view, s.quarter, s.compare), (ViewId::Kpis, Some(q("2026Q1")), None));
        let s = reduce(s, [Action::Navigate(Route { quarter: Some(q("2026Q2")), ..Route::to(ViewId::Kpis) })]);
        assert_eq!(s.compare, Some(q("2026Q1")));
        let s = reduce(s, [Action::ChooseView(ViewId::Summary)]);
        assert_eq!(s.view, ViewId::Summary);
    }

    #[test]
    fn a_heat_map_cell_opens_the_risks_view_and_stays_in_its_route() {
        let s = reduce(loaded(), [Action::OpenCell((3, 4))]);
        assert_eq!((s.view, s.cell), (ViewId::Risks, Some((3, 4))));
        assert_eq!(s.route().cell, Some((3, 4)));
        let s = reduce(s, [Action::ChooseCell(Some((1, 2)))]);
        assert_eq!(s.cell, Some((1, 2)));
        let s = reduce(s, [Action::ChooseCell(None)]);
        assert_eq!(s.cell, None);
        // Another view drops the filter; a cell chosen off the risks view is ignored.
        let s = reduce(s, [Action::OpenCell((2, 2)), Action::ChooseView(ViewId::Kpis)]);
        assert_eq!((s.view, s.cell), (ViewId::Kpis, None));
        let s = reduce(s, [Action::ChooseCell(Some((1, 1)))]);
        assert_eq!(s.cell, None);
        // A deep link restores it, on the risks view only.
        let s = reduce(s, [Action::Navigate(Route { cell: Some((4, 5)), ..Route::to(ViewId::Risks) })]);
        assert_eq!((s.view, s.cell), (ViewId::Risks, Some((4, 5))));
        let s = reduce(s, [Action::Navigate(Route { cell: Some((4, 5)), ..Route::to(ViewId::Summary) })]);
        assert_eq!(s.cell, None);
    }

    #[test]
    fn an_unchanged_route_keeps_the_same_state() {
        let s = Rc::new(reduce(loaded(), [Action::ChooseLanguage(Language::Ja)]));
        let same = s.clone().reduce(Action::Navigate(s.route()));
        assert!(Rc::ptr_eq(&s, &same), "no re-render for a route already shown");
        let same = s.clone().reduce(Action::ChooseView(ViewId::Summary));
        assert!(Rc::ptr_eq(&s, &same));
    }

    const A: &[u8] = include_bytes!("../../samples/a-company.json");
    const B: &[u8] = include_bytes!("../../samples/b-company.json");

    /// The trends are computed when the trends view is first shown (not on load, not on a quarter
    /// switch), once per export — kept across quarters and views — and dropped when another export is
    /// on screen. They are core's `trend::trends` of the export.
    #[test]
    fn trends_are_computed_once_per_export_when_shown() {
        let s = reduce(State::new(None, None), [begin(1, "a"), Action::Finish { ticket: 1, result: accept(A) }]);
        assert!(s.trends.is_none(), "the first render computes no trends");
        let latest = s.quarter.unwrap();
        let s = reduce(s, [Action::ChooseQuarter(q("2025Q2"))]);
        assert!(s.trends.is_none(), "a quarter switch computes no trends");
        let cached = s.summaries.clone();
        let s = reduce(s, [Action::ChooseView(ViewId::Trends)]);
        let shown = s.trends.clone().expect("trends on the trends view");
        let snapshot = s.current.as_ref().unwrap().export.snapshot.clone();
        assert_eq!(*shown, csm_core::trend::trends(&snapshot), "the same as core's trends of the export");
        assert_eq!(shown.quarters.len(), snapshot.quarters.len());
        assert_eq!(s.summaries, cached, "the cache is left as it was");
        let s = reduce(
            s,
            [Action::ChooseQuarter(latest), Action::ChooseView(ViewId::Kpis), Action::ChooseView(ViewId::Trends)],
        );
        assert!(Rc::ptr_eq(&shown, s.trends.as_ref().unwrap()), "computed once per export");
        // Another export: the trends go; shown again, they are the new export's.
        let s = reduce(
            s,
            [Action::ChooseView(ViewId::Summary), begin(2, "b"), Action::Finish { ticket: 2, result: accept(B) }],
        );
        assert!(s.trends.is_none(), "a new export drops the trends");
        let s = reduce(s, [Action::ChooseView(ViewId::Trends)]);
        let b = csm_core::trend::trends(&s.current.as_ref().unwrap().export.snapshot);
        assert_eq!(s.trends.as_deref(), Some(&b));
        // A new export loaded while the trends view is on screen computes its trends at once.
        let s = reduce(s, [begin(3, "a"), Action::Finish { ticket: 3, result: accept(A) }]);
        assert_eq!(s.trends.as_deref(), Some(&*shown));
        assert!(!Rc::ptr_eq(&shown, s.trends.as_ref().unwrap()));
    }

    /// A group company's own dashboard shows that company's trends; another company, its own.
    #[test]
    fn a_group_company_shows_its_own_trends() {
        let s = group_of(&[("a.json", A), ("b.json", B)]);
        assert!(s.trends.is_none());
        let s = reduce(s, [Action::OpenCompany { position: 1, view: ViewId::Trends }]);
        assert_eq!(s.trends.as_deref(), Some(&csm_core::trend::trends(&accept(B).unwrap().snapshot)));
        let s = reduce(s, [Action::BackToGroup, Action::OpenCompany { position: 0, view: ViewId::Trends }]);
        assert_eq!(s.trends.as_deref(), Some(&csm_core::trend::trends(&accept(A).unwrap().snapshot)));
    }

    fn group_of(files: &[(&str, &[u8])]) -> State {
        let companies = files.iter().map(|(label, bytes)| accept_company(label, Ok(bytes), None)).collect();
        reduce(State::new(None, None), [begin(1, "group"), Action::FinishGroup { ticket: 1, companies }])
    }

    #[test]
    fn several_files_open_the_group_view_and_one_bad_file_blocks_nothing() {
        let s = group_of(&[("b.json", B), ("bad.json", b"{"), ("a.json", A)]);
        assert_eq!(s.phase(), HostState::Ready);
        assert!(s.on_group() && s.current.is_none());
        assert_eq!(s.view, ViewId::Group);
        let group = s.group.clone().unwrap();
        assert_eq!(group.companies.len(), 3);
        assert_eq!(*group.companies[1].sha256, sha256_hex(b"{"), "a bad file's digest is still shown");
        assert!(matches!(&group.companies[1].export, Err(f) if matches!(**f, Failure::Rejected(_))));
        assert_eq!(group.comparison.compared, 2);
        assert_eq!(s.quarter, group.comparison.quarter);
        assert_eq!(
            s.route(),
            Route {
                quarter: s.quarter,
                compare: Compare::Previous,
                language: Some(s.language),
                ..Route::to(ViewId::Group)
            }
        );
    }

    #[test]
    fn one_file_through_the_group_path_is_the_dashboard_of_today() {
        let via_group = group_of(&[("a.json", A)]);
        let single =
            reduce(State::new(None, None), [begin(1, "group"), Action::Finish { ticket: 1, result: accept(A) }]);
        assert!(via_group.group.is_none());
        assert_eq!(
            (via_group.view, via_group.quarter, via_group.compare),
            (single.view, single.quarter, single.compare)
        );
        assert_eq!(via_group.summary, single.summary);
        // No group view without a group.
        let s = reduce(single, [Action::ChooseView(ViewId::Group)]);
        assert_eq!(s.view, ViewId::Summary);
    }

    #[test]
    fn a_cell_opens_the_company_at_the_same_quarter_and_back_returns_to_the_group() {
        let s = group_of(&[("b.json", B), ("a.json", A)]);
        let quarter = s.quarter;
        let s = reduce(s, [Action::OpenCompany { position: 1, view: ViewId::Checksheet }]);
        assert_eq!((s.company, s.view), (Some(1), ViewId::Checksheet));
        assert_eq!(s.current.as_ref().map(|c| c.origin.clone()), Some(Origin::File("a.json".into())));
        assert_eq!(
            s.summary.as_ref().map(|x| x.organisation.name.ja.clone()),
            Some(s.current.as_ref().unwrap().snapshot().organisation.name.clone())
        );
        assert!(
            quarter.is_none_or(|q| s.quarter == Some(q)
                || !s.current.as_ref().unwrap().snapshot().quarters.iter().any(|r| r.quarter == q))
        );
        assert_eq!(s.route().company, Some(1));
        assert!(routing::format(&s.route()).contains("company=1"));
        let s = reduce(s, [Action::ChooseView(ViewId::Kpis)]);
        assert_eq!((s.company, s.view), (Some(1), ViewId::Kpis), "the company's own views");
        let s = reduce(s, [Action::BackToGroup]);
        assert!(s.on_group());
        assert_eq!((s.view, s.quarter), (ViewId::Group, quarter));
        // An unreadable company cannot be opened.
        let s = group_of(&[("b.json", B), ("bad.json", b"{")]);
        let same = Rc::new(s);
        let after = same.clone().reduce(Action::OpenCompany { position: 1, view: ViewId::Summary });
        assert!(Rc::ptr_eq(&same, &after));
    }

    #[test]
    fn a_deep_link_to_a_company_opens_it_when_the_group_loads_and_back_follows_links() {
        let route = Route { company: Some(0), ..Route::to(ViewId::Risks) };
        let companies = vec![accept_company("b.json", Ok(B), None), accept_company("a.json", Ok(A), None)];
        let s = reduce(
            State::new(None, None),
            [Action::Navigate(route), begin(1, "group"), Action::FinishGroup { ticket: 1, companies }],
        );
        assert_eq!((s.company, s.view), (Some(0), ViewId::Risks));
        let s = reduce(s, [Action::Navigate(Route::to(ViewId::Group))]);
        assert!(s.on_group());
        let s = reduce(s, [Action::Navigate(Route { company: Some(1), ..Route::to(ViewId::Partners) })]);
        assert_eq!((s.company, s.view), (Some(1), ViewId::Partners));
    }

    #[test]
    fn the_group_quarter_recomputes_the_comparison() {
        let s = group_of(&[("b.json", B), ("a.json", A)]);
        let group = s.group.clone().unwrap();
        let quarters = group.quarters();
        let Some(first) = quarters.first().copied().filter(|q| Some(*q) != s.quarter) else { return };
        let s = reduce(s, [Action::ChooseQuarter(first)]);
        assert_eq!(s.quarter, Some(first));
        assert_eq!(s.group.as_ref().and_then(|g| g.comparison.quarter), Some(first));
        let absent: Quarter = "1999Q1".parse().unwrap();
        let same = Rc::new(s);
        assert!(Rc::ptr_eq(&same, &same.clone().reduce(Action::ChooseQuarter(absent))));
    }

    #[test]
    fn reading_progress_is_reported_in_whole_percent() {
        assert_eq!(percent(0.0, 0.0), 0);
        assert_eq!(percent(512.0, 1024.0), 50);
        assert_eq!(percent(1023.0, 1024.0), 99);
        assert_eq!(percent(2048.0, 1024.0), 100);
        assert_eq!(percent(f64::NAN, 10.0), 0);
        let s = reduce(State::new(None, None), [begin(3, "big.json")]);
        let s = reduce(s, [Action::Progress { ticket: 3, loaded: 25.0, total: 100.0 }]);
        assert!(matches!(s.load, LoadState::Loading { progress: Some(25), .. }));
        // Reports of another load are ignored.
        let s = reduce(s, [Action::Progress { ticket: 2, loaded: 90.0, total: 100.0 }]);
        assert!(matches!(s.load, LoadState::Loading { progress: Some(25), .. }));
        let s = Rc::new(s);
        let same = s.clone().reduce(Action::Progress { ticket: 3, loaded: 25.4, total: 100.0 });
        assert!(Rc::ptr_eq(&s, &same), "the same percentage does not re-render");
    }

    #[test]
    fn digests_are_those_of_the_exact_bytes() {
        assert_eq!(sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        let with_bom = [b"\xEF\xBB\xBF".as_slice(), MINIMAL.as_bytes()].concat();
        let (plain, bom) = (valid(), accept(&with_bom).unwrap());
        assert_eq!(*plain.sha256, sha256_hex(MINIMAL.as_bytes()));
        assert_ne!(plain.sha256, bom.sha256, "the BOM is part of the file");
        assert_eq!(plain.snapshot, bom.snapshot);
    }

    #[test]
    fn rejection_carries_located_problems() {
        match accept(br#"{"format":"csm-snapshot","version":1}"#) {
            Err(Failure::Rejected(p)) => assert!(p.iter().any(|p| p.path == "as_of")),
            other => panic!("expected located problems, got {other:?}"),
        }
    }
}
