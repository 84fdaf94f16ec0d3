//! Every word the dashboard shows, in Japanese and English.
//!
//! Fixed labels live in one [`Labels`] struct with a constant per language, so a label missing in
//! either language is a compile error. Text that embeds values (dates, counts, quarters) is built by
//! the functions below, which are pure and unit-tested.

use csm_core::calendar::Date;
use csm_core::fiscal::FiscalQuarter;
pub use csm_core::snapshot::Language;
use csm_core::snapshot::MAX_BYTES;

use csm_core::kpi::{KpiId, KpiStatus, Polarity, Trend, Unit};
use csm_core::summary::{Light, Urgency};
use csm_core::text;
use csm_core::vocabulary::Term;

pub use crate::language::{language_from_tag, tag};
use crate::origin::Origin;
use crate::services::Unavailable;
use crate::view_id::ViewId;

/// The fixed labels of the dashboard in one language.
#[derive(Debug, PartialEq, Eq)]
pub struct Labels {
    /// Product line above the title.
    pub product: &'static str,
    /// Product title.
    pub title: &'static str,
    /// The language toggle's visible text: the name of the *other* language, in that language.
    pub other_language: &'static str,
    /// The language toggle's accessible name.
    pub switch_language: &'static str,
    /// The file picker's visible label.
    pub open_file: &'static str,
    /// Hint next to the file picker.
    pub open_file_hint: &'static str,
    /// Heading of the organisation section.
    pub organisation: &'static str,
    /// "Industry".
    pub industry: &'static str,
    /// "Employees".
    pub employees: &'static str,
    /// "Data as of".
    pub as_of: &'static str,
    /// "Source".
    pub source: &'static str,
    /// Heading of the group companies section.
    pub group_companies: &'static str,
    /// Column header: company name.
    pub company: &'static str,
    /// Shown when the organisation has no group companies.
    pub no_group_companies: &'static str,
    /// Heading of the quarters section.
    pub quarters: &'static str,
    /// Marks the most recent quarter.
    pub latest: &'static str,
    /// Heading of the validation section.
    pub validation: &'static str,
    /// Validation result for a valid export (must contain "有効" in Japanese and "OK" in English).
    pub valid: &'static str,
    /// Explains what "valid" means.
    pub valid_detail: &'static str,
    /// "Format".
    pub format: &'static str,
    /// Name of data embedded in the page.
    pub embedded_data: &'static str,
    /// Shown while nothing is loaded and nothing is loading.
    pub empty_title: &'static str,
    /// Explains how to load an export.
    pub empty_hint: &'static str,
    /// Shown while the first export loads.
    pub loading_placeholder: &'static str,
    /// Shown for the whole-file location of a problem (empty JSON path).
    pub whole_file: &'static str,
    /// Accessible name of the problems panel's close button.
    pub dismiss: &'static str,
    /// Heading of a rejected file's problems.
    pub rejected: &'static str,
    /// Eyebrow above the organisation's name.
    pub board_report: &'static str,
    /// Label of the quarter selector.
    pub quarter_select: &'static str,
    /// Label of the comparison selector.
    pub compare_select: &'static str,
    /// The comparison selector's "no comparison" choice.
    pub no_compare: &'static str,
    /// Accessible name of the view navigation.
    pub views: &'static str,
    /// Tab: board summary.
    pub view_summary: &'static str,
    /// Tab: trends over all quarters.
    pub view_trends: &'static str,
    /// Tab: check sheet.
    pub view_checksheet: &'static str,
    /// Tab: KPIs.
    pub view_kpis: &'static str,
    /// Tab: risks.
    pub view_risks: &'static str,
    /// Tab: PDCA and reporting.
    pub view_pdca: &'static str,
    /// Tab: partners.
    pub view_partners: &'static str,
    /// Tab: readiness.
    pub view_readiness: &'static str,
    /// Tab: business impact analysis.
    pub view_impact: &'static str,
    /// The group view's name (several exports open).
    pub view_group: &'static str,
    /// "Export" (before the digest's first digits).
    pub export: &'static str,
    /// Shown over the dashboard while a file is dragged onto it.
    pub drop_here: &'static str,
    /// Shown while an export that was read is being checked.
    pub checking: &'static str,
    /// Accessible name of the reading progress bar.
    pub reading: &'static str,
    /// "Group companies" in the organisation line.
    pub group_short: &'static str,
    /// Shown when the chosen quarter's summary cannot be computed.
    pub no_summary: &'static str,
}

