#include "ui/dashboardstate.h"

#include "model/timeutil.h"
#include "ui/format.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSettings>

#include <map>

namespace burnrate::ui {

DashboardState::DashboardState(QObject* parent)
    : QObject(parent)
{
}

void DashboardState::setDatabasePath(const QString& path)
{
    if (path == m_dbPath)
        return;
    m_dbPath = path;
    emit databaseChanged();
    emit changed();
}

void DashboardState::setRange(Range range)
{
    if (range == m_range)
        return;
    if (range == Range::Custom && m_customTo <= m_customFrom) {
        m_customFrom = from();
        m_customTo = to();
    }
    m_range = range;
    emit changed();
}

void DashboardState::setCustomRange(Epoch firstDay, Epoch lastDay)
{
    m_customFrom = floorDay(firstDay);
    m_customTo = floorDay(lastDay) + kSecondsPerDay;
    if (m_customTo <= m_customFrom)
        m_customTo = m_customFrom + kSecondsPerDay;
    m_range = Range::Custom;
    emit changed();
}

void DashboardState::setNow(Epoch now)
{
    if (now == m_now)
        return;
    m_now = now;
    emit changed();
}

Epoch DashboardState::now() const
{
    return m_now ? m_now : QDateTime::currentSecsSinceEpoch();
}

Epoch DashboardState::from() const
{
    const Epoch today = floorDay(now());
    switch (m_range) {
    case Range::Today:
        return today;
    case Range::Last7Days:
        return today - 6 * kSecondsPerDay;
    case Range::Last30Days:
        return today - 29 * kSecondsPerDay;
    case Range::MonthToDate:
        return floorMonth(today);
    case Range::LastMonth:
        return addMonths(floorMonth(today), -1);
    case Range::QuarterToDate:
    case Range::ThisQuarter:
        return floorQuarter(today);
    case Range::Last90Days:
        return today - 89 * kSecondsPerDay;
    case Range::YearToDate:
        return QDateTime(QDate(QDateTime::fromSecsSinceEpoch(today, Qt::UTC).date().year(), 1, 1), QTime(0, 0), Qt::UTC)
            .toSecsSinceEpoch();
    case Range::Custom:
        return m_customFrom;
    }
    return today;
}

Epoch DashboardState::to() const
{
    const Epoch tomorrow = floorDay(now()) + kSecondsPerDay;
    switch (m_range) {
    case Range::LastMonth:
        return floorMonth(floorDay(now()));
    case Range::ThisQuarter:
        return addMonths(floorQuarter(floorDay(now())), 3);
    case Range::Custom:
        return m_customTo;
    default:
        return tomorrow;
    }
}

QString DashboardState::rangeName(Range r)
{
    switch (r) {
    case Range::Today:
        return tr("Today");
    case Range::Last7Days:
        return tr("Last 7 days");
    case Range::Last30Days:
        return tr("Last 30 days");
    case Range::MonthToDate:
        return tr("Month to date");
    case Range::LastMonth:
        return tr("Last month");
    case Range::QuarterToDate:
        return tr("Quarter to date");
    case Range::Last90Days:
        return tr("Last 90 days");
    case Range::ThisQuarter:
        return tr("This quarter");
    case Range::YearToDate:
        return tr("Year to date");
    case Range::Custom:
        return tr("Custom...");
    }
    return {};
}

QString DashboardState::rangeLabel() const
{
    const QString a = ui::formatDate(from());
    const QString b = ui::formatDate(to() - 1);
    return a == b ? a : tr("%1 to %2").arg(a, b);
}

QString DashboardState::compactRangeLabel() const
{
    const QDate a = QDateTime::fromSecsSinceEpoch(from(), Qt::UTC).date();
    const QDate b = QDateTime::fromSecsSinceEpoch(to() - 1, Qt::UTC).date();
    const int year = QDateTime::fromSecsSinceEpoch(now(), Qt::UTC).date().year();
    const QLocale loc;
    const bool years = a.year() != year || b.year() != year;
    const QString fmt = years ? shortDayYearFormat() : shortDayFormat();
    if (a == b)
        return loc.toString(a, fmt);
    return tr("%1 \u2013 %2").arg(loc.toString(a, fmt), loc.toString(b, fmt));
}

Granularity DashboardState::autoGranularity(Epoch from, Epoch to)
{
    const Epoch span = to - from;
    if (span <= 2 * kSecondsPerDay)
        return Granularity::Hour;
    if (span <= 62 * kSecondsPerDay)
        return Granularity::Day;
    if (span <= 366 * kSecondsPerDay)
        return Granularity::Week;
    return Granularity::Month;
}

Granularity DashboardState::granularity() const
{
    if (m_granularity == Granularity::None)
        return autoGranularity(from(), to());
    if (m_granularity == Granularity::Hour && to() - from() > 31 * kSecondsPerDay)
        return Granularity::Day;
    return m_granularity;
}

void DashboardState::setGranularityChoice(Granularity g)
{
    if (g == m_granularity)
        return;
    m_granularity = g;
    emit changed();
}

QString DashboardState::granularityName(Granularity g)
{
    switch (g) {
    case Granularity::None:
        return tr("Auto");
    case Granularity::Hour:
        return tr("Hour");
    case Granularity::Day:
        return tr("Day");
    case Granularity::Week:
        return tr("Week");
    case Granularity::Month:
        return tr("Month");
    }
    return {};
}

void DashboardState::addChip(const FilterChip& chip)
{
    if (chip.axis.isEmpty() || m_chips.contains(chip))
        return;
    m_chips.append(chip);
    emit changed();
}

void DashboardState::removeChip(int index)
{
    if (index < 0 || index >= m_chips.size())
        return;
    m_chips.removeAt(index);
    emit changed();
}

void DashboardState::setChips(const QList<FilterChip>& chips)
{
    if (chips == m_chips)
        return;
    m_chips = chips;
    emit changed();
}

std::vector<Filter> DashboardState::filters() const
{
    // Chips on the same axis OR together; different axes AND (the engine's Filter semantics).
    std::map<std::string, Filter> byAxis;
    std::vector<std::string> order;
    for (const FilterChip& c : m_chips) {
        const std::string name = c.axis.toStdString();
        auto axis = Axis::fromName(name);
        if (!axis)
            continue;
        auto it = byAxis.find(name);
        if (it == byAxis.end()) {
            it = byAxis.emplace(name, Filter { *axis, {} }).first;
            order.push_back(name);
        }
        it->second.values.push_back(c.value.toStdString());
    }
    std::vector<Filter> out;
    for (const auto& n : order)
        out.push_back(byAxis[n]);
    return out;
}

QString DashboardState::axisLabel(const QString& axis)
{
    // One human style everywhere (lower case in running text; axisTitle() capitalises for headers).
    if (axis.startsWith(QLatin1String("tag:")))
        return tr("tag %1").arg(axis.mid(4));
    static const QHash<QString, const char*> labels = {
        { QStringLiteral("provider"), QT_TR_NOOP("provider") },
        { QStringLiteral("model"), QT_TR_NOOP("model") },
        { QStringLiteral("model_tier"), QT_TR_NOOP("model tier") },
        { QStringLiteral("tenant"), QT_TR_NOOP("tenant") },
        { QStringLiteral("team"), QT_TR_NOOP("team") },
        { QStringLiteral("project"), QT_TR_NOOP("project") },
        { QStringLiteral("env"), QT_TR_NOOP("environment") },
        { QStringLiteral("user"), QT_TR_NOOP("user") },
        { QStringLiteral("api_key"), QT_TR_NOOP("API key") },
        { QStringLiteral("prompt"), QT_TR_NOOP("prompt") },
        { QStringLiteral("prompt_version"), QT_TR_NOOP("prompt version") },
        { QStringLiteral("trace_id"), QT_TR_NOOP("trace") },
        { QStringLiteral("service_tier"), QT_TR_NOOP("service tier") },
        { QStringLiteral("function"), QT_TR_NOOP("function") },
        { QStringLiteral("tag"), QT_TR_NOOP("tag") },
    };
    if (auto it = labels.constFind(axis); it != labels.constEnd())
        return tr(*it);
    QString l = axis;
    l.replace(QLatin1Char('_'), QLatin1Char(' '));
    return l;
}

QString DashboardState::axisTitle(const QString& axis)
{
    QString l = axisLabel(axis);
    l.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!l.isEmpty())
        l[0] = l[0].toUpper();
    return l;
}

