// Validators for national identity, tax and health numbers (see core/validators.h). Each one
// checks the format's published rules: lengths, allowed ranges, encoded dates and check digits.
#include <cstdint>
#include <string>

#include "core/validator_util.h"
#include "core/validators.h"

namespace discret {
namespace {

using detail::compact;
using detail::compact_digits;
using detail::is_digit;
using detail::luhn_ok;

int digit(char c) { return c - '0'; }

// The value of digits [from, from + count) of `d` (all digits).
uint64_t number(std::string_view d, size_t from = 0, size_t count = std::string_view::npos) {
  uint64_t n = 0;
  for (char c : d.substr(from, count)) n = n * 10 + static_cast<uint64_t>(digit(c));
  return n;
}

// Sum of d[i] * weights[i] over the weights given.
template <size_t N>
int weighted_sum(std::string_view d, const int (&weights)[N]) {
  int sum = 0;
  for (size_t i = 0; i < N; ++i) sum += digit(d[i]) * weights[i];
  return sum;
}

bool all_zero(std::string_view d) { return d.find_first_not_of('0') == std::string_view::npos; }

bool leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int month, bool leap_year) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && leap_year ? 29 : kDays[month - 1];
}

// A real date; year < 0 when only its last two digits are known (then 29 February is allowed
// when they are a multiple of 4, as 2000 was a leap year).
bool real_date(int year, int month, int day, int yy = -1) {
  if (month < 1 || month > 12 || day < 1) return false;
  bool leap_year = year >= 0 ? leap(year) : yy % 4 == 0;
  return day <= days_in_month(month, leap_year);
}

// The check letter of Spanish DNI and NIE numbers: the number modulo 23 picks it.
char spanish_letter(uint64_t n) { return "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]; }

}  // namespace

bool fr_siren_valid(std::string_view text) {
  std::string d;
  return compact_digits(text, d, 9) && !all_zero(d) && luhn_ok(d);
}

bool fr_siret_valid(std::string_view text) {
  std::string d;
  // The SIREN in front carries its own Luhn key, then the NIC's last digit makes the 14 Luhn-valid.
  if (!compact_digits(text, d, 14) || all_zero(d) || !luhn_ok(std::string_view(d).substr(0, 9))) return false;
  if (luhn_ok(d)) return true;
  // La Poste's establishments (SIREN 356 000 000) are too many for Luhn's range: theirs have the
  // sum of the 14 digits a multiple of 5 instead (the head office's is Luhn-valid).
  if (d.compare(0, 9, "356000000") != 0) return false;
  int sum = 0;
  for (char c : d) sum += digit(c);
  return sum % 5 == 0;
}

bool us_ssn_valid(std::string_view text) {
  std::string d;
  if (!compact_digits(text, d, 9)) return false;
  uint64_t area = number(d, 0, 3), group = number(d, 3, 2), serial = number(d, 5, 4);
  return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
}

bool us_itin_valid(std::string_view text) {
  std::string d;
  if (!compact_digits(text, d, 9) || d[0] != '9') return false;
  uint64_t group = number(d, 3, 2);
  return (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) ||
         group >= 94;
}

