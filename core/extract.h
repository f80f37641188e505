// Stage 4, extract: every non-overlapping match of one rule inside [from, to) of `text`.
// Matching sees the whole text, so ^, $ and \b behave at the range edges as they do in the text.
#pragma once
#include <string_view>
#include <vector>

#include "core/finding.h"
#include "re2/re2.h"

namespace discret {

// Appends one Finding per match (span of capture `group`, score 0) to `out`. Matches whose
// group did not participate or is empty are skipped.
void extract_matches(const RE2& regex, int group, uint32_t rule, std::string_view text, size_t from, size_t to,
                     std::vector<Finding>& out);

}  // namespace discret
