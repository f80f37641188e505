#include <catch2/catch.hpp>

#include "core/validators.h"

using namespace discret;

TEST_CASE("luhn accepts valid card numbers with or without separators") {
  CHECK(luhn_valid("4111111111111111"));
  CHECK(luhn_valid("4111 1111 1111 1111"));
  CHECK(luhn_valid("5500-0000-0000-0004"));
  CHECK(luhn_valid("378282246310005"));
  CHECK_FALSE(luhn_valid("4111111111111112"));
  CHECK_FALSE(luhn_valid("41111111111"));           // too short
  CHECK_FALSE(luhn_valid("4111111111111111111111"));  // too long
  CHECK_FALSE(luhn_valid("4111x111111111111"));
}

TEST_CASE("iban checks the country length and mod 97") {
  CHECK(iban_valid("FR7630006000011234567890189"));
  CHECK(iban_valid("FR76 3000 6000 0112 3456 7890 189"));
  CHECK(iban_valid("DE89370400440532013000"));
  CHECK(iban_valid("GB82WEST12345698765432"));
  CHECK(iban_valid("gb82 west 1234 5698 7654 32"));
  CHECK(iban_valid("NO9386011117947"));  // shortest registry length
  CHECK_FALSE(iban_valid("FR7630006000011234567890188"));  // checksum
  CHECK_FALSE(iban_valid("DE8937040044053201300"));        // length for DE is 22
  CHECK_FALSE(iban_valid("XX89370400440532013000"));       // no such country
  CHECK_FALSE(iban_valid("DE89_370400440532013000"));
}

TEST_CASE("fr-nir checks the key, including Corsica 2A/2B") {
  // Keys computed from the published rule (2A -> 19, 2B -> 18), independently of this code.
  CHECK(fr_nir_valid("185077512345608"));
  CHECK(fr_nir_valid("2 90 05 99 123 045 26"));
  CHECK(fr_nir_valid("163022A04512350"));
  CHECK(fr_nir_valid("1 63 02 2A 045 123 50"));
  CHECK_FALSE(fr_nir_valid("185077512345609"));
  CHECK_FALSE(fr_nir_valid("163022B04512350"));  // same digits, other Corsican department
  CHECK_FALSE(fr_nir_valid("585077512345608"));  // sex digit
  CHECK_FALSE(fr_nir_valid("1851375123456"));    // no key
}

TEST_CASE("ipv4 wants four octets 0-255 without leading zeros") {
  CHECK(ipv4_valid("192.0.2.1"));
  CHECK(ipv4_valid("255.255.255.255"));
  CHECK(ipv4_valid("0.0.0.0"));
  CHECK_FALSE(ipv4_valid("256.1.1.1"));
  CHECK_FALSE(ipv4_valid("1.2.3"));
  CHECK_FALSE(ipv4_valid("1.2.3.4.5"));
  CHECK_FALSE(ipv4_valid("01.2.3.4"));
}

TEST_CASE("ipv6 accepts RFC 4291 forms and rejects look-alikes") {
  CHECK(ipv6_valid("2001:db8:85a3::8a2e:370:7334"));
  CHECK(ipv6_valid("2001:0db8:0000:0000:0000:ff00:0042:8329"));
  CHECK(ipv6_valid("::1"));
  CHECK(ipv6_valid("fe80::1"));
  CHECK(ipv6_valid("::ffff:192.0.2.128"));
  CHECK_FALSE(ipv6_valid("10:30:00"));
  CHECK_FALSE(ipv6_valid("00:1a:2b:3c:4d:5e"));
  CHECK_FALSE(ipv6_valid("1::2::3"));
  CHECK_FALSE(ipv6_valid("12345::1"));
  CHECK_FALSE(ipv6_valid("1:2:3:4:5:6:7:8:9"));
}

TEST_CASE("jwt wants a header that decodes to JSON with alg") {
  CHECK(jwt_valid("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.sig"));
  CHECK_FALSE(jwt_valid("eyJmb28iOiJiYXIifQ.eyJzdWIiOiIxIn0.sig"));  // {"foo":"bar"}
  CHECK_FALSE(jwt_valid("eyJ!!!.eyJ.sig"));
}

TEST_CASE("phone-digits counts 8 to 15 digits") {
  CHECK(phone_digits_valid("+33 6 12 34 56 78"));
  CHECK_FALSE(phone_digits_valid("+1 234 567"));
  CHECK_FALSE(phone_digits_valid("+1234567890123456"));
}

TEST_CASE("the registry finds validators by their stable names") {
  CHECK(find_validator("luhn") == &luhn_valid);
  CHECK(find_validator("fr-nir") == &fr_nir_valid);
  CHECK(find_validator("Luhn") == nullptr);
  CHECK(validator_names().find("iban") != std::string::npos);
}

TEST_CASE("email-domain: labels of 1-63 characters, a TLD of 2-24 letters (counted in characters)") {
  CHECK(email_domain_valid("a@b.fr"));
  CHECK(email_domain_valid("jürgen@bücher.de"));
  CHECK(email_domain_valid("x@" + std::string(63, 'a') + ".com"));
  CHECK_FALSE(email_domain_valid("x@" + std::string(64, 'a') + ".com"));
  CHECK(email_domain_valid("x@example." + std::string(24, 'q')));
  CHECK_FALSE(email_domain_valid("x@example." + std::string(25, 'q')));
  CHECK(email_domain_valid("x@example.\xD0\xBC\xD0\xBE\xD1\x81"));  // ".мос": 3 characters in 6 bytes
  CHECK_FALSE(email_domain_valid("x@example.c"));
  CHECK_FALSE(email_domain_valid("x@a..fr"));
  CHECK_FALSE(email_domain_valid("no at sign"));
}
