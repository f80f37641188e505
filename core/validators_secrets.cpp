// Secret values: entropy and the filters that tell a real credential from a placeholder.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
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

bool is_base64_char(char c) { return is_alnum(c) || c == '+' || c == '/' || c == '='; }
bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// Exact values that stand for "a password goes here" in docs and samples.
constexpr std::string_view kPlaceholderValues[] = {
    "admin", "changeit", "pass", "passwd", "password", "pwd", "root", "secret", "test", "user", "username"};
// Words that, as a whole value, are settings or types rather than credentials (password: required).
constexpr std::string_view kNonCredentialWords[] = {
    "boolean", "disabled", "empty", "enabled", "false", "hidden", "none", "null", "optional", "required",
    "string", "text", "true", "undefined"};

template <size_t N>
bool equals_any(const std::string_view (&list)[N], std::string_view low) {
  for (auto w : list)
    if (low == w) return true;
  return false;
}

std::string lowered(std::string_view text) {
  std::string low;
  for (char c : text) low += lower(c);
  return low;
}

// Code or prose where a credential would be: a member chain (options?.password, this.cfg.secret),
// a call or a literal left open at the line's end, an arrow, or words separated by spaces.
bool looks_like_code_or_prose(std::string_view v) {
  if (v.find("?.") != std::string_view::npos || v.find("=>") != std::string_view::npos ||
      v.find("()") != std::string_view::npos)
    return true;
  char last = v.back();
  if (last == '(' || last == '{' || last == '[' || last == ',') return true;
  if (std::count(v.begin(), v.end(), ' ') >= 2) return true;
  char first = v.front();
  bool ident_start = (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') || first == '_' || first == '$';
  size_t k = 0;
  while (k < v.size() && (is_alnum(v[k]) || v[k] == '_' || v[k] == '$' || v[k] == '.')) ++k;
  if (ident_start && k < v.size() && v[k] == '(') return true;  // a call: decodeURIComponent(url.password)
  bool chain = v.find('.') != std::string_view::npos &&
               ((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z') || first == '_' || first == '$');
  for (char c : v)
    if (!(is_alnum(c) || c == '_' || c == '$' || c == '.' || c == '[' || c == ']')) chain = false;
  return chain;
}

// $NAME, ${NAME}, %NAME%, @NAME@, {{ name }}: filled in from elsewhere.
bool is_reference(std::string_view v) {
  if (v.size() >= 2 && v.front() == '$') {
    if (v[1] == '{' || v[1] == '(') return true;
    for (char c : v.substr(1))
      if (!(is_alnum(c) || c == '_')) return false;
    return true;
  }
  if (v.size() >= 3 && (v.front() == '%' || v.front() == '@') && v.back() == v.front()) return true;
  return false;
}

bool looks_like_uuid(std::string_view v) {
  if (v.size() != 36) return false;
  for (size_t i = 0; i < v.size(); ++i) {
    bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? v[i] != '-' : !is_hex(v[i])) return false;
  }
  return true;
}

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
  std::string low = lowered(text);
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


bool private_key_body_valid(std::string_view text) {
  // Between the BEGIN and END lines: optional "Header: value" lines, then base64 (possibly with
  // escaped "\n" when the key sits on one line of JSON or YAML). A stand-in ("...") has none.
  size_t begin = text.find("-----", 5);  // the end of the BEGIN line's dashes
  size_t end = text.rfind("-----END");
  if (begin == std::string_view::npos || end == std::string_view::npos || end <= begin) return false;
  std::string_view body = text.substr(begin + 5, end - begin - 5);
  size_t b64 = 0, i = 0;
  while (i < body.size()) {
    size_t eol = body.find('\n', i);
    std::string_view line = body.substr(i, (eol == std::string_view::npos ? body.size() : eol) - i);
    i = eol == std::string_view::npos ? body.size() : eol + 1;
    if (line.find(": ") != std::string_view::npos) continue;  // Proc-Type, DEK-Info, Version, Comment
    for (size_t k = 0; k < line.size(); ++k) {
      char c = line[k];
      if (c == '\\' && k + 1 < line.size() && (line[k + 1] == 'n' || line[k + 1] == 'r')) {
        ++k;
        continue;
      }
      if (is_base64_char(c)) ++b64;
      else if (c != ' ' && c != '\t' && c != '\r' && c != '"' && c != '\'') return false;
    }
  }
  return b64 >= 48;
}

bool credential_value_valid(std::string_view text) {
  if (text.empty() || !not_placeholder_valid(text)) return false;
  std::string low = lowered(text);
  if (equals_any(kPlaceholderValues, low) || equals_any(kNonCredentialWords, low)) return false;
  // A reference to where the value is kept, not the value: settings.DB_PASSWORD, os.environ, $X, %X%.
  if (is_reference(text)) return false;
  if (looks_like_code_or_prose(text)) return false;
  if (low.find("process.env") != std::string::npos || low.find("environ") != std::string::npos ||
      low.find("getenv") != std::string::npos || low.find("secrets.") == 0 || low.find("vault:") == 0)
    return false;
  return true;
}

bool generic_secret_valid(std::string_view text) {
  if (!credential_value_valid(text) || looks_like_uuid(text)) return false;
  size_t digits = 0, hex = 0, letters = 0;
  for (char c : text) {
    if (c >= '0' && c <= '9') ++digits;
    if (is_hex(c)) ++hex;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++letters;
  }
  // Numbers, dates and amounts have no letters; identifiers (PrivateKeyExportType) no digits, which a
  // random string of 16+ characters almost always has.
  if (digits == 0 || letters == 0) return false;
  // Per charset: a random hex string carries at most 4 bits per character, base64 up to 6.
  double h = shannon_entropy(text);
  if (hex == text.size()) return text.size() >= 20 && h >= 3.0;
  return text.size() >= 16 && h >= 3.5;
}

bool basic_auth_valid(std::string_view text) {
  // base64 of "user:password", printable.
  static constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  uint32_t acc = 0;
  int bits = 0;
  for (char c : text) {
    if (c == '=') break;
    size_t v = kAlphabet.find(c);
    if (v == std::string_view::npos) return false;
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xFF);
    }
  }
  size_t colon = out.find(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == out.size()) return false;
  for (char c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return false;
  return credential_value_valid(std::string_view(out).substr(colon + 1));
}

bool url_password_valid(std::string_view text) {
  // scheme://user:password@host...: the password part is a credential, not a stand-in.
  size_t scheme = text.find("://");
  if (scheme == std::string_view::npos) return false;
  size_t at = text.find('@', scheme + 3);
  size_t colon = text.find(':', scheme + 3);
  if (at == std::string_view::npos || colon == std::string_view::npos || colon > at) return false;
  std::string_view pass = text.substr(colon + 1, at - colon - 1);
  return credential_value_valid(pass);
}

}  // namespace discret
