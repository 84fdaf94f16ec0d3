//! The semantic rules of format v1. Each rule reports every violation with its JSON path and a message
//! in English and Japanese; `docs/FORMAT.md` lists the rules.
//!
//! Dates: an *event* must lie inside its quarter and not after `as_of`; a *state* date (last review,
//! closure, approval) must not lie after the quarter's reference date, the earlier of the quarter's end
//! and `as_of`.

use std::collections::{HashMap, HashSet};

use super::model::*;
use super::problem::{Problem, Rule};
use crate::calendar::{Date, Quarter};
use crate::catalog;

/// Every semantic problem of an already-parsed snapshot (empty when it is valid).
pub fn validate(s: &Snapshot) -> Vec<Problem> {
    let mut c = Checker { out: Vec::new() };
    if s.format != super::FORMAT {
        let v = &s.format;
        c.push(
            "format",
            Rule::Format,
            format!("unknown format \"{v}\"; this dashboard reads \"{}\" files", super::FORMAT),
            format!("未知のフォーマット \"{v}\" です。読めるのは \"{}\" です", super::FORMAT),
        );
    }
    if !super::SUPPORTED_VERSIONS.contains(&s.version) {
        let v = s.version;
        let supported = super::SUPPORTED_VERSIONS.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
        c.push(
            "version",
            Rule::Version,
            format!("version {v} is not supported; supported versions: {supported}"),
            format!("バージョン {v} には対応していません。対応バージョン: {supported}"),
        );
    }
    c.organisation(&s.organisation);
    let levels = c.matrix(&s.risk_matrix);
    c.quarters(s, &levels);
    c.out
}

struct Checker {
    out: Vec<Problem>,
}

/// Ids defined so far in earlier quarters (for "this or an earlier quarter" references).
#[derive(Default)]
struct Seen {
    trainings: HashSet<String>,
    incidents: HashSet<String>,
    sources: HashSet<String>, // assessments and audits
    drills: HashSet<String>,
    events: HashMap<String, String>, // export-wide unique event ids → first path
}

impl Checker {
    fn push(&mut self, path: impl Into<String>, rule: Rule, en: String, ja: String) {
        self.out.push(Problem::new(path, rule, en, ja));
    }

    fn text(&mut self, path: impl Fn() -> String, s: &str) {
        if s.trim().is_empty() {
            self.push(path(), Rule::Incomplete, "must not be empty".into(), "空にできません".into());
        }
    }

    fn range_u(&mut self, path: impl Fn() -> String, v: u64, lo: u64, hi: u64) {
        if v < lo || v > hi {
            self.push(
                path(),
                Rule::Range,
                format!("{v} is outside {lo}..{hi}"),
                format!("{v} は範囲 {lo}..{hi} の外です"),
            );
        }
    }

    fn range_f(&mut self, path: impl Fn() -> String, v: f64, lo: f64, hi: f64) {
        if !v.is_finite() || v < lo || v > hi {
            self.push(
                path(),
                Rule::Range,
                format!("{v} is outside {lo}..{hi}"),
                format!("{v} は範囲 {lo}..{hi} の外です"),
            );
        }
    }

    fn not_after(&mut self, path: impl Fn() -> String, d: Date, limit: Date, what_en: &str, what_ja: &str) {
        if d > limit {
            self.push(
                path(),
                Rule::Date,
                format!("{d} is after {what_en} ({limit})"),
                format!("{d} は{what_ja}（{limit}）より後です"),
            );
        }
    }

    fn not_before(&mut self, path: impl Fn() -> String, d: Date, limit: Date, what_en: &str, what_ja: &str) {
        if d < limit {
            self.push(
                path(),
                Rule::Date,
                format!("{d} is before {what_en} ({limit})"),
                format!("{d} は{what_ja}（{limit}）より前です"),
            );
        }
    }

    fn event_date(&mut self, path: impl Fn() -> String, d: Date, q: Quarter, as_of: Date) {
        if !q.contains(d) {
            self.push(
                path(),
                Rule::Date,
                format!("{d} is outside its quarter {q} ({} to {})", q.start(), q.end()),
                format!("{d} は四半期 {q}（{}〜{}）の外です", q.start(), q.end()),
            );
        } else {
            self.not_after(path, d, as_of, "the export's as_of date", "エクスポートの基準日 as_of");
        }
    }

