#include "sources/curlversion.h"

#include <curl/curl.h>

namespace burnrate {

std::string curlVersion()
{
    const curl_version_info_data* info = curl_version_info(CURLVERSION_NOW);
    return info && info->version ? std::string(info->version) : std::string();
}

} // namespace burnrate
