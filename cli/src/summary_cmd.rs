//! `csm summary FILE [--quarter 2026Q3] [--lang ja|en] [--format text|json]`: the board summary of one
//! quarter, as a CISO would hand it to the board, or as JSON (`docs/SUMMARY.md`).

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use csm_core::calendar::Quarter;
use csm_core::impact::BusinessImpact;
use csm_core::incident::Incidents;
use csm_core::kpi::{Kpi, KpiStatus, Trend};
use csm_core::measure::{change_in_unit, in_unit, target};
use csm_core::risk::{HeatMap, Move};
use csm_core::snapshot::{self, Language};
use csm_core::staffing::Resources;
use csm_core::summary::{self, BoardSummary, Light};
use csm_core::text::Text;
use csm_core::text::{grouped, is_nil, number, signed, yen, yen_change};
use csm_core::vocabulary::Term;
use csm_core::vulnerability::Vulnerabilities;

use crate::terminal::{json_safe, safe};
use crate::{Format, Lang};

/// How many trace paths a decision shows in text before "and N more".
const TRACE_SHOWN: usize = 3;

/// `all`: list every member of each group of decisions under it (text only; the JSON always carries them).
/// `trends` with JSON: the trends over every quarter (`csm_core::trend::trends`) instead of the summary.
pub fn run(
    file: &Path,
    quarter: Option<&str>,
    lang: Lang,
    format: Format,
    all: bool,
    trends: bool,
) -> anyhow::Result<ExitCode> {
    let ja = lang == Lang::Ja;
    let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    let name = file.display().to_string();
    let snapshot = match snapshot::load(&bytes) {
        Ok(s) => s,
        Err(problems) => {
            let head =
                if ja { format!("{} 件の問題", problems.len()) } else { format!("{} problem(s)", problems.len()) };
            eprintln!("{name}: {head}");
            for p in &problems {
                eprintln!("  {name}: {} [{}]", safe(&p.located(ja)), p.rule.code());
            }
            return Ok(ExitCode::from(1));
        }
    };
    let result = match quarter {
        None => summary::latest_summary(&snapshot),
        Some(q) => match q.parse::<Quarter>() {
            Ok(q) => summary::board_summary(&snapshot, q),
            Err(e) => {
                let available: Vec<String> = snapshot.quarters.iter().map(|q| q.quarter.to_string()).collect();
                if ja {
                    eprintln!("csm: 四半期の指定が不正です: {e}。利用できる四半期: {}", available.join(", "));
                } else {
                    eprintln!("csm: {e}; available quarters: {}", available.join(", "));
                }
                return Ok(ExitCode::from(2));
            }
        },
    };
    let summary = match result {
        Ok(s) => s,
        Err(e) => {
            eprintln!("csm: {}", safe(&if ja { e.message_ja() } else { e.to_string() }));
            return Ok(ExitCode::from(2));
        }
    };
    match format {
        Format::Json if trends => {
            let trends = csm_core::trend::trends(&snapshot);
            println!("{}", json_safe(&serde_json::to_string_pretty(&trends)?));
        }
        Format::Json => println!("{}", json_safe(&serde_json::to_string_pretty(&summary)?)),
        Format::Text => {
            let lang = if ja { Language::Ja } else { Language::En };
            let trends = csm_core::trend::trends(&snapshot);
            print!(
                "{}{}",
                render(&summary, lang, all),
                crate::trend_text::render(&summary, &trends, &snapshot.reference_profiles, lang)
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A decision's sources: the first [`TRACE_SHOWN`] paths, then "and N more"; nothing when empty.
fn trace_line(out: &mut String, indent: &str, trace: &[String], lang: Language) {
    if trace.is_empty() {
        return;
    }
    let ja = lang == Language::Ja;
    let mut shown: Vec<&str> = trace.iter().take(TRACE_SHOWN).map(String::as_str).collect();
    let more = trace.len().saturating_sub(TRACE_SHOWN);
    let more_text = if ja { format!("ほか {more} 件") } else { format!("and {more} more") };
    if more > 0 {
        shown.push(&more_text);
    }
    let label = if ja { "根拠" } else { "source" };
    let _ = writeln!(out, "{indent}{label}: {}", safe(&shown.join(", ")));
}

/// Display width in a terminal: East Asian wide and full-width characters take two columns.
fn width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            let u = c as u32;
            let wide = matches!(u,
                0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
                | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60
                | 0xFFE0..=0xFFE6 | 0x1F300..=0x1F64F | 0x20000..=0x3FFFD);
            if wide { 2 } else { 1 }
        })
        .sum()
}

/// `s` padded with spaces to `w` columns (left-aligned).
fn pad(s: &str, w: usize) -> String {
    format!("{s}{}", " ".repeat(w.saturating_sub(width(s))))
}

/// `s` padded with spaces to `w` columns (right-aligned).
fn rpad(s: &str, w: usize) -> String {
    format!("{}{s}", " ".repeat(w.saturating_sub(width(s))))
}

/// `s` cut to at most `w` columns, with an ellipsis when cut.
fn clip(s: &str, w: usize) -> String {
    if width(s) <= w {
        return s.to_owned();
    }
    let mut out = String::new();
    for c in s.chars() {
        if width(&out) + width(&c.to_string()) > w.saturating_sub(1) {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// A text from the export in `lang`, safe to print (`crate::terminal`).
fn t(text: &Text, lang: Language) -> std::borrow::Cow<'_, str> {
    safe(text.get(lang))
}

fn light_mark(l: Light, lang: Language) -> String {
    let sym = match l {
        Light::Green => "●",
        Light::Amber => "▲",
        Light::Red => "■",
    };
    format!("{sym} {}", pad(l.label(lang), if lang == Language::Ja { 2 } else { 5 }))
}

fn kpi_value(k: &Kpi, v: f64) -> String {
    in_unit(v, k.unit)
}

fn kpi_change(k: &Kpi, lang: Language) -> String {
    let Some(c) = k.change else { return "—".to_owned() };
    let arrow = if is_nil(c, 1) {
        "→"
    } else if c > 0.0 {
        "↑"
    } else {
        "↓"
    };
    let amount = change_in_unit(c, k.unit);
    let word = match k.trend {
        Some(trend @ (Trend::Better | Trend::Worse)) => trend.label(lang),
        _ => "",
    };
    if word.is_empty() { format!("{arrow} {amount}") } else { format!("{arrow} {amount} {word}") }
}

fn kpi_target(k: &Kpi) -> String {
    k.target.map_or_else(|| "—".to_owned(), |v| target(v, k.unit, k.direction))
}

/// `Some(true)` → yes, `Some(false)` → no, `None` → not recorded.
fn flag(value: Option<bool>, lang: Language) -> &'static str {
    match (value, lang) {
        (Some(true), Language::Ja) => "あり",
        (Some(false), Language::Ja) => "なし",
        (None, Language::Ja) => "未記録",
        (Some(true), Language::En) => "yes",
        (Some(false), Language::En) => "no",
        (None, Language::En) => "not recorded",
    }
}

/// Item 6's budget (split pre / during / after incidents, approval) and people against the plan.
fn resources(out: &mut String, r: &Resources, lang: Language) {
    let ja = lang == Language::Ja;
    let (b, p) = (&r.budget, &r.people);
    heading(out, if ja { "予算と人員（重要項目6）" } else { "Budget and people (important item 6)" });
    let y = |x| yen(x, lang);
    let approved = b.approved_on.map(|d| d.to_string()).unwrap_or_else(|| "—".into());
    let standing = b.approval.label(lang);
    let sep = if ja { "、" } else { ", " };
    if ja {
        let _ = writeln!(
            out,
            "  予算 {}（当四半期は {}年度）: セキュリティ {}（事前対策 {}・対策運用 {}・事後対策 {}）／IT予算 {}",
            safe(&b.fiscal_year),
            b.year_in_force,
            y(b.security_yen),
            y(b.pre_incident_yen),
            y(b.operations_yen),
            y(b.post_incident_yen),
            y(b.it_yen)
        );
        let _ = writeln!(out, "  承認日 {approved}（{standing}）");
    } else {
        let _ = writeln!(
            out,
            "  Budget {} (the quarter is in FY{}): security {} (pre-incident {}, operations {}, post-incident {}) of IT {}",
            safe(&b.fiscal_year),
            b.year_in_force,
            y(b.security_yen),
            y(b.pre_incident_yen),
            y(b.operations_yen),
            y(b.post_incident_yen),
            y(b.it_yen)
        );
        let _ = writeln!(out, "  Approved {approved} ({standing})");
    }
    let plan = |n: Option<u32>| match (n, ja) {
        (Some(n), true) => format!("計画 {n} 人"),
        (Some(n), false) => format!("plan {n}"),
        (None, true) => "計画は未記録".into(),
        (None, false) => "plan not recorded".into(),
    };
    if ja {
        let _ = writeln!(
            out,
            "  セキュリティ担当 {} 人（{}）、うち有資格者 {} 人（{}）／従業員 {} 人",
            p.security_staff,
            plan(p.needed),
            p.qualified,
            plan(p.qualified_needed),
            grouped(u64::from(p.staff))
        );
    } else {
        let _ = writeln!(
            out,
            "  Security staff {} ({}), of whom qualified {} ({}); staff {}",
            p.security_staff,
            plan(p.needed),
            p.qualified,
            plan(p.qualified_needed),
            grouped(u64::from(p.staff))
        );
    }
    let list = |v: &[String]| if v.is_empty() { "—".to_owned() } else { safe(&v.join(sep)).into_owned() };
    if ja {
        let _ = writeln!(out, "  不足スキル: {}", list(&p.skills_gaps));
        let _ = writeln!(out, "  外部の専門家・サービス: {}", list(&p.external_resources));
        let _ = writeln!(
            out,
            "  キャリアパス: {}　業績評価基準: {}",
            flag(p.career_path, lang),
            flag(p.evaluation_criteria, lang)
        );
    } else {
        let _ = writeln!(out, "  Skills gaps: {}", list(&p.skills_gaps));
        let _ = writeln!(out, "  Outside experts and services: {}", list(&p.external_resources));
        let _ = writeln!(
            out,
            "  Career path: {}  performance criteria: {}",
            flag(p.career_path, lang),
            flag(p.evaluation_criteria, lang)
        );
    }
}

fn heading(out: &mut String, title: &str) {
    let _ = writeln!(out, "\n■ {title}");
}

fn heat_map(out: &mut String, h: &HeatMap, lang: Language) {
    let ja = lang == Language::Ja;
    let cell_w = h
        .rows
        .iter()
        .flat_map(|r| r.cells.iter())
        .map(|c| width(&t(&c.name, lang)) + 4)
        .chain(h.impact.iter().map(|i| width(&t(i, lang))))
        .max()
        .unwrap_or(8)
        .max(6)
        + 2;
    let corner = if ja { "発生可能性＼影響度" } else { "likelihood \\ impact" };
    let label_w = h.rows.iter().map(|r| width(&t(&r.label, lang))).max().unwrap_or(4).max(width(corner)) + 2;
    let mut line = format!("  {}", pad(corner, label_w));
    for i in &h.impact {
        line.push_str(&pad(&t(i, lang), cell_w));
    }
    let _ = writeln!(out, "{}", line.trim_end());
    for r in &h.rows {
        let mut line = format!("  {}", pad(&t(&r.label, lang), label_w));
        for c in &r.cells {
            let cell = if c.count == 0 {
                format!("· {}", t(&c.name, lang))
            } else {
                format!("{} {}", c.count, t(&c.name, lang))
            };
            line.push_str(&pad(&cell, cell_w));
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
}

/// The summary as text in `lang`.
/// A date, or a dash.
fn day(d: Option<csm_core::calendar::Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_else(|| "—".into())
}

/// The incident timeline of the quarter, the category trend and the disclosure plan (issue 15 item 4,
/// issue 16 item 6): what `readiness.incidents` computed, laid out.
fn incidents_section(out: &mut String, x: &Incidents, lang: Language) {
    let ja = lang == Language::Ja;
    let sep = if ja { "、" } else { ", " };
    heading(
        out,
        if ja {
            "インシデントの時系列と開示の準備"
        } else {
            "Incident timeline and disclosure readiness"
        },
    );
    if x.timelines.is_empty() {
        let _ = writeln!(out, "  {}", if ja { "今期のインシデントなし" } else { "No incident this quarter" });
    }
    for tl in &x.timelines {
        let lag = match (tl.report_lag_days, tl.limit_days) {
            (Some(n), Some(l)) if ja => format!("（{n} 日 / 基準 {l} 日: {}）", tl.escalation.label(lang)),
            (Some(n), Some(l)) => format!(" ({n} d / limit {l} d: {})", tl.escalation.label(lang)),
            (Some(n), None) if ja => format!("（{n} 日、{}）", tl.escalation.label(lang)),
            (Some(n), None) => format!(" ({n} d; {})", tl.escalation.label(lang)),
            (None, _) if ja => format!("（{}）", tl.escalation.label(lang)),
            (None, _) => format!(" ({})", tl.escalation.label(lang)),
        };
        let (det, rep, con, clo, dis) = if ja {
            ("検知", "経営者報告", "封じ込め", "完了", "公表")
        } else {
            ("detected", "executive", "contained", "closed", "public")
        };
        let _ = writeln!(
            out,
            "  {} {} {}: {det} {} → {rep} {}{lag} → {con} {} → {clo} {} → {dis} {}",
            safe(&tl.id),
            tl.impact.label(lang),
            safe(&tl.category),
            tl.detected,
            day(tl.reported_on),
            day(tl.contained_on),
            day(tl.closed_on),
            day(tl.disclosed_on),
        );
        if !tl.notices.is_empty() {
            let list: Vec<String> = tl
                .notices
                .iter()
                .map(|n| {
                    let (stage, to) = (n.stage.label(lang), n.recipient.label(lang));
                    if ja {
                        format!("{stage} {to} {}（{} 日）", n.date, n.lag_days)
                    } else {
                        format!("{stage} {to} {} ({} d)", n.date, n.lag_days)
                    }
                })
                .collect();
            let _ = writeln!(out, "      {}: {}", if ja { "通知" } else { "notices" }, list.join(sep));
        }
    }
    let t = &x.trend;
    if !t.rows.is_empty() {
        let quarters: Vec<String> = t.quarters.iter().map(|q| q.to_string()).collect();
        let rows: Vec<String> = t
            .rows
            .iter()
            .take(6)
            .map(|r| {
                let counts: Vec<String> =
                    r.incidents.iter().zip(&r.near_misses).map(|(i, n)| (i + n).to_string()).collect();
                format!("{} {}", safe(&r.category), counts.join("/"))
            })
            .collect();
        let label = if ja {
            format!("分類別の推移（{}、インシデント＋ヒヤリハット）", quarters.join(" / "))
        } else {
            format!("By category ({}; incidents + near-misses)", quarters.join(" / "))
        };
        let _ = writeln!(out, "  {label}: {}", rows.join(sep));
    }
    let p = &x.plan;
    let mut parts: Vec<String> = Vec::new();
    if p.template_recorded {
        let n = csm_core::snapshot::NoticeElement::ALL.len();
        let have = n - p.template_missing.len();
        parts.push(format!("5W1H {have}/{n}"));
    }
    if p.stages_recorded {
        let stages: Vec<&str> = p.stages.iter().map(|st| st.stage.label(lang)).collect();
        parts.push(format!("{} {}", if ja { "段階" } else { "stages" }, stages.join(sep)));
    }
    if let Some(who) = &p.spokesperson {
        parts.push(format!("{} {}", if ja { "説明者" } else { "spokesperson" }, safe(who)));
    }
    if let Some(e) = &p.escalation_days {
        use csm_core::snapshot::ImpactClass as I;
        let limits: Vec<String> =
            [(I::Minor, e.minor), (I::Moderate, e.moderate), (I::Major, e.major), (I::Severe, e.severe)]
                .into_iter()
                .filter_map(|(c, d)| {
                    d.map(|d| if ja { format!("{} {d} 日", c.label(lang)) } else { format!("{} {d} d", c.label(lang)) })
                })
                .collect();
        if !limits.is_empty() {
            parts.push(format!("{} {}", if ja { "経営者報告の期限" } else { "escalation" }, limits.join(sep)));
        }
    }
    parts.push(if ja {
        format!("公表文書（直近12か月） {} 件", p.publications_in_year)
    } else {
        format!("public documents (12 months) {}", p.publications_in_year)
    });
    let _ = writeln!(out, "  {}: {}", if ja { "開示の準備" } else { "Disclosure plan" }, parts.join(sep));
    let missing: Vec<&str> = p.not_recorded().iter().map(|m| m.label(lang)).collect();
    if !missing.is_empty() {
        let _ = writeln!(out, "  {}: {}", if ja { "記録なし" } else { "Not recorded" }, missing.join(sep));
    }
}

/// Vulnerability and patch management (8-1): open by severity, the target and the overdue criticals,
/// the systems past end of support; or that the export does not record it.
fn vulnerabilities(out: &mut String, v: &Vulnerabilities, lang: Language) {
    let ja = lang == Language::Ja;
    heading(out, if ja { "脆弱性・パッチ管理（重要8 8-1）" } else { "Vulnerabilities and patches (item 8, 8-1)" });
    if !v.recorded {
        let _ = writeln!(out, "  {}", if ja { "記録なし" } else { "Not recorded" });
        return;
    }
    if let Some(total) = v.open_total {
        let list: Vec<String> = v.open.iter().map(|c| format!("{} {}", c.severity.label(lang), c.open)).collect();
        let list = list.join(if ja { "・" } else { ", " });
        if ja {
            let _ = writeln!(out, "  未対処の脆弱性 {total} 件（{list}）");
        } else {
            let _ = writeln!(out, "  Open vulnerabilities: {total} ({list})");
        }
    }
    let target = v.target_days.map(|d| d.to_string()).unwrap_or_else(|| "—".into());
    let median = v.median_days_to_patch.map(|m| number(m, 1)).unwrap_or_else(|| "—".into());
    if ja {
        let _ = writeln!(
            out,
            "  緊急の脆弱性: 対処目標 {target} 日、目標超過で未対処 {} 件、四半期中の対処日数（中央値）{median} 日",
            v.overdue
        );
    } else {
        let _ = writeln!(
            out,
            "  Critical vulnerabilities: target {target} days, {} open beyond it, median days to patch this quarter {median}",
            v.overdue
        );
    }
    for c in v.criticals.iter().filter(|c| c.open) {
        let state = match (c.overdue, ja) {
            (true, true) => "目標超過",
            (true, false) => "overdue",
            (false, true) => "対処中",
            (false, false) => "open",
        };
        let days = if ja { format!("{} 日", c.days) } else { format!("{} days", c.days) };
        let _ = writeln!(out, "  ・{} {} — {} {days} [{state}]", safe(&c.id), safe(&c.title), safe(&c.system));
    }
    for u in &v.unsupported {
        let plan = match (&u.replacement, ja) {
            (Some(r), _) => safe(r).into_owned(),
            (None, true) => "更改計画なし".into(),
            (None, false) => "no replacement planned".into(),
        };
        let state = match (u.past_support, ja) {
            (true, true) => "サポート終了",
            (true, false) => "past end of support",
            (false, true) => "サポート終了予定",
            (false, false) => "support ends",
        };
        let _ = writeln!(out, "  ・{} — {state} {} — {plan}", safe(&u.name), u.end_of_support);
    }
}

/// Business impact analysis (3-3): the scenario, each process against its RTO and its loss, the total.
fn business_impact(out: &mut String, b: &BusinessImpact, lang: Language) {
    let ja = lang == Language::Ja;
    if !b.recorded {
        return;
    }
    heading(out, if ja { "ビジネスインパクト分析（3-3）" } else { "Business impact analysis (3-3)" });
    if let (Some(s), Some(total)) = (&b.scenario, b.total_loss_yen) {
        let desc = safe(s.description.get(lang)).into_owned();
        if ja {
            let _ = writeln!(
                out,
                "  想定: {desc}（{} 日）— 損失合計 {}、許容停止時間を超える業務 {} 件",
                s.days,
                yen(total, lang),
                b.beyond_rto
            );
        } else {
            let _ = writeln!(
                out,
                "  Scenario: {desc} ({} days) — total loss {}, {} process(es) beyond their RTO",
                s.days,
                yen(total, lang),
                b.beyond_rto
            );
        }
    }
    for p in &b.processes {
        let verdict = match (p.within_rto, ja) {
            (Some(true), true) => "許容範囲内",
            (Some(true), false) => "within RTO",
            (Some(false), true) => "許容停止時間超過",
            (Some(false), false) => "beyond RTO",
            (None, _) => "—",
        };
        let loss = p.scenario_loss_yen.map(|y| yen(y, lang)).unwrap_or_else(|| "—".into());
        let rto = if ja { format!("RTO {} 時間", p.rto_hours) } else { format!("RTO {} h", p.rto_hours) };
        let _ = writeln!(out, "  ・{} — {rto} [{verdict}] {loss}", safe(p.name.get(lang)));
    }
}

pub fn render(s: &BoardSummary, lang: Language, all: bool) -> String {
    let ja = lang == Language::Ja;
    let mut out = String::new();
    let title = if ja {
        "サイバーセキュリティ経営 取締役会報告"
    } else {
        "Cyber-security management — board summary"
    };
    let rule = "━".repeat(64);
    let org = format!("{} — {}", t(&s.organisation.name, lang), t(&s.organisation.industry, lang));
    let _ = writeln!(out, "{rule}\n{title}\n{org}");
    // Quarters in the fiscal year, with the export's key (what `--quarter` takes) in brackets.
    let named = |q: Quarter| format!("{} [{q}]", s.fiscal(q).label(lang));
    let prev = s.previous_quarter.map(named).unwrap_or_else(|| "—".into());
    let quarter = named(s.quarter);
    if ja {
        let _ = writeln!(
            out,
            "対象四半期 {quarter}　基準日 {}　比較対象 {prev}　（エクスポート {}）",
            s.reference, s.as_of
        );
    } else {
        let _ = writeln!(
            out,
            "Quarter {quarter}  reference date {}  compared with {prev}  (export as of {})",
            s.reference, s.as_of
        );
    }
    if !s.year_covered {
        let first = s.quarters.first().map(|q| q.start().to_string()).unwrap_or_default();
        if ja {
            let _ = writeln!(out, "※ 記録は {first} 以降のため、直近12か月の集計は一部の期間のみです");
        } else {
            let _ = writeln!(out, "Note: records start {first}, so 12-month counts cover part of the year only");
        }
    }
    let _ = writeln!(out, "{rule}\n{}", safe(&s.headline.message(lang)));

    // Traffic lights.
    heading(
        &mut out,
        if ja {
            "重要10項目の状況（成熟度 / 目標、前期比）"
        } else {
            "The 10 important items (maturity / target, change)"
        },
    );
    let name_w = s.lights.iter().map(|l| width(&t(&l.title, lang))).max().unwrap_or(20).min(if ja { 40 } else { 48 });
    for l in &s.lights {
        let change = l.change.map(|c| signed(c, 2)).unwrap_or_else(|| "—".into());
        let _ = writeln!(
            out,
            "  {} {:>2}. {} {:>4} / {:<4} {}",
            light_mark(l.light, lang),
            l.item,
            pad(&clip(&t(&l.title, lang), name_w), name_w),
            number(l.maturity, 2),
            number(l.target, 2),
            change
        );
        for sig in l.findings() {
            let mark = if sig.light == Light::Red { "■" } else { "▲" };
            let _ = writeln!(out, "        {mark} {}", safe(&sig.reason.message(lang)));
        }
    }

    // What the export does not record: said apart from the findings, never a colour.
    if s.lights.iter().any(|l| l.not_recorded().next().is_some()) {
        heading(
            &mut out,
            if ja {
                "記録されていない事項（判定していません。信号の色は変わりません）"
            } else {
                "Not recorded (not judged; no light changes colour)"
            },
        );
        for l in &s.lights {
            for sig in l.not_recorded() {
                let _ = writeln!(out, "  ○ {:>2}. {}", l.item, safe(&sig.reason.message(lang)));
            }
        }
    }

    resources(&mut out, &s.resources, lang);

    // KPIs.
    heading(&mut out, if ja { "KPI（目標との比較）" } else { "KPIs against target" });
    let kname_w = s.kpis.kpis.iter().map(|k| width(&t(&k.name, lang))).max().unwrap_or(30);
    let head = if ja {
        ["指標", "実績", "目標", "前期比", "状態"]
    } else {
        ["KPI", "value", "target", "change", "status"]
    };
    let _ = writeln!(
        out,
        "  {} {} {}  {}  {}",
        pad(head[0], kname_w),
        rpad(head[1], 8),
        rpad(head[2], 9),
        pad(head[3], 18),
        head[4]
    );
    for k in &s.kpis.kpis {
        let value = k
            .value
            .map(|v| kpi_value(k, v))
            .unwrap_or_else(|| if ja { "データなし".into() } else { "no data".into() });
        let status = k.status.map(|x| {
            let mark = match x {
                KpiStatus::OnTrack => "●",
                KpiStatus::AtRisk => "▲",
                KpiStatus::OffTrack => "■",
            };
            format!("{mark} {}", x.label(lang))
        });
        let _ = writeln!(
            out,
            "  {} {} {}  {}  {}",
            pad(&t(&k.name, lang), kname_w),
            rpad(&value, 8),
            rpad(&kpi_target(k), 9),
            pad(&kpi_change(k, lang), 18),
            status.unwrap_or_else(|| "—".into())
        );
    }
    let b = &s.kpis.incidents;
    let by: Vec<String> = b
        .by_impact
        .iter()
        .filter(|c| c.incidents + c.near_misses > 0)
        .map(|c| format!("{} {}/{}", c.impact.label(lang), c.incidents, c.near_misses))
        .collect();
    if !by.is_empty() {
        let label = if ja {
            "影響度別（インシデント/ヒヤリハット）"
        } else {
            "By impact (incidents/near-misses)"
        };
        let _ = writeln!(out, "  {label}: {}", by.join(if ja { "、" } else { ", " }));
    }
    incidents_section(&mut out, &s.readiness.incidents, lang);

    // Heat map and loss.
    let r = &s.risk;
    let tol = r.tolerance.as_ref().map(|l| t(&l.name, lang).into_owned()).unwrap_or_default();
    heading(
        &mut out,
        &if ja {
            format!("残留リスクのヒートマップ（{} 件、許容レベル「{tol}」、各セルは件数とレベル）", r.risks)
        } else {
            format!("Residual risk heat map ({} risks, tolerance \"{tol}\"; each cell: count and level)", r.risks)
        },
    );
    heat_map(&mut out, &r.residual, lang);
    let moves = |m: Move| r.movements.iter().filter(|x| x.change == m).count();
    if s.previous_quarter.is_some() {
        // Up, down, new, removed: the words are the vocabulary's.
        let counts = Move::ALL.iter().map(|&m| (m.label(lang), moves(m)));
        if ja {
            let list: Vec<String> = counts.map(|(word, n)| format!("{word} {n} 件")).collect();
            let _ = writeln!(out, "  前期からの変化: レベル{}", list.join("、"));
        } else {
            let list: Vec<String> = counts.map(|(word, n)| format!("{n} {}", word.to_lowercase())).collect();
            let _ = writeln!(out, "  Since the previous quarter: {}", list.join(", "));
        }
    }

    let l = &r.loss;
    heading(
        &mut out,
        if ja {
            "想定年間損失（損失額 × 年間発生頻度）"
        } else {
            "Expected annual loss (loss magnitude × annual frequency)"
        },
    );
    let change = l.previous_total_yen.map(|p| {
        let d = l.total_yen as i64 - p as i64;
        let amount = yen_change(d, lang);
        if ja { format!("（前期比 {amount}）") } else { format!(" ({amount} on the previous quarter)") }
    });
    let total_label = if ja { "合計" } else { "Total" };
    let _ = writeln!(out, "  {total_label} {}{}", yen(l.total_yen, lang), change.unwrap_or_default());
    let _ = writeln!(out, "  {}", l.comparison(lang));
    for a in l.per_asset.iter().take(5) {
        let risks = if ja { format!("（{} 件）", a.risks) } else { format!(" ({} risk(s))", a.risks) };
        let _ = writeln!(
            out,
            "  ・{} {}{risks}",
            pad(&clip(&t(&a.name, lang), 36), 36),
            rpad(&yen(a.expected_loss_yen, lang), 10)
        );
    }
    if l.per_asset.len() > 5 {
        let more = l.per_asset.len() - 5;
        let _ =
            writeln!(out, "  {}", if ja { format!("ほか {more} 資産") } else { format!("and {more} more asset(s)") });
    }

    vulnerabilities(&mut out, &s.vulnerabilities, lang);
    business_impact(&mut out, &s.business_impact, lang);

    // Decisions.
    heading(
        &mut out,
        &if ja {
            format!("取締役会の判断事項（{} 件、優先順）", s.decisions.len())
        } else {
            format!("Decisions for the board ({}, most urgent first)", s.decisions.len())
        },
    );
    if s.decisions.is_empty() {
        let _ = writeln!(out, "  {}", if ja { "なし" } else { "None" });
    }
    for d in &s.decisions {
        let sev = format!("[{}]", d.urgency.label(lang));
        let _ = writeln!(out, "  {:>2}. {} {}", d.rank, pad(&sev, if ja { 8 } else { 10 }), safe(&d.title(lang)));
        trace_line(&mut out, "      ", &d.trace, lang);
        if d.members.is_empty() {
            continue;
        }
        if !all {
            let n = d.members.len();
            let hint =
                if ja { format!("全 {n} 件は --all で表示") } else { format!("all {n}: --all lists them") };
            let _ = writeln!(out, "      {hint}");
            continue;
        }
        for m in &d.members {
            let _ = writeln!(out, "      {:>2}.{} {}", d.rank, m.rank, safe(&m.title(lang)));
            trace_line(&mut out, "           ", &m.trace, lang);
        }
    }
    board_record(&mut out, s, lang);
    out
}

/// The board's record (4-2): last quarter's directives and what became of them, the overdue ones
/// named, the decisions taken, those not asked again, tolerance changes, and overdue treatment actions.
fn board_record(out: &mut String, s: &BoardSummary, lang: Language) {
    let ja = lang == Language::Ja;
    let b = &s.board;
    heading(out, if ja { "取締役会の決定と指示" } else { "Board decisions and directives" });
    let _ = writeln!(out, "  {}", safe(&b.status(lang)));
    for d in b.overdue() {
        let _ = writeln!(out, "  ! {}", safe(&d.line(lang)));
        trace_line(out, "    ", std::slice::from_ref(&d.path), lang);
    }
    for t in &b.taken {
        let _ = writeln!(out, "  - {}", safe(&t.line(lang)));
    }
    for c in &b.tolerance_changes {
        let _ = writeln!(out, "  - {}", safe(&c.line(lang)));
    }
    for a in &s.already_decided {
        let _ = writeln!(out, "  = {}", safe(&a.line(lang)));
    }
    if s.actions.recorded {
        let (n, open, late) = (s.actions.actions.len(), s.actions.open, s.actions.overdue);
        let line = if ja {
            format!("対応計画のアクション {n} 件（未完了 {open}・期限超過 {late}）")
        } else {
            format!("Treatment actions: {n} ({open} open, {late} overdue)")
        };
        let _ = writeln!(out, "  {line}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_count_wide_characters_twice() {
        assert_eq!(width("abc"), 3);
        assert_eq!(width("赤"), 2);
        assert_eq!(width("ＡＢ"), 4);
        assert_eq!(pad("高", 4), "高  ");
        assert_eq!(rpad("1", 3), "  1");
        assert_eq!(clip("あいうえお", 6), "あい…");
        assert_eq!(clip("abc", 6), "abc");
        assert_eq!(signed(0.25, 2), "+0.25");
        assert_eq!(signed(-1.0, 1), "−1");
        assert_eq!(signed(0.001, 2), "±0");
    }

    fn sample(name: &str) -> BoardSummary {
        let path = format!("{}/../samples/{name}", env!("CARGO_MANIFEST_DIR"));
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let s = snapshot::load(&bytes).unwrap_or_else(|p| panic!("{path}:\n{p}"));
        summary::latest_summary(&s).unwrap()
    }

    #[test]
    fn renders_every_section_in_both_languages() {
        let sum = sample("a-company.json");
        let ja = render(&sum, Language::Ja, false);
        let en = render(&sum, Language::En, false);
        for (text, sections) in [
            (
                &ja,
                [
                    "重要10項目の状況",
                    "KPI（目標との比較）",
                    "残留リスクのヒートマップ",
                    "想定年間損失",
                    "取締役会の判断事項",
                    "インシデントの時系列と開示の準備",
                    "取締役会の決定と指示",
                ],
            ),
            (
                &en,
                [
                    "The 10 important items",
                    "KPIs against target",
                    "Residual risk heat map",
                    "Expected annual loss",
                    "Decisions for the board",
                    "Incident timeline and disclosure readiness",
                    "Board decisions and directives",
                ],
            ),
        ] {
            for s in sections {
                assert!(text.contains(&format!("■ {s}")), "missing section {s}:\n{text}");
            }
        }
        assert!(ja.contains(&sum.headline.message(Language::Ja)));
        assert!(en.contains(&sum.headline.message(Language::En)));
        // A社's fiscal year starts in April: 2026Q3 (July–September) is its second quarter.
        assert!(ja.contains("対象四半期 2026年度 第2四半期（7〜9月） [2026Q3]"), "{ja}");
        assert!(en.contains("Quarter FY2026 Q2 (Jul\u{2013}Sep) [2026Q3]"), "{en}");
        assert!(en.contains("compared with FY2026 Q1 (Apr\u{2013}Jun) [2026Q2]"), "{en}");
        // One line per item, one per KPI, one per heat-map row, one per decision.
        for l in &sum.lights {
            assert!(ja.contains(&format!("{:>2}. ", l.item)));
        }
        for k in &sum.kpis.kpis {
            assert!(ja.contains(&k.name.ja) && en.contains(&k.name.en));
        }
        for r in &sum.risk.residual.rows {
            assert!(ja.lines().any(|line| line.trim_start().starts_with(&r.label.ja)));
        }
        for d in &sum.decisions {
            assert!(ja.contains(&d.title(Language::Ja)) && en.contains(&d.title(Language::En)));
        }
        assert!(ja.contains(&sum.board.status(Language::Ja)) && en.contains(&sum.board.status(Language::En)));
        for d in sum.board.overdue() {
            assert!(en.contains(&d.line(Language::En)));
        }
        assert!(!en.contains("件"), "Japanese counter word in English output");
        // A社's DM misdelivery of 2026Q3 was reported the day after detection: in time on its 1-day limit.
        assert!(
            ja.contains(
                "A-IN-04 軽微 委託先での誤送付: 検知 2026-08-19 → 経営者報告 2026-08-20（1 日 / 基準 1 日: 基準内）"
            ),
            "{ja}"
        );
        assert!(en.contains("Disclosure plan: 5W1H 7/7"), "{en}");
    }

    #[test]
    fn heat_map_columns_line_up() {
        let sum = sample("b-company.json");
        for lang in [Language::Ja, Language::En] {
            let mut out = String::new();
            heat_map(&mut out, &sum.risk.residual, lang);
            let lines: Vec<&str> = out.lines().collect();
            assert_eq!(lines.len(), 1 + sum.risk.residual.rows.len());
            // The second column starts at the same display column in the header and in every row.
            let second = |line: &str, first: &str| width(&line[..line.find(first).unwrap() + first.len()]);
            let head = t(&sum.risk.residual.impact[0], lang);
            let start = second(lines[0], &head) - width(&head);
            for (line, row) in lines[1..].iter().zip(&sum.risk.residual.rows) {
                let cell = &row.cells[0];
                let text = if cell.count == 0 {
                    format!("· {}", t(&cell.name, lang))
                } else {
                    format!("{} {}", cell.count, t(&cell.name, lang))
                };
                assert_eq!(second(line, &text) - width(&text), start, "{line}");
            }
        }
    }
}
