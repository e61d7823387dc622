//! Lexical path normalisation for URIs: `.` and empty segments go, and a
//! `..` removes the segment before it, on the text alone (symlinks are not
//! resolved, the file system is not asked). SARIF viewers refuse a URI with
//! a `..` segment (the SARIF Multitool's SARIF1002), so paths are
//! normalised before they become artifact URIs.

/// `path` (forward slashes) normalised lexically. A root (`/`, or a drive
/// such as `C:/`) is kept and `..` cannot climb above it; a relative path
/// keeps the `..` segments that climb above its start (`../a/../b` is
/// `../b`), and one that normalises to nothing is `.`.
pub fn normalise(path: &str) -> String {
    let drive = path.as_bytes().get(1) == Some(&b':') && path.as_bytes().first().is_some_and(u8::is_ascii_alphabetic);
    let (root, rest) = if drive {
        let rest = &path[2..];
        (format!("{}/", &path[..2]), rest)
    } else if let Some(rest) = path.strip_prefix('/') {
        ("/".to_string(), rest)
    } else {
        (String::new(), path)
    };
    let rooted = !root.is_empty();
    let mut segments: Vec<&str> = Vec::new();
    for s in rest.split('/') {
        match s {
            "" | "." => {}
            ".." => match segments.last() {
                Some(&last) if last != ".." => {
                    segments.pop();
                }
                // Above the root is the root.
                _ if rooted => {}
                _ => segments.push(".."),
            },
            s => segments.push(s),
        }
    }
    let trailing = path.ends_with('/') && !segments.is_empty();
    let mut out = root + &segments.join("/");
    if trailing {
        out.push('/');
    }
    if out.is_empty() {
        out.push('.');
    }
    out
}

/// Whether a normalised relative path climbs above where it starts.
pub fn climbs(normalised: &str) -> bool {
    normalised == ".." || normalised.starts_with("../")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dot_dot_and_dot_segments_go_on_the_text_alone() {
        for (path, want) in [
            ("/repo/tools/../deploy/web.json", "/repo/deploy/web.json"),
            ("/repo/./deploy//web.json", "/repo/deploy/web.json"),
            ("/../../etc/x.json", "/etc/x.json"),
            ("/a/b/..", "/a"),
            ("/", "/"),
            ("/work/dir/", "/work/dir/"),
            ("C:/repo/tools/../deploy/web.json", "C:/repo/deploy/web.json"),
            ("C:/..", "C:/"),
            ("deploy/../web.json", "web.json"),
            ("./deploy/web.json", "deploy/web.json"),
            ("../deploy/web.json", "../deploy/web.json"),
            ("../a/../../b.json", "../../b.json"),
            ("a/..", "."),
            ("", "."),
        ] {
            assert_eq!(normalise(path), want, "{path}");
        }
        assert!(climbs("../deploy/web.json") && climbs(".."));
        assert!(!climbs("..deploy/web.json") && !climbs("deploy/web.json"));
    }
}
