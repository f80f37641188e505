#include "core/utf.h"

#include <algorithm>
#include <numeric>

namespace discret {
namespace {

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

void utf8_to_utf16_offsets(std::string_view text, std::vector<uint32_t>& offsets) {
  std::vector<uint32_t> order(offsets.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return offsets[a] < offsets[b]; });
  size_t byte = 0;
  uint32_t units = 0;
  for (uint32_t i : order) {
    size_t target = offsets[i];
    while (byte < target) {
      auto c = static_cast<unsigned char>(text[byte]);
      size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      // An invalid or truncated sequence: only the lead byte is consumed (one U+FFFD, as decoders do).
      size_t j = 1;
      while (j < len && byte + j < text.size() && is_continuation(static_cast<unsigned char>(text[byte + j]))) ++j;
      if (j < len) len = 1;
      if (byte + len > target) break;  // target lies inside this character
      units += (len == 4) ? 2 : 1;
      byte += len;
    }
    offsets[i] = units;
  }
}

size_t count_code_points(std::string_view text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(),
                                           [](char c) { return !is_continuation(static_cast<unsigned char>(c)); }));
}

size_t tail_bytes(std::string_view text, size_t n) {
  size_t i = text.size();
  while (i > 0 && n > 0) {
    --i;
    if (!is_continuation(static_cast<unsigned char>(text[i]))) --n;
  }
  return text.size() - i;
}

}  // namespace discret
