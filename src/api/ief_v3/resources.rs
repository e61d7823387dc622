//! Resource quantities and `limits`/`requests`: `Res` and `ResQuest` (IEF
//! v3 UpdateDeployment, tables 14 and 15) and `DeploymentResources` (IEF v3
//! CreateDeployments, table 23), with the `resource-quantity` rule. Each
//! quantity is written once as a [`Quantity`] and used by v3 (as strings)
//! and v2 (as numbers).

use super::*;
use crate::diagnostics::Msg;
use crate::rule_meta::{Doc, RuleMeta};

/// Resource quantities.
/// Only partly expressed in the JSON Schemas: ranges of numeric strings are not.
pub static RESOURCE_QUANTITY: RuleMeta = RuleMeta::error(
    "resource-quantity",
    Msg::new("Resource quantities are plain numbers in range: cpu 0.01–1000, memory/gpu 0.01–1024000 MB (limits.memory ≥ 4), npu 1–1000", "资源量为范围内的纯数字:cpu 0.01~1000,memory/gpu 0.01~1024000 MB(limits.memory ≥4),npu 1~1000"),
    Msg::new(
        "IEF v3 UpdateDeployment, table 15 (Res): cpu 0.01–1000 cores; memory 0.01–1,024,000 MB with a minimum of 4 for limits; gpu 0.01–1,024,000 MB; npu 1–1000; \"does not need to contain a unit\". v3 writes them as strings (\"0.25\"), v2 as JSON numbers (the request examples of IEF v2 CreateDeployment and IEF v2 UpdateDeployment; Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model LimitsRequests). IEF v3 CreateDeployments, table 23 only says Map<String,String> with keys cpu, memory, gpu, npu and the NPU chip types D310/D310B (as does Go SDK ief/v1 DeploymentResources); the ranges of IEF v3 UpdateDeployment are applied to it as the same object, and chip-type keys take the npu range.",
        "IEF v3 UpdateDeployment 表15(Res):cpu 0.01~1000 核;memory 0.01~1,024,000 MB,limits 最小为 4;gpu 0.01~1,024,000 MB;npu 1~1000;\"不需要带单位\"。v3 以字符串表示(\"0.25\"),v2 以 JSON 数字表示(IEF v2 CreateDeployment 与 IEF v2 UpdateDeployment 的请求示例;华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 LimitsRequests)。IEF v3 CreateDeployments 表23 只写 Map<String,String>,key 为 cpu、memory、gpu、npu 及 NPU 芯片类型 D310/D310B(Go SDK 的 ief/v1 模型 DeploymentResources 相同);作为同一对象沿用 IEF v3 UpdateDeployment 的范围,芯片类型 key 采用 npu 的范围。",
    ),
    &[src(Doc::IefV3Update, "table 15 (Res)"), src(Doc::IefV3Create, "table 23 (DeploymentResources)"), src(Doc::GoSdk, "ief/v1 model LimitsRequests"), src(Doc::GoSdk, "ief/v1 model DeploymentResources")],
)
.core_only();

/// NPU chip-type resource keys in IEF v3 UpdateDeployment's closed Res.
pub static CHIP_KEY_002: Dispute = Dispute {
    prefer: None,
    note: Msg::new(
        "IEF v3 UpdateDeployment, table 15 (Res) has only cpu, memory, gpu and npu; IEF v3 CreateDeployments, table 23 and Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188), ief/v1 model DeploymentResources (`map<string,string>`) also take NPU chip-type keys D310/D310B",
        "IEF v3 UpdateDeployment 表15(Res)只有 cpu、memory、gpu、npu;IEF v3 CreateDeployments 表23 与华为 Go SDK(huaweicloud-sdk-go-v3 0.1.188)的 ief/v1 模型 DeploymentResources(`map<string,string>`)还接受 NPU 芯片类型 key D310/D310B",
    ),
};

