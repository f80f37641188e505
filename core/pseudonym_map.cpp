#include "core/pseudonym_map.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/json_parse.h"
#include "core/rule.h"

namespace discret {

std::string PseudonymMap::format(std::string_view entity, uint64_t n) {
  return "<" + std::string(entity) + "_" + std::to_string(n) + ">";
}

std::string PseudonymMap::get_or_assign(std::string_view entity, std::string_view value) {
  auto key = std::make_pair(std::string(entity), std::string(value));
  auto it = entries_.find(key);
  if (it == entries_.end()) it = entries_.emplace(std::move(key), ++last_[std::string(entity)]).first;
  return format(entity, it->second);
}

std::string PseudonymMap::to_json() const {
  // Ordered by entity then number, so exports are stable and readable.
  std::vector<std::pair<const std::pair<std::string, std::string>*, uint64_t>> order;
  for (const auto& e : entries_) order.emplace_back(&e.first, e.second);
  std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
    return a.first->first != b.first->first ? a.first->first < b.first->first : a.second < b.second;
  });
  nlohmann::json entries = nlohmann::json::array();
  for (const auto& [key, n] : order)
    entries.push_back({{"entity", key->first}, {"value", key->second}, {"pseudonym", format(key->first, n)}});
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
  decltype(entries_) entries;
  decltype(last_) last;
  std::map<std::string, std::string> taken;  // pseudonym -> value, to reject two values sharing one
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
    std::string prefix = "<" + entity + "_";
    uint64_t n = 0;
    bool well_formed = pseudonym.size() > prefix.size() + 1 && pseudonym.compare(0, prefix.size(), prefix) == 0 &&
                       pseudonym.back() == '>' && pseudonym.size() - prefix.size() - 1 <= 18;
    for (size_t k = prefix.size(); well_formed && k + 1 < pseudonym.size(); ++k) {
      char c = pseudonym[k];
      if (c < '0' || c > '9') well_formed = false;
      else n = n * 10 + static_cast<uint64_t>(c - '0');
    }
    if (!well_formed || n == 0 || format(entity, n) != pseudonym)
      return fail(base + "/pseudonym", "expected \"" + prefix + "N>\" with N >= 1");
    if (!taken.emplace(pseudonym, value).second) return fail(base + "/pseudonym", "pseudonym used twice");
    if (!entries.emplace(std::make_pair(entity, value), n).second) return fail(base + "/value", "value listed twice");
    last[entity] = std::max(last[entity], n);
  }
  entries_ = std::move(entries);
  last_ = std::move(last);
  return Ok{};
}

}  // namespace discret
