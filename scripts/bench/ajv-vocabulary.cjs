// ajv-cli custom-keyword module (-c) for scripts/bench-compare.sh: declares
// the two annotation keywords of deploylint's generated schemas, so Ajv's
// strict mode compiles them (see tests/ajv/check.mjs and the README).
module.exports = (ajv) => ajv.addVocabulary(["x-description-zh", "x-deploylint-rule"]);
