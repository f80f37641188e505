// Helpers shared by the native test files: the default scanner and a scanner for one pack.
#pragma once
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "core/rule_loader.h"
#include "core/scanner.h"

namespace discret::test {

// The built-in packs with default options, created once.
inline const Scanner& default_scanner() {
  static auto s = Scanner::create_default({});
  REQUIRE(s.ok());
  return *s.value();
}

// A scanner over one pack given as JSON (which must load and compile).
inline std::unique_ptr<Scanner> scanner_for(const std::string& json, double min_score = 0.5) {
  auto pack = load_rule_pack(json);
  REQUIRE(pack.ok());
  auto s = Scanner::create({pack.value()}, ScannerOptions{min_score});
  REQUIRE(s.ok());
  return std::move(s.value());
}

inline std::string text_of(const std::string& text, const Finding& f) { return text.substr(f.start, f.end - f.start); }

}  // namespace discret::test
