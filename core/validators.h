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
// "email-domain": the domain's labels have at most 63 characters and the last one (the TLD) 2-24.
// Counted here rather than with {0,61} in the pattern: counted Unicode classes made the e-mail
// pattern the costliest to compile and to run of all the rules (docs/benchmarks.md).
bool email_domain_valid(std::string_view text);

// Finance (core/validators_finance.cpp)
bool bic_valid(std::string_view text);          // "bic": 8 or 11 characters, a real ISO 3166 country code
bool base58check_valid(std::string_view text);  // "base58check": Bitcoin P2PKH/P2SH, double-SHA-256 checksum
bool bech32_valid(std::string_view text);       // "bech32": segwit address, BIP-173 / BIP-350 checksum

// Dates and places (core/validators_time_place.cpp)
bool date_valid(std::string_view text);     // "date": a real calendar date, year 1900-2099 (Y-M-D, D/M/Y or M/D/Y)
bool lat_lon_valid(std::string_view text);  // "lat-lon": "lat, lon" in degrees, |lat| <= 90, |lon| <= 180

// National identifiers (core/validators_national.cpp)
bool fr_siren_valid(std::string_view text);      // "fr-siren": 9 digits, Luhn
bool fr_siret_valid(std::string_view text);      // "fr-siret": a valid SIREN + 5 digits, Luhn (La Poste: or digit sum % 5)
bool us_ssn_valid(std::string_view text);        // "us-ssn": area not 000/666/900-999, group not 00, serial not 0000
bool us_itin_valid(std::string_view text);       // "us-itin": 9XX, 4th-5th digits 50-65, 70-88, 90-92, 94-99
bool gb_nino_valid(std::string_view text);       // "gb-nino": allowed prefix letters and pairs, 6 digits, suffix A-D
bool gb_nhs_valid(std::string_view text);        // "gb-nhs": 10 digits, mod 11 (a check of 10 is never issued)
bool es_dni_valid(std::string_view text);        // "es-dni": 8 digits + control letter (mod 23)
bool es_nie_valid(std::string_view text);        // "es-nie": X/Y/Z + 7 digits + control letter (mod 23)
bool it_codice_fiscale_valid(std::string_view text);   // "it-codice-fiscale": 16 chars, date, omocodia, control char
bool de_steuer_id_valid(std::string_view text);  // "de-steuer-id": 11 digits, digit repetition, ISO 7064 MOD 11,10
bool nl_bsn_valid(std::string_view text);        // "nl-bsn": 9 digits, 11-proof
bool be_national_number_valid(std::string_view text);  // "be-national-number": YYMMDD, serial, mod 97 (19xx/20xx)
bool pl_pesel_valid(std::string_view text);      // "pl-pesel": date with century offset in the month, checksum
bool pt_nif_valid(std::string_view text);        // "pt-nif": 9 digits, issued first digits, mod 11
bool se_personnummer_valid(std::string_view text);  // "se-personnummer": date (+60 coordination), Luhn on 10 digits
bool ca_sin_valid(std::string_view text);        // "ca-sin": 9 digits, not 0 or 8 first, Luhn

// Secrets (core/validators_secrets.cpp)
// "not-placeholder": no template syntax (${X}, {{x}}, <your-token>), no stand-in word (changeme, example, dummy,
// xxxx, your_...), not mostly one repeated character or a counting run (aaaaaa, 123456, abcdef).
bool not_placeholder_valid(std::string_view text);
// "private-key-body": a BEGIN ... END block with a real base64 body (>= 48 characters; header lines and
// escaped "\n" allowed), not a stand-in such as "...".
bool private_key_body_valid(std::string_view text);
// "credential-value": not-placeholder, not a placeholder word (password, changeme, admin...) or a setting
// word (required, true, null...), not a reference ($VAR, %VAR%, settings.DB_PASSWORD, process.env...),
// not code or prose (options?.password, createClient({, "Password used to derive the key").
bool credential_value_valid(std::string_view text);
// "generic-secret": credential-value, not a UUID, with letters and digits, and random enough for its charset:
// hex >= 20 characters at >= 3.0 bits per character, others >= 16 characters at >= 3.5.
bool generic_secret_valid(std::string_view text);
// "basic-auth": base64 of "user:password" (printable), the password a credential-value.
bool basic_auth_valid(std::string_view text);
// "url-password": scheme://user:password@host, the password a credential-value.
bool url_password_valid(std::string_view text);
// Shannon entropy in bits per byte (what a rule's "entropy" is compared with).
double shannon_entropy(std::string_view text);

// Person names (core/person.cpp; lexicons in core/lexicons.h)
bool person_name_valid(std::string_view text);        // "person-name": first name(s) + surname(s) from the lexicons, no common word
bool person_name_loose_valid(std::string_view text);  // "person-name-loose": the same, common words allowed ("Will Smith")
bool person_title_name_valid(std::string_view text);  // "person-title-name": after a title or greeting; also unknown full names
bool person_cue_name_valid(std::string_view text);    // "person-cue-name": after a cue; one lexicon name, no organisation

}  // namespace discret
