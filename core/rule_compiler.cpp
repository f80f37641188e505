#include "core/rule_compiler.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "re2/regexp.h"

namespace discret {
namespace {

RE2::Options rule_options(int64_t max_mem) {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_max_mem(max_mem);
  o.set_encoding(RE2::Options::EncodingUTF8);
  return o;
}

// Parses without compiling (a fraction of the cost): the syntax error RE2 would give, if any.
// `captures` receives the number of capturing groups.
Status check_syntax(const std::string& pattern, const std::string& where, const std::string& rule_id,
                    int* captures = nullptr) {
  re2::RegexpStatus status;
  auto flags = static_cast<re2::Regexp::ParseFlags>(rule_options(kRuleMaxMem).ParseFlags());
  re2::Regexp* re = re2::Regexp::Parse(pattern, flags, &status);
  if (re == nullptr) return Error{ErrorCode::kInvalidPattern, status.Text(), where, rule_id};
  if (captures) *captures = re->NumCaptures();
  re->Decref();
  return Ok{};
}

std::string alternation_of(const std::vector<std::string>& patterns) {
  std::string alternation;
  for (size_t i = 0; i < patterns.size(); ++i) alternation += (i ? "|(?:" : "(?:") + patterns[i] + ")";
  return alternation;
}

}  // namespace

Result<std::unique_ptr<RE2>> compile_alternation(const std::vector<std::string>& patterns, const std::string& where,
                                                 const std::string& rule_id) {
  if (patterns.empty()) return std::unique_ptr<RE2>();
  // Each alone first, so an error names its own pointer (and ")(" cannot pass as part of "(?:)(?:)").
  for (size_t i = 0; i < patterns.size(); ++i) {
    Status syntax = check_syntax(patterns[i], where + "/" + std::to_string(i), rule_id);
    if (!syntax.ok()) return syntax.error();
  }
  auto re = std::make_unique<RE2>(alternation_of(patterns), rule_options(kRuleMaxMem));
  if (!re->ok()) return Error{ErrorCode::kInvalidPattern, re->error(), where, rule_id};
  return re;
}

const CompiledRule::Programs& CompiledRule::programs() const {
  std::call_once(programs_->once, [this] {
    Programs& p = *programs_;
    p.regex = std::make_unique<RE2>(pattern, rule_options(kRuleMaxMem));
    if (!p.regex->ok()) {
      p.status = Error{ErrorCode::kInvalidPattern, p.regex->error(), rule.where + "/pattern", rule.id};
      return;
    }
    auto tests = compile_alternation(rule.test_values, rule.where + "/testValues", rule.id);
    if (!tests.ok()) {
      p.status = tests.error();
      return;
    }
    p.test_values = std::move(tests.value());
    auto allow = compile_alternation(rule.allow, rule.where + "/allow", rule.id);
    if (!allow.ok()) {
      p.status = allow.error();
      return;
    }
    p.allow = std::move(allow.value());
  });
  return *programs_;
}

Status CompiledRule::compile_now() const { return programs().status; }

namespace {

// Appends Sets of at most `per_set` of `list`'s patterns to `sets`; a hit on pattern i of a Set
// sends the rules list[i].second.
Status add_sets(const CompiledRules& out, const std::vector<std::pair<std::string, std::vector<uint32_t>>>& list,
                size_t per_set, std::vector<CompiledRules::Prefilter>& sets) {
  for (size_t first = 0; first < list.size(); first += per_set) {
    CompiledRules::Prefilter p{std::make_unique<RE2::Set>(rule_options(kSetMaxMem), RE2::UNANCHORED), {}};
    for (size_t e = first; e < std::min(list.size(), first + per_set); ++e) {
      std::string set_error;
      if (p.set->Add(list[e].first, &set_error) < 0)
        return Error{ErrorCode::kInvalidPattern, set_error, out.rules[list[e].second[0]].rule.where, ""};
      p.rules.push_back(list[e].second);
    }
    if (!p.set->Compile())
      return Error{ErrorCode::kInvalidPattern, "the rules exceed the prefilter's memory budget", "", ""};
    sets.push_back(std::move(p));
  }
  return Ok{};
}

}  // namespace

const std::vector<CompiledRules::Prefilter>& CompiledRules::context_prefilters() const {
  std::call_once(gated_sets->once, [this] {
    gated_sets->status = add_sets(*this, gated_entries, kPatternsPerSet, gated_sets->sets);
    if (!gated_sets->status.ok()) gated_sets->sets.clear();  // built-in packs: the tests compile them
  });
  return gated_sets->sets;
}

Result<CompiledRules> compile_rules(const std::vector<RulePack>& packs) {
  CompiledRules out;
  std::unordered_set<std::string> ids;
  // Distinct prefilter patterns in first-seen order, each with the rules it stands for.
  std::vector<std::pair<std::string, std::vector<uint32_t>>> entries;
  std::unordered_map<std::string, size_t> entry_of;
  // Entries of the context-required rules, run behind the context gate.
  std::vector<std::pair<std::string, std::vector<uint32_t>>>& gated_entries = out.gated_entries;
  std::unordered_map<std::string, size_t> gated_entry_of;
  bool user_gated = false;  // a user pack has a gated rule: its Sets are compiled now, to report errors
  std::vector<std::string> gate_phrases;
  std::unordered_set<std::string> gate_phrase_seen;
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
      c.pattern = rule.pattern;
      if (c.pattern.compare(0, 2, "\\b") == 0) {
        c.pattern.erase(0, 2);
        c.leading_word_boundary = true;
      }
      for (const auto& name : rule.validators) c.validators.push_back(find_validator(name));
      c.context = ContextMatcher(rule.context.words, rule.context.window, rule.context.same_line);
      c.exclude_context = ContextMatcher(rule.context.exclude_words, rule.context.window, rule.context.same_line);
      if (!rule.classifier.empty()) c.classifier = find_classifier(rule.classifier);
      if (!pack.builtin) {
        // Errors refer to the pattern as the user wrote it (with its \b).
        int captures = 0;
        Status syntax = check_syntax(rule.pattern, rule.where + "/pattern", rule.id, &captures);
        if (!syntax.ok()) return error(ErrorCode::kInvalidPattern, "/pattern", syntax.error().message);
        if (captures < rule.group)
          return error(ErrorCode::kInvalidRulePack, "/group",
                       "group " + std::to_string(rule.group) + " but the pattern has " + std::to_string(captures));
        if (!rule.prefilter.empty()) {
          Status coarse = check_syntax(rule.prefilter, rule.where + "/prefilter", rule.id);
          if (!coarse.ok()) return error(ErrorCode::kInvalidPattern, "/prefilter", coarse.error().message);
        }
        Status compiled = c.compile_now();  // what parsing cannot tell: a program over the memory budget
        if (!compiled.ok()) {
          Error e = compiled.error();
          if (!pack.name.empty()) e.message += " (pack '" + pack.name + "')";
          return e;
        }
      }
      if (rule.context.required) {
        out.max_context_window = std::max(out.max_context_window, rule.context.window);
        c.context_slot = out.required_context.add(c.context);
      }
      auto index = static_cast<uint32_t>(out.rules.size());
      if (rule.multiline) {
        out.multiline_rules.push_back(index);
      } else if (!rule.keywords.empty()) {
        std::string key = "(?i)";
        for (size_t k = 0; k < rule.keywords.size(); ++k) key += (k ? "|" : "") + RE2::QuoteMeta(rule.keywords[k]);
        auto [it, fresh] = keyword_entry_of.emplace(key, keyword_entries.size());
        if (fresh) keyword_entries.emplace_back(key, std::vector<uint32_t>{});
        keyword_entries[it->second].second.push_back(index);
      } else if (rule.context.required && !rule.context.words.empty()) {
        std::string key = rule.prefilter.empty() ? c.pattern : rule.prefilter;
        auto [it, fresh] = gated_entry_of.emplace(key, gated_entries.size());
        if (fresh) gated_entries.emplace_back(key, std::vector<uint32_t>{});
        gated_entries[it->second].second.push_back(index);
        out.gated_slots.push_back(c.context_slot);
        user_gated = user_gated || !pack.builtin;
        for (const std::string& phrase : rule.context.words) {
          std::string regex;
          for (const std::string& word : split_words(phrase))
            regex += (regex.empty() ? "" : "[\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7f]*") + RE2::QuoteMeta(word);
          if (!regex.empty() && gate_phrase_seen.insert(regex).second) gate_phrases.push_back(regex);
        }
      } else {
        std::string key = rule.prefilter.empty() ? c.pattern : rule.prefilter;
        auto [it, fresh] = entry_of.emplace(key, entries.size());
        if (fresh) entries.emplace_back(key, std::vector<uint32_t>{});
        entries[it->second].second.push_back(index);
      }
      out.rules.push_back(std::move(c));
    }
  }
  Status keyword_sets = add_sets(out, keyword_entries, kKeywordsPerSet, out.prefilters);
  if (!keyword_sets.ok()) return keyword_sets.error();
  Status pattern_sets = add_sets(out, entries, kPatternsPerSet, out.prefilters);
  if (!pattern_sets.ok()) return pattern_sets.error();
  if (user_gated) {
    out.context_prefilters();
    if (!out.gated_sets->status.ok()) return out.gated_sets->status.error();
  }
  if (!gate_phrases.empty()) {
    std::string gate = "(?i)";
    for (size_t i = 0; i < gate_phrases.size(); ++i) gate += (i ? "|" : "") + gate_phrases[i];
    out.context_gate = std::make_unique<RE2>(gate, rule_options(kSetMaxMem));
    if (!out.context_gate->ok())
      return Error{ErrorCode::kInvalidPattern, "the context words exceed the prefilter's memory budget", "", ""};
  }
  return out;
}

}  // namespace discret
