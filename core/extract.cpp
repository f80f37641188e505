#include "core/extract.h"

namespace discret {
namespace {

// RE2's \b is ASCII: a word character is [0-9A-Za-z_].
bool is_word(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool word_boundary_at(std::string_view text, size_t pos) {
  bool before = pos > 0 && is_word(text[pos - 1]);
  bool after = pos < text.size() && is_word(text[pos]);
  return before != after;
}

}  // namespace

void extract_matches(const CompiledRule& rule, uint32_t index, std::string_view text, size_t from, size_t to,
                     std::vector<Finding>& out) {
  // Only the submatches up to the rule's group are asked for: fewer keep RE2 on its fast paths.
  re2::StringPiece subs[21];
  const int group = rule.rule.group;
  const int n = group + 1;
  const re2::StringPiece whole(text.data(), text.size());
  size_t pos = from;
  while (pos <= to && rule.regex().Match(whole, pos, to, RE2::UNANCHORED, subs, n)) {
    const re2::StringPiece& m = subs[0];
    auto match_start = static_cast<size_t>(m.data() - text.data());
    if (rule.leading_word_boundary && !word_boundary_at(text, match_start)) {
      // The original pattern cannot match at this start; the next candidate start is one further.
      pos = match_start + 1;
      continue;
    }
    const re2::StringPiece& g = subs[group];
    if (g.data() != nullptr && !g.empty()) {
      auto start = static_cast<size_t>(g.data() - text.data());
      out.push_back(Finding{start, start + g.size(), index, 0});
    }
    size_t match_end = match_start + m.size();
    pos = m.empty() ? match_end + 1 : match_end;
  }
}

}  // namespace discret
