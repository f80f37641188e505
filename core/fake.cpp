#include "core/fake.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>

#include "core/ip.h"
#include "core/lexicons.h"
#include "core/sha256.h"

namespace discret {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_alnum(char c) { return is_digit(c) || is_upper(c) || is_lower(c); }

// An endless stream of bytes: HMAC(key, message), then HMAC(key, previous block)... Enough for the
// longest fake (an IBAN draws ~30 numbers) without reusing a byte.
class HashStream {
 public:
  HashStream(std::string_view key, std::string_view message) : key_(key), block_(hmac_sha256(key, message)) {}

  // A number in [0, n), n > 0. 32 bits per draw keep the modulo bias below 1e-7 for our n.
  uint32_t below(uint32_t n) {
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v = v << 8 | next_byte();
    return v % n;
  }
  char digit() { return static_cast<char>('0' + below(10)); }
  char letter() { return static_cast<char>('A' + below(26)); }

 private:
  uint8_t next_byte() {
    if (used_ == block_.size()) {
      block_ = hmac_sha256(key_, std::string_view(reinterpret_cast<const char*>(block_.data()), block_.size()));
      used_ = 0;
    }
    return block_[used_++];
  }
  std::string_view key_;
  Digest block_;
  size_t used_ = 0;
};

// Writes `chars` over the alphanumeric characters of `layout`, in order, keeping everything else
// (spaces, dashes, dots) where it was. `chars` has one character per alphanumeric of `layout`.
std::string fill_layout(std::string_view layout, std::string_view chars) {
  std::string out(layout);
  size_t k = 0;
  for (char& c : out)
    if (is_alnum(c) && k < chars.size()) c = chars[k++];
  return out;
}

std::string alnums(std::string_view value) {
  std::string out;
  for (char c : value)
    if (is_alnum(c)) out += c;
  return out;
}

std::string zero_pad(uint32_t n, int width) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%0*u", width, n);
  return buf;
}

// --- EMAIL -----------------------------------------------------------------------------------

std::string fake_email(HashStream& h) {
  static const char* kHex = "0123456789abcdef";
  std::string out = "user-";
  for (int i = 0; i < 10; ++i) out += kHex[h.below(16)];
  static const char* kTld[] = {"com", "org", "net"};
  return out + "@example." + kTld[h.below(3)];
}

// --- IP_ADDRESS ------------------------------------------------------------------------------

// RFC 5952: lowercase, no leading zeros, the longest run of two or more zero groups as "::".
std::string format_ipv6(const std::array<uint16_t, 8>& g) {
  int best = -1, best_len = 1;
  for (int i = 0; i < 8;) {
    int j = i;
    while (j < 8 && g[j] == 0) ++j;
    if (j - i > best_len) best = i, best_len = j - i;
    i = j == i ? i + 1 : j;
  }
  std::string out;
  char buf[8];
  for (int i = 0; i < 8; ++i) {
    if (i == best) {
      out += "::";
      i += best_len - 1;
      continue;
    }
    if (!out.empty() && out.back() != ':') out += ':';
    std::snprintf(buf, sizeof buf, "%x", g[i]);
    out += buf;
  }
  return out;
}

std::string fake_ipv4(HashStream& h) {
  static const char* kNets[] = {"192.0.2.", "198.51.100.", "203.0.113."};
  std::string net = kNets[h.below(3)];
  return net + std::to_string(1 + h.below(254));
}

std::string fake_ipv6(HashStream& h) {
  std::array<uint16_t, 8> g{0x2001, 0x0db8};
  for (int i = 2; i < 8; ++i) g[i] = static_cast<uint16_t>(h.below(0x10000));
  return format_ipv6(g);
}

// The address part of an IP finding and what follows it (a "/prefix", a ":port" after IPv4 or
// "]:port" after a bracketed IPv6), which is kept. Only custom rules include a suffix.
std::string fake_ip(std::string_view value, HashStream& h) {
  std::array<uint8_t, 4> v4;
  std::array<uint8_t, 16> v6;
  std::string_view head, addr = value, tail;
  if (!value.empty() && value[0] == '[') {
    size_t close = value.find(']');
    if (close == std::string_view::npos) return "";
    head = value.substr(0, 1), addr = value.substr(1, close - 1), tail = value.substr(close);
  } else if (size_t slash = value.rfind('/'); slash != std::string_view::npos) {
    addr = value.substr(0, slash), tail = value.substr(slash);
  }
  if (parse_ipv4(addr, v4)) return std::string(head) + fake_ipv4(h) + std::string(tail);
  if (parse_ipv6(addr, v6)) return std::string(head) + fake_ipv6(h) + std::string(tail);
  size_t colon = addr.find(':');
  if (tail.empty() && colon != std::string_view::npos && parse_ipv4(addr.substr(0, colon), v4))
    return fake_ipv4(h) + std::string(addr.substr(colon));
  return "";
}

// --- CREDIT_CARD -----------------------------------------------------------------------------

