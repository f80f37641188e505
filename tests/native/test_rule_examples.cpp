// Data-driven: every rule's own examples, each rule scanned alone (at the default min score, as
// users run it) so that an example proves that rule, not a neighbour.
#include <catch2/catch.hpp>

#include "core/scanner.h"

using namespace discret;

TEST_CASE("every built-in rule matches its examples and rejects its look-alikes") {
  auto packs = load_builtin_packs();
  REQUIRE(packs.ok());
  size_t rules = 0;
  for (const RulePack& pack : packs.value()) {
    for (const Rule& rule : pack.rules) {
      ++rules;
      INFO("rule " << rule.id << " (" << pack.name << rule.where << ")");
      CHECK(rule.examples_match.size() >= 3);
      CHECK(rule.examples_no_match.size() >= 3);
      auto scanner = Scanner::create({RulePack{pack.name, {rule}}}, ScannerOptions{});
      REQUIRE(scanner.ok());
      for (const std::string& text : rule.examples_match) {
        INFO("must match: " << text);
        CHECK_FALSE(scanner.value()->scan(text).empty());
      }
      for (const std::string& text : rule.examples_no_match) {
        auto found = scanner.value()->scan(text);
        INFO("must not match: " << text << " (found " << found.size() << ")");
        CHECK(found.empty());
      }
    }
  }
  CHECK(rules >= 15);
}
