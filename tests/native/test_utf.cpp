#include <catch2/catch.hpp>

#include "core/utf.h"

using namespace discret;

TEST_CASE("byte offsets become UTF-16 offsets, astral characters counting two") {
  // "é" is 2 bytes / 1 unit, "€" 3 bytes / 1 unit, "😀" 4 bytes / 2 units.
  std::string text = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80z";
  std::vector<uint32_t> offsets = {11, 0, 1, 3, 6, 10};
  utf8_to_utf16_offsets(text, offsets);
  CHECK(offsets == std::vector<uint32_t>{6, 0, 1, 2, 3, 5});
}

TEST_CASE("an invalid byte counts as one unit, like a decoder's U+FFFD") {
  std::string text = "\xFF" "a" "\xE2\x82" "b";  // stray byte, truncated 3-byte sequence
  std::vector<uint32_t> offsets = {1, 2, 5};
  utf8_to_utf16_offsets(text, offsets);
  CHECK(offsets == std::vector<uint32_t>{1, 2, 5});
}

TEST_CASE("code points are counted and taken from the end") {
  std::string text = "ab\xC3\xA9\xF0\x9F\x98\x80";
  CHECK(count_code_points(text) == 4);
  CHECK(tail_bytes(text, 1) == 4);
  CHECK(tail_bytes(text, 2) == 6);
  CHECK(tail_bytes(text, 10) == text.size());
  CHECK(tail_bytes(text, 0) == 0);
}
