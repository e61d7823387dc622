//! Hash maps and sets keyed by text from the input (keys, names).
//!
//! Duplicate checks hash every key of a large object or list, so the hasher
//! is a noticeable share of linting an object with many keys. foldhash is
//! several times faster than the standard SipHash on short keys, and, seeded
//! randomly per process like the standard one, keeps keys chosen to collide
//! from turning a check quadratic.

/// A hash map keyed by input text.
pub(crate) type Map<K, V> = std::collections::HashMap<K, V, foldhash::quality::RandomState>;

/// A hash set of input text.
pub(crate) type Set<K> = std::collections::HashSet<K, foldhash::quality::RandomState>;

/// An empty map with room for `n` entries (no rehash while it fills).
pub(crate) fn map<K, V>(n: usize) -> Map<K, V> {
    Map::with_capacity_and_hasher(n, Default::default())
}

/// An empty set with room for `n` entries.
pub(crate) fn set<K>(n: usize) -> Set<K> {
    Set::with_capacity_and_hasher(n, Default::default())
}
