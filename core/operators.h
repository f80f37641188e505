// Stage 8, operate: replace each finding's bytes; every byte outside a finding is copied unchanged.
// Operator names are stable across every surface: redact, placeholder, mask, hash, pseudonym.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/finding.h"
#include "core/pseudonym_map.h"

namespace discret {

enum class Operator {
  kRedact,       // ""                      (removes the value)
  kPlaceholder,  // "<EMAIL>"
  kMask,         // "****************.fr"  (keeps the last `mask_keep` code points)
  kHash,         // 64 hex digits of HMAC-SHA-256(key, value): stable across runs and machines
  kPseudonym,    // "<EMAIL_1>" from a PseudonymMap
};

struct OperatorOptions {
  Operator op = Operator::kPlaceholder;
  std::string key;             // required by kHash
  size_t mask_keep = 4;        // kMask: code points left visible at the end
  std::string mask_char = "*"; // kMask: one code point
};

Result<Operator> parse_operator(std::string_view name);
const char* operator_name(Operator op);
// Checks the options the operator needs (a key for kHash, one code point for mask_char).
Status check_options(const OperatorOptions& options);

// The replacement for one value. `map` is used (and may grow) only by kPseudonym.
std::string replacement(std::string_view entity, std::string_view value, const OperatorOptions& options,
                        PseudonymMap& map);

// `text` with findings[i] replaced by replacements[i]; findings sorted by start, non-overlapping.
std::string apply_replacements(std::string_view text, const std::vector<Finding>& findings,
                               const std::vector<std::string>& replacements);

}  // namespace discret
