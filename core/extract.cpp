#include "core/extract.h"

namespace discret {

void extract_matches(const RE2& regex, int group, uint32_t rule, std::string_view text, size_t from, size_t to,
                     std::vector<Finding>& out) {
  // Only the submatches up to `group` are asked for: fewer submatches keep RE2 on its fast paths.
  re2::StringPiece subs[21];
  const int n = group + 1;
  const re2::StringPiece whole(text.data(), text.size());
  size_t pos = from;
  while (pos <= to && regex.Match(whole, pos, to, RE2::UNANCHORED, subs, n)) {
    const re2::StringPiece& m = subs[0];
    const re2::StringPiece& g = subs[group];
    if (g.data() != nullptr && !g.empty()) {
      auto start = static_cast<size_t>(g.data() - text.data());
      out.push_back(Finding{start, start + g.size(), rule, 0});
    }
    size_t match_end = static_cast<size_t>(m.data() - text.data()) + m.size();
    pos = m.empty() ? match_end + 1 : match_end;
  }
}

}  // namespace discret
