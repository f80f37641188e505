// Stage 5, validate: pure checks on a candidate's text, by name, from one registry.
// Each validator takes the finding's bytes and ignores the separators its format allows
// (spaces, dashes, dots). Names are stable: rule packs refer to them.
#pragma once
#include <string>
#include <string_view>

namespace discret {

using Validator = bool (*)(std::string_view);

// nullptr when no validator has that name.
Validator find_validator(std::string_view name);
// Comma-separated list of registered names, for error messages.
std::string validator_names();

bool luhn_valid(std::string_view text);     // "luhn": 12-19 digits, Luhn checksum
bool iban_valid(std::string_view text);     // "iban": per-country length, ISO 13616 mod-97 == 1
bool fr_nir_valid(std::string_view text);   // "fr-nir": 13 chars (2A/2B for Corsica) + 2-digit key
bool ipv4_valid(std::string_view text);     // "ipv4": four octets 0-255, no leading zeros
bool ipv6_valid(std::string_view text);     // "ipv6": RFC 4291 text forms, incl. "::" and an IPv4 tail
bool jwt_valid(std::string_view text);
bool phone_digits_valid(std::string_view text);  // "phone-digits": 8-15 digits in all (ITU-T E.164)      // "jwt": the header decodes (base64url) to a JSON object with "alg"

}  // namespace discret
