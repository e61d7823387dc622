//! The spanned tree as a `serde_json::Value`, the instance the validator
//! reads. Numbers keep their value (integers as integers, so `type:
//! integer` and `multipleOf` judge them as written); a number no `f64`
//! holds becomes `null`, which a schema on numbers then refuses.

use crate::syntax::{Node, Value};
use serde_json::{Map, Number, Value as Json};

/// `node` as JSON (the last of duplicate keys wins, as [`Node::get`] reads them).
pub fn to_json(node: &Node) -> Json {
    match &node.value {
        Value::Null => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::Number(n) => number(n),
        Value::String(s) => Json::String(s.to_string()),
        Value::Array(items) => Json::Array(items.iter().map(to_json).collect()),
        Value::Object(members) => {
            let mut map = Map::new();
            for m in members {
                map.insert(m.key.to_string(), to_json(&m.value));
            }
            Json::Object(map)
        }
    }
}

fn number(text: &str) -> Json {
    if let Ok(i) = text.parse::<i64>() {
        return Json::Number(i.into());
    }
    if let Ok(u) = text.parse::<u64>() {
        return Json::Number(u.into());
    }
    text.parse::<f64>()
        .ok()
        .and_then(Number::from_f64)
        .map_or(Json::Null, Json::Number)
}

#[cfg(test)]
mod tests {
    use crate::syntax::{parse, InputFormat};

    #[test]
    fn keeps_numbers_and_last_duplicate() {
        let root = parse(r#"{"a": 1, "b": 2.5, "a": [true, null, "x"]}"#, InputFormat::Json)
            .remove(0)
            .expect("JSON");
        assert_eq!(
            super::to_json(&root),
            serde_json::json!({"a": [true, null, "x"], "b": 2.5})
        );
    }
}
