// Secrets: the keyword prefilter, entropy thresholds, the inline allow comment and the validators
// that tell a credential from a placeholder, a reference or code.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/rule_loader.h"
#include "core/scanner.h"
#include "core/validators.h"
#include "tests/native/support.h"

using namespace discret;
using namespace discret::test;

namespace {
std::vector<std::string> values(const Scanner& s, const std::string& text) {
  std::vector<std::string> out;
  for (const Finding& f : s.scan(text)) out.push_back(text_of(text, f));
  return out;
}
}  // namespace

TEST_CASE("keywords decide which lines a rule runs on, case-insensitively") {
  auto s = scanner_for(R"J({"rules":[{"id":"t","entity":"SECRET","keywords":["tok_"],
    "pattern":"(?i)tok_[a-z0-9]{8}"}]})J");
  CHECK(values(*s, "a TOK_abcd1234 b\nno token here\ntok_zzzz9999\n") == std::vector<std::string>{"TOK_abcd1234", "tok_zzzz9999"});
  // A rule whose keyword is absent from a line never matches there, whatever its pattern says.
  auto k = scanner_for(R"J({"rules":[{"id":"t","entity":"SECRET","keywords":["mailgun"],"pattern":"key-[0-9a-f]{8}"}]})J");
  CHECK(values(*k, "key-0123abcd\n").empty());
  CHECK(values(*k, "MAILGUN key-0123abcd\n") == std::vector<std::string>{"key-0123abcd"});
}

TEST_CASE("many keyword rules share literal Sets and each still finds its own values") {
  std::string rules;
  for (int i = 0; i < 300; ++i)
    rules += std::string(i ? "," : "") + R"({"id":"r)" + std::to_string(i) + R"(","entity":"SECRET","keywords":["p)" +
             std::to_string(i) + R"(x_"],"pattern":"p)" + std::to_string(i) + R"(x_[0-9]{6}"})";
  auto s = scanner_for(R"({"rules":[)" + rules + "]}");
  CHECK(values(*s, "p7x_123456 and p299x_654321, p300x_111111\n") == std::vector<std::string>{"p7x_123456", "p299x_654321"});
}

TEST_CASE("keywords are checked when a pack loads") {
  CHECK_FALSE(load_rule_pack(R"J({"rules":[{"id":"a","entity":"SECRET","pattern":"x","keywords":[""]}]})J").ok());
  auto both = load_rule_pack(R"J({"rules":[{"id":"a","entity":"SECRET","pattern":"x","keywords":["x"],"prefilter":"x"}]})J");
  REQUIRE_FALSE(both.ok());
  CHECK(both.error().where == "/rules/0/keywords");
  auto entropy = load_rule_pack(R"J({"rules":[{"id":"a","entity":"SECRET","pattern":"x","entropy":9}]})J");
  REQUIRE_FALSE(entropy.ok());
  CHECK(entropy.error().where == "/rules/0/entropy");
}

TEST_CASE("a rule's entropy threshold drops values that are not random enough") {
  auto s = scanner_for(R"J({"rules":[{"id":"t","entity":"SECRET","pattern":"tok_[A-Za-z0-9]{16}","entropy":3.0}]})J");
  CHECK(values(*s, "tok_aaaaaaaaaaaaaaaa tok_abababababababab tok_Xk29vLm3qPz8Rt5W\n") ==
        std::vector<std::string>{"tok_Xk29vLm3qPz8Rt5W"});
  CHECK(shannon_entropy("") == 0);
  CHECK(shannon_entropy("aaaa") == 0);
  CHECK(shannon_entropy("abcd") == Approx(2.0));
}

TEST_CASE("discret:allow on a line silences the findings of that line only") {
  const Scanner& s = default_scanner();
  std::string text =
      "DATABASE_URL=postgres://app:Xk29vLm3q@db.internal:5432/shop  # discret:allow (staging fixture)\n"
      "BACKUP_URL=postgres://app:Zq7mN3xRw@db2.internal:5432/shop\n";
  auto found = values(s, text);
  REQUIRE(found.size() == 1);
  CHECK(found[0].find("db2.internal") != std::string::npos);
}

