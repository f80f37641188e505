// Validators for bank and crypto-currency identifiers (see core/validators.h).
#include <cstdint>
#include <string>
#include <vector>

#include "core/sha256.h"
#include "core/validators.h"

namespace discret {
namespace {

// ISO 3166-1 alpha-2 codes in use (plus XK, which SWIFT uses for Kosovo).
constexpr const char* kCountries =
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ "
    "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR "
    "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO "
    "JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR "
    "MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO "
    "RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV "
    "TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW";

bool is_country(std::string_view cc) {
  std::string_view all(kCountries);
  for (size_t i = 0; i + 2 <= all.size(); i += 3)
    if (all.substr(i, 2) == cc) return true;
  return false;
}

bool upper_or_digit(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

}  // namespace

bool bic_valid(std::string_view s) {
  if (s.size() != 8 && s.size() != 11) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    bool letter = s[i] >= 'A' && s[i] <= 'Z';
    if (i < 6 ? !letter : !upper_or_digit(s[i])) return false;
  }
  return is_country(s.substr(4, 2));
}

bool base58check_valid(std::string_view s) {
  static const char kAlphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  if (s.size() < 26 || s.size() > 35) return false;
  // Big-endian base-256 accumulation of the base-58 digits.
  std::vector<uint8_t> bytes;
  for (char c : s) {
    const char* p = std::char_traits<char>::find(kAlphabet, 58, c);
    if (!p) return false;
    uint32_t carry = static_cast<uint32_t>(p - kAlphabet);
    for (auto it = bytes.rbegin(); it != bytes.rend(); ++it) {
      carry += 58u * *it;
      *it = static_cast<uint8_t>(carry & 0xFF);
      carry >>= 8;
    }
    while (carry) {
      bytes.insert(bytes.begin(), static_cast<uint8_t>(carry & 0xFF));
      carry >>= 8;
    }
  }
  for (size_t i = 0; i < s.size() && s[i] == '1'; ++i) bytes.insert(bytes.begin(), 0);  // leading zero bytes
  if (bytes.size() != 25 || (bytes[0] != 0x00 && bytes[0] != 0x05)) return false;  // P2PKH or P2SH
  std::string payload(bytes.begin(), bytes.begin() + 21);
  Digest once = sha256(payload);
  Digest twice = sha256(std::string_view(reinterpret_cast<const char*>(once.data()), once.size()));
  return std::equal(twice.begin(), twice.begin() + 4, bytes.begin() + 21);
}

bool bech32_valid(std::string_view s) {
  static const char kCharset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  if (s.size() < 14 || s.size() > 74 || s.substr(0, 3) != "bc1") return false;
  // BIP-173: polymod over the expanded human-readable part ("bc") and the data part.
  auto polymod = [](const std::vector<uint8_t>& values) {
    static const uint32_t kGen[5] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    uint32_t chk = 1;
    for (uint8_t v : values) {
      uint32_t top = chk >> 25;
      chk = ((chk & 0x1ffffff) << 5) ^ v;
      for (int i = 0; i < 5; ++i)
        if ((top >> i) & 1) chk ^= kGen[i];
    }
    return chk;
  };
  std::vector<uint8_t> values = {'b' >> 5, 'c' >> 5, 0, 'b' & 31, 'c' & 31};
  for (char c : s.substr(3)) {
    const char* p = std::char_traits<char>::find(kCharset, 32, c);
    if (!p) return false;
    values.push_back(static_cast<uint8_t>(p - kCharset));
  }
  uint8_t witness_version = values[5];
  if (witness_version > 16) return false;
  // Version 0 uses bech32 (constant 1), later versions bech32m (BIP-350).
  uint32_t expected = witness_version == 0 ? 1 : 0x2bc830a3;
  return polymod(values) == expected;
}

}  // namespace discret
