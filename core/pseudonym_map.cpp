#include "core/pseudonym_map.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <vector>

#include "core/json_parse.h"
#include "core/rule.h"

namespace discret {
namespace {

bool is_hex_lower(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }

// Looks like a tag: "<…", "…>" or "WORD_…" (a numbered or keyed pseudonym written wrong, such as
// "EMAIL_1" or "<PHONE_2>" under EMAIL). Fakes never do: they have no '<', '>' or '_' of that kind.
bool tag_like(const std::string& p) {
  if (p.front() == '<' || p.back() == '>') return true;
  size_t u = p.find('_');
  if (u == std::string::npos || u == 0) return false;
  for (size_t i = 0; i < u; ++i)
    if (p[i] < 'A' || p[i] > 'Z') return false;
  return true;
}

// The form of `p` as a replacement for `entity` (and its number when numbered); false for a tag
// that is not one of `entity`'s well-formed pseudonyms. A body of 12 lowercase hex digits is keyed,
// even when all are decimal digits: numbering never reaches 10^11.
bool read_form(const std::string& entity, const std::string& p, PseudonymForm& form, uint64_t& n) {
  if (!tag_like(p)) return form = PseudonymForm::kFake, true;
  std::string prefix = "<" + entity + "_";
  if (p.size() < prefix.size() + 2 || p.compare(0, prefix.size(), prefix) != 0 || p.back() != '>') return false;
  std::string_view body(p.data() + prefix.size(), p.size() - prefix.size() - 1);
  if (body.size() == 12 && std::all_of(body.begin(), body.end(), is_hex_lower)) return form = PseudonymForm::kKeyed, true;
  if (body.size() > 18 || body[0] == '0') return false;
  n = 0;
  for (char c : body) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + static_cast<uint64_t>(c - '0');
  }
  return form = PseudonymForm::kNumbered, true;
}

}  // namespace

std::string PseudonymMap::format(std::string_view entity, uint64_t n) {
  return "<" + std::string(entity) + "_" + std::to_string(n) + ">";
}

void PseudonymMap::add(Key key, std::string replacement, uint64_t order) {
  taken_.insert(replacement);
  entries_.emplace(std::move(key), Entry{std::move(replacement), order});
}

std::string PseudonymMap::get_or_assign(std::string_view entity, std::string_view value) {
  Key key{PseudonymForm::kNumbered, std::string(entity), std::string(value)};
  auto it = entries_.find(key);
  if (it != entries_.end()) return it->second.replacement;
  uint64_t& last = last_[std::string(entity)];
  // A keyed pseudonym of 12 decimal digits could hold a number; skip it rather than share it.
  do ++last;
  while (taken_.count(format(entity, last)));
  std::string out = format(entity, last);
  add(std::move(key), out, last);
  return out;
}

std::string PseudonymMap::get_or_make(PseudonymForm form, std::string_view entity, std::string_view value,
                                      const std::function<std::string(uint32_t)>& make) {
  if (form == PseudonymForm::kNumbered) return get_or_assign(entity, value);
  Key key{form, std::string(entity), std::string(value)};
  auto it = entries_.find(key);
  if (it != entries_.end()) return it->second.replacement;
  for (uint32_t attempt = 0; attempt < kMaxAttempts; ++attempt) {
    std::string candidate = make(attempt);
    if (candidate.empty()) break;
    if (candidate == value || taken_.count(candidate)) continue;
    add(std::move(key), candidate, ++sequence_);
    return candidate;
  }
  return get_or_assign(entity, value);
}

std::string PseudonymMap::to_json() const {
  // Ordered by entity, then numbered ones by number, keyed ones and fakes as handed out: exports
  // are stable and readable, and an import exports the same.
  std::vector<std::pair<const Key*, const Entry*>> order;
  for (const auto& e : entries_) order.emplace_back(&e.first, &e.second);
  std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
    const auto& [fa, ea, va] = *a.first;
    const auto& [fb, eb, vb] = *b.first;
    if (ea != eb) return ea < eb;
    if (fa != fb) return fa < fb;
    return a.second->order < b.second->order;
  });
  nlohmann::json entries = nlohmann::json::array();
  for (const auto& [key, entry] : order)
    entries.push_back({{"entity", std::get<1>(*key)}, {"value", std::get<2>(*key)}, {"pseudonym", entry->replacement}});
  nlohmann::json doc = {{"version", 1}, {"entries", std::move(entries)}};
  // Strict dumping would abort on invalid UTF-8 (no exceptions here). Values from JS are always
  // valid; a value with an invalid byte (possible natively) is written with U+FFFD instead.
  return doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Status PseudonymMap::from_json(std::string_view text) {
  auto parsed = parse_json(text);
  if (!parsed.ok()) {
    Error e = parsed.error();
    e.code = ErrorCode::kInvalidJson;
    return e;
  }
  const nlohmann::json& doc = parsed.value();
  auto fail = [](std::string where, std::string msg) {
    return Error{ErrorCode::kInvalidMapping, std::move(msg), std::move(where), ""};
  };
  if (!doc.is_object()) return fail("", "a mapping is a JSON object");
  auto version = doc.find("version");
  if (version == doc.end() || !version->is_number_integer() || version->get<int>() != 1)
    return fail("/version", "expected version 1");
  auto list = doc.find("entries");
  if (list == doc.end() || !list->is_array()) return fail("/entries", "expected an array");
  PseudonymMap next(secret_);
  for (size_t i = 0; i < list->size(); ++i) {
    const auto& e = (*list)[i];
    std::string base = "/entries/" + std::to_string(i);
    if (!e.is_object()) return fail(base, "expected an object");
    for (const char* field : {"entity", "value", "pseudonym"}) {
      auto f = e.find(field);
      if (f == e.end() || !f->is_string()) return fail(base + "/" + field, "expected a string");
    }
    std::string entity = e["entity"].get<std::string>();
    std::string value = e["value"].get<std::string>();
    std::string pseudonym = e["pseudonym"].get<std::string>();
    if (!is_known_entity(entity)) return fail(base + "/entity", "unknown entity '" + entity + "'");
    if (pseudonym.empty()) return fail(base + "/pseudonym", "expected a non-empty string");
    PseudonymForm form;
    uint64_t n = 0;
    if (!read_form(entity, pseudonym, form, n) || (form == PseudonymForm::kNumbered && n == 0))
      return fail(base + "/pseudonym", "expected \"<" + entity + "_N>\" with N >= 1, \"<" + entity +
                                           "_\" and 12 hex digits \">\", or a realistic value");
    if (next.taken_.count(pseudonym)) return fail(base + "/pseudonym", "pseudonym used twice");
    Key key{form, entity, value};
    if (next.entries_.count(key)) return fail(base + "/value", "value listed twice");
    if (form == PseudonymForm::kNumbered) next.last_[entity] = std::max(next.last_[entity], n);
    next.add(std::move(key), pseudonym, form == PseudonymForm::kNumbered ? n : ++next.sequence_);
  }
  *this = std::move(next);
  return Ok{};
}

}  // namespace discret
