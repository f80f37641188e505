// discret-native: the core's own command line, for benchmarks and for checking the core without
// node. The user-facing CLI is the npm package's `discret` (wasm/cli.js); this one mirrors its
// `scan` output (jsonl) so the two can be compared.
//
//   discret-native scan FILE...            one JSON object per finding, exit 1 if any
//   discret-native pseudonymize FILE --operator NAME [--key K]   writes to stdout
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "core/pseudonymize.h"

using namespace discret;

namespace {

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

int fail(const std::string& message) {
  std::cerr << "discret-native: " << message << "\n";
  return 2;
}

// 1-based line and column (in code points) of byte `offset`.
std::pair<size_t, size_t> line_column(const std::string& text, size_t offset) {
  size_t line = 1, line_start = 0;
  for (size_t i = 0; i < offset; ++i)
    if (text[i] == '\n') ++line, line_start = i + 1;
  size_t column = 1;
  for (size_t i = line_start; i < offset; ++i) column += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  return {line, column};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) return fail("usage: discret-native scan FILE... | pseudonymize FILE --operator NAME [--key K]");
  std::string command = argv[1];
  auto scanner = Scanner::create_default({});
  if (!scanner.ok()) return fail(scanner.error().to_string());
  if (command == "scan") {
    bool any = false;
    for (int i = 2; i < argc; ++i) {
      std::string text;
      if (!read_file(argv[i], text)) return fail(std::string("cannot read ") + argv[i]);
      for (const Finding& f : scanner.value()->scan(text)) {
        any = true;
        const Rule& rule = scanner.value()->rule(f.rule);
        auto [line, column] = line_column(text, f.start);
        nlohmann::json j = {{"file", argv[i]}, {"line", line}, {"column", column}, {"entity", rule.entity},
                            {"ruleId", rule.id}, {"score", f.score}};
        std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
      }
    }
    return any ? 1 : 0;
  }
  if (command == "pseudonymize") {
    OperatorOptions options;
    for (int i = 3; i < argc; ++i) {
      std::string arg = argv[i];
      if (i + 1 >= argc) return fail("missing value after " + arg);
      if (arg == "--operator") {
        auto op = parse_operator(argv[++i]);
        if (!op.ok()) return fail(op.error().message);
        options.op = op.value();
      } else if (arg == "--key") {
        options.key = argv[++i];
      } else {
        return fail("unknown option " + arg);
      }
    }
    std::string text;
    if (!read_file(argv[2], text)) return fail(std::string("cannot read ") + argv[2]);
    PseudonymMap map;
    auto result = pseudonymize(*scanner.value(), text, options, map);
    if (!result.ok()) return fail(result.error().to_string());
    std::fwrite(result.value().text.data(), 1, result.value().text.size(), stdout);
    return 0;
  }
  return fail("unknown command '" + command + "'");
}