bool gb_nino_valid(std::string_view text) {
  std::string s;
  if (!compact(text, s) || (s.size() != 8 && s.size() != 9)) return false;
  // HMRC: D, F, I, Q, U, V are never prefix letters, O never the second; some pairs are not allocated.
  auto letter = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (!letter(s[0]) || !letter(s[1])) return false;
  if (std::string_view("DFIQUV").find(s[0]) != std::string_view::npos) return false;
  if (std::string_view("DFIOQUV").find(s[1]) != std::string_view::npos) return false;
  std::string_view prefix(s.data(), 2);
  for (const char* banned : {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
    if (prefix == banned) return false;
  for (size_t i = 2; i < 8; ++i)
    if (!is_digit(s[i])) return false;
  return s.size() == 8 || (s[8] >= 'A' && s[8] <= 'D');
}

bool gb_nhs_valid(std::string_view text) {
  std::string d;
  // No range check: the ranges in use (CHI 010-311, Northern Ireland 320-399, England and Wales
  // 3xx-4xx and 6xx-7xx, tests 999) are allocation policy, which may grow, not part of the format.
  if (!compact_digits(text, d, 10) || all_zero(d)) return false;
  static const int kWeights[] = {10, 9, 8, 7, 6, 5, 4, 3, 2};
  int check = 11 - weighted_sum(d, kWeights) % 11;
  if (check == 11) check = 0;
  return check != 10 && check == digit(d[9]);
}

bool es_dni_valid(std::string_view text) {
  std::string s;
  if (!compact(text, s) || s.size() != 9) return false;
  for (size_t i = 0; i < 8; ++i)
    if (!is_digit(s[i])) return false;
  return s[8] == spanish_letter(number(s, 0, 8));
}

bool es_nie_valid(std::string_view text) {
  std::string s;
  if (!compact(text, s) || s.size() != 9) return false;
  size_t lead = std::string_view("XYZ").find(s[0]);  // X, Y, Z stand for 0, 1, 2
  if (lead == std::string_view::npos) return false;
  for (size_t i = 1; i < 8; ++i)
    if (!is_digit(s[i])) return false;
  return s[8] == spanish_letter(lead * 10000000 + number(s, 1, 7));
}

bool it_codice_fiscale_valid(std::string_view text) {
  std::string s;
  if (!compact(text, s) || s.size() != 16) return false;
  auto letter = [](char c) { return c >= 'A' && c <= 'Z'; };
  // Surname and name (6 letters), birth place's first character, and the control character.
  for (size_t i : {0, 1, 2, 3, 4, 5, 11, 15})
    if (!letter(s[i])) return false;
  // Omocodia: to tell apart equal codes, digits are replaced by L M N P Q R S T U V, starting from
  // the rightmost digit; so once a digit is met (right to left), all the ones before are digits.
  static const std::string_view kOmocodia = "LMNPQRSTUV";
  std::string plain = s;
  bool digits_only = false;
  for (size_t i : {14, 13, 12, 10, 9, 7, 6}) {
    if (is_digit(s[i])) {
      digits_only = true;
    } else {
      size_t v = kOmocodia.find(s[i]);
      if (digits_only || v == std::string_view::npos) return false;
      plain[i] = static_cast<char>('0' + v);
    }
  }
  // Birth date: month letter A B C D E H L M P R S T, day 1-31 (+40 for women).
  size_t month = std::string_view("ABCDEHLMPRST").find(s[8]);
  if (month == std::string_view::npos) return false;
  int day = static_cast<int>(number(plain, 9, 2));
  if (day > 40) day -= 40;
  if (!real_date(-1, static_cast<int>(month) + 1, day, static_cast<int>(number(plain, 6, 2)))) return false;
  // Control character: characters in odd positions (1st, 3rd...) through a table, even ones by
  // value (0-9, A-Z = 0-25), the sum modulo 26 as a letter.
  static const int kOdd[] = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
  int sum = 0;
  for (size_t i = 0; i < 15; ++i) {
    int v = is_digit(s[i]) ? digit(s[i]) : s[i] - 'A';
    sum += i % 2 == 0 ? kOdd[v] : v;
  }
  return s[15] == 'A' + sum % 26;
}

bool de_steuer_id_valid(std::string_view text) {
  std::string d;
  if (!compact_digits(text, d, 11) || d[0] == '0') return false;
  // In the first ten digits exactly one digit appears twice or three times (never three in a
  // row), every other at most once.
  int counts[10] = {};
  for (size_t i = 0; i < 10; ++i) ++counts[digit(d[i])];
  int repeated = -1;
  for (int v = 0; v < 10; ++v) {
    if (counts[v] > 3 || (counts[v] > 1 && repeated >= 0)) return false;
    if (counts[v] > 1) repeated = v;
  }
  if (repeated < 0) return false;
  for (size_t i = 0; i + 2 < 10; ++i)
    if (d[i] == d[i + 1] && d[i] == d[i + 2]) return false;
  // ISO 7064 MOD 11,10 check digit.
  int product = 10;
  for (size_t i = 0; i < 10; ++i) {
    int sum = (digit(d[i]) + product) % 10;
    product = (sum == 0 ? 10 : sum) * 2 % 11;
  }
  int check = 11 - product;
  return (check == 10 ? 0 : check) == digit(d[10]);
}

bool nl_bsn_valid(std::string_view text) {
  std::string d;
  if (!compact_digits(text, d, 9) || all_zero(d)) return false;
  // 11-proof: 9*d1 + 8*d2 + ... + 2*d8 - d9 is a multiple of 11.
  static const int kWeights[] = {9, 8, 7, 6, 5, 4, 3, 2, -1};
  return weighted_sum(d, kWeights) % 11 == 0;
}

bool be_national_number_valid(std::string_view text) {
  std::string d;
  if (!compact_digits(text, d, 11)) return false;
  // YYMMDD (month + 20 or + 40 for BIS numbers; 00 when the month or day is unknown), a serial
  // 001-998, and 97 - (number mod 97), the number prefixed by 2 for births from 2000.
  int yy = static_cast<int>(number(d, 0, 2)), month = static_cast<int>(number(d, 2, 2) % 20),
      day = static_cast<int>(number(d, 4, 2));
  uint64_t serial = number(d, 6, 3);
  if (number(d, 2, 2) > 52 || serial == 0 || serial == 999 || month > 12 || day > 31) return false;
  uint64_t base = number(d, 0, 9), check = number(d, 9, 2);
  for (int century : {1900, 2000}) {
    uint64_t n = century == 2000 ? 2000000000 + base : base;
    if (check != 97 - n % 97) continue;
    if (month == 0 || day == 0 || real_date(century + yy, month, day)) return true;
  }
  return false;
}

bool pl_pesel_valid(std::string_view text) {
  std::string d;
  if (!compact_digits(text, d, 11)) return false;
  // The month carries the century: +80 for 1800-1899, +0, +20, +40, +60 for 1900-2299.
  int mm = static_cast<int>(number(d, 2, 2));
  int century = mm > 80 ? 1800 : 1900 + (mm / 20) * 100;
  if (mm > 80) mm -= 80;
  else mm %= 20;
  if (!real_date(century + static_cast<int>(number(d, 0, 2)), mm, static_cast<int>(number(d, 4, 2)))) return false;
  static const int kWeights[] = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
  return (10 - weighted_sum(d, kWeights) % 10) % 10 == digit(d[10]);
}

bool pt_nif_valid(std::string_view text) {
  std::string d;
  if (!compact_digits(text, d, 9)) return false;
  // First digits in use: 1-3 people, 45 non-resident people, 5 companies, 6 public bodies,
  // 70-79 (not 73, 76) estates, funds and others, 90, 91, 98, 99 (8, sole traders, is retired).
  std::string_view prefix(d.data(), 2);
  bool issued = (d[0] >= '1' && d[0] <= '3') || d[0] == '5' || d[0] == '6' || prefix == "45" ||
                (d[0] == '7' && prefix != "73" && prefix != "76") || prefix == "90" || prefix == "91" ||
                prefix == "98" || prefix == "99";
  if (!issued) return false;
  static const int kWeights[] = {9, 8, 7, 6, 5, 4, 3, 2};
  int check = 11 - weighted_sum(d, kWeights) % 11;
  return (check >= 10 ? 0 : check) == digit(d[8]);
}

bool se_personnummer_valid(std::string_view text) {
  // YYMMDD-NNNC ('+' instead of '-' from the year one turns 100), or YYYYMMDD[-]NNNC; the
  // separator, if any, comes before the last four digits.
  std::string d;
  bool plus = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (is_digit(c)) {
      d += c;
    } else if ((c != '-' && c != '+') || i + 5 != text.size()) {
      return false;
    } else {
      plus = c == '+';
    }
  }
  if (d.size() != 10 && d.size() != 12) return false;
  int year = -1;
  if (d.size() == 12) {
    year = static_cast<int>(number(d, 0, 4));
    if (plus || year < 1800 || year > 2099) return false;
    d.erase(0, 2);
  }
  int yy = static_cast<int>(number(d, 0, 2)), day = static_cast<int>(number(d, 4, 2));
  if (day > 60) day -= 60;  // samordningsnummer (coordination number): day + 60
  return real_date(year, static_cast<int>(number(d, 2, 2)), day, yy) && luhn_ok(d);
}

bool ca_sin_valid(std::string_view text) {
  std::string d;
  // 0 is for CRA-assigned tax numbers, 8 for business numbers: neither is a person's SIN.
  return compact_digits(text, d, 9) && d[0] != '0' && d[0] != '8' && luhn_ok(d);
}

}  // namespace discret
