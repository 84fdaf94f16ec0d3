//! The group comparison on hand-built companies whose every figure is worked out below.

use super::*;
use crate::fixture::{d, matrix3, q, snapshot_with};
use crate::snapshot::{Problem, Rule, Snapshot};
use crate::summary::Ask;

/// A company `name` with the 2026Q1 and 2026Q2 quarters, as of 2026-06-30, every check item at
/// `maturity` (target 3).
fn company(name: &str, id: Option<&str>, maturity: u8) -> Snapshot {
    let mut s = snapshot_with(&["2026Q1", "2026Q2"], "2026-06-30");
    s.organisation.name = name.into();
    s.organisation.name_en = None;
    s.organisation.id = id.map(Into::into);
    for qr in &mut s.quarters {
        for a in &mut qr.checksheet {
            a.maturity = maturity;
        }
    }
    s
}

fn set_item(s: &mut Snapshot, item: u8, maturity: u8) {
    for qr in &mut s.quarters {
        for a in qr.checksheet.iter_mut().filter(|a| crate::catalog::check_item(&a.item).unwrap().item == item) {
            a.maturity = maturity;
        }
    }
}

fn rules(c: &GroupComparison, company: usize) -> Vec<&'static str> {
    c.problems_of(company).map(|p| p.rule.code()).collect()
}

#[test]
fn three_companies_spread_min_median_max() {
    // Maturity 2, 3 and 4 on every check item: item means 2.00, 3.00, 4.00.
    let (a, b, c) = (company("A社", Some("a"), 2), company("B社", Some("b"), 3), company("C社", Some("c"), 4));
    let m = [Member::loaded("a.json", &a), Member::loaded("b.json", &b), Member::loaded("c.json", &c)];
    let cmp = compare(&m, None);
    assert_eq!(cmp.quarter, Some(q("2026Q2")), "the latest quarter any company holds");
    assert_eq!(cmp.compared, 3);
    assert!(cmp.problems.is_empty(), "{:?}", cmp.problems);
    assert_eq!(cmp.items.len(), 10);
    assert_eq!(cmp.principles.len(), 3);
    for s in cmp.items.iter().chain(&cmp.principles).chain([&cmp.overall]) {
        assert_eq!((s.min, s.median, s.max), (Some(2.0), Some(3.0), Some(4.0)), "{}", s.number);
        assert_eq!(s.lowest, vec![0]);
        assert_eq!(s.companies, 3);
    }
    let row = &cmp.companies[1];
    assert_eq!(row.state, RowState::Compared);
    assert_eq!(row.id.as_deref(), Some("b"));
    assert_eq!(row.as_of, Some(d("2026-06-30")));
    let f = row.figures.as_ref().unwrap();
    assert_eq!(f.items.len(), 10);
    assert_eq!((f.overall.maturity, f.overall.target), (3.0, 3.0));
    assert_eq!(f.fiscal_quarter.year, 2026);
    assert!(row.summary.is_some(), "the company's own summary is kept for its dashboard");
    // Item lights: every company's, counted per item.
    let lights = cmp.items[0].lights.clone().unwrap();
    assert_eq!(lights.green + lights.amber + lights.red, 3);
    assert!(cmp.principles[0].lights.is_none() && cmp.overall.lights.is_none());
}

#[test]
fn even_count_median_is_the_exact_mean_of_the_middle_two() {
    assert_eq!(median(&[]), None);
    assert_eq!(median(&[2.33]), Some(2.33));
    // (2.33 + 2.50) / 2 = 2.415 → 2.42 (half away from zero, exact — not 2.41 from binary 2.4149…).
    assert_eq!(median(&[2.33, 2.5]), Some(2.42));
    assert_eq!(median(&[1.0, 2.0, 3.0, 4.0]), Some(2.5));
    let (a, mut b) = (company("A社", None, 2), company("B社", None, 2));
    set_item(&mut b, 1, 3);
    let cmp = compare(&[Member::loaded("a", &a), Member::loaded("b", &b)], None);
    assert_eq!((cmp.items[0].min, cmp.items[0].median, cmp.items[0].max), (Some(2.0), Some(2.5), Some(3.0)));
    assert_eq!(cmp.items[1].lowest, vec![0, 1], "both companies at the minimum");
}

