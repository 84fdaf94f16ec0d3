//! Temporary: size and counts of the flagship export.
fn main() {
    let seed: u64 = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(1);
    let t0 = std::time::Instant::now();
    let s = csm_generate::generate(&csm_generate::Params { seed, ..Default::default() });
    let t1 = t0.elapsed();
    let bytes = serde_json::to_vec(&s).unwrap();
    let t2 = t0.elapsed();
    let ok = csm_core::snapshot::load(&bytes);
    let t3 = t0.elapsed();
    println!("gen {t1:?} ser {:?} load {:?} bytes {} valid {}", t2 - t1, t3 - t2, bytes.len(), ok.is_ok());
    if let Err(p) = ok { println!("{p}"); }
    for q in &s.quarters {
        let sz = |v: &dyn erased| v.len();
        let _ = sz;
        println!("{} risks {} assets {} partners {} findings {} inc {} fu {} pdca {} ra {} bytes: risks {} partners {} assets {} findings {}",
            q.quarter, q.risks.len(), q.assets.len(), q.partners.len(), q.findings.len(), q.incidents.len(), q.emergency.follow_ups.len(), q.pdca.len(), q.assessments.len(),
            serde_json::to_vec(&q.risks).unwrap().len(), serde_json::to_vec(&q.partners).unwrap().len(), serde_json::to_vec(&q.assets).unwrap().len(), serde_json::to_vec(&q.findings).unwrap().len());
    }
    println!("employees {}", s.organisation.employees);
}
trait erased { fn len(&self) -> usize; }
