//! The group view's words, in Japanese and English.

use csm_core::snapshot::Language;
use csm_core::summary::Light;
use csm_core::vocabulary::Term;

use crate::i18n;

/// Fixed labels of the group view.
#[derive(Debug, PartialEq, Eq)]
pub struct Labels {
    /// View heading.
    pub title: &'static str,
    /// Before the quarter chooser.
    pub quarter: &'static str,
    /// "companies compared" after `compared / total`.
    pub compared: &'static str,
    /// Heading of the exports list.
    pub exports_title: &'static str,
    /// Explains the exports list.
    pub exports_note: &'static str,
    /// Column: file.
    pub file: &'static str,
    /// Column: company.
    pub company: &'static str,
    /// Column: as of.
    pub as_of: &'static str,
    /// Column: state.
    pub state: &'static str,
    /// Heading of the problems list.
    pub problems_title: &'static str,
    /// Heading of the maturity table.
    pub items_title: &'static str,
    /// Explains the maturity table.
    pub items_note: &'static str,
    /// Column: overall maturity.
    pub overall: &'static str,
    /// Column: red lights.
    pub reds: &'static str,
    /// The sort buttons' legend.
    pub sort_by: &'static str,
    /// Sort: as given.
    pub sort_given: &'static str,
    /// Footer rows: lowest, median, highest.
    pub lowest: &'static str,
    /// Median.
    pub median: &'static str,
    /// Highest.
    pub highest: &'static str,
    /// Target (in a cell's title).
    pub target: &'static str,
    /// Heading of the KPI table.
    pub kpis_title: &'static str,
    /// Heading of the risks and partners table.
    pub risks_title: &'static str,
    /// Explains it (matrices may differ).
    pub risks_note: &'static str,
    /// Shown when the matrices differ.
    pub matrices_differ: &'static str,
    /// Column: risks above tolerance.
    pub above_tolerance: &'static str,
    /// Column: of which without approval.
    pub unapproved: &'static str,
    /// Column: by level.
    pub by_level: &'static str,
    /// Column: overdue partners.
    pub overdue_partners: &'static str,
    /// Heading of the decisions.
    pub decisions_title: &'static str,
    /// "no decisions".
    pub no_decisions: &'static str,
    /// Pager: previous page.
    pub previous: &'static str,
    /// Pager: next page.
    pub next: &'static str,
    /// Back to the group (on a company's dashboard).
    pub back: &'static str,
    /// Before the company's name on its own dashboard.
    pub company_of_group: &'static str,
    /// A cell that opens a company's dashboard (its title).
    pub open: &'static str,
    /// Heading of the radar.
    pub radar_title: &'static str,
    /// Explains the radar.
    pub radar_note: &'static str,
    /// The radar picture's accessible name.
    pub radar_label: &'static str,
    /// Legend of the company checkboxes.
    pub radar_choose: &'static str,
    /// Series: the group's average.
    pub average: &'static str,
    /// Series: the group's target.
    pub group_target: &'static str,
    /// Column: important item.
    pub item: &'static str,
}

const JA: Labels = Labels {
    title: "グループ比較",
    quarter: "四半期",
    compared: "社を比較",
    exports_title: "収録したエクスポート",
    exports_note: "各社のファイルと SHA-256。CISO 室から届いたファイルの sha256sum と照合できます。",
    file: "ファイル",
    company: "会社",
    as_of: "基準日",
    state: "状態",
    problems_title: "各社の問題",
    items_title: "重要10項目の成熟度と信号（各社）",
    items_note: "セルを選ぶとその会社のダッシュボードが同じ四半期で開きます。下の3行はグループの分布です。",
    overall: "全体",
    reds: "赤",
    sort_by: "並べ替え",
    sort_given: "収録順",
    lowest: "最低",
    median: "中央値",
    highest: "最高",
    target: "目標",
    kpis_title: "KPI（各社の目標に対して）",
    risks_title: "許容レベル超のリスクと見直し期限切れの委託先（各社）",
    risks_note: "各社のリスクマトリクスと許容レベルで数えています。",
    matrices_differ: "リスクマトリクスが会社により異なるため、セル単位ではなくレベルで比較しています。",
    above_tolerance: "許容レベル超",
    unapproved: "うち承認なし",
    by_level: "レベル別",
    overdue_partners: "見直し期限切れの委託先",
    decisions_title: "グループの判断事項",
    no_decisions: "判断を求める事項はありません。",
    previous: "前の50社",
    next: "次の50社",
    back: "← グループ比較に戻る",
    company_of_group: "グループ会社",
    open: "この会社のダッシュボードを開く",
    radar_title: "重要10項目のレーダー（選んだ会社・グループ平均・目標）",
    radar_note: "重ねる会社を最大5社まで選べます。平均と目標は比較対象の全社の平均です。線の種類と印で見分けられます。",
    radar_label: "重要10項目の成熟度のレーダーチャート。数値は下の表にあります。",
    radar_choose: "重ねる会社（最大5社）",
    average: "グループ平均",
    group_target: "目標（各社の平均）",
    item: "項目",
};

