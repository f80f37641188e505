#include "core/lexicons.h"

#include <algorithm>
#include <cstdint>

namespace discret {
namespace {

std::string_view builtin_text(std::string_view name) {
  for (const auto& l : builtin_lexicons())
    if (l.name == name) return l.text;
  return {};
}

// Appends the UTF-8 encoding of a code point below U+0800 (all that folding produces).
size_t put2(uint32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  out[0] = static_cast<char>(0xC0 | (cp >> 6));
  out[1] = static_cast<char>(0x80 | (cp & 0x3F));
  return 2;
}

// Lowercase of a Latin-1 Supplement / Latin Extended-A code point (U+00C0-U+017F), else itself.
uint32_t lower_latin(uint32_t cp) {
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;
  if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) return cp | 1;   // even = capital
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return (cp & 1) ? cp + 1 : cp;  // odd = capital
  if (cp == 0x178) return 0xFF;  // Ÿ
  return cp;
}

}  // namespace

Lexicon::Lexicon(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty() && line.front() != '#') entries_.push_back(line);
    pos = nl + 1;
  }
  // The generator sorts; sorting again keeps a hand-edited file correct.
  std::sort(entries_.begin(), entries_.end());
  entries_.erase(std::unique(entries_.begin(), entries_.end()), entries_.end());
}

bool Lexicon::contains(std::string_view key) const {
  return std::binary_search(entries_.begin(), entries_.end(), key);
}

bool Lexicon::contains_word(std::string_view word) const {
  char buf[kMaxFoldedWord];
  size_t n = fold_word(word, buf, sizeof buf);
  return n > 0 && contains(std::string_view(buf, n));
}

size_t fold_word(std::string_view word, char* out, size_t cap) {
  size_t n = 0;
  for (size_t i = 0; i < word.size();) {
    auto c = static_cast<unsigned char>(word[i]);
    if (c < 0x80) {
      if (n + 1 > cap) return 0;
      out[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
      ++i;
    } else if ((c == 0xC3 || c == 0xC4 || c == 0xC5) && i + 1 < word.size()) {
      uint32_t cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(word[i + 1]) & 0x3Fu);
      if (n + 2 > cap) return 0;
      n += put2(lower_latin(cp), out + n);
      i += 2;
    } else if (c == 0xE2 && word.substr(i, 3) == "\xE2\x80\x99") {  // ’ -> '
      if (n + 1 > cap) return 0;
      out[n++] = '\'';
      i += 3;
    } else {
      if (n + 1 > cap) return 0;
      out[n++] = static_cast<char>(c);
      ++i;
    }
  }
  return n;
}

const Lexicon& first_names() {
  static const Lexicon lexicon(builtin_text("first-names"));
  return lexicon;
}

const Lexicon& last_names() {
  static const Lexicon lexicon(builtin_text("last-names"));
  return lexicon;
}

const Lexicon& common_words() {
  static const Lexicon lexicon(builtin_text("common-words"));
  return lexicon;
}

}  // namespace discret
