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

/// No request leaves the app's origin: the source names no other host.
#[test]
fn the_source_fetches_nothing_from_elsewhere() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    for f in files {
        let text = fs::read_to_string(&f).unwrap();
        for word in ["http://", "https://", "fetch_with_str", "XmlHttpRequest", "WebSocket::new"] {
            assert!(!text.contains(word), "{} contains {word}", f.display());
        }
    }
}
