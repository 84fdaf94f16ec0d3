//! The group: the parent (B社-like electronics maker), its subsidiaries and their protected assets.

use csm_core::snapshot::{Asset, GroupCompany};

use crate::names::{BUSINESS_LINES, CompanyName, DEPARTMENTS, SITES};
use crate::rng::Rng;

/// Employees of the parent company (B社 in the Explanatory Book has 3,000).
pub(crate) const PARENT_EMPLOYEES: u32 = 3_000;

/// What kind of thing an asset is, which decides the threats that apply to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    /// Personal data (個人情報).
    PersonalData,
    /// Trade secrets (営業秘密).
    TradeSecret,
    /// An IT system whose integrity and availability matter.
    System,
    /// Factory control systems (OT).
    Plant,
    /// Products and their software (firmware, patches).
    Product,
    /// A public web system.
    Web,
}

/// A kind of protected asset: names, C/I/A importance, laws, owning department and family.
struct AssetKind {
    ja: &'static str,
    en: &'static str,
    cia: (u8, u8, u8),
    legal: &'static [&'static str],
    department: usize,
    family: Family,
    /// Relative frequency among a subsidiary's assets (the parent has every kind).
    weight: u64,
}

const PIPA: &str = "個人情報保護法";
const UCPA: &str = "不正競争防止法";

const KINDS: &[AssetKind] = &[
    AssetKind {
        ja: "製品登録ユーザー情報",
        en: "registered product users' data",
        cia: (3, 2, 1),
        legal: &[PIPA],
        department: 3,
        family: Family::PersonalData,
        weight: 2,
    },
    AssetKind {
        ja: "社員の個人情報・人事評価結果",
        en: "employees' personal data and appraisals",
        cia: (3, 2, 1),
        legal: &[PIPA],
        department: 2,
        family: Family::PersonalData,
        weight: 6,
    },
    AssetKind {
        ja: "顧客・取引先の担当者情報",
        en: "customer and partner contact data",
        cia: (3, 2, 2),
        legal: &[PIPA],
        department: 6,
        family: Family::PersonalData,
        weight: 5,
    },
    AssetKind {
        ja: "製造装置の動作パラメータ・歩留まりデータ",
        en: "manufacturing-equipment parameters and yield data",
        cia: (3, 2, 1),
        legal: &[UCPA],
        department: 1,
        family: Family::TradeSecret,
        weight: 4,
    },
    AssetKind {
        ja: "設計図面・CAD データ",
        en: "design drawings and CAD data",
        cia: (3, 3, 2),
        legal: &[UCPA],
        department: 8,
        family: Family::TradeSecret,
        weight: 4,
    },
    AssetKind {
        ja: "取引条件・原価情報",
        en: "trade terms and cost data",
        cia: (3, 2, 1),
        legal: &[UCPA],
        department: 10,
        family: Family::TradeSecret,
        weight: 3,
    },
    AssetKind {
        ja: "生産管理システム",
        en: "production control system",
        cia: (2, 3, 3),
        legal: &[],
        department: 9,
        family: Family::System,
        weight: 5,
    },
    AssetKind {
        ja: "受発注 EDI システム",
        en: "ordering EDI system",
        cia: (2, 3, 3),
        legal: &[],
        department: 10,
        family: Family::System,
        weight: 4,
    },
    AssetKind {
        ja: "会計システム",
        en: "accounting system",
        cia: (2, 3, 2),
        legal: &["会社法", "金融商品取引法"],
        department: 5,
        family: Family::System,
        weight: 4,
    },
    AssetKind {
        ja: "メール・グループウェア",
        en: "email and groupware",
        cia: (2, 2, 3),
        legal: &[],
        department: 0,
        family: Family::System,
        weight: 6,
    },
    AssetKind {
        ja: "ファイルサーバ",
        en: "file server",
        cia: (3, 2, 2),
        legal: &[],
        department: 0,
        family: Family::System,
        weight: 5,
    },
    AssetKind {
        ja: "工場制御システム",
        en: "factory control system",
        cia: (1, 3, 3),
        legal: &[],
        department: 1,
        family: Family::Plant,
        weight: 3,
    },
    AssetKind {
        ja: "検査装置・計測データ",
        en: "inspection equipment and measurement data",
        cia: (2, 3, 2),
        legal: &[],
        department: 7,
        family: Family::Plant,
        weight: 2,
    },
    AssetKind {
        ja: "製品ファームウェア・ダウンロード用パッチ",
        en: "product firmware and downloadable patches",
        cia: (2, 3, 2),
        legal: &[],
        department: 4,
        family: Family::Product,
        weight: 2,
    },
    AssetKind {
        ja: "IoT 製品の遠隔保守サービス",
        en: "remote maintenance service for IoT products",
        cia: (2, 3, 3),
        legal: &[],
        department: 4,
        family: Family::Product,
        weight: 1,
    },
    AssetKind {
        ja: "製品情報公開・ヘルプデスク Web システム",
        en: "product information and help-desk web system",
        cia: (2, 3, 3),
        legal: &[PIPA],
        department: 3,
        family: Family::Web,
        weight: 2,
    },
    AssetKind {
        ja: "コーポレートサイト",
        en: "corporate web site",
        cia: (1, 3, 2),
        legal: &[],
        department: 3,
        family: Family::Web,
        weight: 3,
    },
];

