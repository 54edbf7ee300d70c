//! The Venn comparison. Wide containers get the SVG with every trait laid
//! over its region; narrow ones a small diagram plus stacked region lists
//! (CSS picks one). A table carries the same content for screen readers and
//! print, so the pictures are `role="img"` or hidden.

use yew::prelude::*;

use super::el::{el, keyed};
use super::Texts;
use crate::engine::{Recommendation, Region, TraitMatch};

/// Geometry of one layout, in SVG user units.
struct Layout {
    name: &'static str,
    width: u32,
    height: u32,
    /// Centres of the coaching and mentoring circles, and their radius.
    cx: (u32, u32),
    cy: u32,
    r: u32,
    /// Baselines of the circle names, of "Both" and of the marker axis.
    label_y: u32,
    shared_y: u32,
    axis_y: u32,
    /// The wide layout has trait lists laid over it (placed by CSS).
    wide: bool,
}

const WIDE: Layout = Layout {
    name: "wide",
    width: 720,
    height: 590,
    cx: (240, 480),
    cy: 260,
    r: 240,
    label_y: 92,
    shared_y: 100,
    axis_y: 540,
    wide: true,
};

const NARROW: Layout = Layout {
    name: "narrow",
    width: 320,
    height: 262,
    cx: (115, 205),
    cy: 122,
    r: 88,
    label_y: 22,
    shared_y: 127,
    axis_y: 228,
    wide: false,
};

pub(super) const REGIONS: [(Region, &str); 3] = [
    (Region::Coaching, "coaching_only"),
    (Region::Shared, "shared"),
    (Region::Mentoring, "mentoring_only"),
];

fn trait_items<'a>(
    t: &'a Texts,
    traits: &'a [TraitMatch],
    region: Region,
) -> impl Iterator<Item = Html> + 'a {
    traits.iter().filter(move |m| m.region == region).map(|m| {
        let class = if m.matched {
            "pf-trait pf-trait--matched"
        } else {
            "pf-trait"
        };
        keyed(m.id.clone(), "li", class, t.show(&m.text))
    })
}

fn diagram(t: &Texts, rec: &Recommendation, l: &Layout, desc: &str) -> Html {
    let (title_id, desc_id) = (
        format!("pf-venn-{}-title", l.name),
        format!("pf-venn-{}-desc", l.name),
    );
    let (c1, c2) = l.cx;
    // Whole SVG units are precise enough, and integer formatting keeps
    // float-printing code out of the wasm.
    let offset = (rec.position().clamp(0.0, 1.0) * f64::from(c2 - c1)).round() as u32;
    let marker_x = (c1 + offset).to_string();
    let axis = l.axis_y.to_string();
    let (left_label_x, right_label_x) = if l.wide {
        (c1 - 70, c2 + 70)
    } else {
        (c1 - 25, c2 + 25)
    };
    let view_box = format!("-3 -3 {} {}", l.width + 6, l.height + 6);
    let labelled_by = format!("{title_id} {desc_id}");
    let body = html! {
        <>
            <title id={title_id}>{ t.get("ui.venn.svg_title") }</title>
            <desc id={desc_id}>{ desc.to_string() }</desc>
            <circle class="pf-venn__circle pf-venn__circle--coaching" cx={c1.to_string()} cy={l.cy.to_string()} r={l.r.to_string()} />
            <circle class="pf-venn__circle pf-venn__circle--mentoring" cx={c2.to_string()} cy={l.cy.to_string()} r={l.r.to_string()} />
            <text class="pf-venn__name" x={left_label_x.to_string()} y={l.label_y.to_string()} text-anchor="middle">{ t.get("ui.venn.coaching") }</text>
            <text class="pf-venn__name" x={right_label_x.to_string()} y={l.label_y.to_string()} text-anchor="middle">{ t.get("ui.venn.mentoring") }</text>
            <text class="pf-venn__name pf-venn__name--shared" x={((c1 + c2) / 2).to_string()} y={l.shared_y.to_string()} text-anchor="middle">{ t.get("ui.venn.shared") }</text>
            <line class="pf-venn__axis" x1={c1.to_string()} x2={c2.to_string()} y1={axis.clone()} y2={axis.clone()} />
            <line class="pf-venn__tick" x1={c1.to_string()} x2={c1.to_string()} y1={(l.axis_y - 8).to_string()} y2={(l.axis_y + 8).to_string()} />
            <line class="pf-venn__tick" x1={c2.to_string()} x2={c2.to_string()} y1={(l.axis_y - 8).to_string()} y2={(l.axis_y + 8).to_string()} />
            <circle class="pf-venn__marker" cx={marker_x.clone()} cy={axis} r="9" />
            <text class="pf-venn__marker-label" x={marker_x} y={(l.axis_y + 32).to_string()} text-anchor="middle">{ t.get("ui.venn.marker") }</text>
        </>
    };
    // Literal classes: html! sends a worked-out one through yew's Classes.
    if l.wide {
        html! {
            <svg class="pf-venn__svg pf-venn__svg--wide" viewBox={view_box} role="img"
                aria-labelledby={labelled_by} focusable="false">{ body }</svg>
        }
    } else {
        html! {
            <svg class="pf-venn__svg pf-venn__svg--narrow" viewBox={view_box} role="img"
                aria-labelledby={labelled_by} focusable="false">{ body }</svg>
        }
    }
}

