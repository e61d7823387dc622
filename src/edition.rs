//! The IEF service edition a run checks bodies for: what `platinum-feature`
//! reads, set through [`crate::Options`].

/// The IEF service edition the bodies are for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Edition {
    /// Platinum: every feature (the default, since the body does not say).
    #[default]
    Platinum,
    /// Professional: affinity, host_port_range and replicas > 1 are errors.
    Professional,
}
