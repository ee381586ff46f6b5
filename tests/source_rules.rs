//! Rules about the source itself, checked natively.

use std::fs;
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("readable source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// User and imported text is rendered only as text: no component may set HTML from a
/// string. (Leptos escapes text nodes by construction; `inner_html` would bypass that.)
#[test]
fn no_component_renders_html_from_strings() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    assert!(files.len() > 10, "found the sources");
    let banned = ["inner_html", "set_inner_html", "insert_adjacent_html", "outer_html"];
    for f in files {
        let text = fs::read_to_string(&f).unwrap();
        for word in banned {
            assert!(!text.contains(word), "{} uses {word}", f.display());
        }
    }
}

/// No request leaves the app's origin: the app's code names no other host. (Unit tests may
/// build links for example origins: they are in `tests.rs` files or after `#[cfg(test)]`.)
#[test]
fn the_source_fetches_nothing_from_elsewhere() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    files.retain(|f| !f.ends_with("tests.rs"));
    assert!(files.len() > 10, "found the sources");
    for f in files {
        let whole = fs::read_to_string(&f).unwrap();
        let text = whole.split("#[cfg(test)]").next().unwrap_or("");
        for word in ["http://", "https://", "fetch_with_str", "XmlHttpRequest", "WebSocket::new"] {
            assert!(!text.contains(word), "{} contains {word}", f.display());
        }
    }
}

/// The modules a source file's code imports, by name: `super::x`, `crate::domain::x`,
/// `crate::x` and `super::super::x`, outside its `#[cfg(test)]` part.
fn imports(text: &str, prefixes: &[&str]) -> Vec<String> {
    let code = text.split("#[cfg(test)]").next().unwrap_or("");
    let mut out = Vec::new();
    for prefix in prefixes {
        for (at, _) in code.match_indices(prefix) {
            let name: String =
                code[at + prefix.len()..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            if !name.is_empty() && !out.contains(&name) {
                out.push(name);
            }
        }
    }
    out
}

/// A cycle in `graph` (module → modules it imports), if there is one.
fn find_cycle(graph: &[(String, Vec<String>)]) -> Option<Vec<String>> {
    fn visit(
        graph: &[(String, Vec<String>)],
        node: &str,
        path: &mut Vec<String>,
        done: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.iter().any(|d| d == node) {
            return None;
        }
        path.push(node.to_string());
        let next = graph.iter().find(|(n, _)| n == node).map(|(_, e)| e.clone()).unwrap_or_default();
        for n in next.iter().filter(|n| graph.iter().any(|(m, _)| m == *n)) {
            if let Some(c) = visit(graph, n, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.push(node.to_string());
        None
    }
    let mut done = Vec::new();
    graph.iter().find_map(|(n, _)| visit(graph, n, &mut Vec::new(), &mut done))
}

fn module_graph(dir: &Path, prefixes: &[&str]) -> Vec<(String, Vec<String>)> {
    let mut graph = Vec::new();
    for entry in fs::read_dir(dir).expect("readable source folder").flatten() {
        let path = entry.path();
        let Some(name) = path.file_stem().and_then(|s| s.to_str()).map(str::to_string) else { continue };
        if path.extension().is_none_or(|e| e != "rs") || name == "mod" {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        let edges = imports(&text, prefixes).into_iter().filter(|m| *m != name).collect();
        graph.push((name, edges));
    }
    graph
}

/// Dependencies point one way: no module of the domain imports, directly or through
/// others, a module that imports it; the same for the crate's top-level modules and for
/// the components.
#[test]
fn no_import_cycles() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let domain = module_graph(&root.join("domain"), &["super::", "crate::domain::"]);
    assert!(domain.len() > 10, "found the domain modules");
    assert_eq!(find_cycle(&domain), None, "an import cycle in src/domain");
    let components = module_graph(&root.join("components"), &["super::", "crate::components::"]);
    assert_eq!(find_cycle(&components), None, "an import cycle in src/components");
    let mut top = module_graph(&root, &["crate::"]);
    // `components` is a folder: its files import state, router, browser, domain.
    let mut used = Vec::new();
    for (_, edges) in &components {
        for e in edges {
            if !used.contains(e) {
                used.push(e.clone());
            }
        }
    }
    for entry in fs::read_dir(root.join("components")).unwrap().flatten() {
        let text = fs::read_to_string(entry.path()).unwrap();
        for m in imports(&text, &["crate::"]) {
            if !used.contains(&m) {
                used.push(m);
            }
        }
    }
    top.push(("components".into(), used));
    assert_eq!(find_cycle(&top), None, "an import cycle between the crate's modules");

    // The check itself can fail: a made-up cycle is found.
    let made_up = vec![("a".to_string(), vec!["b".to_string()]), ("b".to_string(), vec!["a".to_string()])];
    assert_eq!(find_cycle(&made_up), Some(vec!["a".to_string(), "b".to_string(), "a".to_string()]));
}