/// A resource quantity: its key, bounds, unit and meaning (IEF v3 UpdateDeployment, table 15),
/// written once and used by v3 (as strings) and v2 (as numbers).
pub struct Quantity {
    name: &'static str,
    min: f64,
    max: f64,
    integer: bool,
    unit: Msg,
    doc: Msg,
}

const CORES: Msg = Msg::new("CPU cores", "CPU 核数");

const MB: Msg = Msg::new("MB", "MB");

const NPUS: Msg = Msg::new("NPUs", "NPU 个数");

/// `cpu`: 0.01–1000 cores.
pub const CPU_QTY: Quantity = Quantity {
    name: "cpu",
    min: 0.01,
    max: 1000.0,
    integer: false,
    unit: CORES,
    doc: Msg::new(
        "Number of CPU cores, {min}–{max}, without unit.",
        "CPU 核数,取值范围 {min}~{max},不带单位",
    ),
};

/// `memory` in requests: 0.01–1,024,000 MB.
pub const MEMORY_REQ_QTY: Quantity = Quantity {
    name: "memory",
    min: 0.01,
    max: 1_024_000.0,
    integer: false,
    unit: MB,
    doc: Msg::new(
        "Memory in MB, {min}–{max:,}, without unit.",
        "内存大小(MB),取值范围 {min}~{max:,},不带单位",
    ),
};

/// `memory` in limits: at least 4 MB.
pub const MEMORY_LIM_QTY: Quantity = Quantity {
    name: "memory",
    min: 4.0,
    max: 1_024_000.0,
    integer: false,
    unit: MB,
    doc: Msg::new(
        "Memory in MB, {min}–{max:,} for limits, without unit.",
        "内存大小(MB),limits 取值范围 {min}~{max:,},不带单位",
    ),
};

/// `gpu`: 0.01–1,024,000 MB.
pub const GPU_QTY: Quantity = Quantity {
    name: "gpu",
    min: 0.01,
    max: 1_024_000.0,
    integer: false,
    unit: MB,
    doc: Msg::new(
        "GPU memory in MB, {min}–{max:,}, without unit.",
        "GPU 显存大小(MB),取值范围 {min}~{max:,},不带单位",
    ),
};

/// `npu`: 1–1000.
pub const NPU_QTY: Quantity = Quantity {
    name: "npu",
    min: 1.0,
    max: 1000.0,
    integer: true,
    unit: NPUS,
    doc: Msg::new(
        "Number of NPUs, {min}–{max} (chip type from npu_type).",
        "NPU 个数,取值范围 {min}~{max}(芯片类型由 npu_type 指定)",
    ),
};

const D310_QTY: Quantity = Quantity {
    name: "D310",
    min: 1.0,
    max: 1000.0,
    integer: true,
    unit: NPUS,
    doc: Msg::new(
        "Number of D310 NPUs, {min}–{max}.",
        "D310 NPU 个数,取值范围 {min}~{max}",
    ),
};

const D310B_QTY: Quantity = Quantity {
    name: "D310B",
    min: 1.0,
    max: 1000.0,
    integer: true,
    unit: NPUS,
    doc: Msg::new(
        "Number of D310B NPUs, {min}–{max}.",
        "D310B NPU 个数,取值范围 {min}~{max}",
    ),
};

const fn spec(q: &Quantity) -> NumSpec {
    NumSpec {
        min: q.min,
        max: q.max,
        integer: q.integer,
        unit: q.unit,
    }
}

/// A quantity written as a decimal string (v3).
pub const fn qty_string(q: Quantity) -> FieldSpec {
    field(q.name, Ty::NumStr(spec(&q)), q.doc).rule(&RESOURCE_QUANTITY)
}

/// A quantity written as a JSON number (v2).
pub const fn qty_number(q: Quantity) -> FieldSpec {
    field(q.name, Ty::Num(spec(&q)), q.doc).rule(&RESOURCE_QUANTITY)
}

const CPU: FieldSpec = qty_string(CPU_QTY);

const MEMORY_REQ: FieldSpec = qty_string(MEMORY_REQ_QTY);

const MEMORY_LIM: FieldSpec = qty_string(MEMORY_LIM_QTY);

