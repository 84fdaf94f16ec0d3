//! `csm compare FILE… [--quarter 2026Q3] [--format text|json] [--lang ja|en]`: the group's companies
//! side by side for one quarter (`csm_core::group::compare`), as text for a person or JSON for other
//! tools (docs/SUMMARY.md §9).
//!
//! Exit status: 0 — the comparison is printed and every file loaded; 1 — printed, but one or more
//! files did not load (their problems are listed under their name, the others are compared) or the
//! `--reference` file has problems; 2 — a usage error (an unreadable path, a malformed `--quarter`, a
//! quarter no export holds — as `csm summary`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use csm_core::calendar::Quarter;
use csm_core::group::{self, GroupComparison, GroupRule, Member, RowState};
use csm_core::reference::{Gap, ProfileInfo};
use csm_core::snapshot::{self, Language, Problems, Snapshot};
use csm_core::summary::Light;
use csm_core::text::{number, signed, yen};
use csm_core::vocabulary::Term;
use serde::Serialize;

use crate::terminal::{json_safe, safe};
use crate::{Format, Lang};

/// The comparison with the gaps of the group's median to each reference profile (`--reference`).
#[derive(Serialize)]
struct Output<'a> {
    #[serde(flatten)]
    comparison: &'a GroupComparison,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    reference: Vec<GroupReference>,
}

/// One reference profile against the group's median per important item.
#[derive(Serialize)]
struct GroupReference {
    profile: ProfileInfo,
    items: Vec<Gap>,
}