/// Japanese labels.
pub const JA: Labels = Labels {
    product: "サイバーセキュリティ経営",
    title: "取締役会ダッシュボード",
    other_language: "English",
    switch_language: "Switch to English",
    open_file: "エクスポートを開く…",
    open_file_hint: "JSON 形式（csm-snapshot）",
    organisation: "組織",
    industry: "業種",
    employees: "従業員数",
    as_of: "データ基準日",
    source: "データ",
    group_companies: "グループ会社",
    company: "会社名",
    no_group_companies: "グループ会社の登録はありません。",
    quarters: "四半期",
    latest: "最新",
    validation: "検証結果",
    valid: "有効",
    valid_detail: "形式と内容の検証をすべて通過しました。",
    format: "形式",
    embedded_data: "埋め込みデータ",
    empty_title: "エクスポートが読み込まれていません",
    empty_hint: "CISO 室から受け取った JSON エクスポートを「エクスポートを開く…」で選んでください。ファイルはこの端末の中だけで読み込まれ、送信されません。",
    loading_placeholder: "データを準備しています…",
    whole_file: "ファイル全体",
    dismiss: "閉じる",
    rejected: "読み込めませんでした",
    board_report: "取締役会報告",
    quarter_select: "対象四半期",
    compare_select: "比較対象",
    no_compare: "比較しない",
    views: "表示の切り替え",
    view_summary: "サマリー",
    view_trends: "推移",
    view_checksheet: "チェックシート",
    view_kpis: "KPI",
    view_risks: "リスク",
    view_pdca: "PDCA・報告",
    view_partners: "取引先・委託先",
    view_readiness: "緊急時対応",
    view_impact: "事業影響",
    view_group: "グループ比較",
    export: "エクスポート",
    drop_here: "ここにファイルをドロップして開く",
    checking: "内容を検証しています…",
    reading: "読み込みの進み具合",
    group_short: "グループ会社",
    no_summary: "この四半期の集計を表示できません。",
};

/// English labels.
pub const EN: Labels = Labels {
    product: "Cyber-security management",
    title: "Board dashboard",
    other_language: "日本語",
    switch_language: "日本語に切り替え",
    open_file: "Open an export…",
    open_file_hint: "JSON (csm-snapshot)",
    organisation: "Organisation",
    industry: "Industry",
    employees: "Employees",
    as_of: "Data as of",
    source: "Data",
    group_companies: "Group companies",
    company: "Company",
    no_group_companies: "No group companies are registered.",
    quarters: "Quarters",
    latest: "Latest",
    validation: "Validation",
    valid: "OK",
    valid_detail: "The export passed every format and content check.",
    format: "Format",
    embedded_data: "embedded data",
    empty_title: "No export loaded",
    empty_hint: "Choose the JSON export from the CISO office with \u{201c}Open an export…\u{201d}. The file is read on this device only and is not sent anywhere.",
    loading_placeholder: "Preparing the data…",
    whole_file: "whole file",
    dismiss: "Close",
    rejected: "Could not load",
    board_report: "Report to the board",
    quarter_select: "Quarter",
    compare_select: "Compare with",
    no_compare: "No comparison",
    views: "Views",
    view_summary: "Summary",
    view_trends: "Trends",
    view_checksheet: "Check sheet",
    view_kpis: "KPIs",
    view_risks: "Risks",
    view_pdca: "PDCA & reporting",
    view_partners: "Partners",
    view_readiness: "Readiness",
    view_impact: "Business impact",
    view_group: "Group comparison",
    export: "Export",
    drop_here: "Drop the file here to open it",
    checking: "Checking the contents…",
    reading: "Reading progress",
    group_short: "group companies",
    no_summary: "The summary of this quarter cannot be shown.",
};

