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
  char prev = 0;
  for (char c : text) {
    bool hump = c >= 'A' && c <= 'Z' && prev >= 'a' && prev <= 'z';  // "dateOfBirth", "phoneNumber"
    prev = c;
    if (hump && !cur.empty()) {
      words.push_back(std::move(cur));
      cur.clear();
    }
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

ContextMatcher::ContextMatcher(const std::vector<std::string>& words, size_t window, bool same_line)
    : window_(window), same_line_(same_line) {
  for (const auto& w : words) {
    auto words = split_words(w);
    if (!words.empty()) {
      std::string first = words.front();
      phrases_[first].push_back(std::move(words));
    }
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
  auto contains = [&](const std::vector<std::string>& words) { return any_in(words); };
  size_t before = start > window_ ? start - window_ : 0;
  size_t after = std::min(text.size(), end + window_);
  if (same_line_) {
    size_t nl = text.substr(before, start - before).rfind('\n');
    if (nl != std::string_view::npos) before += nl + 1;
    size_t next = text.substr(end, after - end).find('\n');
    if (next != std::string_view::npos) after = end + next;
  }
  return contains(words_in(before, start, true)) || contains(words_in(end, after, false));
}

bool ContextMatcher::may_occur_in(const std::unordered_set<std::string_view>& present) const {
  for (const auto& entry : phrases_)
    if (present.count(entry.first)) return true;
  return false;
}

bool ContextMatcher::any_in(const std::vector<std::string>& words) const {
  for (size_t i = 0; i < words.size(); ++i) {
    auto it = phrases_.find(words[i]);
    if (it == phrases_.end()) continue;
    for (const auto& phrase : it->second)
      if (i + phrase.size() <= words.size() &&
          std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<long>(i)))
        return true;
  }
  return false;
}

}  // namespace discret
