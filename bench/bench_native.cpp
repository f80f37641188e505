// Native throughput of the full scan pipeline, and of a bare RE2::Set over the same single-line
// patterns (the prefilter's floor), on one corpus file. Prints one JSON line:
//   {"layer":"native","bytes":N,"findings":K,"seconds":S,"mbps":X,"set_mbps":Y}   (MB = 1e6 bytes)
//
//   discret_bench CORPUS_FILE
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "core/scanner.h"
#include "re2/re2.h"
#include "re2/set.h"

namespace {

constexpr int kRuns = 3;  // best of: the machine is shared, the minimum is the least noisy figure

// Best wall time of kRuns calls of fn().
template <typename Fn>
double best_seconds(Fn&& fn) {
  double best = 1e300;
  for (int i = 0; i < kRuns; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    fn();
    std::chrono::duration<double> dt = std::chrono::steady_clock::now() - t0;
    if (dt.count() < best) best = dt.count();
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s CORPUS_FILE\n", argv[0]);
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", argv[1]);
    return 1;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string corpus = ss.str();
  const std::string_view text(corpus);

  auto created = discret::Scanner::create_default(discret::ScannerOptions{0.5});
  if (!created.ok()) {
    std::fprintf(stderr, "scanner: %s\n", created.error().to_string().c_str());
    return 1;
  }
  const discret::Scanner& scanner = *created.value();

  size_t findings = 0;
  double seconds = best_seconds([&] { findings = scanner.scan(text).size(); });

  // The bare Set: the same options as the scanner's prefilter, single-line rules only (the
  // multi-line ones are not in the prefilter either), matched line by line without a hit list.
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_max_mem(int64_t{64} << 20);
  options.set_log_errors(false);
  RE2::Set set(options, RE2::UNANCHORED);
  for (size_t i = 0; i < scanner.rule_count(); ++i) {
    const discret::Rule& rule = scanner.rule(static_cast<uint32_t>(i));
    std::string error;
    if (!rule.multiline && set.Add(rule.pattern, &error) < 0) {
      std::fprintf(stderr, "set: rule %s: %s\n", rule.id.c_str(), error.c_str());
      return 1;
    }
  }
  if (!set.Compile()) {
    std::fprintf(stderr, "set: compile failed (max_mem)\n");
    return 1;
  }
  size_t lines_hit = 0;  // kept so the loop cannot be optimised away
  double set_seconds = best_seconds([&] {
    lines_hit = 0;
    for (size_t from = 0; from < text.size();) {
      const void* nl = std::memchr(text.data() + from, '\n', text.size() - from);
      size_t to = nl ? static_cast<size_t>(static_cast<const char*>(nl) - text.data()) : text.size();
      if (set.Match(re2::StringPiece(text.data() + from, to - from), nullptr)) ++lines_hit;
      from = to + 1;
    }
  });
  std::fprintf(stderr, "set: %zu lines with a hit\n", lines_hit);

  const double mb = static_cast<double>(text.size()) / 1e6;
  std::printf("{\"layer\":\"native\",\"bytes\":%zu,\"findings\":%zu,\"seconds\":%.6f,\"mbps\":%.2f,\"set_mbps\":%.2f}\n",
              text.size(), findings, seconds, mb / seconds, mb / set_seconds);
  return 0;
}
