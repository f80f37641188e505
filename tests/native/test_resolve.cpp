#include <catch2/catch.hpp>

#include <algorithm>

#include "core/resolve.h"

using namespace discret;

TEST_CASE("non-overlapping findings are all kept, sorted") {
  auto out = resolve_overlaps({{10, 20, 0, 0.5}, {0, 5, 1, 0.5}});
  REQUIRE(out.size() == 2);
  CHECK(out[0].start == 0);
  CHECK(out[1].start == 10);
}

TEST_CASE("the higher score wins an overlap, then the longer span, then the earlier rule") {
  auto by_score = resolve_overlaps({{0, 10, 0, 0.6}, {5, 12, 1, 0.9}});
  REQUIRE(by_score.size() == 1);
  CHECK(by_score[0].rule == 1);

  auto by_length = resolve_overlaps({{0, 10, 0, 0.8}, {2, 8, 1, 0.8}});
  REQUIRE(by_length.size() == 1);
  CHECK(by_length[0].rule == 0);

  auto by_rule = resolve_overlaps({{0, 10, 3, 0.8}, {0, 10, 1, 0.8}});
  REQUIRE(by_rule.size() == 1);
  CHECK(by_rule[0].rule == 1);
}

TEST_CASE("resolution does not depend on input order") {
  std::vector<Finding> in = {{0, 10, 0, 0.5}, {8, 15, 1, 0.7}, {14, 30, 2, 0.6}, {31, 40, 3, 0.1}, {35, 36, 4, 0.9}};
  auto expected = resolve_overlaps(in);
  std::sort(in.begin(), in.end(), [](const Finding& a, const Finding& b) { return a.rule > b.rule; });
  auto reversed = resolve_overlaps(in);
  REQUIRE(expected.size() == reversed.size());
  for (size_t i = 0; i < expected.size(); ++i) CHECK(expected[i].rule == reversed[i].rule);
  for (size_t i = 1; i < expected.size(); ++i) CHECK(expected[i - 1].end <= expected[i].start);
}

TEST_CASE("a finding that contains another whole wins, whatever the scores") {
  // An IBAN (0.85) and a card-number-shaped run of its own digits boosted by context (0.95).
  auto out = resolve_overlaps({{10, 43, 0, 0.85}, {15, 39, 1, 0.95}});
  REQUIRE(out.size() == 1);
  CHECK(out[0].rule == 0);
}
