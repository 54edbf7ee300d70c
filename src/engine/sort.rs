//! A stable insertion sort. The lists sorted here are short (reasons,
//! levers, a few hundred text keys), and each instantiation of the
//! standard library's stable sort brought about 3 KB into the wasm.

/// Sorts `items` so that `a` comes before `b` whenever `before(a, b)`;
/// items neither is before keep their order.
pub fn sort_by<T>(items: &mut [T], before: impl Fn(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && before(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_by;

    #[test]
    fn sorts_and_keeps_ties_in_order() {
        let mut v = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by(&mut v, |a, b| a.0 > b.0);
        assert_eq!(v, [(3, 'a'), (3, 'c'), (2, 'd'), (1, 'b'), (1, 'e')]);
        let mut w: [u8; 0] = [];
        sort_by(&mut w, |a, b| a < b);
        let mut s = ["b", "a", "c", "a"];
        sort_by(&mut s, |a, b| a < b);
        assert_eq!(s, ["a", "a", "b", "c"]);
    }
}
