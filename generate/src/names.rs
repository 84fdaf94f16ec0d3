//! Word lists and the company-name composer: Japanese-style names such as `東邦電子株式会社`
//! ("Toho Electronics Co., Ltd.") built from a place-like prefix and a line of business.

use crate::rng::Rng;

/// Place-like name prefixes with their romanisation.
const PREFIXES: &[(&str, &str)] = &[
    ("東邦", "Toho"),
    ("北陸", "Hokuriku"),
    ("関東", "Kanto"),
    ("中部", "Chubu"),
    ("九州", "Kyushu"),
    ("東北", "Tohoku"),
    ("山陽", "San'yo"),
    ("湘南", "Shonan"),
    ("信州", "Shinshu"),
    ("北海", "Hokkai"),
    ("瀬戸内", "Setouchi"),
    ("大和", "Yamato"),
    ("富士", "Fuji"),
    ("近畿", "Kinki"),
    ("四国", "Shikoku"),
    ("山陰", "San'in"),
    ("常磐", "Joban"),
    ("阪神", "Hanshin"),
    ("京浜", "Keihin"),
    ("中央", "Chuo"),
    ("日東", "Nitto"),
    ("太平", "Taihei"),
    ("東洋", "Toyo"),
    ("三和", "Sanwa"),
    ("昭和", "Showa"),
    ("大成", "Taisei"),
    ("明和", "Meiwa"),
    ("光和", "Kowa"),
    ("新日本", "Shin-Nihon"),
    ("北斗", "Hokuto"),
    ("旭", "Asahi"),
    ("若葉", "Wakaba"),
    ("桜", "Sakura"),
    ("白鳥", "Shiratori"),
    ("菱和", "Ryowa"),
    ("平和", "Heiwa"),
    ("協和", "Kyowa"),
    ("東和", "Towa"),
    ("相模", "Sagami"),
    ("武蔵", "Musashi"),
    ("甲斐", "Kai"),
    ("出雲", "Izumo"),
    ("筑紫", "Tsukushi"),
    ("日向", "Hyuga"),
    ("薩摩", "Satsuma"),
    ("尾張", "Owari"),
    ("三河", "Mikawa"),
    ("越後", "Echigo"),
    ("加賀", "Kaga"),
    ("飛騨", "Hida"),
];

/// Lines of business with their English form.
const BUSINESSES: &[(&str, &str)] = &[
    ("電子", "Electronics"),
    ("精機", "Precision Machinery"),
    ("電機", "Electric"),
    ("工業", "Industries"),
    ("製作所", "Works"),
    ("システム", "Systems"),
    ("ロジスティクス", "Logistics"),
    ("運輸", "Transport"),
    ("商事", "Trading"),
    ("テクノ", "Techno"),
    ("エンジニアリング", "Engineering"),
    ("ソフトウェア", "Software"),
    ("部品", "Components"),
    ("化成", "Chemicals"),
    ("光学", "Optics"),
    ("計装", "Instrumentation"),
    ("デバイス", "Devices"),
    ("サービス", "Services"),
    ("販売", "Sales"),
    ("電装", "Electrical Equipment"),
    ("半導体", "Semiconductor"),
    ("情報システム", "Information Systems"),
    ("金型", "Mold & Die"),
    ("技研", "Giken"),
    ("通信", "Communications"),
    ("基板", "Circuit Boards"),
    ("電源", "Power Supply"),
    ("センサー", "Sensors"),
    ("実装", "Assembly"),
    ("ビジネスサポート", "Business Support"),
];

/// Regional suffixes used once every prefix × business pair is taken (`東邦電子西日本`).
const REGIONS: &[(&str, &str)] = &[
    ("東日本", "East Japan"),
    ("西日本", "West Japan"),
    ("北海道", "Hokkaido"),
    ("九州", "Kyushu"),
    ("中国", "Chugoku"),
    ("四国", "Shikoku"),
    ("北陸", "Hokuriku"),
    ("東海", "Tokai"),
];