#[test]
fn a_company_without_the_quarter_is_no_export_for_this_quarter_never_zeros() {
    let a = company("A社", None, 2);
    let mut b = company("B社", None, 4);
    b.quarters.remove(1);
    b.as_of = d("2026-03-31");
    let cmp = compare(&[Member::loaded("a.json", &a), Member::loaded("b.json", &b)], Some(q("2026Q2")));
    assert_eq!(cmp.companies[1].state, RowState::NoExportForQuarter);
    assert!(cmp.companies[1].figures.is_none());
    assert_eq!(rules(&cmp, 1), ["no-export-for-quarter"]);
    let p = cmp.problems_of(1).next().unwrap();
    assert_eq!(p.path, "quarters");
    assert!(p.en.contains("no export for 2026Q2") && p.en.contains("2026Q1"), "{}", p.en);
    assert!(p.ja.contains("2026Q2 のエクスポートがありません"), "{}", p.ja);
    // The spread is over the one company compared — B's absence is not a zero.
    assert_eq!(cmp.compared, 1);
    assert_eq!((cmp.items[0].min, cmp.items[0].max, cmp.items[0].companies), (Some(2.0), Some(2.0), 1));
    // The quarter before: both compared.
    let before = compare(&[Member::loaded("a.json", &a), Member::loaded("b.json", &b)], Some(q("2026Q1")));
    assert_eq!(before.compared, 2);
}

#[test]
fn an_unreadable_file_is_that_companys_problem_and_blocks_nobody() {
    let a = company("A社", None, 2);
    let bad =
        vec![Problem::new("version", Rule::Version, "version 2 is not supported", "バージョン 2 には対応していません")];
    let cmp = compare(&[Member::unreadable("broken.json", &bad), Member::loaded("a.json", &a)], None);
    assert_eq!(cmp.companies[0].state, RowState::Unreadable);
    assert_eq!(cmp.companies[0].key, None);
    let p = &cmp.problems[0];
    assert_eq!(
        (p.company, p.path.as_str(), p.rule, p.load_rule),
        (0, "version", GroupRule::Unreadable, Some("version"))
    );
    assert!(p.en.starts_with("broken.json was not read") && p.ja.starts_with("broken.json を読み込めません"));
    assert_eq!(cmp.compared, 1);
    assert_eq!(cmp.quarter, Some(q("2026Q2")));
}

#[test]
fn two_exports_of_one_company_the_later_stands() {
    let old = {
        let mut s = company("A社", Some("a"), 2);
        s.quarters.remove(1);
        s.as_of = d("2026-03-31");
        s
    };
    let new = company("A社", Some("a"), 3);
    let cmp = compare(&[Member::loaded("old.json", &old), Member::loaded("new.json", &new)], None);
    assert_eq!(cmp.companies[0].state, RowState::Superseded);
    assert_eq!(cmp.companies[1].state, RowState::Compared);
    assert_eq!(rules(&cmp, 0), ["same-company"]);
    assert!(rules(&cmp, 1).is_empty());
    let p = cmp.problems_of(0).next().unwrap();
    assert_eq!(p.path, "organisation.id");
    assert!(p.en.contains("new.json (as of 2026-06-30) stands"), "{}", p.en);
    assert_eq!(cmp.compared, 1);
    // Same as_of: the first given stands. No id: the name identifies.
    let (x, y) = (company("X社", None, 2), company("X社", None, 2));
    let tie = compare(&[Member::loaded("x1", &x), Member::loaded("x2", &y)], None);
    assert_eq!(tie.companies[0].state, RowState::Compared);
    assert_eq!(tie.companies[1].state, RowState::Superseded);
    assert_eq!(tie.problems_of(1).next().unwrap().path, "organisation.name");
}

#[test]
fn one_id_two_names_both_shown_both_flagged() {
    let (a, b) = (company("A社", Some("001"), 2), company("B社", Some("001"), 3));
    let cmp = compare(&[Member::loaded("a.json", &a), Member::loaded("b.json", &b)], None);
    assert_eq!(cmp.compared, 2);
    assert_eq!(rules(&cmp, 0), ["duplicate-id"]);
    assert_eq!(rules(&cmp, 1), ["duplicate-id"]);
    let p = cmp.problems_of(0).next().unwrap();
    assert_eq!(p.path, "organisation.id");
    assert!(p.en.contains("\"001\" is also given by b.json"), "{}", p.en);
}

