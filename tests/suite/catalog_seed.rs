//! The catalog (`csm_core::catalog`) against its seed, IPA's *サイバーセキュリティ経営ガイドライン解説書
//! Ver 1.0* as extracted text: every Japanese string of the catalog must be found where it belongs in the
//! seed, and the catalog must have exactly the seed's check items.
//!
//! The seed is read from `$CSM_SEED`, else from `shared/seed/csm-guideline-explanatory-book-v1.0.ja.txt`
//! beside the workspace (`../shared/seed/` from the repository root). If it cannot be read the seed tests
//! **fail** — a check that silently passes without its input checks nothing. Only when
//! `CSM_SEED_OPTIONAL=1` says so (a checkout without `shared/` beside it) do they pass, each printing a
//! `SKIPPED catalog_seed: …` line to stderr; `CSM_SEED` naming an unreadable file fails even then.
//!
//! Comparisons are made after removing all whitespace on both sides (the extraction breaks lines and
//! puts spaces between Japanese and ASCII) and after correcting the seed's `CIS0` (digit zero) to `CISO`,
//! as the catalog does. A check item point with sub-points (`…①…、②…`, see `catalog/data.rs`) is checked
//! piece by piece.

use std::io::Write as _;
use std::path::PathBuf;
use std::sync::OnceLock;

use csm_core::catalog::{check_item, check_items, check_items_of, important_item, important_items, principles};

const SEED_FILE: &str = "csm-guideline-explanatory-book-v1.0.ja.txt";

/// Where the seed is expected, and whether the location was given explicitly by `CSM_SEED`.
fn seed_path() -> (PathBuf, bool) {
    match std::env::var_os("CSM_SEED") {
        Some(path) => (PathBuf::from(path), true),
        None => (PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/seed").join(SEED_FILE), false),
    }
}

/// Whether `CSM_SEED_OPTIONAL` allows the seed to be absent (`1`, `true` or `yes`).
fn seed_optional() -> bool {
    std::env::var("CSM_SEED_OPTIONAL")
        .is_ok_and(|v| matches!(v.trim().to_ascii_lowercase().as_str(), "1" | "true" | "yes"))
}

/// The seed's lines, read once for all tests. Panics if it cannot be read, unless it is absent and
/// [`seed_optional`]: then `None`, and each test that wanted it says `SKIPPED` on stderr.
fn seed() -> Option<&'static Seed> {
    static SEED: OnceLock<Result<Seed, String>> = OnceLock::new();
    let seed = SEED.get_or_init(|| {
        let (path, explicit) = seed_path();
        match std::fs::read_to_string(&path) {
            Ok(text) => Ok(Seed::new(&text)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit && seed_optional() => {
                Err(format!("seed file not found at {} and CSM_SEED_OPTIONAL is set", path.display()))
            }
            Err(e) => panic!(
                "catalog_seed: cannot read the seed at {}: {e}; put the seed there, point CSM_SEED at it, or set CSM_SEED_OPTIONAL=1 to skip these tests",
                path.display()
            ),
        }
    });
    match seed {
        Ok(seed) => Some(seed),
        Err(why) => {
            // Straight to stderr, past the test harness's capture of `eprintln!`, so it shows.
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED catalog_seed: {why}; the catalog was NOT checked against the seed"
            );
            None
        }
    }
}

/// Removes all whitespace and corrects the seed's `CIS0` typo.
fn norm(s: &str) -> String {
    let squeezed: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    squeezed.replace("CIS0", "CISO")
}

/// Panics with every failure, one per line, if there are any.
fn report(what: &str, failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{what}: {} mismatch(es) between the catalog and the seed:\n  - {}",
        failures.len(),
        failures.join("\n  - ")
    );
}

/// A bullet point of 付録3 split into its pieces: the bullet's own text, then its folded sub-points.
/// `"A。①B、②C"` → `["A。", "B", "C"]`.
fn pieces(point: &str) -> Vec<&str> {
    point
        .split(|c| ('①'..='⑳').contains(&c))
        .enumerate()
        .map(|(k, piece)| if k == 0 { piece } else { piece.strip_suffix('、').unwrap_or(piece) })
        .collect()
}

/// `(n)-m rest` at the start of a line → `("(n)-m", rest)`.
fn check_heading(line: &str) -> Option<(&str, &str)> {
    let line = line.trim();
    let rest = line.strip_prefix('(')?;
    let n = rest.find(|c: char| !c.is_ascii_digit())?;
    let rest = rest[n..].strip_prefix(")-")?;
    let m = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
    let after = &rest[m..];
    if n == 0 || m == 0 || !(after.is_empty() || after.starts_with(char::is_whitespace)) {
        return None;
    }
    let id_len = line.len() - after.len();
    Some((&line[..id_len], after.trim()))
}

