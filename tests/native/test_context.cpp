#include <catch2/catch.hpp>

#include "core/context.h"

using namespace discret;

namespace {
ContextMatcher matcher(std::vector<std::string> words, size_t window = 20) { return ContextMatcher(words, window); }
bool near(const ContextMatcher& m, const std::string& text, const std::string& value) {
  size_t start = text.find(value);
  return m.near(text, start, start + value.size());
}
}  // namespace

TEST_CASE("context words match whole words only") {
  auto m = matcher({"lic"});
  CHECK_FALSE(near(m, "public 12345", "12345"));
  CHECK(near(m, "lic: 12345", "12345"));
  CHECK(near(m, "12345 (LIC)", "12345"));
}

TEST_CASE("context is case-insensitive and looks on both sides") {
  auto m = matcher({"phone"});
  CHECK(near(m, "PHONE 0612345678", "0612345678"));
  CHECK(near(m, "0612345678 is my Phone", "0612345678"));
}

TEST_CASE("context looks only within the window and not inside the match") {
  auto m = matcher({"phone"}, 10);
  CHECK_FALSE(near(m, "phone ........................ 0612345678", "0612345678"));
  CHECK_FALSE(near(m, "x phone-0612345678-x", "phone-0612345678"));
  // A word cut by the window edge still counts whole: "telephone" is not "phone".
  auto t = matcher({"phone"}, 6);
  CHECK_FALSE(near(t, "telephone: 0612345678", "0612345678"));
}

TEST_CASE("multi-word context phrases match consecutive words") {
  auto m = matcher({"date of birth", "sécurité sociale"}, 30);
  CHECK(near(m, "Date of birth: 1990-01-02", "1990-01-02"));
  CHECK_FALSE(near(m, "date, place of birth 1990-01-02", "1990-01-02"));
  CHECK(near(m, "n° de sécurité sociale 185077512345608", "185077512345608"));
}

TEST_CASE("camelCase humps separate words, so code keys give context") {
  CHECK(split_words("dateOfBirth: x") == std::vector<std::string>{"date", "of", "birth", "x"});
  CHECK(split_words("NHSNumber") == std::vector<std::string>{"nhsnumber"});  // no lower-to-upper hump
  auto m = matcher({"date of birth", "phone"});
  CHECK(near(m, "\"dateOfBirth\": \"1972-08-04\"", "1972-08-04"));
  CHECK(near(m, "phoneNumber=0612345678", "0612345678"));
}
