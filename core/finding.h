// A finding: a span of the scanned text (UTF-8 byte offsets, half-open) and the rule that found it.
#pragma once
#include <cstddef>
#include <cstdint>

#include "core/classifiers.h"

namespace discret {

struct Finding {
  size_t start = 0;   // first byte
  size_t end = 0;     // one past the last byte
  uint32_t rule = 0;  // index into the scanner's rules()
  double score = 0;   // base score + context boost, clamped to [0, 1]
  bool test = false;  // a documentation or test value: reported, but not a leak
  ValueKind kind = ValueKind::kNone;  // e.g. an IP address's range
};

}  // namespace discret
