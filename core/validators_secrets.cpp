// Secret values: entropy and the filters that tell a real credential from a placeholder.
#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "core/validators.h"

namespace discret {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Words that mark a value as a stand-in, not a credential (matched inside the lowercased value).
constexpr std::string_view kPlaceholderWords[] = {
    "xxxx", "****", "....", "changeme", "change_me", "change-me", "example", "dummy", "placeholder", "your_",
    "your-", "yourpass", "yourtoken", "yourkey", "yoursecret", "redacted", "replace_me", "replaceme", "insert_",
    "fixme", "todo", "sample", "notreal", "not_real", "not-a-real", "fake_", "lorem"};
// Template and interpolation syntax: the value is filled in elsewhere.
constexpr std::string_view kTemplateMarks[] = {"${", "{{", "}}", "$(", "%(", "#{", "<%", "%>"};

bool is_alnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

double shannon_entropy(std::string_view text) {
  if (text.empty()) return 0;
  std::array<size_t, 256> counts{};
  for (char c : text) ++counts[static_cast<unsigned char>(c)];
  double h = 0, n = static_cast<double>(text.size());
  for (size_t k : counts)
    if (k) h -= (static_cast<double>(k) / n) * std::log2(static_cast<double>(k) / n);
  return h;
}

bool not_placeholder_valid(std::string_view text) {
  for (auto mark : kTemplateMarks)
    if (text.find(mark) != std::string_view::npos) return false;
  if (text.size() >= 2 && text.front() == '<' && text.back() == '>') return false;  // <your-token>
  std::string low;
  low.reserve(text.size());
  for (char c : text) low += lower(c);
  for (auto word : kPlaceholderWords)
    if (low.find(word) != std::string::npos) return false;
  // Runs: "aaaaaa", "123456", "abcdef" (ascending or descending by one) over most of the value.
  size_t alnum = 0, same = 0, step = 0, longest_same = 1, run = 1;
  for (size_t i = 0; i < low.size(); ++i) {
    if (!is_alnum(low[i])) continue;
    ++alnum;
    if (i == 0 || !is_alnum(low[i - 1])) {
      run = 1;
      continue;
    }
    int d = low[i] - low[i - 1];
    if (d == 0) {
      ++same;
      longest_same = std::max(longest_same, ++run);
    } else {
      run = 1;
      if (d == 1 || d == -1) ++step;
    }
  }
  if (longest_same >= 6) return false;
  if (alnum >= 6 && (same + step) * 10 >= (alnum - 1) * 7) return false;  // 70% of the steps repeat or count
  return true;
}

}  // namespace discret
