#include "core/json_parse.h"

#include <algorithm>

namespace discret {
namespace {

using json = nlohmann::json;

// Records the first syntax error instead of throwing it.
class RecordingParser : public nlohmann::detail::json_sax_dom_parser<json> {
 public:
  explicit RecordingParser(json& out) : json_sax_dom_parser(out, false) {}
  template <class Exception>
  bool parse_error(std::size_t position, const std::string& /*token*/, const Exception& ex) {
    failed = true;
    position_ = position;
    // nlohmann's text starts "[json.exception.parse_error.101] parse error at line 1, column 2: ";
    // keep the part after the bracket: `where` carries the offset.
    std::string m = ex.what();
    auto p = m.find("] ");
    message = p == std::string::npos ? m : m.substr(p + 2);
    return false;
  }
  bool failed = false;
  std::size_t position_ = 0;
  std::string message;
};

}  // namespace

Result<json> parse_json(std::string_view text) {
  json doc;
  RecordingParser parser(doc);
  bool ok = json::sax_parse(text.begin(), text.end(), &parser, nlohmann::detail::input_format_t::json, true);
  if (!ok || parser.failed) {
    // nlohmann counts characters read (1-based, one past the end at EOF); report the byte offset.
    size_t offset = std::min(parser.position_ > 0 ? parser.position_ - 1 : 0, text.size());
    return Error{ErrorCode::kInvalidJson, parser.message, "@" + std::to_string(offset), ""};
  }
  return doc;
}

std::string json_pointer_token(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

}  // namespace discret
