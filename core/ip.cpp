#include "core/ip.h"

#include <vector>

namespace discret {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

bool parse_ipv4(std::string_view text, std::array<uint8_t, 4>& out) {
  size_t i = 0;
  for (int part = 0; part < 4; ++part) {
    if (part > 0) {
      if (i >= text.size() || text[i] != '.') return false;
      ++i;
    }
    size_t start = i;
    int v = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9' && i - start < 3) v = v * 10 + (text[i++] - '0');
    size_t len = i - start;
    if (len == 0 || v > 255 || (len > 1 && text[start] == '0')) return false;
    out[static_cast<size_t>(part)] = static_cast<uint8_t>(v);
  }
  return i == text.size();
}

bool parse_ipv6(std::string_view text, std::array<uint8_t, 16>& out) {
  if (text.size() < 2 || text.size() > 45) return false;
  std::vector<uint16_t> head, tail;  // groups before and after "::"
  bool compressed = false;
  size_t i = 0;
  if (text.substr(0, 2) == "::") {
    compressed = true;
    i = 2;
  } else if (text[0] == ':') {
    return false;
  }
  while (i < text.size()) {
    std::vector<uint16_t>& groups = compressed ? tail : head;
    size_t start = i;
    uint32_t v = 0;
    while (i < text.size() && hex_value(text[i]) >= 0 && i - start < 5) v = v * 16 + static_cast<uint32_t>(hex_value(text[i++]));
    if (i < text.size() && text[i] == '.') {
      // An IPv4 tail: two groups, and the end of the address.
      std::array<uint8_t, 4> v4;
      if (!parse_ipv4(text.substr(start), v4)) return false;
      groups.push_back(static_cast<uint16_t>(v4[0] << 8 | v4[1]));
      groups.push_back(static_cast<uint16_t>(v4[2] << 8 | v4[3]));
      i = text.size();
      break;
    }
    size_t len = i - start;
    if (len == 0 || len > 4) return false;
    groups.push_back(static_cast<uint16_t>(v));
    if (i == text.size()) break;
    if (text[i] != ':') return false;
    ++i;
    if (i < text.size() && text[i] == ':') {
      if (compressed) return false;
      compressed = true;
      ++i;
    } else if (i == text.size()) {
      return false;  // a trailing single ':'
    }
  }
  size_t count = head.size() + tail.size();
  if (compressed ? count > 7 : count != 8) return false;
  out.fill(0);
  for (size_t g = 0; g < head.size(); ++g) {
    out[2 * g] = static_cast<uint8_t>(head[g] >> 8);
    out[2 * g + 1] = static_cast<uint8_t>(head[g]);
  }
  for (size_t g = 0; g < tail.size(); ++g) {
    size_t at = 8 - tail.size() + g;
    out[2 * at] = static_cast<uint8_t>(tail[g] >> 8);
    out[2 * at + 1] = static_cast<uint8_t>(tail[g]);
  }
  return true;
}

}  // namespace discret
