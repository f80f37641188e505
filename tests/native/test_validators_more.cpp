// Finance, date and place validators (core/validators_finance.cpp, core/validators_time_place.cpp).
#include <catch2/catch.hpp>

#include "core/validators.h"

using namespace discret;

TEST_CASE("bic wants 8 or 11 characters and a real country code") {
  CHECK(bic_valid("DEUTDEFF"));
  CHECK(bic_valid("BNPAFRPPXXX"));
  CHECK(bic_valid("NWBKGB2L"));
  CHECK_FALSE(bic_valid("DEUTXXFF"));    // XX is no country
  CHECK_FALSE(bic_valid("DEUTDEF"));     // 7 characters
  CHECK_FALSE(bic_valid("DEU1DEFF"));    // digit in the bank code
  CHECK_FALSE(bic_valid("BNPAFRPPXX"));  // 10 characters
}

TEST_CASE("base58check verifies Bitcoin addresses' double-SHA-256 checksum") {
  // Checked against the npm package bs58check.
  CHECK(base58check_valid("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"));
  CHECK(base58check_valid("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"));
  CHECK(base58check_valid("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"));
  CHECK_FALSE(base58check_valid("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3"));
  CHECK_FALSE(base58check_valid("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNV0"));  // '0' is not base58
  CHECK_FALSE(base58check_valid("1111111111111111111111111"));
}

TEST_CASE("bech32 verifies segwit v0 (BIP-173) and v1+ (BIP-350) checksums") {
  // Checked against the npm package bech32.
  CHECK(bech32_valid("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"));
  CHECK(bech32_valid("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"));
  CHECK_FALSE(bech32_valid("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr"));
  CHECK_FALSE(bech32_valid("bc1qw508d6qejxtdg4c5w7pcmu7lr5rx6xyvhz8a"));
  CHECK_FALSE(bech32_valid("tb1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"));
}

TEST_CASE("date accepts real calendar dates in Y-M-D, D/M/Y and M/D/Y") {
  CHECK(date_valid("1985-03-12"));
  CHECK(date_valid("12/03/1985"));
  CHECK(date_valid("03/31/1985"));
  CHECK(date_valid("29.02.2000"));
  CHECK(date_valid("12.03.85"));
  CHECK_FALSE(date_valid("29.02.1900"));  // not a leap year
  CHECK_FALSE(date_valid("31/31/1985"));
  CHECK_FALSE(date_valid("1985-13-01"));
  CHECK_FALSE(date_valid("12/03/1850"));
  CHECK_FALSE(date_valid("12/03"));
}

TEST_CASE("lat-lon wants a latitude and a longitude in range") {
  CHECK(lat_lon_valid("48.858370, 2.294481"));
  CHECK(lat_lon_valid("-33.8688,151.2093"));
  CHECK_FALSE(lat_lon_valid("91.0000, 2.2944"));
  CHECK_FALSE(lat_lon_valid("48.8583, 181.0000"));
  CHECK_FALSE(lat_lon_valid("0.0000, 0.0000"));
  CHECK_FALSE(lat_lon_valid("48.8583"));
}

TEST_CASE("the new validators are registered under their stable names") {
  for (const char* name : {"bic", "base58check", "bech32", "date", "lat-lon"}) {
    INFO(name);
    CHECK(find_validator(name) != nullptr);
  }
}
