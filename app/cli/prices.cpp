#include "app/cli/clicommon.h"
#include "export/terminal.h"
#include "ingest/fileinput.h"
#include "model/validate.h"
#include "pricing/pricebook.h"
#include "store/pricestore.h"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <tuple>
#include <vector>

namespace burnrate::app {

int cmdPrices(Command& c)
{
    c.value(QStringLiteral("from"), QStringLiteral("DATE"));
    c.value(QStringLiteral("provider"), QStringLiteral("NAME"));
    c.value(QStringLiteral("model"), QStringLiteral("NAME"));
    c.value(QStringLiteral("input"), QStringLiteral("USD"));
    c.value(QStringLiteral("output"), QStringLiteral("USD"));
    c.value(QStringLiteral("cached-input"), QStringLiteral("USD"));
    c.value(QStringLiteral("cache-write"), QStringLiteral("USD"));
    std::string err;
    if (!c.parse(err))
        return fail(err);
    QStringList pos = c.p().positionalArguments();
    if (pos.isEmpty())
        return fail("prices needs a subcommand: import FILE, list or set");
    QString sub = pos.takeFirst();
    Epoch from = 0;
    if (auto d = dateOption(c.p(), QStringLiteral("from"), err))
        from = *d;
    if (!err.empty())
        return fail(err);
    auto db = openDb(c.db());
    if (!db)
        return fail(db.error().detail);
    auto printReport = [](const RepriceReport& r) {
        std::cout << "re-priced " << r.eventsRepriced << " events and " << r.bucketsRepriced
                  << " buckets; affected spend " << formatUsd(r.oldTotal, 2) << " -> " << formatUsd(r.newTotal, 2);
        if (r.newlyPriced)
            std::cout << " (" << r.newlyPriced << " previously unpriced)";
        std::cout << '\n';
    };
    if (sub == QLatin1String("import")) {
        if (pos.size() != 1)
            return fail("prices import needs exactly one FILE");
        // A regular file of bounded size only: /dev/zero, a FIFO or a directory is refused up front.
        auto text = readInputFile(s(pos[0]), kMaxPriceMapBytes);
        if (!text)
            return fail(text.error().detail);
        int skipped = 0;
        std::vector<RejectedPrice> rejected;
        auto prices = parseLiteLLMPriceMap(*text, from, &skipped, &rejected);
        if (!prices)
            return fail(s(pos[0]) + ": " + prices.error().detail);
        auto printRejected = [&] {
            if (rejected.empty())
                return;
            std::cout << rejected.size() << " entries refused (invalid prices):\n";
            for (std::size_t i = 0; i < rejected.size() && i < 10; ++i)
                std::cout << "  " << terminalSafe(rejected[i].model) << ": " << terminalSafe(rejected[i].reason)
                          << '\n';
            if (rejected.size() > 10)
                std::cout << "  ... and " << rejected.size() - 10 << " more\n";
        };
        if (prices->empty()) {
            printRejected();
            return fail(s(pos[0]) + ": no valid token prices found");
        }
        auto r = savePrices(*db->db, *prices);
        if (!r)
            return fail(r.error().detail);
        std::cout << "imported " << prices->size() << " model prices effective from " << formatDate(from) << " ("
                  << skipped << " entries without token prices skipped, " << rejected.size()
                  << " refused for invalid prices)\n";
        printRejected();
        printReport(*r);
        return 0;
    }
    if (sub == QLatin1String("set")) {
        Price p;
        p.origin = PriceOrigin::Override;
        p.provider = s(c.p().value(QStringLiteral("provider")));
        p.model = s(c.p().value(QStringLiteral("model")));
        p.effectiveFrom = from;
        if (p.model.empty() || !c.p().isSet(QStringLiteral("input")) || !c.p().isSet(QStringLiteral("output")))
            return fail("prices set needs --model, --input and --output (USD per 1M tokens)");
        auto usd = [&](const char* name) -> std::optional<Nano> {
            if (!c.p().isSet(QLatin1String(name)))
                return std::nullopt;
            auto v = parseDecimalNano(s(c.p().value(QLatin1String(name))));
            if (!v || *v < 0 || *v > limits::kMaxPricePerMillion)
                err = std::string("--") + name + " needs a decimal from 0 to "
                    + formatDecimal(limits::kMaxPricePerMillion, 0) + " (USD per 1M tokens)";
            return v;
        };
        p.base.input = usd("input");
        p.base.output = usd("output");
        p.base.cachedInput = usd("cached-input");
        p.base.cacheWrite5m = usd("cache-write");
        if (!err.empty())
            return fail(err);
        p.note = "set from the command line";
        auto r = savePrices(*db->db, { p });
        if (!r)
            return fail(r.error().detail);
        std::cout << "override for " << terminalSafe(p.model) << " effective from " << formatDate(from) << '\n';
        printReport(*r);
        return 0;
    }
    if (sub == QLatin1String("list")) {
        std::string filter = s(c.p().value(QStringLiteral("model")));
        std::vector<const Price*> rows;
        for (const auto& p : db->prices.prices())
            if ((filter.empty() && p->origin != PriceOrigin::Imported)
                || (!filter.empty() && p->model.find(filter) != std::string::npos))
                rows.push_back(p.get());
        std::sort(rows.begin(), rows.end(), [](const Price* a, const Price* b) {
            return std::tie(a->provider, a->model, a->effectiveFrom)
                < std::tie(b->provider, b->model, b->effectiveFrom);
        });
        std::printf("%-10s %-40s %-10s %-9s %10s %10s %10s\n", "provider", "model", "from", "origin", "input/1M",
            "cached/1M", "output/1M");
        for (const Price* p : rows)
            std::printf("%-10s %-40s %-10s %-9s %10s %10s %10s\n", terminalSafe(p->provider).c_str(),
                terminalSafe(p->model).c_str(), formatDate(p->effectiveFrom).c_str(), priceOriginName(p->origin),
                formatDecimal(p->base.input.value_or(0), 4).c_str(),
                p->base.cachedInput ? formatDecimal(*p->base.cachedInput, 4).c_str() : "-",
                formatDecimal(p->base.output.value_or(0), 4).c_str());
        return 0;
    }
    return fail("unknown prices subcommand '" + s(sub) + "' (import, list, set)");
}

} // namespace burnrate::app
