// JSON parsing without exceptions (the core builds with -fno-exceptions, where nlohmann's
// throwing path would abort). A syntax error becomes kInvalidJson with `where` = "@<byte offset>".
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/error.h"

namespace discret {

Result<nlohmann::json> parse_json(std::string_view text);

// One reference token of a JSON Pointer (RFC 6901): "~" -> "~0", "/" -> "~1".
std::string json_pointer_token(const std::string& key);

}  // namespace discret
