// Data-driven: every rule's own examples, each rule scanned alone (at the default min score, as
// users run it) so that an example proves that rule, not a neighbour.
#include <catch2/catch.hpp>

#include "core/rule_compiler.h"
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

TEST_CASE("built-in rules compile on first use, and every one of them compiles") {
  auto packs = load_builtin_packs();
  REQUIRE(packs.ok());
  for (const RulePack& pack : packs.value()) CHECK(pack.builtin);
  auto compiled = compile_rules(packs.value());
  REQUIRE(compiled.ok());
  for (const CompiledRule& rule : compiled.value().rules) {
    INFO("rule " << rule.rule.id);
    Status status = rule.compile_now();
    CHECK(status.ok());
    CHECK(rule.regex().ok());
  }
  // The Sets behind the context gate are compiled on first use too.
  REQUIRE(compiled.value().has_context_prefilters());
  CHECK_FALSE(compiled.value().context_prefilters().empty());
  CHECK(compiled.value().gated_sets->status.ok());
}

TEST_CASE("a user pack is compiled at creation: a pattern error comes back then, located") {
  Rule rule;
  rule.id = "broken";
  rule.entity = "EMAIL";
  rule.pattern = "a(b";
  rule.where = "/rules/0";
  rule.keywords = {"b"};  // so the pattern is not in a prefilter Set (a Set checks what it holds)
  auto user = compile_rules({RulePack{"mine", {rule}}});
  REQUIRE_FALSE(user.ok());
  CHECK(user.error().where == "/rules/0/pattern");
  // The same rule marked built-in is trusted at creation; its error surfaces on first use, and the
  // rule then matches nothing rather than crashing.
  auto trusted = compile_rules({RulePack{"mine", {rule}, true}});
  REQUIRE(trusted.ok());
  Status status = trusted.value().rules[0].compile_now();
  REQUIRE_FALSE(status.ok());
  CHECK(status.error().where == "/rules/0/pattern");
  CHECK_FALSE(trusted.value().rules[0].regex().ok());
}
