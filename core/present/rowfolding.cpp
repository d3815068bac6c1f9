#include "core/present/rowfolding.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

// A row folds when identical; it is furniture when every passage in it is page furniture.
bool isFurniture(const RowPlan &row)
{
    return std::all_of(row.cells.begin(), row.cells.end(), [](const CellPlan &cell) {
        return cell.units.isEmpty() || cell.status == UnitStatus::Furniture;
    });
}

// "%n" with the English singular and plural chosen here, so the text is right without a
// translation loaded; a translation still gets `n` for its own plural forms.
QString counted(const char *one, const char *many, int n)
{
    return QCoreApplication::translate("RowFolding", n == 1 ? one : many, nullptr, n);
}

} // namespace

std::vector<RowRun> RowFolding::runs(const HighlightPlan &plan, bool differencesOnly, int context)
{
    const int n = int(plan.rows.size());
    const int keep = std::clamp(context, 0, kMaxContext);
    std::vector<bool> folded(size_t(n), false);
    if (differencesOnly) {
        for (int i = 0; i < n;) {
            if (!plan.rows[size_t(i)].identical) {
                ++i;
                continue;
            }
            int j = i;
            while (j < n && plan.rows[size_t(j)].identical)
                ++j;
            // `keep` identical rows of context stay next to each difference.
            const int from = i > 0 ? i + keep : i;
            const int to = j < n ? j - keep : j;
            for (int k = from; k < to; ++k)
                folded[size_t(k)] = true;
            i = j;
        }
    }
    std::vector<RowRun> out;
    for (int i = 0; i < n; ++i) {
        if (out.empty() || out.back().folded != folded[size_t(i)])
            out.push_back({i, 0, folded[size_t(i)]});
        ++out.back().count;
    }
    return out;
}

QString RowFolding::label(const HighlightPlan &plan, const RowRun &run)
{
    int furniture = 0;
    for (int r = run.first; r < run.first + run.count; ++r)
        furniture += isFurniture(plan.rows[size_t(r)]) ? 1 : 0;
    const int identical = run.count - furniture;
    const QString same = counted(QT_TRANSLATE_NOOP("RowFolding", "%n identical passage"),
                                 QT_TRANSLATE_NOOP("RowFolding", "%n identical passages"), identical);
    const QString page = counted(QT_TRANSLATE_NOOP("RowFolding", "%n passage of page furniture"),
                                 QT_TRANSLATE_NOOP("RowFolding", "%n passages of page furniture"), furniture);
    if (furniture == 0)
        return same;
    if (identical == 0)
        return page;
    return QCoreApplication::translate("RowFolding", "%1 and %2").arg(same, page);
}
