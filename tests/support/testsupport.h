#pragma once

#include "pricing/pricebook.h"
#include "store/database.h"
#include "store/pricestore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <string>

namespace burnrate::test {

// A fresh database in a temporary folder, with the built-in price catalog loaded.
struct TempDb
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    PriceBook prices;

    TempDb()
    {
        auto r = Database::open(path());
        if (!r)
            qFatal("cannot open test database: %s", r.error().detail.c_str());
        db = std::move(*r);
        reloadPrices();
    }
    std::string path() const
    {
        return (dir.path() + QStringLiteral("/test.db")).toStdString();
    }
    void reloadPrices()
    {
        auto b = loadPriceBook(*db);
        if (!b)
            qFatal("cannot load prices: %s", b.error().detail.c_str());
        prices = std::move(*b);
    }
};

inline std::string testData(const char* name)
{
    return std::string(BURNRATE_TEST_DATA) + "/" + name;
}

} // namespace burnrate::test
