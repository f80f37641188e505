#include <nlohmann/json.hpp>

#include "core/json_parse.h"
#include "core/scanner.h"

namespace discret {
namespace {

using json = nlohmann::json;

Error bad(std::string where, std::string message) {
  return Error{ErrorCode::kInvalidOption, std::move(message), std::move(where), ""};
}

// Reads an array of strings at `key` into `out`; absent is fine.
bool strings(const json& doc, const char* key, std::vector<std::string>& out, Error& err) {
  auto it = doc.find(key);
  if (it == doc.end()) return true;
  std::string where = std::string("/") + key;
  if (!it->is_array()) return err = bad(where, "expected an array"), false;
  for (size_t i = 0; i < it->size(); ++i) {
    if (!(*it)[i].is_string()) return err = bad(where + "/" + std::to_string(i), "expected a string"), false;
    out.push_back((*it)[i].get<std::string>());
  }
  return true;
}

}  // namespace

Result<ScannerOptions> scanner_options_from_json(std::string_view text) {
  auto parsed = parse_json(text);
  if (!parsed.ok()) return parsed.error();
  const json& doc = parsed.value();
  if (!doc.is_object()) return bad("", "options are a JSON object");
  ScannerOptions o;
  Error err = bad("", "");
  for (auto it = doc.begin(); it != doc.end(); ++it) {
    static const char* kKnown[] = {"minScore", "allow", "deny", "disabledRules", "entities", "countries"};
    if (std::none_of(std::begin(kKnown), std::end(kKnown), [&](const char* k) { return it.key() == k; }))
      return bad("/" + it.key(), "unknown option");
  }
  if (auto it = doc.find("minScore"); it != doc.end()) {
    if (!it->is_number()) return bad("/minScore", "expected a number");
    o.min_score = it->get<double>();
  }
  if (auto it = doc.find("allow"); it != doc.end()) {
    if (!it->is_array()) return bad("/allow", "expected an array");
    for (size_t i = 0; i < it->size(); ++i) {
      const json& a = (*it)[i];
      std::string where = "/allow/" + std::to_string(i);
      if (a.is_string()) {
        o.allow.push_back(a.get<std::string>());
      } else if (a.is_object() && a.size() == 1 && a.contains("pattern") && a["pattern"].is_string()) {
        o.allow_patterns.push_back(a["pattern"].get<std::string>());
      } else {
        return bad(where, "expected a value (string) or {\"pattern\": \"...\"}");
      }
    }
  }
  if (auto it = doc.find("deny"); it != doc.end()) {
    if (!it->is_array()) return bad("/deny", "expected an array");
    for (size_t i = 0; i < it->size(); ++i) {
      const json& d = (*it)[i];
      std::string where = "/deny/" + std::to_string(i);
      if (!d.is_object()) return bad(where, "expected {\"value\" or \"pattern\", \"entity\"}");
      DenyEntry e;
      for (auto f = d.begin(); f != d.end(); ++f) {
        if (!f->is_string()) return bad(where + "/" + f.key(), "expected a string");
        if (f.key() == "value") e.value = f->get<std::string>();
        else if (f.key() == "pattern") e.pattern = f->get<std::string>();
        else if (f.key() == "entity") e.entity = f->get<std::string>();
        else return bad(where + "/" + f.key(), "unknown field");
      }
      o.deny.push_back(std::move(e));
    }
  }
  if (!strings(doc, "disabledRules", o.disabled_rules, err) || !strings(doc, "entities", o.entities, err) ||
      !strings(doc, "countries", o.countries, err))
    return err;
  return o;
}

}  // namespace discret
