// Stage 2, compile: rules -> one RE2 per rule + one RE2::Set prefilter over the single-line rules.
// Errors name the rule's JSON Pointer (`/rules/3/pattern`). The result is immutable and may be
// shared by threads (RE2 and RE2::Set matching are thread-safe).
#pragma once
#include <memory>
#include <vector>

#include "core/classifiers.h"
#include "core/context.h"
#include "core/error.h"
#include "core/rule.h"
#include "core/validators.h"
#include "re2/re2.h"
#include "re2/set.h"

namespace discret {

struct CompiledRule {
  Rule rule;
  // The pattern as compiled: a leading \b is taken off (it disables RE2's literal-prefix
  // skip-ahead, DESIGN.md §4) and checked after the match instead (leading_word_boundary).
  std::unique_ptr<RE2> regex;
  bool leading_word_boundary = false;
  std::vector<Validator> validators;
  ContextMatcher context;          // rule.context.words
  ContextMatcher exclude_context;  // rule.context.exclude_words
  Classifier classifier = nullptr;
  std::unique_ptr<RE2> test_values;  // the rule's testValues as one alternation, or null
  std::unique_ptr<RE2> allow;        // the rule's allow patterns as one alternation, or null
};

struct CompiledRules {
  std::vector<CompiledRule> rules;
  // Prefilter over the single-line rules, as several small Sets: one Set's DFA states grow with
  // the product of its patterns' states, so a few Sets of kPatternsPerSet cost less than one of
  // all (measured: docs/benchmarks.md). A hit on pattern i of Set s sends the rules
  // prefilters[s].rules[i].
  struct Prefilter {
    std::unique_ptr<RE2::Set> set;
    std::vector<std::vector<uint32_t>> rules;
  };
  std::vector<Prefilter> prefilters;
  // Multi-line rules (PEM blocks...): matched over the whole text, outside the prefilter.
  std::vector<uint32_t> multiline_rules;
  size_t max_context_window = 0;  // the widest window of the rules that require context
};

// Memory budgets. At ~30 patterns RE2's default 8 MiB makes the Set's DFA thrash (DESIGN.md §4).
constexpr int64_t kSetMaxMem = 64 << 20;
constexpr int64_t kRuleMaxMem = 8 << 20;
constexpr size_t kPatternsPerSet = 8;
constexpr size_t kKeywordsPerSet = 512;  // keyword entries are literals: one Set holds many cheaply

// Patterns joined into one RE2, to be used with FullMatch (null when `patterns` is empty). Errors
// name `where` + "/<index>" of the pattern at fault.
Result<std::unique_ptr<RE2>> compile_alternation(const std::vector<std::string>& patterns, const std::string& where,
                                                 const std::string& rule_id);

// `packs` are loaded rule packs, in priority order; rule ids must be unique across them.
Result<CompiledRules> compile_rules(const std::vector<RulePack>& packs);

}  // namespace discret
