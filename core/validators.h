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
bool jwt_valid(std::string_view text);      // "jwt": the header decodes (base64url) to a JSON object with "alg"
bool phone_digits_valid(std::string_view text);  // "phone-digits": 8-15 digits in all (ITU-T E.164)

// Finance (core/validators_finance.cpp)
bool bic_valid(std::string_view text);          // "bic": 8 or 11 characters, a real ISO 3166 country code
bool base58check_valid(std::string_view text);  // "base58check": Bitcoin P2PKH/P2SH, double-SHA-256 checksum
bool bech32_valid(std::string_view text);       // "bech32": segwit address, BIP-173 / BIP-350 checksum

// Dates and places (core/validators_time_place.cpp)
bool date_valid(std::string_view text);     // "date": a real calendar date, year 1900-2099 (Y-M-D, D/M/Y or M/D/Y)
bool lat_lon_valid(std::string_view text);  // "lat-lon": "lat, lon" in degrees, |lat| <= 90, |lon| <= 180

}  // namespace discret
