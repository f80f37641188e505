// Stage 6, context: are any of a rule's context words near a match?
// Words are compared whole (a word is a run of ASCII letters/digits or non-ASCII bytes, and a
// camelCase hump starts a new one: "dateOfBirth" is date of birth), ASCII case-insensitively, so
// "lic" never matches inside "public". Multi-word entries ("date of birth")
// match a run of consecutive words.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/rule.h"

namespace discret {

class ContextMatcher {
 public:
  ContextMatcher() = default;
  ContextMatcher(const std::vector<std::string>& words, size_t window, bool same_line = false);
  bool empty() const { return phrases_.empty(); }
  // True when a phrase lies within `window` bytes before `start` or after `end` in `text`.
  bool near(std::string_view text, size_t start, size_t end) const;
  // True when a phrase occurs in `words` (lowercased, in order).
  bool any_in(const std::vector<std::string>& words) const;
  // True when the first word of some phrase is in `present`: with the words of a line and the
  // window around it, a cheap necessary condition for near() of any match on that line.
  bool may_occur_in(const std::unordered_set<std::string_view>& present) const;
  size_t window() const { return window_; }

 private:
  // Lowercased words of each entry, indexed by their first word: a lookup per word of text.
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> phrases_;
  size_t window_ = 0;
  bool same_line_ = false;
};

// The lowercased words of `text`, in order.
std::vector<std::string> split_words(std::string_view text);

}  // namespace discret
