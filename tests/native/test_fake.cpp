// The `fake` operator: realistic values that the scanner finds again as the same entity and that
// pass its validators, deterministic under a key.
#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <set>
#include <vector>

#include "core/ip.h"
#include "core/lexicons.h"
#include "core/pseudonymize.h"
#include "core/validators.h"
#include "tests/native/support.h"

using namespace discret;
using namespace discret::test;

namespace {

OperatorOptions fake(const std::string& key = "k") {
  OperatorOptions o;
  o.op = Operator::kFake;
  o.key = key;
  return o;
}

std::string fake_of(std::string_view entity, std::string_view rule_id, std::string_view value, PseudonymMap& map,
                    std::string_view country = "") {
  return replacement(ValueSource{entity, rule_id, country}, value, fake(), map);
}

std::string fake_of(std::string_view entity, std::string_view rule_id, std::string_view value) {
  PseudonymMap map;
  return fake_of(entity, rule_id, value, map);
}

// Where the characters that are not letters or digits are, and which: the layout of a value.
std::string layout(std::string_view s) {
  std::string out;
  for (char c : s) out += std::isalnum(static_cast<unsigned char>(c)) ? (std::isdigit(static_cast<unsigned char>(c)) ? '9' : 'A') : c;
  return out;
}

// The layout without telling letters from digits.
std::string separators(std::string_view s) {
  std::string out = layout(s);
  for (char& c : out)
    if (c == 'A') c = '9';
  return out;
}

bool is_hex(std::string_view s) { return s.find_first_not_of("0123456789abcdef") == std::string_view::npos; }

bool documentation_ipv4(const std::string& s) {
  std::array<uint8_t, 4> a;
  if (!parse_ipv4(s, a) || a[3] == 0 || a[3] == 255) return false;
  return (a[0] == 192 && a[1] == 0 && a[2] == 2) || (a[0] == 198 && a[1] == 51 && a[2] == 100) ||
         (a[0] == 203 && a[1] == 0 && a[2] == 113);
}

}  // namespace

TEST_CASE("fake values are found again as the same entity by the same rule") {
  const char* texts[] = {
      "mail jean.dupont@orange.fr ok",
      "from 82.64.10.7 ok",
      "from 2a01:cb00:1234:5678:9abc:def0:1234:5678 ok",
      "card 4970 1012 3456 7893 ok",
      "card 5378-1234-5678-9018 ok",
      "IBAN FR76 3000 6000 0112 3456 7890 189",
      "iban DE89370400440532013000 ok",
      "pay to GB82 WEST 1234 5698 7654 32.",
      "NIR : 185077512345608",
      "n° sécu 2 90 05 99 123 045 26",
      "né en Corse: 163022A04512350",
      "date of birth: 1980-12-14",
      "Geburtsdatum: 14.12.1980",
      "né le 3 mars 1975 à Lyon",
  };
  for (const char* text : texts) {
    INFO(text);
    PseudonymMap map;
    auto before = default_scanner().scan(text);
    REQUIRE(before.size() == 1);
    auto r = pseudonymize(default_scanner(), text, fake(), map);
    REQUIRE(r.ok());
    const std::string& out = r.value().text;
    const std::string& value = r.value().replacements[0];
    INFO(out);
    CHECK(value != text_of(text, before[0]));
    auto after = default_scanner().scan(out);
    REQUIRE(after.size() == 1);
    CHECK(text_of(out, after[0]) == value);
    CHECK(after[0].rule == before[0].rule);
    const Rule& rule = default_scanner().rule(after[0].rule);
    if (rule.entity == "CREDIT_CARD" || rule.entity == "IBAN" || rule.entity == "NATIONAL_ID" || rule.entity == "DATE_OF_BIRTH")
      CHECK(separators(value) == separators(text_of(text, before[0])));  // a Corsican "2A" becomes digits
    if (rule.entity == "IP_ADDRESS") {
      CHECK(after[0].kind == ValueKind::kDocumentation);
      CHECK(after[0].test);
    }
    if (rule.entity == "EMAIL") CHECK(after[0].test);
  }
}

