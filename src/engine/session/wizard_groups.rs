//! The wizard's steps for a programme of several groups: the check screen
//! adds, changes, renames, reorders and removes groups. `answers` always
//! holds one group's answers with the shared ones, so the question steps
//! stay those of one group; opening another group puts the current one's
//! own answers back first.

use super::wizard::{asked_with, Screen, Wizard};
use crate::engine::advice::groups::{trimmed, Group, Grouped};
use crate::engine::config::types::Config;

impl Wizard {
    /// A programme's answers: one group as before groups, or every group
    /// with the one being answered up to date.
    pub fn grouped(&self, c: &Config) -> Grouped {
        let mut g = Grouped::single(c, &self.answers);
        if self.groups.is_empty() {
            return g;
        }
        let own = g.groups.pop().map(|x| x.answers).unwrap_or_default();
        g.groups = self.groups.clone();
        if let Some(current) = g.groups.get_mut(self.group) {
            current.answers = own;
        }
        g
    }

    /// Restores a programme as [`Wizard::resume`] restores one group: the
    /// first group is opened, and the results need every group complete.
    pub fn resume_programme(c: &Config, g: Grouped, screen: Screen) -> Wizard {
        let mut w = Wizard::resume(c, g.answers_of(0), screen);
        let single = matches!(g.groups.as_slice(), [one] if one.name.is_empty());
        if !single && !g.groups.is_empty() {
            w.groups = g.groups;
            if w.screen == Screen::Results && !w.grouped(c).is_complete(c) {
                w.screen = Screen::Check;
            }
        }
        w
    }

    /// For the check screen: the questions asked for each group, in
    /// order (a follow-up may be asked for one group and not another).
    pub fn asked_by_group(&self, c: &Config) -> Vec<Vec<usize>> {
        let g = self.grouped(c);
        (0..self.group_count())
            .map(|i| asked_with(c, &g.answers_of(i)))
            .collect()
    }

    /// How many groups the programme has.
    pub fn group_count(&self) -> usize {
        self.groups.len().max(1)
    }

    /// Whether the config allows another group.
    pub fn can_add_group(&self, c: &Config) -> bool {
        u64::try_from(self.group_count()).is_ok_and(|n| n < c.groups.max)
    }

    /// "Add another group" on the check screen: a group named `name`
    /// with the shared answers kept, and its first question. A first group
    /// without a name is named `first`, so no two groups read the same.
    pub fn add_group(&mut self, c: &Config, (first, name): (&str, &str)) {
        if self.screen != Screen::Check || !self.can_add_group(c) {
            return;
        }
        let mut g = self.grouped(c);
        if let [one] = g.groups.as_mut_slice() {
            if one.name.is_empty() {
                one.name = trimmed(first);
            }
        }
        g.groups.push(Group {
            name: trimmed(name),
            answers: Default::default(),
        });
        let last = g.groups.len().saturating_sub(1);
        self.set_all(g, last);
        self.filling = true;
        self.screen = self.next_own(c, None);
    }

    /// A Change link on group `group`'s answer to question `index`.
    pub fn change_in(&mut self, c: &Config, group: usize, index: usize) {
        if self.screen == Screen::Check && group < self.group_count() {
            self.open(c, group);
            self.change(c, index);
        }
    }

    /// Renames group `i` (the name trimmed; empty: named by its place).
    pub fn rename_group(&mut self, i: usize, name: &str) {
        if let Some(g) = self.groups.get_mut(i) {
            g.name = trimmed(name);
        }
    }

    /// Moves group `from` to place `to` in the priority order.
    pub fn move_group(&mut self, c: &Config, from: usize, to: usize) {
        let n = self.groups.len();
        if self.screen != Screen::Check || from >= n || to >= n || from == to {
            return;
        }
        let mut g = self.grouped(c);
        let moved = g.groups.remove(from);
        g.groups.insert(to, moved);
        self.set_all(g, 0);
    }

    /// Removes group `i`. The one group left is the programme as before
    /// groups, without a name: the screens for one group show none.
    pub fn remove_group(&mut self, c: &Config, i: usize) {
        if self.screen != Screen::Check || i >= self.groups.len() || self.groups.len() < 2 {
            return;
        }
        let mut g = self.grouped(c);
        g.groups.remove(i);
        self.set_all(g, 0);
        if self.groups.len() == 1 {
            self.groups.clear();
        }
    }

    /// Before the results: opens the first group with a gap, so the
    /// results go to its gap, or else the first group, whose answers the
    /// single-group screens and the lead's base payload use.
    pub(super) fn open_first_gap(&mut self, c: &Config) {
        let g = self.grouped(c);
        let gap = (0..g.groups.len()).find(|&i| !g.answers_of(i).is_complete(c));
        self.open(c, gap.unwrap_or(0));
    }

    /// While a new group's questions are asked: its next question after
    /// `i` (`None`: its first), then any gap left, then the check screen.
    pub(super) fn next_own(&self, c: &Config, i: Option<usize>) -> Screen {
        let own = |j: &usize| c.questions.get(*j).is_some_and(|q| q.per_group);
        let next = self.asked(c).into_iter().filter(own).find(|&j| i < Some(j));
        match next.or_else(|| self.first_unanswered(c)) {
            Some(j) => Screen::Question(j),
            None => Screen::Check,
        }
    }

    /// Back while a new group's questions are asked: its question before
    /// `i`, or the check screen; the shared answers are not walked again.
    pub(super) fn gap_before(&self, c: &Config, i: usize) -> Screen {
        let own = |j: &usize| c.questions.get(*j).is_some_and(|q| q.per_group);
        self.asked(c)
            .into_iter()
            .filter(own)
            .rfind(|&j| j < i)
            .map_or(Screen::Check, Screen::Question)
    }

    /// Puts the current group's own answers back and opens group `i`.
    fn open(&mut self, c: &Config, i: usize) {
        if !self.groups.is_empty() {
            self.set_all(self.grouped(c), i);
        }
    }

    /// Holds programme `g` with group `i` open.
    fn set_all(&mut self, g: Grouped, i: usize) {
        self.group = i.min(g.groups.len().saturating_sub(1));
        self.answers = g.answers_of(self.group);
        self.groups = g.groups;
        self.drafts = Default::default();
    }
}
