#include "ui/versions.h"

#include "sources/curlversion.h"
#include "store/database.h"

#include <QObject>

namespace burnrate::ui {

QString sqliteVersion(const QString& databasePath)
{
    // A read-only connection answers instantly; the About box is the only caller.
    auto db = Database::open(databasePath.toStdString(), Database::Mode::ReadOnly);
    if (!db)
        return QObject::tr("unknown");
    auto st = (*db)->prepare("SELECT sqlite_version()");
    if (st.valid() && st.step())
        return QString::fromStdString(st.text(0));
    return QObject::tr("unknown");
}

QString curlVersion()
{
    return QString::fromStdString(burnrate::curlVersion());
}

} // namespace burnrate::ui
