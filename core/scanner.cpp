#include "core/scanner.h"

#include <algorithm>
#include <cstring>

#include "core/builtin_rules.h"
#include "core/extract.h"
#include "core/resolve.h"
#include "core/rule_loader.h"

namespace discret {
namespace {

// Single-line rules are prefiltered per block: a run of whole lines of at least this many bytes.
// Small enough that a hit on one rule does not send it over the whole text, large enough that
// the Set's per-call cost is amortised.
constexpr size_t kBlockBytes = 16 << 10;

size_t block_end(std::string_view text, size_t from) {
  if (text.size() - from <= kBlockBytes) return text.size();
  const void* nl = std::memchr(text.data() + from + kBlockBytes, '\n', text.size() - from - kBlockBytes);
  return nl ? static_cast<size_t>(static_cast<const char*>(nl) - text.data()) + 1 : text.size();
}

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
    for (size_t from = 0; from < text.size();) {
      size_t to = block_end(text, from);
      re2::StringPiece block(text.data() + from, to - from);
      // Matching without a hit list first is cheaper, and most blocks have no hit at all.
      if (rules_.prefilter->Match(block, nullptr)) {
        hits.clear();
        rules_.prefilter->Match(block, &hits);
        std::sort(hits.begin(), hits.end());
        for (int h : hits) {
          uint32_t r = rules_.set_to_rule[static_cast<size_t>(h)];
          const CompiledRule& c = rules_.rules[r];
          extract_matches(*c.regex, c.rule.group, r, text, from, to, out);
        }
      }
      from = to;
    }
  }
  for (uint32_t r : rules_.multiline_rules) {
    const CompiledRule& c = rules_.rules[r];
    extract_matches(*c.regex, c.rule.group, r, text, 0, text.size(), out);
  }
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
  f.score = std::min(1.0, score);
  return f.score >= options_.min_score;
}

std::vector<Finding> Scanner::scan(std::string_view text) const {
  std::vector<Finding> found = candidates(text);
  found.erase(std::remove_if(found.begin(), found.end(), [&](Finding& f) { return !accept(text, f); }), found.end());
  return resolve_overlaps(std::move(found));
}

}  // namespace discret