#[test]
fn different_matrices_are_compared_by_level_and_said() {
    let a = company("A社", None, 2);
    let mut b = company("B社", None, 2);
    b.risk_matrix.grid[0][0] = "medium".into();
    let mut c = company("C社", None, 2);
    c.risk_matrix = matrix3();
    let cmp = compare(&[Member::loaded("a", &a), Member::loaded("b", &b), Member::loaded("c", &c)], None);
    assert!(cmp.matrices_differ);
    assert_eq!(rules(&cmp, 1), ["risk-matrix"]);
    assert!(rules(&cmp, 2).is_empty(), "same as the first company's");
    let p = cmp.problems_of(1).next().unwrap();
    assert_eq!(p.path, "risk_matrix");
    assert!(p.en.contains("3×3, 3 levels") && p.en.contains("compared by each company's own levels"), "{}", p.en);
    assert_eq!(cmp.compared, 3, "a different matrix does not exclude the company");
    assert!(!compare(&[Member::loaded("a", &a), Member::loaded("c", &c)], None).matrices_differ);
}

#[test]
fn a_different_format_version_is_said() {
    let a = company("A社", None, 2);
    let mut b = company("B社", None, 2);
    b.version = 2;
    let cmp = compare(&[Member::loaded("a", &a), Member::loaded("b", &b)], None);
    assert_eq!(rules(&cmp, 1), ["format-version"]);
    assert_eq!(cmp.problems_of(1).next().unwrap().path, "version");
    assert_eq!(cmp.compared, 2);
}

#[test]
fn decisions_of_n_identical_companies_roll_up_by_kind() {
    // Each fixture company asks the same decisions; with N ≥ 4 each kind becomes one group entry.
    let companies: Vec<Snapshot> = (0..5).map(|i| company(&format!("社{i}"), Some(&format!("c{i}")), 2)).collect();
    let labels: Vec<String> = (0..5).map(|i| format!("c{i}.json")).collect();
    let members: Vec<Member<'_>> = companies.iter().zip(&labels).map(|(s, l)| Member::loaded(l, s)).collect();
    let one = compare(&members[..1], None);
    let per_company = one.decisions.total;
    assert!(per_company > 0, "the fixture asks decisions");
    let five = compare(&members, None);
    assert_eq!(five.decisions.total, 5 * per_company);
    assert_eq!(five.decisions.companies, 5);
    assert!(five.decisions.entries.len() <= MAX_LISTED);
    let entries = &five.decisions.entries;
    assert!(entries.iter().all(|e| e.kind == EntryKind::Kind && e.companies == 5), "{entries:#?}");
    assert_eq!(entries.iter().map(|e| e.count).sum::<usize>(), five.decisions.total);
    assert_eq!(entries[0].rank, 1);
    let title = entries[0].title(crate::snapshot::Language::En);
    assert!(
        title.starts_with("5 companies: ") && title.ends_with("the worst at 社0") && title.contains("and 2 more"),
        "{title}"
    );
    // Three companies: three of a kind stay three entries, each named by company.
    let three = compare(&members[..3], None);
    let entries = &three.decisions.entries;
    assert!(
        entries.iter().filter(|e| e.kind == EntryKind::Kind).all(|e| e.members.len() >= crate::summary::GROUP_FROM)
    );
    let single = entries.iter().find(|e| e.kind == EntryKind::Single).expect("a kind asked once per company");
    assert_eq!(single.companies, 1);
    let title = single.title(crate::snapshot::Language::Ja);
    assert!(title.starts_with("社0: ") || title.starts_with("社1: ") || title.starts_with("社2: "), "{title}");
}

#[test]
fn at_most_twenty_entries_the_rest_counted() {
    // Give each of 12 companies a different item short, so few kinds coincide: entries exceed 20.
    let companies: Vec<Snapshot> = (0..12u8)
        .map(|i| {
            let mut s = company(&format!("社{i}"), Some(&format!("c{i}")), 3);
            set_item(&mut s, i % 10 + 1, 0);
            s
        })
        .collect();
    let labels: Vec<String> = (0..12).map(|i| format!("c{i}.json")).collect();
    let members: Vec<Member<'_>> = companies.iter().zip(&labels).map(|(s, l)| Member::loaded(l, s)).collect();
    let cmp = compare(&members, None);
    let entries = &cmp.decisions.entries;
    assert!(entries.len() <= MAX_LISTED);
    assert_eq!(entries.iter().map(|e| e.count).sum::<usize>(), cmp.decisions.total, "nothing dropped");
    if entries.len() == MAX_LISTED {
        let last = entries.last().unwrap();
        if last.kind == EntryKind::Further {
            assert_eq!(last.rank, MAX_LISTED);
            assert!(matches!(last.ask, Ask::FurtherDecisions { .. }));
        }
    }
}

