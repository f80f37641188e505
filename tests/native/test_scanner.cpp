#include <catch2/catch.hpp>

#include <random>

#include "core/rule_loader.h"
#include "core/scanner.h"
#include "tests/native/support.h"

using namespace discret;
using namespace discret::test;

TEST_CASE("the default scanner finds personal data and secrets with exact byte offsets") {
  const Scanner& s = default_scanner();
  std::string text =
      "Bonjour, écrivez à jean.dupont@example.fr ou appelez le 06 12 34 56 78.\n"
      "IBAN FR76 3000 6000 0112 3456 7890 189, serveur 203.0.113.42\n"
      "aws_key=AKIAIOSFODNN7EXAMPLE token ghp_16C7e42F292c6912E7710c838347Ae178B4a\n";
  auto found = s.scan(text);
  std::vector<std::pair<std::string, std::string>> got;
  for (const Finding& f : found) got.emplace_back(s.rule(f.rule).id, text_of(text, f));
  CHECK(got == std::vector<std::pair<std::string, std::string>>{
                   {"email", "jean.dupont@example.fr"},
                   {"fr-phone", "06 12 34 56 78"},
                   {"iban", "FR76 3000 6000 0112 3456 7890 189"},
                   {"ipv4", "203.0.113.42"},
                   {"aws-access-key-id", "AKIAIOSFODNN7EXAMPLE"},
                   {"github-token", "ghp_16C7e42F292c6912E7710c838347Ae178B4a"},
               });
  for (const Finding& f : found) CHECK(f.score >= 0.5);
}

TEST_CASE("context raises the score and min_score filters") {
  const char* pack = R"J({"rules":[{"id":"n","entity":"PHONE","pattern":"[0-9]{6}","score":0.4,
                         "context":{"words":["tel"],"boost":0.3}}]})J";
  auto low = scanner_for(pack, 0.5);
  CHECK(low->scan("ref 123456").empty());
  auto with_context = low->scan("tel 123456");
  REQUIRE(with_context.size() == 1);
  CHECK(with_context[0].score == Approx(0.7));
  auto all = scanner_for(pack, 0.0);
  REQUIRE(all->scan("ref 123456").size() == 1);
}

TEST_CASE("a rule that requires context finds nothing without it") {
  auto s = scanner_for(R"J({"rules":[{"id":"n","entity":"PASSPORT","pattern":"[0-9]{2}[A-Z]{2}[0-9]{5}","score":0.6,
                           "context":{"words":["passeport","passport"],"required":true}}]})J");
  CHECK(s->scan("ref 12AB34567").empty());
  CHECK(s->scan("passeport n° 12AB34567").size() == 1);
}

TEST_CASE("a failed validator drops the candidate") {
  const Scanner& s = default_scanner();
  CHECK(s.scan("card 4111 1111 1111 1112").empty());
  CHECK(s.scan("card 4111 1111 1111 1111").size() == 1);
}

TEST_CASE("multi-line rules match across lines") {
  const Scanner& s = default_scanner();
  std::string key =
      "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
      "QyNTUxOQAAACDhT2l0n5QmXvN8fJbY3kq0c3cE5Gm1gqQ7xR2t9pL0AAAAA\n-----END OPENSSH PRIVATE KEY-----";
  std::string text = "config:\n" + key + "\nend\n";
  auto found = s.scan(text);
  REQUIRE(found.size() == 1);
  CHECK(text_of(text, found[0]) == key);
  CHECK(s.rule(found[0].rule).entity == "PRIVATE_KEY");
}

TEST_CASE("findings around every block boundary are found exactly once") {
  const Scanner& s = default_scanner();
  // Lines of varying length so that e-mails land on both sides of and across the 16 KiB blocks.
  std::mt19937 rng(42);
  std::string text;
  std::vector<std::string> planted;
  while (text.size() < 200000) {
    std::string filler(rng() % 300, 'x');
    for (auto& c : filler) c = "xyz uvw,."[rng() % 9];  // no hex letters: "abcd.efab.cdef" is a MAC
    std::string mail = "user" + std::to_string(planted.size()) + "@mail.example.org";
    text += filler + " " + mail + " " + "\n";
    planted.push_back(mail);
  }
  auto found = s.scan(text);
  REQUIRE(found.size() == planted.size());
  for (size_t i = 0; i < found.size(); ++i) CHECK(text_of(text, found[i]) == planted[i]);
}

TEST_CASE("invalid UTF-8 and NUL bytes are scanned without harm") {
  const Scanner& s = default_scanner();
  // All 27 bytes and no more (a length of 30 read past the literal: found by ASan, docs/fuzzing.md).
  const char bytes[] = "\xFF\xFE\x00 mail: a.b@example.com \xC3";
  std::string text(bytes, sizeof bytes - 1);
  auto found = s.scan(text);
  REQUIRE(found.size() == 1);
  CHECK(text_of(text, found[0]) == "a.b@example.com");
}