char luhn_check_digit(std::string_view payload) {
  int sum = 0;
  bool twice = true;  // the check digit will be the rightmost, so the payload's last is doubled
  for (auto it = payload.rbegin(); it != payload.rend(); ++it, twice = !twice) {
    int v = *it - '0';
    if (twice) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
    sum += v;
  }
  return static_cast<char>('0' + (10 - sum % 10) % 10);
}

std::string fake_card(std::string_view value, HashStream& h) {
  size_t n = 0;
  for (char c : value) n += is_digit(c) ? 1 : 0;
  if (n < 8) return "";
  std::string digits = "400000";  // the BIN of processors' test cards
  while (digits.size() < n - 1) digits += h.digit();
  digits += luhn_check_digit(digits);
  std::string out(value);
  size_t k = 0;
  for (char& c : out)
    if (is_digit(c)) c = digits[k++];
  return out;
}

// --- IBAN ------------------------------------------------------------------------------------

uint32_t mod97(std::string_view s) {
  uint32_t rem = 0;
  for (char c : s) rem = is_digit(c) ? (rem * 10 + static_cast<uint32_t>(c - '0')) % 97
                                     : (rem * 100 + static_cast<uint32_t>(c - 'A' + 10)) % 97;
  return rem;
}

std::string fake_iban(std::string_view value, HashStream& h) {
  std::string orig = alnums(value);
  if (orig.size() < 5 || !is_upper(orig[0]) || !is_upper(orig[1])) return "";
  std::string bban;
  for (size_t i = 4; i < orig.size(); ++i) {
    char c = orig[i];
    if (is_digit(c)) bban += h.digit();
    else bban += is_lower(c) ? static_cast<char>(h.letter() - 'A' + 'a') : h.letter();
  }
  std::string upper = bban;
  for (char& c : upper)
    if (is_lower(c)) c = static_cast<char>(c - 'a' + 'A');
  uint32_t check = 98 - mod97(upper + orig.substr(0, 2) + "00");
  return fill_layout(value, orig.substr(0, 2) + zero_pad(check, 2) + bban);
}

// --- NATIONAL_ID: fr-nir ---------------------------------------------------------------------

std::string fake_nir(std::string_view value, HashStream& h) {
  // One draw per statement: the order of operands of `+` is unspecified, and the native and wasm
  // builds must draw in the same order.
  std::string s = std::to_string(1 + h.below(2));  // sex
  s += zero_pad(h.below(100), 2);                   // year
  s += zero_pad(1 + h.below(12), 2);                // month
  uint32_t dept = 1 + h.below(94);
  s += zero_pad(dept >= 20 ? dept + 1 : dept, 2);   // 20 is Corsica, written 2A / 2B since 1976
  s += zero_pad(1 + h.below(990), 3);               // commune
  s += zero_pad(1 + h.below(999), 3);               // order
  uint64_t n = 0;
  for (char c : s) n = n * 10 + static_cast<uint64_t>(c - '0');
  s += zero_pad(static_cast<uint32_t>(97 - n % 97), 2);
  return alnums(value).size() == s.size() ? fill_layout(value, s) : s;
}

// --- PERSON ----------------------------------------------------------------------------------

// An entry of `lexicon` from the hash that reads as a name once capitalised: one word of three
// bytes or more (not a particle such as "da") starting with an ASCII letter (only ASCII is
// capitalised here) and not a common word ("will", "grace").
std::string pick_name(const Lexicon& lexicon, HashStream& h) {
  size_t size = lexicon.size();
  if (size == 0) return "";
  size_t start = h.below(static_cast<uint32_t>(size));
  for (size_t k = 0; k < size; ++k) {
    std::string_view e = lexicon.entry((start + k) % size);
    if (e.size() < 3 || !is_lower(e[0]) || e.find_first_of(" '") != std::string_view::npos) continue;
    if (common_words().contains(e)) continue;
    std::string out(e);
    for (size_t i = 0; i < out.size(); ++i)
      if ((i == 0 || out[i - 1] == '-') && is_lower(out[i])) out[i] = static_cast<char>(out[i] - 'a' + 'A');
    return out;
  }
  return "";
}

// Words of the original that are not particles ("de", "van"): those starting with a capital or a
// non-ASCII letter.
size_t name_words(std::string_view value) {
  size_t n = 0;
  bool start = true;
  for (char c : value) {
    bool space = c == ' ' || c == '\t' || c == '\n';
    if (start && !space && !is_lower(c)) ++n;
    start = space;
  }
  return n;
}

std::string fake_person(std::string_view value, HashStream& h) {
  size_t words = std::min<size_t>(4, std::max<size_t>(2, name_words(value)));
  std::string out;
  for (size_t i = 0; i + 1 < words; ++i) out += pick_name(first_names(), h) + " ";
  std::string last = pick_name(last_names(), h);
  return last.empty() ? "" : out + last;
}

// --- PHONE -----------------------------------------------------------------------------------

