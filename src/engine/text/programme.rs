//! A programme of several groups in words: for each group after the
//! first, what the groups before it took of the budget and the mentors
//! (so the split is explained where it applies), and the programme as a
//! whole: whom it reaches for what, and who waits.

use super::formatter::Formatter;
use super::phrase::Phrase;
use super::steps::next_steps;
use super::template::fill;
use super::words::Words;
use crate::engine::advice::groups::Grouped;
use crate::engine::advice::programme::Programme;
use crate::engine::config::types::Config;

/// The groups' next steps (text keys), each once in the order first
/// given, with the groups (by index) each is for.
pub fn programme_steps(c: &Config, p: &Programme, g: &Grouped) -> Vec<(String, Vec<usize>)> {
    let mut out: Vec<(String, Vec<usize>)> = Vec::new();
    for (i, gp) in p.groups.iter().enumerate() {
        for key in next_steps(c, &g.answers_of(i), &gp.recommendation) {
            match out.iter_mut().find(|(k, _)| *k == key) {
                Some((_, groups)) => groups.push(i),
                None => out.push((key, vec![i])),
            }
        }
    }
    out
}

/// The group at index `i` as a heading names it: its own name, or
/// `template` ("Group {n}") filled with its place when it has none.
pub fn group_name(template: &str, name: &str, i: usize, f: &dyn Formatter) -> String {
    match name {
        "" => fill(template, &[("n", &f.number(i as u64 + 1))]),
        name => name.to_string(),
    }
}

/// The texts a programme of several groups uses.
pub const PROGRAMME_TEXT_KEYS: &[&str] = &[
    "programme.before",
    "programme.mentors_before",
    "programme.mentors",
    "programme.mentors_none",
    "programme.total",
    "programme.total_unknown",
    "programme.waiting",
    "programme.unnamed",
];

impl Words<'_> {
    /// For group `i` after the first: the budget and mentors the groups
    /// before it took, and what this group's plan had left. `None` for
    /// the first group, or when the earlier groups took nothing shared.
    pub fn group_share(&self, p: &Programme, i: usize) -> Option<Phrase> {
        let (before, group) = (p.groups.get(..i)?, p.groups.get(i)?);
        let plan = &group.recommendation.plan;
        let names = self.names(p, 0..i);
        let cost: u64 = before.iter().map(|g| g.recommendation.plan.cost).sum();
        let used: u64 = before
            .iter()
            .map(|g| g.recommendation.plan.mentors_needed)
            .sum();
        let mut out = Phrase::default();
        let took = p.totals.budget.filter(|_| cost > 0);
        if let Some(budget) = took {
            out.join(&self.fill(
                "programme.before",
                &[
                    ("before", names.clone()),
                    ("cost", self.cash(cost)),
                    ("budget", self.cash(budget)),
                    ("left", self.cash(budget.saturating_sub(cost))),
                ],
            ));
        }
        if used > 0 {
            let left = Phrase::plain(&self.number(plan.mentors_likely));
            let key = match plan.mentors_likely {
                0 => "programme.mentors_none",
                _ => "programme.mentors_before",
            };
            out.join(&self.fill(
                key,
                &[
                    ("before", names),
                    ("used", self.mentors(plan, used)),
                    ("left", left),
                ],
            ));
        }
        (took.is_some() || used > 0).then_some(out)
    }

    /// Whom the programme reaches, for what against the budget (or, with
    /// none decided, the sum of the groups' budgets), the mentors it relies
    /// on (whether paid is a shared answer, so the first plan says), and
    /// who waits.
    pub fn programme_total(&self, p: &Programme) -> Phrase {
        let t = &p.totals;
        let mut vars = vec![
            ("people", self.count("people", t.reached)),
            ("participants", Phrase::plain(&self.number(t.participants))),
            ("cost", self.cash(t.cost)),
        ];
        let key = match t.budget {
            Some(b) => {
                vars.push(("budget", self.cash(b)));
                "programme.total"
            }
            None => "programme.total_unknown",
        };
        let mut out = self.fill(key, &vars);
        if let Some(first) = p.groups.first().filter(|_| t.mentors_needed > 0) {
            let mentors = self.mentors(&first.recommendation.plan, t.mentors_needed);
            out.join(&self.fill("programme.mentors", &[("mentors", mentors)]));
        }
        if t.waiting > 0 {
            out.join(&self.fill(
                "programme.waiting",
                &[
                    ("people", self.count("people", t.waiting)),
                    ("groups", self.names(p, t.waiting_groups.iter().copied())),
                ],
            ));
        }
        out
    }

    /// A programme's next step, naming the groups it is for when not all.
    pub fn programme_step(&self, p: &Programme, (key, groups): &(String, Vec<usize>)) -> Phrase {
        let mut out = self.text(key);
        if groups.len() < p.groups.len() {
            let names = self.names(p, groups.iter().copied()).to_string();
            out.push(&format!(" ({names})"), false);
        }
        out
    }

    /// The groups' names as a list; an unnamed group by its place.
    fn names(&self, p: &Programme, groups: impl Iterator<Item = usize>) -> Phrase {
        let names: Vec<Phrase> = groups
            .map(|i| match p.groups.get(i).map(|g| g.name.as_str()) {
                Some(name) if !name.is_empty() => Phrase::plain(name),
                _ => {
                    let n = Phrase::plain(&self.number(i as u64 + 1));
                    self.fill("programme.unnamed", &[("n", n)])
                }
            })
            .collect();
        self.list(&names)
    }
}
