#include "core/facts/fact.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Year, month, day; "-" for a part the text does not give.
const QRegularExpression &calendarDate()
{
    static const QRegularExpression date(u"^(\\d{4}|-)-(\\d{2})-(\\d{2}|--)$"_s);
    return date;
}

} // namespace

bool Fact::compatibleDates(const QString &x, const QString &y)
{
    const QRegularExpression &date = calendarDate();
    // A year alone against a date in that year: "in 2004" / "in January 2004".
    if (isYear(x) && date.match(y).hasMatch())
        return y.startsWith(x);
    if (isYear(y) && date.match(x).hasMatch())
        return x.startsWith(y);
    const QRegularExpressionMatch mx = date.match(x), my = date.match(y);
    if (!mx.hasMatch() || !my.hasMatch())
        return x == y;
    for (int part = 1; part <= 3; ++part) {
        const QString a = mx.captured(part), b = my.captured(part);
        if (!a.startsWith(u'-') && !b.startsWith(u'-') && a != b)
            return false;
    }
    return true;
}

bool Fact::isYear(const QString &value)
{
    return value.size() == 4 && std::all_of(value.begin(), value.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool Fact::isCalendarDate(const QString &value)
{
    return isYear(value) || calendarDate().match(value).hasMatch();
}
