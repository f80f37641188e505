// The scan pipeline: prefilter -> extract -> validate -> context -> resolve.
//
//   auto scanner = Scanner::create_default({});          // built-in packs
//   if (!scanner.ok()) report(scanner.error());
//   for (const Finding& f : scanner.value()->scan(text)) ...
//
// A Scanner is immutable after creation; scan() is const and thread-safe. Offsets are UTF-8
// bytes. Invalid UTF-8 is scanned as is (RE2 never matches across an invalid byte as a letter).
#pragma once
#include <memory>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/finding.h"
#include "core/rule_compiler.h"

namespace discret {

struct ScannerOptions {
  double min_score = 0.5;  // findings scoring below are dropped, in [0, 1]
};

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
  std::vector<Finding> candidates(std::string_view text) const;
  // Validation and scoring of one candidate; false when it is rejected.
  bool accept(std::string_view text, Finding& candidate) const;

  const Rule& rule(uint32_t index) const { return rules_.rules[index].rule; }
  size_t rule_count() const { return rules_.rules.size(); }

 private:
  Scanner(CompiledRules rules, ScannerOptions options) : rules_(std::move(rules)), options_(options) {}
  CompiledRules rules_;
  ScannerOptions options_;
};

// Loads the built-in packs (rules/*.json as compiled in), in their fixed order.
Result<std::vector<RulePack>> load_builtin_packs();

}  // namespace discret
