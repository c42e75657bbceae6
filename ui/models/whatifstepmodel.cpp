#include "ui/models/whatifstepmodel.h"

#include "ui/format.h"

#include <QFont>
#include <QVariant>

#include <climits>

namespace burnrate::ui {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString promptName(const std::string& p)
{
    return p.empty() ? WhatIfStepModel::tr("(no prompt)") : q(p);
}

int clampInt(std::int64_t v)
{
    return int(std::min<std::int64_t>(v, INT_MAX));
}

double share(Nano part, Nano whole)
{
    return whole ? double(part) / double(whole) : 0.0;
}

} // namespace

WhatIfStepModel::WhatIfStepModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString WhatIfStepModel::stepText(const ScenarioStep& s)
{
    const double rate = double(s.rate) / double(kRateOne);
    switch (s.kind) {
    case StepKind::Route:
        if (s.maxInput)
            return tr("Route %1 to %2, requests of at most %Ln input tokens", "", clampInt(*s.maxInput))
                .arg(q(s.from), q(s.to));
        return tr("Route %1 to %2").arg(q(s.from), q(s.to));
    case StepKind::PromptCache:
        return tr("Prompt cache hit rate of %1 at %2").arg(promptName(s.prompt), formatPercent(rate, 0));
    case StepKind::ResponseCache:
        return tr("Response cache hit rate of %1 at %2").arg(promptName(s.prompt), formatPercent(rate, 0));
    case StepKind::Batch:
        return tr("Batch prices for %1 %2").arg(q(s.dim), q(s.value));
    case StepKind::CapInput:
        return tr("Cap %1 at %Ln input tokens", "", clampInt(s.limit)).arg(promptName(s.prompt));
    case StepKind::Lambda:
        if (s.arm)
            return (*s.arm ? tr("Lambda %1 at %2 MB on arm64") : tr("Lambda %1 at %2 MB on x86_64"))
                .arg(q(s.function))
                .arg(s.memoryMb);
        return tr("Lambda %1 at %2 MB").arg(q(s.function)).arg(s.memoryMb);
    }
    return {};
}

QString WhatIfStepModel::evidenceText(const RouteEvidence& e, const ScenarioStep& step)
{
    const QString model = q(step.to), prompt = promptName(e.prompt);
    const std::int64_t verdicts = e.target.evalPassed + e.target.evalFailed;
    const auto pass = wilsonInterval(e.target.evalPassed, verdicts);
    const auto acc = wilsonInterval(e.target.accepted, e.target.judged);
    auto pct = [](double v) {
        return formatPercent(v, 0);
    };
    if (pass && acc)
        return tr("%1 on %2: eval pass rate %3 (95% interval %4 to %5, n=%6), acceptance %7 (%8 to %9, n=%10)")
            .arg(model, prompt, pct(double(e.target.evalPassed) / double(verdicts)), pct(pass->low), pct(pass->high),
                formatCount(verdicts), pct(double(e.target.accepted) / double(e.target.judged)), pct(acc->low),
                pct(acc->high))
            .arg(formatCount(e.target.judged));
    if (pass)
        return tr("%1 on %2: eval pass rate %3 (95% interval %4 to %5, n=%6), no human judgements")
            .arg(model, prompt, pct(double(e.target.evalPassed) / double(verdicts)), pct(pass->low), pct(pass->high),
                formatCount(verdicts));
    if (acc)
        return tr("%1 on %2: acceptance %3 (95% interval %4 to %5, n=%6), no eval results")
            .arg(model, prompt, pct(double(e.target.accepted) / double(e.target.judged)), pct(acc->low), pct(acc->high),
                formatCount(e.target.judged));
    return tr("%1 on %2: no quality evidence for this pairing").arg(model, prompt);
}

QStringList WhatIfStepModel::riskLines(const WhatIfResult& r, std::size_t index)
{
    if (index >= r.steps.size())
        return {};
    const ScenarioStep& s = r.steps[index].step;
    switch (s.kind) {
    case StepKind::Route: {
        QStringList lines;
        for (const RouteEvidence& e : r.evidence)
            if (e.stepIndex == index)
                lines << evidenceText(e, s);
        if (lines.isEmpty())
            lines << tr("No request moved: no quality evidence for this pairing");
        return lines;
    }
    case StepKind::PromptCache:
        return { tr("Same model and answers; the prompt may need a stable prefix to reach this hit rate") };
    case StepKind::ResponseCache:
        return { tr("Repeated answers: stale for prompts whose answer should change") };
    case StepKind::Batch:
        return { tr("Same model and answers, delivered within 24 hours instead of at once") };
    case StepKind::CapInput:
        return { tr("Answers lose the context that is cut: check the prompt's evals before capping") };
    case StepKind::Lambda:
        return { tr("Same answers; billed duration held as it was (it may change with memory)") };
    }
    return {};
}

void WhatIfStepModel::setResult(const WhatIfResult& r)
{
    beginResetModel();
    m_rows.clear();
    for (std::size_t i = 0; i < r.steps.size(); ++i) {
        const StepResult& s = r.steps[i];
        m_rows.push_back({ tr("%1. %2").arg(i + 1).arg(stepText(s.step)), s.requestsAffected, s.baseline, s.scenario,
            riskLines(r, i), false });
    }
    if (!r.steps.empty())
        m_rows.push_back({ tr("Total"), r.requestsAffected, r.baseline, r.scenario, {}, true });
    endResetModel();
}

void WhatIfStepModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int WhatIfStepModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WhatIfStepModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WhatIfStepModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()) || index.column() >= ColumnCount)
        return {};
    const Row& r = m_rows[std::size_t(index.row())];
    const Nano saving = r.before - r.after;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Step:
            return r.step;
        case Requests:
            return formatCount(r.requests);
        case Before:
            return formatMoney(r.before);
        case After:
            return formatMoney(r.after);
        case Saving:
            return formatMoney(saving);
        case SavingPercent:
            return formatPercent(share(saving, r.before));
        case Risk:
            if (r.risk.size() > 1)
                return tr("%1 (and %n more prompts)", "", int(r.risk.size() - 1)).arg(r.risk.front());
            return r.risk.value(0);
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Step:
            return index.row();
        case Requests:
            return qlonglong(r.requests);
        case Before:
            return qlonglong(r.before);
        case After:
            return qlonglong(r.after);
        case Saving:
            return qlonglong(saving);
        case SavingPercent:
            return share(saving, r.before);
        case Risk:
            return r.risk.join(QLatin1Char('\n'));
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Risk && !r.risk.isEmpty())
            return r.risk.join(QLatin1Char('\n'));
        if (index.column() == Step)
            return r.step;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Step && index.column() != Risk)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && r.total) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant WhatIfStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Requests)
        return tr("Requests (or Lambda invocations) whose cost the step changed");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Step:
        return tr("Step");
    case Requests:
        return tr("Changed");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    case Saving:
        return tr("Saving");
    case SavingPercent:
        return tr("Saving %");
    case Risk:
        return tr("Quality risk");
    }
    return {};
}

} // namespace burnrate::ui
