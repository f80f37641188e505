// Embind facade: adapts the core to JS and nothing more. Errors come back as values
// ({ok:false, error:{code, message, where, ruleId}}); the text crosses the boundary once per call
// (JS writes UTF-8 into wasm memory), and findings come back as one Int32Array, never per match.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <memory>
#include <string>
#include <vector>

#include "core/group_finder.h"
#include "core/pseudonymize.h"
#include "core/rule_loader.h"
#include "core/utf.h"

using emscripten::val;
using namespace discret;

namespace {

val error_value(const Error& e) {
  val error = val::object();
  error.set("code", std::string(error_code_name(e.code)));
  error.set("message", e.message);
  error.set("where", e.where);
  error.set("ruleId", e.rule_id);
  val out = val::object();
  out.set("ok", false);
  out.set("error", error);
  return out;
}

val ok_value() {
  val out = val::object();
  out.set("ok", true);
  return out;
}

std::string_view bytes(uintptr_t ptr, size_t len) { return {reinterpret_cast<const char*>(ptr), len}; }

// Findings as [start, end, rule, score * 1e6, test | kind << 1] quintuples; offsets in UTF-16 units
// when `utf16`.
val findings_array(std::string_view text, const std::vector<Finding>& findings, bool utf16) {
  std::vector<uint32_t> offsets;
  offsets.reserve(findings.size() * 2);
  for (const Finding& f : findings) {
    offsets.push_back(static_cast<uint32_t>(f.start));
    offsets.push_back(static_cast<uint32_t>(f.end));
  }
  if (utf16) utf8_to_utf16_offsets(text, offsets);
  std::vector<int32_t> packed;
  packed.reserve(findings.size() * 5);
  for (size_t i = 0; i < findings.size(); ++i) {
    packed.push_back(static_cast<int32_t>(offsets[2 * i]));
    packed.push_back(static_cast<int32_t>(offsets[2 * i + 1]));
    packed.push_back(static_cast<int32_t>(findings[i].rule));
    packed.push_back(static_cast<int32_t>(findings[i].score * 1e6 + 0.5));
    packed.push_back(static_cast<int32_t>(findings[i].test) | static_cast<int32_t>(findings[i].kind) << 1);
  }
  val view = val(emscripten::typed_memory_view(packed.size(), packed.data()));
  return val::global("Int32Array").new_(view);  // a copy: `packed` dies with this call
}

class WasmScanner {
 public:
  // custom_packs: a JS array of rule-pack JSON texts, loaded after the built-in ones when `builtins`;
  // options_json: the options in their JSON form (scanner_options_from_json).
  static val create(val custom_packs, bool builtins, const std::string& options_json) {
    auto options = scanner_options_from_json(options_json);
    if (!options.ok()) return error_value(options.error());
    std::vector<RulePack> packs;
    if (builtins) {
      const auto& b = builtin_packs();  // parsed once per module
      if (!b.ok()) return error_value(b.error());
      packs = b.value();
    }
    const auto count = custom_packs["length"].as<unsigned>();
    for (unsigned i = 0; i < count; ++i) {
      auto pack = load_rule_pack(custom_packs[i].as<std::string>());
      if (!pack.ok()) return error_value(pack.error());
      packs.push_back(std::move(pack.value()));
    }
    auto scanner = Scanner::create(packs, options.value());
    if (!scanner.ok()) return error_value(scanner.error());
    val out = ok_value();
    out.set("scanner", val(std::unique_ptr<WasmScanner>(new WasmScanner(std::move(scanner.value())))));
    return out;
  }

  // [{id, entity, country}] indexed by the rule numbers in findings.
  val rules() const {
    val out = val::array();
    for (uint32_t i = 0; i < scanner_->rule_count(); ++i) {
      const Rule& r = scanner_->rule(i);
      val rule = val::object();
      rule.set("id", r.id);
      rule.set("entity", r.entity);
      rule.set("country", r.country.empty() ? val::null() : val(r.country));
      rule.set("pack", r.pack.empty() ? val::null() : val(r.pack));
      out.call<void>("push", rule);
    }
    return out;
  }

  // The names of ValueKind, indexed by the kind in findings ("" for none).
  static val kinds() {
    val out = val::array();
    for (int k = 0; k < kValueKindCount; ++k) out.call<void>("push", std::string(value_kind_name(static_cast<ValueKind>(k))));
    return out;
  }