#[test]
fn no_export_loaded_no_quarter() {
    let bad = vec![Problem::new("", Rule::Syntax, "not JSON", "JSON ではありません")];
    let cmp = compare(&[Member::unreadable("x", &bad)], None);
    assert_eq!(cmp.quarter, None);
    assert_eq!(cmp.compared, 0);
    assert_eq!((cmp.items[0].min, cmp.items[0].median, cmp.items[0].lights.clone()), (None, None, None));
    assert!(cmp.decisions.entries.is_empty());
}

#[test]
fn risks_above_tolerance_are_counted_by_level_from_the_top_of_each_matrix() {
    use crate::fixture::{asset, risk};
    // matrix3: low < medium < high, tolerance medium. Residual (3, 3) is high (the top, from_top 0);
    // residual (1, 3) is medium (within tolerance, not counted).
    let mut a = company("A社", None, 2);
    for qr in &mut a.quarters {
        qr.assets.push(asset("srv", "サーバ"));
        qr.risks.push(risk("R1", "srv", (3, 3), (3, 3)));
        qr.risks.push(risk("R2", "srv", (3, 3), (3, 3)));
        qr.risks.push(risk("R3", "srv", (3, 3), (1, 3)));
    }
    crate::fixture::assert_valid(&a);
    let cmp = compare(&[Member::loaded("a", &a)], None);
    let f = cmp.companies[0].figures.as_ref().unwrap();
    assert_eq!(f.above_tolerance, 2);
    assert_eq!(f.above_tolerance_by_level.len(), 1);
    let l = &f.above_tolerance_by_level[0];
    assert_eq!((l.from_top, l.count, l.level.en.as_str()), (0, 2, "High"));
    assert_eq!(f.tolerance.as_ref().map(|t| t.en.as_str()), Some("Medium"));
}

#[test]
fn the_groups_median_against_a_reference() {
    use crate::snapshot::{ReferenceItem, ReferenceProfile};
    let (a, b) = (company("A社", None, 2), company("B社", None, 3));
    let cmp = compare(&[Member::loaded("a", &a), Member::loaded("b", &b)], None);
    let profile = ReferenceProfile {
        id: "p".into(),
        name: "例示".into(),
        name_en: None,
        source: "例示データ".into(),
        year: 2026,
        sample_size: 10,
        illustrative: true,
        items: vec![ReferenceItem { item: 1, maturity: 2.5 }, ReferenceItem { item: 2, maturity: 2.605 }],
        check_items: vec![],
    };
    let g = reference_gaps(&cmp, &profile);
    assert_eq!(g.len(), 10);
    // Median 2.50 equal to the reference: gap 0.00; 2.605 → 2.61, gap 2.50 − 2.61 = −0.11.
    assert_eq!((g[0].maturity, g[0].reference, g[0].gap), (2.5, Some(2.5), Some(0.0)));
    assert_eq!((g[1].reference, g[1].gap), (Some(2.61), Some(-0.11)));
    assert_eq!((g[2].reference, g[2].gap), (None, None));
    let none = compare(&[], None);
    assert!(reference_gaps(&none, &profile).is_empty());
}

#[test]
fn a_group_wide_kind_names_the_worst_first() {
    use crate::fixture::{asset, risk};
    // Four companies, each with one residual risk above tolerance without approval (high, item 3);
    // expected losses 1, 4, 2 and 3 million yen: the kind's members are ordered 4, 3, 2, 1 million.
    let losses = [1_000_000u64, 4_000_000, 2_000_000, 3_000_000];
    let companies: Vec<Snapshot> = losses
        .iter()
        .enumerate()
        .map(|(i, loss)| {
            let mut s = company(&format!("社{i}"), Some(&format!("c{i}")), 3);
            for qr in &mut s.quarters {
                qr.assets.push(asset("srv", "サーバ"));
                let mut r = risk("R1", "srv", (3, 3), (3, 3));
                r.annual_frequency = Some(1.0);
                r.loss_magnitude_yen = Some(*loss);
                qr.risks.push(r);
            }
            crate::fixture::assert_valid(&s);
            s
        })
        .collect();
    let labels: Vec<String> = (0..4).map(|i| format!("c{i}.json")).collect();
    let members: Vec<Member<'_>> = companies.iter().zip(&labels).map(|(s, l)| Member::loaded(l, s)).collect();
    let cmp = compare(&members, None);
    let kind = cmp
        .decisions
        .entries
        .iter()
        .find(|e| matches!(e.ask, Ask::ApproveResidualRisk { .. }))
        .expect("the risks' approvals are asked");
    assert_eq!(kind.kind, EntryKind::Kind);
    let order: Vec<usize> = kind.members.iter().map(|m| m.company).collect();
    assert_eq!(order, [1, 3, 2, 0]);
    assert!(matches!(kind.ask, Ask::ApproveResidualRisk { expected_loss_yen: 4_000_000, .. }));
}