/// The labels of `lang`.
pub fn labels(lang: Language) -> &'static Labels {
    match lang {
        Language::Ja => &JA,
        Language::En => &EN,
    }
}

/// The name of a view's tab.
pub fn view_name(lang: Language, view: ViewId) -> &'static str {
    let l = labels(lang);
    match view {
        ViewId::Summary => l.view_summary,
        ViewId::Trends => l.view_trends,
        ViewId::Checksheet => l.view_checksheet,
        ViewId::Kpis => l.view_kpis,
        ViewId::Risks => l.view_risks,
        ViewId::Pdca => l.view_pdca,
        ViewId::Partners => l.view_partners,
        ViewId::Readiness => l.view_readiness,
        ViewId::Impact => l.view_impact,
        ViewId::Group => l.view_group,
    }
}

/// The other language (what the toggle switches to).
pub fn other(lang: Language) -> Language {
    match lang {
        Language::Ja => Language::En,
        Language::En => Language::Ja,
    }
}

/// A whole number with thousands separators: `3000` → `3,000` (both languages use commas).
pub fn count(n: u64) -> String {
    text::grouped(n)
}

/// A head-count: `3,000名` / `3,000 employees` (`1 employee`).
pub fn people(lang: Language, n: u32) -> String {
    match lang {
        Language::Ja => format!("{}名", count(n.into())),
        Language::En if n == 1 => "1 employee".to_owned(),
        Language::En => format!("{} employees", count(n.into())),
    }
}

const MONTHS_EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

fn month_en(month: u8) -> &'static str {
    MONTHS_EN.get(usize::from(month).wrapping_sub(1)).copied().unwrap_or("?")
}

/// A date: `2026年5月20日` / `20 May 2026`.
pub fn date(lang: Language, d: Date) -> String {
    match lang {
        Language::Ja => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
        Language::En => format!("{} {} {}", d.day(), month_en(d.month()), d.year()),
    }
}

/// A quarter in the fiscal year, without its months: `2026年度 第2四半期` / `FY2026 Q2` (every
/// quarter a person sees is named by `csm_core::fiscal`; the calendar key `2026Q3` stays in URLs).
pub fn quarter(lang: Language, q: FiscalQuarter) -> String {
    q.name(lang)
}

/// The latest quarter in a selector: `2026年度 第2四半期（最新）` / `FY2026 Q2 (latest)`.
pub fn latest(lang: Language, q: FiscalQuarter) -> String {
    match lang {
        Language::Ja => format!("{}（{}）", quarter(lang, q), JA.latest),
        Language::En => format!("{} ({})", quarter(lang, q), EN.latest.to_lowercase()),
    }
}

/// A quarter and its months: `2026年度 第2四半期（7〜9月）` / `FY2026 Q2 (Jul–Sep)`.
pub fn quarter_with_months(lang: Language, q: FiscalQuarter) -> String {
    q.label(lang)
}

/// The heading of a rejected file's problems: `bad.json を読み込めませんでした（問題 3 件）`.
pub fn rejected_heading(lang: Language, origin: &str, problems: usize) -> String {
    let n = count(problems as u64);
    match lang {
        Language::Ja => format!("{origin} を読み込めませんでした（問題 {n} 件）"),
        Language::En if problems == 1 => format!("Could not load {origin} (1 problem)"),
        Language::En => format!("Could not load {origin} ({n} problems)"),
    }
}

/// The note that the previously loaded export stays on screen.
pub fn kept_previous(lang: Language, previous: &str) -> String {
    match lang {
        Language::Ja => format!("表示中のデータ（{previous}）はそのまま残しています。"),
        Language::En => format!("The data already shown ({previous}) is kept."),
    }
}

/// The note that only the first problems are listed.
pub fn more_problems(lang: Language, hidden: usize) -> String {
    let n = count(hidden as u64);
    match lang {
        Language::Ja => format!("ほか {n} 件の問題は省略しています。"),
        Language::En => format!("{n} more problems are not listed."),
    }
}

