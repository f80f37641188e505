#include "core/scanner.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/builtin_rules.h"
#include "core/extract.h"
#include "core/resolve.h"
#include "core/rule_loader.h"
#include "core/rule.h"

namespace discret {
namespace {

constexpr std::string_view kInlineAllow = "discret:allow";

// The lines of [start, end) carry the inline allow comment ("# discret:allow", "// discret:allow").
bool allowed_inline(std::string_view text, size_t start, size_t end) {
  size_t from = start == 0 ? 0 : text.rfind('\n', start - 1);
  from = from == std::string_view::npos || start == 0 ? 0 : from + 1;
  size_t to = text.find('\n', end);
  if (to == std::string_view::npos) to = text.size();
  return text.substr(from, to - from).find(kInlineAllow) != std::string_view::npos;
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
    pack.value().builtin = true;
    packs.push_back(std::move(pack.value()));
  }
  return packs;
}

const Result<std::vector<RulePack>>& builtin_packs() {
  static const Result<std::vector<RulePack>> packs = load_builtin_packs();
  return packs;
}

namespace {

Error option_error(std::string where, std::string message) {
  return Error{ErrorCode::kInvalidOption, std::move(message), std::move(where), ""};
}

// The packs with the rules the options turn off removed, and the deny list as a first pack.
Result<std::vector<RulePack>> apply_rule_options(const std::vector<RulePack>& packs, const ScannerOptions& o) {
  for (size_t i = 0; i < o.entities.size(); ++i)
    if (!is_known_entity(o.entities[i])) return option_error("/entities/" + std::to_string(i), "unknown entity '" + o.entities[i] + "'");
  std::unordered_set<std::string> disabled(o.disabled_rules.begin(), o.disabled_rules.end());
  std::unordered_set<std::string> seen;
  std::vector<RulePack> out;
  if (!o.deny.empty()) {
    RulePack deny{"deny", {}};
    for (size_t i = 0; i < o.deny.size(); ++i) {
      const DenyEntry& d = o.deny[i];
      std::string where = "/deny/" + std::to_string(i);
      if (!is_known_entity(d.entity)) return option_error(where + "/entity", "unknown entity '" + d.entity + "'");
      if (d.value.empty() == d.pattern.empty()) return option_error(where, "give either a value or a pattern");
      Rule r;
      r.id = "deny-" + std::to_string(i + 1);
      r.entity = d.entity;
      r.pattern = d.value.empty() ? d.pattern : RE2::QuoteMeta(d.value);
      r.score = 1.0;
      r.where = where;  // a bad pattern is reported at where + "/pattern", as the user wrote it
      deny.rules.push_back(std::move(r));
    }
    out.push_back(std::move(deny));
  }
  for (const RulePack& pack : packs) {
    RulePack kept{pack.name, {}, pack.builtin};
    for (const Rule& r : pack.rules) {
      seen.insert(r.id);
      if (disabled.count(r.id)) continue;
      if (!o.entities.empty() && std::find(o.entities.begin(), o.entities.end(), r.entity) == o.entities.end()) continue;
      if (!o.countries.empty() && !r.country.empty() &&
          std::find(o.countries.begin(), o.countries.end(), r.country) == o.countries.end())
        continue;
      kept.rules.push_back(r);
    }
    out.push_back(std::move(kept));
  }
  for (size_t i = 0; i < o.disabled_rules.size(); ++i)
    if (!seen.count(o.disabled_rules[i]))
      return option_error("/disabledRules/" + std::to_string(i), "no rule has the id '" + o.disabled_rules[i] + "'");
  return out;
}

}  // namespace

Result<std::unique_ptr<Scanner>> Scanner::create(const std::vector<RulePack>& packs, ScannerOptions options) {
  if (!(options.min_score >= 0 && options.min_score <= 1))
    return option_error("/minScore", "minScore must be in [0, 1]");
  for (size_t i = 0; i < options.countries.size(); ++i) {
    const std::string& c = options.countries[i];
    if (c.size() != 2 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z')
      return option_error("/countries/" + std::to_string(i), "expected an ISO 3166-1 alpha-2 code like \"FR\"");
  }
  auto kept = apply_rule_options(packs, options);
  if (!kept.ok()) return kept.error();
  auto compiled = compile_rules(kept.value());
  if (!compiled.ok()) return compiled.error();
  auto allow_patterns = compile_alternation(options.allow_patterns, "/allow", "");
  if (!allow_patterns.ok()) {
    Error e = allow_patterns.error();
    e.code = ErrorCode::kInvalidOption;
    return e;
  }
  std::unique_ptr<Scanner> scanner(new Scanner(std::move(compiled.value()), options.min_score));
  scanner->allow_.insert(options.allow.begin(), options.allow.end());
  scanner->allow_patterns_ = std::move(allow_patterns.value());
  return scanner;
}

Result<std::unique_ptr<Scanner>> Scanner::create_default(ScannerOptions options,
                                                         const std::vector<RulePack>& extra_packs) {
  const Result<std::vector<RulePack>>& builtin = builtin_packs();
  if (!builtin.ok()) return builtin.error();
  if (extra_packs.empty()) return create(builtin.value(), options);
  std::vector<RulePack> packs = builtin.value();
  packs.insert(packs.end(), extra_packs.begin(), extra_packs.end());
  return create(packs, options);
}

std::vector<Finding> Scanner::candidates(std::string_view text, const Table& table) const {
  std::vector<Finding> out;
  std::vector<int> hits;
  std::string word_buffer;
  std::vector<std::string_view> words;  // views into word_buffer
  // Per line: 1 for each context-required rule (by slot) with a first context word nearby. The
  // header's words count in the table's body.
  std::vector<uint8_t> context_near(rules_.required_context.slots());
  std::vector<uint8_t> header_context(rules_.required_context.slots());
  rules_.required_context.mark(table.all_words(), header_context);
  // Word-aligned bounds of the widest required-context window around a line.
  auto word_from = [&](size_t from) {
    size_t f = from > rules_.max_context_window ? from - rules_.max_context_window : 0;
    while (f > 0 && static_cast<unsigned char>(text[f - 1]) > ' ' && text[f - 1] != ',') --f;
    return f;
  };
  auto word_to = [&](size_t to) {
    size_t t = std::min(text.size(), to + rules_.max_context_window);
    while (t < text.size() && static_cast<unsigned char>(text[t]) > ' ' && text[t] != ',') ++t;
    return t;
  };
  // Where the context gate matches (rule_compiler.h): [start, end) pairs, in order, not overlapping.
  // A phrase the gate did not report overlaps one it did, so "a match overlaps the window" holds
  // wherever a phrase lies inside it.
  std::vector<std::pair<size_t, size_t>> gate_matches;
  bool header_opens_gate = false;
  if (rules_.context_gate) {
    re2::StringPiece rest(text.data(), text.size());
    re2::StringPiece m;
    while (!rest.empty() && rules_.context_gate->Match(rest, 0, rest.size(), RE2::UNANCHORED, &m, 1)) {
      auto start = static_cast<size_t>(m.data() - text.data());
      gate_matches.emplace_back(start, start + m.size());
      size_t next = start + std::max<size_t>(m.size(), 1) - static_cast<size_t>(rest.data() - text.data());
      rest.remove_prefix(std::min(next, rest.size()));
    }
    for (uint32_t slot : rules_.gated_slots) header_opens_gate = header_opens_gate || header_context[slot];
  }
  size_t gate_next = 0;  // the first gate match that may still overlap a window (windows only move on)

  if (!rules_.prefilters.empty() || rules_.has_context_prefilters()) {
    // The prefilter runs per line: with about one value per KB most lines hit nothing, and a hit
    // sends only the rules that matched over only that line.
    const char* data = text.data();
    for (size_t from = 0; from < text.size();) {
      const void* nl = std::memchr(data + from, '\n', text.size() - from);
      size_t to = nl ? static_cast<size_t>(static_cast<const char*>(nl) - data) : text.size();
      re2::StringPiece line(data + from, to - from);
      // Extraction also sees the newline on each side, so a pattern that consumes the character
      // before or after a value ("(?:^|[^\\w])(...)") finds it at the start or end of a line.
      size_t ext_from = from > 0 ? from - 1 : 0;
      size_t ext_to = to < text.size() ? to + 1 : to;
      bool words_ready = false;  // context_near: for the line and the widest window around it, once
      auto run_sets = [&](const std::vector<CompiledRules::Prefilter>& sets) {
        for (const auto& p : sets) {
          // Matching without a hit list first is cheaper (no allocation).
          if (to == from || !p.set->Match(line, nullptr)) continue;
          hits.clear();
          p.set->Match(line, &hits);
          std::sort(hits.begin(), hits.end());
          for (int h : hits) {
            for (uint32_t r : p.rules[static_cast<size_t>(h)]) {
              const CompiledRule& c = rules_.rules[r];
              // A rule that requires context cannot match on a line with no context word around it.
              if (c.rule.context.required) {
                if (!words_ready) {
                  split_words(text.substr(word_from(from), word_to(to) - word_from(from)), word_buffer, words);
                  if (table.in_body(from, to)) {
                    context_near = header_context;
                  } else {
                    std::fill(context_near.begin(), context_near.end(), 0);
                  }
                  rules_.required_context.mark(words, context_near);
                  words_ready = true;
                }
                if (!context_near[c.context_slot]) continue;
              }
              size_t span_to = ext_to;
              for (int extra = 1; extra < c.rule.line_span && span_to < text.size(); ++extra) {
                const void* next = std::memchr(data + span_to, '\n', text.size() - span_to);
                span_to = next ? static_cast<size_t>(static_cast<const char*>(next) - data) + 1 : text.size();
              }
              extract_matches(c, r, text, ext_from, span_to, out);
            }
          }
        }
      };
      run_sets(rules_.prefilters);
      if (rules_.has_context_prefilters() && to > from) {
        size_t window_from = word_from(from), window_to = word_to(to);
        while (gate_next < gate_matches.size() && gate_matches[gate_next].second <= window_from) ++gate_next;
        bool gate_open = (header_opens_gate && table.in_body(from, to)) ||
                         (gate_next < gate_matches.size() && gate_matches[gate_next].first < window_to);
        if (gate_open) run_sets(rules_.context_prefilters());
      }
      from = to + 1;
    }
  }
  for (uint32_t r : rules_.multiline_rules) extract_matches(rules_.rules[r], r, text, 0, text.size(), out);
  return out;
}

bool Scanner::accept(std::string_view text, Finding& f, const Table& table) const {
  const CompiledRule& c = rules_.rules[f.rule];
  std::string_view value = text.substr(f.start, f.end - f.start);
  for (Validator v : c.validators)
    if (!v(value)) return false;
  if (c.rule.entropy > 0 && shannon_entropy(value) < c.rule.entropy) return false;
  if (const RE2* allow = c.allow(); allow && RE2::PartialMatch(value, *allow)) return false;
  if (allowed_inline(text, f.start, f.end)) return false;
  double score = c.rule.score;
  const std::vector<std::string>* column = table.column_words(f.start);
  if (!c.exclude_context.empty() &&
      (c.exclude_context.near(text, f.start, f.end) || (column && c.exclude_context.any_in(*column))))
    return false;
  if (!c.context.empty()) {
    bool near = c.context.near(text, f.start, f.end) || (column && c.context.any_in(*column));
    if (c.rule.context.required && !near) return false;
    if (near) score += c.rule.context.boost;
  }
  // Rounded to 1e-6 so that 0.55 + 0.3 ties with 0.85 instead of beating it by an ulp.
  f.score = std::round(std::min(1.0, score) * 1e6) / 1e6;
  if (f.score < min_score_) return false;
  if (allow_.count(std::string(value)) || (allow_patterns_ && RE2::FullMatch(value, *allow_patterns_))) return false;
  if (c.classifier) {
    Classification k = c.classifier(value);
    f.kind = k.kind;
    f.test = k.test;
  }
  if (const RE2* tests = c.test_values(); tests && RE2::FullMatch(value, *tests)) f.test = true;
  return true;
}

std::vector<Finding> Scanner::scan(std::string_view text) const {
  Table table = Table::find(text);
  std::vector<Finding> found = candidates(text, table);
  found.erase(std::remove_if(found.begin(), found.end(), [&](Finding& f) { return !accept(text, f, table); }),
              found.end());
  return resolve_overlaps(std::move(found));
}

}  // namespace discret