  val scan(uintptr_t ptr, size_t len, bool utf16) const {
    std::string_view text = bytes(ptr, len);
    return findings_array(text, scanner_->scan(text), utf16);
  }

  // options_json: the operator options in their JSON form (pseudonymize_options_from_json).
  // Returns {ok, text: Uint8Array (UTF-8), findings: Int32Array, replacements: string[]}.
  val pseudonymize(uintptr_t ptr, size_t len, bool utf16, const std::string& options_json) {
    auto options = pseudonymize_options_from_json(options_json);
    if (!options.ok()) return error_value(options.error());
    std::string_view text = bytes(ptr, len);
    auto result = discret::pseudonymize(*scanner_, text, options.value(), map_);
    if (!result.ok()) return error_value(result.error());
    val out = ok_value();
    out.set("text", val(emscripten::typed_memory_view(result.value().text.size(),
                                                      reinterpret_cast<const uint8_t*>(result.value().text.data())))
                        .call<val>("slice"));
    out.set("findings", findings_array(text, result.value().findings, utf16));
    val replacements = val::array();
    for (const auto& r : result.value().replacements) replacements.call<void>("push", r);
    out.set("replacements", replacements);
    return out;
  }

  // batch_json: the options' JSON form plus "values": [{entity, ruleId, text}] (replace_batch_from_json).
  // Returns {ok, replacements: a JSON array of strings}: one string each way for the whole batch.
  val replace_values(const std::string& batch_json) {
    auto batch = replace_batch_from_json(batch_json);
    if (!batch.ok()) return error_value(batch.error());
    auto result = discret::replace_values(*scanner_, batch.value().values, batch.value().options, map_);
    if (!result.ok()) return error_value(result.error());
    val out = ok_value();
    out.set("replacements", strings_to_json(result.value()));
    return out;
  }

  // The key `fake` uses when the options give none; JS draws it at random, once per scanner.
  void set_map_secret(const std::string& secret) { map_.set_secret(secret); }

  std::string export_mapping() const { return map_.to_json(); }

  val import_mapping(const std::string& json) {
    Status s = map_.from_json(json);
    return s.ok() ? ok_value() : error_value(s.error());
  }

 private:
  explicit WasmScanner(std::unique_ptr<Scanner> s) : scanner_(std::move(s)) {}

  std::unique_ptr<Scanner> scanner_;
  PseudonymMap map_;
};

}  // namespace

// GroupFinder (core/group_finder.h) for JS: word lists searched in wasm, one call per chunk.
class WasmGroupFinder {
 public:
  static val create(const std::string& pattern) {
    auto finder = GroupFinder::create(pattern);
    if (!finder.ok()) return error_value(finder.error());
    val out = ok_value();
    out.set("finder", val(std::unique_ptr<WasmGroupFinder>(new WasmGroupFinder(std::move(finder.value())))));
    return out;
  }
  // [start, end, start, end...] byte offsets of the words in the `len` bytes at `ptr`.
  val find(uintptr_t ptr, size_t len) const {
    std::vector<int32_t> flat;
    for (auto [start, end] : finder_->find_all(bytes(ptr, len))) {
      flat.push_back(static_cast<int32_t>(start));
      flat.push_back(static_cast<int32_t>(end));
    }
    return val::global("Int32Array").new_(val(emscripten::typed_memory_view(flat.size(), flat.data())));
  }

 private:
  explicit WasmGroupFinder(std::unique_ptr<GroupFinder> f) : finder_(std::move(f)) {}
  std::unique_ptr<GroupFinder> finder_;
};

EMSCRIPTEN_BINDINGS(discret) {
  emscripten::class_<WasmGroupFinder>("WasmGroupFinder")
      .class_function("create", &WasmGroupFinder::create)
      .function("find", &WasmGroupFinder::find);
  emscripten::class_<WasmScanner>("WasmScanner")
      .class_function("create", &WasmScanner::create)
      .class_function("kinds", &WasmScanner::kinds)
      .function("rules", &WasmScanner::rules)
      .function("scan", &WasmScanner::scan)
      .function("pseudonymize", &WasmScanner::pseudonymize)
      .function("replaceValues", &WasmScanner::replace_values)
      .function("setMapSecret", &WasmScanner::set_map_secret)
      .function("exportMapping", &WasmScanner::export_mapping)
      .function("importMapping", &WasmScanner::import_mapping);
}
