#include "core/pseudonymize.h"

namespace discret {

Result<Pseudonymized> pseudonymize(const Scanner& scanner, std::string_view text, const OperatorOptions& options,
                                   PseudonymMap& map) {
  Status valid = check_options(options);
  if (!valid.ok()) return valid.error();
  Pseudonymized out;
  out.findings = scanner.scan(text);
  out.replacements.reserve(out.findings.size());
  for (const Finding& f : out.findings)
    out.replacements.push_back(
        replacement(scanner.rule(f.rule).entity, text.substr(f.start, f.end - f.start), options, map));
  out.text = apply_replacements(text, out.findings, out.replacements);
  return out;
}

}  // namespace discret
