//! The board summary's words, in Japanese and English.

use csm_core::fiscal::FiscalQuarter;
use csm_core::snapshot::Language;

use crate::i18n;

/// Fixed labels of the summary view.
#[derive(Debug, PartialEq, Eq)]
pub struct Labels {
    /// Figure: overall maturity.
    pub overall: &'static str,
    /// "target".
    pub target: &'static str,
    /// Figure: traffic lights.
    pub lights: &'static str,
    /// Figure: expected annual loss.
    pub loss: &'static str,
    /// Figure: decisions.
    pub decisions: &'static str,
    /// Heading of the traffic lights.
    pub lights_title: &'static str,
    /// "Maturity".
    pub maturity: &'static str,
    /// Heading of the KPI tiles.
    pub kpis_title: &'static str,
    /// Heading of the heat map.
    pub heat_title: &'static str,
    /// Heading of the expected loss.
    pub loss_title: &'static str,
    /// "Security budget".
    pub budget: &'static str,
    /// Heading of the decisions.
    pub decisions_title: &'static str,
    /// "Item" (important item number).
    pub item: &'static str,
    /// "Records" (the JSON paths behind a decision).
    pub trace: &'static str,
    /// Shown when no decision is asked.
    pub no_decisions: &'static str,
    /// Note when the records do not cover the trailing year.
    pub partial_year: &'static str,
    /// "Largest by asset".
    pub by_asset: &'static str,
    /// Heading of the board's record: last quarter's directives and the decisions taken (4-2).
    pub board_title: &'static str,
    /// "Decision key" (what a board decision records to answer it).
    pub key: &'static str,
}

/// Japanese.
pub const JA: Labels = Labels {
    overall: "総合成熟度",
    target: "目標",
    lights: "重要10項目の信号",
    loss: "想定年間損失",
    decisions: "取締役会の判断事項",
    lights_title: "重要10項目の信号",
    maturity: "成熟度",
    kpis_title: "KPI（目標との比較）",
    heat_title: "残留リスクのヒートマップ",
    loss_title: "想定年間損失（損失額 × 年間発生頻度）",
    budget: "セキュリティ予算",
    decisions_title: "取締役会の判断事項（優先順）",
    item: "重要項目",
    trace: "根拠",
    no_decisions: "今期、取締役会の判断を求める事項はありません。",
    partial_year: "記録が直近12か月をすべて覆っていないため、12か月の回数に基づく判定は黄・中までにとどめています。",
    by_asset: "資産別（上位）",
    board_title: "前期の指示とその後・取締役会の決定",
    key: "判断事項キー",
};

/// English.
pub const EN: Labels = Labels {
    overall: "Overall maturity",
    target: "target",
    lights: "The 10 important items",
    loss: "Expected annual loss",
    decisions: "Decisions for the board",
    lights_title: "Traffic lights of the 10 important items",
    maturity: "Maturity",
    kpis_title: "KPIs against target",
    heat_title: "Residual risk heat map",
    loss_title: "Expected annual loss (loss × annual frequency)",
    budget: "Security budget",
    decisions_title: "Decisions for the board, most urgent first",
    item: "Item",
    trace: "Records",
    no_decisions: "No decision is asked of the board this quarter.",
    partial_year: "The records do not cover the last 12 months, so rules counting over 12 months stop at amber and medium.",
    by_asset: "Largest by asset",
    board_title: "Last quarter's directives and the board's decisions",
    key: "Decision key",
};

/// The labels of `lang`.
pub fn labels(lang: Language) -> &'static Labels {
    match lang {
        Language::Ja => &JA,
        Language::En => &EN,
    }
}

/// The view's title: `2026年度 第2四半期の概況` / `Overview of FY2026 Q2`.
pub fn title(lang: Language, q: FiscalQuarter) -> String {
    match lang {
        Language::Ja => format!("{}の概況", i18n::quarter(lang, q)),
        Language::En => format!("Overview of {}", i18n::quarter(lang, q)),
    }
}

/// `赤 2・黄 3・青 5` as separate (count, word) parts, red first.
pub fn light_count(lang: Language, n: usize, word: &str) -> String {
    match lang {
        Language::Ja => format!("{word} {n}"),
        Language::En => format!("{n} {}", word.to_lowercase()),
    }
}

/// `6 件` / `6`.
pub fn items(lang: Language, n: usize) -> String {
    match lang {
        Language::Ja => format!("{} 件", i18n::count(n as u64)),
        Language::En => i18n::count(n as u64),
    }
}

