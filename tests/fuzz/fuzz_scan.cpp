// Fuzz target: the scanner with the built-in packs (Scanner::create_default, made once) on
// arbitrary bytes, invalid UTF-8 and NUL bytes included.
//
// Checks what core/scanner.h promises of scan(): every finding is a non-empty span [start, end)
// inside the input, findings are sorted by start and do not overlap, each names one of the
// scanner's rules and scores in [min_score = 0.5, 1]. Raw candidates are not checked apart: scan()
// reads each one's bytes, so one outside the input is an ASan report already. And every registered
// validator (core/validators.h: "pure checks on a candidate's text") on the raw input: a validator
// only sees what a pattern matched, but the header promises any bytes, and ASan/UBSan judge how it
// reads them.
#include <cstdint>
#include <string>
#include <vector>

#include "core/scanner.h"
#include "core/validators.h"
#include "tests/fuzz/fuzz_support.h"

using namespace discret;
using namespace discret::fuzz;

namespace {
// The registry, from validator_names() ("luhn, iban, ..."), looked up once.
const std::vector<Validator>& all_validators() {
  static const std::vector<Validator> validators = [] {
    std::vector<Validator> out;
    std::string names = validator_names() + ", ";
    for (size_t from = 0, comma; (comma = names.find(", ", from)) != std::string::npos; from = comma + 2) {
      Validator v = find_validator(names.substr(from, comma - from));
      FUZZ_CHECK(v != nullptr, "validator '%s' is listed but not found", names.substr(from, comma - from).c_str());
      out.push_back(v);
    }
    FUZZ_CHECK(out.size() > 30, "only %zu validators registered", out.size());
    return out;
  }();
  return validators;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text = as_text(data, size);
  for (Validator v : all_validators()) v(text);
  const Scanner& scanner = default_scanner();
  check_findings(scanner, text, scanner.scan(text), 0.5);

  return 0;
}
