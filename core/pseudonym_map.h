// Numbered pseudonyms (`<EMAIL_1>`): the same (entity, value) always gets the same number for the
// lifetime of the map; numbers count up per entity from 1. The map holds raw values: its JSON
// export is as sensitive as the data it came from.
//
// JSON form (stable): {"version":1,"entries":[{"entity":"EMAIL","value":"a@b.fr","pseudonym":"<EMAIL_1>"}, ...]}
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.h"

namespace discret {

class PseudonymMap {
 public:
  // The pseudonym for `value`, assigning the next number of `entity` the first time.
  std::string get_or_assign(std::string_view entity, std::string_view value);
  size_t size() const { return entries_.size(); }

  std::string to_json() const;
  // Replaces the whole map with the one in `json`, or leaves it untouched and returns the error
  // (`where` is a JSON Pointer such as "/entries/3/pseudonym").
  Status from_json(std::string_view json);

 private:
  static std::string format(std::string_view entity, uint64_t n);
  std::map<std::pair<std::string, std::string>, uint64_t> entries_;
  std::map<std::string, uint64_t> last_;  // highest number given per entity
};

}  // namespace discret
