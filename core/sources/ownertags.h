#pragma once
// Resource tags or labels that name an owner (an AWS inference profile's tags, a Google billing row's
// labels) as the owner dimensions of a usage row: tenant, team, project, env. Internal to core/sources.

#include "model/usage.h"

#include <map>
#include <string>

namespace burnrate {

// Keys compare case-insensitively: tenant (also tenantid, tenant_id, tenant-id, customer), team, project,
// env (also environment). Other keys are ignored; a matching key overwrites what `dims` held.
void applyOwnerTags(const std::map<std::string, std::string>& tags, Dimensions& dims);

} // namespace burnrate
