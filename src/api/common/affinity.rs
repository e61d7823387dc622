//! The affinity tree: `Affinity`, `nodeAffinity`, `podAffinity` and
//! `podAntiAffinity` and their terms down to `MatchExpression` (IEF v3
//! CreateDeployments, tables 8–21; IEF v3 UpdateDeployment names only the
//! `affinity` object and takes the same sub-tables), with the
//! `affinity-term` rule.

use super::*;
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, RuleMeta};

/// Affinity weight and operator.
pub static AFFINITY_TERM: RuleMeta = RuleMeta::error(
    "affinity-term",
    Msg::new("Affinity weights are 1–100; operators are In, NotIn, Exists, DoesNotExist, Gt, Lt", "亲和权重范围 1~100;操作符为 In、NotIn、Exists、DoesNotExist、Gt、Lt"),
    Msg::new(
        "Preferred scheduling terms carry a `weight` from 1 to 100 (IEF v3 CreateDeployments, tables 10 and 16); a MatchExpression `operator` is one of In, NotIn, Exists, DoesNotExist, Gt, Lt, case-sensitive (table 21; Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model Affinity agrees). IEF v3 UpdateDeployment only names the `affinity` object; its sub-tables are taken from IEF v3 CreateDeployments for v3 update too.",
        "优先调度规则的 `weight` 范围为 1~100(IEF v3 CreateDeployments 表10、表16);MatchExpression 的 `operator` 为 In、NotIn、Exists、DoesNotExist、Gt、Lt 之一,区分大小写(表21;华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 Affinity 一致)。IEF v3 UpdateDeployment 仅提到 `affinity` 对象,v3 更新的子表同样采用 IEF v3 CreateDeployments。",
    ),
    &[src(Doc::IefV3Create, "tables 8–21 (Affinity)"), src(Doc::GoSdk, "ief/v1 model Affinity")],
);

/// Affinity operators.
pub static OPERATORS: EnumSpec = EnumSpec {
    values: &["In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"],
    disputed: &[],
};

/// `MatchExpression`.
pub static MATCH_EXPRESSION: ObjectSpec = ObjectSpec {
    name: "MatchExpression",
    doc: Msg::new("A label selector requirement.", "匹配规则表达式"),
    source: src(Doc::IefV3Create, "table 21 (MatchExpression)"),
    closed: true,
    role: Role::MatchExpression,
    fields: &[
        field("key", STR, Msg::new("The label the rule applies to.", "规则的标签")),
        field(
            "operator",
            str_enum(&OPERATORS),
            Msg::new(
                "In, NotIn, Exists, DoesNotExist, Gt (label value greater, compared as integers) or Lt.",
                "操作符:In、NotIn、Exists、DoesNotExist、Gt、Lt",
            ),
        )
        .rule(&AFFINITY_TERM),
        field(
            "values",
            Ty::Array(&STRINGS),
            Msg::new(
                "Label values: non-empty for In/NotIn, empty for Exists/DoesNotExist, exactly one integer for Gt/Lt.",
                "一组标签值。In或NotIn时值数组必须非空;Exists或DoesNotExist时必须为空;Gt或Lt时必须只有一个元素,该元素将被解释为整数。",
            ),
        ),
    ],
};

/// Arrays of MatchExpression.
pub static MATCH_EXPRESSIONS: ArraySpec = ArraySpec {
    items: Ty::Object(&MATCH_EXPRESSION),
    min_items: None,
    max_items: None,
};

const MATCH_EXPRESSIONS_FIELD: FieldSpec = field(
    "matchExpressions",
    Ty::Array(&MATCH_EXPRESSIONS),
    Msg::new("Match rule expressions.", "匹配规则表达式"),
);

/// `preference` / `MatchExpressions` (node selector term).
pub static NODE_SELECTOR_TERM: ObjectSpec = ObjectSpec {
    name: "MatchExpressions",
    doc: Msg::new("A node selector term.", "节点选择规则"),
    source: src(Doc::IefV3Create, "tables 11 and 13 (preference, MatchExpressions)"),
    closed: true,
    role: Role::Plain,
    fields: &[MATCH_EXPRESSIONS_FIELD],
};

