#include <catch2/catch.hpp>

#include <random>

#include "core/pseudonymize.h"
#include "core/sha256.h"
#include "core/validators.h"
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
  for (const char* name : {"redact", "placeholder", "mask", "hash", "pseudonym", "fake"}) {
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
  CHECK(replacement({"EMAIL"}, "a@b.fr", two, map) == "\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2" "fr");
  two.mask_char = "**";
  CHECK(check_options(two, map).error().code == ErrorCode::kInvalidOption);
}

TEST_CASE("mask counts code points, not bytes") {
  OperatorOptions o = op(Operator::kMask);
  o.mask_keep = 3;
  PseudonymMap map;
  CHECK(replacement({"PERSON"}, "Zoé Müller", o, map) == "*******ler");
  o.mask_keep = 0;
  CHECK(replacement({"PERSON"}, "Zoé", o, map) == "***");
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

TEST_CASE("a keyed pseudonym is 12 hex digits of the HMAC: two maps with one key agree") {
  OperatorOptions o = op(Operator::kPseudonym);
  o.key = "shared";
  PseudonymMap one, two;
  std::string a = run("a@example.com b@example.com a@example.com", o, one);
  CHECK(a == run("a@example.com b@example.com a@example.com", o, two));
  // HMAC-SHA-256("shared", "EMAIL\0a@example.com"), first 6 bytes.
  std::string expected = "<EMAIL_" + to_hex(hmac_sha256("shared", std::string("EMAIL\0a@example.com", 19))).substr(0, 12) + ">";
  CHECK(a.substr(0, expected.size()) == expected);
  REQUIRE(a.size() == 3 * 20 + 2);
  CHECK(a.substr(0, 20) == a.substr(42, 20));
  CHECK(a.substr(0, 20) != a.substr(21, 20));
  o.key = "other";
  PseudonymMap three;
  CHECK(run("a@example.com", o, three) != a.substr(0, 20));
  // Without a key, numbered as before.
  CHECK(run("a@example.com", op(Operator::kPseudonym)) == "<EMAIL_1>");
}

TEST_CASE("the mapping exports and imports keyed pseudonyms and fakes with the numbered ones") {
  PseudonymMap map;
  OperatorOptions keyed = op(Operator::kPseudonym);
  keyed.key = "k";
  OperatorOptions fake = op(Operator::kFake);
  fake.key = "k";
  run("a@example.com b@example.com", op(Operator::kPseudonym), map);
  std::string k = run("c@example.com", keyed, map);
  std::string f = run("d@example.com 82.64.10.7", fake, map);
  CHECK(map.size() == 5);
  std::string exported = map.to_json();
  for (const std::string& r : {std::string("<EMAIL_1>"), k, f.substr(0, f.find(' ')), f.substr(f.find(' ') + 1)})
    CHECK(exported.find("\"pseudonym\":\"" + r + "\"") != std::string::npos);
  PseudonymMap restored;
  REQUIRE(restored.from_json(exported).ok());
  CHECK(restored.to_json() == exported);
  // The restored map hands out the same replacements and keeps numbering after the imported ones,
  // even under another key (a value keeps its first replacement of a form).
  keyed.key = fake.key = "another key";
  CHECK(run("c@example.com", keyed, restored) == k);
  CHECK(run("d@example.com 82.64.10.7", fake, restored) == f);
  CHECK(run("e@example.com a@example.com", op(Operator::kPseudonym), restored) == "<EMAIL_3> <EMAIL_1>");
}

TEST_CASE("an imported mapping accepts realistic values but not malformed tags or shared replacements") {
  auto load = [](const std::string& entries) {
    PseudonymMap map;
    return map.from_json(R"({"version":1,"entries":[)" + entries + "]}");
  };
  CHECK(load(R"({"entity":"EMAIL","value":"x","pseudonym":"user-0123456789@example.org"},
                {"entity":"EMAIL","value":"x","pseudonym":"<EMAIL_0123456789ab>"},
                {"entity":"EMAIL","value":"x","pseudonym":"<EMAIL_4>"})").ok());
  for (const char* bad : {"EMAIL_1", "<EMAIL_0>", "<EMAIL_0123456789AB>", "<EMAIL_0123456789a>", "<PHONE_2>", "<EMAIL>", ""}) {
    INFO(bad);
    auto s = load(std::string(R"({"entity":"EMAIL","value":"x","pseudonym":")") + bad + "\"}");
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().code == ErrorCode::kInvalidMapping);
    CHECK(s.error().where == "/entries/0/pseudonym");
  }
  auto twice = load(R"({"entity":"EMAIL","value":"x","pseudonym":"user-0123456789@example.org"},
                       {"entity":"EMAIL","value":"y","pseudonym":"user-0123456789@example.org"})");
  CHECK(twice.error().where == "/entries/1/pseudonym");
  auto listed = load(R"({"entity":"EMAIL","value":"x","pseudonym":"user-0123456789@example.org"},
                        {"entity":"EMAIL","value":"x","pseudonym":"user-aaaaaaaaaa@example.org"})");
  CHECK(listed.error().where == "/entries/1/value");
}

TEST_CASE("per-entity operators override the default operator for their entities only") {
  PseudonymizeOptions o;
  o.defaults.op = Operator::kPlaceholder;
  o.defaults.key = "k";
  o.by_entity["EMAIL"] = Operator::kFake;
  o.by_entity["IP_ADDRESS"] = Operator::kPseudonym;
  PseudonymMap map;
  auto r = pseudonymize(default_scanner(), "a@b.fr 82.64.10.7 +33 6 12 34 56 78", o, map);
  REQUIRE(r.ok());
  const auto& out = r.value().replacements;
  REQUIRE(out.size() == 3);
  CHECK(out[0].compare(0, 5, "user-") == 0);
  CHECK(out[1].size() == std::string("<IP_ADDRESS_") .size() + 13);  // keyed: the key applies to every operator
  CHECK(out[2] == "<PHONE>");
  o.by_entity["PHONE"] = Operator::kHash;
  o.defaults.key.clear();
  auto missing = pseudonymize(default_scanner(), "a@b.fr", o, map);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().code == ErrorCode::kMissingKey);
}

