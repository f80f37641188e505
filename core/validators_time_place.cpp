// Validators for dates and geographic coordinates (see core/validators.h).
#include <cstdlib>
#include <string>

#include "core/validators.h"

namespace discret {
namespace {

bool real_date(int y, int m, int d) {
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= (m == 2 && !leap ? 28 : kDays[m - 1]);
}

// The runs of digits in `s`, in order (at most 4).
int numbers(std::string_view s, int out[4], int lengths[4]) {
  int n = 0;
  for (size_t i = 0; i < s.size() && n < 4;) {
    if (s[i] < '0' || s[i] > '9') {
      ++i;
      continue;
    }
    int v = 0, len = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9' && len < 9) v = v * 10 + (s[i++] - '0'), ++len;
    out[n] = v;
    lengths[n++] = len;
  }
  return n;
}

// Parses a signed decimal number at the start of `s`; advances `s`.
bool decimal(std::string_view& s, double& out) {
  std::string buf;
  size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) buf += s[i++];
  while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.')) buf += s[i++];
  if (buf.empty() || buf == "-" || buf == "+") return false;
  char* end = nullptr;
  out = std::strtod(buf.c_str(), &end);
  if (end != buf.c_str() + buf.size()) return false;
  s.remove_prefix(i);
  return true;
}

}  // namespace

bool date_valid(std::string_view s) {
  // Numeric forms only; dates with month names are constrained by their rule's pattern.
  int n[4], len[4];
  if (numbers(s, n, len) != 3) return false;
  if (len[0] == 4) return real_date(n[0], n[1], n[2]);  // Y-M-D
  if (len[2] != 4 && len[2] != 2) return false;
  int year = len[2] == 4 ? n[2] : (n[2] <= 30 ? 2000 + n[2] : 1900 + n[2]);
  return real_date(year, n[1], n[0]) || real_date(year, n[0], n[1]);  // D/M/Y or M/D/Y
}

bool lat_lon_valid(std::string_view s) {
  double lat = 0, lon = 0;
  if (!decimal(s, lat)) return false;
  while (!s.empty() && (s.front() == ',' || s.front() == ' ' || s.front() == ';' || s.front() == '\t')) s.remove_prefix(1);
  if (!decimal(s, lon) || !s.empty()) return false;
  // (0, 0) is "null island": a default value, not a place.
  return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180 && !(lat == 0 && lon == 0);
}

}  // namespace discret
