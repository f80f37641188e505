#include "core/table.h"

#include <algorithm>

#include "core/context.h"

namespace discret {
namespace {

constexpr size_t kMaxHeaderCell = 64;  // longer cells are prose or values, not column names
constexpr size_t kMaxHeaderLine = 4096;

struct Cell {
  size_t start, end;  // raw bytes, quotes included
};

// Reads the record at `pos` (RFC 4180: a field that starts with '"' runs to the closing quote, ""
// inside it is a quote, and it may hold delimiters and line breaks). Returns the position after the
// record's line break; `cells` gets each field's span without the '\r' of a CRLF.
size_t read_record(std::string_view text, size_t pos, char delim, std::vector<Cell>& cells) {
  cells.clear();
  size_t n = text.size();
  for (;;) {
    size_t start = pos;
    if (pos < n && text[pos] == '"') {
      ++pos;
      while (pos < n) {
        if (text[pos] == '"') {
          if (pos + 1 < n && text[pos + 1] == '"') pos += 2;
          else break;
        } else {
          ++pos;
        }
      }
      if (pos < n) ++pos;  // the closing quote
    }
    while (pos < n && text[pos] != delim && text[pos] != '\n') ++pos;
    size_t end = pos;
    if (end > start && text[end - 1] == '\r' && (end == n || text[end] == '\n')) --end;
    cells.push_back({start, end});
    if (pos >= n) return n;
    if (text[pos] == '\n') return pos + 1;
    ++pos;  // the delimiter
  }
}

std::string_view unquoted(std::string_view cell) {
  while (!cell.empty() && (cell.front() == ' ' || cell.front() == '\t')) cell.remove_prefix(1);
  while (!cell.empty() && (cell.back() == ' ' || cell.back() == '\t')) cell.remove_suffix(1);
  if (cell.size() >= 2 && cell.front() == '"' && cell.back() == '"') cell = cell.substr(1, cell.size() - 2);
  return cell;
}

// A column name: empty, or short, starting with a letter, without '@' or a line break.
bool is_label(std::string_view cell) {
  if (cell.empty()) return true;
  if (cell.size() > kMaxHeaderCell || cell.find_first_of("@\n") != std::string_view::npos) return false;
  unsigned char c = static_cast<unsigned char>(cell.front());
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

char guess_delimiter(std::string_view line) {
  char best = 0;
  size_t best_count = 0;
  for (char d : {'\t', ';', ',', '|'}) {
    size_t count = static_cast<size_t>(std::count(line.begin(), line.end(), d));
    if (count > best_count) best = d, best_count = count;
  }
  return best;
}

}  // namespace

Table Table::find(std::string_view text) {
  Table t;
  size_t pos = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  size_t eol = text.find('\n', pos);
  if (eol == std::string_view::npos) return t;  // no row under a header
  std::string_view first = text.substr(pos, std::min(eol - pos, kMaxHeaderLine + 1));
  if (first.size() > kMaxHeaderLine) return t;
  char delim = guess_delimiter(first);
  if (delim == 0) return t;

  std::vector<Cell> cells;
  size_t next = read_record(text, pos, delim, cells);
  if (next != eol + 1 || cells.size() < 2) return t;  // a header has no quoted line break
  std::vector<std::vector<std::string>> columns;
  for (const Cell& c : cells) {
    std::string_view label = unquoted(text.substr(c.start, c.end - c.start));
    if (!is_label(label)) return t;
    columns.push_back(split_words(label));
  }

  size_t width = cells.size();
  size_t body_start = next, body_end = next;
  std::vector<size_t> starts;
  for (pos = next; pos < text.size();) {
    size_t after = read_record(text, pos, delim, cells);
    if (cells.size() != width) break;
    starts.push_back(pos);
    body_end = after;
    pos = after;
  }
  if (starts.empty()) return t;

  t.text_ = text;
  t.delimiter_ = delim;
  t.body_start_ = body_start;
  t.body_end_ = body_end;
  t.record_starts_ = std::move(starts);
  t.columns_ = std::move(columns);
  for (const auto& words : t.columns_) t.all_words_.insert(t.all_words_.end(), words.begin(), words.end());
  return t;
}

const std::vector<std::string>* Table::column_words(size_t pos) const {
  if (!in_body(pos, pos)) return nullptr;
  auto it = std::upper_bound(record_starts_.begin(), record_starts_.end(), pos);
  if (it == record_starts_.begin()) return nullptr;
  // The record's fields as read_record() reads them; `pos` is in the last one that starts at or before it.
  std::vector<Cell> cells;
  read_record(text_, *(it - 1), delimiter_, cells);
  size_t column = 0;
  while (column + 1 < cells.size() && cells[column + 1].start <= pos) ++column;
  return column < columns_.size() ? &columns_[column] : nullptr;
}

}  // namespace discret
