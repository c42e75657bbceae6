#pragma once

#include <string>
#include <string_view>

namespace burnrate {

// Makes a data value (a tenant, model, prompt, file name, error detail...) safe to print on a terminal:
// ESC and every other C0 control, DEL and the C1 controls (U+0080-U+009F) become visible escapes
// (\x1b, \x00, \x7f, \u009b; CR, LF and TAB as \r, \n, \t), as do the Unicode bidi overrides and
// isolates (U+202A-U+202E, U+2066-U+2069) and the line/paragraph separators (U+2028, U+2029), so a
// value can neither run terminal escape sequences (colours, OSC titles, cursor moves), nor overwrite
// or reorder what is printed before it, nor break a one-line message. Invalid UTF-8 becomes U+FFFD.
// Printable text, including non-ASCII, is unchanged; a backslash is kept as it is.
std::string terminalSafe(std::string_view text);

// The same for a CSV cell: C0 controls other than TAB, CR and LF (which RFC 4180 quoting carries),
// and DEL, become visible escapes (\x00); invalid UTF-8 becomes U+FFFD. Nothing else changes.
std::string csvSafeText(std::string_view text);

} // namespace burnrate
