// Errors as values. The core never throws: every fallible call returns Result<T> or Error.
// `where` is a JSON Pointer into the input that caused the error (`/rules/3/pattern`), or empty.
#pragma once
#include <string>
#include <utility>
#include <variant>

namespace discret {

enum class ErrorCode {
  kInvalidJson,        // the input is not JSON; `where` is `@<byte offset>`
  kInvalidRulePack,    // JSON, but not a valid rule pack (missing field, wrong type, unknown entity...)
  kInvalidPattern,     // a rule's pattern does not compile under RE2
  kUnknownValidator,   // a rule names a validator that is not in the registry
  kDuplicateRule,      // two rules share an id
  kInvalidOption,      // an option has a value out of its domain
  kMissingKey,         // the `hash` operator needs a key
  kInvalidMapping,     // an imported pseudonym mapping is malformed
};

// Stable, snake_case name of a code: the `code` users see in JS and on the CLI.
const char* error_code_name(ErrorCode code);

struct Error {
  ErrorCode code;
  std::string message;  // human-readable, without the location
  std::string where;    // JSON Pointer or `@offset`; empty when not applicable
  std::string rule_id;  // the rule concerned, when there is one

  // "where: message" (or just the message), the one-line form for logs and CLIs.
  std::string to_string() const;
};

template <class T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}      // NOLINT
  bool ok() const { return v_.index() == 0; }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

// For calls that return nothing on success.
struct Ok {};
using Status = Result<Ok>;

}  // namespace discret
