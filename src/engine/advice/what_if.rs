//! The search for the edge where a plan changes with other numbers: the
//! pivots and the budget levels both ask "from which budget, or up to which
//! group size, does this hold?", and answer in readable figures.

/// Smallest value in `lo..=hi` where `changed` holds, given that it is
/// monotone (false … false true … true) and holds at `hi`.
pub fn first_true(mut lo: u64, mut hi: u64, changed: &dyn Fn(u64) -> bool) -> u64 {
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if changed(mid) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    hi
}

/// Rounds to two significant digits, up or down, for readable thresholds;
/// numbers under 100 stay as they are.
pub fn nice(n: u64, up: bool) -> u64 {
    let mut unit = 1u64;
    while n / unit >= 100 {
        unit *= 10;
    }
    let down = n / unit * unit;
    if up && down < n {
        down + unit
    } else {
        down
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_rounds_to_two_significant_digits_in_the_safe_direction() {
        assert_eq!(nice(99, true), 99);
        assert_eq!(nice(100, true), 100);
        assert_eq!(nice(101, true), 110);
        assert_eq!(nice(101, false), 100);
        assert_eq!(nice(9_699, true), 9_700);
        assert_eq!(nice(555_123, true), 560_000);
        assert_eq!(nice(555_123, false), 550_000);
        assert_eq!(nice(560_000, true), 560_000);
    }

    #[test]
    fn first_true_finds_the_edge_of_a_monotone_predicate() {
        assert_eq!(first_true(0, 10, &|x| x >= 7), 7);
        assert_eq!(first_true(0, 10, &|x| x >= 1), 1);
        assert_eq!(first_true(3, 10, &|x| x >= 10), 10);
        assert_eq!(first_true(5, 5, &|_| true), 5);
    }
}