/// `うち最重要・高 2 件` / `2 critical or high`.
pub fn urgent(lang: Language, n: usize) -> String {
    match lang {
        Language::Ja => format!("うち最重要・高 {n} 件"),
        Language::En => format!("{n} critical or high"),
    }
}

/// The reduction of expected loss against the security budget (6-1): `低減額＝予算の 2.5 倍` /
/// `reduction 2.5× the budget`.
pub fn ratio(lang: Language, ratio: f64) -> String {
    let r = csm_core::text::number(ratio, 1);
    match lang {
        Language::Ja => format!("対策による低減＝セキュリティ予算の {r} 倍"),
        Language::En => format!("reduction {r}× the security budget"),
    }
}

/// The heat map's note around the tolerance level's name (data, isolated by the view):
/// `17 件。許容レベル「` + name + `」を超える残留リスク 1 件（有効な承認なし 0 件）`.
pub fn heat_note(lang: Language, risks: usize, above: usize, unapproved: usize) -> (String, String) {
    match lang {
        Language::Ja => (
            format!("{risks} 件。許容レベル「"),
            format!("」を超える残留リスク {above} 件（有効な承認なし {unapproved} 件）"),
        ),
        Language::En => (
            format!("{risks} risks. {above} residual risk(s) above the tolerance \u{201c}"),
            format!("\u{201d} ({unapproved} without valid approval)"),
        ),
    }
}

/// A KPI's series for screen readers: `IT予算…の推移: 2024Q4 5.9%、…、2026Q3 10.8%`.
pub fn series(lang: Language, name: &str, points: &[(String, String)]) -> String {
    let sep = if lang == Language::Ja { "、" } else { ", " };
    let values: Vec<String> = points.iter().map(|(q, v)| format!("{q} {v}")).collect();
    match lang {
        Language::Ja => format!("{name}の推移: {}", values.join(sep)),
        Language::En => format!("{name} by quarter: {}", values.join(sep)),
    }
}

/// `2 リスク` / `2 risks` after an asset's loss.
pub fn risks(lang: Language, n: usize) -> String {
    match lang {
        Language::Ja => format!("{n} 件"),
        Language::En if n == 1 => "1 risk".to_owned(),
        Language::En => format!("{n} risks"),
    }
}

/// The disclosure of a group of decisions: "all N", one click away.
pub fn all_members(lang: Language, n: usize) -> String {
    match lang {
        Language::Ja => format!("全 {n} 件を表示"),
        Language::En => format!("Show all {n}"),
    }
}

/// `決定済みのため今期は問わない事項 2 件` / `2 decision(s) already taken, not asked again`.
pub fn already_decided(lang: Language, n: usize) -> String {
    match lang {
        Language::Ja => format!("決定済みのため今期は問わない事項 {n} 件"),
        Language::En => format!("{n} decision(s) already taken, not asked again"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_in_both_languages() {
        let q = csm_core::fiscal::FiscalYearStart::APRIL.quarter("2026Q3".parse().unwrap());
        assert_eq!(title(Language::Ja, q), "2026年度 第2四半期の概況");
        assert_eq!(title(Language::En, q), "Overview of FY2026 Q2");
        assert_eq!(light_count(Language::Ja, 2, "赤"), "赤 2");
        assert_eq!(light_count(Language::En, 2, "Red"), "2 red");
        assert_eq!(items(Language::Ja, 1200), "1,200 件");
        assert_eq!(ratio(Language::Ja, 2.539), "対策による低減＝セキュリティ予算の 2.5 倍");
        assert_eq!(ratio(Language::En, 1.66), "reduction 1.7× the security budget");
        let (before, after) = heat_note(Language::Ja, 17, 1, 0);
        assert_eq!(
            format!("{before}中{after}"),
            "17 件。許容レベル「中」を超える残留リスク 1 件（有効な承認なし 0 件）"
        );
        let points = [("2026Q2".to_owned(), "5%".to_owned()), ("2026Q3".to_owned(), "—".to_owned())];
        assert_eq!(series(Language::En, "Share", &points), "Share by quarter: 2026Q2 5%, 2026Q3 —");
        assert_eq!(series(Language::Ja, "割合", &points), "割合の推移: 2026Q2 5%、2026Q3 —");
        assert_eq!(risks(Language::En, 1), "1 risk");
        assert_eq!(already_decided(Language::Ja, 2), "決定済みのため今期は問わない事項 2 件");
    }
}
