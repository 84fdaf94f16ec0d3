//! Test data shared by the risk modules' tests.

use crate::fixture::{asset, d, risk, snapshot_with};
use crate::snapshot::{Approval, Snapshot, Treatment};

/// A board approval given on 2026-01-10, expiring on `expires`.
pub fn approval(expires: &str) -> Option<Approval> {
    Some(Approval {
        approver: "取締役会".into(),
        body: None,
        rating: None,
        approved_on: d("2026-01-10"),
        expires_on: d(expires),
        reference: None,
    })
}

/// A register on the 3×3 fixture matrix (tolerance `medium`), reference date 2026-06-30.
pub fn register() -> Snapshot {
    let mut s = snapshot_with(&["2026Q1", "2026Q2"], "2026-06-30");
    let r = &mut s.quarters[1];
    r.assets.push(asset("ec", "EC サイト"));
    r.assets.push(asset("pii", "顧客情報"));
    let mut a = risk("r-a", "ec", (3, 3), (3, 3)); // high, above, missing
    a.loss_magnitude_yen = Some(100_000_000);
    a.annual_frequency = Some(0.25);
    let mut b = risk("r-b", "pii", (3, 3), (2, 3)); // high, above, expired
    b.approval = approval("2026-06-01");
    b.loss_magnitude_yen = Some(30_000_000);
    b.annual_frequency = Some(0.5);
    b.treatment = Treatment::Transfer;
    b.owner = "法務部".into();
    let mut c = risk("r-c", "pii", (2, 3), (2, 3)); // high, above, expiring
    c.approval = approval("2026-08-01");
    c.threat_en = Some("Ransomware on the warehouse".into());
    let mut e = risk("r-e", "ec", (3, 1), (1, 1)); // low, within
    e.treatment = Treatment::Retain;
    e.loss_magnitude_yen = Some(1_000);
    e.annual_frequency = Some(1.0);
    let mut f = risk("r-f", "ec", (2, 2), (2, 2)); // medium, within
    f.approval = approval("2027-06-01");
    let mut g = risk("r-g", "ec", (1, 1), (1, 1));
    g.treatment = Treatment::Avoid;
    r.risks = vec![a, b, c, e, f, g];
    crate::fixture::assert_valid(&s);
    s
}
