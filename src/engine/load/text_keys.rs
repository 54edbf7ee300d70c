//! Which text keys a config must define. The UI looks texts up by key, so a
//! key missing from a custom config would show up as the raw key; listing
//! them here lets validation catch that before anything renders.

use super::replaced::removed_text;
use crate::engine::advice::id;
use crate::engine::advice::kind::Kind;
use crate::engine::config::format::Format;
use crate::engine::config::lead::LEAD_FIELDS;
use crate::engine::config::types::{Config, QuestionKind};
use crate::engine::text::alternatives::ALTERNATIVE_TEXT_KEYS;
use crate::engine::text::assumptions::ASSUMPTION_TEXT_KEYS;
use crate::engine::text::formatter::PLURAL_CATEGORIES;
use crate::engine::text::programme::PROGRAMME_TEXT_KEYS;
use crate::engine::text::steps::{step_text_keys, ONE};
use crate::engine::text::summary::SUMMARY_TEXT_KEYS;

/// The fixed keys the UI and the embed's messages use. Keys built from
/// config ids (questions, options, traits) come from [`required_text_keys`].
pub const UI_TEXT_KEYS: &[&str] = &[
    "cta.new_tab",
    "error.config",
    "error.fetch",
    "error.inline_source",
    "error.panic",
    "error.title",
    "error.unavailable",
    "ui.actions.copied",
    "ui.actions.copy_done",
    "ui.actions.copy_failed",
    "ui.actions.copy_refused",
    "ui.restart.confirm",
    "ui.restart.keep",
    "ui.restart.question",
    "ui.actions.print",
    "ui.actions.restart",
    "ui.actions.share",
    "ui.back",
    "ui.check.change",
    "ui.check.change_label",
    "ui.check.lead",
    "ui.check.number_unit",
    "ui.check.skipped",
    "ui.check.submit",
    "ui.check.title",
    "ui.results.programme",
    "ui.groups.add",
    "ui.groups.name",
    "ui.groups.default",
    "ui.groups.shared",
    "ui.groups.change_label",
    "ui.groups.remove",
    "ui.groups.remove_label",
    "ui.groups.up",
    "ui.groups.up_label",
    "ui.groups.down",
    "ui.groups.down_label",
    "ui.groups.removed",
    "ui.groups.moved",
    "ui.continue",
    "ui.error.choose",
    "ui.error.enter",
    "ui.error.not_a_number",
    "ui.error.out_of_range",
    "ui.error.prefix",
    "ui.error.results",
    "ui.error.title",
    "ui.estimate.budget",
    "ui.estimate.coached",
    "ui.estimate.cost",
    "ui.estimate.funding_gap",
    "ui.estimate.mentor_shortfall",
    "ui.estimate.mentored",
    "ui.estimate.figures",
    "ui.estimate.levels",
    "ui.estimate.mentors_likely",
    "ui.estimate.mentors_counted",
    "ui.estimate.mentors_needed",
    "ui.estimate.title",
    "ui.estimate.waiting",
    "ui.intro.lead",
    "ui.explore.back",
    "ui.explore.compare.title",
    "ui.explore.compare.tried",
    "ui.explore.compare.yours",
    "ui.explore.diff",
    "ui.explore.everyone",
    "ui.explore.figures",
    "ui.explore.formats",
    "ui.explore.intro",
    "ui.explore.kind",
    "ui.explore.next_start",
    "ui.explore.pin",
    "ui.explore.pairs",
    "ui.explore.reached",
    "ui.explore.reached_of",
    "ui.explore.same",
    "ui.explore.slider",
    "ui.explore.status",
    "ui.explore.title",
    "ui.explore.unasked",
    "ui.explore.unpin",
    "ui.intro.optional",
    "ui.intro.privacy",
    "ui.intro.start",
    "ui.intro.time",
    "ui.intro.title",
    "ui.live.check",
    "ui.live.intro",
    "ui.live.question",
    "ui.live.results",
    "ui.next.title",
    "ui.number.echo",
    "ui.number.echo_unknown",
    "ui.number.echo_rough",
    "ui.number.rough",
    "ui.number.range",
    "ui.pivot.budget_at_least",
    "ui.pivot.choice",
    "ui.pivot.kind.coaching",
    "ui.pivot.kind.hybrid",
    "ui.pivot.kind.mentoring",
    "ui.pivots.none",
    "ui.pivots.title",
    "ui.progress.label",
    "ui.progress.name",
    "ui.results.eyebrow",
    "ui.results.lean.coaching",
    "ui.results.lean.mentoring",
    "ui.results.lean.neutral",
    "ui.results.reason.answer",
    "ui.results.reasons.title",
    "ui.results.score.coaching",
    "ui.results.score.mentoring",
    "ui.results.score.value",
    "ui.results.scores.title",
    "ui.skip",
    "ui.timeline.title",
    "ui.venn.coaching",
    "ui.venn.coaching_only",
    "ui.venn.lead",
    "ui.venn.marker",
    "ui.venn.mentoring",
    "ui.venn.mentoring_only",
    "ui.venn.position.coaching",
    "ui.venn.position.mentoring",
    "ui.venn.position.middle",
    "ui.venn.shared",
    "ui.venn.svg_desc",
    "ui.venn.svg_title",
    "ui.venn.table.caption",
    "ui.venn.table.fits",
    "ui.venn.table.no",
    "ui.venn.table.region",
    "ui.venn.table.trait",
    "ui.venn.table.yes",
    "ui.venn.title",
];