/// `(n) rest` at the start of a line (an important item's heading in 付録3) → `(n, rest)`.
fn group_heading(line: &str) -> Option<(u8, &str)> {
    let rest = line.trim().strip_prefix('(')?;
    let (n, rest) = rest.split_once(')')?;
    if n.is_empty() || !n.bytes().all(|b| b.is_ascii_digit()) || !rest.starts_with(char::is_whitespace) {
        return None;
    }
    Some((n.parse().ok()?, rest.trim()))
}

/// What a line of a 【…】 block is, going by the seed's bullet marks (`- ・ …` for a bullet, `- － …` or
/// `- …` for a sub-bullet; anything else continues the previous one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Bullet,
    SubBullet,
    Other,
}

fn mark(line: &str) -> Mark {
    let t = line.trim();
    let (dashed, rest) = match t.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, t),
    };
    if rest.starts_with('・') {
        Mark::Bullet
    } else if dashed && !rest.is_empty() && !rest.starts_with('-') {
        Mark::SubBullet
    } else {
        Mark::Other
    }
}

/// One check item as the seed's 付録3 has it.
#[derive(Debug, Default)]
struct SeedCheckItem {
    id: String,
    /// The heading line after the id.
    title: String,
    /// The lines of the 【実施の目安】 block.
    guidance: Vec<String>,
    /// The lines of the 【実施の確認事項】 block.
    confirmation: Vec<String>,
}

/// The parts of the seed the catalog comes from.
#[derive(Debug)]
struct Seed {
    /// 0-3 サイバーセキュリティ経営の原則, up to 0-4.
    principles: Vec<String>,
    /// Table 0-1, up to 図0-1.
    table: Vec<String>,
    /// Each chapter's 実施内容 block: (chapter, lines up to the chapter's first section `n-1`).
    actions: Vec<(u8, Vec<String>)>,
    /// 付録3's important item headings `(n) title`.
    groups: Vec<(u8, String)>,
    /// 付録3's check items, in the seed's order.
    checks: Vec<SeedCheckItem>,
}

impl Seed {
    fn new(text: &str) -> Self {
        let lines: Vec<&str> = text.lines().collect();
        let starts = |line: &str, prefix: &str| norm(line).starts_with(prefix);
        // The lines from the last (not the table of contents') line starting with `from`, up to the
        // next line starting with `to`.
        let section = |from: &str, to: &str| -> Vec<String> {
            let Some(start) = lines.iter().rposition(|l| starts(l, from)) else {
                return Vec::new();
            };
            lines[start + 1..].iter().take_while(|l| to.is_empty() || !starts(l, to)).map(|l| l.to_string()).collect()
        };
        let principles = section("0-3サイバーセキュリティ経営の原則", "0-4");
        let table = section("表0-1", "図0-1");
        let actions = (1..=10u8)
            .map(|n| {
                let block = lines
                    .iter()
                    .position(|l| norm(l) == format!("実施内容{n}"))
                    .map(|start| {
                        lines[start + 1..]
                            .iter()
                            .take_while(|l| !starts(l, &format!("{n}-1")))
                            .map(|l| l.to_string())
                            .collect()
                    })
                    .unwrap_or_default();
                (n, block)
            })
            .collect();

        let appendix = section("付録3", "別添");
        let mut groups = Vec::new();
        let mut checks: Vec<SeedCheckItem> = Vec::new();
        // Where the current line goes: 0 = nowhere, 1 = 実施の目安, 2 = 実施の確認事項.
        let mut block = 0;
        let mut in_item = false;
        for line in &appendix {
            if let Some((id, title)) = check_heading(line) {
                checks.push(SeedCheckItem { id: id.to_string(), title: title.to_string(), ..SeedCheckItem::default() });
                (in_item, block) = (true, 0);
            } else if let Some((n, title)) = group_heading(line) {
                groups.push((n, title.to_string()));
                (in_item, block) = (false, 0);
            } else if norm(line) == "【実施の目安】" {
                block = 1;
            } else if norm(line) == "【実施の確認事項】" {
                block = 2;
            } else if let (true, Some(item)) = (in_item, checks.last_mut()) {
                match block {
                    1 => item.guidance.push(line.clone()),
                    2 => item.confirmation.push(line.clone()),
                    _ => {}
                }
            }
        }
        Seed { principles, table, actions, groups, checks }
    }