pub fn run(
    files: &[PathBuf],
    quarter: Option<&str>,
    reference: Option<&Path>,
    lang: Lang,
    format: Format,
) -> anyhow::Result<ExitCode> {
    let ja = lang == Lang::Ja;
    let quarter = match quarter.map(str::parse::<Quarter>) {
        None => None,
        Some(Ok(q)) => Some(q),
        Some(Err(e)) => {
            if ja {
                eprintln!("csm: 四半期の指定が不正です: {e}");
            } else {
                eprintln!("csm: {e}");
            }
            return Ok(ExitCode::from(2));
        }
    };
    let mut loaded: Vec<(String, Result<Snapshot, Problems>)> = Vec::new();
    for file in files {
        let bytes = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
        let label = file.file_name().map_or_else(|| file.display().to_string(), |n| n.to_string_lossy().into_owned());
        loaded.push((label, snapshot::load(&bytes)));
    }
    let members: Vec<Member<'_>> = loaded
        .iter()
        .map(|(label, r)| match r {
            Ok(s) => Member::loaded(label, s),
            Err(p) => Member::unreadable(label, &p.0),
        })
        .collect();
    let cmp = group::compare(&members, quarter);
    // As `csm summary`: a quarter asked for that no export holds is a usage error (exit 2), with the
    // quarters the exports hold.
    if let Some(q) = quarter
        && cmp.compared == 0
        && cmp.companies.iter().any(|r| r.state == RowState::NoExportForQuarter)
    {
        let mut held: Vec<Quarter> = cmp.companies.iter().flat_map(|r| r.quarters.iter().copied()).collect();
        held.sort_unstable();
        held.dedup();
        let held = held.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
        if ja {
            eprintln!("csm: 四半期 {q} はどのエクスポートにもありません。利用できる四半期: {held}");
        } else {
            eprintln!("csm: no export holds quarter {q}; available quarters: {held}");
        }
        return Ok(ExitCode::from(2));
    }
    let mut bad_reference = false;
    let mut profiles = Vec::new();
    if let Some(path) = reference {
        let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        let name = safe(&path.display().to_string()).into_owned();
        match csm_core::reference::load(&bytes) {
            Ok(file) => profiles = file.profiles,
            Err(problems) => {
                bad_reference = true;
                for p in &problems {
                    eprintln!("  {name}: {} [{}]", safe(&p.located(ja)), p.rule.code());
                }
            }
        }
    }
    let out = Output {
        comparison: &cmp,
        reference: profiles
            .iter()
            .map(|p| GroupReference { profile: csm_core::reference::info(p), items: group::reference_gaps(&cmp, p) })
            .collect(),
    };
    let lang = if ja { Language::Ja } else { Language::En };
    match format {
        Format::Json => println!("{}", json_safe(&serde_json::to_string_pretty(&out)?)),
        Format::Text => print!("{}{}", render(&cmp, lang), render_reference(&out.reference, lang)),
    }
    let unreadable = cmp.problems.iter().any(|p| p.rule == GroupRule::Unreadable);
    Ok(if unreadable || bad_reference { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn mark(l: Option<Light>) -> &'static str {
    match l {
        Some(Light::Green) => "●",
        Some(Light::Amber) => "▲",
        Some(Light::Red) => "■",
        None => "·",
    }
}

fn opt(x: Option<f64>) -> String {
    x.map_or_else(|| "—".to_owned(), |v| number(v, 2))
}

/// The comparison as text.
pub fn render(c: &GroupComparison, lang: Language) -> String {
    let ja = lang == Language::Ja;
    let mut out = String::new();
    let rule = "━".repeat(64);
    let q = c.quarter.map_or_else(|| "—".to_owned(), |q| q.to_string());
    let n = c.companies.len();
    if ja {
        let _ = writeln!(out, "{rule}\nグループ比較 — {q}\n比較 {} 社 / {n} ファイル\n{rule}", c.compared);
    } else {
        let _ = writeln!(out, "{rule}\nGroup comparison — {q}\n{} of {n} file(s) compared\n{rule}", c.compared);
    }

    let _ = writeln!(
        out,
        "\n■ {}",
        if ja {
            "各社: 重要10項目（●青 ▲黄 ■赤 と成熟度）"
        } else {
            "Companies: the 10 important items (● green ▲ amber ■ red, and maturity)"
        }
    );
    for r in &c.companies {
        let name = r.name.as_ref().map_or_else(|| r.label.clone(), |t| t.get(lang).to_owned());
        let id = r.id.as_deref().map(|i| format!(" [{i}]")).unwrap_or_default();
        let _ = writeln!(out, "  {}. {}{} — {}", r.position + 1, safe(&name), safe(&id), safe(&r.label));
        let Some(f) = &r.figures else {
            let _ = writeln!(out, "     {}", r.state.label(lang));
            continue;
        };
        let as_of = r.as_of.map(|d| d.to_string()).unwrap_or_default();
        let fq = f.fiscal_quarter.label.get(lang);
        let overall = number(f.overall.maturity, 2);
        let target = number(f.overall.target, 2);
        if ja {
            let _ = writeln!(out, "     {fq}　基準日 {as_of}　総合 {overall} / 目標 {target}");
        } else {
            let _ = writeln!(out, "     {fq}  as of {as_of}  overall {overall} / target {target}");
        }
        let cells: Vec<String> =
            f.items.iter().map(|i| format!("{}{} {}", i.number, mark(i.light), number(i.maturity, 2))).collect();
        let _ = writeln!(out, "     {}", cells.join("  "));
        let principles: Vec<String> = f.principles.iter().map(|p| number(p.maturity, 2)).collect();
        let k = &f.kpi_counts;
        let loss = yen(f.expected_loss_yen, lang);
        let worst = f.worst_decision.as_ref().map(|d| d.title(lang)).unwrap_or_else(|| "—".into());
        if ja {
            let _ = writeln!(
                out,
                "     三原則 {}　KPI 未達 {}・注意 {}・達成 {}・判定なし {}",
                principles.join(" / "),
                k.off_track,
                k.at_risk,
                k.on_track,
                k.no_status
            );
            let _ = writeln!(
                out,
                "     許容レベル超の残留リスク {}（未承認 {}）　想定年間損失 {loss}　再評価期限超過の委託先 {}",
                f.above_tolerance,
                f.unapproved,
                f.overdue_partners.len()
            );
            let _ = writeln!(
                out,
                "     判断事項 {} 件（{} 項目）　最優先: {}",
                f.decisions_total,
                f.decisions,
                safe(&worst)
            );
        } else {
            let _ = writeln!(
                out,
                "     principles {}  KPIs off track {}, at risk {}, on track {}, no status {}",
                principles.join(" / "),
                k.off_track,
                k.at_risk,
                k.on_track,
                k.no_status
            );
            let _ = writeln!(
                out,
                "     residual risks above tolerance {} ({} unapproved)  expected loss {loss}  partners past review {}",
                f.above_tolerance,
                f.unapproved,
                f.overdue_partners.len()
            );
            let _ = writeln!(
                out,
                "     decisions {} ({} entries)  most urgent: {}",
                f.decisions_total,
                f.decisions,
                safe(&worst)
            );
        }
    }

    let _ = writeln!(
        out,
        "\n■ {}",
        if ja {
            "グループの分布（最小 / 中央値 / 最大）"
        } else {
            "The group's spread (min / median / max)"
        }
    );
    let principle = if ja { "原則" } else { "principle" };
    let rows = std::iter::once((c.overall.title.get(lang).to_owned(), &c.overall))
        .chain(c.items.iter().map(|s| (format!("{:>2}. {}", s.number, s.title.get(lang)), s)))
        .chain(c.principles.iter().map(|s| (format!("{principle} {}: {}", s.number, s.title.get(lang)), s)));
    for (label, s) in rows {
        let lights = s.lights.as_ref().map(|l| format!("  ●{} ▲{} ■{}", l.green, l.amber, l.red)).unwrap_or_default();
        let _ = writeln!(out, "  {}  {} / {} / {}{lights}", safe(&label), opt(s.min), opt(s.median), opt(s.max));
    }

    let d = &c.decisions;
    let _ = writeln!(
        out,
        "\n■ {}",
        if ja {
            format!("グループの判断事項（{} 社の {} 件を {} 項目に）", d.companies, d.total, d.entries.len())
        } else {
            format!(
                "The group's decisions ({} from {} companies, in {} entries)",
                d.total,
                d.companies,
                d.entries.len()
            )
        }
    );
    if d.entries.is_empty() {
        let _ = writeln!(out, "  {}", if ja { "なし" } else { "None" });
    }
    for e in &d.entries {
        let sev = format!("[{}]", e.urgency.label(lang));
        let _ = writeln!(out, "  {:>2}. {sev} {}", e.rank, safe(&e.title(lang)));
    }

    if !c.problems.is_empty() {
        let _ = writeln!(out, "\n■ {}", if ja { "問題" } else { "Problems" });
        for p in &c.problems {
            let at = if p.path.is_empty() { String::new() } else { format!(" ({})", p.path) };
            let _ = writeln!(out, "  {}{}: {} [{}]", safe(&p.label), safe(&at), safe(p.message(lang)), p.rule.code());
        }
    }
    if c.companies.iter().any(|r| r.state == RowState::NoExportForQuarter) {
        let _ = writeln!(
            out,
            "\n{}",
            if ja {
                "※ この四半期のエクスポートがない会社は比較に含めていません（0 とはみなしません）"
            } else {
                "Note: companies without an export for this quarter are left out (never counted as zero)"
            }
        );
    }
    if c.matrices_differ {
        let _ = writeln!(
            out,
            "{}",
            if ja {
                "※ リスクマトリクスが会社により異なるため、リスクは各社のレベルと許容レベルで比較しています"
            } else {
                "Note: the companies' risk matrices differ; risks are compared by each company's own levels and tolerance"
            }
        );
    }
    out
}

/// The group's median against each reference profile.
fn render_reference(refs: &[GroupReference], lang: Language) -> String {
    let ja = lang == Language::Ja;
    let mut out = String::new();
    for r in refs {
        let _ = writeln!(
            out,
            "\n■ {}",
            if ja {
                "参照プロファイルとの差（グループの中央値 − 参照値）"
            } else {
                "Against a reference profile (the group's median − reference)"
            }
        );
        let _ = writeln!(out, "  {}", safe(&r.profile.label(lang)));
        for g in &r.items {
            let (Some(reference), Some(gap)) = (g.reference, g.gap) else { continue };
            let _ = writeln!(
                out,
                "  {:>2}. {} / {}  {}",
                g.number,
                number(g.maturity, 2),
                number(reference, 2),
                signed(gap, 2)
            );
        }
    }
    out
}
