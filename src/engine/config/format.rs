//! The delivery formats, and the one place each meets its cost settings.
//! Every match over [`Format`] lists every variant, so adding a format
//! (reverse mentoring, say) makes the compiler name each place to change.

use super::types::{CoachingFormat, Costs, MentoringFormat};

/// The delivery formats. Their ids are public (`plan.formats`) and key the
/// `format.<id>` texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Format {
    IndividualCoaching,
    GroupCoaching,
    InternalCoaching,
    ManagerCoaching,
    MentoringPairs,
    MentoringCircles,
}

impl Format {
    pub const ALL: [Format; 6] = [
        Format::IndividualCoaching,
        Format::GroupCoaching,
        Format::InternalCoaching,
        Format::ManagerCoaching,
        Format::MentoringPairs,
        Format::MentoringCircles,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Format::IndividualCoaching => "individual_coaching",
            Format::GroupCoaching => "group_coaching",
            Format::InternalCoaching => "internal_coaching",
            Format::ManagerCoaching => "manager_coaching",
            Format::MentoringPairs => "mentoring_pairs",
            Format::MentoringCircles => "mentoring_circles",
        }
    }

    /// Whether the format meets in groups, the shape the `format`
    /// preference names.
    pub fn in_groups(self) -> bool {
        match self {
            Format::GroupCoaching | Format::MentoringCircles => true,
            Format::IndividualCoaching
            | Format::InternalCoaching
            | Format::ManagerCoaching
            | Format::MentoringPairs => false,
        }
    }

    /// The coaching price table, for a coaching format the config offers.
    pub fn coaching(self, costs: &Costs) -> Option<&CoachingFormat> {
        match self {
            Format::IndividualCoaching => Some(&costs.individual_coaching),
            Format::GroupCoaching => Some(&costs.group_coaching),
            Format::InternalCoaching => costs.internal_coaching.as_ref(),
            Format::ManagerCoaching => costs.manager_coaching.as_ref(),
            Format::MentoringPairs | Format::MentoringCircles => None,
        }
    }

    /// The ratio and hours, for a mentoring format.
    pub fn mentoring(self, costs: &Costs) -> Option<&MentoringFormat> {
        match self {
            Format::MentoringPairs => Some(&costs.mentoring_pairs),
            Format::MentoringCircles => Some(&costs.mentoring_circles),
            Format::IndividualCoaching
            | Format::GroupCoaching
            | Format::InternalCoaching
            | Format::ManagerCoaching => None,
        }
    }
}
