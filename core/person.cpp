// PERSON validators. A candidate is a run of words that a rule's pattern found (capitalised words,
// particles, hyphens and apostrophes); these checks decide whether it is a person's name.
//
// Two kinds of evidence, two kinds of check:
// - person-name / person-name-loose (the lexicon rules: any capitalised words in prose): the words
//   must split into a first-name part (each word a known first name, or the whole a known compound
//   such as "Juan Carlos") and a surname part (likewise: "García López", "De Luca", "Smith-Jones").
//   Validators cannot see context, hence two of them: the strict one also rejects a candidate whose
//   first-name part has a word that is a common word as well as a name ("Will", "Grace", "Mark",
//   "Heide": a capital at the start of a sentence, in a title or on a German noun is no evidence),
//   and its rules need no context; the loose one accepts those words and its rule requires a
//   context word.
// - person-title-name (after a title or a greeting): as person-cue-name, or two to four capitalised
//   words none of which is a common, generic or organisation word (names the lexicons lack).
// - person-cue-name (after a cue: "Name:", "Dear", "Signed-off-by:", "Copyright 2021", a title):
//   the cue is the evidence, so one known first name or surname is enough (a surname the lexicons
//   lack passes after a known first name), but organisations ("Google LLC", "The Linux
//   Foundation") and generic words ("Dear Customer", "From: Support") are rejected.
//
// The hot path (the lexicon rules run on every pair of capitalised words in prose) allocates
// nothing: words are string_views into the candidate, folded into stack buffers for lookups.
#include "core/person.h"

#include <algorithm>
#include <array>
#include <cstddef>

#include "core/lexicons.h"
#include "core/validators.h"