TEST_CASE("astral characters before a finding do not shift byte offsets") {
  const Scanner& s = default_scanner();
  std::string text = "\xF0\x9F\x98\x80\xF0\x9F\x98\x80 contact: jane@example.org";
  auto found = s.scan(text);
  REQUIRE(found.size() == 1);
  CHECK(found[0].start == text.find("jane"));
}

TEST_CASE("an out-of-range min score is an error") {
  auto s = Scanner::create_default(ScannerOptions{1.5});
  REQUIRE_FALSE(s.ok());
  CHECK(s.error().code == ErrorCode::kInvalidOption);
}

TEST_CASE("a leading \\b taken off a pattern is still enforced at the match start") {
  auto s = scanner_for(R"J({"rules":[{"id":"k","entity":"SECRET","pattern":"\\bKEY[0-9]{4}\\b","score":0.9}]})J");
  CHECK(s->scan("xKEY1234").empty());
  CHECK(s->scan("_KEY1234").empty());
  auto found = s->scan("KEY0000xKEY1234 (KEY5678)");
  REQUIRE(found.size() == 1);
  CHECK(found[0].start == 17);
}

TEST_CASE("values in CSV cells are found") {
  const Scanner& s = default_scanner();
  std::string csv = "id,name,phone,email\n1,Jane,(415) 555-2671,jane@example.org\n2,Jean,06 12 34 56 78,jean@example.fr\n";
  std::vector<std::string> ids;
  for (const Finding& f : s.scan(csv)) ids.push_back(s.rule(f.rule).id);
  CHECK(ids == std::vector<std::string>{"us-phone", "email", "fr-phone", "email"});
}

TEST_CASE("scores are rounded so that equal sums tie") {
  auto s = scanner_for(R"J({"rules":[{"id":"n","entity":"PHONE","pattern":"[0-9]{6}","score":0.55,
                          "context":{"words":["tel"],"boost":0.3}}]})J");
  auto found = s->scan("tel 123456");
  REQUIRE(found.size() == 1);
  CHECK(found[0].score == 0.85);
}

TEST_CASE("values at the start and end of a line are found, whatever the rule consumes around them") {
  const Scanner& s = default_scanner();
  std::string text = "nothing\n203.0.113.5\nnext line 06 12 34 56 78\nFR7630006000011234567890189\n";
  std::vector<std::string> got;
  for (const Finding& f : s.scan(text)) got.push_back(text_of(text, f));
  CHECK(got == std::vector<std::string>{"203.0.113.5", "06 12 34 56 78", "FR7630006000011234567890189"});
}

TEST_CASE("an exclude word near a candidate drops it") {
  auto s = scanner_for(R"J({"rules":[{"id":"ip","entity":"IP_ADDRESS","pattern":"[0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+",
                          "context":{"words":["ip"],"boost":0.1,"excludeWords":["version","v"]}}]})J");
  CHECK(s->scan("version 1.2.3.4").empty());
  CHECK(s->scan("built with v 10.2.0.1").empty());
  CHECK(s->scan("ip 1.2.3.4").size() == 1);
  CHECK(s->scan("conversion 1.2.3.4").size() == 1);  // whole words only
}

// The context gate (rule_compiler.h) skips the Sets of context-required rules on lines with no
// context phrase around them. It may only ever skip work, never a finding: each case is context the
// gate must see, in one of the forms split_words() understands.
TEST_CASE("the context gate lets through every form of context: camelCase, header columns, case, a line away") {
  const Scanner& s = default_scanner();
  auto ids = [&](const std::string& text) {
    std::vector<std::string> out;
    for (const Finding& f : s.scan(text)) out.push_back(s.rule(f.rule).id + ":" + text_of(text, f));
    return out;
  };
  using V = std::vector<std::string>;
  CHECK(ids("{\"userDateOfBirth\": \"1990-02-03\"}\n") == V{"date-of-birth:1990-02-03"});         // camelCase key
  std::string rows;
  for (int i = 0; i < 20; ++i) rows += "Bob,," + std::string(60, 'x') + "\n";
  CHECK(ids("name,date_of_birth,note\n" + rows + "Ann,1990-02-03,ok\n") == V{"date-of-birth:1990-02-03"});  // a CSV column, far below its header
  CHECK(ids("DATE OF BIRTH 1990-02-03\n") == V{"date-of-birth:1990-02-03"});                       // upper case
  CHECK(ids("Date of\nbirth: 1990-02-03\n") == V{"date-of-birth:1990-02-03"});                     // a phrase over a line break
  CHECK(ids("logged 1990-02-03 12:00 ok\n").empty());                                              // no context: nothing
  // Far from any context word the gated Sets do not run; near one they do, in the same text.
  std::string far(4000, 'x');
  CHECK(ids("born 1990-02-03\n" + far + "\nlogged 1990-02-04\n") == V{"date-of-birth:1990-02-03"});
}
