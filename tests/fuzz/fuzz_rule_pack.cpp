// Fuzz target: a rule pack's JSON text through the loader (core/rule_loader.h), the compiler
// (core/rule_compiler.h) and, when both accept it, a scanner built on it (core/scanner.h).
//
// Checks: a pack that is not valid is an Error value, never a crash (both headers promise it); the
// error has a message and `where` is empty, a JSON Pointer ("/rules/3/pattern") or "@<offset>"
// inside the input; a pack that compiles yields a scanner whose findings on a fixed text and on the
// rule's own examples keep scan()'s promises (inside the text, sorted, non-overlapping).
//
// Inputs over kMaxInput bytes are skipped: compiling costs up to RE2's memory budget per rule (8 MiB,
// a few ms) and a large input holds many rules, so a larger input would measure RE2's compiler
// rather than find faults in ours. 16 KiB still holds a pack of ~15 realistic rules.
#include <cstdint>
#include <string>

#include "core/rule_compiler.h"
#include "core/rule_loader.h"
#include "core/scanner.h"
#include "tests/fuzz/fuzz_support.h"

using namespace discret;
using namespace discret::fuzz;

namespace {

constexpr size_t kMaxInput = 16 << 10;

// Text with a bit of everything the built-in rules look for, for the fuzzed rules to match.
const char* kSample =
    "name,email,phone,iban\n"
    "Jeanne Martin,jeanne.martin@example.fr,+33 6 12 34 56 78,FR76 3000 6000 0112 3456 7890 189\n"
    "card 4111 1111 1111 1111 ip 192.168.1.20 mac 00:1a:2b:3c:4d:5e url https://user:pw@host.example/x\n"
    "AKIAIOSFODNN7EXAMPLE ghp_0123456789abcdefghijklmnopqrstuvwxyzAB password=\"hunter2!\"\n"
    "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n"
    "-----END RSA PRIVATE KEY-----\nborn 1980-02-29, NIR 1 84 12 76 451 089 46\n";

void check_where(const Error& e, std::string_view input) {
  check_error(e);
  const std::string& w = e.where;
  if (w.empty() || w[0] == '/') return;
  FUZZ_CHECK(w[0] == '@' && w.size() > 1 && w.find_first_not_of("0123456789", 1) == std::string::npos,
             "where '%s' (%s) is neither a JSON Pointer nor @offset", w.c_str(), e.message.c_str());
  FUZZ_CHECK(std::stoull(w.substr(1)) <= input.size(), "where '%s' is past the input's %zu bytes", w.c_str(),
             input.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > kMaxInput) return -1;  // -1: not added to the corpus
  std::string_view input = as_text(data, size);

  auto pack = load_rule_pack(input);
  if (!pack.ok()) {
    check_where(pack.error(), input);
    return 0;
  }
  for (const Rule& r : pack.value().rules)
    FUZZ_CHECK(!r.id.empty() && !r.pattern.empty() && is_known_entity(r.entity),
               "a loaded rule has an empty id or pattern or an unknown entity ('%s')", r.id.c_str());

  auto compiled = compile_rules({pack.value()});
  if (!compiled.ok()) {
    check_where(compiled.error(), input);
    FUZZ_CHECK(compiled.error().where.empty() || compiled.error().where[0] == '/',
               "a compile error names a rule's pointer, not an offset: '%s'", compiled.error().where.c_str());
    return 0;
  }
  FUZZ_CHECK(compiled.value().rules.size() == pack.value().rules.size(), "compiled %zu rules of %zu",
             compiled.value().rules.size(), pack.value().rules.size());

  // A min_score of 0 keeps every finding the rules make, whatever their score.
  ScannerOptions keep_all;
  keep_all.min_score = 0.0;
  auto scanner = Scanner::create({pack.value()}, keep_all);
  FUZZ_CHECK(scanner.ok(), "compile_rules accepted the pack but Scanner::create failed: %s",
             scanner.ok() ? "" : scanner.error().to_string().c_str());
  const Scanner& s = *scanner.value();
  check_findings(s, kSample, s.scan(kSample), 0.0);
  for (const Rule& r : pack.value().rules)
    for (const std::string& example : r.examples_match) check_findings(s, example, s.scan(example), 0.0);
  return 0;
}
