// Stage 2, compile: rules -> one RE2 per rule + one RE2::Set prefilter over the single-line rules.
// Errors name the rule's JSON Pointer (`/rules/3/pattern`). The result is immutable and may be
// shared by threads (RE2 and RE2::Set matching are thread-safe).
#pragma once
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/classifiers.h"
#include "core/context.h"
#include "core/error.h"
#include "core/rule.h"
#include "core/validators.h"
#include "re2/re2.h"
#include "re2/set.h"

namespace discret {

struct CompiledRules;
Result<CompiledRules> compile_rules(const std::vector<RulePack>& packs);

struct CompiledRule {
  Rule rule;
  // The pattern as compiled: a leading \b is taken off (it disables RE2's literal-prefix
  // skip-ahead, DESIGN.md §4) and checked after the match instead (leading_word_boundary).
  std::string pattern;
  bool leading_word_boundary = false;
  std::vector<Validator> validators;
  ContextMatcher context;          // rule.context.words
  uint32_t context_slot = 0;       // its slot in CompiledRules::required_context, when context is required
  ContextMatcher exclude_context;  // rule.context.exclude_words
  Classifier classifier = nullptr;

  // The RE2 programs, compiled on first use when the rule came from a built-in pack: most rules
  // never see a prefilter hit, and compiling all 300+ up front was most of the engine's start
  // time. Rules from user packs are compiled by compile_rules(), so that their errors come back
  // at creation. Thread-safe (std::call_once). A built-in pattern that failed to compile would
  // match nothing; tests compile every built-in rule (compile_now()).
  const RE2& regex() const { return *programs().regex; }
  const RE2* test_values() const { return programs().test_values.get(); }  // testValues as one alternation, or null
  const RE2* allow() const { return programs().allow.get(); }              // allow patterns as one alternation, or null
  // Compiles the programs now if they are not yet; the first error, if any.
  Status compile_now() const;

 private:
  friend Result<CompiledRules> compile_rules(const std::vector<RulePack>& packs);
  struct Programs {
    std::once_flag once;
    std::unique_ptr<RE2> regex, test_values, allow;
    Status status = Ok{};
  };
  const Programs& programs() const;
  std::unique_ptr<Programs> programs_ = std::make_unique<Programs>();
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
  // The single-line rules that require context and have no keywords (national phone shapes, dates
  // of birth, national ids): their patterns hit on most lines with numbers, their context words on
  // few. Their Sets run only on lines that `context_gate` says may have a context phrase around
  // them: one pass of the gate over the whole text costs less than their Sets on every line.
  // Compiled on first use (the first line where the gate opens): most texts never need them, and
  // they were a third of the engine's start. A user pack's are compiled by compile_rules().
  const std::vector<Prefilter>& context_prefilters() const;
  bool has_context_prefilters() const { return !gated_entries.empty(); }
  std::vector<std::pair<std::string, std::vector<uint32_t>>> gated_entries;  // pattern -> rules
  struct LazySets {
    std::once_flag once;
    std::vector<Prefilter> sets;
    Status status = Ok{};
  };
  std::unique_ptr<LazySets> gated_sets = std::make_unique<LazySets>();
  // Every context phrase of those rules as a case-insensitive substring, its words joined by any
  // run of ASCII non-alphanumerics: it matches wherever split_words() would see the phrase, and
  // more (a necessary condition only). Null when there are no such rules.
  std::unique_ptr<RE2> context_gate;
  std::vector<uint32_t> gated_slots;  // the required_context slots of those rules
  // Multi-line rules (PEM blocks...): matched over the whole text, outside the prefilter.
  std::vector<uint32_t> multiline_rules;
  size_t max_context_window = 0;  // the widest window of the rules that require context
  ContextIndex required_context;   // the context words of those rules, one slot per rule
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

// `packs` are loaded rule packs, in priority order; rule ids must be unique across them. Packs
// marked `builtin` are checked by the tests, not here: their programs compile on first use.
Result<CompiledRules> compile_rules(const std::vector<RulePack>& packs);

}  // namespace discret
