#include "ui/versions.h"

#include "sources/curlversion.h"
#include "store/sqlite.h"

#include <QObject>

namespace burnrate::ui {

QString sqliteVersion()
{
    return QString::fromStdString(sqliteLibraryVersion());
}

QString curlVersion()
{
    return QString::fromStdString(burnrate::curlVersion());
}

} // namespace burnrate::ui
