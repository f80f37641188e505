#include "core/pseudonymize.h"

#include <nlohmann/json.hpp>
#include <unordered_map>

#include "core/json_parse.h"

namespace discret {
namespace {

using json = nlohmann::json;

Error bad(std::string where, std::string message) {
  return Error{ErrorCode::kInvalidOption, std::move(message), std::move(where), ""};
}

Result<Operator> read_operator(const json& v, const std::string& where) {
  if (!v.is_string()) return bad(where, "expected an operator name");
  auto op = parse_operator(v.get<std::string>());
  if (!op.ok()) return bad(where, op.error().message);
  return op;
}

Status read_by_entity(const json& v, std::map<std::string, Operator>& out) {
  if (!v.is_object()) return bad("/operators", "expected an object {ENTITY: operator}");
  for (auto it = v.begin(); it != v.end(); ++it) {
    std::string where = "/operators/" + json_pointer_token(it.key());
    if (!is_known_entity(it.key())) return bad(where, "unknown entity '" + it.key() + "'");
    auto op = read_operator(it.value(), where);
    if (!op.ok()) return op.error();
    out[it.key()] = op.value();
  }
  return Ok{};
}

// The fields of the options' JSON form; any other field of `doc` but `extra` is an error.
Result<PseudonymizeOptions> read_options(const json& doc, const char* extra) {
  if (!doc.is_object()) return bad("", "options are a JSON object");
  PseudonymizeOptions o;
  OperatorOptions& d = o.defaults;
  for (auto it = doc.begin(); it != doc.end(); ++it) {
    const std::string& k = it.key();
    const json& v = it.value();
    if (k == "operator") {
      auto op = read_operator(v, "operator");
      if (!op.ok()) return op.error();
      d.op = op.value();
    } else if (k == "key" || k == "maskChar") {
      if (!v.is_string()) return bad(k, "expected a string");
      (k == "key" ? d.key : d.mask_char) = v.get<std::string>();
    } else if (k == "mask") {
      if (!v.is_number_integer() || v.get<int64_t>() < 0) return bad("mask", "mask must be an integer >= 0");
      d.mask_keep = static_cast<size_t>(v.get<int64_t>());
    } else if (k == "operators") {
      Status s = read_by_entity(v, o.by_entity);
      if (!s.ok()) return s.error();
    } else if (extra == nullptr || k != extra) {
      return bad(k, "unknown option");
    }
  }
  return o;
}

Result<ValueToReplace> read_value(const json& v, const std::string& where) {
  if (!v.is_object()) return bad(where, "expected {entity, ruleId, text}");
  ValueToReplace out;
  for (auto it = v.begin(); it != v.end(); ++it) {
    std::string field = where + "/" + json_pointer_token(it.key());
    if (it.key() != "entity" && it.key() != "ruleId" && it.key() != "text") return bad(field, "unknown field");
    if (!it.value().is_string()) return bad(field, "expected a string");
  }
  for (const char* required : {"entity", "text"})
    if (!v.contains(required)) return bad(where + "/" + required, "expected a string");
  out.entity = v["entity"].get<std::string>();
  if (!is_known_entity(out.entity)) return bad(where + "/entity", "unknown entity '" + out.entity + "'");
  if (v.contains("ruleId")) out.rule_id = v["ruleId"].get<std::string>();
  out.text = v["text"].get<std::string>();
  return out;
}

// The operator options of each entity the call overrides, built once per call, not per finding.
class Resolved {
 public:
  explicit Resolved(const PseudonymizeOptions& o) : defaults_(o.defaults) {
    for (const auto& [entity, op] : o.by_entity) by_entity_.emplace(entity, o.for_entity(entity));
  }
  const OperatorOptions& operator()(std::string_view entity) const {
    auto it = by_entity_.find(entity);
    return it == by_entity_.end() ? defaults_ : it->second;
  }

 private:
  const OperatorOptions& defaults_;
  std::map<std::string, OperatorOptions, std::less<>> by_entity_;
};

}  // namespace

OperatorOptions PseudonymizeOptions::for_entity(std::string_view entity) const {
  OperatorOptions o = defaults;
  auto it = by_entity.find(std::string(entity));
  if (it != by_entity.end()) o.op = it->second;
  return o;
}

Status check_options(const PseudonymizeOptions& options, const PseudonymMap& map) {
  Status s = check_options(options.defaults, map);
  for (auto it = options.by_entity.begin(); s.ok() && it != options.by_entity.end(); ++it)
    s = check_options(options.for_entity(it->first), map);
  return s;
}

Result<PseudonymizeOptions> pseudonymize_options_from_json(std::string_view text) {
  auto parsed = parse_json(text);
  if (!parsed.ok()) return parsed.error();
  return read_options(parsed.value(), nullptr);
}

Result<ReplaceBatch> replace_batch_from_json(std::string_view text) {
  auto parsed = parse_json(text);
  if (!parsed.ok()) return parsed.error();
  const json& doc = parsed.value();
  auto options = read_options(doc, "values");
  if (!options.ok()) return options.error();
  ReplaceBatch batch{std::move(options.value()), {}};
  auto list = doc.find("values");
  if (list == doc.end() || !list->is_array()) return bad("/values", "expected an array");
  batch.values.reserve(list->size());
  for (size_t i = 0; i < list->size(); ++i) {
    auto v = read_value((*list)[i], "/values/" + std::to_string(i));
    if (!v.ok()) return v.error();
    batch.values.push_back(std::move(v.value()));
  }
  return batch;
}

Result<Pseudonymized> pseudonymize(const Scanner& scanner, std::string_view text, const PseudonymizeOptions& options,
                                   PseudonymMap& map) {
  Status valid = check_options(options, map);
  if (!valid.ok()) return valid.error();
  Resolved operators(options);
  Pseudonymized out;
  out.findings = scanner.scan(text);
  out.replacements.reserve(out.findings.size());
  for (const Finding& f : out.findings) {
    const Rule& rule = scanner.rule(f.rule);
    out.replacements.push_back(
        replacement(source_of(rule), text.substr(f.start, f.end - f.start), operators(rule.entity), map));
  }
  out.text = apply_replacements(text, out.findings, out.replacements);
  return out;
}

Result<Pseudonymized> pseudonymize(const Scanner& scanner, std::string_view text, const OperatorOptions& options,
                                   PseudonymMap& map) {
  PseudonymizeOptions all;
  all.defaults = options;
  return pseudonymize(scanner, text, all, map);
}

Result<std::vector<std::string>> replace_values(const Scanner& scanner, const std::vector<ValueToReplace>& values,
                                                const PseudonymizeOptions& options, PseudonymMap& map) {
  Status valid = check_options(options, map);
  if (!valid.ok()) return valid.error();
  Resolved operators(options);
  std::unordered_map<std::string_view, const Rule*> rules;
  for (uint32_t i = 0; i < scanner.rule_count(); ++i) rules.emplace(scanner.rule(i).id, &scanner.rule(i));
  std::vector<std::string> out;
  out.reserve(values.size());
  for (const ValueToReplace& v : values) {
    ValueSource source{v.entity, v.rule_id, {}};
    auto rule = rules.find(v.rule_id);
    if (rule != rules.end() && rule->second->entity == v.entity) source.country = rule->second->country;
    out.push_back(replacement(source, v.text, operators(v.entity), map));
  }
  return out;
}

std::string strings_to_json(const std::vector<std::string>& strings) {
  json out = json::array();
  for (const auto& s : strings) out.push_back(s);
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace discret
