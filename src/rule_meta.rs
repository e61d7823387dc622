//! The vocabulary of rule metadata every rule, API object and the catalogue
//! share: a rule's [`RuleMeta`] (code, [`Category`], default severity,
//! variants, summary, explanation) and the [`Source`]s ([`Doc`]s) that state
//! its constraint. It names no rule; the catalogue of every rule is
//! [`crate::registry`], high above.

use crate::diagnostics::{Applicability, Msg, Severity};
use serde::Serialize;

/// A source that states a constraint: one of the five API pages, another
/// Huawei page, Huawei's Go SDK or Terraform provider, or a format standard.
/// Each is an entry of docs/sources.md; [`Doc::title`] is its short citation name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub enum Doc {
    /// IEF v2 create app deployment (Chinese page ief_02_0054).
    IefV2Create,
    /// IEF v2 update app deployment (Chinese page ief_02_0055).
    IefV2Update,
    /// IEF v3 create deployment (Chinese page, 2024-04-14).
    IefV3Create,
    /// IEF v3 update deployment (English page ief_02_0084, 2023-11-23).
    IefV3Update,
    /// CCE Autopilot update release (Chinese page, 2024-09-30).
    CceReleaseUpdate,
    /// The English edition of the v3 create page (ief_02_0082).
    IefV3CreateEn,
    /// Huawei's Chinese API Explorer page for the v3 update (UpdateDeployment.html).
    IefV3UpdateZh,
    /// Huawei's IEF v3 list deployments page (ListDeployments.html).
    IefV3List,
    /// The v2 application-template version pages (ief_02_0048/0049).
    IefV2AppVersion,
    /// The English edition of the CCE Autopilot release update page.
    CceReleaseUpdateEn,
    /// The standard CCE release update page (same body model).
    CceUpdateRelease,
    /// Huawei's Go SDK, release 0.1.188.
    GoSdk,
    /// The Terraform provider, release 1.97.1.
    Terraform,
    /// The Terraform acceptance test with upgrade and rollback steps (commit 64940da27b59).
    TerraformTest,
    /// RFC 8259, JSON.
    Rfc8259,
    /// YAML 1.2.
    Yaml12,
    /// deploylint's own limits (no external source).
    Deploylint,
}

impl Doc {
    /// The short citation name, as docs/sources.md defines it.
    pub fn title(self) -> &'static str {
        match self {
            Doc::IefV2Create => "IEF v2 CreateDeployment",
            Doc::IefV2Update => "IEF v2 UpdateDeployment",
            Doc::IefV3Create => "IEF v3 CreateDeployments",
            Doc::IefV3Update => "IEF v3 UpdateDeployment",
            Doc::CceReleaseUpdate => "CCE Autopilot UpdateAutopilotRelease",
            Doc::IefV3CreateEn => "IEF v3 CreateDeployments (English)",
            Doc::IefV3UpdateZh => "IEF v3 UpdateDeployment (Chinese)",
            Doc::IefV3List => "IEF v3 ListDeployments",
            Doc::IefV2AppVersion => "IEF v2 CreateAppVersions",
            Doc::CceReleaseUpdateEn => "CCE Autopilot UpdateAutopilotRelease (English)",
            Doc::CceUpdateRelease => "CCE UpdateRelease",
            Doc::GoSdk => "Huawei Go SDK (huaweicloud-sdk-go-v3 0.1.188)",
            Doc::Terraform => "Terraform provider (terraform-provider-huaweicloud 1.97.1)",
            Doc::TerraformTest => "Terraform acceptance test (terraform-provider-huaweicloud, commit 64940da27b59)",
            Doc::Rfc8259 => "RFC 8259",
            Doc::Yaml12 => "YAML 1.2",
            Doc::Deploylint => "deploylint",
        }
    }

    /// Its anchor in docs/sources.md.
    pub fn anchor(self) -> &'static str {
        match self {
            Doc::IefV2Create => "ief-v2-create",
            Doc::IefV2Update => "ief-v2-update",
            Doc::IefV3Create => "ief-v3-create",
            Doc::IefV3Update => "ief-v3-update",
            Doc::CceReleaseUpdate => "cce-release-update",
            Doc::IefV3CreateEn => "ief-v3-create-en",
            Doc::IefV3UpdateZh => "ief-v3-update-zh",
            Doc::IefV3List => "ief-v3-list",
            Doc::IefV2AppVersion => "ief-v2-app-version",
            Doc::CceReleaseUpdateEn => "cce-release-update-en",
            Doc::CceUpdateRelease => "cce-update-release",
            Doc::GoSdk => "go-sdk",
            Doc::Terraform => "terraform",
            Doc::TerraformTest => "terraform-autopilot-release-test",
            Doc::Rfc8259 => "rfc-8259",
            Doc::Yaml12 => "yaml-1-2",
            Doc::Deploylint => "deploylint",
        }
    }

    /// Whether docs/sources.md has an anchor per table of it (`…-table-N`).
    fn has_table_anchors(self) -> bool {
        matches!(
            self,
            Doc::IefV2Create
                | Doc::IefV2Update
                | Doc::IefV3Create
                | Doc::IefV3Update
                | Doc::CceReleaseUpdate
                | Doc::IefV3CreateEn
                | Doc::IefV2AppVersion
                | Doc::CceReleaseUpdateEn
        )
    }
}

