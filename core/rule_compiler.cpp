#include "core/rule_compiler.h"

#include <algorithm>
#include <unordered_map>
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
  std::unordered_set<std::string> ids;
  // Distinct prefilter patterns in first-seen order, each with the rules it stands for.
  std::vector<std::pair<std::string, std::vector<uint32_t>>> entries;
  std::unordered_map<std::string, size_t> entry_of;
  // Keyword entries go to Sets of their own: literals keep a Set's DFA small however many there are.
  std::vector<std::pair<std::string, std::vector<uint32_t>>> keyword_entries;
  std::unordered_map<std::string, size_t> keyword_entry_of;
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
      // Errors and group counts refer to the pattern as the user wrote it; it is compiled a second
      // time only when a leading \b comes off.
      c.regex = std::make_unique<RE2>(rule.pattern, rule_options(kRuleMaxMem));
      if (!c.regex->ok()) return error(ErrorCode::kInvalidPattern, "/pattern", c.regex->error());
      if (c.regex->NumberOfCapturingGroups() < rule.group)
        return error(ErrorCode::kInvalidRulePack, "/group",
                     "group " + std::to_string(rule.group) + " but the pattern has " +
                         std::to_string(c.regex->NumberOfCapturingGroups()));
      std::string pattern = rule.pattern;
      if (pattern.compare(0, 2, "\\b") == 0) {
        pattern.erase(0, 2);
        c.leading_word_boundary = true;
        c.regex = std::make_unique<RE2>(pattern, rule_options(kRuleMaxMem));
      }
      for (const auto& name : rule.validators) c.validators.push_back(find_validator(name));
      c.context = ContextMatcher(rule.context.words, rule.context.window, rule.context.same_line);
      c.exclude_context = ContextMatcher(rule.context.exclude_words, rule.context.window, rule.context.same_line);
      if (!rule.classifier.empty()) c.classifier = find_classifier(rule.classifier);
      auto tests = compile_alternation(rule.test_values, rule.where + "/testValues", rule.id);
      if (!tests.ok()) return tests.error();
      c.test_values = std::move(tests.value());
      auto allow = compile_alternation(rule.allow, rule.where + "/allow", rule.id);
      if (!allow.ok()) return allow.error();
      c.allow = std::move(allow.value());
      if (!rule.prefilter.empty()) {
        RE2 coarse(rule.prefilter, rule_options(kRuleMaxMem));
        if (!coarse.ok()) return error(ErrorCode::kInvalidPattern, "/prefilter", coarse.error());
      }
      if (rule.context.required) out.max_context_window = std::max(out.max_context_window, rule.context.window);
      auto index = static_cast<uint32_t>(out.rules.size());
      if (rule.multiline) {
        out.multiline_rules.push_back(index);
      } else if (!rule.keywords.empty()) {
        std::string key = "(?i)";
        for (size_t k = 0; k < rule.keywords.size(); ++k) key += (k ? "|" : "") + RE2::QuoteMeta(rule.keywords[k]);
        auto [it, fresh] = keyword_entry_of.emplace(key, keyword_entries.size());
        if (fresh) keyword_entries.emplace_back(key, std::vector<uint32_t>{});
        keyword_entries[it->second].second.push_back(index);
      } else {
        std::string key = rule.prefilter.empty() ? pattern : rule.prefilter;
        auto [it, fresh] = entry_of.emplace(key, entries.size());
        if (fresh) entries.emplace_back(key, std::vector<uint32_t>{});
        entries[it->second].second.push_back(index);
      }
      out.rules.push_back(std::move(c));
    }
  }
  auto add_sets = [&](const std::vector<std::pair<std::string, std::vector<uint32_t>>>& list,
                      size_t per_set) -> Result<bool> {
    for (size_t first = 0; first < list.size(); first += per_set) {
      CompiledRules::Prefilter p{std::make_unique<RE2::Set>(rule_options(kSetMaxMem), RE2::UNANCHORED), {}};
      for (size_t e = first; e < std::min(list.size(), first + per_set); ++e) {
        std::string set_error;
        if (p.set->Add(list[e].first, &set_error) < 0)  // each compiled alone above: not expected
          return Error{ErrorCode::kInvalidPattern, set_error, out.rules[list[e].second[0]].rule.where, ""};
        p.rules.push_back(list[e].second);
      }
      if (!p.set->Compile())
        return Error{ErrorCode::kInvalidPattern, "the rules exceed the prefilter's memory budget", "", ""};
      out.prefilters.push_back(std::move(p));
    }
    return true;
  };
  auto keyword_sets = add_sets(keyword_entries, kKeywordsPerSet);
  if (!keyword_sets.ok()) return keyword_sets.error();
  auto pattern_sets = add_sets(entries, kPatternsPerSet);
  if (!pattern_sets.ok()) return pattern_sets.error();
  return out;
}

}  // namespace discret