pub fn venn(t: &Texts, rec: &Recommendation) -> Html {
    let matched = rec.traits.iter().filter(|m| m.matched).count();
    let position = rec.side();
    let desc = t.fill(
        "ui.venn.svg_desc",
        &[
            ("matched", &matched.to_string()),
            ("total", &rec.traits.len().to_string()),
            ("position", &t.get(&format!("ui.venn.position.{position}"))),
        ],
    );
    // Yew would create a foreignObject's children in the SVG namespace, so
    // the wide layout's trait lists are HTML laid over the SVG by CSS.
    let overlay = REGIONS.iter().map(|(region, key)| {
        el(
            "ul",
            format!("pf-venn__region pf-venn__region--{key}"),
            trait_items(t, &rec.traits, *region).collect::<Html>(),
        )
    });
    let stacked = REGIONS.iter().map(|(region, key)| {
        el(
            "div",
            format!("pf-venn__stack pf-venn__stack--{key}"),
            html! {
                <>
                    { el("p", "pf-venn__stack-title", t.show(&format!("ui.venn.{key}"))) }
                    <ul class="pf-venn__region">{ for trait_items(t, &rec.traits, *region) }</ul>
                </>
            },
        )
    });
    html! {
        <section class="pf-block pf-venn">
            { el("h3", "pf-subheading", t.get("ui.venn.title")) }
            { el("p", "pf-venn__lead", t.get("ui.venn.lead")) }
            <div class="pf-venn__figure">
                { diagram(t, rec, &WIDE, &desc) }
                <div class="pf-venn__overlay" aria-hidden="true">{ for overlay }</div>
                { diagram(t, rec, &NARROW, &desc) }
            </div>
            <div class="pf-venn__stacked" aria-hidden="true">{ for stacked }</div>
            <div class="pf-venn__table-wrap">{ venn_table(t, rec, "pf-venn__table") }</div>
        </section>
    }
}

/// The Venn as a table: every trait, its region and whether it fits. The
/// screen shows it to screen readers and print; the report prints it
/// (with its own `class`, so selectors for the screen's table find one).
pub fn venn_table(t: &Texts, rec: &Recommendation, class: &'static str) -> Html {
    let rows = rec.traits.iter().map(|m| {
        let region = REGIONS
            .iter()
            .find(|(r, _)| *r == m.region)
            .map_or("shared", |(_, k)| k);
        html! {
            <tr key={m.id.clone()}>
                <th scope="row">{ t.show(&m.text) }</th>
                { el("td", "", t.show(&format!("ui.venn.{region}"))) }
                { el("td", "", t.show(if m.matched { "ui.venn.table.yes" } else { "ui.venn.table.no" })) }
            </tr>
        }
    });
    el(
        "table",
        class,
        html! {
            <>
                { el("caption", "", t.get("ui.venn.table.caption")) }
                <thead>
                    <tr>
                        <th scope="col">{ t.get("ui.venn.table.trait") }</th>
                        <th scope="col">{ t.get("ui.venn.table.region") }</th>
                        <th scope="col">{ t.get("ui.venn.table.fits") }</th>
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </>
        },
    )
}
