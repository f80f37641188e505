// Realistic replacements for the `fake` operator: a value of the same kind, in the original's
// layout, that passes the validators the scanner applies (Luhn, mod 97, the NIR key). Wherever a
// reserved range exists it is used, so a fake cannot be someone's real address, card or line:
//   EMAIL        user-<10 hex>@example.com / .org / .net
//   IP_ADDRESS   IPv4 in 192.0.2.0/24, 198.51.100.0/24 or 203.0.113.0/24 (RFC 5737), host 1-254;
//                IPv6 in 2001:db8::/32 (RFC 3849), compressed (RFC 5952); a "/prefix" or port is kept
//   CREDIT_CARD  400000 then digits and a Luhn check digit: same digit count and separators
//   IBAN         same country and length, a letter or a digit at each BBAN position as in the
//                original, check digits recomputed (mod 97 == 1), same spacing
//   NATIONAL_ID  rule fr-nir only: sex 1/2, year, month 01-12, department 01-95, commune, order, key
//   PERSON       first name(s) and a last name from the built-in lexicons, as many words as the
//                original's capitalised words (2 to 4)
//   PHONE        same layout, "+" and country code (and a trunk 0) kept; FR 01 99 00 xx xx
//                (ARCEP fiction range), UK 07700 900xxx (Ofcom drama range), NANP NPA-555-01xx,
//                other countries hash digits
//   DATE_OF_BIRTH the same layout, the year moved by 1-5 years, day and month numbers in 1-12
// Everything is drawn from HMAC-SHA-256(key, entity '\0' value): the same key gives the same fakes
// on every run and machine (with the same built-in lexicons), and without the key a fake says
// nothing about the value.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace discret {

// What a replacement may depend on besides the value: the finding's entity and the rule that
// found it (fr-nir is one NATIONAL_ID among many; a phone's country picks its fiction range).
struct ValueSource {
  std::string_view entity;
  std::string_view rule_id;  // may be empty
  std::string_view country;  // ISO 3166-1 alpha-2 of a national rule, or empty
};

// The message every keyed replacement hashes: entity '\0' value, then '\0' and the attempt number
// when `attempt` > 0 (another candidate, when the first one is already another value's).
std::string keyed_message(std::string_view entity, std::string_view value, uint32_t attempt);

// The fake for `value`, or "" when `source` has no fake form or the value is not of the expected
// shape (an unparsable IP, a card of fewer than 8 digits...): the caller falls back to a numbered
// pseudonym. Deterministic in (source, value, key, attempt).
std::string fake_value(const ValueSource& source, std::string_view value, std::string_view key, uint32_t attempt = 0);

}  // namespace discret
