//! The expected-loss comparison of 6-1 in words: [`ExpectedLoss::comparison`].

use crate::risk::ExpectedLoss;
use crate::snapshot::{Language, Yen};
use crate::text::{number, yen};

impl ExpectedLoss {
    /// The residual loss gross and net of insurance, the inherent loss, the reduction the measures buy
    /// against the security budget (6-1: size of risk against cost of measures), and how many risks are
    /// not estimated — one line in `lang`.
    pub fn comparison(&self, lang: Language) -> String {
        let ja = lang == Language::Ja;
        let y = |v: Yen| yen(v, lang);
        let mut out = if ja {
            format!("残留 {}（保険控除後 {}）", y(self.total_yen), y(self.net_yen))
        } else {
            format!("Residual {} ({} net of insurance)", y(self.total_yen), y(self.net_yen))
        };
        if self.reduction_risks > 0 {
            let cut = yen(self.reduction_yen.unsigned_abs(), lang);
            let sign = if self.reduction_yen < 0 { "−" } else { "" };
            out += &if ja {
                format!("、固有 {}、対策による低減 {sign}{cut}（{} 件）", y(self.inherent_yen), self.reduction_risks)
            } else {
                format!(
                    "; inherent {}; the measures reduce it by {sign}{cut} ({} risk(s))",
                    y(self.inherent_yen),
                    self.reduction_risks
                )
            };
            if let Some(r) = self.reduction_to_budget {
                out += &if ja {
                    format!("＝セキュリティ予算 {} の {} 倍", y(self.security_budget_yen), number(r, 1))
                } else {
                    format!(" = {}× the security budget of {}", number(r, 1), y(self.security_budget_yen))
                };
            }
        } else if ja {
            out += "、固有リスクの損失は未見積（低減額と予算の比較なし）";
        } else {
            out += "; inherent loss not estimated (no reduction to compare with the budget)";
        }
        if self.not_estimated > 0 {
            out += &if ja {
                format!("。未見積 {} 件", self.not_estimated)
            } else {
                format!(". {} risk(s) not estimated", self.not_estimated)
            };
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::fixture::{asset, risk, snapshot_with};
    use crate::period::Period;
    use crate::risk::loss;
    use crate::snapshot::Language;

    #[test]
    fn the_comparison_names_the_reduction_and_the_unestimated() {
        let mut s = snapshot_with(&["2026Q2"], "2026-06-30");
        let q = &mut s.quarters[0];
        q.assets.push(asset("ec", "EC"));
        q.budget.security_pre_incident_yen = 10_000_000;
        q.budget.security_operations_yen = 0;
        q.budget.security_post_incident_yen = 0;
        let mut a = risk("a", "ec", (3, 3), (2, 2));
        a.loss_magnitude_yen = Some(100_000_000);
        a.annual_frequency = Some(0.1);
        a.inherent_annual_frequency = Some(0.3);
        let mut b = risk("b", "ec", (3, 3), (2, 2));
        b.loss_magnitude_yen = None;
        q.risks = vec![a, b];
        let l = loss(&Period::latest(&s).unwrap());
        assert_eq!(
            l.comparison(Language::Ja),
            "残留 1,000万円（保険控除後 1,000万円）、固有 3,000万円、対策による低減 2,000万円（1 件）＝セキュリティ予算 1,000万円 の 2 倍。未見積 1 件"
        );
        s.quarters[0].risks[0].inherent_annual_frequency = None;
        let l = loss(&Period::latest(&s).unwrap());
        assert!(l.comparison(Language::En).contains("inherent loss not estimated"));
    }
}
