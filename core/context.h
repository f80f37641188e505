// Stage 6, context: are any of a rule's context words near a match?
// Words are compared whole (a word is a run of ASCII letters/digits or non-ASCII bytes), ASCII
// case-insensitively, so "lic" never matches inside "public". Multi-word entries ("date of birth")
// match a run of consecutive words.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/rule.h"

namespace discret {

class ContextMatcher {
 public:
  ContextMatcher() = default;
  ContextMatcher(const std::vector<std::string>& words, size_t window);
  bool empty() const { return phrases_.empty(); }
  // True when a phrase lies within `window` bytes before `start` or after `end` in `text`.
  bool near(std::string_view text, size_t start, size_t end) const;

 private:
  std::vector<std::vector<std::string>> phrases_;  // lowercased words of each entry
  size_t window_ = 0;
};

// The lowercased words of `text`, in order.
std::vector<std::string> split_words(std::string_view text);

}  // namespace discret
