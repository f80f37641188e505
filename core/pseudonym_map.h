// Every replacement a scan hands out that must stay the same for a value: numbered pseudonyms
// (`<EMAIL_1>`), keyed ones (`<EMAIL_3f2a9c01be7d>`) and fakes (`user-…@example.org`). One map per
// scan: the same (entity, value) gets the same replacement of a form in every file, and no
// replacement is ever given to two values, so a mapping can be read backwards. The map holds raw
// values: its JSON export is as sensitive as the data it came from.
//
// Numbered pseudonyms count up per entity from 1. Keyed ones and fakes are computed from a key (see
// operators.h); the map only remembers them, for the export, and keeps them unique: when a
// candidate is already another value's, the next candidate is taken.
//
// JSON form (stable): {"version":1,"entries":[{"entity":"EMAIL","value":"a@b.fr","pseudonym":"<EMAIL_1>"}, ...]}
// The form of each entry is read back from its pseudonym: `<ENTITY_N>` numbered, `<ENTITY_` 12 hex
// `>` keyed, anything else that does not look like a tag a fake.
#pragma once
#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>

#include "core/error.h"

namespace discret {

enum class PseudonymForm { kNumbered, kKeyed, kFake };

class PseudonymMap {
 public:
  // Candidates a fake or keyed replacement tries before falling back to a numbered pseudonym
  // (IPv4 fakes have only 762 addresses).
  static constexpr uint32_t kMaxAttempts = 64;

  PseudonymMap() = default;
  explicit PseudonymMap(std::string secret) : secret_(std::move(secret)) {}

  // The key `fake` uses when its operator has none. The core has no entropy source: the owner of
  // the map draws it at random (wasm/index.js: crypto.getRandomValues, once per scanner). Never
  // exported.
  const std::string& secret() const { return secret_; }
  void set_secret(std::string secret) { secret_ = std::move(secret); }

  // The numbered pseudonym for `value`, assigning the next number of `entity` the first time.
  std::string get_or_assign(std::string_view entity, std::string_view value);

  // The `form` replacement of (entity, value): the one handed out before, else the first of
  // make(0), make(1)... (at most kMaxAttempts) that is neither the value itself nor another
  // value's replacement. The numbered pseudonym when make(0) is "" (no such form for this value)
  // or every candidate is taken. Within one map a value keeps its first replacement of a form,
  // even if a later call uses another key.
  std::string get_or_make(PseudonymForm form, std::string_view entity, std::string_view value,
                          const std::function<std::string(uint32_t attempt)>& make);

  size_t size() const { return entries_.size(); }

  std::string to_json() const;
  // Replaces the whole map (not the secret) with the one in `json`, or leaves it untouched and
  // returns the error (`where` is a JSON Pointer such as "/entries/3/pseudonym").
  Status from_json(std::string_view json);

 private:
  using Key = std::tuple<PseudonymForm, std::string, std::string>;  // form, entity, value
  struct Entry {
    std::string replacement;
    uint64_t order;  // numbered: the number; otherwise when it was handed out
  };
  static std::string format(std::string_view entity, uint64_t n);
  void add(Key key, std::string replacement, uint64_t order);

  std::map<Key, Entry> entries_;
  std::set<std::string> taken_;           // every replacement handed out
  std::map<std::string, uint64_t> last_;  // highest number given per entity
  uint64_t sequence_ = 0;                 // orders keyed pseudonyms and fakes
  std::string secret_;
};

}  // namespace discret
