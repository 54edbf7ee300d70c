//! The layout rules of ARCHITECTURE.md, checked on the sources so that they
//! stay true: no import cycle among the files of `src/engine` or `src/ui`,
//! the engine's folders depend one way, and no function is longer than 80
//! lines. Test modules (`#[cfg(test)] mod tests`) may reach anywhere and
//! are not counted.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The engine's folders, each depending only on those before it.
const ENGINE_LAYERS: [&str; 5] = ["config", "advice", "text", "load", "session"];
/// Folders of small helpers any layer may use.
const ENGINE_UTILITIES: [&str; 3] = ["json", "dict", "sort"];
const LONGEST_FUNCTION: usize = 80;

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `dir`, as a module path relative to `src`
/// (`engine/advice/plan`), with its source minus its test module. The
/// engine's `test_util` is test code too.
fn modules(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") && !p.ends_with("test_util.rs") {
                let rel = p.strip_prefix(src()).unwrap().with_extension("");
                let name = rel.to_string_lossy().replace('\\', "/");
                let name = name.strip_suffix("/mod").unwrap_or(&name).to_string();
                out.insert(name, without_tests(&std::fs::read_to_string(&p).unwrap()));
            }
        }
    }
    out
}

/// The source up to its `#[cfg(test)]` module, without comments.
fn without_tests(source: &str) -> String {
    let end = source
        .find("#[cfg(test)]\nmod tests")
        .unwrap_or(source.len());
    source[..end]
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `use a::{b, c::{d, e}}` as full paths: `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str) -> Vec<String> {
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = tree.find('{') else {
        return vec![tree];
    };
    let (prefix, inner) = (&tree[..open], &tree[open + 1..tree.len() - 1]);
    let (mut parts, mut depth, mut start) = (Vec::new(), 0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .flat_map(|p| expand(&format!("{prefix}{p}")))
        .collect()
}

/// The paths a module names: its `use` trees, and `crate::…`/`super::…`
/// paths written inline.
fn named_paths(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = source;
    while let Some(i) = rest.find("use ") {
        let before = rest[..i].chars().last();
        rest = &rest[i + 4..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let end = rest.find(';').unwrap_or(rest.len());
        out.extend(expand(&rest[..end]));
        rest = &rest[end..];
    }
    for start in ["crate::", "super::"] {
        let mut rest = source;
        while let Some(i) = rest.find(start) {
            let tail = &rest[i..];
            let end = tail
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(tail.len());
            out.push(tail[..end].trim_end_matches(':').to_string());
            rest = &rest[i + start.len()..];
        }
    }
    out
}

/// The module file a path from `from` lands in, if it is one of `known`:
/// the longest prefix of the path that is a module.
fn resolve(from: &str, path: &str, known: &BTreeMap<String, String>) -> Option<String> {
    let mut parts: Vec<&str> = from.split('/').collect();
    let mut segs = path.split("::").peekable();
    match segs.peek() {
        Some(&"crate") => {
            parts.clear();
            segs.next();
        }
        Some(&"super") => {
            // A file's `super` is its folder; `mod.rs` is the folder itself.
            let is_folder = known.keys().any(|k| k.starts_with(&format!("{from}/")));
            if !is_folder {
                parts.pop();
            }
            segs.next();
            while segs.peek() == Some(&"super") {
                segs.next();
                parts.pop();
            }
        }
        _ => return None,
    }
    let mut best = None;
    for s in segs {
        parts.push(s);
        let name = parts.join("/");
        if known.contains_key(&name) {
            best = Some(name);
        }
    }
    best
}

/// Module → the modules it names, within `prefix` (`engine`, `ui`).
fn graph(prefix: &str) -> BTreeMap<String, BTreeSet<String>> {
    let all = modules(&src());
    let mut g = BTreeMap::new();
    for (name, source) in all.iter().filter(|(n, _)| n.starts_with(prefix)) {
        let deps: BTreeSet<String> = named_paths(source)
            .iter()
            .filter_map(|p| resolve(name, p, &all))
            .filter(|d| d != name && d.starts_with(prefix))
            // A folder's `mod.rs` only declares its files.
            .filter(|d| !name.starts_with(&format!("{d}/")))
            .collect();
        g.insert(name.clone(), deps);
    }
    g
}

/// A cycle in `g`, as a list of modules, if there is one.
fn find_cycle(g: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        n: &str,
        g: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        match state.get(n) {
            Some(2) => return None,
            Some(1) => {
                let at = path.iter().position(|p| p == n).unwrap();
                return Some(path[at..].to_vec());
            }
            _ => {}
        }
        state.insert(n.to_string(), 1);
        path.push(n.to_string());
        for d in g.get(n).into_iter().flatten() {
            if let Some(c) = visit(d, g, state, path) {
                return Some(c);
            }
        }
        path.pop();
        state.insert(n.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    g.keys()
        .find_map(|n| visit(n, g, &mut state, &mut Vec::new()))
}

#[test]
fn no_file_of_the_engine_or_the_ui_imports_itself_through_others() {
    for prefix in ["engine/", "ui/"] {
        let g = graph(prefix);
        assert!(g.len() > 10, "{prefix}: the sources are found");
        if let Some(cycle) = find_cycle(&g) {
            panic!("an import cycle in src/{prefix}: {}", cycle.join(" -> "));
        }
    }
}

#[test]
fn engine_files_name_the_file_they_use_not_a_re_export() {
    let all = modules(&src());
    let mut through_root = Vec::new();
    for (name, source) in all.iter().filter(|(n, _)| n.starts_with("engine/")) {
        for p in named_paths(source) {
            if resolve(name, &p, &all).as_deref() == Some("engine") {
                through_root.push(format!("{name}: {p}"));
            }
        }
    }
    assert!(
        through_root.is_empty(),
        "inside the engine, use the module that defines a name, so the cycle check sees it:\n{}",
        through_root.join("\n")
    );
}

#[test]
fn the_engine_folders_depend_one_way() {
    let layer = |m: &str| {
        let folder = m.split('/').nth(1).unwrap_or("");
        ENGINE_LAYERS.iter().position(|l| *l == folder)
    };
    let mut wrong = Vec::new();
    for (module, deps) in graph("engine/") {
        let Some(mine) = layer(&module) else {
            continue;
        };
        for d in deps {
            let folder = d.split('/').nth(1).unwrap_or("");
            let allowed =
                ENGINE_UTILITIES.contains(&folder) || layer(&d).is_some_and(|l| l <= mine);
            if !allowed {
                wrong.push(format!("{module} uses {d}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "each engine folder may use only those before it ({}):\n{}",
        ENGINE_LAYERS.join(" <- "),
        wrong.join("\n")
    );
}

#[test]
fn the_checker_finds_a_cycle_and_resolves_paths() {
    let mut g = BTreeMap::new();
    let set = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    g.insert("a".to_string(), set(&["b"]));
    g.insert("b".to_string(), set(&["c"]));
    g.insert("c".to_string(), set(&["a"]));
    assert_eq!(find_cycle(&g).unwrap().len(), 3);
    g.insert("c".to_string(), set(&[]));
    assert_eq!(find_cycle(&g), None);
    assert_eq!(
        expand("crate::x::{a, b::{c, d}}"),
        ["crate::x::a", "crate::x::b::c", "crate::x::b::d"]
    );
    let all = modules(&src());
    assert_eq!(
        resolve("engine/advice/plan", "super::prices::Prices", &all).as_deref(),
        Some("engine/advice/prices")
    );
    assert_eq!(
        resolve(
            "engine/text/words",
            "crate::engine::config::format::Format",
            &all
        )
        .as_deref(),
        Some("engine/config/format")
    );
}

/// Lengths of the functions in `source`: from the line of `fn` to the line
/// of its closing brace.
fn function_lengths(source: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = source.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim_start();
        let Some(at) = t.find("fn ") else { continue };
        let head = &t[..at];
        let is_item = head.split_whitespace().all(|w| {
            [
                "pub",
                "pub(crate)",
                "pub(super)",
                "const",
                "async",
                "unsafe",
            ]
            .contains(&w)
        });
        if !is_item || !t.contains('(') {
            continue;
        }
        let indent = line.len() - t.len();
        let name = t[at + 3..]
            .split(['(', '<'])
            .next()
            .unwrap_or("")
            .to_string();
        // The body ends at the first later line closing at this indent.
        let close = " ".repeat(indent) + "}";
        if let Some(end) = lines[i..]
            .iter()
            .position(|l| l.starts_with(&close) && l.trim() == "}")
        {
            out.push((name, end + 1));
        }
    }
    out
}

#[test]
fn no_function_is_longer_than_80_lines() {
    let mut long = Vec::new();
    let mut stack = vec![src()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let source = std::fs::read_to_string(&p).unwrap();
                for (name, n) in function_lengths(&source) {
                    if n > LONGEST_FUNCTION {
                        long.push(format!("{}: fn {name} has {n} lines", p.display()));
                    }
                }
            }
        }
    }
    assert!(
        long.is_empty(),
        "split these into functions of at most {LONGEST_FUNCTION} lines:\n{}",
        long.join("\n")
    );
    let sample = "fn a() {\n    one();\n}\n\n    pub fn b(x: u8) -> u8 {\n        x\n    }\n";
    assert_eq!(
        function_lengths(sample),
        [("a".to_string(), 3), ("b".to_string(), 3)]
    );
}

/// src/ui/el.rs builds elements through `VTag::__new_other`, the hidden
/// constructor `html!` itself calls (it saves wasm bytes), which a patch
/// release of Yew may change: so Yew is pinned to one exact version.
#[test]
fn yew_is_pinned_to_the_version_whose_hidden_constructor_el_rs_calls() {
    let manifest = std::fs::read_to_string(src().join("../Cargo.toml")).unwrap();
    let yew: Vec<&str> = manifest.lines().filter(|l| l.starts_with("yew ")).collect();
    assert!(!yew.is_empty());
    for line in yew {
        assert!(line.contains("version = \"=0.23.0\""), "{line}");
    }
    let el = std::fs::read_to_string(src().join("ui/el.rs")).unwrap();
    assert!(
        el.contains("__new_other"),
        "el.rs no longer needs the pin: drop this test and the pin's comment"
    );
}