/// The loading notice: `a-company.json を読み込んでいます…`.
pub fn loading(lang: Language, origin: &str) -> String {
    match lang {
        Language::Ja => format!("{origin} を読み込んでいます…"),
        Language::En => format!("Loading {origin}…"),
    }
}

/// The format line of a valid export: `csm-snapshot バージョン 1` / `csm-snapshot version 1`.
pub fn format_line(lang: Language, format: &str, version: u32) -> String {
    match lang {
        Language::Ja => format!("{format} バージョン {version}"),
        Language::En => format!("{format} version {version}"),
    }
}

/// How many group companies: `2社` / `2`.
pub fn companies(lang: Language, n: usize) -> String {
    match lang {
        Language::Ja => format!("{}社", count(n as u64)),
        Language::En => count(n as u64),
    }
}

/// The name shown for where an export came from: the file name, the last segment of a URL, or
/// "embedded data".
pub fn origin(lang: Language, origin: &Origin) -> String {
    match origin {
        Origin::Embedded => labels(lang).embedded_data.to_owned(),
        Origin::File(name) => name.clone(),
        Origin::Url(url) => {
            let path = url.split(['?', '#']).next().unwrap_or(url);
            match path.rsplit('/').next() {
                Some(last) if !last.is_empty() => last.to_owned(),
                _ => url.clone(),
            }
        }
    }
}

/// Why an export could not be read, in one sentence.
pub fn unavailable(lang: Language, why: &Unavailable) -> String {
    match (lang, why) {
        (Language::Ja, Unavailable::Http { url, status }) => {
            format!("{url} を取得できませんでした（HTTP {status}）。公開場所とファイル名を確認してください。")
        }
        (Language::En, Unavailable::Http { url, status }) => {
            format!("{url} could not be fetched (HTTP {status}). Check where it is published and its name.")
        }
        (Language::Ja, Unavailable::Network { url, detail }) => {
            format!("{url} を取得できませんでした。ネットワークまたはサーバーを確認してください（{detail}）。")
        }
        (Language::En, Unavailable::Network { url, detail }) => {
            format!("{url} could not be fetched. Check the network or the server ({detail}).")
        }
        (Language::Ja, Unavailable::FileProtocol { url }) => format!(
            "このページはファイルとして開かれているため、ブラウザーの制限で {url} を読み込めません。「エクスポートを開く…」でファイルを選ぶか、Web サーバー経由で開いてください。"
        ),
        (Language::En, Unavailable::FileProtocol { url }) => format!(
            "This page was opened as a file, and browsers do not let such pages read {url}. Choose the file with \u{201c}Open an export…\u{201d}, or open the page through a web server."
        ),
        (Language::Ja, Unavailable::Read { detail }) => format!("ファイルを読み取れませんでした（{detail}）。"),
        (Language::En, Unavailable::Read { detail }) => format!("The file could not be read ({detail})."),
        (Language::Ja, Unavailable::TooLarge { bytes }) => format!(
            "ファイルが {} バイトあり、上限の {} バイト（64 MiB）を超えるため読み込みませんでした。",
            count(*bytes),
            count(MAX_BYTES as u64)
        ),
        (Language::En, Unavailable::TooLarge { bytes }) => format!(
            "The file is {} bytes, over the {}-byte (64 MiB) limit, so it was not read.",
            count(*bytes),
            count(MAX_BYTES as u64)
        ),
        (Language::Ja, Unavailable::BadEmbedding { detail }) => {
            format!(
                "ページに埋め込まれたデータが壊れています（base64 として読めません: {detail}）。ボードパックを作り直してください。"
            )
        }
        (Language::En, Unavailable::BadEmbedding { detail }) => {
            format!("The data embedded in this page is damaged (not valid base64: {detail}). Rebuild the board pack.")
        }
        (Language::Ja, Unavailable::MissingElement { id }) => {
            format!("ページ内に埋め込みデータ（id=\"{id}\" の JSON）が見つかりません。")
        }
        (Language::En, Unavailable::MissingElement { id }) => {
            format!("The page has no embedded data element (JSON with id=\"{id}\").")
        }
    }
}