/// A composed company name.
#[derive(Debug, Clone)]
pub(crate) struct CompanyName {
    /// Legal name, `東邦電子株式会社` or `株式会社東邦電子`.
    pub(crate) name: String,
    /// English name, `Toho Electronics Co., Ltd.`.
    pub(crate) name_en: String,
    /// Short name without the legal form, `東邦電子` (used in owners and summaries).
    pub(crate) short: String,
}

/// `count` distinct company names. Every prefix × business pair is used once (in a seed-dependent
/// order) before regional variants, and a numbered variant only past those.
pub(crate) fn company_names(rng: &mut Rng, count: usize) -> Vec<CompanyName> {
    let mut pairs: Vec<(usize, usize)> =
        (0..PREFIXES.len()).flat_map(|p| (0..BUSINESSES.len()).map(move |b| (p, b))).collect();
    rng.shuffle(&mut pairs);
    let mut out = Vec::with_capacity(count);
    for n in 0..count {
        let (p, b) = pairs[n % pairs.len()];
        let round = n / pairs.len();
        let (pj, pe) = PREFIXES[p];
        let (bj, be) = BUSINESSES[b];
        let (mut short, mut en) = (format!("{pj}{bj}"), format!("{pe} {be}"));
        if round > 0 {
            let (rj, re) = REGIONS[(round - 1) % REGIONS.len()];
            short.push_str(rj);
            en.push(' ');
            en.push_str(re);
            let lap = (round - 1) / REGIONS.len();
            if lap > 0 {
                short.push_str(&format!("第{}", lap + 1));
                en.push_str(&format!(" {}", lap + 1));
            }
        }
        let name = if rng.percent(25) { format!("株式会社{short}") } else { format!("{short}株式会社") };
        out.push(CompanyName { name, name_en: format!("{en} Co., Ltd."), short });
    }
    out
}

/// Departments (部門) with their English names.
pub(crate) const DEPARTMENTS: &[(&str, &str)] = &[
    ("情報システム部", "IT Department"),
    ("製造技術部", "Manufacturing Engineering"),
    ("人事・総務部", "HR and General Affairs"),
    ("広報部", "Public Relations"),
    ("アフターサービス部", "After-sales Service"),
    ("経理部", "Accounting"),
    ("営業部", "Sales"),
    ("品質保証部", "Quality Assurance"),
    ("設計開発部", "Design and Development"),
    ("生産管理部", "Production Control"),
    ("調達部", "Procurement"),
    ("法務部", "Legal"),
];

/// Business lines (B社's product divisions) used to tell apart data assets of the same kind.
pub(crate) const BUSINESS_LINES: &[(&str, &str)] = &[
    ("プリンター事業", "printer business"),
    ("ストレージ事業", "storage business"),
    ("無線通信機器事業", "radio equipment business"),
    ("産業用センサー事業", "industrial sensor business"),
    ("半導体事業", "semiconductor business"),
    ("車載機器事業", "automotive equipment business"),
    ("医療機器事業", "medical equipment business"),
    ("部品販売事業", "component sales business"),
];

/// Sites used to tell apart systems of the same kind in one company.
pub(crate) const SITES: &[(&str, &str)] = &[
    ("本社", "head office"),
    ("第1工場", "Plant 1"),
    ("第2工場", "Plant 2"),
    ("第3工場", "Plant 3"),
    ("物流センター", "distribution centre"),
    ("開発センター", "development centre"),
    ("東日本営業所", "East Japan sales office"),
    ("西日本営業所", "West Japan sales office"),
    ("海外拠点", "overseas site"),
    ("データセンター", "data centre"),
];

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn names_are_unique_even_past_every_pair() {
        let mut rng = Rng::new(3);
        let n = PREFIXES.len() * BUSINESSES.len() * 3 + 7;
        let names = company_names(&mut rng, n);
        assert_eq!(names.len(), n);
        assert_eq!(names.iter().map(|c| c.short.as_str()).collect::<HashSet<_>>().len(), n);
        assert_eq!(names.iter().map(|c| c.name_en.as_str()).collect::<HashSet<_>>().len(), n);
        assert!(names.iter().all(|c| c.name.contains("株式会社") && c.name.contains(&c.short)));
    }
}
