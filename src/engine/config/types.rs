//! Configuration types: the questionnaire, model weights, cost assumptions,
//! Venn traits and text tables. All of it is data so a consultancy can retune
//! the widget without touching Rust.

use crate::engine::dict::Dict;
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Schema version of this file; only `1` exists.
    pub version: u64,
    /// The locale whose text table must be complete; others fall back to it.
    pub default_locale: String,
    /// The currency of budgets and costs.
    pub money: Money,
    /// The call to action on the results screen.
    pub cta: Cta,
    /// Settings of the decision rule.
    pub model: Model,
    /// Cost and capacity assumptions, yearly, in `money.currency`. A config
    /// in another currency than the default's starts from that currency's
    /// table in `cost_tables`; `costs` then changes only what it names.
    pub costs: Costs,
    /// Cost tables for other currencies, by ISO 4217 code: what `costs`
    /// starts from when `money.currency` is that currency.
    #[serde(default)]
    pub cost_tables: Dict<Costs>,
    /// The questionnaire, in the order asked. Four questions are required:
    /// audience, participants, budget and duration.
    pub questions: Vec<Question>,
    /// The Venn diagram's traits.
    pub traits: Vec<Trait>,
    /// locale → text key → text.
    pub texts: Dict<Dict<String>>,
    /// The consented lead step; off unless a config turns it on.
    #[serde(default)]
    pub lead: super::lead::Lead,
    /// The what-if explorer under the plan on the results: on, with every
    /// lever, unless a config says otherwise.
    #[serde(default)]
    pub explore: super::explore::Explore,
    /// Programmes with several groups planned together: up to four unless
    /// a config says otherwise.
    #[serde(default)]
    pub groups: super::groups::Groups,
    /// Brand values for the widget's `--pf-*` custom properties, named
    /// without the prefix, e.g. `"color-primary": "#7c2d12"`. A host page's
    /// own CSS on the element wins over them; in iframe mode, where no host
    /// CSS reaches, they are the way to brand the widget.
    #[serde(default)]
    pub theme: Dict<String>,
}

/// The names a config's `theme` may set, as `--pf-<name>`.
pub const THEME_NAMES: [&str; 17] = [
    "color-primary",
    "color-primary-hover",
    "color-on-primary",
    "color-text",
    "color-muted",
    "color-bg",
    "color-surface",
    "color-border",
    "color-border-light",
    "color-error",
    "color-focus",
    "color-coaching",
    "color-mentoring",
    "font-family",
    "font-size",
    "radius",
    "max-width",
];

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Money {
    /// ISO 4217 code, e.g. `USD`.
    pub currency: String,
    /// Not shown by the widget, which formats money with the browser's
    /// Intl for `currency`; kept so existing configs stay valid, and the
    /// config editor labels its money fields with it, e.g. `€`.
    pub symbol: String,
}

/// The call-to-action shown on the results screen.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Cta {
    /// `https:`, `mailto:`, or `http:` on localhost only.
    pub url: String,
    /// Text key of the button label.
    pub label: String,
    /// Where it opens: `top` (the whole tab, out of any iframe: the
    /// default), `blank` (a new tab, without access to this page) or
    /// `self` (where the widget is; in iframe mode, inside the frame).
    #[serde(default)]
    pub target: CtaTarget,
}

/// Where the call to action opens.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CtaTarget {
    /// The whole browser tab: a widget in an iframe leaves the frame.
    #[default]
    Top,
    /// A new tab, opened with `noopener`.
    Blank,
    /// Where the widget is: in an iframe, the frame itself.
    #[serde(rename = "self")]
    Current,
}

