// Column context (core/table.h): finding a delimited header, the column of a byte, and the scanner
// taking a column's name as context; rules whose matches span two lines (lineSpan).
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "core/rule_loader.h"
#include "core/scanner.h"
#include "core/table.h"
#include "tests/native/support.h"

using namespace discret;
using namespace discret::test;

namespace {
std::vector<std::string> column_at(const Table& t, const std::string& text, const std::string& value) {
  const auto* words = t.column_words(text.find(value));
  return words ? *words : std::vector<std::string>{"<none>"};
}
std::vector<std::string> found(const Scanner& s, const std::string& text) {
  std::vector<std::string> out;
  for (const Finding& f : s.scan(text)) out.push_back(s.rule(f.rule).id + "=" + text.substr(f.start, f.end - f.start));
  return out;
}
// A number that needs "nhs" nearby, as the NHS rule does; a small window so that only the
// column's name can give the context in these short texts.
const char* kNhsPack = R"J({"rules":[{"id":"nhs","entity":"HEALTH_ID","pattern":"[0-9]{3} [0-9]{3} [0-9]{4}",
  "context":{"words":["nhs"],"required":true,"boost":0.4,"window":3},"score":0.4}]})J";
}  // namespace

TEST_CASE("a header line names the columns of the records under it") {
  std::string text = "id,nhs_number,dateOfBirth,Full Name\n1,592 008 3670,1980-01-02,Ann Lee\n2,445 271 3513,1975-03-04,Bo Li\n";
  Table t = Table::find(text);
  REQUIRE_FALSE(t.empty());
  CHECK(column_at(t, text, "592 008") == std::vector<std::string>{"nhs", "number"});
  CHECK(column_at(t, text, "1975-03-04") == std::vector<std::string>{"date", "of", "birth"});
  CHECK(column_at(t, text, "Bo Li") == std::vector<std::string>{"full", "name"});
  CHECK(t.column_words(text.find("id,")) == nullptr);  // the header itself is not a record
}

TEST_CASE("quoted fields may hold delimiters, doubled quotes and line breaks") {
  std::string text =
      "name;address;nhs\n"
      "\"Roe; Jane\";\"12 \"\"Old\"\" Road\nLondon\";592 008 3670\n"
      "Lee;\"1 High St\";445 271 3513\r\n";
  Table t = Table::find(text);
  REQUIRE_FALSE(t.empty());
  CHECK(column_at(t, text, "London") == std::vector<std::string>{"address"});
  CHECK(column_at(t, text, "592 008") == std::vector<std::string>{"nhs"});
  CHECK(column_at(t, text, "445 271") == std::vector<std::string>{"nhs"});
  CHECK(column_at(t, text, "Old") == std::vector<std::string>{"address"});
}

TEST_CASE("a table ends at the first record of another width; prose is not a table") {
  std::string text = "a,nhs\n1,592 008 3670\nThe end, said the note, 445 271 3513\n";
  Table t = Table::find(text);
  REQUIRE_FALSE(t.empty());
  CHECK(column_at(t, text, "592 008") == std::vector<std::string>{"nhs"});
  CHECK(t.column_words(text.find("445 271")) == nullptr);

  CHECK(Table::find("Hello, world, how are you\nFine, thanks\n").empty());   // widths differ
  CHECK(Table::find("user@example.org,nhs\n1,2\n").empty());                   // not a label
  CHECK(Table::find("2024,nhs\n1,2\n").empty());                               // starts with a digit
  CHECK(Table::find("name,nhs").empty());                                      // no record
  CHECK(Table::find("just one line\nand another\n").empty());                  // no delimiter
  CHECK_FALSE(Table::find("\xEF\xBB\xBFname\tnhs\nAnn\t592 008 3670\n").empty());  // BOM, tabs
}

TEST_CASE("the scanner takes a column's name as context") {
  auto s = scanner_for(kNhsPack);
  CHECK(found(*s, "id,nhs_number\n1,592 008 3670\n") == std::vector<std::string>{"nhs=592 008 3670"});
  // The same value under another column, or outside any table, has no context.
  CHECK(found(*s, "nhs_number,phone\n1,592 008 3670\n").empty());
  CHECK(found(*s, "call 592 008 3670\n").empty());
  // Column names are also exclusion words.
  auto ex = scanner_for(R"J({"rules":[{"id":"n","entity":"PHONE","pattern":"[0-9]{3} [0-9]{3} [0-9]{4}",
    "context":{"excludeWords":["nhs"],"window":3},"score":0.6}]})J");
  CHECK(found(*ex, "nhs,tel\n592 008 3670,445 271 3513\n") == std::vector<std::string>{"n=445 271 3513"});
}

TEST_CASE("the default rules read CSV columns: NHS number, SSN and birth dates found by their header") {
  const Scanner& s = default_scanner();
  std::string csv =
      "id,name,email,nino,nhs_number,date_of_birth\n"
      "88786,Sage Larkin,sage@example.org,YN 64 49 27 A,445 271 3513,1950-11-19\n";
  std::vector<std::string> entities;
  for (const Finding& f : s.scan(csv)) entities.push_back(s.rule(f.rule).entity);
  CHECK(std::count(entities.begin(), entities.end(), "HEALTH_ID") == 1);
  CHECK(std::count(entities.begin(), entities.end(), "NATIONAL_ID") == 1);
  CHECK(std::count(entities.begin(), entities.end(), "DATE_OF_BIRTH") == 1);
  CHECK(std::count(entities.begin(), entities.end(), "PHONE") == 0);  // the NHS number is not a phone
}

TEST_CASE("lineSpan lets a match continue on the next line, and no further") {
  auto s = scanner_for(R"J({"rules":[{"id":"addr","entity":"ADDRESS","lineSpan":2,
    "pattern":"[0-9]+ Main Street\\n[0-9]{5} [A-Z][a-z]+","prefilter":"Main Street"}]})J");
  CHECK(found(*s, "To:\n12 Main Street\n75002 Paris\n") == std::vector<std::string>{"addr=12 Main Street\n75002 Paris"});
  CHECK(found(*s, "12 Main Street\n\n75002 Paris\n").empty());
  // Two hits on consecutive lines report each match once.
  auto twice = scanner_for(R"J({"rules":[{"id":"w","entity":"ADDRESS","lineSpan":2,"pattern":"Main Street"}]})J");
  CHECK(found(*twice, "Main Street\nMain Street\n") == std::vector<std::string>{"w=Main Street", "w=Main Street"});
}
