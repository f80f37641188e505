// PERSON checks behind the validators person-name, person-name-loose and person-cue-name
// (declared in core/validators.h), and the pieces the tests look at. Internal to the core.
#pragma once
#include <string_view>

namespace discret::person {

// A lowercase (or capitalised, inside a name) particle: de, van, von, di, da, del, della, le...
bool is_particle(std::string_view word);
// A word that makes a name an organisation: Inc, Ltd, LLC, GmbH, SARL, Foundation, Authors...
bool is_organization_word(std::string_view word);
// True when some word of `name` is an organisation word ("Google LLC", "The Linux Foundation").
bool looks_like_organization(std::string_view name);

}  // namespace discret::person
