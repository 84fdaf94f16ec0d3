//! The documentation speaks core's vocabulary: every enumeration table of `docs/FORMAT.md` lists
//! exactly the wire codes of `csm_core::vocabulary`, in order, and its 日本語 column shows the
//! table's Japanese label or the seed's own term.

use csm_core::snapshot::{
    ApprovingBody, AssessmentMethod, Audience, AuditKind, CiaAttribute, CloudPoint, ContractClause, CsirtForm,
    DrillScope, Evidence, EvidenceKind, ImpactClass, IncidentKind, Language, MembershipKind, PartnerKind, Phase,
    PublicationKind, ReportKind, Severity, SharingRecipient, Treatment,
};
use csm_core::snapshot::{BoardOutcome, ProgressStatus};
use csm_core::snapshot::{DisclosureStage, NoticeElement, NoticeRecipient};
use csm_core::vocabulary::Term;

use crate::fixtures::workspace_dir;

/// `(code, Japanese label, seed term)` of every variant.
type Rows = Vec<(&'static str, &'static str, Option<&'static str>)>;

fn rows<T: Term>() -> (&'static str, Rows) {
    (T::NAME, T::ALL.iter().map(|t| (t.code(), t.label(Language::Ja), t.seed())).collect())
}

/// The snapshot's enumerations, as `docs/FORMAT.md` section 6 lists them.
fn enumerations() -> Vec<(&'static str, Rows)> {
    vec![
        rows::<Language>(),
        rows::<Treatment>(),
        rows::<ApprovingBody>(),
        rows::<CiaAttribute>(),
        rows::<IncidentKind>(),
        rows::<ImpactClass>(),
        rows::<AssessmentMethod>(),
        rows::<Severity>(),
        rows::<Audience>(),
        rows::<Phase>(),
        rows::<ReportKind>(),
        rows::<AuditKind>(),
        rows::<PartnerKind>(),
        rows::<Evidence>(),
        rows::<EvidenceKind>(),
        rows::<ContractClause>(),
        rows::<CloudPoint>(),
        rows::<MembershipKind>(),
        rows::<SharingRecipient>(),
        rows::<CsirtForm>(),
        rows::<DrillScope>(),
        rows::<PublicationKind>(),
        rows::<NoticeElement>(),
        rows::<DisclosureStage>(),
        rows::<NoticeRecipient>(),
        rows::<BoardOutcome>(),
        rows::<ProgressStatus>(),
    ]
}

fn cells(line: &str) -> Vec<&str> {
    line.trim().trim_matches('|').split('|').map(str::trim).collect()
}

#[test]
fn format_doc_enumerations_match_core() {
    let path = workspace_dir().join("docs").join("FORMAT.md");
    let doc = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let start = doc.find("\n## 6 Enumerations").expect("section 6");
    let end = start + doc[start..].find("\n## 7 ").expect("section 7");
    let section = &doc[start..end];
    let mut problems = Vec::new();
    let listed: Vec<&str> = section.lines().filter_map(|l| l.strip_prefix("### ")).collect();
    let names: Vec<&str> = enumerations().iter().map(|(n, _)| *n).collect();
    assert_eq!(listed, names, "docs/FORMAT.md section 6 lists other enumerations than core");
    for (name, rows) in enumerations() {
        let heading = format!("### {name}\n");
        let body = &section[section.find(&heading).expect("heading") + heading.len()..];
        let body = &body[..body.find("\n### ").unwrap_or(body.len())];
        let mut table = body.lines().filter(|l| l.starts_with('|'));
        let header = cells(table.next().unwrap_or_else(|| panic!("{name}: no table")));
        let ja = header.iter().position(|h| *h == "日本語");
        let doc_rows: Vec<Vec<&str>> = table.skip(1).map(cells).collect();
        let codes: Vec<String> = doc_rows.iter().map(|r| r[0].trim_matches('`').to_owned()).collect();
        let want: Vec<&str> = rows.iter().map(|(c, _, _)| *c).collect();
        if codes != want {
            problems.push(format!("{name}: values {codes:?}, core has {want:?}"));
            continue;
        }
        let Some(ja) = ja else { continue };
        for (r, (code, label, seed)) in doc_rows.iter().zip(&rows) {
            if r[ja] != *label && Some(r[ja]) != *seed {
                problems.push(format!("{name}.{code}: 日本語 {:?}, core has {label:?} (seed {seed:?})", r[ja]));
            }
        }
    }
    assert!(problems.is_empty(), "docs/FORMAT.md disagrees with csm_core::vocabulary:\n{}", problems.join("\n"));
}