const GPU: FieldSpec = qty_string(GPU_QTY);

const NPU: FieldSpec = qty_string(NPU_QTY);

const D310: FieldSpec = qty_string(D310_QTY);

const D310B: FieldSpec = qty_string(D310B_QTY);

static LIMITS_CREATE: ObjectSpec = ObjectSpec {
    name: "limits",
    doc: Msg::new(
        "Most resources the container may use; keys cpu, memory, gpu, npu, D310, D310B.",
        "允许容器使用的最大资源,key值支持填写:cpu, memory, gpu, npu, D310, D310B",
    ),
    source: src(Doc::IefV3Create, "table 23 (DeploymentResources)"),
    closed: true,
    role: Role::Plain,
    fields: &[CPU, MEMORY_LIM, GPU, NPU, D310, D310B],
};

static REQUESTS_CREATE: ObjectSpec = ObjectSpec {
    name: "requests",
    doc: Msg::new(
        "Least resources the container needs; keys cpu, memory, gpu, npu, D310, D310B.",
        "容器需要使用的最小资源,key值支持填写:cpu, memory, gpu, npu, D310, D310B",
    ),
    source: src(Doc::IefV3Create, "table 23 (DeploymentResources)"),
    closed: true,
    role: Role::Plain,
    fields: &[CPU, MEMORY_REQ, GPU, NPU, D310, D310B],
};

pub(super) static RESOURCES_CREATE: ObjectSpec = ObjectSpec {
    name: "DeploymentResources",
    doc: Msg::new(
        "Container resources: limits and requests, quantities as strings.",
        "创建容器时使用的资源",
    ),
    source: src(Doc::IefV3Create, "table 23 (DeploymentResources)"),
    closed: true,
    role: Role::Resources,
    fields: &[
        field(
            "limits",
            Ty::Object(&LIMITS_CREATE),
            Msg::new("Most resources the container may use.", "允许容器使用的最大资源"),
        ),
        field(
            "requests",
            Ty::Object(&REQUESTS_CREATE),
            Msg::new(
                "Least resources the container needs; not above limits.",
                "容器需要使用的最小资源",
            ),
        ),
    ],
};

static LIMITS_UPDATE: ObjectSpec = ObjectSpec {
    name: "Res",
    doc: Msg::new("Resource amount limit.", "资源上限"),
    source: src(Doc::IefV3Update, "table 15 (Res)"),
    closed: true,
    role: Role::Plain,
    fields: &[
        CPU,
        MEMORY_LIM,
        GPU,
        NPU,
        D310.undocumented(&CHIP_KEY_002),
        D310B.undocumented(&CHIP_KEY_002),
    ],
};

static REQUESTS_UPDATE: ObjectSpec = ObjectSpec {
    name: "Res",
    doc: Msg::new(
        "Requested resource amount, not above the limit.",
        "申请的资源量,不能大于资源上限",
    ),
    source: src(Doc::IefV3Update, "table 15 (Res)"),
    closed: true,
    role: Role::Plain,
    fields: &[
        CPU,
        MEMORY_REQ,
        GPU,
        NPU,
        D310.undocumented(&CHIP_KEY_002),
        D310B.undocumented(&CHIP_KEY_002),
    ],
};

pub(super) static RESOURCES_UPDATE: ObjectSpec = ObjectSpec {
    name: "ResQuest",
    doc: Msg::new("Container resource amount.", "容器资源量"),
    source: src(Doc::IefV3Update, "table 14 (ResQuest)"),
    closed: true,
    role: Role::Resources,
    fields: &[
        field(
            "limits",
            Ty::Object(&LIMITS_UPDATE),
            Msg::new("Resource amount limit.", "资源上限"),
        ),
        field(
            "requests",
            Ty::Object(&REQUESTS_UPDATE),
            Msg::new(
                "Requested resource amount, which cannot be greater than the resource limit.",
                "申请的资源量,不能大于资源上限",
            ),
        ),
    ],
};