TEST_CASE("fake e-mails are at example domains, lowercase") {
  std::string e = fake_of("EMAIL", "email", "Jean.Dupont@Orange.FR");
  INFO(e);
  REQUIRE(e.size() > 16);
  CHECK(e.compare(0, 5, "user-") == 0);
  CHECK(is_hex(e.substr(5, 10)));
  std::string domain = e.substr(15);
  CHECK((domain == "@example.com" || domain == "@example.org" || domain == "@example.net"));
  std::set<std::string> domains;
  PseudonymMap map;
  for (int i = 0; i < 60; ++i) domains.insert(fake_of("EMAIL", "email", "p" + std::to_string(i) + "@a.fr", map).substr(15));
  CHECK(domains.size() == 3);
}

TEST_CASE("fake IPs are in documentation ranges of the same family, suffixes kept") {
  for (const char* v : {"10.1.2.3", "8.8.8.8", "255.255.255.255"}) CHECK(documentation_ipv4(fake_of("IP_ADDRESS", "ipv4", v)));
  std::string cidr = fake_of("IP_ADDRESS", "custom", "10.0.0.0/8");
  CHECK(documentation_ipv4(cidr.substr(0, cidr.size() - 2)));
  CHECK(cidr.substr(cidr.size() - 2) == "/8");
  std::string port = fake_of("IP_ADDRESS", "custom", "1.2.3.4:8080");
  CHECK(documentation_ipv4(port.substr(0, port.size() - 5)));
  CHECK(port.substr(port.size() - 5) == ":8080");

  std::array<uint8_t, 16> a;
  for (const char* v : {"2a01:cb00::1", "::1", "fe80::1:2:3:4", "::ffff:192.168.1.1"}) {
    std::string six = fake_of("IP_ADDRESS", "ipv6", v);
    INFO(v << " -> " << six);
    REQUIRE(parse_ipv6(six, a));
    CHECK((a[0] == 0x20 && a[1] == 0x01 && a[2] == 0x0d && a[3] == 0xb8));
    CHECK(six.compare(0, 9, "2001:db8:") == 0);  // compressed: no leading zero in "0db8"
    CHECK(six.find_first_of("ABCDEF") == std::string::npos);
    CHECK(six.find(":::") == std::string::npos);
  }
  std::string bracketed = fake_of("IP_ADDRESS", "custom", "[2a01:cb00::1]:443");
  CHECK(bracketed.front() == '[');
  CHECK(bracketed.substr(bracketed.size() - 5) == "]:443");
  CHECK(parse_ipv6(bracketed.substr(1, bracketed.size() - 6), a));
  CHECK(fake_of("IP_ADDRESS", "ipv4", "not an ip") == "<IP_ADDRESS_1>");
}

TEST_CASE("fake cards start 400000, keep digit count and separators and pass Luhn") {
  for (const char* v : {"4970 1012 3456 7893", "5378-1234-5678-9018", "3782 822463 10005", "4556737586899", "6011000990139424123"}) {
    std::string c = fake_of("CREDIT_CARD", "credit-card", v);
    INFO(v << " -> " << c);
    CHECK(layout(c) == layout(v));
    std::string digits;
    for (char ch : c)
      if (ch >= '0' && ch <= '9') digits += ch;
    CHECK(digits.compare(0, 6, "400000") == 0);
    CHECK(luhn_valid(c));
  }
}

TEST_CASE("fake IBANs keep country, length, letter and digit positions and spacing, with valid check digits") {
  for (const char* v : {"FR76 3000 6000 0112 3456 7890 189", "DE89370400440532013000", "GB82 WEST 1234 5698 7654 32",
                        "NL91ABNA0417164300"}) {
    std::string i = fake_of("IBAN", "iban", v);
    INFO(v << " -> " << i);
    CHECK(layout(i) == layout(v));
    CHECK(i.substr(0, 2) == std::string(v).substr(0, 2));
    CHECK(i != v);
    CHECK(iban_valid(i));
  }
}

