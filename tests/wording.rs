//! Exact words for findings a reader of either language meets often, and the
//! fixes they carry.

mod common;
use common::*;
use deploylint::{lint, Kind, Lang};

const PORT_80_STRING: &str = r#"{"deployment": {"replicas": 1, "template": {"configs": {"host_network": false, "restart_policy": "Always"}, "containers": [{"name": "c0", "image_url": "nginx:1.25", "ports": [{"container_port": "80", "host_port": 80}]}]}}}"#;

#[test]
fn type_errors_read_naturally_in_chinese() {
    let r = lint(PORT_80_STRING, &in_lang(opts(Some(Kind::IefV3Update)), Lang::Zh)).remove(0);
    let d = &r.diagnostics[0];
    assert_eq!(d.code, "invalid-type");
    assert_eq!(d.message, "`container_port` 应为整数,实际为字符串");
    assert_eq!(d.fix.as_ref().map(|f| f.title.as_str()), Some("去掉引号"));
    let r = lint("[1]", &in_lang(opts(Some(Kind::IefV3Update)), Lang::Zh)).remove(0);
    assert_eq!(r.diagnostics[0].message, "请求体必须是对象,而不是数组");
    let r = lint(PORT_80_STRING, &opts(Some(Kind::IefV3Update))).remove(0);
    assert_eq!(
        r.diagnostics[0].message,
        "`container_port` must be an integer, not a string"
    );
}

#[test]
fn an_integer_with_a_fraction_part_is_disputed_and_fixed() {
    let text = PORT_80_STRING.replace("\"80\"", "8080.0");
    let r = lint(&text, &opts(Some(Kind::IefV3Update))).remove(0);
    assert_eq!(r.diagnostics.len(), 1);
    let d = &r.diagnostics[0];
    assert_eq!(
        (d.code, d.pointer.as_str()),
        (
            "disputed-value",
            "/deployment/template/containers/0/ports/0/container_port"
        )
    );
    assert_eq!(
        d.message,
        "`container_port` value `8080.0` is disputed between Huawei's sources"
    );
    let fix = d.fix.as_ref().expect("a fix");
    assert_eq!(fix.title, "write it as `8080`");
    assert_eq!(fix.edits[0].replacement, "8080");
    assert_eq!(&text[fix.edits[0].span.start..fix.edits[0].span.end], "8080.0");
    // A true fraction is still a type error.
    let r = lint(
        &PORT_80_STRING.replace("\"80\"", "80.5"),
        &opts(Some(Kind::IefV3Update)),
    )
    .remove(0);
    assert_eq!(r.diagnostics[0].code, "invalid-type");
}

#[test]
fn the_walks_certain_fixes_are_safe_and_a_rules_choice_is_offered_as_unsafe() {
    use deploylint::registry::Applicability;
    let r = lint(PORT_80_STRING, &opts(Some(Kind::IefV3Update))).remove(0);
    assert_eq!(
        r.diagnostics[0].fix.as_ref().map(|f| f.applicability),
        Some(Applicability::Safe)
    );
    // dns-policy-host-network picks one of two allowed policies for the user: unsafe.
    let text = PORT_80_STRING.replace(
        "\"host_network\": false, \"restart_policy\": \"Always\"",
        "\"host_network\": true, \"restart_policy\": \"Always\", \"dns_policy\": \"ClusterFirst\"",
    );
    let r = lint(&text, &opts(Some(Kind::IefV3Update))).remove(0);
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.code == "dns-policy-host-network")
        .expect("dns");
    assert_eq!(d.fix.as_ref().map(|f| f.applicability), Some(Applicability::Unsafe));
}
