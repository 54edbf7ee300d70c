//! How well each format serves one person in this group, from 0 to 1: the
//! fit of its approach (coaching or mentoring) to the goal, the audience
//! and the agenda, times how well the format itself serves (one-to-one is
//! 1), less in a group where the answers need one-to-one contact (passing
//! on knowledge), and less where the organisation would rather have the
//! other shape.

use super::id;
use super::inputs::{Inputs, Preference};
use super::score::Scored;
use crate::engine::config::format::Format;
use crate::engine::config::types::{Config, Model};

#[derive(Debug, Clone, PartialEq)]
pub struct Quality<'a> {
    model: &'a Model,
    /// The fits of the two approaches, 0 to 1.
    pub coaching: f64,
    pub mentoring: f64,
    /// Each approach's fit for the goal answer, 0 to 1 (1 without a goal).
    goal: (f64, f64),
    /// What a group place is worth against one-to-one for these answers.
    group_value: f64,
    preference: Option<Preference>,
}

impl<'a> Quality<'a> {
    pub fn new(c: &'a Config, inputs: &Inputs, scored: &Scored) -> Quality<'a> {
        let m = &c.model;
        // The answers that weigh groups, by `question.option`.
        let group_value = inputs
            .choices
            .iter()
            .filter_map(|(q, o)| m.group_value.get(&format!("{}.{}", q.id, o.id)))
            .fold(1.0_f64, |a, v| a.min(*v));
        let goal = inputs
            .choices
            .iter()
            .find(|(q, _)| q.id == id::GOAL)
            .map_or((1.0, 1.0), |(_, o)| (o.coaching, o.mentoring));
        Quality {
            model: m,
            coaching: scored.coaching / 100.0,
            mentoring: scored.mentoring / 100.0,
            goal,
            group_value,
            preference: inputs.preference,
        }
    }

    /// The fit of `format`'s approach, 0 to 1.
    pub fn fit(&self, format: Format) -> f64 {
        if format.is_mentoring() {
            self.mentoring
        } else {
            self.coaching
        }
    }

    /// Whether `format`'s approach serves the goal at all.
    pub fn serves_goal(&self, format: Format) -> bool {
        let fit = if format.is_mentoring() {
            self.goal.1
        } else {
            self.goal.0
        };
        fit >= self.model.goal_floor
    }

    /// Whether a group serves these answers at all: passing on tacit
    /// knowledge does not happen in a group.
    pub fn groups_serve(&self) -> bool {
        self.group_value >= self.model.group_floor
    }

    /// Whether the approach fits well enough to be added to the other.
    pub fn may_add(&self, format: Format) -> bool {
        self.fit(format) * 100.0 >= self.model.min_fit
    }

    /// How well `format` serves one person, 0 to 1.
    pub fn of(&self, format: Format) -> f64 {
        let base = self
            .model
            .format_quality
            .get(format.id())
            .copied()
            .unwrap_or(1.0);
        let mut q = self.fit(format) * base;
        if format.in_groups() {
            q *= self.group_value;
        }
        if self
            .preference
            .is_some_and(|p| format.in_groups() != (p == Preference::Group))
        {
            q *= 1.0 - self.model.preference_discount;
        }
        q
    }

    /// How well a coaching and a mentoring format together serve one
    /// person: the better of the two, and part of the other.
    pub fn both(&self, coaching: f64, mentoring: f64) -> f64 {
        coaching.max(mentoring) + self.model.both_bonus * coaching.min(mentoring)
    }
}
