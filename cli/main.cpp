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

// 1-based line and column (in code points) of ascending byte offsets, in one pass over the text
// (a per-finding count from the start was quadratic: minutes for a 4 MB file dense with findings).
class LineColumns {
 public:
  explicit LineColumns(const std::string& text) : text_(text) {}
  std::pair<size_t, size_t> at(size_t offset) {
    for (; pos_ < offset; ++pos_) {
      if (text_[pos_] == '\n') ++line_, column_ = 1;
      else column_ += (static_cast<unsigned char>(text_[pos_]) & 0xC0) != 0x80;
    }
    return {line_, column_};
  }

 private:
  const std::string& text_;
  size_t pos_ = 0, line_ = 1, column_ = 1;
};

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
      LineColumns where(text);
      for (const Finding& f : scanner.value()->scan(text)) {  // sorted by start
        any = true;
        const Rule& rule = scanner.value()->rule(f.rule);
        auto [line, column] = where.at(f.start);
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
