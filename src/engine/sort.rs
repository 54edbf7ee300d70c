//! A stable insertion sort, and a list's items each once. The lists sorted
//! here are short (reasons, levers, a few hundred text keys), and each
//! instantiation of the standard library's stable sort brought about 3 KB
//! into the wasm.

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

/// `items` each once, in the order first given (short lists: a
/// programme's formats, steps and errors).
pub fn each_once<T: PartialEq>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut out: Vec<T> = Vec::new();
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{each_once, sort_by};

    #[test]
    fn each_once_keeps_the_first_of_each_in_order() {
        assert_eq!(each_once([3, 1, 3, 2, 1]), [3, 1, 2]);
        assert_eq!(each_once(Vec::<u8>::new()), Vec::<u8>::new());
    }

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
