#include "core/rule_loader.h"

#include <algorithm>

#include "core/classifiers.h"
#include "core/context.h"
#include "core/json_parse.h"
#include "core/validators.h"

namespace discret {

const std::vector<std::string> kEntities = {
    "EMAIL", "PHONE", "IP_ADDRESS", "MAC_ADDRESS", "URL", "CREDIT_CARD", "IBAN", "BIC",
    "CRYPTO_WALLET", "NATIONAL_ID", "TAX_ID", "PASSPORT", "DRIVER_LICENSE", "HEALTH_ID",
    "PERSON", "ADDRESS", "DATE_OF_BIRTH", "GPS_COORDINATES", "USERNAME", "PASSWORD",
    "SECRET", "PRIVATE_KEY"};

bool is_known_entity(const std::string& entity) {
  return std::find(kEntities.begin(), kEntities.end(), entity) != kEntities.end();
}

namespace {

using json = nlohmann::json;

std::string type_name(const json& v) { return v.type_name(); }

struct Ctx {
  std::string rule_id;
  Error fail(ErrorCode c, std::string where, std::string msg) const {
    return Error{c, std::move(msg), std::move(where), rule_id};
  }
};

// Field readers: each returns an error naming the pointer when present with the wrong type.
bool read_string(const json& obj, const char* key, const std::string& base, const Ctx& ctx,
                 std::string& out, bool required, Error& err) {
  auto it = obj.find(key);
  if (it == obj.end() || (it->is_null() && !required)) {
    if (required) err = ctx.fail(ErrorCode::kInvalidRulePack, base + "/" + key, "missing required field");
    return !required;
  }
  if (!it->is_string()) {
    err = ctx.fail(ErrorCode::kInvalidRulePack, base + "/" + key, "expected a string, got " + type_name(*it));
    return false;
  }
  out = it->get<std::string>();
  return true;
}

bool read_number(const json& obj, const char* key, const std::string& base, const Ctx& ctx,
                 double lo, double hi, double& out, Error& err) {
  auto it = obj.find(key);
  if (it == obj.end()) return true;
  if (!it->is_number()) {
    err = ctx.fail(ErrorCode::kInvalidRulePack, base + "/" + key, "expected a number, got " + type_name(*it));
    return false;
  }
  double v = it->get<double>();
  if (!(v >= lo && v <= hi)) {
    err = ctx.fail(ErrorCode::kInvalidRulePack, base + "/" + key,
                   "out of range [" + json(lo).dump() + ", " + json(hi).dump() + "]");
    return false;
  }
  out = v;
  return true;
}

bool read_bool(const json& obj, const char* key, const std::string& base, const Ctx& ctx, bool& out, Error& err) {
  auto it = obj.find(key);
  if (it == obj.end()) return true;
  if (!it->is_boolean()) {
    err = ctx.fail(ErrorCode::kInvalidRulePack, base + "/" + key, "expected a boolean, got " + type_name(*it));
    return false;
  }
  out = it->get<bool>();
  return true;
}

bool read_strings(const json& obj, const char* key, const std::string& base, const Ctx& ctx,
                  std::vector<std::string>& out, Error& err) {
  auto it = obj.find(key);
  if (it == obj.end()) return true;
  std::string where = base + "/" + key;
  if (!it->is_array()) {
    err = ctx.fail(ErrorCode::kInvalidRulePack, where, "expected an array of strings, got " + type_name(*it));
    return false;
  }
  for (size_t i = 0; i < it->size(); ++i) {
    const json& s = (*it)[i];
    if (!s.is_string()) {
      err = ctx.fail(ErrorCode::kInvalidRulePack, where + "/" + std::to_string(i), "expected a string, got " + type_name(s));
      return false;
    }
    out.push_back(s.get<std::string>());
  }
  return true;
}


bool known_keys(const json& obj, std::initializer_list<const char*> keys, const std::string& base,
                const Ctx& ctx, Error& err) {
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    bool known = std::any_of(keys.begin(), keys.end(), [&](const char* k) { return it.key() == k; });
    if (!known) {
      // A typo ("validator" for "validators") would otherwise silently weaken a rule.
      err = ctx.fail(ErrorCode::kInvalidRulePack, base + "/" + json_pointer_token(it.key()), "unknown field");
      return false;
    }
  }
  return true;
}

bool valid_rule_id(const std::string& id) {
  if (id.empty() || id.size() > 100) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
  });
}

