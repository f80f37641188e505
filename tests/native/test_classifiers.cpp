#include <catch2/catch.hpp>

#include "core/classifiers.h"

using namespace discret;

namespace {
std::string kind(const char* ip) { return value_kind_name(classify_ip(ip).kind); }
}  // namespace

TEST_CASE("ip-range names the IANA special-purpose ranges") {
  CHECK(kind("8.8.8.8") == "public");
  CHECK(kind("10.1.2.3") == "private");
  CHECK(kind("172.16.0.1") == "private");
  CHECK(kind("172.32.0.1") == "public");
  CHECK(kind("192.168.1.1") == "private");
  CHECK(kind("100.64.0.1") == "private");
  CHECK(kind("127.0.0.1") == "loopback");
  CHECK(kind("169.254.10.1") == "link-local");
  CHECK(kind("224.0.0.251") == "multicast");
  CHECK(kind("0.0.0.0") == "unspecified");
  CHECK(kind("2a00:1450:4007:80e::200e") == "public");
  CHECK(kind("::1") == "loopback");
  CHECK(kind("::") == "unspecified");
  CHECK(kind("fe80::1") == "link-local");
  CHECK(kind("fd12:3456:789a::1") == "private");
  CHECK(kind("ff02::1") == "multicast");
  CHECK(kind("::ffff:10.0.0.1") == "private");
  CHECK(kind("not an ip").empty());
}

TEST_CASE("documentation ranges are test values (RFC 5737, RFC 3849)") {
  for (const char* ip : {"192.0.2.1", "198.51.100.7", "203.0.113.255", "2001:db8::1", "2001:0DB8:85a3::8a2e:370:7334"}) {
    INFO(ip);
    CHECK(classify_ip(ip).test);
    CHECK(kind(ip) == "documentation");
  }
  CHECK_FALSE(classify_ip("203.0.114.1").test);
  CHECK_FALSE(classify_ip("2001:db9::1").test);
  CHECK_FALSE(classify_ip("10.0.0.1").test);
}

TEST_CASE("classifiers are found by their stable names") {
  CHECK(find_classifier("ip-range") == &classify_ip);
  CHECK(find_classifier("ip") == nullptr);
}
