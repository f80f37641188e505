#include <catch2/catch.hpp>

#include "core/rule_loader.h"
#include "core/scanner.h"

using namespace discret;

namespace {
std::unique_ptr<Scanner> make(const std::string& options_json) {
  auto options = scanner_options_from_json(options_json);
  REQUIRE(options.ok());
  auto s = Scanner::create_default(options.value());
  REQUIRE(s.ok());
  return std::move(s.value());
}
Error make_error(const std::string& options_json) {
  auto options = scanner_options_from_json(options_json);
  if (!options.ok()) return options.error();
  auto s = Scanner::create_default(options.value());
  REQUIRE_FALSE(s.ok());
  return s.error();
}
std::vector<std::string> ids(const Scanner& s, const std::string& text) {
  std::vector<std::string> out;
  for (const Finding& f : s.scan(text)) out.push_back(s.rule(f.rule).id);
  return out;
}
const char* kText = "mail a@example.org, tel 06 12 34 56 78, IBAN DE89370400440532013000, key AKIAIOSFODNN7EXAMPLE";
}  // namespace

TEST_CASE("allow lists drop exact values and values matching a pattern") {
  auto s = make(R"J({"allow": ["a@example.org", {"pattern": "AKIA.*"}]})J");
  CHECK(ids(*s, kText) == std::vector<std::string>{"fr-phone", "iban"});
  // Only the whole value is compared: a longer value that contains an allowed one is still reported.
  CHECK(ids(*s, "mail xa@example.org") == std::vector<std::string>{"email"});
}

TEST_CASE("deny lists report a value or pattern wherever it appears, as the given entity") {
  auto s = make(R"J({"deny": [{"value": "Projet Hermès", "entity": "PERSON"}, {"pattern": "ACME-[0-9]{4}", "entity": "NATIONAL_ID"}]})J");
  std::string text = "le Projet Hermès (ACME-1234) a.b@example.org";
  auto found = s->scan(text);
  REQUIRE(found.size() == 3);
  CHECK(s->rule(found[0].rule).id == "deny-1");
  CHECK(s->rule(found[0].rule).entity == "PERSON");
  CHECK(text.substr(found[0].start, found[0].end - found[0].start) == "Projet Hermès");
  CHECK(found[0].score == 1.0);
  CHECK(s->rule(found[1].rule).id == "deny-2");
}

TEST_CASE("rules, entities and countries can be turned off") {
  CHECK(ids(*make(R"J({"disabledRules": ["fr-phone", "email"]})J"), kText) ==
        std::vector<std::string>{"iban", "aws-access-key-id"});
  CHECK(ids(*make(R"J({"entities": ["IBAN", "SECRET"]})J"), kText) == std::vector<std::string>{"iban", "aws-access-key-id"});
  // A country filter keeps rules without a country and the national rules of the listed ones.
  CHECK(ids(*make(R"J({"countries": ["GB"]})J"), kText) == std::vector<std::string>{"email", "iban", "aws-access-key-id"});
}

