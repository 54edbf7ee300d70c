#![cfg(not(target_arch = "wasm32"))]
mod util;
use program_fit::engine::text::formatter::Plain;
use program_fit::engine::Words;
use util::{cfg, recommend_json};

#[test]
fn show() {
    let cases = std::fs::read_to_string("/tmp/scratch/cases.txt").unwrap();
    for line in cases
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let r = recommend_json(line);
        let w = Words::new(cfg(), "en", &Plain);
        let p = &r.plan;
        println!("\n== {line}\nkind {:?} scores {:?} reached {}/{} coached {} mentored {} cost {} gap {} formats {:?} mentors {}/{} close {}", p.kind, r.scores, p.reached, p.participants, p.coached, p.mentored, p.cost, p.funding_gap, p.formats(), p.mentors_needed, p.mentors_likely, r.close_call);
        for a in &r.alternatives {
            println!(
                "  alt {:?} reached {} cost {} {:?}",
                a.kind,
                a.reached,
                a.cost,
                a.formats()
            );
        }
        println!("WHY: {}", w.why(&r));
        for pv in &r.pivots {
            println!("PIVOT: {}", w.pivot(pv));
        }
    }
}

#[test]
fn kt_pivot() {
    let r = recommend_json(
        r#"{"goal":"knowledge","audience":"specialists","participants":24,"budget":150000,"duration":"year","driver":"organisation","mentors":12,"mentor_time":"paid","path":"essential"}"#,
    );
    println!("pivots {:?}", r.pivots);
    let r = recommend_json(
        r#"{"goal":"knowledge","audience":"specialists","participants":24,"budget":1000000000,"duration":"year","driver":"organisation","mentors":12,"mentor_time":"paid","path":"essential"}"#,
    );
    println!(
        "at max: reached {} cost {} formats {:?}",
        r.plan.reached,
        r.plan.cost,
        r.plan.formats()
    );
}

#[test]
fn old_overlay() {
    let e = program_fit::engine::Config::from_json(
        r#"{"questions":[{"id":"goal"},{"id":"audience"},{"id":"participants"},{"id":"budget"},{"id":"duration"},{"id":"driver"},{"id":"expertise"}]}"#,
    );
    println!("{:?}", e.err());
}

#[test]
fn steps_of() {
    for line in std::fs::read_to_string("/tmp/scratch/steps.txt")
        .unwrap()
        .lines()
        .filter(|l| !l.is_empty())
    {
        let r = recommend_json(line);
        let a = util::json_answers(line);
        println!(
            "== {line}\nreached {} mentored {} waiting {} gap {} shortfall {}\nsteps {:?}",
            r.plan.reached,
            r.plan.mentored,
            r.plan.waiting,
            r.plan.funding_gap,
            r.plan.mentor_shortfall,
            program_fit::engine::next_steps(cfg(), &a, &r)
        );
    }
}

#[test]
fn levels_of() {
    for line in std::fs::read_to_string("/tmp/scratch/levels.txt")
        .unwrap()
        .lines()
        .filter(|l| !l.is_empty())
    {
        let r = recommend_json(line);
        let w = Words::new(cfg(), "en", &Plain);
        println!("== {line}\nkind {:?}\nWHY: {}", r.kind, w.why(&r));
        for l in &r.levels {
            println!("LEVEL: {}", w.level(l));
        }
    }
}

#[test]
fn detail_of() {
    for line in std::fs::read_to_string("/tmp/scratch/detail.txt")
        .unwrap()
        .lines()
        .filter(|l| !l.is_empty())
    {
        let r = recommend_json(line);
        let a = util::json_answers(line);
        let v = program_fit::engine::session::detail::result(&r, &a, "en");
        println!("PLAN {}", v["plan"].to_json());
    }
}

#[test]
fn bad_many() {
    let e = program_fit::engine::Config::from_json(
        &std::fs::read_to_string("tests/e2e/fixtures/bad-many.json").unwrap(),
    );
    for x in e.err().unwrap() {
        println!("ERR {} : {}", x.path, x.message);
    }
}
