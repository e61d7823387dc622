//! Clean IEF v3 create bodies of any size, for the scaling benchmark, the
//! linearity test and `gen-corpus --containers`: the shipped example
//! (examples/valid/ief-v3-create.json) with its one container repeated
//! under distinct names. Deterministic: the same count gives the same text.
#![allow(dead_code)]

/// The shipped valid v3 create example.
pub const EXAMPLE: &str = include_str!("../valid/ief-v3-create.json");

/// A clean v3 create body with `containers` containers. `full`: each is the
/// example's container (envs, ports, probes, volumes, resources; about
/// 2 KB pretty-printed); otherwise a small one (name, image, resources,
/// one port; about 200 bytes), one per line.
pub fn v3_create(containers: usize, full: bool) -> String {
    let mut body: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap_or_default();
    let template = &mut body["deployment"]["template"];
    let first = template["containers"][0].clone();
    let items: Vec<serde_json::Value> = (0..containers)
        .map(|i| {
            if full {
                let mut c = first.clone();
                c["name"] = format!("video-analytics-{i}").into();
                c
            } else {
                serde_json::json!({
                    "name": format!("worker-{i}"),
                    "image_url": "swr.cn-north-4.myhuaweicloud.com/edge-platform/worker:1.0.3",
                    "resources": {"requests": {"cpu": "0.1", "memory": "64"}, "limits": {"cpu": "0.5", "memory": "256"}},
                    "ports": [{"container_port": 8000 + (i % 1000) as u64}]
                })
            }
        })
        .collect();
    if full {
        template["containers"] = items.into();
        return serde_json::to_string_pretty(&body).unwrap_or_default();
    }
    // One container per line, the rest of the body as the example has it.
    template["containers"] = serde_json::Value::Array(Vec::new());
    let head = serde_json::to_string_pretty(&body).unwrap_or_default();
    let lines: Vec<String> = items.iter().map(|c| format!("        {c}")).collect();
    head.replacen(
        "\"containers\": []",
        &format!("\"containers\": [\n{}\n      ]", lines.join(",\n")),
        1,
    )
}

/// The number of full containers that make a body of about `bytes` bytes.
pub fn full_containers_for(bytes: usize) -> usize {
    let one = v3_create(1, true).len();
    let two = v3_create(2, true).len();
    let per = (two - one).max(1);
    (bytes.saturating_sub(one) / per).max(1) + 1
}
