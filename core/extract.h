// Stage 4, extract: every non-overlapping match of one rule inside [from, to) of `text`.
// Matching sees the whole text, so ^, $ and \b behave at the range edges as they do in the text.
#pragma once
#include <string_view>
#include <vector>

#include "core/finding.h"
#include "core/rule_compiler.h"

namespace discret {

// Appends one Finding per match of `rule` (span of its capture group, score 0) to `out`, with
// rule index `index`. Matches whose group did not participate or is empty are skipped. A leading
// \b that the compiler took off the pattern is checked here, at the match start.
void extract_matches(const CompiledRule& rule, uint32_t index, std::string_view text, size_t from, size_t to,
                     std::vector<Finding>& out);

}  // namespace discret