/// The fixed keys of the sentences the engine builds ([`super::words`]).
pub const PLAN_TEXT_KEYS: &[&str] = &[
    "count.mentors.one",
    "count.mentors.other",
    "count.mentors_paid.one",
    "count.mentors_paid.other",
    "count.more_mentors.one",
    "count.more_mentors.other",
    "count.more_mentors_counted.one",
    "count.more_mentors_counted.other",
    "count.people.one",
    "count.people.other",
    "estimate.compare",
    "estimate.compare_counted",
    "estimate.compare_free",
    "estimate.compare_counted_free",
    "hybrid.coached.any",
    "plan.all",
    "plan.level",
    "plan.level_free",
    "plan.mentor_time",
    "plan.need.or_mentors",
    "count.more_mentors_paid.one",
    "count.more_mentors_paid.other",
    "plan.need.money",
    "plan.need.money_paid",
    "plan.need.money_other",
    "plan.need.money_paid_other",
    "plan.need.money_paid_all_other",
    "plan.need.money_paid_all",
    "plan.free.all",
    "plan.free.some",
    "plan.mentors_short",
    "plan.mentors_short_some",
    "plan.scheme_step",
    "plan.scheme_step_some",
    "plan.mentors_unknown",
    "plan.none.coaching",
    "plan.none.mentoring_budget",
    "plan.one",
    "plan.part.also_coached",
    "plan.part.also_coached_first",
    "plan.part.also_mentored",
    "plan.part.all_also_mentored",
    "plan.part.and",
    "plan.part.and_also",
    "plan.part.blend",
    "plan.part.coached",
    "plan.part.coached_extra",
    "plan.part.coached_first",
    "plan.part.mentored",
    "plan.part.one.both",
    "plan.part.one.coached",
    "plan.part.one.mentored",
    "plan.part.overlap",
    "plan.part.overlap_one",
    "plan.pilot",
    "plan.preference.group.fit",
    "plan.preference.group.reach",
    "plan.preference.one_to_one.fit",
    "plan.preference.one_to_one.mentors",
    "plan.preference.one_to_one.reach",
    "plan.some",
    "plan.staff_time",
    "plan.unknown.all",
    "plan.unknown.one",
    "plan.unknown.some",
    "plan.unspent",
    "plan.unspent_beyond",
    "plan.unspent_one",
    "plan.unspent_mentors",
    "plan.unspent_beyond_one",
    "list.and",
    "timeline.next_cohort",
    "plan.need.money_one",
    "plan.need.money_paid_one",
    "plan.need.money_paid_all_one",
    "timeline.quarter",
    "timeline.review",
    "timeline.review_one",
    "timeline.start",
    "why.against.fit",
    "why.against.one",
    "why.against.reach",
    "why.all",
    "why.close_call",
];

/// Every text key the engine's output and the UI refer to for `c`, sorted;
/// the default locale must have all of them.
pub fn required_text_keys(c: &Config) -> Vec<String> {
    let mut keys: Vec<String> = PLAN_TEXT_KEYS
        .iter()
        .chain(UI_TEXT_KEYS)
        .map(|k| k.to_string())
        .collect();
    keys.push(c.cta.label.clone());
    for f in Format::ALL {
        keys.push(format!("format.{}", f.id()));
        keys.push(format!("timeline.prepare.{}", f.id()));
    }
    for kind in Kind::ALL {
        let kind = kind.id();
        keys.push(format!("kind.{kind}"));
        keys.push(format!("why.alternative.{kind}"));
        // The opening: the plan's kind, from the kind the answers fit.
        for fit in Kind::ALL {
            let fit = fit.id();
            keys.push(match fit == kind {
                true => format!("why.{kind}"),
                false => format!("why.{kind}_from_{fit}"),
            });
            if kind == "hybrid" && fit != kind {
                keys.push(format!("why.hybrid_split_from_{fit}"));
            }
        }
    }
    for q in &c.questions {
        for part in ["label", "hint", "summary"] {
            keys.push(format!("q.{}.{part}", q.id));
        }
        if q.unknown {
            keys.push(format!("q.{}.opt.unknown", q.id));
        }
        for o in &q.options {
            keys.push(format!("q.{}.opt.{}", q.id, o.id));
            // Only weighted questions give fit reasons.
            if q.weight > 0.0 {
                keys.push(format!("reason.{}.{}", q.id, o.id));
            }
        }
    }
    if let Some(q) = c.question(id::GOAL) {
        keys.extend(q.options.iter().map(|o| format!("hybrid.coached.{}", o.id)));
    }
    keys.extend(c.traits.iter().map(|t| format!("trait.{}", t.id)));
    keys.extend(step_text_keys(c));
    keys.extend(lead_text_keys(c));
    keys.extend(
        REPORT_TEXT_KEYS
            .iter()
            .chain(ASSUMPTION_TEXT_KEYS)
            .chain(ALTERNATIVE_TEXT_KEYS)
            .chain(PROGRAMME_TEXT_KEYS)
            .map(|k| k.to_string()),
    );
    crate::engine::sort::sort_by(&mut keys, |a, b| a < b);
    keys.dedup();
    keys
}