    fn check(&self, id: &str) -> Option<&SeedCheckItem> {
        self.checks.iter().find(|c| c.id == id)
    }
}

#[test]
fn seed_check_item_ids_are_the_catalogs() {
    let Some(seed) = seed() else { return };
    let ours: Vec<&str> = check_items().iter().map(|c| c.id).collect();
    let theirs: Vec<&str> = seed.checks.iter().map(|c| c.id.as_str()).collect();
    let mut failures = Vec::new();
    for id in &theirs {
        if !ours.contains(id) {
            failures.push(format!("the seed's 付録3 has check item {id}, the catalog does not"));
        }
        if theirs.iter().filter(|t| *t == id).count() > 1 {
            failures.push(format!("the seed's 付録3 has check item {id} more than once"));
        }
    }
    for id in &ours {
        if !theirs.contains(id) {
            failures.push(format!("the catalog has check item {id}, the seed's 付録3 does not"));
        }
    }
    if failures.is_empty() && ours != theirs {
        failures.push(format!("the order differs: catalog {ours:?}, seed {theirs:?}"));
    }
    if theirs.is_empty() {
        failures.push("no check item headings `(n)-m …` found in the seed's 付録3".to_string());
    }
    report("check item ids", &failures);
}

#[test]
fn check_item_titles_are_the_seeds_headings() {
    let Some(seed) = seed() else { return };
    let mut failures = Vec::new();
    for c in check_items() {
        let Some(s) = seed.check(c.id) else {
            failures.push(format!("{}: no heading `{} …` in the seed's 付録3", c.id, c.id));
            continue;
        };
        if norm(&format!("{} {}", c.id, c.title_ja)) != norm(&format!("{} {}", s.id, s.title)) {
            failures
                .push(format!("{}: title_ja {:?} does not match the seed's heading {:?}", c.id, c.title_ja, s.title));
        }
    }
    report("check item titles", &failures);
}

#[test]
fn check_item_points_are_in_the_seed() {
    let Some(seed) = seed() else { return };
    let mut failures = Vec::new();
    for c in check_items() {
        let Some(s) = seed.check(c.id) else {
            failures.push(format!("{}: not in the seed's 付録3", c.id));
            continue;
        };
        for (block, points, lines) in
            [("【実施の目安】", c.guidance_ja, &s.guidance), ("【実施の確認事項】", c.confirmation_ja, &s.confirmation)]
        {
            if lines.is_empty() {
                failures.push(format!("{}: the seed has no {block} block", c.id));
                continue;
            }
            let text = norm(&lines.join("\n"));
            for (k, point) in points.iter().enumerate() {
                let parts = pieces(point);
                for (j, piece) in parts.iter().enumerate() {
                    if !text.contains(&norm(piece)) {
                        let which = if parts.len() == 1 {
                            String::new()
                        } else if j == 0 {
                            " (the bullet's own text)".to_string()
                        } else {
                            format!(" (sub-point {j})")
                        };
                        failures.push(format!(
                            "{} {block} point {}{which}: {piece:?} is not in the seed's {block} of {}",
                            c.id,
                            k + 1,
                            c.id
                        ));
                    }
                }
            }
            // No more, no fewer: as many points and sub-points as the seed has bullets and sub-bullets.
            let bullets = lines.iter().filter(|l| mark(l) == Mark::Bullet).count();
            let subs = lines.iter().filter(|l| mark(l) == Mark::SubBullet).count();
            let our_subs: usize = points.iter().map(|p| pieces(p).len() - 1).sum();
            if bullets != points.len() {
                failures.push(format!(
                    "{} {block}: the catalog has {} point(s), the seed {bullets} bullet(s)",
                    c.id,
                    points.len()
                ));
            }
            if subs != our_subs {
                failures.push(format!(
                    "{} {block}: the catalog has {our_subs} sub-point(s), the seed {subs} sub-bullet(s)",
                    c.id
                ));
            }
        }
    }
    report("check item points", &failures);
}

