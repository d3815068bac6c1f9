#include "core/pipeline/referenceargument.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

// The file `value` names among `files`: -1 for none, -2 when its bare name is ambiguous.
int fileIndex(const QString &value, const QStringList &files)
{
    const qsizetype exact = files.indexOf(value);
    if (exact >= 0)
        return int(exact);
    const QFileInfo given(value);
    if (given.exists()) {
        for (qsizetype i = 0; i < files.size(); ++i) {
            const QFileInfo file(files[i]);
            if (file.exists() && file.canonicalFilePath() == given.canonicalFilePath())
                return int(i);
        }
    }
    int found = -1;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (QFileInfo(files[i]).fileName() == value)
            found = found == -1 ? int(i) : -2;
    }
    return found;
}

} // namespace

std::optional<int> ReferenceArgument::resolve(const QString &value, const QStringList &files, QString *error)
{
    const int file = fileIndex(value, files);
    if (file >= 0)
        return file;
    const auto fail = [&](const QString &why) {
        if (error)
            *error = u"--base %1: %2"_s.arg(value, why);
        return std::nullopt;
    };
    if (file == -2)
        return fail(u"more than one of the files compared has that name; give its path or its number"_s);
    bool isNumber = false;
    const int number = value.toInt(&isNumber);
    if (!isNumber)
        return fail(u"not one of the files compared, nor an article number (1 to %1)"_s.arg(files.size()));
    if (number < 1)
        return fail(u"articles are numbered from 1 to %1"_s.arg(files.size()));
    if (number > files.size())
        return fail(u"there are only %1 articles; give a number from 1 to %1 or one of the files"_s.arg(files.size()));
    return number - 1;
}
