// Stage 6b, classify: what kind of value a finding is (an IP's range...) and whether it is a
// documentation or test value. Test values are still reported, with `test` set, and are not
// counted as leaks; allow-listed values (ScannerOptions) are not reported at all.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace discret {

// Stable names (`kind` in findings). kNone is reported as null.
enum class ValueKind : uint8_t {
  kNone, kPublic, kPrivate, kLoopback, kLinkLocal, kDocumentation, kMulticast, kUnspecified,
};
constexpr int kValueKindCount = 8;
const char* value_kind_name(ValueKind kind);  // "" for kNone, else "public", "private", "link-local"...

struct Classification {
  ValueKind kind = ValueKind::kNone;
  bool test = false;  // a documentation or test value (RFC 5737 address, ...)
};

using Classifier = Classification (*)(std::string_view value);

// nullptr when no classifier has that name.
Classifier find_classifier(std::string_view name);
std::string classifier_names();

// "ip-range": IANA special-purpose ranges of IPv4 and IPv6 (RFC 6890); documentation ranges
// (RFC 5737, RFC 3849) are also test values. IPv4-mapped IPv6 addresses classify as their IPv4.
Classification classify_ip(std::string_view value);

}  // namespace discret
