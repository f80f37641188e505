// A detection rule as plain data, independent of how it is compiled or where it came from.
#pragma once
#include <string>
#include <vector>

namespace discret {

// Words near a match that make it more (or only then) credible.
struct ContextSpec {
  std::vector<std::string> words;  // matched whole-word, ASCII case-insensitively
  size_t window = 48;              // bytes looked at on each side of the match
  double boost = 0.0;              // added to the score when a word is present
  bool required = false;           // without a word, the candidate is dropped
  std::vector<std::string> exclude_words;  // with one of these nearby, the candidate is dropped
  bool same_line = false;          // the window stops at line breaks (a birth word on the next
                                   // line says nothing about this line's date)
};

constexpr int kMaxLineSpan = 5;

struct Rule {
  std::string id;          // unique across all loaded packs, e.g. "fr-nir"
  std::string entity;      // one of kEntities
  std::string country;     // ISO 3166-1 alpha-2, or empty when not national
  std::string pattern;     // RE2 syntax
  int group = 0;           // capture group that is the finding (0 = whole match)
  bool multiline = false;  // may span lines: scanned over the whole text, not per line
  // Lines a match may cover, from a line where the rule's prefilter hits (2: an address block,
  // street on one line and postcode on the next). Cheaper than `multiline` for short spans.
  int line_span = 1;
  // A cheaper pattern for the prefilter (a literal-led one such as "://[^\s/:@]+:[^\s/@]+@"
  // instead of a pattern that starts with a long counted class), shared by rules that give the
  // same one. Must match on every line where the rule matches. Empty: the pattern itself.
  std::string prefilter;
  // Literal words one of which every match contains (ASCII case-insensitive), e.g. "ghp_", "xoxb-":
  // the prefilter then looks for the words, not the pattern. All keyword rules share one cheap Set.
  std::vector<std::string> keywords;
  double entropy = 0;  // minimum Shannon entropy of the finding, in bits per character (0: none)
  std::vector<std::string> validators;  // names in the validator registry, all must pass
  ContextSpec context;
  std::string classifier;  // name in the classifier registry, or empty
  std::vector<std::string> test_values;  // RE2 patterns: a finding that fully matches one is a test value
  std::vector<std::string> allow;  // RE2 patterns: a finding whose value contains a match is dropped
  double score = 0.5;      // base score in [0, 1]
  std::vector<std::string> examples_match;     // each must yield a finding of this rule
  std::vector<std::string> examples_no_match;  // none may yield one
  std::string where;       // JSON Pointer of the rule in its pack, e.g. "/rules/3"
  std::string pack;        // the name of the pack it came from ("pii-core"), or empty
};

struct RulePack {
  std::string name;
  std::vector<Rule> rules;
  // Shipped with Discret (rules/*.json as compiled in) and checked by its tests, so compiling its
  // patterns can wait until a rule is first needed (rule_compiler.h).
  bool builtin = false;
};

// The finding vocabulary (docs/entities.md). Loading rejects any other entity.
extern const std::vector<std::string> kEntities;
bool is_known_entity(const std::string& entity);

}  // namespace discret
