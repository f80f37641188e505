#include <catch2/catch.hpp>

#include "core/rule_loader.h"
#include "core/scanner.h"

using namespace discret;

namespace {
Error load_error(const std::string& json) {
  auto r = load_rule_pack(json);
  REQUIRE_FALSE(r.ok());
  return r.error();
}
Error create_error(const std::string& json) {
  auto pack = load_rule_pack(json);
  REQUIRE(pack.ok());
  auto scanner = Scanner::create({pack.value()}, {});
  REQUIRE_FALSE(scanner.ok());
  return scanner.error();
}
const char* kGood = R"J({"name":"t","rules":[{"id":"a","entity":"EMAIL","pattern":"x"}]})J";
}  // namespace

TEST_CASE("a minimal pack loads with defaults") {
  auto r = load_rule_pack(kGood);
  REQUIRE(r.ok());
  REQUIRE(r.value().rules.size() == 1);
  const Rule& rule = r.value().rules[0];
  CHECK(rule.id == "a");
  CHECK(rule.group == 0);
  CHECK(rule.country.empty());
  CHECK(rule.where == "/rules/0");
}

TEST_CASE("malformed JSON names the byte offset") {
  Error e = load_error(R"J({"rules": [)J");
  CHECK(e.code == ErrorCode::kInvalidJson);
  CHECK(e.where == "@11");
  CHECK(std::string(error_code_name(e.code)) == "invalid_json");
  CHECK(load_error(R"J({"rules": x})J").where == "@10");
}

TEST_CASE("structural errors name the JSON Pointer and the rule id") {
  Error missing = load_error(R"J({"rules":[{"id":"a","entity":"EMAIL","pattern":"x"},{"id":"b","entity":"EMAIL"}]})J");
  CHECK(missing.where == "/rules/1/pattern");
  CHECK(missing.rule_id == "b");
  CHECK(missing.to_string() == "/rules/1/pattern: missing required field");

  Error validator = load_error(R"J({"rules":[{"id":"a","entity":"EMAIL","pattern":"x","validators":["luhn","nope"]}]})J");
  CHECK(validator.code == ErrorCode::kUnknownValidator);
  CHECK(validator.where == "/rules/0/validators/1");

  Error entity = load_error(R"J({"rules":[{"id":"a","entity":"EMAILS","pattern":"x"}]})J");
  CHECK(entity.where == "/rules/0/entity");

  Error typo = load_error(R"J({"rules":[{"id":"a","entity":"EMAIL","pattern":"x","validator":["luhn"]}]})J");
  CHECK(typo.where == "/rules/0/validator");

  Error type = load_error(R"J({"rules":[{"id":"a","entity":"EMAIL","pattern":"x","score":"high"}]})J");
  CHECK(type.where == "/rules/0/score");

  Error range = load_error(R"J({"rules":[{"id":"a","entity":"EMAIL","pattern":"x","score":1.5}]})J");
  CHECK(range.where == "/rules/0/score");

  Error ctx = load_error(R"J({"rules":[{"id":"a","entity":"EMAIL","pattern":"x","context":{"words":["ok",3]}}]})J");
  CHECK(ctx.where == "/rules/0/context/words/1");

  Error country = load_error(R"J({"rules":[{"id":"a","entity":"EMAIL","pattern":"x","country":"fra"}]})J");
  CHECK(country.where == "/rules/0/country");

  Error id = load_error(R"J({"rules":[{"id":"Bad Id","entity":"EMAIL","pattern":"x"}]})J");
  CHECK(id.where == "/rules/0/id");

  Error rules = load_error(R"J({"rules":{}})J");
  CHECK(rules.where == "/rules");
}

TEST_CASE("a pattern that does not compile names its pointer and RE2's reason") {
  Error e = create_error(R"J({"rules":[{"id":"a","entity":"EMAIL","pattern":"x"},
                                     {"id":"b","entity":"EMAIL","pattern":"(abc"}]})J");
  CHECK(e.code == ErrorCode::kInvalidPattern);
  CHECK(e.where == "/rules/1/pattern");
  CHECK(e.rule_id == "b");
  CHECK(e.message.find("missing )") != std::string::npos);
}

TEST_CASE("a group beyond the pattern's groups and duplicate ids are errors") {
  Error group = create_error(R"J({"rules":[{"id":"a","entity":"EMAIL","pattern":"(x)","group":2}]})J");
  CHECK(group.where == "/rules/0/group");
  Error dup = create_error(R"J({"rules":[{"id":"a","entity":"EMAIL","pattern":"x"},{"id":"a","entity":"PHONE","pattern":"y"}]})J");
  CHECK(dup.code == ErrorCode::kDuplicateRule);
  CHECK(dup.where == "/rules/1/id");
}

TEST_CASE("the built-in packs load and compile") {
  auto packs = load_builtin_packs();
  REQUIRE(packs.ok());
  std::vector<std::string> names;
  for (const auto& p : packs.value()) names.push_back(p.name);
  // Pack order decides ties: personal data first, then secrets.
  CHECK(names == std::vector<std::string>{"pii-core", "pii-person", "pii-national", "secrets-core", "secrets-cloud",
                                          "secrets-saas"});
  auto scanner = Scanner::create(packs.value(), {});
  REQUIRE(scanner.ok());
  CHECK(scanner.value()->rule_count() >= 15);
}

TEST_CASE("context entries must hold a word") {
  Error e = load_error(R"J({"rules":[{"id":"a","entity":"EMAIL","pattern":"x","context":{"excludeWords":["ok","--"]}}]})J");
  CHECK(e.where == "/rules/0/context/excludeWords/1");
}

TEST_CASE("lineSpan is an integer from 1 to 5 and not for multiline rules") {
  auto with = [](const std::string& extra) {
    return R"J({"rules":[{"id":"a","entity":"ADDRESS","pattern":"x")J" + extra + "}]}";
  };
  auto ok = load_rule_pack(with(R"J(,"lineSpan":3)J"));
  REQUIRE(ok.ok());
  CHECK(ok.value().rules[0].line_span == 3);
  CHECK(load_error(with(R"J(,"lineSpan":1.5)J")).where == "/rules/0/lineSpan");
  CHECK(load_error(with(R"J(,"lineSpan":6)J")).where == "/rules/0/lineSpan");
  CHECK(load_error(with(R"J(,"lineSpan":0)J")).where == "/rules/0/lineSpan");
  CHECK(load_error(with(R"J(,"lineSpan":2,"multiline":true)J")).where == "/rules/0/lineSpan");
}
