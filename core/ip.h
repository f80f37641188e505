// IP address parsing shared by the validators and the classifiers.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>

namespace discret {

// Dotted quad, each octet 0-255 without leading zeros.
bool parse_ipv4(std::string_view text, std::array<uint8_t, 4>& out);
// RFC 4291 text forms: eight groups, "::" compression, an IPv4 tail.
bool parse_ipv6(std::string_view text, std::array<uint8_t, 16>& out);

}  // namespace discret
