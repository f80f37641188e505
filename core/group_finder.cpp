#include "core/group_finder.h"

namespace discret {

Result<std::unique_ptr<GroupFinder>> GroupFinder::create(const std::string& pattern) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_max_mem(int64_t{64} << 20);  // a trie of ~1,300 words with Unicode case folding
  auto re = std::make_unique<RE2>(pattern, options);
  if (!re->ok()) return Error{ErrorCode::kInvalidPattern, re->error(), "", ""};
  if (re->NumberOfCapturingGroups() < 1)
    return Error{ErrorCode::kInvalidPattern, "the pattern needs a capture group (group 1 is what is found)", "", ""};
  return std::unique_ptr<GroupFinder>(new GroupFinder(std::move(re)));
}

std::vector<std::pair<size_t, size_t>> GroupFinder::find_all(std::string_view text) const {
  std::vector<std::pair<size_t, size_t>> out;
  const re2::StringPiece whole(text.data(), text.size());
  re2::StringPiece groups[2];
  size_t pos = 0;
  while (pos <= text.size() && re_->Match(whole, pos, text.size(), RE2::UNANCHORED, groups, 2)) {
    const re2::StringPiece& word = groups[1];
    auto match_end = static_cast<size_t>(groups[0].data() - text.data()) + groups[0].size();
    if (word.data() != nullptr && !word.empty()) {
      auto start = static_cast<size_t>(word.data() - text.data());
      out.emplace_back(start, start + word.size());
      pos = start + word.size();  // the consumed boundary after the word may start the next match
    } else {
      pos = std::max(match_end, pos + 1);
    }
  }
  return out;
}

}  // namespace discret
