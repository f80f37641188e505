#include <catch2/catch.hpp>

#include <random>

#include "core/pseudonymize.h"
#include "tests/native/support.h"

using namespace discret;
using namespace discret::test;

namespace {
std::string run(const std::string& text, OperatorOptions options, PseudonymMap& map) {
  auto r = pseudonymize(default_scanner(), text, options, map);
  REQUIRE(r.ok());
  return r.value().text;
}
std::string run(const std::string& text, OperatorOptions options) {
  PseudonymMap map;
  return run(text, options, map);
}
OperatorOptions op(Operator o) {
  OperatorOptions options;
  options.op = o;
  return options;
}
}  // namespace

TEST_CASE("operators have stable names") {
  for (const char* name : {"redact", "placeholder", "mask", "hash", "pseudonym"}) {
    auto parsed = parse_operator(name);
    REQUIRE(parsed.ok());
    CHECK(std::string(operator_name(parsed.value())) == name);
  }
  CHECK_FALSE(parse_operator("encrypt").ok());
}

TEST_CASE("redact, placeholder and mask replace only the finding") {
  std::string text = "mail jean.dupont@example.fr now";
  CHECK(run(text, op(Operator::kRedact)) == "mail  now");
  CHECK(run(text, op(Operator::kPlaceholder)) == "mail <EMAIL> now");
  CHECK(run(text, op(Operator::kMask)) == "mail ******************e.fr now");
  OperatorOptions two = op(Operator::kMask);
  two.mask_keep = 2;
  two.mask_char = "\xE2\x80\xA2";  // one character, three bytes
  PseudonymMap map;
  CHECK(replacement("EMAIL", "a@b.fr", two, map) == "\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2" "fr");
  two.mask_char = "**";
  CHECK(check_options(two).error().code == ErrorCode::kInvalidOption);
}

TEST_CASE("mask counts code points, not bytes") {
  OperatorOptions o = op(Operator::kMask);
  o.mask_keep = 3;
  PseudonymMap map;
  CHECK(replacement("PERSON", "Zoé Müller", o, map) == "*******ler");
  o.mask_keep = 0;
  CHECK(replacement("PERSON", "Zoé", o, map) == "***");
}

TEST_CASE("hash is HMAC-SHA-256 of the value under the key, the same on every run") {
  OperatorOptions o = op(Operator::kHash);
  o.key = "k";
  // Expected value from an independent HMAC implementation.
  CHECK(run("mail jean.dupont@example.fr", o) ==
        "mail 883793aeb49c3d1945a831f4a0ba9af8afdf7a2aafaab231216a6aedd0a7ad9c");
  o.key = "other";
  CHECK(run("mail jean.dupont@example.fr", o) != "mail 883793aeb49c3d1945a831f4a0ba9af8afdf7a2aafaab231216a6aedd0a7ad9c");
}

TEST_CASE("hash without a key is an error, not an unkeyed hash") {
  PseudonymMap map;
  auto r = pseudonymize(default_scanner(), "jean.dupont@example.fr", op(Operator::kHash), map);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == ErrorCode::kMissingKey);
}

TEST_CASE("pseudonyms are numbered per entity and stable for a value") {
  PseudonymMap map;
  std::string out = run("a@example.com b@example.com a@example.com 203.0.113.1", op(Operator::kPseudonym), map);
  CHECK(out == "<EMAIL_1> <EMAIL_2> <EMAIL_1> <IP_ADDRESS_1>");
  CHECK(run("again b@example.com", op(Operator::kPseudonym), map) == "again <EMAIL_2>");
}

TEST_CASE("a pseudonym mapping exports and imports to the same numbering") {
  PseudonymMap map;
  run("a@example.com b@example.com", op(Operator::kPseudonym), map);
  std::string exported = map.to_json();
  PseudonymMap restored;
  REQUIRE(restored.from_json(exported).ok());
  CHECK(restored.to_json() == exported);
  CHECK(run("b@example.com c@example.com", op(Operator::kPseudonym), restored) == "<EMAIL_2> <EMAIL_3>");
}

TEST_CASE("a malformed mapping is rejected with a pointer and leaves the map unchanged") {
  PseudonymMap map;
  map.get_or_assign("EMAIL", "a@example.com");
  std::string before = map.to_json();
  auto bad = map.from_json(R"J({"version":1,"entries":[{"entity":"EMAIL","value":"x","pseudonym":"<EMAIL_1>"},
                                                     {"entity":"EMAIL","value":"y","pseudonym":"<PHONE_2>"}]})J");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().code == ErrorCode::kInvalidMapping);
  CHECK(bad.error().where == "/entries/1/pseudonym");
  CHECK(map.to_json() == before);
  CHECK(map.from_json("{").error().code == ErrorCode::kInvalidJson);
  CHECK(map.from_json(R"J({"version":1,"entries":[{"entity":"EMAIL","value":"x","pseudonym":"<EMAIL_1>"},
                                                 {"entity":"EMAIL","value":"y","pseudonym":"<EMAIL_1>"}]})J")
            .error()
            .where == "/entries/1/pseudonym");
}

TEST_CASE("bytes outside findings are never changed, on a large random text") {
  std::mt19937 rng(7);
  const char* pieces[] = {" ", "\n", "é", "😀", "abc", "1234", "@", ".", "jean@example.org", "+33 6 12 34 56 78",
                          "4111 1111 1111 1111", "\xFF", "ghp_16C7e42F292c6912E7710c838347Ae178B4a", "10.0.0.1"};
  std::string text;
  while (text.size() < 300000) text += pieces[rng() % (sizeof(pieces) / sizeof(*pieces))];
  PseudonymMap map;
  auto r = pseudonymize(default_scanner(), text, op(Operator::kPseudonym), map);
  REQUIRE(r.ok());
  const auto& p = r.value();
  REQUIRE(!p.findings.empty());
  // Walk input and output together: outside findings identical, inside exactly the replacement.
  size_t in = 0, out = 0;
  for (size_t i = 0; i < p.findings.size(); ++i) {
    size_t gap = p.findings[i].start - in;
    REQUIRE(p.text.compare(out, gap, text, in, gap) == 0);
    out += gap;
    REQUIRE(p.text.compare(out, p.replacements[i].size(), p.replacements[i]) == 0);
    out += p.replacements[i].size();
    in = p.findings[i].end;
  }
  CHECK(p.text.compare(out, std::string::npos, text, in, std::string::npos) == 0);
  CHECK(p.text.size() - out == text.size() - in);
}
