// Stage 1, load: a rule pack's JSON text -> RulePack.
// Checks structure, types, ranges, entities and validator names; does not compile patterns
// (rule_compiler does, with the same kind of located errors). Every error carries a JSON Pointer
// (`/rules/3/validators/0`) and, once known, the rule id. Never throws.
#pragma once
#include <string_view>

#include "core/error.h"
#include "core/rule.h"

namespace discret {

Result<RulePack> load_rule_pack(std::string_view json_text);

}  // namespace discret
