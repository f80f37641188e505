#include <catch2/catch.hpp>

#include "core/group_finder.h"

using namespace discret;

namespace {

std::vector<std::string> words(const GroupFinder& f, std::string_view text) {
  std::vector<std::string> out;
  for (auto [start, end] : f.find_all(text)) out.emplace_back(text.substr(start, end - start));
  return out;
}

}  // namespace

TEST_CASE("GroupFinder: group 1 of each match; a consumed separator may start the next match") {
  // The boundaries stand in for lookarounds: a word between non-letters.
  auto f = GroupFinder::create(R"((?i)(?:^|[^\p{L}])(hiv|aids|diabète|diabete)(?:$|[^\p{L}]))");
  REQUIRE(f.ok());
  using V = std::vector<std::string>;
  CHECK(words(*f.value(), "HIV aids") == V{"HIV", "aids"});               // the space serves both
  CHECK(words(*f.value(), "hiv,aids,Diabète.") == V{"hiv", "aids", "Diabète"});
  CHECK(words(*f.value(), "archives shivers aidsx") == V{});              // inside words: no
  CHECK(words(*f.value(), "").empty());
  auto spans = f.value()->find_all("x hiv");
  REQUIRE(spans.size() == 1);
  CHECK(spans[0] == std::make_pair(size_t{2}, size_t{5}));
}

TEST_CASE("GroupFinder: a pattern without a group, or that does not compile, is an error") {
  CHECK_FALSE(GroupFinder::create("hiv").ok());
  auto bad = GroupFinder::create("(hiv");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().code == ErrorCode::kInvalidPattern);
}
