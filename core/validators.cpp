#include "core/validators.h"

#include "core/ip.h"
#include "core/validator_util.h"

#include <cstdint>
#include <string>

namespace discret {
namespace {

using detail::compact;
using detail::is_digit;

struct IbanLength { char cc[3]; int length; };
// ISO 13616 registry lengths (SWIFT IBAN registry), for the countries that issue IBANs.
constexpr IbanLength kIbanLengths[] = {
    {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16}, {"BG", 22},
    {"BH", 22}, {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28}, {"CZ", 24},
    {"DE", 22}, {"DJ", 27}, {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18},
    {"FK", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27},
    {"GT", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IS", 26}, {"IT", 27},
    {"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32}, {"LI", 21}, {"LT", 20}, {"LU", 20},
    {"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19}, {"MN", 20}, {"MR", 27},
    {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18}, {"NO", 15}, {"OM", 23}, {"PK", 24}, {"PL", 28},
    {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33}, {"SA", 24}, {"SC", 31},
    {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"SO", 23}, {"ST", 25}, {"SV", 28},
    {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20}, {"YE", 30},
};

int iban_length(std::string_view cc) {
  for (const auto& e : kIbanLengths)
    if (cc == std::string_view(e.cc, 2)) return e.length;
  return 0;
}

struct Entry { const char* name; Validator fn; };
constexpr Entry kRegistry[] = {
    {"luhn", luhn_valid}, {"iban", iban_valid}, {"fr-nir", fr_nir_valid},
    {"ipv4", ipv4_valid}, {"ipv6", ipv6_valid}, {"jwt", jwt_valid}, {"phone-digits", phone_digits_valid},
    {"email-domain", email_domain_valid},
    {"bic", bic_valid}, {"base58check", base58check_valid}, {"bech32", bech32_valid},
    {"date", date_valid}, {"lat-lon", lat_lon_valid},
    // National identifiers (core/validators_national.cpp)
    {"fr-siren", fr_siren_valid}, {"fr-siret", fr_siret_valid}, {"us-ssn", us_ssn_valid}, {"us-itin", us_itin_valid},
    {"gb-nino", gb_nino_valid}, {"gb-nhs", gb_nhs_valid}, {"es-dni", es_dni_valid}, {"es-nie", es_nie_valid},
    {"it-codice-fiscale", it_codice_fiscale_valid}, {"de-steuer-id", de_steuer_id_valid}, {"nl-bsn", nl_bsn_valid},
    {"be-national-number", be_national_number_valid}, {"pl-pesel", pl_pesel_valid}, {"pt-nif", pt_nif_valid},
    {"se-personnummer", se_personnummer_valid}, {"ca-sin", ca_sin_valid},
    // Secrets (core/validators_secrets.cpp)
    {"not-placeholder", not_placeholder_valid}, {"private-key-body", private_key_body_valid},
    {"credential-value", credential_value_valid}, {"generic-secret", generic_secret_valid},
    {"basic-auth", basic_auth_valid}, {"url-password", url_password_valid},
    // Person names (core/person.cpp)
    {"person-name", person_name_valid}, {"person-name-loose", person_name_loose_valid},
    {"person-cue-name", person_cue_name_valid},
    {"person-title-name", person_title_name_valid},
};

}  // namespace

Validator find_validator(std::string_view name) {
  for (const auto& e : kRegistry)
    if (name == e.name) return e.fn;
  return nullptr;
}

std::string validator_names() {
  std::string out;
  for (const auto& e : kRegistry) {
    if (!out.empty()) out += ", ";
    out += e.name;
  }
  return out;
}

bool luhn_valid(std::string_view text) {
  std::string d;
  return compact(text, d) && d.size() >= 12 && d.size() <= 19 && detail::luhn_ok(d);
}

bool iban_valid(std::string_view text) {
  std::string s;
  if (!compact(text, s) || s.size() < 15) return false;
  if (s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' || !is_digit(s[2]) || !is_digit(s[3])) return false;
  if (iban_length(std::string_view(s).substr(0, 2)) != static_cast<int>(s.size())) return false;
  // Move the first four characters to the end, letters to 10..35, remainder mod 97 must be 1.
  std::string r = s.substr(4) + s.substr(0, 4);
  uint32_t rem = 0;
  for (char c : r) {
    if (is_digit(c)) rem = (rem * 10 + static_cast<uint32_t>(c - '0')) % 97;
    else rem = (rem * 100 + static_cast<uint32_t>(c - 'A' + 10)) % 97;
  }
  return rem == 1;
}

bool fr_nir_valid(std::string_view text) {
  std::string s;
  if (!compact(text, s) || s.size() != 15) return false;
  // Sex 1/2 (3, 4, 7, 8 for temporary and foreign-born registrations).
  char sex = s[0];
  if (sex != '1' && sex != '2' && sex != '3' && sex != '4' && sex != '7' && sex != '8') return false;
  if (!is_digit(s[3]) || !is_digit(s[4])) return false;
  int month = (s[3] - '0') * 10 + (s[4] - '0');
  if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || (month >= 50 && month <= 99))) return false;
  // Corsica: department 2A / 2B; the key is computed with 19 / 18 subtracted from the number.
  uint64_t corsica = 0;
  std::string digits = s.substr(0, 13);
  if (digits[5] == '2' && (digits[6] == 'A' || digits[6] == 'B')) {
    corsica = digits[6] == 'A' ? 1000000 : 2000000;
    digits[6] = '0';
  }
  uint64_t n = 0;
  for (char c : digits) {
    if (!is_digit(c)) return false;
    n = n * 10 + static_cast<uint64_t>(c - '0');
  }
  if (!is_digit(s[13]) || !is_digit(s[14])) return false;
  n -= corsica;
  uint64_t key = (s[13] - '0') * 10 + (s[14] - '0');
  return key == 97 - n % 97;
}

bool email_domain_valid(std::string_view text) {
  size_t at = text.rfind('@');
  if (at == std::string_view::npos) return false;
  size_t label = 0;  // characters (UTF-8 lead bytes) in the current label
  for (size_t i = at + 1; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c == '.') {
      if (label == 0) return false;
      label = 0;
    } else if ((c & 0xC0) != 0x80 && ++label > 63) {
      return false;
    }
  }
  return label >= 2 && label <= 24;
}

bool ipv4_valid(std::string_view text) {
  std::array<uint8_t, 4> bytes;
  return parse_ipv4(text, bytes);
}

bool ipv6_valid(std::string_view text) {
  std::array<uint8_t, 16> bytes;
  return parse_ipv6(text, bytes);
}

bool jwt_valid(std::string_view text) {
  size_t dot = text.find('.');
  if (dot == std::string_view::npos || dot < 4) return false;
  std::string_view header = text.substr(0, dot);
  auto b64 = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (is_digit(c)) return c - '0' + 52;
    if (c == '-' || c == '+') return 62;
    if (c == '_' || c == '/') return 63;
    return -1;
  };
  std::string decoded;
  uint32_t acc = 0;
  int bits = 0;
  for (char c : header) {
    if (c == '=') break;
    int v = b64(c);
    if (v < 0) return false;
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      decoded += static_cast<char>((acc >> bits) & 0xFF);
    }
  }
  size_t first = decoded.find_first_not_of(" \t\r\n");
  return first != std::string::npos && decoded[first] == '{' && decoded.find("\"alg\"") != std::string::npos;
}

bool phone_digits_valid(std::string_view text) {
  size_t digits = 0;
  for (char c : text) digits += is_digit(c) ? 1 : 0;
  return digits >= 8 && digits <= 15;
}

}  // namespace discret
