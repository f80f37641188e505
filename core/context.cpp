#include "core/context.h"

#include <algorithm>

namespace discret {
namespace {

bool is_word_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

bool is_upper(char c) { return static_cast<unsigned char>(c - 'A') < 26; }
bool is_lower(char c) { return static_cast<unsigned char>(c - 'a') < 26; }
char lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

void split_words(std::string_view text, std::string& buffer, std::vector<std::string_view>& words) {
  buffer.clear();
  words.clear();
  buffer.reserve(text.size());  // words never outgrow the text: the views stay valid while we append
  size_t start = 0;              // where the current word begins in `buffer`
  bool after_lower = false;
  for (char c : text) {
    const bool word_byte = is_word_byte(static_cast<unsigned char>(c));
    // "dateOfBirth", "phoneNumber". Written with is_upper/is_lower: clang 14 at -O1 with libFuzzer's
    // instrumentation (the fuzz build) miscompiled `c >= 'A' && c <= 'Z' && prev >= 'a' && prev <= 'z'`
    // to never true (tests/native/test_context.cpp caught it there).
    const bool hump = is_upper(c) && after_lower;
    after_lower = is_lower(c);
    if ((hump || !word_byte) && buffer.size() > start) {
      words.emplace_back(buffer.data() + start, buffer.size() - start);
      start = buffer.size();
    }
    if (word_byte) buffer.push_back(lower(c));
  }
  if (buffer.size() > start) words.emplace_back(buffer.data() + start, buffer.size() - start);
}

std::vector<std::string> split_words(std::string_view text) {
  std::string buffer;
  std::vector<std::string_view> views;
  split_words(text, buffer, views);
  return std::vector<std::string>(views.begin(), views.end());
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
  std::string buffer;
  std::vector<std::string_view> words;
  // The outer window edge is widened to a whole word so it never cuts one into a false hit;
  // the inner edge is the match itself.
  auto found_in = [&](size_t from, size_t to, bool widen_left) {
    if (widen_left) {
      while (from > 0 && is_word_byte(static_cast<unsigned char>(text[from - 1]))) --from;
    } else {
      while (to < text.size() && is_word_byte(static_cast<unsigned char>(text[to]))) ++to;
    }
    split_words(text.substr(from, to - from), buffer, words);
    return any_in(words);
  };
  size_t before = start > window_ ? start - window_ : 0;
  size_t after = std::min(text.size(), end + window_);
  if (same_line_) {
    size_t nl = text.substr(before, start - before).rfind('\n');
    if (nl != std::string_view::npos) before += nl + 1;
    size_t next = text.substr(end, after - end).find('\n');
    if (next != std::string_view::npos) after = end + next;
  }
  return found_in(before, start, true) || found_in(end, after, false);
}

namespace {

template <class Words>
bool phrase_in(const std::unordered_map<std::string, std::vector<std::vector<std::string>>>& phrases,
               const Words& words) {
  for (size_t i = 0; i < words.size(); ++i) {
    auto it = phrases.find(std::string(words[i]));  // short words: no allocation (SSO)
    if (it == phrases.end()) continue;
    for (const auto& phrase : it->second)
      if (i + phrase.size() <= words.size() &&
          std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<long>(i),
                     [](const std::string& p, const auto& w) { return std::string_view(p) == std::string_view(w); }))
        return true;
  }
  return false;
}

}  // namespace

bool ContextMatcher::any_in(const std::vector<std::string>& words) const { return phrase_in(phrases_, words); }

std::vector<std::string> ContextMatcher::first_words() const {
  std::vector<std::string> out;
  for (const auto& entry : phrases_) out.push_back(entry.first);
  return out;
}

uint32_t ContextIndex::add(const ContextMatcher& context) {
  uint32_t slot = slots_++;
  for (const std::string& word : context.first_words()) slots_by_word_[word].push_back(slot);
  return slot;
}

namespace {

template <class Words>
void mark_slots(const std::unordered_map<std::string, std::vector<uint32_t>>& slots_by_word, const Words& words,
                std::vector<uint8_t>& present) {
  std::string key;
  for (const auto& word : words) {
    key.assign(word.data(), word.size());  // reused: no allocation once it has grown
    auto it = slots_by_word.find(key);
    if (it == slots_by_word.end()) continue;
    for (uint32_t slot : it->second) present[slot] = 1;
  }
}

}  // namespace

void ContextIndex::mark(const std::vector<std::string_view>& words, std::vector<uint8_t>& present) const {
  mark_slots(slots_by_word_, words, present);
}
void ContextIndex::mark(const std::vector<std::string>& words, std::vector<uint8_t>& present) const {
  mark_slots(slots_by_word_, words, present);
}
bool ContextMatcher::any_in(const std::vector<std::string_view>& words) const { return phrase_in(phrases_, words); }

}  // namespace discret