#[test]
fn trends_per_company_in_the_members_order() {
    let a = company("A社", None, 2);
    let mut b = company("B社", None, 3);
    b.quarters.remove(1);
    b.as_of = d("2026-03-31");
    let bad = vec![Problem::new("", Rule::Syntax, "not JSON", "JSON ではありません")];
    let t = trends(&[Member::loaded("a", &a), Member::unreadable("x", &bad), Member::loaded("b", &b)]);
    assert_eq!(t.len(), 3);
    assert_eq!(t[0].as_ref().map(|t| t.quarters.len()), Some(2));
    assert!(t[1].is_none());
    let tb = t[2].as_ref().unwrap();
    assert_eq!((tb.quarters.len(), tb.items[0].points[0].maturity), (1, 3.0));
}

#[test]
fn the_radar_overlays_the_chosen_companies_the_average_the_target_and_a_full_reference() {
    use crate::snapshot::{ReferenceItem, ReferenceProfile};
    // Maturity 2, 3 and 3 on every check item except C's item 1 at 4: means 2.67 (8/3) and on item 1
    // 3.00 (9/3); targets 3 everywhere. The unreadable file and the company without the quarter are
    // neither drawn nor averaged.
    let (a, b, mut c) = (company("A社", Some("a"), 2), company("B社", Some("b"), 3), company("C社", Some("c"), 3));
    set_item(&mut c, 1, 4);
    let mut old = company("D社", Some("d"), 0);
    old.quarters.truncate(1);
    let problems = [Problem::new("", Rule::Syntax, "x", "x")];
    let m = [
        Member::loaded("a", &a),
        Member::unreadable("bad", &problems),
        Member::loaded("b", &b),
        Member::loaded("d", &old),
        Member::loaded("c", &c),
    ];
    let cmp = compare(&m, None);
    assert_eq!(cmp.compared, 3);
    let r = radar(&cmp, &[4, 1, 3, 0], None).unwrap();
    assert_eq!(r.companies.iter().map(|s| s.position).collect::<Vec<_>>(), [4, 0], "chosen order, compared only");
    assert_eq!(r.companies[0].values[0], 4.0);
    assert_eq!(r.companies[1].name.get(crate::snapshot::Language::Ja), "A社");
    assert_eq!(r.average.len(), 10);
    assert_eq!((r.average[0], r.average[1]), (3.0, 2.67), "(2+3+4)/3 and (2+3+3)/3 = 2.666… → 2.67");
    assert!(r.target.iter().all(|t| *t == 3.0));
    assert!(r.reference.is_none());
    // Only the first five chosen companies are drawn.
    let many = [0, 2, 4, 0, 2, 4, 0];
    assert_eq!(radar(&cmp, &many, None).unwrap().companies.len(), RADAR_COMPANIES);
    // A reference is drawn when it names every item (rounded to 0.01), not through a gap.
    let mut profile = ReferenceProfile {
        id: "p".into(),
        name: "例示".into(),
        name_en: None,
        source: "例示データ".into(),
        year: 2026,
        sample_size: 10,
        illustrative: true,
        items: (1..=10).map(|item| ReferenceItem { item, maturity: 2.605 }).collect(),
        check_items: vec![],
    };
    let (info, values) = radar(&cmp, &[], Some(&profile)).unwrap().reference.unwrap();
    assert!(info.illustrative);
    assert_eq!(values, vec![2.61; 10]);
    profile.items.pop();
    assert!(radar(&cmp, &[], Some(&profile)).unwrap().reference.is_none());
    // Nothing compared: no radar at all, never an outline of zeros.
    assert!(radar(&compare(&[Member::unreadable("bad", &problems)], None), &[0], None).is_none());
}
