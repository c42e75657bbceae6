#pragma once

#include <string>

namespace burnrate {

// The linked libcurl's version ("7.88.1"), for the About box.
std::string curlVersion();

} // namespace burnrate
