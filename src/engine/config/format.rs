//! The delivery formats, and the one place each meets its cost settings.
//! Every match over [`Format`] lists every variant, so adding a format
//! (reverse mentoring, say) makes the compiler name each place to change.

use super::types::{CoachingFormat, Costs, MentoringFormat, TeamCoaching};

/// The delivery formats. Their ids are public (`plan.formats`) and key the
/// `format.<id>` texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Format {
    IndividualCoaching,
    CoachingPackage,
    GroupCoaching,
    TeamCoaching,
    InternalCoaching,
    ManagerCoaching,
    MentoringPairs,
    MentoringCircles,
}

/// A format's cost settings: a coaching price table, a team's, or a
/// mentoring ratio and hours. A format the config does not offer has none.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Settings<'a> {
    Coaching(Option<&'a CoachingFormat>),
    Team(Option<&'a TeamCoaching>),
    Mentoring(&'a MentoringFormat),
}

impl Format {
    pub const ALL: [Format; 8] = [
        Format::IndividualCoaching,
        Format::CoachingPackage,
        Format::GroupCoaching,
        Format::TeamCoaching,
        Format::InternalCoaching,
        Format::ManagerCoaching,
        Format::MentoringPairs,
        Format::MentoringCircles,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Format::IndividualCoaching => "individual_coaching",
            Format::CoachingPackage => "coaching_package",
            Format::GroupCoaching => "group_coaching",
            Format::TeamCoaching => "team_coaching",
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
            Format::GroupCoaching | Format::TeamCoaching | Format::MentoringCircles => true,
            Format::IndividualCoaching
            | Format::CoachingPackage
            | Format::InternalCoaching
            | Format::ManagerCoaching
            | Format::MentoringPairs => false,
        }
    }

    /// Mentoring, as opposed to coaching.
    pub fn is_mentoring(self) -> bool {
        matches!(self, Format::MentoringPairs | Format::MentoringCircles)
    }

    /// Paid to coaches from outside: their fees are the plan's main cost.
    pub fn external(self) -> bool {
        match self {
            Format::IndividualCoaching
            | Format::CoachingPackage
            | Format::GroupCoaching
            | Format::TeamCoaching => true,
            Format::InternalCoaching
            | Format::ManagerCoaching
            | Format::MentoringPairs
            | Format::MentoringCircles => false,
        }
    }

    /// This format's cost settings in `costs`.
    pub fn settings(self, costs: &Costs) -> Settings<'_> {
        match self {
            Format::IndividualCoaching => Settings::Coaching(Some(&costs.individual_coaching)),
            Format::CoachingPackage => Settings::Coaching(costs.coaching_package.as_ref()),
            Format::GroupCoaching => Settings::Coaching(Some(&costs.group_coaching)),
            Format::TeamCoaching => Settings::Team(costs.team_coaching.as_ref()),
            Format::InternalCoaching => Settings::Coaching(costs.internal_coaching.as_ref()),
            Format::ManagerCoaching => Settings::Coaching(costs.manager_coaching.as_ref()),
            Format::MentoringPairs => Settings::Mentoring(&costs.mentoring_pairs),
            Format::MentoringCircles => Settings::Mentoring(&costs.mentoring_circles),
        }
    }

    /// The per-head price table, for a coaching format the config offers.
    pub fn coaching(self, costs: &Costs) -> Option<&CoachingFormat> {
        match self.settings(costs) {
            Settings::Coaching(f) => f,
            Settings::Team(_) | Settings::Mentoring(_) => None,
        }
    }

    /// The ratio and hours, for a mentoring format.
    pub fn mentoring(self, costs: &Costs) -> Option<&MentoringFormat> {
        match self.settings(costs) {
            Settings::Mentoring(f) => Some(f),
            Settings::Coaching(_) | Settings::Team(_) => None,
        }
    }
}
