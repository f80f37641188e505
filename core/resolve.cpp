#include "core/resolve.h"

#include <algorithm>
#include <tuple>

namespace discret {
namespace {

bool contains(const Finding& a, const Finding& b) {
  return a.start <= b.start && b.end <= a.end && (a.end - a.start) > (b.end - b.start);
}

bool better(const Finding& a, const Finding& b) {
  // A finding that covers another whole wins: a validated IBAN beats a card-number-shaped run of
  // its own digits, and replacing the larger span leaks less.
  if (contains(a, b)) return true;
  if (contains(b, a)) return false;
  if (a.score != b.score) return a.score > b.score;
  if (a.end - a.start != b.end - b.start) return a.end - a.start > b.end - b.start;
  if (a.rule != b.rule) return a.rule < b.rule;
  return a.start < b.start;
}

}  // namespace

std::vector<Finding> resolve_overlaps(std::vector<Finding> c) {
  std::sort(c.begin(), c.end(), [](const Finding& a, const Finding& b) {
    return std::tie(a.start, b.end, a.rule) < std::tie(b.start, a.end, b.rule);
  });
  std::vector<Finding> out;
  for (const Finding& f : c) {
    if (!out.empty() && f.start < out.back().end) {
      if (better(f, out.back())) out.back() = f;
      continue;
    }
    out.push_back(f);
  }
  // A winner starts at or after the finding it replaces, so it never overlaps the one before.
  return out;
}

}  // namespace discret
