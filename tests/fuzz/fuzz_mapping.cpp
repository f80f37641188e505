// Fuzz target: PseudonymMap::from_json (core/pseudonym_map.h) on arbitrary input.
//
// Checks the header's contracts:
// - a mapping that does not import is an Error (kInvalidJson or kInvalidMapping) and the map is
//   left untouched (its export before and after is the same);
// - a mapping that imports exports a text that imports again and exports the same text (the JSON
//   form is stable: export -> import -> export is a fixed point);
// - after an import, new numbered pseudonyms never reuse one of the imported replacements ("no
//   replacement is ever given to two values").
#include <cstdint>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "core/pseudonym_map.h"
#include "tests/fuzz/fuzz_support.h"

using namespace discret;
using namespace discret::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input = as_text(data, size);
  PseudonymMap map("secret");
  map.get_or_assign("EMAIL", "before@example.org");  // something the failed import must keep
  const std::string before = map.to_json();

  Status status = map.from_json(input);
  if (!status.ok()) {
    check_error(status.error());
    FUZZ_CHECK(status.error().code == ErrorCode::kInvalidJson || status.error().code == ErrorCode::kInvalidMapping,
               "import failed with code %s", error_code_name(status.error().code));
    FUZZ_CHECK(map.to_json() == before, "a failed import changed the map:\n  %s", map.to_json().c_str());
    return 0;
  }

  const std::string exported = map.to_json();
  PseudonymMap again;
  Status reimported = again.from_json(exported);
  FUZZ_CHECK(reimported.ok(), "an export does not import: %s\n  export: %s",
             reimported.ok() ? "" : reimported.error().to_string().c_str(), exported.c_str());
  FUZZ_CHECK(again.to_json() == exported, "export -> import -> export differs:\n  %s\n  %s", exported.c_str(),
             again.to_json().c_str());
  FUZZ_CHECK(again.size() == map.size(), "%zu entries imported back of %zu", again.size(), map.size());

  // A new value of every imported entity gets a pseudonym no imported value has.
  nlohmann::json doc = nlohmann::json::parse(exported);  // our own export: valid JSON
  std::set<std::string> taken, entities;
  for (const auto& e : doc["entries"]) {
    taken.insert(e["pseudonym"].get<std::string>());
    entities.insert(e["entity"].get<std::string>());
  }
  for (const std::string& entity : entities) {
    std::string fresh = map.get_or_assign(entity, "\x01 a value no input holds \x02");
    FUZZ_CHECK(!taken.count(fresh), "new %s value given the imported pseudonym '%s'", entity.c_str(), fresh.c_str());
  }
  return 0;
}