    fn state_date(&mut self, path: impl Fn() -> String, d: Date, reference: Date) {
        self.not_after(path, d, reference, "the quarter's reference date", "四半期の基準日");
    }

    fn unique<'a>(&mut self, base: &str, ids: impl Iterator<Item = &'a str>) -> HashSet<String> {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (i, id) in ids.enumerate() {
            let path = || format!("{base}[{i}].id");
            self.text(path, id);
            if let Some(first) = seen.get(id) {
                self.push(
                    path(),
                    Rule::DuplicateId,
                    format!("id \"{id}\" is already used by {base}[{first}]"),
                    format!("ID \"{id}\" は {base}[{first}] と重複しています"),
                );
            } else {
                seen.insert(id, i);
            }
        }
        seen.into_keys().map(str::to_owned).collect()
    }

    fn reference(
        &mut self,
        path: impl Fn() -> String,
        id: &str,
        known: &HashSet<String>,
        what_en: &str,
        what_ja: &str,
    ) {
        if !known.contains(id) {
            self.push(
                path(),
                Rule::DanglingReference,
                format!("\"{id}\" does not name {what_en}"),
                format!("\"{id}\" に該当する{what_ja}がありません"),
            );
        }
    }

    fn event_id(&mut self, seen: &mut Seen, path: impl Fn() -> String, id: &str) {
        self.text(&path, id);
        if let Some(first) = seen.events.get(id) {
            self.push(
                path(),
                Rule::DuplicateId,
                format!("id \"{id}\" is already used by {first}"),
                format!("ID \"{id}\" は {first} と重複しています"),
            );
        } else {
            seen.events.insert(id.to_owned(), path());
        }
    }

    fn organisation(&mut self, o: &Organisation) {
        self.text(|| "organisation.name".into(), &o.name);
        self.text(|| "organisation.industry".into(), &o.industry);
        self.range_u(|| "organisation.employees".into(), o.employees.into(), 1, 10_000_000);
        self.unique("organisation.group_companies", o.group_companies.iter().map(|g| g.id.as_str()));
        for (i, g) in o.group_companies.iter().enumerate() {
            self.text(|| format!("organisation.group_companies[{i}].name"), &g.name);
        }
    }

    /// Checks the matrix; returns the level ids in order (empty if unusable).
    fn matrix(&mut self, m: &RiskMatrix) -> Vec<String> {
        let base = "risk_matrix";
        let mut ok = true;
        for (key, scale) in [("likelihood", &m.likelihood), ("impact", &m.impact)] {
            let n = scale.len();
            if !(3..=6).contains(&n) {
                ok = false;
                self.push(
                    format!("{base}.{key}"),
                    Rule::Matrix,
                    format!("{n} levels; a matrix has 3 to 6"),
                    format!("段階が {n} 個です。3〜6 段階にしてください"),
                );
            }
            for (i, l) in scale.iter().enumerate() {
                self.text(|| format!("{base}.{key}[{i}].name"), &l.name);
                self.text(|| format!("{base}.{key}[{i}].name_en"), &l.name_en);
            }
        }
        if !(2..=6).contains(&m.levels.len()) {
            ok = false;
            let n = m.levels.len();
            self.push(
                format!("{base}.levels"),
                Rule::Matrix,
                format!("{n} risk levels; use 2 to 6"),
                format!("リスクレベルが {n} 個です。2〜6 個にしてください"),
            );
        }
        let before = self.out.len();
        self.unique(&format!("{base}.levels"), m.levels.iter().map(|l| l.id.as_str()));
        if self.out.len() > before {
            ok = false;
        }
        for (i, l) in m.levels.iter().enumerate() {
            self.text(|| format!("{base}.levels[{i}].name"), &l.name);
            self.text(|| format!("{base}.levels[{i}].name_en"), &l.name_en);
            let c = l.colour.as_bytes();
            if !(c.len() == 7 && c[0] == b'#' && c[1..].iter().all(u8::is_ascii_hexdigit)) {
                self.push(
                    format!("{base}.levels[{i}].colour"),
                    Rule::Matrix,
                    format!("\"{}\" is not a colour of the form #rrggbb", l.colour),
                    format!("\"{}\" は #rrggbb 形式の色ではありません", l.colour),
                );
            }
        }
        let ids: Vec<String> = m.levels.iter().map(|l| l.id.clone()).collect();
        let rank = |id: &str| ids.iter().position(|x| x == id);
        if m.grid.len() != m.likelihood.len() {
            ok = false;
            self.push(
                format!("{base}.grid"),
                Rule::Matrix,
                format!("{} rows; the grid needs one row per likelihood level ({})", m.grid.len(), m.likelihood.len()),
                format!(
                    "行が {} 行あります。発生可能性の段階数（{}）と同じ行数が必要です",
                    m.grid.len(),
                    m.likelihood.len()
                ),
            );
        }
        for (r, row) in m.grid.iter().enumerate() {
            if row.len() != m.impact.len() {
                ok = false;
                self.push(
                    format!("{base}.grid[{r}]"),
                    Rule::Matrix,
                    format!("{} cells; each row needs one per impact level ({})", row.len(), m.impact.len()),
                    format!("セルが {} 個あります。影響度の段階数（{}）と同じ数が必要です", row.len(), m.impact.len()),
                );
            }
            for (col, cell) in row.iter().enumerate() {
                if rank(cell).is_none() {
                    ok = false;
                    self.push(
                        format!("{base}.grid[{r}][{col}]"),
                        Rule::DanglingReference,
                        format!("\"{cell}\" is not a risk level id"),
                        format!("\"{cell}\" はリスクレベルの ID ではありません"),
                    );
                }
            }
        }
        if ok {
            // Monotone: a higher likelihood or impact never gives a lower level.
            for r in 0..m.grid.len() {
                for col in 0..m.impact.len() {
                    let here = rank(&m.grid[r][col]);
                    let up = (r + 1 < m.grid.len()).then(|| rank(&m.grid[r + 1][col])).flatten();
                    let right = (col + 1 < m.impact.len()).then(|| rank(&m.grid[r][col + 1])).flatten();
                    if up.is_some_and(|u| Some(u) < here) || right.is_some_and(|x| Some(x) < here) {
                        ok = false;
                        self.push(
                            format!("{base}.grid[{r}][{col}]"),
                            Rule::Matrix,
                            "the level decreases as likelihood or impact increases; the grid must be monotone".into(),
                            "発生可能性や影響度が上がるとレベルが下がっています。グリッドは単調でなければなりません"
                                .into(),
                        );
                    }
                }
            }
        }
        if rank(&m.tolerance).is_none() {
            ok = false;
            self.push(
                format!("{base}.tolerance"),
                Rule::DanglingReference,
                format!("\"{}\" is not a risk level id", m.tolerance),
                format!("\"{}\" はリスクレベルの ID ではありません", m.tolerance),
            );
        }
        if ok { ids } else { Vec::new() }
    }

    fn quarters(&mut self, s: &Snapshot, levels: &[String]) {
        if s.quarters.is_empty() {
            self.push(
                "quarters",
                Rule::Incomplete,
                "an export needs at least one quarter".into(),
                "四半期が1つ以上必要です".into(),
            );
        }
        let level_set: HashSet<String> = levels.iter().cloned().collect();
        let groups: HashSet<String> = s.organisation.group_companies.iter().map(|g| g.id.clone()).collect();
        let mut seen = Seen::default();
        let mut prev: Option<Quarter> = None;
        for (i, q) in s.quarters.iter().enumerate() {
            let base = format!("quarters[{i}]");
            if let Some(p) = prev.filter(|p| q.quarter <= *p) {
                self.push(
                    format!("{base}.quarter"),
                    Rule::Order,
                    format!(
                        "{} does not come after the previous quarter {p}; quarters must be strictly increasing",
                        q.quarter
                    ),
                    format!(
                        "{} が前の四半期 {p} より後ではありません。四半期は古い順に重複なく並べてください",
                        q.quarter
                    ),
                );
            }
            if q.quarter.start() > s.as_of {
                self.push(
                    format!("{base}.quarter"),
                    Rule::Order,
                    format!("{} starts after the export's as_of date {}", q.quarter, s.as_of),
                    format!("{} は基準日 as_of（{}）より後に始まります", q.quarter, s.as_of),
                );
            }
            prev = Some(q.quarter);
            self.quarter(&base, q, s, &level_set, &groups, &mut seen);
        }
    }

    #[allow(clippy::too_many_lines)]
    fn quarter(
        &mut self,
        base: &str,
        q: &QuarterRecord,
        s: &Snapshot,
        levels: &HashSet<String>,
        groups: &HashSet<String>,
        seen: &mut Seen,
    ) {
        let qq = q.quarter;
        let as_of = s.as_of;
        let reference = qq.end().min(as_of);
        let m = &s.risk_matrix;

        // Check sheet: every catalog item exactly once.
        let mut assessed: HashMap<&str, usize> = HashMap::new();
        for (i, a) in q.checksheet.iter().enumerate() {
            let p = format!("{base}.checksheet[{i}]");
            if catalog::check_item(&a.item).is_none() {
                self.push(
                    format!("{p}.item"),
                    Rule::DanglingReference,
                    format!("\"{}\" is not a check item id; ids run (1)-1 … (10)-3", a.item),
                    format!("\"{}\" はチェック項目の ID ではありません（(1)-1〜(10)-3）", a.item),
                );
            } else if let Some(first) = assessed.get(a.item.as_str()) {
                self.push(
                    format!("{p}.item"),
                    Rule::DuplicateId,
                    format!("check item {} is already assessed at {base}.checksheet[{first}]", a.item),
                    format!("チェック項目 {} は {base}.checksheet[{first}] で既に評価されています", a.item),
                );
            } else {
                assessed.insert(&a.item, i);
            }
            self.range_u(|| format!("{p}.maturity"), a.maturity.into(), 0, 5);
            self.range_u(|| format!("{p}.target"), a.target.into(), 0, 5);
        }
        let missing: Vec<&str> =
            catalog::check_items().iter().map(|c| c.id).filter(|id| !assessed.contains_key(id)).collect();
        if !missing.is_empty() {
            let list = missing.join(", ");
            self.push(
                format!("{base}.checksheet"),
                Rule::Incomplete,
                format!("check items not assessed: {list} (all 32 are required)"),
                format!("評価されていないチェック項目があります: {list}（32項目すべてが必要です）"),
            );
        }

        // KPI targets.
        let t = &q.kpi_targets;
        for (key, v) in [
            ("security_budget_share_pct", t.security_budget_share_pct),
            ("training_completion_pct", t.training_completion_pct),
            ("test_score_pct", t.test_score_pct),
        ] {
            if let Some(v) = v {
                self.range_f(|| format!("{base}.kpi_targets.{key}"), v, 0.0, 100.0);
            }
        }

        // Budget and workforce.
        let b = &q.budget;
        self.text(|| format!("{base}.budget.fiscal_year"), &b.fiscal_year);
        if b.it_yen == 0 {
            self.push(
                format!("{base}.budget.it_yen"),
                Rule::Range,
                "the IT budget must be above 0".into(),
                "IT 予算は 0 より大きくしてください".into(),
            );
        }
        if let Some(d) = b.approved_on {
            self.state_date(|| format!("{base}.budget.approved_on"), d, reference);
        }
        let w = &q.workforce;
        self.range_u(|| format!("{base}.workforce.staff"), w.staff.into(), 1, 10_000_000);
        if w.security_staff > w.staff {
            self.push(
                format!("{base}.workforce.security_staff"),
                Rule::Range,
                format!("{} security staff exceed the {} staff", w.security_staff, w.staff),
                format!("セキュリティ担当 {} 人が全従業員 {} 人を超えています", w.security_staff, w.staff),
            );
        }
        if w.qualified_security_staff > w.security_staff {
            self.push(
                format!("{base}.workforce.qualified_security_staff"),
                Rule::Range,
                format!(
                    "{} qualified staff exceed the {} security staff",
                    w.qualified_security_staff, w.security_staff
                ),
                format!(
                    "有資格者 {} 人がセキュリティ担当 {} 人を超えています",
                    w.qualified_security_staff, w.security_staff
                ),
            );
        }

        // Trainings and tests.
        for (i, tr) in q.trainings.iter().enumerate() {
            let p = format!("{base}.trainings[{i}]");
            self.event_id(seen, || format!("{p}.id"), &tr.id);
            self.event_date(|| format!("{p}.date"), tr.date, qq, as_of);
            self.text(|| format!("{p}.title"), &tr.title);
            self.range_u(|| format!("{p}.eligible"), tr.eligible.into(), 1, 10_000_000);
            if tr.completed > tr.eligible {
                self.push(
                    format!("{p}.completed"),
                    Rule::Range,
                    format!("{} completed is more than the {} eligible", tr.completed, tr.eligible),
                    format!("受講完了 {} 人が対象者 {} 人を超えています", tr.completed, tr.eligible),
                );
            }
            seen.trainings.insert(tr.id.clone());
        }
        for (i, te) in q.tests.iter().enumerate() {
            let p = format!("{base}.tests[{i}]");
            self.event_id(seen, || format!("{p}.id"), &te.id);
            self.event_date(|| format!("{p}.date"), te.date, qq, as_of);
            if let Some(tr) = &te.training {
                self.reference(
                    || format!("{p}.training"),
                    tr,
                    &seen.trainings,
                    "a training of this or an earlier quarter",
                    "研修（この四半期以前）",
                );
            }
            self.range_f(|| format!("{p}.max_score"), te.max_score, 1.0, 1_000_000.0);
            if te.max_score.is_finite() && te.max_score >= 1.0 {
                self.range_f(|| format!("{p}.average_score"), te.average_score, 0.0, te.max_score);
            }
        }

        // Incidents.
        for (i, inc) in q.incidents.iter().enumerate() {
            let p = format!("{base}.incidents[{i}]");
            self.event_id(seen, || format!("{p}.id"), &inc.id);
            self.event_date(|| format!("{p}.date"), inc.date, qq, as_of);
            self.text(|| format!("{p}.category"), &inc.category);
            self.text(|| format!("{p}.summary"), &inc.summary);
            if let Some(c) = &inc.company {
                self.reference(|| format!("{p}.company"), c, groups, "a group company", "グループ企業");
            }
            for (key, d) in [("reported_on", inc.reported_on), ("closed_on", inc.closed_on)] {
                if let Some(d) = d {
                    self.not_before(|| format!("{p}.{key}"), d, inc.date, "the incident's date", "発生日");
                    self.not_after(
                        || format!("{p}.{key}"),
                        d,
                        as_of,
                        "the export's as_of date",
                        "エクスポートの基準日 as_of",
                    );
                }
            }
            seen.incidents.insert(inc.id.clone());
        }

        // Assessments, audits and findings.
        for (i, a) in q.assessments.iter().enumerate() {
            let p = format!("{base}.assessments[{i}]");
            self.event_id(seen, || format!("{p}.id"), &a.id);
            self.event_date(|| format!("{p}.date"), a.date, qq, as_of);
            self.text(|| format!("{p}.scope"), &a.scope);
            seen.sources.insert(a.id.clone());
        }
        for (i, a) in q.audits.iter().enumerate() {
            let p = format!("{base}.audits[{i}]");
            self.event_id(seen, || format!("{p}.id"), &a.id);
            self.event_date(|| format!("{p}.date"), a.date, qq, as_of);
            self.text(|| format!("{p}.auditor"), &a.auditor);
            self.text(|| format!("{p}.scope"), &a.scope);
            seen.sources.insert(a.id.clone());
        }
        self.unique(&format!("{base}.findings"), q.findings.iter().map(|f| f.id.as_str()));
        for (i, f) in q.findings.iter().enumerate() {
            let p = format!("{base}.findings[{i}]");
            let known = &seen.sources;
            if !known.contains(&f.source) {
                self.push(
                    format!("{p}.source"),
                    Rule::DanglingReference,
                    format!("\"{}\" does not name an assessment or audit of this or an earlier quarter", f.source),
                    format!("\"{}\" に該当するリスクアセスメント・監査（この四半期以前）がありません", f.source),
                );
            }
            self.text(|| format!("{p}.title"), &f.title);
            self.state_date(|| format!("{p}.raised_on"), f.raised_on, reference);
            if let Some(d) = f.closed_on {
                self.not_before(|| format!("{p}.closed_on"), d, f.raised_on, "the date it was raised", "指摘日");
                self.state_date(|| format!("{p}.closed_on"), d, reference);
            }
        }

        // Assets and risks.
        let assets = self.unique(&format!("{base}.assets"), q.assets.iter().map(|a| a.id.as_str()));
        for (i, a) in q.assets.iter().enumerate() {
            let p = format!("{base}.assets[{i}]");
            self.text(|| format!("{p}.name"), &a.name);
            for (key, v) in
                [("confidentiality", a.confidentiality), ("integrity", a.integrity), ("availability", a.availability)]
            {
                self.range_u(|| format!("{p}.{key}"), v.into(), 1, 3);
            }
            if let Some(c) = &a.company {
                self.reference(|| format!("{p}.company"), c, groups, "a group company", "グループ企業");
            }
        }
        self.unique(&format!("{base}.risks"), q.risks.iter().map(|r| r.id.as_str()));
        let (nl, ni) = (m.likelihood.len() as u64, m.impact.len() as u64);
        for (i, r) in q.risks.iter().enumerate() {
            let p = format!("{base}.risks[{i}]");
            self.reference(
                || format!("{p}.asset"),
                &r.asset,
                &assets,
                "an asset of this quarter",
                "資産（この四半期）",
            );
            self.text(|| format!("{p}.threat"), &r.threat);
            self.text(|| format!("{p}.owner"), &r.owner);
            for (key, rating) in [("inherent", r.inherent), ("residual", r.residual)] {
                self.range_u(|| format!("{p}.{key}.likelihood"), rating.likelihood.into(), 1, nl);
                self.range_u(|| format!("{p}.{key}.impact"), rating.impact.into(), 1, ni);
            }
            if let Some(tol) = &r.tolerance
                && !levels.is_empty()
            {
                self.reference(|| format!("{p}.tolerance"), tol, levels, "a risk level of the matrix", "リスクレベル");
            }
            if let Some(a) = &r.approval {
                self.text(|| format!("{p}.approval.approver"), &a.approver);
                self.state_date(|| format!("{p}.approval.approved_on"), a.approved_on, reference);
                if a.expires_on <= a.approved_on {
                    self.push(
                        format!("{p}.approval.expires_on"),
                        Rule::Date,
                        format!("{} is not after the approval date {}", a.expires_on, a.approved_on),
                        format!("{} が承認日 {} より後ではありません", a.expires_on, a.approved_on),
                    );
                }
            }
            if let Some(ins) = &r.insurance {
                self.text(|| format!("{p}.insurance.policy"), &ins.policy);
            }
            self.range_f(|| format!("{p}.annual_frequency"), r.annual_frequency, 0.0, 1000.0);
        }

        // PDCA.
        self.unique(&format!("{base}.pdca"), q.pdca.iter().map(|c| c.id.as_str()));
        for (i, c) in q.pdca.iter().enumerate() {
            let p = format!("{base}.pdca[{i}]");
            self.text(|| format!("{p}.area"), &c.area);
            self.range_u(|| format!("{p}.cycle_days"), c.cycle_days.into(), 7, 1095);
            for (key, d) in [
                ("last_plan", c.last_plan),
                ("last_do", c.last_do),
                ("last_check", c.last_check),
                ("last_act", c.last_act),
            ] {
                if let Some(d) = d {
                    self.state_date(|| format!("{p}.{key}"), d, reference);
                }
            }
        }

        // Reports to the executive.
        for (i, r) in q.reports.iter().enumerate() {
            let p = format!("{base}.reports[{i}]");
            self.event_date(|| format!("{p}.date"), r.date, qq, as_of);
            self.text(|| format!("{p}.forum"), &r.forum);
            self.text(|| format!("{p}.summary"), &r.summary);
        }

        // Partners.
        self.unique(&format!("{base}.partners"), q.partners.iter().map(|x| x.id.as_str()));
        for (i, x) in q.partners.iter().enumerate() {
            let p = format!("{base}.partners[{i}]");
            self.text(|| format!("{p}.name"), &x.name);
            self.text(|| format!("{p}.service"), &x.service);
            match (&x.group_company, x.kind) {
                (Some(g), _) => {
                    self.reference(|| format!("{p}.group_company"), g, groups, "a group company", "グループ企業")
                }
                (None, PartnerKind::GroupCompany) => self.push(
                    format!("{p}.group_company"),
                    Rule::Missing,
                    "a group-company partner must name its group company id".into(),
                    "グループ企業のパートナーには group_company（グループ企業 ID）が必要です".into(),
                ),
                (None, _) => {}
            }
            if let Some(v) = x.maturity {
                self.range_f(|| format!("{p}.maturity"), v, 1.0, 5.0);
            }
            if x.last_review.is_none() && (x.maturity.is_some() || x.evidence.is_some()) {
                {
                    self.push(
                        format!("{p}.last_review"),
                        Rule::Missing,
                        "a partner with an assessment (maturity or evidence) needs the date it was assessed".into(),
                        "評価結果（成熟度・確認方法）がある場合は評価日 last_review が必要です".into(),
                    );
                }
            }
            self.range_f(|| format!("{p}.required_maturity"), x.required_maturity, 1.0, 5.0);
            let mut clauses = HashSet::new();
            for (j, cl) in x.clauses.iter().enumerate() {
                if !clauses.insert(*cl) {
                    self.push(
                        format!("{p}.clauses[{j}]"),
                        Rule::DuplicateId,
                        "clause listed twice".into(),
                        "条項が重複しています".into(),
                    );
                }
            }
            if let Some(d) = x.last_review {
                self.state_date(|| format!("{p}.last_review"), d, reference);
                self.not_before(|| format!("{p}.next_review"), x.next_review, d, "the last review", "前回評価日");
            }
        }

        // Information sharing.
        let is = &q.information_sharing;
        self.unique(&format!("{base}.information_sharing.memberships"), is.memberships.iter().map(|x| x.id.as_str()));
        for (i, x) in is.memberships.iter().enumerate() {
            let p = format!("{base}.information_sharing.memberships[{i}]");
            self.text(|| format!("{p}.body"), &x.body);
            self.text(|| format!("{p}.contact"), &x.contact);
            self.state_date(|| format!("{p}.since"), x.since, reference);
        }
        for (i, r) in is.reports_filed.iter().enumerate() {
            let p = format!("{base}.information_sharing.reports_filed[{i}]");
            self.event_date(|| format!("{p}.date"), r.date, qq, as_of);
            self.text(|| format!("{p}.subject"), &r.subject);
            if let Some(inc) = &r.incident {
                self.reference(
                    || format!("{p}.incident"),
                    inc,
                    &seen.incidents,
                    "an incident of this or an earlier quarter",
                    "インシデント（この四半期以前）",
                );
            }
        }

        // Emergency readiness.
        let e = &q.emergency;
        let ep = format!("{base}.emergency");
        self.document(&format!("{ep}.contact_list"), &e.contact_list, reference);
        self.document(&format!("{ep}.response_manual"), &e.response_manual, reference);
        for (i, d) in e.drills.iter().enumerate() {
            let p = format!("{ep}.drills[{i}]");
            self.event_id(seen, || format!("{p}.id"), &d.id);
            self.event_date(|| format!("{p}.date"), d.date, qq, as_of);
            self.text(|| format!("{p}.scenario"), &d.scenario);
            seen.drills.insert(d.id.clone());
        }
        self.unique(&format!("{ep}.follow_ups"), e.follow_ups.iter().map(|f| f.id.as_str()));
        for (i, f) in e.follow_ups.iter().enumerate() {
            let p = format!("{ep}.follow_ups[{i}]");
            if !seen.drills.contains(&f.source) && !seen.incidents.contains(&f.source) {
                self.push(
                    format!("{p}.source"),
                    Rule::DanglingReference,
                    format!("\"{}\" does not name a drill or incident of this or an earlier quarter", f.source),
                    format!("\"{}\" に該当する演習・インシデント（この四半期以前）がありません", f.source),
                );
            }
            self.text(|| format!("{p}.title"), &f.title);
            if let Some(d) = f.closed_on {
                self.state_date(|| format!("{p}.closed_on"), d, reference);
            }
        }

        // Disclosure readiness.
        let d = &q.disclosure;
        let dp = format!("{base}.disclosure");
        self.document(&format!("{dp}.notification_list"), &d.notification_list, reference);
        self.document(&format!("{dp}.executive_reporting_rules"), &d.executive_reporting_rules, reference);
        for (i, f) in d.report_formats.iter().enumerate() {
            self.text(|| format!("{dp}.report_formats[{i}]"), f);
        }
        for (i, pbl) in d.publications.iter().enumerate() {
            let p = format!("{dp}.publications[{i}]");
            self.event_date(|| format!("{p}.date"), pbl.date, qq, as_of);
            self.text(|| format!("{p}.title"), &pbl.title);
        }
    }

    fn document(&mut self, path: &str, d: &ReviewedDocument, reference: Date) {
        self.range_u(|| format!("{path}.review_interval_days"), d.review_interval_days.into(), 1, 1825);
        if let Some(r) = d.last_review {
            self.state_date(|| format!("{path}.last_review"), r, reference);
        }
        if !d.exists && (d.last_review.is_some() || d.approved_by.is_some()) {
            self.push(
                format!("{path}.exists"),
                Rule::Range,
                "a document that does not exist cannot have been approved or reviewed".into(),
                "存在しない文書に承認者・見直し日は設定できません".into(),
            );
        }
    }
}
