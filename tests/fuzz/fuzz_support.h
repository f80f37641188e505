// Shared by the libFuzzer targets of tests/fuzz (docs/fuzzing.md).
//
// Contract of every target: LLVMFuzzerTestOneInput never returns early on a broken invariant. A
// broken invariant is reported with FUZZ_CHECK, which prints what was expected and aborts, so that
// libFuzzer stops and writes the input as crash-<sha1> (ASan and UBSan reports do the same).
#pragma once
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/finding.h"
#include "core/scanner.h"

#define FUZZ_CHECK(cond, ...)                                                        \
  do {                                                                               \
    if (!(cond)) {                                                                   \
      std::fprintf(stderr, "FUZZ_CHECK failed at %s:%d: %s\n  ", __FILE__, __LINE__, \
                   #cond);                                                           \
      std::fprintf(stderr, __VA_ARGS__);                                             \
      std::fprintf(stderr, "\n");                                                    \
      std::abort();                                                                  \
    }                                                                                \
  } while (0)

namespace discret::fuzz {

inline std::string_view as_text(const uint8_t* data, size_t size) {
  return std::string_view(reinterpret_cast<const char*>(data), size);
}

// The built-in packs with default options, created once per process (creation takes ~100 ms).
inline const Scanner& default_scanner() {
  static const Scanner* scanner = [] {
    auto created = Scanner::create_default({});
    FUZZ_CHECK(created.ok(), "the built-in packs must compile: %s", created.error().to_string().c_str());
    return created.value().release();  // kept for the whole process: no leak report at exit
  }();
  return *scanner;
}

// What scanner.h promises of scan(): every finding inside the text, not empty, sorted by start,
// non-overlapping, of a rule the scanner has, scored in [min_score, 1].
inline void check_findings(const Scanner& scanner, std::string_view text, const std::vector<Finding>& findings,
                           double min_score) {
  size_t previous_end = 0;
  for (size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    FUZZ_CHECK(f.start < f.end && f.end <= text.size(), "finding %zu is [%zu, %zu) in a text of %zu bytes", i,
               f.start, f.end, text.size());
    FUZZ_CHECK(f.start >= previous_end, "finding %zu [%zu, %zu) starts before the previous one ends (%zu)", i,
               f.start, f.end, previous_end);
    FUZZ_CHECK(f.rule < scanner.rule_count(), "finding %zu names rule %u of %zu", i, f.rule, scanner.rule_count());
    FUZZ_CHECK(f.score >= min_score && f.score <= 1.0, "finding %zu (%s) scores %f", i,
               scanner.rule(f.rule).id.c_str(), f.score);
    previous_end = f.end;
  }
}

// An error as error.h describes it: a message, and `where` empty, a JSON Pointer or "@<offset>".
inline void check_error(const Error& e) {
  FUZZ_CHECK(!e.message.empty(), "error %s has no message (where '%s')", error_code_name(e.code), e.where.c_str());
  FUZZ_CHECK(error_code_name(e.code) != nullptr && *error_code_name(e.code) != '\0', "error code %d has no name",
             static_cast<int>(e.code));
}

}  // namespace discret::fuzz