/// Where a constraint is written: a source of docs/sources.md and the part of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Source {
    /// The source.
    pub doc: Doc,
    /// The part of it, in English: a page's `table 6 (ContainerDef)`,
    /// `tables 3–19` or `request example`, a Go SDK model
    /// (`ief/v1 model Volumes`), a Terraform resource, a section. Empty
    /// for the whole source.
    pub table: &'static str,
}

impl Source {
    /// A source.
    pub const fn new(doc: Doc, table: &'static str) -> Self {
        Source { doc, table }
    }

    /// Its anchor in docs/sources.md: the table's own anchor for a page
    /// table (`ief-v3-update-table-6`; the first one for `tables 3 and 4`)
    /// or example, the model's for a Go SDK model (`go-sdk-ief-volumes`),
    /// the resource's for a Terraform resource, else the source's.
    ///
    /// ```
    /// use deploylint::registry::{Doc, Source};
    ///
    /// assert_eq!(Source::new(Doc::IefV3Update, "table 6 (ContainerDef)").anchor(), "ief-v3-update-table-6");
    /// assert_eq!(Source::new(Doc::GoSdk, "ief/v1 model Volumes").anchor(), "go-sdk-ief-volumes");
    /// assert_eq!(Source::new(Doc::Rfc8259, "section 4").anchor(), "rfc-8259");
    /// ```
    pub fn anchor(&self) -> String {
        let base = self.doc.anchor();
        let t = self.table;
        if self.doc.has_table_anchors() {
            if let Some(rest) = t.strip_prefix("table ").or_else(|| t.strip_prefix("tables ")) {
                let n: String = rest.chars().take_while(char::is_ascii_digit).collect();
                if !n.is_empty() {
                    return format!("{base}-table-{n}");
                }
            }
            for part in ["request example", "response example"] {
                if t == part {
                    return format!("{base}-{}", part.replace(' ', "-"));
                }
            }
        }
        match self.doc {
            Doc::GoSdk => match t.split_once(" model ") {
                Some((package, model)) => {
                    let service = package.split('/').next().unwrap_or(package);
                    // Models documented together with another one.
                    let entry = match model {
                        "UpdatePodDeployment" => "UpdateDeployment",
                        "MatchExpression" => "Affinity",
                        "Exec" => "Probe",
                        "HostPortRange" => "HostContainerPortMapping",
                        other => other,
                    };
                    format!("{base}-{service}-{}", entry.to_ascii_lowercase())
                }
                None => base.to_string(),
            },
            Doc::Terraform => match t.strip_prefix("resource huaweicloud_") {
                Some(resource) => format!("{base}-{}", resource.replace('_', "-")),
                None => base.to_string(),
            },
            _ => base.to_string(),
        }
    }
}

impl std::fmt::Display for Source {
    /// The English citation form of docs/sources.md:
    /// `IEF v3 UpdateDeployment, table 6 (ContainerDef)`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.table.is_empty() {
            f.write_str(self.doc.title())
        } else {
            write!(f, "{}, {}", self.doc.title(), self.table)
        }
    }
}

/// What a rule is about: how a user should read its findings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Category {
    /// The text is not a readable document, or not one of the five bodies.
    Syntax,
    /// The API rejects the body by its own page.
    Api,
    /// Huawei's sources contradict each other: the API may accept the body.
    Disputed,
    /// The API accepts the body, but operators regret it.
    BestPractice,
}

