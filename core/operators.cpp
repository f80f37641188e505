#include "core/operators.h"

#include "core/sha256.h"
#include "core/utf.h"

namespace discret {

Result<Operator> parse_operator(std::string_view name) {
  for (Operator op : {Operator::kRedact, Operator::kPlaceholder, Operator::kMask, Operator::kHash, Operator::kPseudonym})
    if (name == operator_name(op)) return op;
  return Error{ErrorCode::kInvalidOption,
               "unknown operator '" + std::string(name) + "' (known: redact, placeholder, mask, hash, pseudonym)",
               "operator", ""};
}

const char* operator_name(Operator op) {
  switch (op) {
    case Operator::kRedact: return "redact";
    case Operator::kPlaceholder: return "placeholder";
    case Operator::kMask: return "mask";
    case Operator::kHash: return "hash";
    case Operator::kPseudonym: return "pseudonym";
  }
  return "";
}

Status check_options(const OperatorOptions& o) {
  if (o.op == Operator::kHash && o.key.empty())
    return Error{ErrorCode::kMissingKey, "the hash operator needs a key", "key", ""};
  if (o.op == Operator::kMask && (o.mask_char.empty() || count_code_points(o.mask_char) != 1))
    return Error{ErrorCode::kInvalidOption, "maskChar must be exactly one character", "maskChar", ""};
  return Ok{};
}

std::string replacement(std::string_view entity, std::string_view value, const OperatorOptions& o, PseudonymMap& map) {
  switch (o.op) {
    case Operator::kRedact: return "";
    case Operator::kPlaceholder: return "<" + std::string(entity) + ">";
    case Operator::kMask: {
      size_t keep = tail_bytes(value, o.mask_keep);
      size_t hidden = count_code_points(value.substr(0, value.size() - keep));
      std::string out;
      out.reserve(hidden * o.mask_char.size() + keep);
      for (size_t i = 0; i < hidden; ++i) out += o.mask_char;
      out += value.substr(value.size() - keep);
      return out;
    }
    case Operator::kHash: return to_hex(hmac_sha256(o.key, value));
    case Operator::kPseudonym: return map.get_or_assign(entity, value);
  }
  return "";
}

std::string apply_replacements(std::string_view text, const std::vector<Finding>& findings,
                               const std::vector<std::string>& replacements) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  for (size_t i = 0; i < findings.size(); ++i) {
    out.append(text.substr(pos, findings[i].start - pos));
    out.append(replacements[i]);
    pos = findings[i].end;
  }
  out.append(text.substr(pos));
  return out;
}

}  // namespace discret