TEST_CASE("option errors name a JSON Pointer") {
  CHECK(make_error(R"J({"disabledRules": ["fr-phone", "nope"]})J").where == "/disabledRules/1");
  CHECK(make_error(R"J({"entities": ["EMAILS"]})J").where == "/entities/0");
  CHECK(make_error(R"J({"countries": ["fr"]})J").where == "/countries/0");
  CHECK(make_error(R"J({"deny": [{"pattern": "(x", "entity": "PERSON"}]})J").where == "/deny/0/pattern");
  CHECK(make_error(R"J({"deny": [{"value": "x", "entity": "NAME"}]})J").where == "/deny/0/entity");
  CHECK(make_error(R"J({"deny": [{"value": "x", "pattern": "y", "entity": "PERSON"}]})J").where == "/deny/0");
  CHECK(make_error(R"J({"allow": ["ok", {"pattern": "[z-a]"}]})J").where == "/allow/0");
  CHECK(make_error(R"J({"allow": [3]})J").where == "/allow/0");
  CHECK(make_error(R"J({"minScore": 2})J").where == "/minScore");
  CHECK(make_error(R"J({"minscore": 0.2})J").where == "/minscore");
  CHECK(make_error(R"J({"minScore": )J").code == ErrorCode::kInvalidJson);
}

TEST_CASE("test values are reported with test set, and IPs with their range") {
  auto s = make("{}");
  std::string text = "from 192.0.2.10 and 10.0.0.7 and 8.8.4.4";
  auto found = s->scan(text);
  REQUIRE(found.size() == 3);
  CHECK(found[0].test);
  CHECK(std::string(value_kind_name(found[0].kind)) == "documentation");
  CHECK_FALSE(found[1].test);
  CHECK(std::string(value_kind_name(found[1].kind)) == "private");
  CHECK_FALSE(found[2].test);
  CHECK(std::string(value_kind_name(found[2].kind)) == "public");
}

TEST_CASE("a rule's testValues mark findings that fully match one") {
  auto pack = load_rule_pack(R"J({"rules":[{"id":"k","entity":"SECRET","pattern":"KEY-[A-Z0-9]{6}",
                                  "testValues":["KEY-EXAMPL","KEY-0{6}"]}]})J");
  REQUIRE(pack.ok());
  auto s = Scanner::create({pack.value()}, {});
  REQUIRE(s.ok());
  auto found = s.value()->scan("KEY-EXAMPL KEY-000000 KEY-AB12CD");
  REQUIRE(found.size() == 3);
  CHECK(found[0].test);
  CHECK(found[1].test);
  CHECK_FALSE(found[2].test);
  auto bad = load_rule_pack(R"J({"rules":[{"id":"k","entity":"SECRET","pattern":"x","testValues":["ok","(bad"]}]})J");
  REQUIRE(bad.ok());
  auto err = Scanner::create({bad.value()}, {});
  REQUIRE_FALSE(err.ok());
  CHECK(err.error().where == "/rules/0/testValues/1");
  auto unknown = load_rule_pack(R"J({"rules":[{"id":"k","entity":"SECRET","pattern":"x","classify":"nope"}]})J");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().where == "/rules/0/classify");
}

TEST_CASE("the built-in rules mark documentation and test values, and only those") {
  auto s = make("{}");
  auto test_flags = [&](const std::string& text) {
    std::vector<std::pair<std::string, bool>> out;
    for (const Finding& f : s->scan(text)) out.emplace_back(text.substr(f.start, f.end - f.start), f.test);
    return out;
  };
  using V = std::vector<std::pair<std::string, bool>>;
  CHECK(test_flags("jane@example.com jane@mail.example.org jane@example.fr jane@examples.com") ==
        V{{"jane@example.com", true}, {"jane@mail.example.org", true}, {"jane@example.fr", false}, {"jane@examples.com", false}});
  CHECK(test_flags("call (415) 555-0123 or (415) 555-2671") == V{{"(415) 555-0123", true}, {"(415) 555-2671", false}});
  CHECK(test_flags("Phone: 020 7946 0958 or 020 7946 1958") == V{{"020 7946 0958", true}, {"020 7946 1958", false}});
  CHECK(test_flags("tél 06 39 98 12 34 ou 06 12 34 56 78") == V{{"06 39 98 12 34", true}, {"06 12 34 56 78", false}});
  CHECK(test_flags("card 4111 1111 1111 1111, card 4539 1488 0343 6467") ==
        V{{"4111 1111 1111 1111", true}, {"4539 1488 0343 6467", false}});
  CHECK(test_flags("key AKIAIOSFODNN7EXAMPLE, key AKIA2EQARF3B244CSSR6") ==
        V{{"AKIAIOSFODNN7EXAMPLE", true}, {"AKIA2EQARF3B244CSSR6", false}});
  CHECK(test_flags("STRIPE=sk_test_4eC39HqLyjWDarjtT1zdp7dc") == V{{"sk_test_4eC39HqLyjWDarjtT1zdp7dc", true}});
}
