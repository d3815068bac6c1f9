#include "core/pipeline/linkargument.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <limits>

using namespace Qt::StringLiterals;

std::optional<LinkConstraint> LinkArgument::parse(const QString &value, bool linked, QString *error)
{
    static const QRegularExpression form(uR"(^\s*(\d+):(\d+)-(\d+)\s*,\s*(\d+):(\d+)-(\d+)\s*$)"_s);
    const QRegularExpressionMatch m = form.match(value);
    const QString option = linked ? u"--link"_s : u"--unlink"_s;
    if (!m.hasMatch()) {
        *error = QCoreApplication::translate("LinkArgument", "%1 %2: write two passages as N:START-END,M:START-END "
                                                             "(article numbers from 1, code points)")
                     .arg(option, value);
        return std::nullopt;
    }
    LinkConstraint c;
    c.linked = linked;
    bool ok = true;
    const auto number = [&](int group) {
        bool fits = false;
        const qint64 n = m.captured(group).toLongLong(&fits);
        ok = ok && fits;
        return n;
    };
    for (int side = 0; side < 2; ++side) {
        const qint64 article = number(1 + 3 * side);
        ok = ok && article >= 1 && article <= std::numeric_limits<int>::max();
        c.ends[size_t(side)] = {int(article - 1), number(2 + 3 * side), number(3 + 3 * side)};
    }
    if (!ok) {
        *error = QCoreApplication::translate("LinkArgument", "%1 %2: a number is out of range (articles are counted from 1)").arg(option, value);
        return std::nullopt;
    }
    return c;
}
