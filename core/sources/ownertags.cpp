#include "sources/ownertags.h"

#include <algorithm>
#include <cctype>

namespace burnrate {

void applyOwnerTags(const std::map<std::string, std::string>& tags, Dimensions& dims)
{
    for (const auto& [key, value] : tags) {
        std::string k = key;
        std::transform(k.begin(), k.end(), k.begin(), [](unsigned char ch) { return char(std::tolower(ch)); });
        if (k == "tenant" || k == "tenantid" || k == "tenant_id" || k == "tenant-id" || k == "customer")
            dims.tenant = value;
        else if (k == "team")
            dims.team = value;
        else if (k == "project")
            dims.project = value;
        else if (k == "env" || k == "environment")
            dims.env = value;
    }
}

} // namespace burnrate