// `n` digits of a national significant number, in the country's fiction range when there is one.
std::string national_digits(std::string_view country, size_t n, HashStream& h) {
  std::string out;
  if (country == "FR" && n == 9) out = "19900";          // 01 99 00 xx xx
  else if (country == "GB" && n == 10) out = "7700900";  // 07700 900xxx
  else if (country == "NANP" && n == 10) {  // NPA-555-01xx; one draw per statement (see fake_nir)
    out += static_cast<char>('2' + h.below(8));
    out += h.digit();
    out += h.digit();
    out += "55501";
  } else if (n > 0) {
    out += static_cast<char>('1' + h.below(9));  // no leading 0: that would read as a trunk prefix
  }
  while (out.size() < n) out += h.digit();
  return out;
}

// The country a number is written for, and how many of its leading digits are kept: the country
// code after "+", a trunk 0 (national form, or "(0)" after the country code).
std::string_view phone_country(const ValueSource& source, std::string_view value, const std::string& d, size_t& keep) {
  size_t first = value.find_first_not_of(" \t");
  std::string_view country;
  keep = 0;
  if (first != std::string_view::npos && value[first] == '+') {
    if (d.compare(0, 2, "33") == 0) country = "FR", keep = 2;
    else if (d.compare(0, 2, "44") == 0) country = "GB", keep = 2;
    else if (d[0] == '1') country = "NANP", keep = 1;
    else {
      size_t group = value.find_first_not_of("0123456789", first + 1) - (first + 1);
      keep = group >= 1 && group <= 3 ? group : 2;
    }
  } else {
    country = source.country == "US" || source.country == "CA" ? std::string_view("NANP") : source.country;
    if (country != "NANP" && d[0] == '0') keep = 1;
  }
  return country;
}

std::string fake_phone(const ValueSource& source, std::string_view value, HashStream& h) {
  std::vector<size_t> pos;
  std::string d;
  for (size_t i = 0; i < value.size(); ++i)
    if (is_digit(value[i])) pos.push_back(i), d += value[i];
  if (d.size() < 4) return "";
  size_t keep = 0;
  std::string_view country = phone_country(source, value, d, keep);
  // "+33 (0)6 ...": the 0 in parentheses is the trunk prefix, written for national callers.
  if (keep > 0 && keep < d.size() && d[keep] == '0' && pos[keep] > 0 && value[pos[keep] - 1] == '(' &&
      pos[keep] + 1 < value.size() && value[pos[keep] + 1] == ')')
    ++keep;
  if (keep >= d.size()) return "";
  std::string national = national_digits(country, d.size() - keep, h);
  std::string out(value);
  for (size_t i = keep; i < d.size(); ++i) out[pos[i]] = national[i - keep];
  return out;
}

}  // namespace

// --- DATE_OF_BIRTH ---------------------------------------------------------------------------

// The same layout (separators, month names, digit widths) with the year moved by 1-5 years and
// every day or month number drawn in 1-12 (1-9 when written with one digit), which is a valid day and a valid month whatever the
// order (DD/MM or MM/DD), so the date still parses and still reads as a birth date.
std::string fake_date(std::string_view value, HashStream& h) {
  std::string out(value);
  bool changed = false;
  for (size_t i = 0; i < out.size();) {
    if (!is_digit(out[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < out.size() && is_digit(out[j])) ++j;
    const size_t width = j - i;
    if (width == 4) {
      int year = std::stoi(out.substr(i, 4));
      int shift = static_cast<int>(h.below(5)) + 1;
      year += h.below(2) ? shift : -shift;
      out.replace(i, 4, zero_pad(static_cast<uint32_t>(year), 4));
      changed = true;
    } else if (width <= 2) {
      out.replace(i, width, zero_pad(h.below(width == 1 ? 9 : 12) + 1, static_cast<int>(width)));  // "3 mars" stays one digit
      changed = true;
    }
    i = j;
  }
  return changed ? out : "";
}

std::string keyed_message(std::string_view entity, std::string_view value, uint32_t attempt) {
  std::string m;
  m.reserve(entity.size() + value.size() + 12);
  m.append(entity).append(1, '\0').append(value);
  if (attempt > 0) m.append(1, '\0').append(std::to_string(attempt));
  return m;
}

std::string fake_value(const ValueSource& source, std::string_view value, std::string_view key, uint32_t attempt) {
  HashStream h(key, keyed_message(source.entity, value, attempt));
  const std::string_view e = source.entity;
  if (e == "EMAIL") return fake_email(h);
  if (e == "IP_ADDRESS") return fake_ip(value, h);
  if (e == "CREDIT_CARD") return fake_card(value, h);
  if (e == "IBAN") return fake_iban(value, h);
  if (e == "NATIONAL_ID" && source.rule_id == "fr-nir") return fake_nir(value, h);
  if (e == "PERSON") return fake_person(value, h);
  if (e == "PHONE") return fake_phone(source, value, h);
  if (e == "DATE_OF_BIRTH") return fake_date(value, h);
  return "";
}

}  // namespace discret
