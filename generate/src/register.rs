//! The risk register: the 5 × 5 matrix, every risk's life (registration, residual rating quarter by
//! quarter, retirement, approvals) and the register a given quarter carries.

use csm_core::calendar::Date;
use csm_core::snapshot::{Approval, Insurance, Rating, RiskLevel, RiskMatrix, ScaleLevel, Treatment};

use crate::group::{Family, Group};
use crate::rng::Rng;
use crate::timeline::Timeline;

/// Risk level ids, lowest first.
const LEVELS: [&str; 4] = ["low", "medium", "high", "critical"];
/// The group's tolerance: up to `high` without board approval.
const TOLERANCE: usize = 2;

/// The risk matrix: 5 likelihood × 5 impact levels, 4 risk levels by the sum of the two.
pub(crate) fn matrix() -> RiskMatrix {
    let scale = |items: &[(&str, &str, &str)]| {
        items
            .iter()
            .map(|(ja, en, d)| ScaleLevel { name: (*ja).into(), name_en: (*en).into(), description: Some((*d).into()) })
            .collect()
    };
    let level = |id: &str, ja: &str, en: &str, colour: &str| RiskLevel {
        id: id.into(),
        name: ja.into(),
        name_en: en.into(),
        colour: colour.into(),
    };
    RiskMatrix {
        likelihood: scale(&[
            ("まれ", "Rare", "10年に1回未満"),
            ("低い", "Unlikely", "数年に1回"),
            ("中程度", "Possible", "年1回程度"),
            ("高い", "Likely", "四半期に1回程度"),
            ("ほぼ確実", "Almost certain", "月1回以上"),
        ]),
        impact: scale(&[
            ("軽微", "Negligible", "損失100万円未満"),
            ("小", "Minor", "損失1,000万円未満"),
            ("中", "Moderate", "損失1億円未満・一部業務の停止"),
            ("大", "Major", "損失10億円未満・事業の停止または個人情報の漏えい"),
            ("甚大", "Severe", "損失10億円以上・全社的な停止"),
        ]),
        levels: vec![
            level("low", "低", "Low", "#4caf50"),
            level("medium", "中", "Medium", "#ffc107"),
            level("high", "高", "High", "#ff9800"),
            level("critical", "重大", "Critical", "#d32f2f"),
        ],
        grid: (1..=5u8)
            .map(|l| (1..=5u8).map(|i| LEVELS[level_of(Rating { likelihood: l, impact: i })].into()).collect())
            .collect(),
        tolerance: LEVELS[TOLERANCE].into(),
        approval_validity_months: None,
        tolerance_changes: Vec::new(),
    }
}

/// The level index (0 = low … 3 = critical) of a rating: by likelihood + impact.
fn level_of(r: Rating) -> usize {
    match r.likelihood + r.impact {
        0..=4 => 0,
        5..=6 => 1,
        7..=8 => 2,
        _ => 3,
    }
}

