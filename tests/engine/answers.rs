//! Answers: lenient parsing of untrusted JSON and parsing of typed numbers.

use program_fit::engine::{parse_number, Answer, Answers, Config, Problem};

fn cfg() -> Config {
    Config::default_config()
}

#[test]
fn a_budget_not_decided_yet_is_the_string_unknown_and_only_where_allowed() {
    let c = cfg();
    let (a, errs) = Answers::from_json_lenient(
        &c,
        r#"{"budget":"unknown","participants":"unknown","duration":"unknown"}"#,
    );
    assert!(a.is_unknown("budget"));
    assert_eq!(a.number("budget"), None);
    assert_eq!(a.0.len(), 1);
    let msg: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
    assert!(
        msg.contains(&"participants: wrong kind of answer".to_string()),
        "{msg:?}"
    );
    assert!(
        msg.contains(&"duration: unknown option \"unknown\"".to_string()),
        "{msg:?}"
    );
    let (_, errs) = Answers::from_json_lenient(&c, r#"{"budget":"later"}"#);
    assert_eq!(errs[0].to_string(), "budget: wrong kind of answer");
    assert_eq!(a.to_json(), r#"{"budget":"unknown"}"#, "the public shape");
}

#[test]
fn lenient_parse_keeps_valid_and_names_invalid() {
    let c = cfg();
    let (a, errs) = Answers::from_json_lenient(
        &c,
        r#"{"goal":"skill","audience":"aliens","mood":"good","participants":-4,"budget":2e12,"duration":3,"driver":"shared"}"#,
    );
    assert_eq!(a.choice("goal"), Some("skill"));
    assert_eq!(a.choice("driver"), Some("shared"));
    assert_eq!(a.0.len(), 2);
    let msg: Vec<String> = errs.iter().map(|e| e.to_string()).collect();
    assert!(
        msg.contains(&"audience: unknown option \"aliens\"".to_string()),
        "{msg:?}"
    );
    assert!(
        msg.contains(&"mood: unknown question".to_string()),
        "{msg:?}"
    );
    assert!(
        msg.contains(&"participants: must be from 1 to 100000".to_string()),
        "{msg:?}"
    );
    assert!(
        msg.contains(&"budget: must be from 0 to 1000000000".to_string()),
        "{msg:?}"
    );
    assert!(
        msg.contains(&"duration: wrong kind of answer".to_string()),
        "{msg:?}"
    );
}

#[test]
fn lenient_parse_of_non_objects_is_one_error() {
    let c = cfg();
    for bad in ["", "[]", "42", "not json", "<img src=x>", "null"] {
        let (a, errs) = Answers::from_json_lenient(&c, bad);
        assert!(a.0.is_empty(), "{bad}");
        assert_eq!(errs.len(), 1, "{bad}");
    }
}

#[test]
fn fractional_numbers_are_not_whole() {
    let (_, errs) = Answers::from_json_lenient(&cfg(), r#"{"participants": 2.5}"#);
    assert_eq!(errs[0].problem, Problem::NotANumber);
}

#[test]
fn answers_round_trip_as_flat_json() {
    let mut a = Answers::default();
    a.set("goal", Answer::Choice("skill".into()));
    a.set("participants", Answer::Number(8));
    assert_eq!(a.to_json(), r#"{"goal":"skill","participants":8}"#);
    let (b, errs) = Answers::from_json_lenient(&cfg(), &a.to_json());
    assert!(errs.is_empty());
    assert_eq!(a, b);
}

#[test]
fn completeness() {
    let c = cfg();
    let full = r#"{"goal":"leadership","audience":"executives","participants":6,"budget":90000,"duration":"short","driver":"organisation","mentors":"few","path":"unimportant"}"#;
    let (a, _) = Answers::from_json_lenient(&c, full);
    assert!(a.is_complete(&c));
    // An older link that answered `expertise` instead is complete too.
    let (old, errs) = Answers::from_json_lenient(&c, &full.replace("mentors", "expertise"));
    assert!(errs.is_empty() && old == a, "{errs:?}");
    let mut b = a.clone();
    b.0.remove("path");
    assert!(!b.is_complete(&c));
    assert_eq!(b.validate(&c)[0].to_string(), "path: no answer");
}

#[test]
fn typed_numbers_accept_grouping_and_currency() {
    let c = cfg();
    let budget = c.question("budget").unwrap();
    assert_eq!(parse_number(budget, "60000"), Ok(60_000));
    assert_eq!(parse_number(budget, " 60,000 "), Ok(60_000));
    assert_eq!(parse_number(budget, "$1,250,000"), Ok(1_250_000));
    assert_eq!(parse_number(budget, "1.250.000"), Ok(1_250_000));
    assert_eq!(parse_number(budget, "1 250 000"), Ok(1_250_000));
    assert_eq!(parse_number(budget, "0"), Ok(0));
    assert_eq!(parse_number(budget, "60.000 €"), Ok(60_000));
    assert_eq!(parse_number(budget, "60000 EUR"), Ok(60_000));
    assert_eq!(parse_number(budget, "US$ 60,000"), Ok(60_000));
    assert_eq!(parse_number(budget, "$60,000.00"), Ok(60_000));
    assert_eq!(parse_number(budget, "60000.0"), Ok(60_000));
    assert_eq!(parse_number(budget, "60 000 ₹"), Ok(60_000));
    assert_eq!(parse_number(budget, "£60,000"), Ok(60_000));
    assert_eq!(parse_number(budget, "60000 руб"), Ok(60_000));
}

/// What people type in English, German and Spanish: a word of
/// approximation before the figure, a unit or a currency after it, a
/// thousand or a million as a word or an abbreviation.
#[test]
fn typed_numbers_accept_words_units_and_scales_in_english_german_and_spanish() {
    let c = cfg();
    let (people, budget) = (
        c.question("participants").unwrap(),
        c.question("budget").unwrap(),
    );
    for (typed, value) in [
        ("45 people", 45),
        ("about 45", 45),
        ("approx. 45 participants", 45),
        ("~45", 45),
        ("ca. 160", 160),
        ("etwa 160 Personen", 160),
        ("rund 1.200 Führungskräfte", 1_200),
        ("unos 45", 45),
        ("aprox. 160 personas", 160),
        ("1.200 participantes", 1_200),
    ] {
        assert_eq!(parse_number(people, typed), Ok(value), "{typed}");
    }
    for (typed, value) in [
        // English
        ("70k €", 70_000),
        ("$70k", 70_000),
        ("70 thousand dollars", 70_000),
        ("1.5 million", 1_500_000),
        ("about $70,000", 70_000),
        ("60000 euros", 60_000),
        // German
        ("70 Tsd.", 70_000),
        ("70 Tsd. €", 70_000),
        ("70 Tsd. Euro", 70_000),
        ("70k€", 70_000),
        ("€70.000", 70_000),
        ("70.000 €", 70_000),
        ("ca. 70.000 €", 70_000),
        ("1,5 Mio. €", 1_500_000),
        ("2 Millionen Euro", 2_000_000),
        ("70 tausend", 70_000),
        // Spanish
        ("70 mil", 70_000),
        ("70 mil €", 70_000),
        ("70.000 US$", 70_000),
        ("unos 70.000 euros", 70_000),
        ("1,5 millones", 1_500_000),
        ("1 millón de dólares", 1_000_000),
    ] {
        assert_eq!(parse_number(budget, typed), Ok(value), "{typed}");
    }
    // A number word the parser does not know is not mistaken for a unit
    // when it is written on; and "12.5" people is still no whole number.
    assert_eq!(parse_number(people, "45x"), Err(Problem::NotANumber));
    assert_eq!(
        parse_number(people, "12.5 people"),
        Err(Problem::NotANumber)
    );
    assert_eq!(
        parse_number(people, "ca. 0"),
        Err(Problem::OutOfRange {
            min: 1,
            max: 100_000
        })
    );
}

#[test]
fn typed_numbers_accept_thousands_and_millions_suffixes() {
    let c = cfg();
    let budget = c.question("budget").unwrap();
    for (typed, value) in [
        ("60k", 60_000),
        ("60K", 60_000),
        ("$60k", 60_000),
        ("60 k", 60_000),
        ("2.5k", 2_500),
        ("1,500k", 1_500_000),
        ("1.2m", 1_200_000),
        ("1.2M", 1_200_000),
        ("3mn", 3_000_000),
        ("0.25m", 250_000),
        ("€1,2m", 1_200_000),
        ("1.123456m", 1_123_456),
    ] {
        assert_eq!(parse_number(budget, typed), Ok(value), "{typed}");
    }
    for typed in [
        "k",
        "1.2345k",
        "-5k",
        "1..2m",
        "1.2.3m",
        "5x",
        "12people",
        "2 teams of 10",
        "45 +3",
        "1.5xk",
        "1.+5k",
        "1.0000000m",
    ] {
        assert_eq!(
            parse_number(budget, typed),
            Err(Problem::NotANumber),
            "{typed}"
        );
    }
    assert_eq!(
        parse_number(budget, "2000m"),
        Err(Problem::OutOfRange {
            min: 0,
            max: 1_000_000_000
        })
    );
}

#[test]
fn typed_numbers_reject_what_is_not_a_whole_number() {
    let c = cfg();
    let budget = c.question("budget").unwrap();
    let people = c.question("participants").unwrap();
    assert_eq!(parse_number(budget, ""), Err(Problem::Missing));
    assert_eq!(parse_number(budget, "   "), Err(Problem::Missing));
    assert_eq!(parse_number(budget, "ten"), Err(Problem::NotANumber));
    assert_eq!(parse_number(budget, "12.5"), Err(Problem::NotANumber));
    assert_eq!(parse_number(budget, "1,5"), Err(Problem::NotANumber));
    assert_eq!(parse_number(budget, "-5"), Err(Problem::NotANumber));
    assert_eq!(parse_number(budget, "5e3"), Err(Problem::NotANumber));
    assert_eq!(
        parse_number(people, "0"),
        Err(Problem::OutOfRange {
            min: 1,
            max: 100_000
        })
    );
    assert_eq!(
        parse_number(people, "100001"),
        Err(Problem::OutOfRange {
            min: 1,
            max: 100_000
        })
    );
    assert_eq!(
        parse_number(budget, "99999999999999999999999"),
        Err(Problem::OutOfRange {
            min: 0,
            max: 1_000_000_000
        })
    );
}

#[test]
fn only_the_not_decided_answer_counts_as_unknown() {
    let c = cfg();
    let (a, errs) = Answers::from_json_lenient(&c, r#"{"budget":"unknown","participants":12}"#);
    assert!(errs.is_empty(), "{errs:?}");
    assert!(a.is_unknown("budget"));
    assert!(!a.is_unknown("participants"));
    assert!(!a.is_unknown("goal"), "a missing answer is not unknown");
}
