#include "core/scanner.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/builtin_rules.h"
#include "core/extract.h"
#include "core/resolve.h"
#include "core/rule_loader.h"

namespace discret {
namespace {

}  // namespace

Result<std::vector<RulePack>> load_builtin_packs() {
  std::vector<RulePack> packs;
  for (const auto& builtin : builtin_rule_packs()) {
    auto pack = load_rule_pack(builtin.json);
    if (!pack.ok()) {
      Error e = pack.error();
      e.message += " (built-in pack '" + std::string(builtin.name) + "')";
      return e;
    }
    if (pack.value().name.empty()) pack.value().name = std::string(builtin.name);
    packs.push_back(std::move(pack.value()));
  }
  return packs;
}

Result<std::unique_ptr<Scanner>> Scanner::create(const std::vector<RulePack>& packs, ScannerOptions options) {
  if (!(options.min_score >= 0 && options.min_score <= 1))
    return Error{ErrorCode::kInvalidOption, "minScore must be in [0, 1]", "minScore", ""};
  auto compiled = compile_rules(packs);
  if (!compiled.ok()) return compiled.error();
  return std::unique_ptr<Scanner>(new Scanner(std::move(compiled.value()), options));
}

Result<std::unique_ptr<Scanner>> Scanner::create_default(ScannerOptions options,
                                                         const std::vector<RulePack>& extra_packs) {
  auto packs = load_builtin_packs();
  if (!packs.ok()) return packs.error();
  packs.value().insert(packs.value().end(), extra_packs.begin(), extra_packs.end());
  return create(packs.value(), options);
}

std::vector<Finding> Scanner::candidates(std::string_view text) const {
  std::vector<Finding> out;
  std::vector<int> hits;
  if (!rules_.set_to_rule.empty()) {
    // The prefilter runs per line: with about one value per KB most lines hit nothing, and a hit
    // sends only the rules that matched over only that line.
    const char* data = text.data();
    for (size_t from = 0; from < text.size();) {
      const void* nl = std::memchr(data + from, '\n', text.size() - from);
      size_t to = nl ? static_cast<size_t>(static_cast<const char*>(nl) - data) : text.size();
      re2::StringPiece line(data + from, to - from);
      // Matching without a hit list first is cheaper (no allocation).
      if (to > from && rules_.prefilter->Match(line, nullptr)) {
        hits.clear();
        rules_.prefilter->Match(line, &hits);
        std::sort(hits.begin(), hits.end());
        // Extraction also sees the newline on each side, so a pattern that consumes the character
        // before or after a value ("(?:^|[^\\w])(...)") finds it at the start or end of a line.
        size_t ext_from = from > 0 ? from - 1 : 0;
        size_t ext_to = to < text.size() ? to + 1 : to;
        for (int h : hits) {
          uint32_t r = rules_.set_to_rule[static_cast<size_t>(h)];
          extract_matches(rules_.rules[r], r, text, ext_from, ext_to, out);
        }
      }
      from = to + 1;
    }
  }
  for (uint32_t r : rules_.multiline_rules) extract_matches(rules_.rules[r], r, text, 0, text.size(), out);
  return out;
}

bool Scanner::accept(std::string_view text, Finding& f) const {
  const CompiledRule& c = rules_.rules[f.rule];
  std::string_view value = text.substr(f.start, f.end - f.start);
  for (Validator v : c.validators)
    if (!v(value)) return false;
  double score = c.rule.score;
  if (!c.context.empty()) {
    bool near = c.context.near(text, f.start, f.end);
    if (c.rule.context.required && !near) return false;
    if (near) score += c.rule.context.boost;
  }
  // Rounded to 1e-6 so that 0.55 + 0.3 ties with 0.85 instead of beating it by an ulp.
  f.score = std::round(std::min(1.0, score) * 1e6) / 1e6;
  return f.score >= options_.min_score;
}

std::vector<Finding> Scanner::scan(std::string_view text) const {
  std::vector<Finding> found = candidates(text);
  found.erase(std::remove_if(found.begin(), found.end(), [&](Finding& f) { return !accept(text, f); }), found.end());
  return resolve_overlaps(std::move(found));
}

}  // namespace discret
