//! The group comparison's sentences: its problems (ja/en, located) and its decision titles.

use super::{EntryKind, GroupDecision, GroupProblem, GroupRule};
use crate::calendar::Quarter;
use crate::snapshot::{Language, Problem, RiskMatrix, Snapshot};
use crate::summary::Decision;

fn problem(company: usize, label: &str, path: &str, rule: GroupRule, en: String, ja: String) -> GroupProblem {
    GroupProblem { company, label: label.to_owned(), path: path.to_owned(), rule, load_rule: None, en, ja }
}

/// The loader's problem, for this company.
pub(super) fn unreadable(company: usize, label: &str, p: &Problem) -> GroupProblem {
    GroupProblem {
        company,
        label: label.to_owned(),
        path: p.path.clone(),
        rule: GroupRule::Unreadable,
        load_rule: Some(p.rule.code()),
        en: format!("{label} was not read: {}", p.en),
        ja: format!("{label} を読み込めません: {}", p.ja),
    }
}

/// The chosen quarter is not in this export.
pub(super) fn no_quarter(company: usize, label: &str, q: Quarter, held: &[Quarter]) -> GroupProblem {
    let list = held.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
    problem(
        company,
        label,
        "quarters",
        GroupRule::NoExportForQuarter,
        format!("no export for {q}: {label} holds {list}; the company is not compared for this quarter"),
        format!("{q} のエクスポートがありません。{label} の四半期は {list} です。この四半期の比較には含めません"),
    )
}

/// Another export of the same company, with a later `as_of` (or the same, given first), stands for it.
pub(super) fn same_company(
    company: usize,
    label: &str,
    s: &Snapshot,
    kept: &str,
    kept_export: Option<&Snapshot>,
) -> GroupProblem {
    let path = if s.organisation.id.is_some() { "organisation.id" } else { "organisation.name" };
    let name = &s.organisation.name;
    let (as_of, kept_as_of) = (s.as_of, kept_export.map(|k| k.as_of.to_string()).unwrap_or_default());
    problem(
        company,
        label,
        path,
        GroupRule::SameCompany,
        format!(
            "{label} is another export of {name} (as of {as_of}); {kept} (as of {kept_as_of}) stands for the company"
        ),
        format!("{label} は {name} の別のエクスポート（{as_of} 時点）です。{kept}（{kept_as_of} 時点）を使います"),
    )
}

/// Companies with different names give the same id.
pub(super) fn duplicate_id(company: usize, label: &str, id: &str, others: &[&str]) -> GroupProblem {
    let others = others.join(", ");
    problem(
        company,
        label,
        "organisation.id",
        GroupRule::DuplicateId,
        format!(
            "organisation id \"{id}\" is also given by {others} under another name: both are shown; correct the id in one of them"
        ),
        format!(
            "組織 ID \"{id}\" は別の社名の {others} にも使われています。両方を表示します。どちらかの ID を直してください"
        ),
    )
}

/// The export's format version differs from the first compared company's.
pub(super) fn version(company: usize, label: &str, v: u32, first: u32, first_label: &str) -> GroupProblem {
    problem(
        company,
        label,
        "version",
        GroupRule::FormatVersion,
        format!(
            "format version {v} differs from {first_label}'s version {first}: compared as this dashboard reads each version"
        ),
        format!(
            "フォーマットのバージョン {v} が {first_label} のバージョン {first} と異なります。各バージョンをこのダッシュボードの読み方で比較します"
        ),
    )
}

fn shape(m: &RiskMatrix) -> String {
    format!("{}×{}, {} levels", m.likelihood.len(), m.impact.len(), m.levels.len())
}

fn shape_ja(m: &RiskMatrix) -> String {
    format!("{}×{}・{} 段階", m.likelihood.len(), m.impact.len(), m.levels.len())
}

/// The export's risk matrix differs from the first compared company's.
pub(super) fn matrix(
    company: usize,
    label: &str,
    m: &RiskMatrix,
    first: &RiskMatrix,
    first_label: &str,
) -> GroupProblem {
    problem(
        company,
        label,
        "risk_matrix",
        GroupRule::RiskMatrix,
        format!(
            "risk matrix ({}) differs from {first_label}'s ({}): risks above tolerance are compared by each company's own levels and tolerance, not cell by cell",
            shape(m),
            shape(first)
        ),
        format!(
            "リスクマトリクス（{}）が {first_label} のもの（{}）と異なります。許容レベル超のリスクは各社のレベルと許容レベルで比較し、セル単位では比較しません",
            shape_ja(m),
            shape_ja(first)
        ),
    )
}

impl GroupDecision {
    /// The entry's title in `lang`: a company's decision prefixed with the company; a kind: how many
    /// decisions of how many companies, what they are asked and the worst few by company; the further
    /// ones: how many.
    pub fn title(&self, lang: Language) -> String {
        let ja = lang == Language::Ja;
        match self.kind {
            EntryKind::Single => {
                let m = &self.members[0];
                format!("{}: {}", m.name.get(lang), m.decision.title(lang))
            }
            EntryKind::Further => {
                let (n, c) = (self.count, self.companies);
                if ja {
                    format!("残りの判断事項 {n} 件（{c} 社、優先度の低いもの。一覧で確認）")
                } else {
                    format!("{n} further decisions of {c} companies (less urgent; see the full list)")
                }
            }
            EntryKind::Kind => {
                // The kind's own group title (rule 16's words: how many, what is asked, the worst three),
                // over every member decision of every company, then which companies.
                let flat: Vec<Decision> = self
                    .members
                    .iter()
                    .flat_map(|m| {
                        if m.decision.members.is_empty() {
                            vec![m.decision.clone()]
                        } else {
                            m.decision.members.clone()
                        }
                    })
                    .collect();
                let first = &self.members[0];
                let kind = Decision {
                    rank: 0,
                    urgency: self.urgency,
                    item: self.item,
                    ask: self.ask.clone(),
                    key: first.decision.key.clone(),
                    trace: Vec::new(),
                    members: flat,
                }
                .title(lang);
                let c = self.companies;
                let worst = first.name.get(lang);
                if ja {
                    format!("{c} 社: {kind} — 最も重いのは {worst}")
                } else {
                    format!("{c} companies: {kind} — the worst at {worst}")
                }
            }
        }
    }
}
