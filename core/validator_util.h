// Helpers shared by the validator files (core/validators*.cpp). Internal: not part of the API.
#pragma once
#include <string>
#include <string_view>

namespace discret::detail {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_separator(char c) { return c == ' ' || c == '-' || c == '.' || c == '\t' || c == '\xA0'; }

// Keeps the alphanumerics (letters upper-cased), drops the separators a format may be written
// with (space, tab, no-break space, '-', '.'); false if any other byte is present.
inline bool compact(std::string_view in, std::string& out) {
  out.clear();
  for (char c : in) {
    if (is_digit(c) || (c >= 'A' && c <= 'Z')) out += c;
    else if (c >= 'a' && c <= 'z') out += static_cast<char>(c - 'a' + 'A');
    else if (!is_separator(c) && c != '\xC2') return false;  // \xC2\xA0 is a no-break space
  }
  return true;
}

// compact(), then true only if what is left is `length` digits.
inline bool compact_digits(std::string_view in, std::string& out, size_t length) {
  if (!compact(in, out) || out.size() != length) return false;
  for (char c : out)
    if (!is_digit(c)) return false;
  return true;
}

// Luhn (ISO/IEC 7812-1) over a run of digits: every second digit from the right doubled.
inline bool luhn_ok(std::string_view digits) {
  int sum = 0;
  bool twice = false;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (!is_digit(*it)) return false;
    int v = *it - '0';
    if (twice) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
    sum += v;
    twice = !twice;
  }
  return sum % 10 == 0;
}

}  // namespace discret::detail