TEST_CASE("fake NIRs are well formed, keep the spacing and pass our validator") {
  PseudonymMap map;
  for (int k = 0; k < 200; ++k) {
    std::string v = k % 2 ? "2 90 05 99 123 045 26" : "185077512345608";
    std::string n = fake_of("NATIONAL_ID", "fr-nir", v + std::string(k, ' '), map);
    n.resize(v.size());  // the trailing spaces were only there to make 200 different values
    INFO(n);
    CHECK(layout(n) == layout(v));
    CHECK(fr_nir_valid(n));
    std::string d;
    for (char c : n)
      if (c != ' ') d += c;
    CHECK((d[0] == '1' || d[0] == '2'));
    int month = std::stoi(d.substr(3, 2)), dept = std::stoi(d.substr(5, 2)), commune = std::stoi(d.substr(7, 3)),
        order = std::stoi(d.substr(10, 3));
    CHECK((month >= 1 && month <= 12));
    CHECK((dept >= 1 && dept <= 95 && dept != 20));
    CHECK((commune >= 1 && commune <= 990));
    CHECK((order >= 1 && order <= 999));
  }
  // Other national identifiers have no fake form: a numbered pseudonym stands in.
  CHECK(fake_of("NATIONAL_ID", "us-ssn", "123-45-6789") == "<NATIONAL_ID_1>");
}

TEST_CASE("fake person names come from the lexicons, capitalised, as many words as the original") {
  std::string two = fake_of("PERSON", "person-name", "Jean Dupont");
  std::string three = fake_of("PERSON", "person-name", "Marie Claire de la Fontaine");
  std::string one = fake_of("PERSON", "person-label", "Dupont");
  for (const std::string& name : {two, three, one}) {
    INFO(name);
    std::vector<std::string> words;
    for (size_t start = 0; start <= name.size();) {
      size_t end = std::min(name.find(' ', start), name.size());
      words.push_back(name.substr(start, end - start));
      start = end + 1;
    }
    CHECK(words.size() == (name == three ? 3u : 2u));
    for (size_t i = 0; i < words.size(); ++i) {
      CHECK((words[i][0] >= 'A' && words[i][0] <= 'Z'));
      CHECK((i + 1 < words.size() ? first_names() : last_names()).contains_word(words[i]));
    }
  }
  // Found again as a person in prose, whatever the key.
  for (const char* text : {"Rendez-vous avec Jean Dupont demain.", "Meeting with Sarah Miller tomorrow."}) {
    REQUIRE(default_scanner().scan(text).size() == 1);
    for (int k = 0; k < 100; ++k) {
      PseudonymMap map;
      auto r = pseudonymize(default_scanner(), text, fake("key " + std::to_string(k)), map);
      REQUIRE(r.ok());
      INFO(r.value().text);
      auto after = default_scanner().scan(r.value().text);
      REQUIRE(after.size() == 1);
      CHECK(default_scanner().rule(after[0].rule).entity == "PERSON");
      CHECK(text_of(r.value().text, after[0]) == r.value().replacements[0]);
    }
  }
}

TEST_CASE("fake phone numbers keep the layout and use fiction ranges") {
  struct Case {
    const char* text;
    const char* prefix;  // what the replacement starts with
  };
  const Case cases[] = {
      {"tel +33 6 12 34 56 78 ok", "+33 1 99 00 "},  {"Tél : 06 12 34 56 78", "01 99 00 "},
      {"tel +33612345678 ok", "+33199001"},          {"tel +44 7911 123456 ok", "+44 7700 900"},
      {"call 07911 123456 now", "07700 900"},        {"call (415) 555-2671 now", "("},
      {"call +1 415 555 2671 now", "+1 "},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    PseudonymMap map;
    auto before = default_scanner().scan(c.text);
    REQUIRE(before.size() == 1);
    auto r = pseudonymize(default_scanner(), c.text, fake(), map);
    REQUIRE(r.ok());
    const std::string& value = r.value().replacements[0];
    INFO(value);
    CHECK(layout(value) == layout(text_of(c.text, before[0])));
    CHECK(value.compare(0, std::strlen(c.prefix), c.prefix) == 0);
    auto after = default_scanner().scan(r.value().text);
    REQUIRE(after.size() == 1);
    CHECK(after[0].rule == before[0].rule);
    CHECK(after[0].test);  // every one of these is in its country's fiction range
  }
  CHECK(fake_of("PHONE", "phone-e164", "+33 (0)6 12 34 56 78").compare(0, 15, "+33 (0)1 99 00 ") == 0);
  std::string de = fake_of("PHONE", "phone-e164", "+49 30 1234567");
  CHECK(layout(de) == layout("+49 30 1234567"));
  CHECK(de.compare(0, 4, "+49 ") == 0);
}

