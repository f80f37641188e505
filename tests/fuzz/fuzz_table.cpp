// Fuzz target: Table::find (core/table.h), the C++ reader of a CSV/TSV header and its records, on
// arbitrary bytes.
//
// Checks the header's contracts: column_words(pos) is the column of a byte exactly where
// in_body(pos, pos) holds (the body's records all have the header's width, so every byte of the
// body has a column), and is null elsewhere; an empty Table has no body; a table needs a line
// break after its header; every column word is lowercase (split_words) and all_words() holds them.
// Positions are sampled (boundaries, every line start and up to 512 evenly spaced bytes), as
// column_words costs a record's length.
#include <cstdint>
#include <set>
#include <string>

#include "core/table.h"
#include "tests/fuzz/fuzz_support.h"

using namespace discret;
using namespace discret::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text = as_text(data, size);
  Table table = Table::find(text);

  std::set<size_t> positions = {0, size};
  for (size_t i = 0; i < size; ++i)
    if (text[i] == '\n') positions.insert({i, i + 1});
  size_t step = size / 512 + 1;
  for (size_t i = 0; i < size; i += step) positions.insert(i);

  if (table.empty()) {
    for (size_t pos : positions)
      FUZZ_CHECK(!table.in_body(pos, pos) && table.column_words(pos) == nullptr, "an empty table has a body at %zu",
                 pos);
    FUZZ_CHECK(table.all_words().empty(), "an empty table has %zu words", table.all_words().size());
    return 0;
  }
  FUZZ_CHECK(text.find('\n') != std::string_view::npos, "a table without a line break");
  FUZZ_CHECK(!table.in_body(0, 0), "the header is part of the body");

  std::multiset<std::string> all(table.all_words().begin(), table.all_words().end());
  size_t in_body = 0;
  for (size_t pos : positions) {
    const std::vector<std::string>* words = table.column_words(pos);
    FUZZ_CHECK((words != nullptr) == table.in_body(pos, pos), "at %zu: in_body %d but column_words %s", pos,
               table.in_body(pos, pos), words ? "set" : "null");
    if (!words) continue;
    ++in_body;
    for (const std::string& w : *words) {
      FUZZ_CHECK(!w.empty() && all.count(w), "column word '%s' at %zu is not among all_words()", w.c_str(), pos);
      for (char c : w) FUZZ_CHECK(!(c >= 'A' && c <= 'Z'), "column word '%s' is not lowercase", w.c_str());
    }
  }
  FUZZ_CHECK(in_body > 0, "a table whose body holds none of the %zu sampled positions (line starts included)",
             positions.size());
  return 0;
}
