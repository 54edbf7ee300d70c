//! The kinds of programme, and the kind the fit alone points to. The fit
//! is one input to the plan; budget and mentors decide the rest.

use crate::engine::config::types::Config;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Mentoring,
    Hybrid,
    Coaching,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Coaching, Kind::Mentoring, Kind::Hybrid];

    pub fn id(self) -> &'static str {
        match self {
            Kind::Coaching => "coaching",
            Kind::Mentoring => "mentoring",
            Kind::Hybrid => "hybrid",
        }
    }
}

/// The kind the fit scores point to: a clear lead of at least
/// `split_margin` points picks that approach, anything closer is a hybrid.
pub fn fit_kind(c: &Config, gap: i32) -> Kind {
    let (gap, margin) = (f64::from(gap), c.model.split_margin);
    if gap >= margin {
        Kind::Coaching
    } else if gap <= -margin {
        Kind::Mentoring
    } else {
        Kind::Hybrid
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_kind_uses_the_margin_on_both_sides() {
        let c = Config::default_config();
        assert_eq!(fit_kind(&c, 15), Kind::Coaching);
        assert_eq!(fit_kind(&c, 14), Kind::Hybrid);
        assert_eq!(fit_kind(&c, -14), Kind::Hybrid);
        assert_eq!(fit_kind(&c, -15), Kind::Mentoring);
    }
}
