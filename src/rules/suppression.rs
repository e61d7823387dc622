//! `suppression-without-reason` and `unused-suppression`, registered with
//! the other rules so levels, `deploylint rules`, the docs and the SARIF
//! driver know them. No object of a body triggers them (their `check` does
//! nothing): the report stage reports them about suppression comments, with
//! the documentation and words of [`crate::suppress::findings`].

use super::*;
use crate::suppress::findings::{UNUSED, WITHOUT_REASON};

/// Registers `suppression-without-reason` (no object triggers it).
pub struct WithoutReason;

impl super::Rule for WithoutReason {
    fn meta(&self) -> &'static RuleMeta {
        &WITHOUT_REASON
    }
    fn kinds(&self) -> &'static [Kind] {
        &Kind::ALL
    }
    fn role(&self) -> Role {
        Role::Root
    }
    fn check(&self, _: &Visit<'_>, _: &mut Ctx<'_, '_, '_>) {}
}

/// Registers `unused-suppression` (no object triggers it).
pub struct UnusedRule;

impl super::Rule for UnusedRule {
    fn meta(&self) -> &'static RuleMeta {
        &UNUSED
    }
    fn kinds(&self) -> &'static [Kind] {
        &Kind::ALL
    }
    fn role(&self) -> Role {
        Role::Root
    }
    fn check(&self, _: &Visit<'_>, _: &mut Ctx<'_, '_, '_>) {}
}