/// The printed report's texts (it is available whenever results are).
pub const REPORT_TEXT_KEYS: &[&str] = &[
    "firm.name",
    "report.alternatives",
    "report.answers",
    "report.assumptions",
    "report.contact",
    "report.costs",
    "report.cta",
    "report.date",
    "report.sources",
    "report.title",
    "report.traits.legend",
];

/// The lead step's texts, needed only when it is on: the form's own, one
/// label and hint per field it shows, and the consent text the config names.
pub const LEAD_TEXT_KEYS: &[&str] = &[
    "lead.confirm.title",
    "lead.confirm.body",
    "lead.copy",
    "lead.error.consent",
    "lead.error.email",
    "lead.error.missing",
    "lead.error.too_long",
    "lead.failed",
    "lead.honeypot",
    "lead.intro",
    "lead.optional",
    "lead.privacy",
    "lead.privacy_intro",
    "lead.refused",
    "lead.retry",
    "lead.sending",
    "lead.skip",
    "lead.submit",
    "lead.title",
    "lead.title_before",
];

fn lead_text_keys(c: &Config) -> Vec<String> {
    if !c.lead.is_on() {
        return Vec::new();
    }
    let mut keys: Vec<String> = LEAD_TEXT_KEYS
        .iter()
        .chain(SUMMARY_TEXT_KEYS)
        .map(|k| k.to_string())
        .collect();
    keys.push(c.lead.consent_text.clone());
    for (f, _) in c.lead.fields.shown() {
        keys.push(format!("lead.field.{}", f.id));
    }
    keys
}

/// The lead step's texts whether or not it is on, so a config (or a
/// locale file) may carry them before a consultancy turns the step on.
fn is_lead_text_key(c: &Config, key: &str) -> bool {
    LEAD_TEXT_KEYS.contains(&key)
        || SUMMARY_TEXT_KEYS.contains(&key)
        || key == c.lead.consent_text
        || LEAD_FIELDS
            .iter()
            .any(|f| key.strip_prefix("lead.field.") == Some(f.id))
}

/// Whether some part of the widget can use `key`: a required key, a lead
/// step text (on or off), a number
/// question's optional `q.<id>.unit` or its plural forms
/// (`q.<id>.unit.one`), a next step's or a timeline step's form for one
/// person (`next.….one`, `timeline.prepare.….one`), or any ICU plural form of a
/// `count.<noun>` the engine counts with. `required` is
/// [`required_text_keys`] of `c`.
pub fn is_known_text_key(c: &Config, required: &[String], key: &str) -> bool {
    if required.binary_search_by(|k| k.as_str().cmp(key)).is_ok() {
        return true;
    }
    if let Some(other) = plural_other(key) {
        return required.binary_search(&other).is_ok();
    }
    // A next step's or a timeline step's optional form for one person.
    let for_one = |k: &&str| k.starts_with("next.") || k.starts_with("timeline.prepare.");
    if let Some(step) = key.strip_suffix(ONE).filter(for_one) {
        return required.binary_search_by(|k| k.as_str().cmp(step)).is_ok();
    }
    if is_lead_text_key(c, key) {
        return true;
    }
    key.strip_prefix("q.")
        .and_then(|k| k.strip_suffix(".unit").or_else(|| unit_form(k)))
        .and_then(|id| c.question(id))
        .is_some_and(|q| q.kind == QuestionKind::Number)
}

/// `participants.unit.one` → `participants`: a unit's plural form.
fn unit_form(key: &str) -> Option<&str> {
    let (rest, form) = key.rsplit_once('.')?;
    PLURAL_CATEGORIES
        .contains(&form)
        .then(|| rest.strip_suffix(".unit"))
        .flatten()
}

/// `count.people.few` → `count.people.other`: the form every plural has.
pub fn plural_other(key: &str) -> Option<String> {
    let (noun, form) = key.strip_prefix("count.")?.rsplit_once('.')?;
    PLURAL_CATEGORIES
        .contains(&form)
        .then(|| format!("count.{noun}.other"))
}

/// Why `key` is reported, in words a config author can act on.
pub fn unknown_text(key: &str) -> String {
    if key.starts_with("fmt.") {
        format!("text \"{key}\" is no longer used: the browser formats numbers and money for the locale, in the currency of money.currency; remove it")
    } else if removed_text(key) {
        format!("text \"{key}\" is no longer used: this version asks about mentors in one question and words the plan otherwise; remove it")
    } else {
        format!("unknown text \"{key}\": no part of the widget uses it; check its spelling against texts.en in the default config")
    }
}
