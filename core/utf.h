// UTF-8 helpers for the boundaries: JS strings index UTF-16 code units, the core indexes bytes.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace discret {

// Rewrites each byte offset in `offsets` (any order, each <= text.size()) into the UTF-16
// code-unit index of the same position, in one pass over the text. A 4-byte sequence counts
// 2 units; any other lead byte counts 1 (an invalid byte becomes one U+FFFD). An offset inside a
// sequence maps to the index of that sequence's character.
void utf8_to_utf16_offsets(std::string_view text, std::vector<uint32_t>& offsets);

// Number of Unicode code points (lead bytes) in `text`.
size_t count_code_points(std::string_view text);

// Byte length of the last `n` code points of `text` (all of it if it has fewer).
size_t tail_bytes(std::string_view text, size_t n);

}  // namespace discret