namespace discret {
namespace {

constexpr size_t kMaxWords = 10;  // words and particles of a candidate
constexpr size_t kMaxNames = 5;   // capitalised words of a name

template <size_t N>
constexpr bool sorted(const std::string_view (&a)[N]) {
  for (size_t i = 1; i < N; ++i)
    if (!(a[i - 1] < a[i])) return false;
  return true;
}

template <size_t N>
bool in(const std::string_view (&a)[N], std::string_view folded) {
  return std::binary_search(a, a + N, folded);
}

// Lowercase; keep in step with PARTICLES in scripts/build-lexicons.js.
constexpr std::string_view kParticles[] = {
    "al", "bin", "d'", "da", "dal", "das", "de", "degli", "dei", "del", "della", "delle", "den", "der", "des", "di",
    "do", "dos", "du", "ibn", "la", "las", "le", "lo", "los", "ten", "ter", "van", "vom", "von", "zu"};
static_assert(sorted(kParticles), "kParticles must be sorted");

// Folded. Legal forms and words that name a company, an institution or a group of people.
constexpr std::string_view kOrganizationWords[] = {
    "ab", "academy", "ag", "agence", "agency", "aps", "asociación", "association", "associazione", "authors",
    "bank", "banque", "bv", "capital", "center", "centre", "clinic", "clinique", "co", "college", "committee",
    "community", "companies", "company", "consulting", "contributors", "corp", "corporation", "council",
    "department", "developers", "digital", "enterprises", "ev", "fondation", "fondazione", "foundation",
    "fundacion", "fundación", "games", "gesellschaft", "gmbh", "government", "group", "groupe", "grupo", "gruppe",
    "gruppo", "hochschule", "holding", "holdings", "hospital", "inc", "incorporated", "industries", "institut",
    "institute", "instituto", "international", "istituto", "kg", "kgaa", "klinik", "lab", "laboratories",
    "laboratory", "labs", "limited", "llc", "llp", "lp", "ltd", "maintainers", "media", "ministry", "networks",
    "nv", "ohg", "organisation", "organization", "oy", "partners", "plc", "press", "project", "projects", "pty",
    "publishing", "research", "sa", "sarl", "sas", "sasu", "school", "services", "sl", "societe", "society",
    "società", "société", "software", "solutions", "spa", "srl", "staff", "stiftung", "studio", "studios",
    "systems", "team", "teams", "tech", "technologies", "technology", "trust", "ug", "universidad", "university",
    "università", "universität", "université", "ventures", "verband", "verein", "works", "zentrum"};
static_assert(sorted(kOrganizationWords), "kOrganizationWords must be sorted");

// Folded. Words a cue may be followed by that are not names: addressees, roles, labels, pronouns,
// determiners, mail robots ("Dear Customer", "From: Support", "Hello World", "Thanks All").
constexpr std::string_view kGenericWords[] = {
    "a", "admin", "administrator", "alcalde", "alerts", "all", "alle", "an", "and", "anonymous", "attn", "auteur",
    "author", "autor", "autore", "best", "bot", "by", "bürgermeister", "cc", "cher", "client", "clients", "colleague",
    "colleagues", "contact", "customer", "customers", "daemon", "dear", "default", "des", "die", "digest",
    "directeur", "director", "directora", "direktor", "docteur", "doctor", "email", "et", "everybody", "everyone",
    "folks", "for", "friend", "friends", "from", "guest", "guys", "hello", "her", "hi", "hiring", "his", "info",
    "juge", "kunde", "les", "madam", "madame", "mail", "mailer", "maire", "manager", "me", "member", "members",
    "messieurs", "minister", "ministre", "ministro", "mister", "my", "name", "news", "newsletter", "no", "nobody",
    "none", "noreply", "not", "notification", "notifications", "nous", "of", "on", "or", "our", "owner", "please",
    "president", "presidente", "professeur", "professor", "président", "reader", "readers", "regards", "reply",
    "richter", "root", "sales", "sender", "server", "service", "sindaco", "sir", "someone", "support", "system",
    "team", "thanks", "the", "their", "there", "this", "to", "todos", "tous", "tutti", "unknown", "updates", "user",
    "users", "valued", "via", "vous", "we", "webmaster", "welcome", "world", "you", "your", "yours"
};
static_assert(sorted(kGenericWords), "kGenericWords must be sorted");

size_t fold(std::string_view word, char* buf, size_t cap) { return fold_word(word, buf, cap); }

template <size_t N>
bool folded_in(const std::string_view (&a)[N], std::string_view word) {
  char buf[kMaxFoldedWord];
  size_t n = fold(word, buf, sizeof buf);
  return n > 0 && in(a, std::string_view(buf, n));
}

// Bytes of the first code point of a word (1 for ASCII and invalid bytes).
size_t first_char_len(std::string_view w) {
  auto c = static_cast<unsigned char>(w[0]);
  size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  return std::min(len, w.size());
}

// Starts with a capital letter that folding knows (ASCII, Latin-1, Latin Extended-A).
bool starts_capital(std::string_view w) {
  if (w.empty()) return false;
  size_t len = first_char_len(w);
  char buf[4];
  size_t n = fold(w.substr(0, len), buf, sizeof buf);
  return n > 0 && std::string_view(buf, n) != w.substr(0, len);
}

// The words of a candidate, split on spaces, tabs and no-break spaces.
struct Words {
  std::array<std::string_view, kMaxWords> w;
  std::array<bool, kMaxWords> particle{};
  size_t n = 0;
  size_t names = 0;  // words that are not particles
};

bool split(std::string_view text, Words& out) {
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ' || text[i] == '\t') {
      ++i;
      continue;
    }
    if (text.compare(i, 2, "\xC2\xA0") == 0) {
      i += 2;
      continue;
    }
    size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\t' && text.compare(j, 2, "\xC2\xA0") != 0) ++j;
    if (out.n == kMaxWords) return false;
    out.w[out.n++] = text.substr(i, j - i);
    i = j;
  }
  if (out.n == 0) return false;
  // A particle joins two name words: lowercase anywhere inside, capitalised ("De Luca") only
  // before another word. Never the first or the last word.
  for (size_t k = 0; k < out.n; ++k) {
    std::string_view w = out.w[k];
    bool p = k > 0 && k + 1 < out.n && person::is_particle(w);
    out.particle[k] = p;
    if (p) continue;
    // A name word is capitalised; the word after a particle may be small when it ends the name
    // ("Le roux", "Da silva" are written so in the lexicons' source).
    if (!starts_capital(w) && !(k + 1 == out.n && k > 0 && out.particle[k - 1])) return false;
    ++out.names;
  }
  return true;
}

// `word` is in `lex`, or is hyphenated and each part is ("Smith-Jones", "Jean-Pierre").
bool word_in(const Lexicon& lex, std::string_view word) {
  if (lex.contains_word(word)) return true;
  if (word.find('-') == std::string_view::npos) return false;
  size_t from = 0;
  while (true) {
    size_t dash = word.find('-', from);
    std::string_view part = word.substr(from, dash == std::string_view::npos ? std::string_view::npos : dash - from);
    if (part.empty() || !lex.contains_word(part)) return false;
    if (dash == std::string_view::npos) return true;
    from = dash + 1;
  }
}

// Words [i, m) as one entry of `lex`: a word (or each part of a hyphenated one), or a run folded
// and joined by single spaces ("juan carlos", "de luca", "espinosa de los monteros").
bool piece_in(const Lexicon& lex, const Words& ws, size_t i, size_t m) {
  if (m - i == 1) return !ws.particle[i] && word_in(lex, ws.w[i]);
  char buf[2 * kMaxFoldedWord];
  size_t n = 0;
  for (size_t k = i; k < m; ++k) {
    if (k > i) {
      if (n + 1 >= sizeof buf) return false;  // no room for a space and a word: longer than any entry
      buf[n++] = ' ';
    }
    size_t len = fold(ws.w[k], buf + n, sizeof buf - n);
    if (len == 0) return false;
    n += len;
  }
  return lex.contains(std::string_view(buf, n));
}