/// Threat scenarios per family: `{a}` is the asset, `{d}` a duration in days.
fn threats(f: Family) -> &'static [(&'static str, &'static str)] {
    match f {
        Family::PersonalData => &[
            ("不正アクセスによる{a}の漏えい", "Leak of {a} through unauthorised access"),
            ("メール誤送信による{a}の流出", "Disclosure of {a} by misdirected email"),
            ("内部不正による{a}の持ち出し", "Exfiltration of {a} by an insider"),
            ("委託先での{a}の漏えい", "Leak of {a} at an outsourcer"),
            ("ノート PC 紛失による{a}の漏えい", "Leak of {a} through a lost laptop"),
            ("クラウドの設定ミスによる{a}の公開", "Exposure of {a} through a cloud misconfiguration"),
        ],
        Family::TradeSecret => &[
            ("標的型攻撃による{a}の窃取", "Theft of {a} in a targeted attack"),
            ("退職者による{a}の持ち出し", "Exfiltration of {a} by a leaving employee"),
            ("取引先経由の{a}の漏えい", "Leak of {a} through a business partner"),
            ("クラウドの設定ミスによる{a}の公開", "Exposure of {a} through a cloud misconfiguration"),
            ("ランサムウェアによる{a}の暗号化と暴露", "Encryption and publication of {a} by ransomware"),
        ],
        Family::System => &[
            ("ランサムウェアによる{a}の約{d}日間の停止", "A {d}-day outage of the {a} caused by ransomware"),
            (
                "脆弱性を突いた不正アクセスによる{a}のデータ改ざん",
                "Tampering with the {a} through an exploited vulnerability",
            ),
            (
                "保守回線経由のマルウェア感染による{a}の停止",
                "Outage of the {a} after malware entered through a maintenance line",
            ),
            ("設定ミスによる{a}の約{d}日間の停止", "A {d}-day outage of the {a} caused by a misconfiguration"),
            ("ID・パスワードの窃取による{a}への不正ログイン", "Unauthorised log-in to the {a} with stolen credentials"),
        ],
        Family::Plant => &[
            ("マルウェア感染による{a}の約{d}日間の停止", "A {d}-day stop of the {a} caused by malware"),
            (
                "USB メモリ経由のマルウェア感染による{a}の誤動作",
                "Malfunction of the {a} after malware arrived on a USB stick",
            ),
            ("保守ベンダーのリモート接続経由の{a}への侵入", "Intrusion into the {a} through a vendor's remote access"),
        ],
        Family::Product => &[
            ("サプライチェーン攻撃による{a}の改ざん", "Tampering with the {a} in a supply-chain attack"),
            ("署名鍵の漏えいによる{a}の偽造", "Forgery of the {a} after a signing-key leak"),
            ("脆弱性の悪用による{a}の乗っ取り", "Take-over of the {a} through an exploited vulnerability"),
        ],
        Family::Web => &[
            ("DDoS 攻撃による{a}の約{d}日間の停止", "A {d}-day outage of the {a} caused by a DDoS attack"),
            ("脆弱性を突いた{a}の改ざん", "Defacement of the {a} through an exploited vulnerability"),
            (
                "不正アクセスによる{a}からの登録情報の漏えい",
                "Leak of registered data from the {a} through unauthorised access",
            ),
        ],
    }
}

const INSURANCE_POLICIES: &[&str] =
    &["サイバー保険 グループ包括契約", "サイバー保険 個別契約（生産拠点）", "サイバー保険 個別契約（個人情報漏えい）"];

/// A risk's whole life.
#[derive(Debug, Clone)]
struct Life {
    id: String,
    asset: usize,
    threat: String,
    /// The parent's register is kept in English too; the subsidiaries' in Japanese only.
    threat_en: Option<String>,
    owner: String,
    inherent: Rating,
    treatment: Treatment,
    /// Per-risk tolerance override (a stricter level for safety-related risks).
    tolerance: Option<usize>,
    /// First quarter index in the register.
    reg_q: usize,
    /// First quarter index no longer in the register (`quarters` if still there).
    end_q: usize,
    /// Residual rating for each quarter `reg_q..end_q`.
    residual: Vec<Rating>,
    loss_yen: u64,
    /// 0..100: where the frequency sits inside its likelihood band.
    frequency_jitter: u64,
    insurance: Option<(&'static str, u64)>,
    approval: Option<ApprovalPlan>,
}

/// Board approval of a residual risk above tolerance, renewed yearly until it lapses.
#[derive(Debug, Clone)]
struct ApprovalPlan {
    first_q: usize,
    day: i64,
    /// Number of yearly approvals given before renewal stopped (`None`: renewed every year).
    given: Option<usize>,
}

/// The whole register over time.
#[derive(Debug, Clone)]
pub(crate) struct Register {
    lives: Vec<Life>,
}

impl Register {
    /// Builds `live` risks in the register at the last quarter, plus the ones retired before it.
    pub(crate) fn build(rng: &Rng, group: &Group, t: &Timeline, live: usize) -> Register {
        let nq = t.len();
        // Risks are spread over the units in proportion to their asset count, then over their assets.
        let mut cumulative = Vec::with_capacity(group.units.len());
        let mut total = 0u64;
        for u in &group.units {
            total += u.assets.len() as u64;
            cumulative.push(total);
        }
        let retired = if nq > 1 { live / 25 } else { 0 };
        // Quarters in which a threat wave (a ransomware surge, a new attack technique) raised the
        // likelihood of many system risks at once.
        let mut waves_rng = rng.fork("waves");
        let waves: Vec<usize> = (0..3).map(|_| waves_rng.below(nq as u64) as usize).collect();
        let mut lives: Vec<Life> = (0..live + retired)
            .filter_map(|n| {
                let mut r = rng.fork_n("risk", n as u64);
                let pick = r.below(total);
                let unit = cumulative.partition_point(|&c| c <= pick);
                let unit_assets = group.units[unit].assets.clone();
                let asset = unit_assets.start + r.below(unit_assets.len() as u64) as usize;
                let join = group.units[unit].join_q;
                // Most of a unit's risks were registered when it joined the programme; the rest later.
                let reg_q = if r.percent(70) {
                    join + r.below(2) as usize
                } else {
                    r.range(join as u64, nq as u64 - 1) as usize
                }
                .min(nq - 1);
                let end_q = if n < live {
                    nq
                } else if reg_q + 1 < nq {
                    r.range(reg_q as u64 + 1, nq as u64 - 1) as usize
                } else {
                    return None; // would be retired before it was registered
                };
                Some(life(&mut r, group, asset, reg_q, end_q, &waves))
            })
            .collect();
        // Ids in registration order, as a register numbers its entries.
        let mut order: Vec<usize> = (0..lives.len()).collect();
        order.sort_by_key(|&i| (lives[i].reg_q, lives[i].asset, i));
        let width = (lives.len().to_string().len()).max(6);
        for (n, &i) in order.iter().enumerate() {
            lives[i].id = format!("r-{:0width$}", n + 1);
        }
        let mut sorted: Vec<Life> = Vec::with_capacity(lives.len());
        let mut slots: Vec<Option<Life>> = lives.into_iter().map(Some).collect();
        for i in order {
            if let Some(l) = slots[i].take() {
                sorted.push(l);
            }
        }
        Register { lives: sorted }
    }