/// `weight`.
const WEIGHT: FieldSpec = field(
    "weight",
    int(1, 100),
    Msg::new("Weight, {bounds}.", "权重,范围为{min}-{max}"),
)
.rule(&AFFINITY_TERM);

/// `PreferredSchedulingTerm`.
pub static PREFERRED_SCHEDULING_TERM: ObjectSpec = ObjectSpec {
    name: "PreferredSchedulingTerm",
    doc: Msg::new("A weighted node selector term.", "带权重的节点选择器项"),
    source: src(Doc::IefV3Create, "table 10 (PreferredSchedulingTerm)"),
    closed: true,
    role: Role::Plain,
    fields: &[
        field(
            "preference",
            Ty::Object(&NODE_SELECTOR_TERM),
            Msg::new("Node selector term for this weight.", "与相应权重关联的节点选择器项。"),
        ),
        WEIGHT,
    ],
};

/// `RequiredDuringScheduling`.
pub static REQUIRED_DURING_SCHEDULING: ObjectSpec = ObjectSpec {
    name: "RequiredDuringScheduling",
    doc: Msg::new("Hard node selection rules.", "强制节点选择规则"),
    source: src(Doc::IefV3Create, "table 12 (RequiredDuringScheduling)"),
    closed: true,
    role: Role::Plain,
    fields: &[field(
        "nodeSelectorTerms",
        Ty::Array(&NODE_SELECTOR_TERMS),
        Msg::new("Node selector terms.", "节点选择规则"),
    )],
};

/// Arrays of node selector terms.
pub static NODE_SELECTOR_TERMS: ArraySpec = ArraySpec {
    items: Ty::Object(&NODE_SELECTOR_TERM),
    min_items: None,
    max_items: None,
};

/// Arrays of PreferredSchedulingTerm.
pub static PREFERRED_TERMS: ArraySpec = ArraySpec {
    items: Ty::Object(&PREFERRED_SCHEDULING_TERM),
    min_items: None,
    max_items: None,
};

const PREFERRED_DOC: Msg = Msg::new(
    "Soft rules: the scheduler prefers matching nodes; running pods are not affected.",
    "优先使用定义的规则调度,且不会影响已经在节点上运行的Pod。",
);

const REQUIRED_DOC: Msg = Msg::new(
    "Hard rules: pods are only scheduled where the rules match; running pods are not affected.",
    "强制使用定义的规则调度,且不会影响已经在节点上运行的Pod。",
);

/// `nodeAffinity`.
pub static NODE_AFFINITY: ObjectSpec = ObjectSpec {
    name: "nodeAffinity",
    doc: Msg::new("Node affinity rules.", "节点亲和规则"),
    source: src(Doc::IefV3Create, "table 9 (nodeAffinity)"),
    closed: true,
    role: Role::Plain,
    fields: &[
        field(
            "preferredDuringSchedulingIgnoredDuringExecution",
            Ty::Array(&PREFERRED_TERMS),
            PREFERRED_DOC,
        ),
        field(
            "requiredDuringSchedulingIgnoredDuringExecution",
            Ty::Object(&REQUIRED_DURING_SCHEDULING),
            REQUIRED_DOC,
        ),
    ],
};

/// `LabelSelector`.
pub static LABEL_SELECTOR: ObjectSpec = ObjectSpec {
    name: "LabelSelector",
    doc: Msg::new("Selects pods by label.", "标签选择器"),
    source: src(Doc::IefV3Create, "table 18 (LabelSelector)"),
    closed: true,
    role: Role::Plain,
    fields: &[
        MATCH_EXPRESSIONS_FIELD,
        field(
            "matchLabels",
            Ty::StrMap,
            Msg::new(
                "key: value label pairs; each is like a matchExpressions element with operator In and one value.",
                "匹配的标签,格式为key:value键值对。",
            ),
        ),
    ],
};

