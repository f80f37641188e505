#include "core/error.h"

namespace discret {

const char* error_code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidJson: return "invalid_json";
    case ErrorCode::kInvalidRulePack: return "invalid_rule_pack";
    case ErrorCode::kInvalidPattern: return "invalid_pattern";
    case ErrorCode::kUnknownValidator: return "unknown_validator";
    case ErrorCode::kDuplicateRule: return "duplicate_rule";
    case ErrorCode::kInvalidOption: return "invalid_option";
    case ErrorCode::kMissingKey: return "missing_key";
    case ErrorCode::kInvalidMapping: return "invalid_mapping";
  }
  return "unknown";
}

std::string Error::to_string() const {
  return where.empty() ? message : where + ": " + message;
}

}  // namespace discret