    /// The register as quarter `q` carries it: every risk when `full`, otherwise only the risks above
    /// their tolerance. Returns the risks and the indices of the assets they name.
    pub(crate) fn quarter(
        &self,
        group: &Group,
        t: &Timeline,
        q: usize,
        full: bool,
    ) -> (Vec<csm_core::snapshot::Risk>, Vec<usize>) {
        let mut out = Vec::new();
        let mut assets = Vec::new();
        let reference = t.reference(q);
        for l in &self.lives {
            if q < l.reg_q || q >= l.end_q {
                continue;
            }
            let residual = l.residual[q - l.reg_q];
            let tol = l.tolerance.unwrap_or(TOLERANCE);
            if !full && level_of(residual) <= tol {
                continue;
            }
            assets.push(l.asset);
            out.push(csm_core::snapshot::Risk {
                id: l.id.clone(),
                asset: group.assets[l.asset].asset.id.clone(),
                threat: l.threat.clone(),
                threat_en: l.threat_en.clone(),
                inherent: l.inherent,
                residual,
                treatment: l.treatment,
                insurance: l.insurance.map(|(policy, cover)| Insurance {
                    policy: policy.into(),
                    cover_yen: cover,
                    expires_on: next_march_31(reference),
                }),
                owner: l.owner.clone(),
                tolerance: l.tolerance.map(|i| LEVELS[i].to_owned()),
                approval: l.approval.as_ref().and_then(|a| approval(a, t, q)),
                loss_magnitude_yen: Some(l.loss_yen),
                annual_frequency: Some(frequency(residual.likelihood, l.frequency_jitter)),
                inherent_loss_magnitude_yen: None,
                inherent_annual_frequency: Some(frequency(l.inherent.likelihood, l.frequency_jitter)),
                cia: Vec::new(),
                processes: Vec::new(),
            });
        }
        assets.sort_unstable();
        assets.dedup();
        (out, assets)
    }
}

fn life(r: &mut Rng, group: &Group, asset: usize, reg_q: usize, end_q: usize, waves: &[usize]) -> Life {
    let a = &group.assets[asset];
    let (tj, te) = *r.pick(threats(a.family));
    let days = r.range(2, 14).to_string();
    let threat = tj.replace("{a}", &a.label_ja).replace("{d}", &days);
    let threat_en = (a.unit == 0).then(|| te.replace("{a}", &a.label_en).replace("{d}", &days));
    let owner = if a.unit == 0 {
        format!("{}長", a.department)
    } else {
        format!("{} {}長", group.short(a.unit), a.department)
    };
    let band = [10, 25, 30, 25, 10];
    let inherent = Rating { likelihood: 1 + r.weighted(&band) as u8, impact: 1 + r.weighted(&band) as u8 };
    let inherent_level = level_of(inherent);
    let treatment = match (inherent_level, r.below(100)) {
        (0, x) if x < 85 => Treatment::Retain,
        (_, x) if x < 72 => Treatment::Reduce,
        (_, x) if x < 84 => Treatment::Transfer,
        (_, x) if x < 88 => Treatment::Avoid,
        _ => Treatment::Retain,
    };
    // Existing controls already lower the likelihood at registration.
    let mut current =
        Rating { likelihood: inherent.likelihood.saturating_sub(r.below(2) as u8).max(1), impact: inherent.impact };
    let n = end_q - reg_q;
    // Planned reductions: quarter offsets at which the treatment takes effect.
    let mut reductions: Vec<usize> = match treatment {
        Treatment::Reduce => {
            let first = if level_of(current) == 3 { r.range(1, 3) } else { r.range(1, 8) } as usize;
            let mut v = vec![first];
            if r.percent(50) {
                v.push(first + r.range(2, 6) as usize);
            }
            v
        }
        Treatment::Avoid => vec![r.range(1, 2) as usize],
        Treatment::Retain | Treatment::Transfer => Vec::new(),
    };
    let exposed = matches!(a.family, Family::System | Family::Plant | Family::Web);
    let mut residual = Vec::with_capacity(n);
    for k in 0..n {
        let q = reg_q + k;
        if k > 0 && exposed && waves.contains(&q) && r.percent(15) {
            current.likelihood = (current.likelihood + 1).min(5);
            if treatment == Treatment::Reduce {
                reductions.push(k + r.range(1, 4) as usize);
            }
        }
        for _ in reductions.iter().filter(|&&at| at == k) {
            if treatment == Treatment::Avoid {
                current = Rating { likelihood: 1, impact: current.impact.saturating_sub(1).max(1) };
            } else {
                current.likelihood = current.likelihood.saturating_sub(1).max(1);
                if level_of(current) == 3 {
                    current.impact = current.impact.saturating_sub(1).max(1);
                }
            }
        }
        residual.push(current);
    }
    let tolerance = (a.family == Family::Plant && r.percent(20)).then_some(1);
    let tol = tolerance.unwrap_or(TOLERANCE);
    let first_above = residual.iter().position(|x| level_of(*x) > tol);
    let approval = first_above.and_then(|k| {
        let accept = match treatment {
            Treatment::Retain | Treatment::Transfer => r.percent(90),
            _ => r.percent(30),
        };
        accept.then(|| ApprovalPlan {
            first_q: reg_q + k,
            day: r.range_i(5, 80),
            given: r.percent(15).then(|| r.range(1, 3) as usize),
        })
    });
    let loss_bands: [(u64, u64); 5] = [(1, 9), (10, 49), (50, 199), (200, 999), (1_000, 5_000)];
    let (lo, hi) = loss_bands[usize::from(inherent.impact - 1)];
    let loss_yen = r.range(lo, hi) * 1_000_000;
    let insurance = (treatment == Treatment::Transfer).then(|| {
        let cover = loss_yen.div_ceil(100_000_000).max(1) * 100_000_000;
        (*r.pick(INSURANCE_POLICIES), cover.min(5_000_000_000))
    });
    Life {
        id: String::new(),
        asset,
        threat,
        threat_en,
        owner,
        inherent,
        treatment,
        tolerance,
        reg_q,
        end_q,
        residual,
        loss_yen,
        frequency_jitter: r.below(100),
        insurance,
        approval,
    }
}

/// Expected occurrences per year for a likelihood level, in hundredths inside the level's band.
fn frequency(likelihood: u8, jitter: u64) -> f64 {
    let bands: [(u64, u64); 5] = [(1, 5), (5, 20), (20, 50), (50, 100), (100, 400)];
    let (lo, hi) = bands[usize::from(likelihood.clamp(1, 5) - 1)];
    (lo + (hi - lo) * jitter / 100) as f64 / 100.0
}

fn approval(plan: &ApprovalPlan, t: &Timeline, q: usize) -> Option<Approval> {
    if q < plan.first_q {
        return None;
    }
    let mut k = (q - plan.first_q) / 4;
    if let Some(given) = plan.given {
        k = k.min(given.saturating_sub(1));
    }
    let at = plan.first_q + 4 * k;
    let approved_on = t.day_in(at, plan.day);
    let n = k + 1;
    Some(Approval {
        approver: "取締役会".into(),
        body: None,
        rating: None,
        approved_on,
        expires_on: approved_on.add_days(365),
        reference: Some(format!("取締役会議事録 {approved_on}（{n}回目の承認）")),
    })
}

/// The next 31 March on or after `d` (insurance renews with the fiscal year).
fn next_march_31(d: Date) -> Date {
    let year = if d.month() <= 3 { d.year() } else { d.year() + 1 };
    Date::new(year, 3, 31).unwrap_or(d)
}
