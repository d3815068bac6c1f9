#include "core/import/pluginlibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>

#include <mutex>

using namespace Qt::StringLiterals;

namespace {

QStringList searchFolders()
{
    QStringList folders;
    const QString fromEnvironment = qEnvironmentVariable("SYNOPTIC_PLUGIN_PATH");
    if (!fromEnvironment.isEmpty())
        folders << fromEnvironment.split(u':', Qt::SkipEmptyParts);
    // /proc/self/exe rather than QCoreApplication::applicationDirPath(): the CLI loads the PDF
    // export module to create its application object.
    const QString program = QFileInfo(u"/proc/self/exe"_s).canonicalFilePath();
    if (!program.isEmpty())
        folders << QFileInfo(program).dir().filePath(u"../" SYNOPTIC_INSTALLED_PLUGIN_DIR ""_s);
    folders << QStringLiteral(SYNOPTIC_BUILD_PLUGIN_DIR);
    return folders;
}

} // namespace

void *PluginLibrary::resolve(const QString &name, const char *symbol, QString *error)
{
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    QStringList tried;
    for (const QString &folder : searchFolders()) {
        const QString file = QDir(folder).filePath(name + u".so"_s);
        if (!QFileInfo::exists(file))
            continue;
        QLibrary library(file);
        if (!library.load()) {
            tried << library.errorString();
            continue;
        }
        if (QFunctionPointer f = library.resolve(symbol))
            return reinterpret_cast<void *>(f);
        // A module from another build of Synoptic.
        tried << QCoreApplication::translate("PluginLibrary", "%1 does not provide %2")
                     .arg(file, QString::fromLatin1(symbol));
    }
    *error = tried.isEmpty()
                 ? QCoreApplication::translate("PluginLibrary", "the module %1 is not installed").arg(name)
                 : tried.join(u"; "_s);
    return nullptr;
}