QString DashboardState::contextCaption(const QString& pageTitle, const QStringList& groupBy, Lens lens) const
{
    QStringList by;
    for (const QString& a : groupBy)
        by << axisLabel(a);
    QStringList parts;
    parts << (by.isEmpty() ? pageTitle : tr("%1 by %2").arg(pageTitle, by.join(tr(" and "))));
    parts << tr("%1 (UTC)").arg(rangeLabel());
    parts << tr("per %1").arg(granularityName(granularity()).toLower());
    parts << (lens == Lens::Billing ? tr("billing lens") : tr("attribution lens"));
    for (const FilterChip& c : m_chips)
        parts << tr("%1: %2").arg(axisLabel(c.axis), c.value);
    return parts.join(QStringLiteral(", "));
}

namespace {
bool asciiAlnum(QChar ch)
{
    return (ch >= QLatin1Char('a') && ch <= QLatin1Char('z')) || (ch >= QLatin1Char('0') && ch <= QLatin1Char('9'));
}

// Lower case, every run of characters outside [a-z0-9] one '-' (a '.' between two of them stays: "gpt-4.1"), no
// '-' at either end.
QString fileSafe(const QString& text)
{
    QString out;
    const QString lower = text.toLower();
    for (int i = 0; i < lower.size(); ++i) {
        const QChar ch = lower[i];
        const bool dot = ch == QLatin1Char('.') && !out.isEmpty() && asciiAlnum(out.back()) && i + 1 < lower.size()
            && asciiAlnum(lower[i + 1]);
        if (asciiAlnum(ch) || dot)
            out += ch;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')) || out.endsWith(QLatin1Char('.')))
        out.chop(1);
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    return out;
}
} // namespace

QString DashboardState::exportFileName(
    const QString& pageId, const QStringList& groupBy, Lens lens, const QString& extension) const
{
    QStringList parts { fileSafe(pageId) };
    if (!groupBy.isEmpty())
        parts << QStringLiteral("by-") + fileSafe(groupBy.join(QLatin1Char('-')));
    parts << QString::fromStdString(burnrate::formatDate(from()))
          << QString::fromStdString(burnrate::formatDate(to() - 1));
    parts << QLatin1String(lens == Lens::Billing ? "billing" : "attribution");
    for (const FilterChip& c : m_chips)
        parts << fileSafe(c.axis + QLatin1Char('-') + c.value);
    parts.removeAll(QString());
    QString name = parts.join(QLatin1Char('_'));
    // Many chips make long names; 180 characters leaves room for a folder within common path limits.
    if (name.size() > 180)
        name = name.left(180);
    return name + QLatin1Char('.') + extension;
}

void DashboardState::load()
{
    QSettings s;
    const int r = s.value(QStringLiteral("state/range"), int(Range::Last30Days)).toInt();
    m_range = (r >= 0 && r <= int(Range::YearToDate)) ? Range(r) : Range::Last30Days;
    m_granularity = granularityFromName(s.value(QStringLiteral("state/granularity")).toString().toStdString())
                        .value_or(Granularity::None);
    m_customFrom = s.value(QStringLiteral("state/customFrom"), 0).toLongLong();
    m_customTo = s.value(QStringLiteral("state/customTo"), 0).toLongLong();
    if (m_range == Range::Custom && m_customTo <= m_customFrom)
        m_range = Range::Last30Days;
    m_chips.clear();
    const QStringList chips = s.value(QStringLiteral("state/chips")).toStringList();
    for (const QString& c : chips) {
        const int eq = c.indexOf(QLatin1Char('='));
        if (eq > 0)
            m_chips.append({ c.left(eq), c.mid(eq + 1) });
    }
    m_lens = s.value(QStringLiteral("settings/defaultLens")).toString() == QLatin1String("billing") ? Lens::Billing
                                                                                                    : Lens::Attribution;
    emit changed();
}

void DashboardState::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("state/range"), int(m_range));
    s.setValue(QStringLiteral("state/customFrom"), static_cast<qlonglong>(m_customFrom));
    s.setValue(QStringLiteral("state/customTo"), static_cast<qlonglong>(m_customTo));
    QStringList chips;
    for (const FilterChip& c : m_chips)
        chips << c.axis + QLatin1Char('=') + c.value;
    s.setValue(QStringLiteral("state/chips"), chips);
    s.setValue(QStringLiteral("state/granularity"), QString::fromLatin1(burnrate::granularityName(m_granularity)));
}

} // namespace burnrate::ui