/// The first 12 hex digits of a SHA-256, enough to tell exports apart at a glance.
pub fn short_digest(sha256: &str) -> &str {
    sha256.get(..12).unwrap_or(sha256)
}

/// "Data as of" line of the export badge: `2026年10月9日 時点` / `as of 9 Oct 2026`.
pub fn as_of(lang: Language, d: Date) -> String {
    match lang {
        Language::Ja => format!("{} 時点", date(lang, d)),
        Language::En => format!("as of {}", date(lang, d)),
    }
}

/// A short quarter label for charts and tables: `FY2026 Q2` in both languages.
pub fn quarter_short(q: FiscalQuarter) -> String {
    q.short()
}

/// A maturity (mean of 0–5 levels) with at most two decimals: `3.33`, `4`.
pub fn maturity(value: f64) -> String {
    text::number(value, 2)
}

/// A KPI value in its unit: `97.4%`, `14`.
pub fn kpi_value(unit: Unit, value: f64) -> String {
    csm_core::measure::in_unit(value, unit)
}

/// A chart tick in a KPI's unit, without needless decimals: `6%`, `7.5%`, `10`.
pub fn kpi_tick(unit: Unit, value: f64) -> String {
    match unit {
        Unit::Percent => format!("{}%", text::number(value, 1)),
        Unit::Count => text::number(value, 1),
    }
}

/// A KPI target with its direction: `≥ 95.0%` (a minimum), `≤ 4` (a maximum).
pub fn kpi_target(unit: Unit, direction: Polarity, target: f64) -> String {
    csm_core::measure::target(target, unit, direction)
}

/// A signed change with at most `decimals` decimals and a true minus sign: `+0.33`, `−2`, `±0`
/// (core's [`text::signed`], shared with the CLI and the headline).
pub fn signed(change: f64, decimals: usize) -> String {
    text::signed(change, decimals)
}

/// A KPI's change in its unit: percentages in points (`+4.1pt`), counts as counts (`−3`).
pub fn kpi_change(unit: Unit, change: f64) -> String {
    csm_core::measure::change_in_unit(change, unit)
}

/// A signed amount of yen: `+120万円`, `−¥1.2M`, `±0`.
pub fn yen_change(lang: Language, change: i64) -> String {
    text::yen_change(change, lang)
}

/// The arrow for a change: ▲ up, ▼ down, → unchanged (the direction of the number, not whether it
/// is good: [`trend`] says that).
pub fn arrow(change: f64) -> &'static str {
    if text::is_nil(change, 2) {
        "→"
    } else if change > 0.0 {
        "▲"
    } else {
        "▼"
    }
}

/// Whether a KPI moved the better way: `改善` / `better` …
pub fn trend(lang: Language, trend: Trend) -> &'static str {
    trend.label(lang)
}

/// The code of a KPI (as in the summary's JSON): `security_budget_share` …
pub fn kpi_code(id: KpiId) -> &'static str {
    id.code()
}

/// The code of a traffic light (as in the summary's JSON): `green`, `amber`, `red`.
pub fn light_code(light: Light) -> &'static str {
    light.code()
}

/// The code of a decision's severity (as in the summary's JSON): `critical` … `low`.
pub fn severity_code(severity: Urgency) -> &'static str {
    severity.code()
}

/// The code of a KPI status (`on_track` …, `none`), for `data-status` and classes.
pub fn status_code(status: Option<KpiStatus>) -> &'static str {
    status.map_or("none", Term::code)
}

/// A KPI status word, `—` when the KPI has none.
pub fn status(lang: Language, status: Option<KpiStatus>) -> &'static str {
    status.map_or("—", |s| s.label(lang))
}

/// "vs FY2026 Q1" / "2026年度 第1四半期比" after a change.
pub fn versus(lang: Language, q: FiscalQuarter) -> String {
    match lang {
        Language::Ja => format!("{}比", q.name(lang)),
        Language::En => format!("vs {}", q.short()),
    }
}

/// "and N more" after a shortened list.
pub fn and_more(lang: Language, more: usize) -> String {
    match lang {
        Language::Ja => format!("ほか {} 件", count(more as u64)),
        Language::En => format!("and {} more", count(more as u64)),
    }
}