impl CtaTarget {
    /// The link's `target` attribute, if any.
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            CtaTarget::Top => Some("_top"),
            CtaTarget::Blank => Some("_blank"),
            CtaTarget::Current => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Model {
    /// Fit gap (0–100 scale) under which the answers count as split: the
    /// kind that decides which follow-ups with `ask_when` are asked.
    pub split_margin: f64,
    /// Fit difference (0–1) up to which an answer fits both approaches.
    pub neutral_band: f64,
    /// No longer used: plans are searched, and a hybrid coaches as many as
    /// the budget serves best. Accepted so that older configs still load.
    #[serde(default)]
    pub hybrid_coached_share: Option<f64>,
    /// How well each format serves one person, from 0 to 1, before the
    /// fit of its approach: one-to-one is 1. Keyed by format id.
    pub format_quality: Dict<f64>,
    /// What a place in a group (a coaching group, a team, a mentoring
    /// circle) is worth against one-to-one, by answer (`question.option`,
    /// such as `goal.knowledge`): the lowest that applies counts. Answers
    /// it leaves out count 1.
    pub group_value: Dict<f64>,
    /// An approach whose fit for the goal answer (0 to 1) is below this
    /// does not serve the goal (coaching does not pass on an expert's
    /// knowledge), so plans leave it out while anything else can start.
    pub goal_floor: f64,
    /// Below this group value a mentoring circle does not serve the answers
    /// at all (passing on tacit knowledge): plans mentor in pairs, and use
    /// circles only when there are too few mentors to pair people.
    pub group_floor: f64,
    /// A format in the shape (one-to-one or group) the organisation would
    /// rather not have serves it this much less (0 to 1).
    pub preference_discount: f64,
    /// Fit (0–100) an approach needs before a plan adds it to the other:
    /// below it, it is used only when nothing else reaches anyone.
    pub min_fit: f64,
    /// What the second approach adds for a person who has both, as a
    /// share of what it is worth on its own (0 to 1).
    pub both_bonus: f64,
    /// Two plans whose scores differ by less than this share are a close
    /// call, and the results show both.
    pub close_call: f64,
    /// With the budget not decided, the plan to budget for is the least
    /// costly one within this share of the best plan money could buy.
    pub value_tolerance: f64,
    /// With the budget not decided, a group of up to this many is planned
    /// as one cohort: the plan to budget for is the best plan money could
    /// buy for all of them, not one that gives some of them less. 0 (an
    /// older config) plans every group by `value_tolerance`.
    #[serde(default)]
    pub cohort_max: u64,
    /// Why each setting has its value, by field name.
    #[serde(default)]
    pub rationale: Dict<String>,
}

/// The cost and capacity model, a year at a time, in the config's
/// currency. Coaching is paid per head (per team for a team) and format;
/// mentoring pays for running the scheme, by its size, and for the
/// mentors' hours when they are paid working time.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Costs {
    /// One-to-one coaching: a year, per person.
    pub individual_coaching: CoachingFormat,
    /// A short one-to-one coaching package, per person. A few sessions for
    /// one transition; its price does not follow the duration.
    #[serde(default)]
    pub coaching_package: Option<CoachingFormat>,
    /// Coaching in small groups: a year, per person.
    pub group_coaching: CoachingFormat,
    /// Coaching an intact team as one team: a year, per team. Offered for
    /// the audiences it names, to a group of one team's size.
    #[serde(default)]
    pub team_coaching: Option<TeamCoaching>,
    /// Coaching by your internal coaches: a year, per person. Offered only
    /// for the `internal_coaches` answers its `capacity` names.
    #[serde(default)]
    pub internal_coaching: Option<CoachingFormat>,
    /// Coaching by trained line managers: a year, per person. Offered only
    /// for the `line_managers` answers its `capacity` names.
    #[serde(default)]
    pub manager_coaching: Option<CoachingFormat>,
    /// Share of a year's coaching paid, by how long the programme runs.
    /// Keyed by `duration` option.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), schemars(extend("x-keyed-by" = "duration")))]
    pub duration_factor: Dict<f64>,
    /// Running a mentoring scheme, by its size. Each tier serves up to its
    /// `up_to` relationships (the last, any number); a scheme pays the
    /// least costly tier that serves it.
    pub mentoring_scheme: Vec<SchemeTier>,
    /// Mentoring pairs. One mentor with one mentee (or two).
    pub mentoring_pairs: MentoringFormat,
    /// Mentoring circles. One mentor with a small group.
    pub mentoring_circles: MentoringFormat,
    /// Likely mentors, by the rough answer about how many could mentor.
    /// Keyed by `mentors` option.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), schemars(extend("x-keyed-by" = "mentors")))]
    pub mentor_supply: Dict<Supply>,
    /// An hour of a mentor's time, when it is paid, by audience. Mentors
    /// are more senior than their mentees, and cost what their level costs.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), schemars(extend("x-keyed-by" = "audience")))]
    #[serde(default)]
    pub mentor_hour: Dict<u64>,
    /// Why each figure has its value, with sources, by field name.
    #[serde(default)]
    pub rationale: Dict<String>,
}