TEST_CASE("pseudonymize options parse from JSON, errors naming the option") {
  auto o = pseudonymize_options_from_json(
      R"({"operator":"mask","key":"k","mask":2,"maskChar":"#","operators":{"EMAIL":"fake","PERSON":"pseudonym"}})");
  REQUIRE(o.ok());
  CHECK(o.value().defaults.op == Operator::kMask);
  CHECK(o.value().defaults.mask_keep == 2);
  CHECK(o.value().defaults.mask_char == "#");
  CHECK(o.value().for_entity("EMAIL").op == Operator::kFake);
  CHECK(o.value().for_entity("EMAIL").key == "k");
  CHECK(o.value().for_entity("PHONE").op == Operator::kMask);
  CHECK(pseudonymize_options_from_json("{}").ok());
  struct Bad {
    const char* json;
    const char* where;
  };
  for (const Bad& b : {Bad{R"({"operators":{"EMIAL":"fake"}})", "/operators/EMIAL"},
                       Bad{R"({"operators":{"EMAIL":"rot13"}})", "/operators/EMAIL"},
                       Bad{R"({"operators":{"EMAIL":1}})", "/operators/EMAIL"},
                       Bad{R"({"operators":{"a/b":"fake"}})", "/operators/a~1b"},
                       Bad{R"({"operators":["fake"]})", "/operators"}, Bad{R"({"operator":"rot13"})", "operator"},
                       Bad{R"({"mask":-1})", "mask"}, Bad{R"({"mask":1.5})", "mask"}, Bad{R"({"colour":1})", "colour"}}) {
    INFO(b.json);
    auto r = pseudonymize_options_from_json(b.json);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::kInvalidOption);
    CHECK(r.error().where == b.where);
  }
  CHECK(pseudonymize_options_from_json("{").error().code == ErrorCode::kInvalidJson);
}

TEST_CASE("replace_values replaces values found earlier through the same map, in one batch") {
  PseudonymMap map("secret");  // what `fake` uses without a key
  OperatorOptions numbered = op(Operator::kPseudonym);
  CHECK(run("a@example.com", numbered, map) == "<EMAIL_1>");
  auto batch = replace_batch_from_json(R"({"operator":"pseudonym","operators":{"NATIONAL_ID":"fake"},"key":"",
      "values":[{"entity":"EMAIL","ruleId":"email","text":"b@example.com"},
                {"entity":"EMAIL","text":"a@example.com"},
                {"entity":"PHONE","ruleId":"no-such-rule","text":"+33 6 12 34 56 78"}]})");
  REQUIRE(batch.ok());
  REQUIRE(batch.value().values.size() == 3);
  CHECK(batch.value().values[0].rule_id == "email");
  CHECK(batch.value().values[1].rule_id.empty());
  auto out = replace_values(default_scanner(), batch.value().values, batch.value().options, map);
  REQUIRE(out.ok());
  CHECK(out.value() == std::vector<std::string>{"<EMAIL_2>", "<EMAIL_1>", "<PHONE_1>"});
  CHECK(strings_to_json(out.value()) == R"(["<EMAIL_2>","<EMAIL_1>","<PHONE_1>"])");

  // The rule id reaches the fake: fr-nir has one, another NATIONAL_ID does not.
  PseudonymizeOptions fake;
  fake.defaults.op = Operator::kFake;
  auto nir = replace_values(default_scanner(),
                            {{"NATIONAL_ID", "fr-nir", "185077512345608"}, {"NATIONAL_ID", "us-ssn", "123-45-6789"},
                             {"PHONE", "fr-phone", "06 12 34 56 78"}},
                            fake, map);
  REQUIRE(nir.ok());
  CHECK(fr_nir_valid(nir.value()[0]));
  CHECK(nir.value()[1] == "<NATIONAL_ID_1>");
  CHECK(nir.value()[2].compare(0, 9, "01 99 00 ") == 0);  // fr-phone's country, from the scanner's rule
  // The text found later in a document gets what the batch gave.
  CHECK(pseudonymize(default_scanner(), "NIR 185077512345608", fake, map).value().text == "NIR " + nir.value()[0]);

  for (const char* bad : {R"({"values":[{"entity":"EMAIL","text":"x"},{"entity":"EMIAL","text":"y"}]})",
                          R"({"values":[{"entity":"EMAIL","text":"x"},{"entity":"EMAIL"}]})",
                          R"({"values":[{"entity":"EMAIL","text":"x"},{"entity":"EMAIL","text":3}]})"}) {
    auto r = replace_batch_from_json(bad);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().where.compare(0, 10, "/values/1/") == 0);
  }
  CHECK(replace_batch_from_json("{}").error().where == "/values");
}