impl Category {
    /// The kebab-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Syntax => "syntax",
            Category::Api => "api",
            Category::Disputed => "disputed",
            Category::BestPractice => "best-practice",
        }
    }
}

/// A named case of a rule that reports at another severity than the rule's
/// default (e.g. a finding that is an error on one page and only a warning
/// where Huawei's sources disagree).
#[derive(Debug, Serialize)]
#[non_exhaustive]
pub struct Variant {
    /// Stable name of the case.
    pub name: &'static str,
    /// Its severity.
    pub severity: Severity,
    /// When it applies.
    pub when: Msg,
}

impl Variant {
    /// A variant.
    pub const fn new(name: &'static str, severity: Severity, when: Msg) -> Self {
        Variant { name, severity, when }
    }
}

/// The documentation of one rule code, built with [`RuleMeta::new`] and its
/// `const` builder methods.
///
/// ```
/// use deploylint::{query::Msg, Severity};
/// use deploylint::registry::{Applicability, Category, RuleMeta};
///
/// static META: RuleMeta = RuleMeta::new("privileged-container", Category::BestPractice)
///     .warning()
///     .summary(Msg::new("Containers do not run privileged", "容器不以特权模式运行"))
///     .fix(Applicability::Unsafe);
/// assert_eq!(META.severity, Severity::Warning);
/// assert_eq!(META.category.as_str(), "best-practice");
/// ```
#[derive(Debug, Serialize)]
#[non_exhaustive]
pub struct RuleMeta {
    /// Stable kebab-case code.
    pub code: &'static str,
    /// What kind of finding it is.
    pub category: Category,
    /// Default severity.
    pub severity: Severity,
    /// Whether its fixes are safe to apply unattended.
    pub fix: Applicability,
    /// Cases reported at another severity.
    pub variants: &'static [Variant],
    /// One line: what the rule checks.
    pub summary: Msg,
    /// One paragraph: why, and the decisions taken where sources disagree.
    pub explanation: Msg,
    /// Where the constraint is stated.
    pub sources: &'static [Source],
    /// Whether the generated JSON Schema expresses it (so the schema and
    /// the core must agree on it).
    pub structural: bool,
}

impl RuleMeta {
    /// A rule: error severity, no fix, no documentation yet, not expressed
    /// by the JSON Schemas.
    pub const fn new(code: &'static str, category: Category) -> Self {
        RuleMeta {
            code,
            category,
            severity: Severity::Error,
            fix: Applicability::None,
            variants: &[],
            summary: Msg::new("", ""),
            explanation: Msg::new("", ""),
            sources: &[],
            structural: false,
        }
    }

    /// An API-page rule the JSON Schemas express (value constraints of fields).
    pub const fn error(code: &'static str, summary: Msg, explanation: Msg, sources: &'static [Source]) -> Self {
        RuleMeta::new(code, Category::Api)
            .summary(summary)
            .explanation(explanation)
            .sources(sources)
            .structural()
    }

    /// Reports warnings by default.
    pub const fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    /// Reports information by default: something that has no effect.
    pub const fn info(mut self) -> Self {
        self.severity = Severity::Info;
        self
    }

    /// Sets the one-line summary.
    pub const fn summary(mut self, summary: Msg) -> Self {
        self.summary = summary;
        self
    }

    /// Sets the explanation.
    pub const fn explanation(mut self, explanation: Msg) -> Self {
        self.explanation = explanation;
        self
    }

    /// Sets the sources.
    pub const fn sources(mut self, sources: &'static [Source]) -> Self {
        self.sources = sources;
        self
    }

    /// Sets how safe its fixes are.
    pub const fn fix(mut self, fix: Applicability) -> Self {
        self.fix = fix;
        self
    }

    /// Sets the cases reported at another severity.
    pub const fn variants(mut self, variants: &'static [Variant]) -> Self {
        self.variants = variants;
        self
    }

    /// Marks the rule as one the JSON Schemas express.
    pub const fn structural(mut self) -> Self {
        self.structural = true;
        self
    }

    /// Marks the rule as one the JSON Schemas cannot (fully) express.
    pub const fn core_only(mut self) -> Self {
        self.structural = false;
        self
    }

    /// The severity of the variant called `name` (the default if none is).
    pub fn severity_of(&self, name: &str) -> Severity {
        self.variants
            .iter()
            .find(|v| v.name == name)
            .map_or(self.severity, |v| v.severity)
    }
}
