//! How well each format serves one person in this group, from 0 to 1: the
//! fit of its approach (coaching or mentoring) to the goal, the audience
//! and the agenda, times how well the format itself serves (one-to-one is
//! 1), less in a group where the answers need one-to-one contact (passing
//! on knowledge), and less where the organisation would rather have the
//! other shape.

use super::inputs::{Inputs, Preference};
use super::score::Scored;
use crate::engine::config::format::Format;
use crate::engine::config::types::{Config, Model};

/// The share of a year's coaching a short package stands for: half a year.
const PACKAGE_LENGTH: f64 = 0.5;

#[derive(Debug, Clone, PartialEq)]
pub struct Quality<'a> {
    model: &'a Model,
    /// The fits of the two approaches, 0 to 1.
    pub coaching: f64,
    pub mentoring: f64,
    /// What a group place is worth against one-to-one for these answers.
    group_value: f64,
    /// The share of a year's coaching the programme runs for.
    duration: f64,
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
        Quality {
            model: m,
            coaching: scored.coaching / 100.0,
            mentoring: scored.mentoring / 100.0,
            group_value,
            duration: inputs.duration_factor,
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
        // A package is a short engagement's worth: in a longer programme
        // it covers only part of what a full engagement would.
        if format == Format::CoachingPackage && self.duration > PACKAGE_LENGTH {
            q *= PACKAGE_LENGTH / self.duration;
        }
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