/// A coaching format: a year's cost per person by `audience` option; an
/// audience it leaves out is not offered this format.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CoachingFormat {
    /// A year's cost per person, by audience. An audience it leaves out
    /// is not offered the format.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), schemars(extend("x-keyed-by" = "audience")))]
    pub per_head: Dict<u64>,
    /// Smallest group paid for, in places. One-to-one leaves it at 1.
    #[serde(default = "one")]
    pub min_group: u64,
    /// People the organisation's own coaches can take, by an answer about
    /// them (`internal_coaches` or `line_managers`). Without it the format
    /// has no limit.
    #[serde(default)]
    pub capacity: Option<Dict<Supply>>,
}

fn one() -> u64 {
    1
}

/// Coaching a team together: a year's price per team, by audience, and the
/// sizes of group coached as one team.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TeamCoaching {
    /// A year's price per team, by audience. Only the audiences it names
    /// are offered team coaching.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), schemars(extend("x-keyed-by" = "audience")))]
    pub per_team: Dict<u64>,
    /// The smallest team, in people.
    pub min_team: u64,
    /// The largest team, in people. A larger group is not one team.
    pub max_team: u64,
}

/// One tier of a mentoring scheme: what running it costs a year. Matching,
/// check-ins and mentor training follow the relationships (a pair, or a
/// circle); platform seats and materials follow the mentees.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SchemeTier {
    /// The most relationships (pairs or circles) this tier serves. Absent
    /// on the last tier.
    #[serde(default)]
    pub up_to: Option<u64>,
    /// The most mentees this tier serves, whatever the relationships:
    /// without a platform each mentee is matched and checked in by hand,
    /// so a circle of six is six people's work. Absent: no bound.
    #[serde(default)]
    pub mentees_up_to: Option<u64>,
    /// Fixed cost a year. Running the scheme before any mentee.
    pub fixed: u64,
    /// Cost per relationship, a year. A pair, or a circle.
    pub per_relationship: u64,
    /// Cost per mentee, a year. On top of the rest.
    pub per_mentee: u64,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MentoringFormat {
    /// Mentees per mentor.
    pub mentees_per_mentor: u64,
    /// A mentor's hours a year per mentee, by goal. Costed when the
    /// mentors' time is paid.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), schemars(extend("x-keyed-by" = "goal")))]
    #[serde(default)]
    pub mentor_hours: Dict<u64>,
}

/// People likely to be available (mentors, internal coaches' places): a share of the participants, capped at an
/// absolute number so "few" stays a handful however large the group.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Supply {
    /// Per participant. A share of the group, rounded up.
    pub per_participant: f64,
    /// At most. However large the group.
    pub max: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum QuestionKind {
    Choice,
    Number,
}

