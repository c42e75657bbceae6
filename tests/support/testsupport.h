#pragma once

#include "demo/demodata.h"
#include "pricing/pricebook.h"
#include "store/database.h"
#include "store/pricestore.h"

#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

namespace burnrate::test {

// Creates (or opens) the database at `path` and fills it with the demo dataset of `options`; true on success.
inline bool makeDemo(const QString& path, const DemoOptions& options)
{
    auto db = Database::open(path.toStdString());
    if (!db)
        return false;
    auto book = loadPriceBook(**db);
    return book && generateDemo(**db, *book, options).ok();
}

// Saves price overrides of provider openai: (model, input $/1M, output $/1M) each; true when stored.
inline bool overridePrices(Database& db, std::initializer_list<std::tuple<const char*, int, int>> models)
{
    std::vector<Price> prices;
    for (auto [model, in, out] : models) {
        Price p;
        p.provider = "openai";
        p.model = model;
        p.origin = PriceOrigin::Override;
        p.base.input = Nano(in) * kNanoPerUsd;
        p.base.output = Nano(out) * kNanoPerUsd;
        prices.push_back(p);
    }
    return savePrices(db, prices).ok();
}

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
