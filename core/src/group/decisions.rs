//! The group's decisions rolled up as rule 16 rolls up one company's (docs/SUMMARY.md §6.1, §9.4):
//! every compared company's list (its folded tail opened again), ranked by severity then important item
//! then the companies' order; four or more entries of one kind (ask code, severity, item) across the
//! group are asked as one, the worst named; at most [`MAX_LISTED`] entries, the rest counted in one last
//! entry.

use serde::Serialize;

use super::{CompanyRow, RowState};
use crate::summary::{Ask, Decision, GROUP_FROM, Urgency};
use crate::text::Text;

/// The most entries the group's list holds — the same twenty a company's board reads (rule 16).
pub const MAX_LISTED: usize = 20;

/// One company's decision (an entry of its own list: a single decision or a group of one kind).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompanyDecision {
    /// The company's row position.
    pub company: usize,
    /// The company's name.
    pub name: Text,
    /// The entry of the company's list.
    pub decision: Decision,
}

/// What an entry of the group's list is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    /// One company's entry.
    Single,
    /// [`GROUP_FROM`] or more entries of one kind across the group, asked as one.
    Kind,
    /// The entries from the [`MAX_LISTED`]-th on, counted as one.
    Further,
}

/// One entry of the group's decision list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupDecision {
    /// Position, from 1.
    pub rank: usize,
    /// How urgent (of the first member).
    #[serde(rename = "severity")]
    pub urgency: Urgency,
    /// The important item (of the first member).
    pub item: u8,
    /// Single, a kind, or the further ones.
    pub kind: EntryKind,
    /// The worst member's ask.
    pub ask: Ask,
    /// How many decisions it stands for (a company's group counts its members).
    pub count: usize,
    /// How many companies it concerns.
    pub companies: usize,
    /// The members, worst first: one for a single entry; for a kind, every company's entry; for the
    /// further ones, every company's entry they count.
    pub members: Vec<CompanyDecision>,
}

/// The group's decisions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupDecisions {
    /// At most [`MAX_LISTED`] entries, ranked.
    pub entries: Vec<GroupDecision>,
    /// How many decisions the compared companies ask in all.
    pub total: usize,
    /// How many compared companies ask at least one.
    pub companies: usize,
}

/// Rolls up the compared rows' decisions.
pub(super) fn roll_up(rows: &[CompanyRow]) -> GroupDecisions {
    let mut all: Vec<CompanyDecision> = Vec::new();
    for r in rows.iter().filter(|r| r.state == RowState::Compared) {
        let (Some(s), Some(name)) = (&r.summary, &r.name) else { continue };
        for d in &s.decisions {
            // A company's folded tail is opened again: its members are entries of their own kinds.
            let entries: Vec<&Decision> =
                if matches!(d.ask, Ask::FurtherDecisions { .. }) { d.members.iter().collect() } else { vec![d] };
            all.extend(entries.into_iter().map(|e| CompanyDecision {
                company: r.position,
                name: name.clone(),
                decision: e.clone(),
            }));
        }
    }
    // Stable: equal severity and item keep the companies' order and each company's own rank.
    crate::order::sort_by(&mut all, |a, b| {
        b.decision.urgency.cmp(&a.decision.urgency).then(a.decision.item.cmp(&b.decision.item))
    });
    let total = all.iter().map(|m| m.decision.count()).sum();
    let mut asking: Vec<usize> = all.iter().map(|m| m.company).collect();
    crate::order::sort(&mut asking);
    asking.dedup();
    let entries = fold_tail(group(all));
    GroupDecisions { entries, total, companies: asking.len() }
}

type Key = (std::mem::Discriminant<Ask>, Urgency, u8);

fn key(d: &Decision) -> Key {
    (std::mem::discriminant(&d.ask), d.urgency, d.item)
}

fn entry(kind: EntryKind, members: Vec<CompanyDecision>) -> GroupDecision {
    let first = &members[0].decision;
    let mut companies: Vec<usize> = members.iter().map(|m| m.company).collect();
    crate::order::sort(&mut companies);
    companies.dedup();
    let count = members.iter().map(|m| m.decision.count()).sum();
    GroupDecision {
        rank: 0,
        urgency: first.urgency,
        item: first.item,
        kind,
        ask: if kind == EntryKind::Further { Ask::FurtherDecisions { count } } else { first.ask.clone() },
        count,
        companies: companies.len(),
        members,
    }
}

/// Groups each kind of [`GROUP_FROM`] or more entries at its first entry's place.
fn group(all: Vec<CompanyDecision>) -> Vec<GroupDecision> {
    let mut sizes: Vec<(Key, usize)> = Vec::new();
    for m in &all {
        match sizes.iter_mut().find(|(k, _)| *k == key(&m.decision)) {
            Some((_, n)) => *n += 1,
            None => sizes.push((key(&m.decision), 1)),
        }
    }
    let grouped = |k: &Key| sizes.iter().any(|(g, n)| g == k && *n >= GROUP_FROM);
    let mut out: Vec<GroupDecision> = Vec::new();
    for m in all {
        let k = key(&m.decision);
        if !grouped(&k) {
            out.push(entry(EntryKind::Single, vec![m]));
            continue;
        }
        match out.iter_mut().find(|g| g.kind == EntryKind::Kind && key(&g.members[0].decision) == k) {
            Some(g) => {
                g.count += m.decision.count();
                g.members.push(m);
            }
            None => out.push(entry(EntryKind::Kind, vec![m])),
        }
    }
    for g in out.iter_mut().filter(|g| g.kind == EntryKind::Kind) {
        // Stable: equally bad members keep the ranked order (companies' order, then each one's rank).
        crate::order::sort_by(&mut g.members, |a, b| weight(&b.decision.ask).total_cmp(&weight(&a.decision.ask)));
        g.ask = g.members[0].decision.ask.clone();
        let mut companies: Vec<usize> = g.members.iter().map(|m| m.company).collect();
        crate::order::sort(&mut companies);
        companies.dedup();
        g.companies = companies.len();
    }
    for (i, d) in out.iter_mut().enumerate() {
        d.rank = i + 1;
    }
    out
}

/// How bad one decision of a kind is, to name the worst members of a group-wide kind first: a residual
/// risk by its expected annual loss (levels of different matrices do not compare, money does), a partner
/// below its required maturity by the shortfall, an overdue review by its delay; otherwise 0 (the
/// ranked order stands).
fn weight(ask: &Ask) -> f64 {
    match ask {
        Ask::ApproveResidualRisk { expected_loss_yen, .. } => *expected_loss_yen as f64,
        Ask::PartnerBelowRequired { maturity, required, .. } => required - maturity,
        Ask::ReviewPartner { days_overdue, .. } | Ask::ReviewPdca { days_overdue, .. } => *days_overdue as f64,
        _ => 0.0,
    }
}

/// At most [`MAX_LISTED`] entries: the entries from the `MAX_LISTED`-th on become one
/// [`EntryKind::Further`] entry whose members are theirs.
fn fold_tail(mut list: Vec<GroupDecision>) -> Vec<GroupDecision> {
    if list.len() <= MAX_LISTED {
        return list;
    }
    let tail = list.split_off(MAX_LISTED - 1);
    let members: Vec<CompanyDecision> = tail.into_iter().flat_map(|g| g.members).collect();
    let mut last = entry(EntryKind::Further, members);
    last.rank = MAX_LISTED;
    list.push(last);
    list
}