TEST_CASE("placeholders, references and code are not credentials") {
  for (const char* v : {"${DB_PASSWORD}", "{{ vault_pass }}", "<your-token>", "changeme", "xxxxxxxxxxxx", "your_api_key_here",
                        "aaaaaaaaaaaa", "123456789", "abcdefghij"})
    CHECK_FALSE(not_placeholder_valid(v));
  for (const char* v : {"Tr0ub4dor&3", "Xk29vLm3qPz8Rt5W", "hK8$wq2Lx9"}) CHECK(not_placeholder_valid(v));
  for (const char* v : {"password", "required", "null", "$DB_PASS", "%DB_PASS%", "settings.DB_PASSWORD", "options?.password",
                        "decodeURIComponent(url.password)", "createClient({", "Password used to derive the key",
                        "process.env.DB_PASS"})
    CHECK_FALSE(credential_value_valid(v));
  for (const char* v : {"Tr0ub4dor&3", "$ecr3t!Pass", "p@ss.w0rd-2024"}) CHECK(credential_value_valid(v));
}

TEST_CASE("generic secrets: random for their charset, with letters and digits, not UUIDs") {
  CHECK(generic_secret_valid("9aF3kZ7qL2xW8vR1tY4bN6mC0pQ5sD3u"));
  CHECK(generic_secret_valid("a3f9c2e81b7d4056af12c9e3b8d70f64"));           // hex, 32
  CHECK_FALSE(generic_secret_valid("a3f9c2e81b7d4056"));                      // hex needs 20+
  CHECK_FALSE(generic_secret_valid("550e8400-e29b-41d4-a716-446655440000"));  // a UUID
  CHECK_FALSE(generic_secret_valid("SecureChannelCredentialsImpl"));          // an identifier: no digit
  CHECK_FALSE(generic_secret_valid("1700000000000000"));                      // a number
}

TEST_CASE("private key bodies, Basic credentials and URL passwords are decoded and checked") {
  CHECK(private_key_body_valid("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\n-----END PRIVATE KEY-----"));
  CHECK(private_key_body_valid("-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\\n-----END PRIVATE KEY-----"));
  CHECK_FALSE(private_key_body_valid("-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----"));
  CHECK_FALSE(private_key_body_valid("-----BEGIN PRIVATE KEY-----\n<paste your key here>\n-----END PRIVATE KEY-----"));
  CHECK(basic_auth_valid("YWxpY2U6UzNjcjN0UGFzcw=="));      // alice:S3cr3tPass
  CHECK_FALSE(basic_auth_valid("dXNlcjpwYXNzd29yZA=="));    // user:password
  CHECK_FALSE(basic_auth_valid("bm9jb2xvbg=="));            // nocolon
  CHECK(url_password_valid("postgres://app:Xk29vLm3q@db:5432/shop"));
  CHECK_FALSE(url_password_valid("postgres://app:${DB_PASS}@db:5432/shop"));
  CHECK_FALSE(url_password_valid("mysql://root@localhost/app"));
}

TEST_CASE("a connection string is reported as a password, not as a URL") {
  const Scanner& s = default_scanner();
  std::string text = "DATABASE_URL=mongodb+srv://admin:pA55w0rd2024@cluster0.ab1cd.mongodb.net/test?retryWrites=true\n";
  auto found = s.scan(text);
  REQUIRE(found.size() == 1);
  CHECK(s.rule(found[0].rule).entity == "PASSWORD");
  CHECK(text_of(text, found[0]) == "mongodb+srv://admin:pA55w0rd2024@cluster0.ab1cd.mongodb.net/test?retryWrites=true");
}

TEST_CASE("a rule's allow patterns drop the values they occur in, and a bad one names its pointer") {
  auto s = scanner_for(R"J({"rules":[{"id":"t","entity":"SECRET","pattern":"tok_[A-Za-z0-9]{8}",
    "allow":["(?i)sample","0000"]}]})J");
  CHECK(values(*s, "tok_SAMPLEab tok_ab0000cd tok_Xk29vLm3\n") == std::vector<std::string>{"tok_Xk29vLm3"});
  auto pack = load_rule_pack(R"J({"rules":[{"id":"t","entity":"SECRET","pattern":"x","allow":["ok","(unclosed"]}]})J");
  REQUIRE(pack.ok());
  auto bad = Scanner::create({pack.value()}, {});
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().where == "/rules/0/allow/1");
}
