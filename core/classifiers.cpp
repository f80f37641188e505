#include "core/classifiers.h"

#include "core/ip.h"

namespace discret {
namespace {

Classification of(ValueKind kind) { return Classification{kind, kind == ValueKind::kDocumentation}; }

Classification classify_v4(const std::array<uint8_t, 4>& a) {
  if (a[0] == 10 || (a[0] == 172 && (a[1] & 0xF0) == 16) || (a[0] == 192 && a[1] == 168) ||
      (a[0] == 100 && (a[1] & 0xC0) == 64))  // RFC 1918 and the RFC 6598 shared space
    return of(ValueKind::kPrivate);
  if (a[0] == 127) return of(ValueKind::kLoopback);
  if (a[0] == 169 && a[1] == 254) return of(ValueKind::kLinkLocal);
  if ((a[0] == 192 && a[1] == 0 && a[2] == 2) || (a[0] == 198 && a[1] == 51 && a[2] == 100) ||
      (a[0] == 203 && a[1] == 0 && a[2] == 113))
    return of(ValueKind::kDocumentation);
  if ((a[0] & 0xF0) == 224) return of(ValueKind::kMulticast);
  if (a[0] == 0) return of(ValueKind::kUnspecified);
  return of(ValueKind::kPublic);
}

Classification classify_v6(const std::array<uint8_t, 16>& a) {
  bool zero_head = true;
  for (int i = 0; i < 10; ++i) zero_head = zero_head && a[static_cast<size_t>(i)] == 0;
  if (zero_head && a[10] == 0xFF && a[11] == 0xFF) return classify_v4({a[12], a[13], a[14], a[15]});
  bool all_zero_but_last = zero_head && a[10] == 0 && a[11] == 0 && a[12] == 0 && a[13] == 0 && a[14] == 0;
  if (all_zero_but_last && a[15] == 1) return of(ValueKind::kLoopback);
  if (all_zero_but_last && a[15] == 0) return of(ValueKind::kUnspecified);
  if (a[0] == 0xFE && (a[1] & 0xC0) == 0x80) return of(ValueKind::kLinkLocal);
  if ((a[0] & 0xFE) == 0xFC) return of(ValueKind::kPrivate);  // unique local fc00::/7
  if (a[0] == 0x20 && a[1] == 0x01 && a[2] == 0x0D && a[3] == 0xB8) return of(ValueKind::kDocumentation);
  if (a[0] == 0xFF) return of(ValueKind::kMulticast);
  return of(ValueKind::kPublic);
}

struct Entry { const char* name; Classifier fn; };
constexpr Entry kRegistry[] = {{"ip-range", classify_ip}};

}  // namespace

const char* value_kind_name(ValueKind kind) {
  switch (kind) {
    case ValueKind::kNone: return "";
    case ValueKind::kPublic: return "public";
    case ValueKind::kPrivate: return "private";
    case ValueKind::kLoopback: return "loopback";
    case ValueKind::kLinkLocal: return "link-local";
    case ValueKind::kDocumentation: return "documentation";
    case ValueKind::kMulticast: return "multicast";
    case ValueKind::kUnspecified: return "unspecified";
  }
  return "";
}

Classifier find_classifier(std::string_view name) {
  for (const auto& e : kRegistry)
    if (name == e.name) return e.fn;
  return nullptr;
}

std::string classifier_names() {
  std::string out;
  for (const auto& e : kRegistry) out += (out.empty() ? "" : ", ") + std::string(e.name);
  return out;
}

Classification classify_ip(std::string_view value) {
  std::array<uint8_t, 4> v4;
  if (parse_ipv4(value, v4)) return classify_v4(v4);
  std::array<uint8_t, 16> v6;
  if (parse_ipv6(value, v6)) return classify_v6(v6);
  return {};
}

}  // namespace discret
