#include "core/operators.h"

#include "core/sha256.h"
#include "core/utf.h"

namespace discret {

Result<Operator> parse_operator(std::string_view name) {
  for (Operator op : {Operator::kRedact, Operator::kPlaceholder, Operator::kMask, Operator::kHash, Operator::kPseudonym,
                      Operator::kFake})
    if (name == operator_name(op)) return op;
  return Error{ErrorCode::kInvalidOption,
               "unknown operator '" + std::string(name) + "' (known: redact, placeholder, mask, hash, pseudonym, fake)",
               "operator", ""};
}

const char* operator_name(Operator op) {
  switch (op) {
    case Operator::kRedact: return "redact";
    case Operator::kPlaceholder: return "placeholder";
    case Operator::kMask: return "mask";
    case Operator::kHash: return "hash";
    case Operator::kPseudonym: return "pseudonym";
    case Operator::kFake: return "fake";
  }
  return "";
}

Status check_options(const OperatorOptions& o, const PseudonymMap& map) {
  if (o.op == Operator::kHash && o.key.empty())
    return Error{ErrorCode::kMissingKey, "the hash operator needs a key", "key", ""};
  // An unkeyed fake would be HMAC under a known key: anyone could hash candidate values to match it.
  if (o.op == Operator::kFake && o.key.empty() && map.secret().empty())
    return Error{ErrorCode::kMissingKey, "the fake operator needs a key (or a random secret in the pseudonym map)",
                 "key", ""};
  if (o.op == Operator::kMask && (o.mask_char.empty() || count_code_points(o.mask_char) != 1))
    return Error{ErrorCode::kInvalidOption, "maskChar must be exactly one character", "maskChar", ""};
  return Ok{};
}

namespace {

std::string mask(std::string_view value, const OperatorOptions& o) {
  size_t keep = tail_bytes(value, o.mask_keep);
  size_t hidden = count_code_points(value.substr(0, value.size() - keep));
  std::string out;
  out.reserve(hidden * o.mask_char.size() + keep);
  for (size_t i = 0; i < hidden; ++i) out += o.mask_char;
  out += value.substr(value.size() - keep);
  return out;
}

// "<EMAIL_" + 12 hex digits of HMAC(key, entity '\0' value) + ">": 48 bits, so two values share
// one about once in 10^14 pairs, and the map then takes the next attempt.
std::string keyed_pseudonym(std::string_view entity, std::string_view value, std::string_view key, uint32_t attempt) {
  return "<" + std::string(entity) + "_" + to_hex(hmac_sha256(key, keyed_message(entity, value, attempt))).substr(0, 12) +
         ">";
}

}  // namespace

std::string replacement(const ValueSource& source, std::string_view value, const OperatorOptions& o, PseudonymMap& map) {
  switch (o.op) {
    case Operator::kRedact: return "";
    case Operator::kPlaceholder: return "<" + std::string(source.entity) + ">";
    case Operator::kMask: return mask(value, o);
    case Operator::kHash: return to_hex(hmac_sha256(o.key, value));
    case Operator::kPseudonym:
      if (o.key.empty()) return map.get_or_assign(source.entity, value);
      return map.get_or_make(PseudonymForm::kKeyed, source.entity, value,
                             [&](uint32_t attempt) { return keyed_pseudonym(source.entity, value, o.key, attempt); });
    case Operator::kFake: {
      const std::string& key = o.key.empty() ? map.secret() : o.key;
      return map.get_or_make(PseudonymForm::kFake, source.entity, value,
                             [&](uint32_t attempt) { return fake_value(source, value, key, attempt); });
    }
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