/// The reading progress line: `a.json を読み込んでいます… 45%`.
pub fn reading(lang: Language, origin: &str, percent: u8) -> String {
    format!("{} {percent}%", loading(lang, origin))
}

#[cfg(test)]
mod tests {
    use super::*;
    use csm_core::fiscal::FiscalYearStart;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    /// A quarter of an April-start fiscal year.
    fn q(s: &str) -> FiscalQuarter {
        FiscalYearStart::APRIL.quarter(s.parse().unwrap())
    }

    #[test]
    fn counts_use_thousands_separators() {
        assert_eq!(count(0), "0");
        assert_eq!(count(999), "999");
        assert_eq!(count(1000), "1,000");
        assert_eq!(count(30), "30");
        assert_eq!(count(1_234_567), "1,234,567");
        assert_eq!(people(Language::Ja, 3000), "3,000名");
        assert_eq!(people(Language::En, 3000), "3,000 employees");
        assert_eq!(people(Language::En, 1), "1 employee");
    }

    #[test]
    fn dates_and_quarters_read_naturally() {
        assert_eq!(date(Language::Ja, d("2026-05-20")), "2026年5月20日");
        assert_eq!(date(Language::En, d("2026-05-20")), "20 May 2026");
        assert_eq!(date(Language::En, d("2025-12-01")), "1 Dec 2025");
        assert_eq!(quarter(Language::Ja, q("2026Q3")), "2026年度 第2四半期");
        assert_eq!(quarter(Language::En, q("2026Q3")), "FY2026 Q2");
        assert_eq!(quarter_with_months(Language::Ja, q("2026Q3")), "2026年度 第2四半期（7〜9月）");
        assert_eq!(quarter_with_months(Language::En, q("2026Q4")), "FY2026 Q3 (Oct\u{2013}Dec)");
        assert_eq!(quarter_with_months(Language::En, q("2026Q1")), "FY2025 Q4 (Jan\u{2013}Mar)");
        assert_eq!(latest(Language::Ja, q("2026Q3")), "2026年度 第2四半期（最新）");
        assert_eq!(latest(Language::En, q("2026Q3")), "FY2026 Q2 (latest)");
        assert_eq!(quarter_with_months(Language::En, q("2026Q3")), "FY2026 Q2 (Jul\u{2013}Sep)");
        assert_eq!(quarter_short(q("2026Q3")), "FY2026 Q2");
        // A January start names the calendar year and quarter.
        let jan = FiscalYearStart::JANUARY.quarter("2026Q3".parse().unwrap());
        assert_eq!(quarter_with_months(Language::Ja, jan), "2026年度 第3四半期（7〜9月）");
    }

    #[test]
    fn validity_words_are_what_tests_look_for() {
        assert!(JA.valid.contains("有効"));
        assert!(EN.valid.contains("OK"));
        assert_eq!(labels(other(Language::Ja)), &EN);
        assert_eq!(labels(other(Language::En)), &JA);
    }

    #[test]
    fn origins_name_the_file() {
        let url = |u: &str| origin(Language::En, &Origin::Url(u.into()));
        assert_eq!(url("a-company.json"), "a-company.json");
        assert_eq!(url("https://portal.example/data/b.json?v=3#x"), "b.json");
        assert_eq!(url("https://portal.example/data/"), "https://portal.example/data/");
        assert_eq!(origin(Language::Ja, &Origin::File("q3.json".into())), "q3.json");
        assert_eq!(origin(Language::Ja, &Origin::Embedded), JA.embedded_data);
        assert_eq!(companies(Language::Ja, 2), "2社");
    }