bool valid_country(const std::string& c) {
  return c.size() == 2 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z';
}

bool load_context(const json& rule, const std::string& base, const Ctx& ctx, ContextSpec& spec, Error& err) {
  auto it = rule.find("context");
  if (it == rule.end()) return true;
  std::string where = base + "/context";
  if (!it->is_object()) {
    err = ctx.fail(ErrorCode::kInvalidRulePack, where, "expected an object, got " + type_name(*it));
    return false;
  }
  if (!known_keys(*it, {"words", "window", "boost", "required", "excludeWords", "sameLine"}, where, ctx, err)) return false;
  double window = static_cast<double>(spec.window);
  if (!read_strings(*it, "words", where, ctx, spec.words, err) ||
      !read_strings(*it, "excludeWords", where, ctx, spec.exclude_words, err) ||
      !read_number(*it, "window", where, ctx, 1, 1000, window, err) ||
      !read_number(*it, "boost", where, ctx, 0, 1, spec.boost, err) ||
      !read_bool(*it, "required", where, ctx, spec.required, err) ||
      !read_bool(*it, "sameLine", where, ctx, spec.same_line, err))
    return false;
  spec.window = static_cast<size_t>(window);
  auto all_have_words = [&](const std::vector<std::string>& entries, const char* key) {
    for (size_t i = 0; i < entries.size(); ++i) {
      if (split_words(entries[i]).empty()) {
        err = ctx.fail(ErrorCode::kInvalidRulePack, where + "/" + key + "/" + std::to_string(i), "no word in this entry");
        return false;
      }
    }
    return true;
  };
  if (!all_have_words(spec.words, "words") || !all_have_words(spec.exclude_words, "excludeWords")) return false;
  if (spec.required && spec.words.empty()) {
    err = ctx.fail(ErrorCode::kInvalidRulePack, where + "/required", "context is required but no words are given");
    return false;
  }
  return true;
}

bool load_examples(const json& rule, const std::string& base, const Ctx& ctx, Rule& r, Error& err) {
  auto it = rule.find("examples");
  if (it == rule.end()) return true;
  std::string where = base + "/examples";
  if (!it->is_object()) {
    err = ctx.fail(ErrorCode::kInvalidRulePack, where, "expected an object, got " + type_name(*it));
    return false;
  }
  return known_keys(*it, {"match", "noMatch"}, where, ctx, err) &&
         read_strings(*it, "match", where, ctx, r.examples_match, err) &&
         read_strings(*it, "noMatch", where, ctx, r.examples_no_match, err);
}

