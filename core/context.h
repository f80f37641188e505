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
  bool any_in(const std::vector<std::string_view>& words) const;
  size_t window() const { return window_; }
  // The first word of each phrase (lowercased).
  std::vector<std::string> first_words() const;

 private:
  // Lowercased words of each entry, indexed by their first word: a lookup per word of text.
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> phrases_;
  size_t window_ = 0;
  bool same_line_ = false;
};

// The context words of all the rules that require context, indexed by first word, so that the
// words around a line are looked up once for all those rules (scanner.cpp) instead of once per
// rule that hits the line.
class ContextIndex {
 public:
  // Registers a rule's context; returns its slot (0, 1, 2...).
  uint32_t add(const ContextMatcher& context);
  size_t slots() const { return slots_; }
  // Sets present[slot] = 1 for every slot with a phrase whose first word is in `words`.
  // `present` must have slots() entries.
  void mark(const std::vector<std::string_view>& words, std::vector<uint8_t>& present) const;
  void mark(const std::vector<std::string>& words, std::vector<uint8_t>& present) const;

 private:
  std::unordered_map<std::string, std::vector<uint32_t>> slots_by_word_;
  uint32_t slots_ = 0;
};

// The lowercased words of `text`, in order.
std::vector<std::string> split_words(std::string_view text);
// The same as views into `buffer` (overwritten): no allocation per word, for the scan's hot path.
// The views are valid until `buffer` is next changed.
void split_words(std::string_view text, std::string& buffer, std::vector<std::string_view>& words);

}  // namespace discret