/// A protected asset as the inventory holds it, with what the risk register needs to know about it.
#[derive(Debug, Clone)]
pub(crate) struct AssetEntry {
    /// The wire record (the same in every quarter).
    pub(crate) asset: Asset,
    /// Threat family.
    pub(crate) family: Family,
    /// Name for threat texts (kind and site, no company).
    pub(crate) label_ja: String,
    /// English name for threat texts.
    pub(crate) label_en: String,
    /// Index of the owning unit in [`Group::units`].
    pub(crate) unit: usize,
    /// Owning department (Japanese), for risk owners.
    pub(crate) department: &'static str,
}

/// The parent or a subsidiary.
#[derive(Debug, Clone)]
pub(crate) struct Unit {
    /// Group company id; `None` for the parent.
    pub(crate) company: Option<String>,
    /// Names.
    pub(crate) name: CompanyName,
    /// Employees at the last quarter's end.
    pub(crate) employees: u32,
    /// Index of the quarter in which the unit joined the group-wide risk programme.
    pub(crate) join_q: usize,
    /// Its assets: indices into [`Group::assets`].
    pub(crate) assets: std::ops::Range<usize>,
}

/// The parent (index 0) and the subsidiaries, with the asset inventory.
#[derive(Debug, Clone)]
pub(crate) struct Group {
    /// Unit 0 is the parent.
    pub(crate) units: Vec<Unit>,
    /// Every protected asset, grouped by unit.
    pub(crate) assets: Vec<AssetEntry>,
}

impl Group {
    /// Group-wide head-count at the last quarter's end.
    pub(crate) fn employees(&self) -> u32 {
        self.units.iter().map(|u| u.employees).fold(0u32, u32::saturating_add)
    }

    /// The wire list of group companies (every unit but the parent).
    pub(crate) fn group_companies(&self) -> Vec<GroupCompany> {
        self.units
            .iter()
            .filter_map(|u| {
                Some(GroupCompany {
                    id: u.company.clone()?,
                    name: u.name.name.clone(),
                    name_en: Some(u.name.name_en.clone()),
                    employees: u.employees,
                })
            })
            .collect()
    }

    /// The unit's display name for owners and summaries (`東邦電子`, or the parent's `本社`).
    pub(crate) fn short(&self, unit: usize) -> &str {
        if unit == 0 { "本社" } else { &self.units[unit].name.short }
    }
}