    #[test]
    fn unavailability_is_explained_in_both_languages() {
        let cases = [
            Unavailable::Http { url: "a.json".into(), status: 404 },
            Unavailable::Network { url: "a.json".into(), detail: "TypeError".into() },
            Unavailable::FileProtocol { url: "a.json".into() },
            Unavailable::Read { detail: "NotReadable".into() },
            Unavailable::TooLarge { bytes: 70_000_000 },
            Unavailable::MissingElement { id: "data".into() },
            Unavailable::BadEmbedding { detail: "Invalid byte 33, offset 3.".into() },
        ];
        for why in &cases {
            let (ja, en) = (unavailable(Language::Ja, why), unavailable(Language::En, why));
            assert_ne!(ja, en);
            assert!(!en.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)), "{en}");
            assert!(ja.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)), "{ja}");
        }
        assert!(unavailable(Language::En, &cases[0]).contains("HTTP 404"));
        assert!(unavailable(Language::Ja, &cases[4]).contains("70,000,000"));
    }

    #[test]
    fn numbers_read_as_a_board_expects() {
        assert_eq!(short_digest("ba7816bf8f01cfea414140de5dae2223"), "ba7816bf8f01");
        assert_eq!(short_digest("abc"), "abc");
        assert_eq!(as_of(Language::Ja, d("2026-10-09")), "2026年10月9日 時点");
        assert_eq!(as_of(Language::En, d("2026-10-09")), "as of 9 Oct 2026");
        assert_eq!(maturity(3.333_333), "3.33");
        assert_eq!(maturity(4.0), "4");
        assert_eq!(kpi_value(Unit::Percent, 97.368), "97.4%");
        assert_eq!(kpi_value(Unit::Count, 14.0), "14");
        assert_eq!(kpi_tick(Unit::Percent, 6.0), "6%");
        assert_eq!(kpi_tick(Unit::Percent, 7.5), "7.5%");
        assert_eq!(kpi_target(Unit::Percent, Polarity::HigherIsBetter, 95.0), "≥ 95.0%");
        assert_eq!(kpi_target(Unit::Count, Polarity::LowerIsBetter, 4.0), "≤ 4");
        assert_eq!(signed(0.333, 2), "+0.33");
        assert_eq!(signed(-2.0, 1), "\u{2212}2");
        assert_eq!(signed(0.0, 2), "±0");
        assert_eq!(signed(-0.001, 2), "±0");
        assert_eq!(kpi_change(Unit::Percent, 4.06), "+4.1pt");
        assert_eq!(kpi_change(Unit::Count, -3.0), "\u{2212}3");
        assert_eq!(kpi_change(Unit::Percent, 0.0), "±0pt");
        assert_eq!(yen_change(Language::Ja, 1_200_000), "+120万円");
        assert_eq!(yen_change(Language::En, -1_200_000), "\u{2212}¥1.2M");
        assert_eq!(yen_change(Language::En, 0), "±0");
        assert_eq!((arrow(0.25), arrow(-1.0), arrow(0.0), arrow(0.0001)), ("▲", "▼", "→", "→"));
        assert_eq!(status(Language::Ja, Some(KpiStatus::AtRisk)), "注意");
        assert_eq!(status(Language::En, None), "—");
        assert_eq!(status_code(Some(KpiStatus::OffTrack)), "off_track");
        assert_eq!(versus(Language::Ja, q("2026Q2")), "2026年度 第1四半期比");
        assert_eq!(versus(Language::En, q("2026Q2")), "vs FY2026 Q1");
        assert_eq!(and_more(Language::En, 4), "and 4 more");
        assert_eq!(reading(Language::Ja, "b.json", 45), "b.json を読み込んでいます… 45%");
    }

    #[test]
    fn every_view_has_a_name_in_both_languages() {
        for view in ViewId::ALL {
            let (ja, en) = (view_name(Language::Ja, view), view_name(Language::En, view));
            assert!(!ja.is_empty() && !en.is_empty());
            assert!(!en.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c)), "{en}");
        }
    }

    #[test]
    fn problem_headings_count() {
        assert_eq!(rejected_heading(Language::En, "bad.json", 1), "Could not load bad.json (1 problem)");
        assert_eq!(rejected_heading(Language::En, "bad.json", 1200), "Could not load bad.json (1,200 problems)");
        assert_eq!(rejected_heading(Language::Ja, "bad.json", 3), "bad.json を読み込めませんでした（問題 3 件）");
    }
}
