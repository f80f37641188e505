// Stage 8, operate: replace each finding's bytes; every byte outside a finding is copied unchanged.
// Operator names are stable across every surface: redact, placeholder, mask, hash, pseudonym, fake.
// docs/operators.md describes each one's output per entity.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/fake.h"
#include "core/finding.h"
#include "core/pseudonym_map.h"
#include "core/rule.h"

namespace discret {

enum class Operator {
  kRedact,       // ""                      (removes the value)
  kPlaceholder,  // "<EMAIL>"
  kMask,         // "****************.fr"  (keeps the last `mask_keep` code points)
  kHash,         // 64 hex digits of HMAC-SHA-256(key, value): stable across runs and machines
  kPseudonym,    // "<EMAIL_1>" from a PseudonymMap; with a key "<EMAIL_" 12 hex of the HMAC ">"
  kFake,         // a realistic value of the same kind (core/fake.h), keyed; "<EMAIL_1>" where none
};

struct OperatorOptions {
  Operator op = Operator::kPlaceholder;
  // kHash: required. kPseudonym: optional, makes pseudonyms keyed (two scans with one key agree
  // without sharing a mapping). kFake: optional, the PseudonymMap's secret otherwise.
  std::string key;
  size_t mask_keep = 4;        // kMask: code points left visible at the end
  std::string mask_char = "*"; // kMask: one code point
};

Result<Operator> parse_operator(std::string_view name);
const char* operator_name(Operator op);
// Checks the options the operator needs: a key for kHash (kMissingKey), a key or a map secret for
// kFake (kMissingKey), one code point for mask_char.
Status check_options(const OperatorOptions& options, const PseudonymMap& map);

// The source of a finding of `rule`.
inline ValueSource source_of(const Rule& rule) { return ValueSource{rule.entity, rule.id, rule.country}; }

// The replacement for one value found as `source`. `map` is used (and may grow) by kPseudonym and
// kFake; `options` must have passed check_options.
std::string replacement(const ValueSource& source, std::string_view value, const OperatorOptions& options,
                        PseudonymMap& map);

// `text` with findings[i] replaced by replacements[i]; findings sorted by start, non-overlapping.
std::string apply_replacements(std::string_view text, const std::vector<Finding>& findings,
                               const std::vector<std::string>& replacements);

}  // namespace discret