/// Builds the parent and `subsidiaries` group companies, each with its assets. `names` holds at least
/// `subsidiaries` names.
pub(crate) fn build(rng: &Rng, subsidiaries: usize, quarters: usize, names: &[CompanyName]) -> Group {
    let mut units = Vec::with_capacity(subsidiaries + 1);
    units.push(Unit {
        company: None,
        name: CompanyName {
            name: "ビー・エレクトロニクス株式会社".into(),
            name_en: "B Electronics Corporation".into(),
            short: "ビー・エレクトロニクス".into(),
        },
        employees: PARENT_EMPLOYEES,
        join_q: 0,
        assets: 0..0,
    });
    let width = subsidiaries.to_string().len().max(3);
    let mut sizes = rng.fork("employees");
    for (i, name) in names.iter().take(subsidiaries).enumerate() {
        // A skewed size distribution: the product of three uniforms, mean about 100.
        let (a, b, c) = (sizes.below(800), sizes.below(800), sizes.below(800));
        let employees = 8 + (a * b * c / (800 * 800)) as u32;
        units.push(Unit {
            company: Some(format!("gc-{:0width$}", i + 1)),
            name: name.clone(),
            employees,
            join_q: 0,
            assets: 0..0,
        });
    }
    // Larger subsidiaries joined the group-wide programme first; the last joined when 60 % of the
    // period had passed.
    let mut order: Vec<usize> = (1..units.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(units[i].employees), i));
    let mut joins = rng.fork("join");
    let span = quarters * 6 / 10;
    for (rank, &i) in order.iter().enumerate() {
        let base = rank * span / order.len().max(1);
        let jitter = joins.below(3) as usize;
        units[i].join_q = (base + jitter).min(quarters.saturating_sub(1));
    }
    let mut assets = Vec::new();
    for (u, unit) in units.iter_mut().enumerate() {
        let start = assets.len();
        add_assets(&mut rng.fork_n("assets", u as u64), u, unit, &mut assets);
        unit.assets = start..assets.len();
    }
    Group { units, assets }
}

fn add_assets(rng: &mut Rng, unit: usize, u: &Unit, out: &mut Vec<AssetEntry>) {
    // The parent holds every kind at several sites; a subsidiary a few kinds, more when larger.
    let picks: Vec<usize> = if unit == 0 {
        (0..KINDS.len()).flat_map(|k| std::iter::repeat_n(k, 1 + (k % 3))).collect()
    } else {
        let n = (2 + u.employees / 80).min(12) as usize;
        let weights: Vec<u64> = KINDS.iter().map(|k| k.weight).collect();
        (0..n).map(|_| rng.weighted(&weights)).collect()
    };
    let mut counts = vec![0usize; KINDS.len()];
    let offsets: Vec<usize> = KINDS.iter().map(|_| rng.below(SITES.len() as u64) as usize).collect();
    let prefix = u.company.as_deref().unwrap_or("hq");
    for (n, k) in picks.into_iter().enumerate() {
        let kind = &KINDS[k];
        let repeat = counts[k];
        counts[k] += 1;
        // The parent names the site of every asset; a subsidiary only from the second of a kind.
        let (label_ja, label_en) = if unit != 0 && repeat == 0 {
            (kind.ja.to_owned(), kind.en.to_owned())
        } else {
            // Systems are told apart by site, data and products by business line.
            let places = match kind.family {
                Family::System | Family::Plant => SITES,
                Family::PersonalData | Family::TradeSecret | Family::Product | Family::Web => BUSINESS_LINES,
            };
            let (pj, pe) = places[(offsets[k] + repeat) % places.len()];
            (format!("{}（{pj}）", kind.ja), format!("{} ({pe})", kind.en))
        };
        let (dept, _) = DEPARTMENTS[kind.department];
        // Importance varies a little by company: a small subsidiary may rate availability lower.
        let (c, i, mut a) = kind.cia;
        if unit != 0 && a > 1 && rng.percent(20) {
            a -= 1;
        }
        out.push(AssetEntry {
            asset: Asset {
                id: format!("{prefix}-a{:02}", n + 1),
                name: label_ja.clone(),
                name_en: Some(capitalise(&label_en)),
                owner: dept.to_owned(),
                company: u.company.clone(),
                confidentiality: c,
                integrity: i,
                availability: a,
                legal: kind.legal.iter().map(|s| (*s).to_owned()).collect(),
            },
            family: kind.family,
            label_ja,
            label_en,
            unit,
            department: dept,
        });
    }
}

/// `abc` → `Abc`.
pub(crate) fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