// Words [a, b) are names of `lex` one after the other ("García López", "Murillo de Jesús",
// "María de los Ángeles"): each piece ends on a name word, particles lead or join pieces.
bool unit_in(const Lexicon& lex, const Words& ws, size_t a, size_t b) {
  constexpr size_t kMaxPiece = 5;  // "maría de los ángeles", "espinosa de los monteros"
  std::array<bool, kMaxWords + 1> ok{};  // ok[k]: words [a, k) are split into pieces
  ok[a] = true;
  for (size_t i = a; i < b; ++i) {
    if (!ok[i]) continue;
    for (size_t m = i + 1; m <= b && m - i <= kMaxPiece; ++m)
      if (!ws.particle[m - 1] && !ok[m] && piece_in(lex, ws, i, m)) ok[m] = true;
  }
  return ok[b];
}

bool has_common_word(const Words& ws, size_t a, size_t b) {
  for (size_t k = a; k < b; ++k)
    if (!ws.particle[k] && common_words().contains_word(ws.w[k])) return true;
  return false;
}

// Some split of the words into a first-name part and a surname part; `strict`: a first-name part
// without a common word (the surname part is not checked: "Jane White" is a name, "White Paper" has
// no first name).
bool first_and_last(const Words& ws, bool strict) {
  for (size_t j = 1; j < ws.n; ++j) {
    if (ws.particle[j - 1]) continue;  // the first-name part ends on a name
    if (strict && has_common_word(ws, 0, j)) return false;  // a longer first-name part has it too
    if (unit_in(first_names(), ws, 0, j) && unit_in(last_names(), ws, j, ws.n)) return true;
  }
  return false;
}

bool has_listed_word(const Words& ws) {
  for (size_t k = 0; k < ws.n; ++k)
    if (!ws.particle[k] && (folded_in(kOrganizationWords, ws.w[k]) || folded_in(kGenericWords, ws.w[k]))) return true;
  return false;
}

bool lexicon_name(std::string_view text, bool strict) {
  Words ws;
  if (!split(text, ws) || ws.names < 2 || ws.names > kMaxNames) return false;
  return first_and_last(ws, strict);
}

}  // namespace

namespace person {

bool is_particle(std::string_view word) { return folded_in(kParticles, word); }

bool is_organization_word(std::string_view word) { return folded_in(kOrganizationWords, word); }

bool looks_like_organization(std::string_view name) {
  size_t i = 0;
  while (i < name.size()) {
    size_t j = name.find_first_of(" \t,.", i);
    if (j == std::string_view::npos) j = name.size();
    if (j > i && is_organization_word(name.substr(i, j - i))) return true;
    i = j + 1;
  }
  return false;
}

}  // namespace person

bool person_name_valid(std::string_view text) { return lexicon_name(text, true); }

bool person_name_loose_valid(std::string_view text) { return lexicon_name(text, false); }

bool person_title_name_valid(std::string_view text) {
  if (person_cue_name_valid(text)) return true;
  // A title or a greeting before two or more capitalised words is evidence enough for names the
  // lexicons lack ("Dr Rajesh Kapoor", "Dear Mr Okonkwo Adeyemi"), unless a word is a common
  // one, a role or an organisation's ("Dear Valued Customer", "Dr Jekyll Clinic").
  Words ws;
  if (!split(text, ws) || ws.names < 2 || ws.names > 4 || has_listed_word(ws)) return false;
  for (size_t k = 0; k < ws.n; ++k)
    if (!ws.particle[k] && common_words().contains_word(ws.w[k])) return false;
  return true;
}

bool person_cue_name_valid(std::string_view text) {
  Words ws;
  if (!split(text, ws) || ws.names < 1 || ws.names > kMaxNames) return false;
  if (has_listed_word(ws)) return false;
  std::string_view first = ws.w[0];
  if (ws.names == 1)
    return (word_in(first_names(), first) || word_in(last_names(), first)) && !common_words().contains_word(first);
  // A known first name (or the first part of a hyphenated one) starts it...
  size_t dash = first.find('-');
  if (word_in(first_names(), first) || (dash != std::string_view::npos && first_names().contains_word(first.substr(0, dash))))
    return true;
  // ...or a known surname ends it, after a word that is not a common one.
  if (common_words().contains_word(first)) return false;
  for (size_t j = 1; j < ws.n; ++j)
    if (!ws.particle[j - 1] && unit_in(last_names(), ws, j, ws.n)) return true;
  return false;
}

}  // namespace discret
