// Fuzz target: scan + pseudonymize (core/pseudonymize.h) of arbitrary bytes with every operator
// of core/operators.h, then the mapping the call filled exported and imported again.
//
// Input layout (FuzzedDataProvider): the operator, its mask settings and key are taken from the
// END of the input, the rest is the text, so the seeds (plain texts) still work as texts.
//
// Checks:
// - options built here are valid, so pseudonymize() must succeed;
// - replacements[i] stands for findings[i], findings keep scan()'s promises, and the output is the
//   input with each finding replaced: every byte outside the findings is unchanged (rebuilt here
//   from the findings, independently of apply_replacements);
// - one value keeps one replacement within the call, and for the map-backed operators (pseudonym,
//   fake) no replacement stands for two values (pseudonym_map.h: "a mapping can be read backwards");
// - replace_values (core/pseudonymize.h), given the findings' values and the same map, replaces each
//   as pseudonymize did;
// - the map's export imports into a new map whose export is the same text.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "core/operators.h"
#include "core/pseudonym_map.h"
#include "core/pseudonymize.h"
#include "tests/fuzz/fuzz_support.h"

using namespace discret;
using namespace discret::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  static const Operator kOperators[] = {Operator::kRedact, Operator::kPlaceholder, Operator::kMask,
                                        Operator::kHash,   Operator::kPseudonym,   Operator::kFake};
  static const char* kMaskChars[] = {"*", "#", "\xE2\x80\xA2" /* • */, "x"};
  OperatorOptions options;
  options.op = in.PickValueInArray(kOperators);
  options.mask_keep = in.ConsumeIntegralInRange<size_t>(0, 12);
  options.mask_char = in.PickValueInArray(kMaskChars);
  // kHash needs a key; kPseudonym and kFake work with or without one.
  bool keyed = options.op == Operator::kHash || in.ConsumeBool();
  if (keyed) options.key = "fuzz-key-" + std::to_string(in.ConsumeIntegral<uint8_t>());
  std::string text = in.ConsumeRemainingBytesAsString();

  const Scanner& scanner = default_scanner();
  PseudonymMap map("fuzz-map-secret");
  auto result = pseudonymize(scanner, text, options, map);
  FUZZ_CHECK(result.ok(), "valid options were refused: %s", result.ok() ? "" : result.error().to_string().c_str());
  const Pseudonymized& out = result.value();
  check_findings(scanner, text, out.findings, 0.5);
  FUZZ_CHECK(out.replacements.size() == out.findings.size(), "%zu replacements for %zu findings",
             out.replacements.size(), out.findings.size());

  // The copy, rebuilt: bytes before each finding unchanged, then its replacement, then the tail.
  size_t in_pos = 0, out_pos = 0;
  for (size_t i = 0; i < out.findings.size(); ++i) {
    const Finding& f = out.findings[i];
    size_t kept = f.start - in_pos;
    FUZZ_CHECK(out.text.compare(out_pos, kept, text, in_pos, kept) == 0,
               "bytes [%zu, %zu) before finding %zu changed", in_pos, f.start, i);
    out_pos += kept;
    FUZZ_CHECK(out.text.compare(out_pos, out.replacements[i].size(), out.replacements[i]) == 0,
               "finding %zu is not replaced by its replacement", i);
    out_pos += out.replacements[i].size();
    in_pos = f.end;
  }
  FUZZ_CHECK(out.text.size() - out_pos == text.size() - in_pos &&
                 out.text.compare(out_pos, std::string::npos, text, in_pos, std::string::npos) == 0,
             "the bytes after the last finding changed (or the copy has extra bytes)");

  // One replacement per (entity, value); for the map's operators, one value per replacement.
  std::map<std::pair<std::string, std::string>, std::string> given;
  std::map<std::string, std::pair<std::string, std::string>> owner;
  bool mapped = options.op == Operator::kPseudonym || options.op == Operator::kFake;
  for (size_t i = 0; i < out.findings.size(); ++i) {
    const Finding& f = out.findings[i];
    std::pair<std::string, std::string> value{scanner.rule(f.rule).entity, text.substr(f.start, f.end - f.start)};
    const std::string& r = out.replacements[i];
    auto [it, fresh] = given.emplace(value, r);
    FUZZ_CHECK(fresh || it->second == r, "%s '%s' was replaced by '%s' and by '%s'", value.first.c_str(),
               value.second.c_str(), it->second.c_str(), r.c_str());
    if (!mapped) continue;
    auto [o, new_owner] = owner.emplace(r, value);
    FUZZ_CHECK(new_owner || o->second == value, "'%s' replaces both %s '%s' and %s '%s'", r.c_str(),
               o->second.first.c_str(), o->second.second.c_str(), value.first.c_str(), value.second.c_str());
  }

  // replace_values on the same map gives each finding's value the replacement pseudonymize gave it
  // (pseudonymize.h: "A value found earlier, to replace as pseudonymize() would replace that finding").
  std::vector<ValueToReplace> values;
  for (const Finding& f : out.findings) {
    const Rule& rule = scanner.rule(f.rule);
    values.push_back({rule.entity, rule.id, text.substr(f.start, f.end - f.start)});
  }
  PseudonymizeOptions same;
  same.defaults = options;
  auto again_values = replace_values(scanner, values, same, map);
  FUZZ_CHECK(again_values.ok(), "replace_values refused the options pseudonymize took");
  for (size_t i = 0; i < values.size(); ++i)
    FUZZ_CHECK(again_values.value()[i] == out.replacements[i], "%s '%s' (rule %s): pseudonymize gave '%s', replace_values '%s'",
               values[i].entity.c_str(), values[i].text.c_str(), values[i].rule_id.c_str(), out.replacements[i].c_str(),
               again_values.value()[i].c_str());

  // The mapping survives export -> import -> export.
  std::string exported = map.to_json();
  PseudonymMap again;
  Status imported = again.from_json(exported);
  FUZZ_CHECK(imported.ok(), "the map's own export does not import: %s\n  export: %s",
             imported.ok() ? "" : imported.error().to_string().c_str(), exported.c_str());
  FUZZ_CHECK(again.to_json() == exported, "export -> import -> export differs:\n  %s\n  %s", exported.c_str(),
             again.to_json().c_str());
  return 0;
}