Result<Rule> load_rule(const json& j, size_t index) {
  std::string base = "/rules/" + std::to_string(index);
  Ctx ctx;
  Error err{ErrorCode::kInvalidRulePack, "", "", ""};
  if (!j.is_object()) return ctx.fail(ErrorCode::kInvalidRulePack, base, "expected an object, got " + type_name(j));
  Rule r;
  r.where = base;
  if (!read_string(j, "id", base, ctx, r.id, true, err)) return err;
  if (!valid_rule_id(r.id))
    return ctx.fail(ErrorCode::kInvalidRulePack, base + "/id", "id must be 1-100 characters of [a-z0-9._-]");
  ctx.rule_id = r.id;
  if (!known_keys(j, {"id", "entity", "country", "pattern", "group", "multiline", "lineSpan", "keywords", "entropy", "validators", "context",
                      "classify", "testValues", "allow", "prefilter", "score", "examples", "description"},
                  base, ctx, err))
    return err;
  if (!read_string(j, "entity", base, ctx, r.entity, true, err)) return err;
  if (!is_known_entity(r.entity))
    return ctx.fail(ErrorCode::kInvalidRulePack, base + "/entity", "unknown entity '" + r.entity + "'");
  if (!read_string(j, "country", base, ctx, r.country, false, err)) return err;
  if (!r.country.empty() && !valid_country(r.country))
    return ctx.fail(ErrorCode::kInvalidRulePack, base + "/country", "expected an ISO 3166-1 alpha-2 code like \"FR\"");
  if (!read_string(j, "pattern", base, ctx, r.pattern, true, err)) return err;
  if (r.pattern.empty()) return ctx.fail(ErrorCode::kInvalidRulePack, base + "/pattern", "empty pattern");
  double group = 0;
  if (!read_number(j, "group", base, ctx, 0, 20, group, err)) return err;
  if (group != static_cast<int>(group))
    return ctx.fail(ErrorCode::kInvalidRulePack, base + "/group", "expected an integer");
  r.group = static_cast<int>(group);
  if (!read_bool(j, "multiline", base, ctx, r.multiline, err)) return err;
  double span = 1;
  if (!read_number(j, "lineSpan", base, ctx, 1, kMaxLineSpan, span, err)) return err;
  if (span != static_cast<int>(span))
    return ctx.fail(ErrorCode::kInvalidRulePack, base + "/lineSpan", "expected an integer");
  if (span > 1 && r.multiline)
    return ctx.fail(ErrorCode::kInvalidRulePack, base + "/lineSpan", "a multiline rule already spans any number of lines");
  r.line_span = static_cast<int>(span);
  if (!read_string(j, "prefilter", base, ctx, r.prefilter, false, err)) return err;
  if (!read_strings(j, "keywords", base, ctx, r.keywords, err)) return err;
  for (size_t i = 0; i < r.keywords.size(); ++i)
    if (r.keywords[i].empty())
      return ctx.fail(ErrorCode::kInvalidRulePack, base + "/keywords/" + std::to_string(i), "empty keyword");
  if (!r.keywords.empty() && !r.prefilter.empty())
    return ctx.fail(ErrorCode::kInvalidRulePack, base + "/keywords", "give keywords or a prefilter, not both");
  if (!r.keywords.empty() && r.multiline)
    return ctx.fail(ErrorCode::kInvalidRulePack, base + "/keywords", "multiline rules have no prefilter");
  if (!read_number(j, "entropy", base, ctx, 0, 8, r.entropy, err)) return err;
  if (!read_strings(j, "validators", base, ctx, r.validators, err)) return err;
  for (size_t i = 0; i < r.validators.size(); ++i) {
    if (!find_validator(r.validators[i]))
      return ctx.fail(ErrorCode::kUnknownValidator, base + "/validators/" + std::to_string(i),
                      "unknown validator '" + r.validators[i] + "' (known: " + validator_names() + ")");
  }
  if (!read_string(j, "classify", base, ctx, r.classifier, false, err)) return err;
  if (!r.classifier.empty() && !find_classifier(r.classifier))
    return ctx.fail(ErrorCode::kInvalidRulePack, base + "/classify",
                    "unknown classifier '" + r.classifier + "' (known: " + classifier_names() + ")");
  if (!read_strings(j, "testValues", base, ctx, r.test_values, err)) return err;
  if (!read_strings(j, "allow", base, ctx, r.allow, err)) return err;
  if (!read_number(j, "score", base, ctx, 0, 1, r.score, err)) return err;
  if (!load_context(j, base, ctx, r.context, err)) return err;
  if (!load_examples(j, base, ctx, r, err)) return err;
  return r;
}

}  // namespace

Result<RulePack> load_rule_pack(std::string_view text) {
  auto parsed = parse_json(text);
  if (!parsed.ok()) return parsed.error();
  const json& doc = parsed.value();
  if (!doc.is_object()) return Error{ErrorCode::kInvalidRulePack, "a rule pack is a JSON object", "", ""};
  Ctx ctx;
  Error err{ErrorCode::kInvalidRulePack, "", "", ""};
  if (!known_keys(doc, {"name", "description", "version", "rules"}, "", ctx, err)) return err;
  RulePack pack;
  if (!read_string(doc, "name", "", ctx, pack.name, false, err)) return err;
  auto rules = doc.find("rules");
  if (rules == doc.end()) return Error{ErrorCode::kInvalidRulePack, "missing required field", "/rules", ""};
  if (!rules->is_array())
    return Error{ErrorCode::kInvalidRulePack, "expected an array, got " + type_name(*rules), "/rules", ""};
  for (size_t i = 0; i < rules->size(); ++i) {
    auto rule = load_rule((*rules)[i], i);
    if (!rule.ok()) return rule.error();
    rule.value().pack = pack.name;
    pack.rules.push_back(std::move(rule.value()));
  }
  return pack;
}

}  // namespace discret
