//! The order of a list: one stable sort shared by every list the engine and the views put in order.
//!
//! The standard library's `sort_by` is generic over the element *and* the comparison closure, so
//! each call site compiles its own copy of the whole sort (≈ 4 KB of WebAssembly each; 28 copies
//! were 120 KB of the dashboard's code, docs/PERFORMANCE.md §13). Here the standard sort runs once,
//! on positions, through a comparison by reference ([`sort_positions`]); the elements are then moved
//! into that order in place. The result is exactly `slice::sort_by`'s: stable, equal elements keep
//! their order.
//!
//! For lists of tens of thousands of rows sorted on every interaction (the risk register's page)
//! the standard sort stays where it is: there the indirect comparison would cost time the board
//! sees.
//!
//! ```
//! let mut v = vec![("b", 2), ("a", 1), ("c", 2), ("d", 1)];
//! csm_core::order::sort_by_key(&mut v, |x| std::cmp::Reverse(x.1));
//! assert_eq!(v, [("b", 2), ("c", 2), ("a", 1), ("d", 1)]);
//! ```

use std::cmp::Ordering;

/// Sorts `v` stably by `compare`, as `slice::sort_by` does.
pub fn sort_by<T>(v: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..v.len()).collect();
    sort_positions(&mut order, &|a, b| compare(&v[a], &v[b]));
    arrange(v, &mut order);
}

/// Sorts `v` stably by the key `f` gives, as `slice::sort_by_key` does.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], f: impl Fn(&T) -> K) {
    sort_by(v, |a, b| f(a).cmp(&f(b)));
}

/// Sorts `v` stably by the key `f` gives, computing each element's key once, as
/// `slice::sort_by_cached_key` does (for keys that allocate).
pub fn sort_by_cached_key<T, K: Ord>(v: &mut [T], f: impl Fn(&T) -> K) {
    if v.len() < 2 {
        return;
    }
    let keys: Vec<K> = v.iter().map(f).collect();
    let mut order: Vec<usize> = (0..v.len()).collect();
    sort_positions(&mut order, &|a, b| keys[a].cmp(&keys[b]));
    arrange(v, &mut order);
}

/// Sorts `v` in its natural order (stable, as `slice::sort`).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The one instance of the standard sort: positions ordered by `compare`.
#[inline(never)]
fn sort_positions(order: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| compare(a, b));
}

/// Moves the elements of `v` so that position `i` holds what was at `order[i]`, following each cycle
/// of the permutation once (a position done is marked by `order[i] == i`).
fn arrange<T>(v: &mut [T], order: &mut [usize]) {
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = at;
            if from == start || from == at {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard library's stable sort, ties included, for any list.
        #[test]
        fn the_same_order_as_the_standard_stable_sort(v in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)) {
            let mut want = v.clone();
            want.sort_by_key(|x| x.0);
            let mut got = v.clone();
            sort_by_key(&mut got, |x| x.0);
            prop_assert_eq!(&got, &want);
            let mut cached = v.clone();
            sort_by_cached_key(&mut cached, |x| x.0.to_string());
            prop_assert_eq!(&cached, &want);
            let mut natural = v.clone();
            sort(&mut natural);
            let mut std_natural = v;
            std_natural.sort();
            prop_assert_eq!(natural, std_natural);
        }
    }

    #[test]
    fn empty_one_and_reversed_lists() {
        let mut empty: Vec<u8> = vec![];
        sort(&mut empty);
        assert!(empty.is_empty());
        let mut one = vec![7];
        sort(&mut one);
        assert_eq!(one, [7]);
        let mut reversed: Vec<u32> = (0..50).rev().collect();
        sort(&mut reversed);
        assert_eq!(reversed, (0..50).collect::<Vec<_>>());
        let mut strings = vec!["b".to_owned(), "a".to_owned(), "b".to_owned()];
        sort_by(&mut strings, |a, b| b.cmp(a));
        assert_eq!(strings, ["b", "b", "a"]);
    }
}
