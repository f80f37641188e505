// Fuzz target: the core's JSON entry points on arbitrary bytes: parse_json (core/json_parse.h)
// and the three option parsers built on it, scanner_options_from_json (core/scanner.h),
// pseudonymize_options_from_json and replace_batch_from_json (core/pseudonymize.h).
//
// Checks: a syntax error is kInvalidJson with `where` = "@<offset>" inside the input (json_parse.h),
// never an exception or abort (the core builds with -fno-exceptions, where nlohmann's throwing
// paths would abort); a parsed document dumps to text that parses to the same dump; the option
// parsers return values or errors with a message; scanner options that parse make a scanner (deny
// entries compiled as rules, minScore range checked) or an error, and that scanner's findings on
// the input keep scan()'s promises.
#include <cstdint>
#include <string>

#include "core/json_parse.h"
#include "core/pseudonymize.h"
#include "core/scanner.h"
#include "tests/fuzz/fuzz_support.h"

using namespace discret;
using namespace discret::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input = as_text(data, size);
  auto parsed = parse_json(input);
  if (!parsed.ok()) {
    const Error& e = parsed.error();
    check_error(e);
    FUZZ_CHECK(e.code == ErrorCode::kInvalidJson, "parse error with code %s", error_code_name(e.code));
    FUZZ_CHECK(e.where.size() > 1 && e.where[0] == '@' &&
                   e.where.find_first_not_of("0123456789", 1) == std::string::npos &&
                   std::stoull(e.where.substr(1)) <= size,
               "where '%s' is not @<offset> within %zu bytes", e.where.c_str(), size);
  } else {
    // Invalid UTF-8 is refused by the parser, so strict dumping cannot meet any; `replace` anyway,
    // as the core does, so that a parser change shows as a difference rather than an abort.
    const auto replace = nlohmann::json::error_handler_t::replace;
    std::string dumped = parsed.value().dump(-1, ' ', false, replace);
    auto again = parse_json(dumped);
    FUZZ_CHECK(again.ok(), "the dump of a parsed document does not parse: %s",
               again.ok() ? "" : again.error().to_string().c_str());
    FUZZ_CHECK(again.value().dump(-1, ' ', false, replace) == dumped, "dump -> parse -> dump differs");
  }

  // Options that parse go on to Scanner::create without packs: it checks minScore's range and
  // compiles the deny entries (as rules) and allow patterns, all of which may fail, as values.
  auto scanner_options = scanner_options_from_json(input);
  if (!scanner_options.ok()) {
    check_error(scanner_options.error());
  } else {
    auto scanner = Scanner::create({}, scanner_options.value());
    if (!scanner.ok()) {
      check_error(scanner.error());
    } else {
      const Scanner& s = *scanner.value();
      check_findings(s, input, s.scan(input), scanner_options.value().min_score);
    }
  }
  auto operator_options = pseudonymize_options_from_json(input);
  if (!operator_options.ok()) check_error(operator_options.error());
  auto batch = replace_batch_from_json(input);
  if (!batch.ok()) check_error(batch.error());
  return 0;
}
