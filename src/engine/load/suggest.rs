//! "Did you mean" for config keys and ids: a typo such as `wieght` should
//! point at `weight` rather than leave the author to compare lists.

/// The candidate closest to `word`, if one is close enough to be a typo:
/// the same apart from ASCII letter case, or at most two edits away (a swap
/// of two neighbouring letters counts as one) and less than a third changed.
/// (Keys and ids are ASCII; full Unicode case folding would cost the wasm
/// its case tables.)
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    closest_of(word, &mut candidates.into_iter())
}

/// One copy in the wasm for every kind of candidate list.
fn closest_of<'a>(word: &str, candidates: &mut dyn Iterator<Item = &'a str>) -> Option<&'a str> {
    let word = word.to_ascii_lowercase();
    candidates
        .map(|c| (edits(&word, &c.to_ascii_lowercase()), c))
        .filter(|&(d, c)| d <= 2 && d * 3 <= word.chars().count().max(c.chars().count()))
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

/// `; did you mean "x"?` when a candidate is close, else nothing: the tail
/// of a problem's sentence.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    hint(closest(word, candidates))
}

fn hint(close: Option<&str>) -> String {
    close
        .map(|c| format!("; did you mean \"{c}\"?"))
        .unwrap_or_default()
}

/// Edit distance with adjacent swaps (optimal string alignment).
fn edits(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut rows = vec![(0..=b.len()).collect::<Vec<_>>()];
    for i in 1..=a.len() {
        let mut row = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let swap = a[i - 1] != b[j - 1];
            row[j] = (rows[i - 1][j] + 1)
                .min(row[j - 1] + 1)
                .min(rows[i - 1][j - 1] + usize::from(swap));
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(rows[i - 2][j - 2] + 1);
            }
        }
        rows.push(row);
    }
    rows[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_find_their_word() {
        let fields = ["id", "kind", "options", "weight", "min", "max"];
        assert_eq!(closest("wieght", fields), Some("weight"));
        assert_eq!(closest("Weight", fields), Some("weight"));
        assert_eq!(closest("optons", fields), Some("options"));
        assert_eq!(closest("kinds", fields), Some("kind"));
    }

    #[test]
    fn unrelated_or_short_words_get_no_suggestion() {
        let fields = ["id", "kind", "options", "weight"];
        assert_eq!(closest("colour", fields), None);
        assert_eq!(
            closest("ix", fields),
            None,
            "one of two letters is half the word"
        );
        assert_eq!(did_you_mean("colour", fields), "");
        assert_eq!(did_you_mean("wieght", fields), "; did you mean \"weight\"?");
    }

    #[test]
    fn edit_distance_counts_a_swap_once() {
        assert_eq!(edits("wieght", "weight"), 1);
        assert_eq!(edits("abc", "abc"), 0);
        assert_eq!(edits("", "abc"), 3);
        assert_eq!(edits("kitten", "sitting"), 3);
    }
}
