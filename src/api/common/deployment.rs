//! The deployment `description`, shared by all four IEF kinds, and its
//! `description` rule: IEF v2 CreateDeployment, table 3; IEF v2
//! UpdateDeployment, table 3; IEF v3 CreateDeployments, table 35 (response
//! body); IEF v3 UpdateDeployment, table 20 (response body); IEF v3
//! CreateDeployments (English), table 3.

use super::*;
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, RuleMeta};

/// `description` of a deployment.
pub static DESCRIPTION: RuleMeta = RuleMeta::error(
    "description",
    Msg::new("Deployment descriptions are at most 255 characters, without ^ ~ # $ % & * < > ( ) [ ] { } ' \" \\", "应用部署描述最大长度 255,不允许 ^ ~ # $ % & * < > ( ) [ ] { } ' \" \\"),
    Msg::new(
        "Both v2 pages state the limit in their request tables. The v3 request tables only say \"deployment description\", but the v3 response tables of the same pages (IEF v3 CreateDeployments, table 35; IEF v3 UpdateDeployment, table 20) and IEF v3 CreateDeployments (English), table 3 state the same limit, so it is applied to all four IEF kinds.",
        "两个 v2 页面在请求参数表中规定了该限制。v3 请求参数表只写\"部署描述\",但同一页面的响应参数表(IEF v3 CreateDeployments 表35、IEF v3 UpdateDeployment 表20)及 IEF v3 CreateDeployments (English) 表3 给出了相同限制,因此对四种 IEF 请求体统一适用。",
    ),
    &[src(Doc::IefV2Create, "table 3 (request body)"), src(Doc::IefV2Update, "table 3 (request body)"), src(Doc::IefV3Create, "table 35 (response body)"), src(Doc::IefV3Update, "table 20 (response body)"), src(Doc::IefV3CreateEn, "table 3")],
);

/// Forbidden description characters (space-separated list; the space itself is allowed).
pub const DESCRIPTION_FORBIDDEN: &str = "^ ~ # $ % & * < > ( ) [ ] { } ' \" \\";

/// `description` (all IEF kinds).
pub const DESCRIPTION_FIELD: FieldSpec = field(
    "description",
    Ty::Str(StrSpec {
        min_len: None,
        max_len: Some(255),
        pattern: None,
        values: None,
        forbidden: Some(DESCRIPTION_FORBIDDEN),
    }),
    Msg::new(
        "Deployment description, {bounds}, without ^ ~ # $ % & * < > ( ) [ ] { } ' \" \\.",
        "应用部署描述,最大长度{max},不允许^ ~ # $ % & * < > ( ) [ ] { } ' \" \\",
    ),
)
.rule(&DESCRIPTION);
