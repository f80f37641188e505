// SHA-256 (FIPS 180-4) and HMAC-SHA-256 (RFC 2104), for the `hash` operator.
// Small and dependency-free so the native and wasm builds give identical digests.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace discret {

using Digest = std::array<uint8_t, 32>;

Digest sha256(std::string_view data);
Digest hmac_sha256(std::string_view key, std::string_view message);
std::string to_hex(const Digest& digest);

}  // namespace discret
