#include "core/rule_compiler.h"

#include <unordered_set>

namespace discret {
namespace {

RE2::Options rule_options(int64_t max_mem) {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_max_mem(max_mem);
  o.set_encoding(RE2::Options::EncodingUTF8);
  return o;
}

}  // namespace

Result<std::unique_ptr<RE2>> compile_alternation(const std::vector<std::string>& patterns, const std::string& where,
                                                 const std::string& rule_id) {
  if (patterns.empty()) return std::unique_ptr<RE2>();
  std::string alternation;
  for (size_t i = 0; i < patterns.size(); ++i) {
    // Each alone first, so an error names its own pointer.
    RE2 alone(patterns[i], rule_options(kRuleMaxMem));
    if (!alone.ok()) return Error{ErrorCode::kInvalidPattern, alone.error(), where + "/" + std::to_string(i), rule_id};
    alternation += (i ? "|(?:" : "(?:") + patterns[i] + ")";
  }
  auto re = std::make_unique<RE2>(alternation, rule_options(kRuleMaxMem));
  if (!re->ok()) return Error{ErrorCode::kInvalidPattern, re->error(), where, rule_id};
  return re;
}

Result<CompiledRules> compile_rules(const std::vector<RulePack>& packs) {
  CompiledRules out;
  out.prefilter = std::make_unique<RE2::Set>(rule_options(kSetMaxMem), RE2::UNANCHORED);
  std::unordered_set<std::string> ids;
  for (const auto& pack : packs) {
    for (const auto& rule : pack.rules) {
      auto error = [&](ErrorCode code, const std::string& field, std::string msg) {
        std::string where = rule.where + field;
        if (!pack.name.empty()) msg += " (pack '" + pack.name + "')";
        return Error{code, std::move(msg), where, rule.id};
      };
      if (!ids.insert(rule.id).second) return error(ErrorCode::kDuplicateRule, "/id", "duplicate rule id '" + rule.id + "'");
      CompiledRule c;
      c.rule = rule;
      // Compiled as written first, so errors and group counts refer to the pattern the user wrote.
      RE2 as_written(rule.pattern, rule_options(kRuleMaxMem));
      if (!as_written.ok()) return error(ErrorCode::kInvalidPattern, "/pattern", as_written.error());
      if (as_written.NumberOfCapturingGroups() < rule.group)
        return error(ErrorCode::kInvalidRulePack, "/group",
                     "group " + std::to_string(rule.group) + " but the pattern has " +
                         std::to_string(as_written.NumberOfCapturingGroups()));
      std::string pattern = rule.pattern;
      if (pattern.compare(0, 2, "\\b") == 0) {
        pattern.erase(0, 2);
        c.leading_word_boundary = true;
      }
      c.regex = std::make_unique<RE2>(pattern, rule_options(kRuleMaxMem));
      for (const auto& name : rule.validators) c.validators.push_back(find_validator(name));
      c.context = ContextMatcher(rule.context.words, rule.context.window);
      c.exclude_context = ContextMatcher(rule.context.exclude_words, rule.context.window);
      if (!rule.classifier.empty()) c.classifier = find_classifier(rule.classifier);
      auto tests = compile_alternation(rule.test_values, rule.where + "/testValues", rule.id);
      if (!tests.ok()) return tests.error();
      c.test_values = std::move(tests.value());
      auto index = static_cast<uint32_t>(out.rules.size());
      if (rule.multiline) {
        out.multiline_rules.push_back(index);
      } else {
        std::string set_error;
        int set_index = out.prefilter->Add(pattern, &set_error);
        if (set_index < 0) return error(ErrorCode::kInvalidPattern, "/pattern", set_error);
        out.set_to_rule.push_back(index);
      }
      out.rules.push_back(std::move(c));
    }
  }
  if (!out.set_to_rule.empty() && !out.prefilter->Compile())
    return Error{ErrorCode::kInvalidPattern, "the rules together exceed the prefilter's memory budget", "", ""};
  return out;
}

}  // namespace discret