TEST_CASE("fakes are deterministic under a key: same value same fake, other value or key another") {
  const char* text = "a@b.fr c@d.fr 82.64.10.7 4970 1012 3456 7893 FR76 3000 6000 0112 3456 7890 189 185077512345608";
  PseudonymMap one, two, other;
  auto a = pseudonymize(default_scanner(), text, fake("key-1"), one);
  auto b = pseudonymize(default_scanner(), text, fake("key-1"), two);
  auto c = pseudonymize(default_scanner(), text, fake("key-2"), other);
  REQUIRE((a.ok() && b.ok() && c.ok()));
  CHECK(a.value().text == b.value().text);
  REQUIRE(a.value().replacements.size() == 6);
  CHECK(a.value().replacements[0] != a.value().replacements[1]);
  for (size_t i = 0; i < 6; ++i) CHECK(a.value().replacements[i] != c.value().replacements[i]);
  // The same value again, in the same map: the same fake.
  auto again = pseudonymize(default_scanner(), "c@d.fr", fake("key-1"), one);
  CHECK(again.value().text == a.value().replacements[1]);
}

TEST_CASE("fake without a key uses the map's secret, and fails without either") {
  OperatorOptions keyless = fake("");
  PseudonymMap none;
  auto r = pseudonymize(default_scanner(), "a@b.fr", keyless, none);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == ErrorCode::kMissingKey);
  PseudonymMap s1("secret-1"), s1b("secret-1"), s2("secret-2");
  std::string x = pseudonymize(default_scanner(), "a@b.fr", keyless, s1).value().text;
  CHECK(x == pseudonymize(default_scanner(), "a@b.fr", keyless, s1b).value().text);
  CHECK(x != pseudonymize(default_scanner(), "a@b.fr", keyless, s2).value().text);
  // An explicit key wins over the secret.
  PseudonymMap keyed("secret-1");
  CHECK(pseudonymize(default_scanner(), "a@b.fr", fake("k"), keyed).value().text == fake_of("EMAIL", "email", "a@b.fr"));
}

TEST_CASE("fakes stay unique in a map: a taken candidate is redrawn, an exhausted range falls back") {
  // 800 IPv4 values for 762 documentation addresses.
  PseudonymMap map;
  std::set<std::string> seen;
  size_t numbered = 0;
  for (int i = 0; i < 800; ++i) {
    std::string v = "10.0." + std::to_string(i / 250) + "." + std::to_string(i % 250 + 1);
    std::string f = fake_of("IP_ADDRESS", "ipv4", v, map);
    CHECK(seen.insert(f).second);
    if (f.compare(0, 12, "<IP_ADDRESS_") == 0) ++numbered;
    else CHECK(documentation_ipv4(f));
  }
  CHECK(numbered >= 38);
  CHECK(numbered < 200);
  // The export lists every one, and imports again (no replacement shared by two values).
  PseudonymMap copy;
  REQUIRE(copy.from_json(map.to_json()).ok());
  CHECK(copy.size() == 800);
  CHECK(copy.to_json() == map.to_json());
}

TEST_CASE("entities without a fake form get a numbered pseudonym") {
  PseudonymMap map;
  CHECK(fake_of("URL", "url", "https://example.org/x", map) == "<URL_1>");
  CHECK(fake_of("URL", "url", "https://example.org/y", map) == "<URL_2>");
  CHECK(fake_of("URL", "url", "https://example.org/x", map) == "<URL_1>");
}