#[test]
fn appendix_item_headings_are_the_important_items() {
    let Some(seed) = seed() else { return };
    let mut failures = Vec::new();
    for item in important_items() {
        match seed.groups.iter().find(|(n, _)| *n == item.number) {
            None => failures.push(format!("important item {}: no heading `({}) …` in 付録3", item.number, item.number)),
            // Ignoring 、: 付録3 writes item 5 as 「系列企業やサプライチェーンの…」, table 0-1 as 「系列企業や、…」.
            Some((_, title)) if norm(title).replace('、', "") != norm(item.title_ja).replace('、', "") => failures
                .push(format!(
                    "important item {}: title_ja {:?} differs from 付録3's heading {title:?}",
                    item.number, item.title_ja
                )),
            Some(_) => {}
        }
        if check_items_of(item.number).next().is_none() {
            failures.push(format!("important item {} has no check items", item.number));
        }
    }
    for (n, title) in &seed.groups {
        if important_item(*n).is_none() {
            failures.push(format!("付録3 has an important item ({n}) {title:?} the catalog does not"));
        }
    }
    report("付録3 important item headings", &failures);
}

#[test]
fn important_items_are_table_0_1() {
    let Some(seed) = seed() else { return };
    let mut failures = Vec::new();
    if seed.table.is_empty() {
        failures.push("table 0-1 not found in the seed".to_string());
    }
    for item in important_items() {
        let n = item.number;
        let row = norm(&format!("{n}. {} {n}. {}", item.title_ja, item.short_ja));
        if !seed.table.iter().any(|line| norm(line).starts_with(&row)) {
            let title_found =
                seed.table.iter().any(|line| norm(line).starts_with(&norm(&format!("{n}. {}", item.title_ja))));
            let what = if title_found { "short_ja" } else { "title_ja" };
            failures.push(format!(
                "important item {n}: no row `{n}. title_ja  {n}. short_ja` in table 0-1 ({what} does not match): title_ja {:?}, short_ja {:?}",
                item.title_ja, item.short_ja
            ));
        }
    }
    report("important items (table 0-1)", &failures);
}

#[test]
fn important_item_actions_are_the_chapters_jisshi_naiyou() {
    let Some(seed) = seed() else { return };
    let mut failures = Vec::new();
    for item in important_items() {
        let n = item.number;
        let block = seed
            .actions
            .iter()
            .find(|(chapter, _)| *chapter == n)
            .map(|(_, lines)| norm(&lines.join("\n")))
            .unwrap_or_default();
        if block.is_empty() {
            failures.push(format!("important item {n}: no 実施内容 {n} block in the seed"));
            continue;
        }
        for (k, action) in item.actions_ja.iter().enumerate() {
            if !block.contains(&norm(&format!("{}. {action}", k + 1))) {
                failures.push(format!(
                    "important item {n} action {}: {action:?} is not item {} of the seed's 実施内容 {n}",
                    k + 1,
                    k + 1
                ));
            }
        }
        // No more, no fewer: the numbered actions make up the whole block.
        let ours: String = item.actions_ja.iter().enumerate().map(|(k, a)| norm(&format!("{}. {a}", k + 1))).collect();
        if ours != block {
            failures.push(format!(
                "important item {n}: the catalog's {} action(s) are not the whole of the seed's 実施内容 {n}: {block:?}",
                item.actions_ja.len()
            ));
        }
    }
    report("important item actions (実施内容)", &failures);
}

#[test]
fn principles_are_0_3() {
    let Some(seed) = seed() else { return };
    let mut failures = Vec::new();
    if seed.principles.is_empty() {
        failures.push("section 0-3 not found in the seed".to_string());
    }
    for p in principles() {
        let heading = norm(&format!("({}) {}", p.number, p.title_ja));
        if !seed.principles.iter().any(|line| norm(line) == heading) {
            failures.push(format!("principle {}: no heading `({}) {}` in 0-3", p.number, p.number, p.title_ja));
        }
    }
    let headings = seed.principles.iter().filter(|l| group_heading(l).is_some()).count();
    if headings != principles().len() {
        failures.push(format!("0-3 has {headings} numbered principle(s), the catalog {}", principles().len()));
    }
    report("principles (0-3)", &failures);
}

#[test]
fn catalog_lookups_agree_with_the_tables() {
    // Not a seed check, but cheap: the lookup functions find what the tables hold.
    for c in check_items() {
        assert_eq!(check_item(c.id), Some(c), "check_item({:?})", c.id);
        assert!(check_items_of(c.item).any(|o| o == c), "check_items_of({}) lacks {}", c.item, c.id);
    }
    for i in important_items() {
        assert_eq!(important_item(i.number), Some(i), "important_item({})", i.number);
    }
    assert_eq!(check_item("(11)-1"), None);
    assert_eq!(important_item(0), None);
    assert_eq!(important_item(11), None);
}