const EN: Labels = Labels {
    title: "Group comparison",
    quarter: "Quarter",
    compared: "companies compared",
    exports_title: "Exports in this board",
    exports_note: "Each company's file and its SHA-256, to check against sha256sum of the files the CISO office sent.",
    file: "File",
    company: "Company",
    as_of: "As of",
    state: "State",
    problems_title: "Problems by company",
    items_title: "The ten important items: maturity and light by company",
    items_note: "Choose a cell to open that company's dashboard at the same quarter. The last three rows are the group's spread.",
    overall: "Overall",
    reds: "Red",
    sort_by: "Sort",
    sort_given: "As given",
    lowest: "Lowest",
    median: "Median",
    highest: "Highest",
    target: "target",
    kpis_title: "KPIs against each company's targets",
    risks_title: "Risks above tolerance and overdue partner reviews by company",
    risks_note: "Counted on each company's own risk matrix and tolerance.",
    matrices_differ: "The companies' risk matrices differ: risks are compared by level, not by cell.",
    above_tolerance: "Above tolerance",
    unapproved: "Without approval",
    by_level: "By level",
    overdue_partners: "Overdue partner reviews",
    decisions_title: "The group's decisions",
    no_decisions: "No decisions are asked of the board.",
    previous: "Previous 50",
    next: "Next 50",
    back: "← Back to the group comparison",
    company_of_group: "Group company",
    open: "Open this company's dashboard",
    radar_title: "The ten important items: chosen companies, group average and target",
    radar_note: "Choose up to five companies to overlay. The average and target are the means over every compared company. Lines and markers tell the series apart.",
    radar_label: "Radar chart of the ten important items' maturity. The figures are in the table below.",
    radar_choose: "Companies to overlay (at most five)",
    average: "Group average",
    group_target: "Target (companies' mean)",
    item: "Item",
};

/// The labels of `lang`.
pub fn labels(lang: Language) -> &'static Labels {
    match lang {
        Language::Ja => &JA,
        Language::En => &EN,
    }
}

/// "companies 51–100 of 300" for the pager.
pub fn page_range(lang: Language, first: usize, last: usize, total: usize) -> String {
    match lang {
        Language::Ja => format!("{total} 社中 {first}–{last} 社目"),
        Language::En => format!("companies {first}–{last} of {total}"),
    }
}

/// The decisions' count line.
pub fn decisions_count(lang: Language, total: usize, companies: usize) -> String {
    match lang {
        Language::Ja => format!("{companies} 社から計 {total} 件"),
        Language::En => format!("{total} decisions from {companies} companies"),
    }
}

/// An item cell's title: its light's name (the cell draws the light as a shape only) and the company's
/// target for the item — `黄、目標 3` / `Amber, target 3`; the target alone without a light.
pub fn item_cell_title(lang: Language, light: Option<Light>, target: f64) -> String {
    let target = format!("{} {}", labels(lang).target, i18n::maturity(target));
    match (light, lang) {
        (None, _) => target,
        (Some(light), Language::Ja) => format!("{}、{target}", light.label(lang)),
        (Some(light), Language::En) => format!("{}, {target}", light.label(lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_item_cell_names_its_light_and_the_target() {
        assert_eq!(item_cell_title(Language::Ja, Some(Light::Amber), 3.0), "黄、目標 3");
        assert_eq!(item_cell_title(Language::En, Some(Light::Red), 2.5), "Red, target 2.5");
        assert_eq!(item_cell_title(Language::Ja, Some(Light::Green), 3.25), "青、目標 3.25");
        assert_eq!(item_cell_title(Language::En, None, 3.0), "target 3");
    }
}