/// `PodAffinityTerm`.
pub static POD_AFFINITY_TERM: ObjectSpec = ObjectSpec {
    name: "PodAffinityTerm",
    doc: Msg::new("A pod (anti-)affinity term.", "Pod亲和规则"),
    source: src(Doc::IefV3Create, "tables 17 and 19 (podAffinityTerm, PodAffinityTerm)"),
    closed: true,
    role: Role::Plain,
    fields: &[
        field(
            "labelSelector",
            Ty::Object(&LABEL_SELECTOR),
            Msg::new("Label selector.", "标签选择器"),
        ),
        field("namespaces", Ty::Array(&STRINGS), Msg::new("Namespaces.", "命名空间")),
        field(
            "topologyKey",
            STR,
            Msg::new(
                "Topology label: the scope is nodes with this label, then labelSelector picks within it.",
                "拓扑标签。先圈定topologyKey指定的范围,然后再选择labelSelector定义的内容。",
            ),
        ),
    ],
};

/// `WeightPodAffinityTerms`.
pub static WEIGHTED_POD_AFFINITY_TERM: ObjectSpec = ObjectSpec {
    name: "WeightPodAffinityTerms",
    doc: Msg::new("A weighted pod affinity term.", "带权重的Pod亲和规则"),
    source: src(Doc::IefV3Create, "table 16 (WeightPodAffinityTerms)"),
    closed: true,
    role: Role::Plain,
    fields: &[
        field(
            "podAffinityTerm",
            Ty::Object(&POD_AFFINITY_TERM),
            Msg::new("Pod affinity term.", "Pod亲和规则"),
        ),
        WEIGHT,
    ],
};

/// Arrays of weighted pod terms.
pub static WEIGHTED_POD_TERMS: ArraySpec = ArraySpec {
    items: Ty::Object(&WEIGHTED_POD_AFFINITY_TERM),
    min_items: None,
    max_items: None,
};

/// Arrays of pod terms.
pub static POD_TERMS: ArraySpec = ArraySpec {
    items: Ty::Object(&POD_AFFINITY_TERM),
    min_items: None,
    max_items: None,
};

/// `podAffinity` and `podAntiAffinity`.
pub static POD_AFFINITY: ObjectSpec = ObjectSpec {
    name: "podAffinity",
    doc: Msg::new("Pod affinity or anti-affinity rules.", "Pod亲和/反亲和规则"),
    source: src(Doc::IefV3Create, "tables 14 and 15 (podAffinity, podAntiAffinity)"),
    closed: true,
    role: Role::Plain,
    fields: &[
        field(
            "preferredDuringSchedulingIgnoredDuringExecution",
            Ty::Array(&WEIGHTED_POD_TERMS),
            PREFERRED_DOC,
        ),
        field(
            "requiredDuringSchedulingIgnoredDuringExecution",
            Ty::Array(&POD_TERMS),
            REQUIRED_DOC,
        ),
    ],
};

/// `Affinity`.
pub static AFFINITY: ObjectSpec = ObjectSpec {
    name: "Affinity",
    doc: Msg::new(
        "Scheduling affinity rules (platinum edition only).",
        "应用实例亲和性规则,仅铂金版支持",
    ),
    source: src(Doc::IefV3Create, "table 8 (Affinity)"),
    closed: true,
    role: Role::Plain,
    fields: &[
        field(
            "nodeAffinity",
            Ty::Object(&NODE_AFFINITY),
            Msg::new("Node affinity rules.", "节点亲和规则"),
        ),
        field(
            "podAffinity",
            Ty::Object(&POD_AFFINITY),
            Msg::new("Pod affinity rules.", "Pod亲和规则"),
        ),
        field(
            "podAntiAffinity",
            Ty::Object(&POD_AFFINITY),
            Msg::new("Pod anti-affinity rules.", "Pod反亲和规则"),
        ),
    ],
};
