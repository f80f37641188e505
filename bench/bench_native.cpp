// Native figures for `npm run bench`, on one corpus file. Prints one JSON line (MB = 1e6 bytes):
//   full pipeline      Scanner::scan with the default packs: findings, seconds, MB/s
//   top rules          the same with only the N rules that found the most in the corpus (--top=30)
//   bare Set (any)     every single-line pattern in ONE RE2::Set, Match(line, nullptr) per line:
//                      stops at the first hit of a line; the floor of any per-line prefilter
//   bare Set (which)   the same Set, Match(line, &hits) per line: which patterns hit each line,
//                      the least a scanner must know before it extracts anything
//   start              Scanner::create_default, first and second time (ms)
//   DFA resets         RE2 state-cache resets during the timed scans (a thrashing cache resets)
//   peak RSS           getrusage, for the whole process
//
//   discret_bench CORPUS_FILE [--top=30]
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>

#include "core/scanner.h"
#include "re2/re2.h"
#include "re2/set.h"

namespace {

constexpr int kRuns = 3;  // best of: the machine is shared, the minimum is the least noisy figure

template <typename Fn>
double best_seconds(Fn&& fn) {
  double best = 1e300;
  for (int i = 0; i < kRuns; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    fn();
    std::chrono::duration<double> dt = std::chrono::steady_clock::now() - t0;
    best = std::min(best, dt.count());
  }
  return best;
}

template <typename Fn>
double milliseconds(Fn&& fn) {
  auto t0 = std::chrono::steady_clock::now();
  fn();
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

std::atomic<long> dfa_resets{0};

// Calls fn(line) for each line of text (without its '\n').
template <typename Fn>
void for_each_line(std::string_view text, Fn&& fn) {
  for (size_t from = 0; from < text.size();) {
    const void* nl = std::memchr(text.data() + from, '\n', text.size() - from);
    size_t to = nl ? static_cast<size_t>(static_cast<const char*>(nl) - text.data()) : text.size();
    fn(re2::StringPiece(text.data() + from, to - from));
    from = to + 1;
  }
}

int fail(const std::string& message) {
  std::fprintf(stderr, "discret_bench: %s\n", message.c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s CORPUS_FILE [--top=30]\n", argv[0]);
    return 2;
  }
  size_t top = 30;
  for (int i = 2; i < argc; ++i) {
    if (std::strncmp(argv[i], "--top=", 6) == 0) top = std::stoul(argv[i] + 6);
    else return fail(std::string("unknown argument ") + argv[i]);
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) return fail(std::string("cannot read ") + argv[1]);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string corpus = ss.str();
  const std::string_view text(corpus);
  const double mb = static_cast<double>(text.size()) / 1e6;

  re2::hooks::SetDFAStateCacheResetHook([](const re2::hooks::DFAStateCacheReset&) { ++dfa_resets; });

  discret::ScannerOptions options;
  std::unique_ptr<discret::Scanner> scanner;
  double start_ms = milliseconds([&] {
    auto created = discret::Scanner::create_default(options);
    if (created.ok()) scanner = std::move(created.value());
  });
  if (!scanner) return fail("the default packs do not compile");
  double restart_ms = milliseconds([&] { (void)discret::Scanner::create_default(options); });

  // Full pipeline, and which rules find the most.
  size_t findings = 0;
  std::map<uint32_t, size_t> per_rule;
  long resets_before = dfa_resets;
  double seconds = best_seconds([&] {
    auto found = scanner->scan(text);
    findings = found.size();
    per_rule.clear();
    for (const auto& f : found) ++per_rule[f.rule];
  });
  long resets = dfa_resets - resets_before;

  // The `top` rules with the most findings (ties: pack order), the others turned off.
  std::vector<std::pair<size_t, uint32_t>> ranked;
  for (uint32_t r = 0; r < scanner->rule_count(); ++r) ranked.emplace_back(per_rule.count(r) ? per_rule[r] : 0, r);
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  discret::ScannerOptions top_options;
  for (size_t i = std::min(top, ranked.size()); i < ranked.size(); ++i)
    top_options.disabled_rules.push_back(scanner->rule(ranked[i].second).id);
  auto top_created = discret::Scanner::create_default(top_options);
  if (!top_created.ok()) return fail("top rules: " + top_created.error().to_string());
  const discret::Scanner& top_scanner = *top_created.value();
  size_t top_findings = 0;
  double top_seconds = best_seconds([&] { top_findings = top_scanner.scan(text).size(); });

  // The bare Set: single-line rules' patterns as written (the multi-line ones are not in the
  // engine's prefilter either), one Set, the engine's RE2 options.
  RE2::Options set_options;
  set_options.set_encoding(RE2::Options::EncodingUTF8);
  set_options.set_max_mem(int64_t{256} << 20);
  set_options.set_log_errors(false);
  RE2::Set set(set_options, RE2::UNANCHORED);
  size_t patterns = 0;
  for (size_t i = 0; i < scanner->rule_count(); ++i) {
    const discret::Rule& rule = scanner->rule(static_cast<uint32_t>(i));
    std::string error;
    if (rule.multiline) continue;
    if (set.Add(rule.pattern, &error) < 0) return fail("set: rule " + rule.id + ": " + error);
    ++patterns;
  }
  double set_compile_ms = milliseconds([&] { (void)set.Compile(); });
  size_t lines_hit = 0;
  long set_resets_before = dfa_resets;
  double set_any_seconds = best_seconds([&] {
    lines_hit = 0;
    for_each_line(text, [&](re2::StringPiece line) { lines_hit += set.Match(line, nullptr); });
  });
  size_t hits = 0;
  RE2::Set::ErrorInfo error_info{};
  size_t set_failures = 0;
  double set_which_seconds = best_seconds([&] {
    hits = 0;
    set_failures = 0;
    std::vector<int> v;
    for_each_line(text, [&](re2::StringPiece line) {
      if (set.Match(line, &v, &error_info)) hits += v.size();
      else if (error_info.kind != RE2::Set::kNoError) ++set_failures;
    });
  });
  long set_resets = dfa_resets - set_resets_before;

  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf(
      "{\"layer\":\"native\",\"bytes\":%zu,\"findings\":%zu,\"seconds\":%.6f,\"mbps\":%.2f,"
      "\"start_ms\":%.1f,\"restart_ms\":%.1f,\"dfa_resets\":%ld,"
      "\"top\":%zu,\"top_findings\":%zu,\"top_mbps\":%.2f,"
      "\"set_patterns\":%zu,\"set_compile_ms\":%.1f,\"set_any_mbps\":%.2f,\"set_which_mbps\":%.2f,"
      "\"set_lines_hit\":%zu,\"set_hits\":%zu,\"set_dfa_resets\":%ld,\"set_failures\":%zu,"
      "\"peak_rss_mib\":%.1f}\n",
      text.size(), findings, seconds, mb / seconds, start_ms, restart_ms, resets, top, top_findings,
      mb / top_seconds, patterns, set_compile_ms, mb / set_any_seconds, mb / set_which_seconds, lines_hit, hits,
      set_resets, set_failures, static_cast<double>(usage.ru_maxrss) / 1024.0);
  return 0;
}
