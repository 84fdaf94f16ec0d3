//! The risk matrix: scales of 3 to 6 steps, 2 to 6 named and coloured levels, a full grid of level
//! ids that never decreases as likelihood or impact rises, and a tolerance that names a level.

use super::Checker;
use crate::calendar::Date;
use crate::snapshot::RiskMatrix;
use crate::snapshot::problem::Rule;

const BASE: &str = "risk_matrix";

impl Checker {
    /// Checks the matrix; returns the level ids in order (empty if unusable).
    pub(super) fn matrix(&mut self, m: &RiskMatrix) -> Vec<String> {
        let mut ok = self.scales(m);
        ok &= self.levels(m);
        let ids: Vec<String> = m.levels.iter().map(|l| l.id.clone()).collect();
        ok &= self.grid(m, &ids);
        if ok {
            ok &= self.monotone(m, &ids);
        }
        ok &= self.tolerance(m, &ids);
        if let Some(months) = m.approval_validity_months {
            self.range_u(|| format!("{BASE}.approval_validity_months"), months.into(), 1, 36);
        }
        if ok { ids } else { Vec::new() }
    }

    /// Likelihood and impact: 3 to 6 named steps each. Whether both are usable.
    fn scales(&mut self, m: &RiskMatrix) -> bool {
        let base = BASE;
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
        ok
    }

    /// The levels: 2 to 6, unique ids, names and `#rrggbb` colours. Whether they are usable.
    fn levels(&mut self, m: &RiskMatrix) -> bool {
        let base = BASE;
        let mut ok = true;
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
        ok
    }

    /// One row per likelihood, one cell per impact, every cell a level id. Whether the grid is complete.
    fn grid(&mut self, m: &RiskMatrix, ids: &[String]) -> bool {
        let base = BASE;
        let rank = |id: &str| ids.iter().position(|x| x == id);
        let mut ok = true;
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
        ok
    }

    /// A higher likelihood or impact never gives a lower level. Whether the grid is monotone.
    fn monotone(&mut self, m: &RiskMatrix, ids: &[String]) -> bool {
        let base = BASE;
        let rank = |id: &str| ids.iter().position(|x| x == id);
        let mut ok = true;
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
                        "発生可能性や影響度が上がるとレベルが下がっています。グリッドは単調でなければなりません".into(),
                    );
                }
            }
        }
        ok
    }

    /// The matrix's tolerance names a level. Whether it does.
    fn tolerance(&mut self, m: &RiskMatrix, ids: &[String]) -> bool {
        let base = BASE;
        if ids.contains(&m.tolerance) {
            return true;
        }
        self.push(
            format!("{base}.tolerance"),
            Rule::DanglingReference,
            format!("\"{}\" is not a risk level id", m.tolerance),
            format!("\"{}\" はリスクレベルの ID ではありません", m.tolerance),
        );
        false
    }

    /// The tolerance changes (4-2): level ids, dates in order and not after `as_of`, and a chain — each
    /// change starts from the previous one's level, and the last ends at `tolerance`. `ids` is empty when
    /// the matrix is unusable (then only the dates are checked).
    pub(super) fn tolerance_changes(&mut self, m: &RiskMatrix, ids: &[String], as_of: Date) {
        let known: foldhash::HashSet<&str> = ids.iter().map(String::as_str).collect();
        let mut previous: Option<(&str, Date)> = None;
        for (i, c) in m.tolerance_changes.iter().enumerate() {
            let p = format!("{BASE}.tolerance_changes[{i}]");
            self.not_after(|| format!("{p}.on"), c.on, as_of, "as_of", "基準日");
            if !ids.is_empty() {
                for (key, id) in [("from", &c.from), ("to", &c.to)] {
                    self.reference(|| format!("{p}.{key}"), id, &known, "a risk level of the matrix", "リスクレベル");
                }
            }
            if let Some((to, on)) = previous {
                if c.on < on {
                    self.push(
                        format!("{p}.on"),
                        Rule::Date,
                        format!("{} is before the previous change ({on}); list changes oldest first", c.on),
                        format!("{} が前の変更（{on}）より前です。古い順に並べてください", c.on),
                    );
                }
                if c.from != to && !ids.is_empty() {
                    self.push(
                        format!("{p}.from"),
                        Rule::Matrix,
                        format!("\"{}\" is not the level the previous change set (\"{to}\")", c.from),
                        format!("\"{}\" が前の変更後のレベル（\"{to}\"）と一致しません", c.from),
                    );
                }
            }
            previous = Some((&c.to, c.on));
        }
        if let Some((to, _)) = previous
            && !ids.is_empty()
            && to != m.tolerance
        {
            let last = m.tolerance_changes.len() - 1;
            self.push(
                format!("{BASE}.tolerance_changes[{last}].to"),
                Rule::Matrix,
                format!("\"{to}\" is not the tolerance in force (\"{}\"); the last change must end at it", m.tolerance),
                format!(
                    "\"{to}\" が現在の許容レベル（\"{}\"）と一致しません。最後の変更後は現在の許容レベルです",
                    m.tolerance
                ),
            );
        }
    }
}
