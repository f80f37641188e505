// JSON parsing without exceptions (the core builds with -fno-exceptions, where nlohmann's
// throwing path would abort). A syntax error becomes kInvalidJson with `where` = "@<byte offset>".
#pragma once
#include <nlohmann/json.hpp>
#include <string_view>

#include "core/error.h"

namespace discret {

Result<nlohmann::json> parse_json(std::string_view text);

}  // namespace discret
