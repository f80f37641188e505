// Scan + operate in one call: the pseudonymized copy of a text, with what was replaced.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/operators.h"
#include "core/scanner.h"

namespace discret {

struct Pseudonymized {
  std::string text;                       // the input with each finding replaced
  std::vector<Finding> findings;          // offsets into the input
  std::vector<std::string> replacements;  // replacements[i] stands for findings[i]
};

// Fails only on invalid options (e.g. kHash without a key), before touching `map`.
Result<Pseudonymized> pseudonymize(const Scanner& scanner, std::string_view text, const OperatorOptions& options,
                                   PseudonymMap& map);

}  // namespace discret
