// Scan + operate in one call: the pseudonymized copy of a text, with what was replaced. Also the
// replacement of values found earlier (streaming, Parquet), through the same map.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/operators.h"
#include "core/scanner.h"

namespace discret {

// The operators of one call: `defaults` for every entity, `by_entity` overriding the operator (not
// the key or mask settings) for some entities.
struct PseudonymizeOptions {
  OperatorOptions defaults;
  std::map<std::string, Operator> by_entity;

  OperatorOptions for_entity(std::string_view entity) const;
};

// Every operator the options use passes check_options (the first failure is returned).
Status check_options(const PseudonymizeOptions& options, const PseudonymMap& map);

// The JSON form the JS API sends, every field optional:
//   {"operator":"placeholder", "key":"…", "mask":4, "maskChar":"*", "operators":{"EMAIL":"fake"}}
// Errors are kInvalidOption; `where` is the field's name for the top-level ones ("operator", "mask",
// as check_options names them) and a JSON Pointer under "/operators" ("/operators/EMAIL": an
// unknown entity or operator).
Result<PseudonymizeOptions> pseudonymize_options_from_json(std::string_view json);

struct Pseudonymized {
  std::string text;                       // the input with each finding replaced
  std::vector<Finding> findings;          // offsets into the input
  std::vector<std::string> replacements;  // replacements[i] stands for findings[i]
};

// Fails only on invalid options (e.g. kHash without a key), before touching `map`.
Result<Pseudonymized> pseudonymize(const Scanner& scanner, std::string_view text, const PseudonymizeOptions& options,
                                   PseudonymMap& map);
// One operator for every entity.
Result<Pseudonymized> pseudonymize(const Scanner& scanner, std::string_view text, const OperatorOptions& options,
                                   PseudonymMap& map);

// A value found earlier, to replace as pseudonymize() would replace that finding.
struct ValueToReplace {
  std::string entity;
  std::string rule_id;  // may be empty; when it names a rule of the scanner, its country is used too
  std::string text;
};

struct ReplaceBatch {
  PseudonymizeOptions options;
  std::vector<ValueToReplace> values;
};

// The options' JSON form with the values added, one document for a whole batch:
//   {"operator":"fake", ..., "values":[{"entity":"EMAIL","ruleId":"email","text":"a@b.fr"}, ...]}
// Errors name "/values/3/entity" (a missing field, an unknown entity) like the options' errors.
Result<ReplaceBatch> replace_batch_from_json(std::string_view json);

// replacements[i] stands for values[i]. Fails only on invalid options, before touching `map`.
Result<std::vector<std::string>> replace_values(const Scanner& scanner, const std::vector<ValueToReplace>& values,
                                                const PseudonymizeOptions& options, PseudonymMap& map);

// ["…", …]: strings as a JSON array (one string to cross the JS boundary).
std::string strings_to_json(const std::vector<std::string>& strings);

}  // namespace discret
