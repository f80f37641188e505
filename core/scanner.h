// The scan pipeline: prefilter -> extract -> validate -> context -> classify -> resolve.
// Context is the words near a value and, in a delimited table, the name of its column (table.h).
//
//   auto scanner = Scanner::create_default({});          // built-in packs
//   if (!scanner.ok()) report(scanner.error());
//   for (const Finding& f : scanner.value()->scan(text)) ...
//
// A Scanner is immutable after creation; scan() is const and thread-safe. Offsets are UTF-8
// bytes. Invalid UTF-8 is scanned as is (RE2 never matches across an invalid byte as a letter).
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/error.h"
#include "core/finding.h"
#include "core/rule_compiler.h"
#include "core/table.h"

namespace discret {

// A value that must be reported wherever it appears: an exact `value`, or an RE2 `pattern`.
struct DenyEntry {
  std::string value;
  std::string pattern;
  std::string entity;  // what the finding reports
};

struct ScannerOptions {
  double min_score = 0.5;                   // findings scoring below are dropped, in [0, 1]
  std::vector<std::string> allow;           // exact values never reported
  std::vector<std::string> allow_patterns;  // RE2 patterns: a value that fully matches one is never reported
  std::vector<DenyEntry> deny;              // reported as rules "deny-1", "deny-2"... with score 1
  std::vector<std::string> disabled_rules;  // rule ids turned off
  std::vector<std::string> entities;        // when not empty, only rules of these entities
  std::vector<std::string> countries;       // when not empty, national rules of only these countries
};

// The JSON form of the options, as the JS API and the CLI give them (camelCase):
// {"minScore":0.5, "allow":["a@b.fr", {"pattern":"..."}], "deny":[{"value"|"pattern":..., "entity":...}],
//  "disabledRules":[...], "entities":[...], "countries":[...]}. Errors name a JSON Pointer.
Result<ScannerOptions> scanner_options_from_json(std::string_view json);

class Scanner {
 public:
  // `packs` in priority order (earlier packs win ties in overlap resolution).
  static Result<std::unique_ptr<Scanner>> create(const std::vector<RulePack>& packs, ScannerOptions options);
  // The built-in packs, followed by `extra_packs`.
  static Result<std::unique_ptr<Scanner>> create_default(ScannerOptions options,
                                                         const std::vector<RulePack>& extra_packs = {});

  // Findings sorted by start, non-overlapping.
  std::vector<Finding> scan(std::string_view text) const;

  // Stage by stage, for tests and tools: the raw matches of every rule (no validation or context).
  // `table` (Table::find(text)) lets rules that require context run on rows whose column names
  // are the context; scan() passes it.
  std::vector<Finding> candidates(std::string_view text, const Table& table = Table()) const;
  // Validation, scoring, classification and allow lists for one candidate; false when it is
  // dropped. The name of the candidate's column in `table` counts as context near it.
  bool accept(std::string_view text, Finding& candidate, const Table& table = Table()) const;

  const Rule& rule(uint32_t index) const { return rules_.rules[index].rule; }
  size_t rule_count() const { return rules_.rules.size(); }

 private:
  Scanner(CompiledRules rules, double min_score) : rules_(std::move(rules)), min_score_(min_score) {}
  CompiledRules rules_;
  double min_score_;
  std::unordered_set<std::string> allow_;
  std::unique_ptr<RE2> allow_patterns_;  // null when there are none
};

// Loads the built-in packs (rules/*.json as compiled in), in their fixed order.
Result<std::vector<RulePack>> load_builtin_packs();
// The same, parsed once per process (thread-safe): the packs are compiled in and never change.
const Result<std::vector<RulePack>>& builtin_packs();

}  // namespace discret
