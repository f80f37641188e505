// Every match of one caller-supplied regex, as the byte span of its capture group 1: for word lists
// searched outside the rule engine (the special-category words of wasm/special.js, which used to run
// as a JS RegExp at a third of the files pipeline's time). RE2 has no lookaround, so such a pattern
// consumes a boundary character on each side of the word and marks the word with group 1; the next
// search starts where group 1 ended, so two words may share the separator between them.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.h"
#include "re2/re2.h"

namespace discret {

class GroupFinder {
 public:
  // kInvalidPattern when `pattern` does not compile (64 MiB budget) or has no capture group.
  static Result<std::unique_ptr<GroupFinder>> create(const std::string& pattern);

  // [start, end) byte offsets of group 1 of each match, in text order, not overlapping. Matches
  // whose group 1 is empty or did not take part are skipped. Linear in the text (RE2).
  std::vector<std::pair<size_t, size_t>> find_all(std::string_view text) const;

 private:
  explicit GroupFinder(std::unique_ptr<RE2> re) : re_(std::move(re)) {}
  std::unique_ptr<RE2> re_;
};

}  // namespace discret
