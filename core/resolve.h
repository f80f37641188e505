// Stage 7, resolve: overlapping findings -> one finding per span, by one sort and one sweep.
// Among overlapping findings the winner is, in order: the one that contains the other whole, the
// higher score, the longer span, the rule loaded first (lower rule index), the earlier start. Output is sorted by start and
// non-overlapping; the result depends only on the input set, not its order.
#pragma once
#include <vector>

#include "core/finding.h"

namespace discret {

std::vector<Finding> resolve_overlaps(std::vector<Finding> candidates);

}  // namespace discret
