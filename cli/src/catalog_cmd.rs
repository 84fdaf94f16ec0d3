//! `csm catalog`: the guideline catalog as text or JSON.

use csm_core::catalog;

use crate::{Format, Lang};

pub fn run(format: Format, lang: Lang) -> anyhow::Result<()> {
    match format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&json())?),
        Format::Text => print!("{}", text(lang == Lang::Ja)),
    }
    Ok(())
}

fn json() -> serde_json::Value {
    let principles: Vec<_> = catalog::principles()
        .iter()
        .map(|p| serde_json::json!({"number": p.number, "title_ja": p.title_ja, "title_en": p.title_en, "short_ja": p.short_ja, "short_en": p.short_en}))
        .collect();
    let items: Vec<_> = catalog::important_items()
        .iter()
        .map(|i| {
            let checks: Vec<_> = catalog::check_items_of(i.number)
                .map(|c| {
                    serde_json::json!({
                        "id": c.id, "title_ja": c.title_ja, "title_en": c.title_en,
                        "guidance_ja": c.guidance_ja, "guidance_en": c.guidance_en,
                        "confirmation_ja": c.confirmation_ja, "confirmation_en": c.confirmation_en,
                    })
                })
                .collect();
            serde_json::json!({
                "number": i.number, "title_ja": i.title_ja, "title_en": i.title_en, "short_ja": i.short_ja,
                "short_en": i.short_en, "principle": i.principle, "actions_ja": i.actions_ja,
                "actions_en": i.actions_en, "check_items": checks,
            })
        })
        .collect();
    serde_json::json!({"principles": principles, "important_items": items})
}

fn text(ja: bool) -> String {
    let mut out = String::new();
    let pick = |j: &'static str, e: &'static str| if ja { j } else { e };
    out.push_str(pick("■ 3原則\n", "■ The 3 principles\n"));
    for p in catalog::principles() {
        out.push_str(&format!("({}) {}\n", p.number, pick(p.title_ja, p.title_en)));
    }
    out.push_str(pick("\n■ 重要10項目とチェック項目\n", "\n■ The 10 important items and their check items\n"));
    for i in catalog::important_items() {
        out.push_str(&format!("\n{}. {}\n", i.number, pick(i.title_ja, i.title_en)));
        for c in catalog::check_items_of(i.number) {
            out.push_str(&format!("  {} {}\n", c.id, pick(c.title_ja, c.title_en)));
            let (g, k) = if ja { (c.guidance_ja, c.confirmation_ja) } else { (c.guidance_en, c.confirmation_en) };
            out.push_str(pick("    【実施の目安】\n", "    Guidance:\n"));
            for point in g {
                out.push_str(&format!("      ・{point}\n"));
            }
            out.push_str(pick("    【実施の確認事項】\n", "    Confirmation:\n"));
            for point in k {
                out.push_str(&format!("      ・{point}\n"));
            }
        }
    }
    out
}
