//! The trend strip and the three principles under `csm summary`'s text: each important item's light
//! in every quarter up to the one summarised (`csm_core::trend`), the figures that move, and the
//! maturity rolled up to the three principles.

use std::fmt::Write as _;

use csm_core::calendar::Quarter;
use csm_core::catalog;
use csm_core::reference;
use csm_core::snapshot::Language;
use csm_core::snapshot::ReferenceProfile;
use csm_core::summary::BoardSummary;
use csm_core::text::{number, yen};
use csm_core::trend::{MaturityTrend, Trends};

use crate::terminal::safe;

/// How many of the latest quarters the figure rows show.
const FIGURES_SHOWN: usize = 8;

/// The principles, the gap to each reference profile the export carries, and the trends up to `s.quarter`.
pub fn render(s: &BoardSummary, trends: &Trends, profiles: &[ReferenceProfile], lang: Language) -> String {
    let ja = lang == Language::Ja;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "\n■ {}",
        if ja {
            "三原則（重要10項目の成熟度を原則ごとに平均、成熟度 / 目標）"
        } else {
            "The three principles (mean of their important items: maturity / target)"
        }
    );
    for p in &s.checksheet.principles {
        let items: Vec<String> = catalog::important_items()
            .iter()
            .filter(|i| i.principle == p.number)
            .map(|i| i.number.to_string())
            .collect();
        let items =
            if ja { format!("（項目 {}）", items.join("・")) } else { format!(" (items {})", items.join(", ")) };
        let _ = writeln!(
            out,
            "  {}. {}  {} / {}{items}",
            p.number,
            safe(p.title.get(lang)),
            number(p.maturity, 2),
            number(p.target, 2)
        );
    }
    for p in profiles {
        let g = reference::gaps(&s.checksheet, p);
        let _ = writeln!(
            out,
            "\n■ {}",
            if ja {
                "参照プロファイルとの差（成熟度 − 参照値）"
            } else {
                "Against a reference profile (maturity − reference)"
            }
        );
        let _ = writeln!(out, "  {}", safe(&g.profile.label(lang)));
        for it in &g.items {
            let (Some(r), Some(gap)) = (it.reference, it.gap) else { continue };
            let _ = writeln!(
                out,
                "  {:>2}. {} / {}  {}",
                it.number,
                number(it.maturity, 2),
                number(r, 2),
                csm_core::text::signed(gap, 2)
            );
        }
    }
    let upto = |q: Quarter| q <= s.quarter;
    let points: Vec<_> = trends.quarters.iter().filter(|p| upto(p.quarter)).collect();
    let (Some(first), Some(last)) = (points.first(), points.last()) else { return out };
    let _ = writeln!(
        out,
        "\n■ {}",
        if ja {
            format!("推移（{} → {}、●青 ▲黄 ■赤）", first.quarter, last.quarter)
        } else {
            format!("Trend ({} → {}; ● green ▲ amber ■ red)", first.quarter, last.quarter)
        }
    );
    let strip = |t: &MaturityTrend| -> MaturityTrend {
        MaturityTrend {
            number: t.number,
            title: t.title.clone(),
            points: t.points.iter().filter(|p| upto(p.quarter)).cloned().collect(),
        }
    };
    for t in &trends.items {
        let t = strip(t);
        let latest = t.points.last().map(|p| number(p.maturity, 2)).unwrap_or_default();
        let _ = writeln!(out, "  {:>2}. {}  {latest}  {}", t.number, t.strip(), safe(t.title.get(lang)));
    }
    let tail: Vec<_> = points.iter().rev().take(FIGURES_SHOWN).rev().collect();
    let row = |label: &str, values: Vec<String>| format!("  {label}: {}", values.join(" → "));
    let quarters: Vec<String> = tail.iter().map(|p| p.quarter.to_string()).collect();
    let _ = writeln!(out, "{}", row(if ja { "四半期" } else { "quarters" }, quarters));
    let _ = writeln!(
        out,
        "{}",
        row(if ja { "総合成熟度" } else { "overall maturity" }, tail.iter().map(|p| number(p.maturity, 2)).collect())
    );
    let _ = writeln!(
        out,
        "{}",
        row(
            if ja { "許容レベル超の残留リスク" } else { "residual risks above tolerance" },
            tail.iter().map(|p| p.above_tolerance.to_string()).collect()
        )
    );
    let _ = writeln!(
        out,
        "{}",
        row(
            if ja { "想定年間損失" } else { "expected annual loss" },
            tail.iter()
                .map(|p| {
                    let y = yen(p.expected_loss_yen, lang);
                    if p.not_estimated > 0 { format!("{y}*") } else { y }
                })
                .collect()
        )
    );
    let _ = writeln!(
        out,
        "{}",
        row(
            if ja { "判断事項（未決）" } else { "decisions open" },
            tail.iter().map(|p| p.decisions_open.to_string()).collect()
        )
    );
    let not_recorded = if ja { "記録なし" } else { "not recorded" };
    let taken = if ja { "判断事項（決定済み）" } else { "decisions taken" };
    if tail.iter().all(|p| p.decisions_taken.is_none()) {
        let why = if ja {
            "記録なし（エクスポートに取締役会の決定の記録がありません）"
        } else {
            "not recorded (the export records no board decisions)"
        };
        let _ = writeln!(out, "  {taken}: {why}");
    } else {
        let values =
            tail.iter().map(|p| p.decisions_taken.map_or_else(|| not_recorded.to_owned(), |n| n.to_string())).collect();
        let _ = writeln!(out, "{}", row(taken, values));
    }
    if tail.iter().any(|p| p.not_estimated > 0) {
        let _ = writeln!(
            out,
            "  {}",
            if ja {
                "* 損失の見積がないリスクを含む（一部のみの合計）"
            } else {
                "* some risks not estimated (partial total)"
            }
        );
    }
    out
}
