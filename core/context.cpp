#include "core/context.h"

#include <algorithm>

namespace discret {
namespace {

bool is_word_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> words;
  std::string cur;
  for (char c : text) {
    if (is_word_byte(static_cast<unsigned char>(c))) {
      cur += lower(c);
    } else if (!cur.empty()) {
      words.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  return words;
}

ContextMatcher::ContextMatcher(const std::vector<std::string>& words, size_t window) : window_(window) {
  for (const auto& w : words) {
    auto words = split_words(w);
    if (!words.empty()) phrases_.push_back(std::move(words));
  }
}

bool ContextMatcher::near(std::string_view text, size_t start, size_t end) const {
  if (phrases_.empty()) return false;
  // The outer window edge is widened to a whole word so it never cuts one into a false hit;
  // the inner edge is the match itself.
  auto words_in = [&](size_t from, size_t to, bool widen_left) {
    if (widen_left) {
      while (from > 0 && is_word_byte(static_cast<unsigned char>(text[from - 1]))) --from;
    } else {
      while (to < text.size() && is_word_byte(static_cast<unsigned char>(text[to]))) ++to;
    }
    return split_words(text.substr(from, to - from));
  };
  auto contains = [&](const std::vector<std::string>& words) {
    for (const auto& phrase : phrases_) {
      if (phrase.size() > words.size()) continue;
      for (size_t i = 0; i + phrase.size() <= words.size(); ++i)
        if (std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<long>(i))) return true;
    }
    return false;
  };
  size_t before = start > window_ ? start - window_ : 0;
  size_t after = std::min(text.size(), end + window_);
  return contains(words_in(before, start, true)) || contains(words_in(end, after, false));
}

}  // namespace discret
