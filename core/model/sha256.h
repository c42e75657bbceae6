#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace burnrate {

// SHA-256 (FIPS 180-4) of a byte string. Small and dependency-free: core links no crypto library
// (libcrypto reaches the binary only through libcurl, and its headers are not a build dependency).
std::array<std::uint8_t, 32> sha256(std::string_view data);
// The digest as 64 lower-case hex digits.
std::string sha256Hex(std::string_view data);

} // namespace burnrate
