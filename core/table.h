// Column context: when a text starts with a delimited header line (CSV, TSV, `;` or `|`), the
// name of a value's column is context for it, as the words around it are. A row such as
// `88786,Sage Larkin,445 271 3513` says nothing near the number; the header `nhs_number` does.
//
// The table is the header and the records after it that have the header's number of fields
// (RFC 4180 quoting: quoted fields may hold delimiters, "" and line breaks); the first record of
// another width ends it. A header is a line whose every cell is empty or a short label with a
// letter and no '@', followed by a record of the same width.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace discret {

class Table {
 public:
  // The table at the start of `text` (after a UTF-8 BOM), or an empty Table. Linear in the
  // table's size; `text` must outlive the Table.
  static Table find(std::string_view text);

  bool empty() const { return columns_.empty(); }
  // True when [from, to) lies in the records under the header.
  bool in_body(size_t from, size_t to) const { return !empty() && from >= body_start_ && to <= body_end_; }
  // The words of the header cell above byte `pos` (split_words(): "date_of_birth" and
  // "dateOfBirth" are date of birth), or null outside the body.
  const std::vector<std::string>* column_words(size_t pos) const;
  // The words of every header cell, for a cheap "may any column give context" test.
  const std::vector<std::string>& all_words() const { return all_words_; }

 private:
  std::string_view text_;
  char delimiter_ = 0;
  size_t body_start_ = 0, body_end_ = 0;
  std::vector<size_t> record_starts_;               // byte offset of each record of the body
  std::vector<std::vector<std::string>> columns_;   // words of each header cell
  std::vector<std::string> all_words_;
};

}  // namespace discret
