//! The rule catalogue as Markdown and JSON.
pub fn render() -> String {
    String::new()
}
/// JSON.
pub fn json() -> String {
    String::new()
}