/// One question. Choice questions carry `options` and a `weight`; number
/// questions carry `min`/`max`. Validation checks the combination.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Used by answers, share links, text keys (`q.<id>.…`) and traits.
    pub id: String,
    /// `choice` or `number`.
    pub kind: QuestionKind,
    /// A choice question's answers, in order.
    #[serde(default)]
    pub options: Vec<Choice>,
    /// How much a choice question counts in the fit; 0 makes it a
    /// constraint that gives no fit.
    #[serde(default)]
    pub weight: f64,
    /// A number question's smallest accepted answer.
    #[serde(default)]
    pub min: Option<u64>,
    /// A number question's largest accepted answer.
    #[serde(default)]
    pub max: Option<u64>,
    /// The number is an amount of money in the config's currency.
    #[serde(default)]
    pub money: bool,
    /// The organisation can change this answer, so pivots may suggest it.
    #[serde(default)]
    pub lever: bool,
    /// A number question that also takes `"unknown"`: people often have no
    /// figure yet (a budget not decided), and 0 would be a false answer.
    #[serde(default)]
    pub unknown: bool,
    /// The question can be skipped ("Skip" records no answer), so detail
    /// that only matters to some organisations costs the rest no effort.
    #[serde(default)]
    pub optional: bool,
    /// Ask only when the kind the other answers point to is one of these
    /// (`coaching`, `mentoring`, `hybrid`): mentor numbers matter only
    /// when mentoring is in play. Empty: always asked.
    #[serde(default)]
    pub ask_when: Vec<String>,
    /// Asked for each group of a programme (its goal, audience, size);
    /// otherwise asked once for the whole organisation and shared by its
    /// groups (the budget, the mentors, the coaches).
    #[serde(default)]
    pub per_group: bool,
}

/// A choice option with how well each approach fits it, each in 0–1.
/// Questions that only constrain the plan (weight 0) leave the fits out.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Used by answers, share links, text keys and traits.
    pub id: String,
    /// How well coaching serves this answer, 0 to 1.
    #[serde(default)]
    pub coaching: f64,
    /// How well mentoring serves this answer, 0 to 1.
    #[serde(default)]
    pub mentoring: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Region {
    Coaching,
    Shared,
    Mentoring,
}

/// A Venn trait. It matches when all of its `when` conditions hold; an
/// empty list always matches (traits both approaches share).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Trait {
    /// Its label is the text `trait.<id>`.
    pub id: String,
    /// `coaching`, `shared` or `mentoring`.
    pub region: Region,
    /// Conditions that must all hold for the trait to match.
    #[serde(default)]
    pub when: Vec<Condition>,
}

/// Either a question test (`is` for choices, `min`/`max` for numbers) or a
/// test on a derived metric.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// A question id; exactly one of `question`, `metric` and `plan_uses`.
    #[serde(default)]
    pub question: Option<String>,
    /// A derived metric; exactly one of `question`, `metric` and `plan_uses`.
    #[serde(default)]
    pub metric: Option<Metric>,
    /// Format ids: the condition holds when the chosen plan uses one of
    /// them. Exactly one of `question`, `metric` and `plan_uses`.
    #[serde(default)]
    pub plan_uses: Vec<String>,
    /// For a choice question: the option ids that match.
    #[serde(default)]
    pub is: Vec<String>,
    /// Inclusive lower bound, for a number question or a metric.
    #[serde(default)]
    pub min: Option<f64>,
    /// Inclusive upper bound, for a number question or a metric.
    #[serde(default)]
    pub max: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// Share of participants the budget alone could coach (0 to 1).
    CoachingCoverage,
    /// Share of the plan's cost paid to coaches from outside (0 to 1).
    PaidCoachingShare,
    /// Share of the plan's cost paid for mentors' hours (0 to 1): 0 when
    /// the mentors volunteer.
    MentorTimeShare,
}

impl Config {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }
}

impl Question {
    pub fn option(&self, id: &str) -> Option<&Choice> {
        self.options.iter().find(|o| o.id == id)
    }

    /// The options' ids, in order.
    pub fn option_ids(&self) -> impl Iterator<Item = &str> + Clone {
        self.options.iter().map(|o| o.id.as_str())
    }

    /// Inclusive numeric range; only meaningful for number questions.
    pub fn range(&self) -> (u64, u64) {
        (self.min.unwrap_or(0), self.max.unwrap_or(u64::MAX))
    }
}
