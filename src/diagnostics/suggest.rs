//! "Did you mean": the closest allowed name to a misspelt one.
//!
//! Keys are compared after folding case and dropping `_`/`-`, so `imageUrl`,
//! `IMAGE_URL` and `image-url` all find `image_url` exactly; otherwise the
//! Jaro-Winkler similarity (strsim) picks a near miss such as `node_id`.

/// The best candidate for `input`, if any is close enough.
pub fn closest<'c>(input: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    let folded = fold(input);
    let mut best: Option<(&str, f64)> = None;
    for c in candidates {
        let score = if fold(c) == folded {
            2.0
        } else {
            strsim::jaro_winkler(&folded, &fold(c))
        };
        if score >= 0.85 && best.is_none_or(|(_, s)| score > s) {
            best = Some((c, score));
        }
    }
    best.map(|(c, _)| c)
}

fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| *c != '_' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn finds_intended_keys() {
        let keys = ["image_url", "restart_policy", "node_ids", "host_network", "name"];
        assert_eq!(closest("imageUrl", keys), Some("image_url"));
        assert_eq!(closest("restartPolicy", keys), Some("restart_policy"));
        assert_eq!(closest("node_id", keys), Some("node_ids"));
        assert_eq!(closest("hostNetwork", keys), Some("host_network"));
        assert_eq!(closest("zzz", keys), None);
        assert_eq!(closest("always", ["Always", "OnFailure", "Never"]), Some("Always"));
        assert_eq!(closest("upgrad", ["upgrade", "rollback"]), Some("upgrade"));
        assert_eq!(
            closest("clusterfirst", ["Default", "ClusterFirst", "ClusterFirstWithHostNet"]),
            Some("ClusterFirst")
        );
    }
}
