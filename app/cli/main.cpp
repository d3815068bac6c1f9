// synoptic-cli: the headless front end. Runs with no display (QCoreApplication only).
#include "core/export/documentjson.h"
#include "core/import/documentloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

enum ExitCode { Ok = 0, Usage = 1, InputError = 2 };

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// Loads every path ("-" reads standard input). Errors go to stderr, naming the file.
bool loadAll(const QStringList &paths, const DocumentLoader &loader, std::vector<Document> *docs)
{
    bool ok = true;
    for (const QString &path : paths) {
        LoadResult r;
        if (path == u"-"_s) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly)) {
                err() << "-: cannot read standard input\n";
                ok = false;
                continue;
            }
            r = loader.loadData(in.read(loader.limits().maxFileBytes + 1), u"-"_s);
        } else {
            r = loader.load(path);
        }
        if (!r.ok()) {
            err() << "synoptic-cli: " << r.errorMessage() << '\n';
            ok = false;
            continue;
        }
        docs->push_back(std::move(*r.document));
    }
    err().flush();
    return ok;
}

int runSegment(const QStringList &args, const DocumentLoader &loader)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Print the title, paragraphs and sentences found in each file."_s);
    parser.addHelpOption();
    parser.addOption({u"json"_s, u"Print JSON: {\"documents\":[...]} with code point spans."_s});
    parser.addPositionalArgument(u"segment"_s, u"The segment command."_s);
    parser.addPositionalArgument(u"files"_s, u"Files to import; - reads standard input."_s, u"FILE..."_s);
    parser.process(args);
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty()) {
        err() << "synoptic-cli segment: no input files\n";
        return Usage;
    }
    std::vector<Document> docs;
    const bool ok = loadAll(files, loader, &docs);
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Document &d : docs)
            array.append(DocumentJson::toJson(d));
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{{u"documents"_s, array}}).toJson(QJsonDocument::Indented));
    } else {
        for (const Document &d : docs) {
            out() << "# " << d.title << "\n";
            out() << "path: " << d.path << "\nformat: " << d.format << "\nparagraphs: " << d.paragraphs.size()
                  << "\nsentences: " << d.sentences.size() << "\nwords: " << d.wordCount() << "\n\n";
            for (size_t pi = 0; pi < d.paragraphs.size(); ++pi) {
                const Paragraph &p = d.paragraphs[pi];
                out() << "[" << pi + 1 << (p.furniture ? ", furniture" : "") << "]\n";
                for (int si = p.firstSentence; si < p.firstSentence + p.sentenceCount; ++si)
                    out() << "  - " << d.slice(d.sentences[size_t(si)].span).toString() << "\n";
            }
            out() << "\n";
        }
    }
    out().flush();
    return ok ? Ok : InputError;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"synoptic-cli"_s);
    QCoreApplication::setOrganizationName(u"Synoptic"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SYNOPTIC_VERSION));

    const QStringList args = QCoreApplication::arguments();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Synoptic: compare versions of an article, sentence by sentence.\n\n"
        "Commands:\n"
        "  segment FILE... [--json]   show the paragraphs and sentences found in each file\n"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"max-size"_s, u"Refuse input files larger than this many MiB (default 64)."_s, u"MiB"_s});
    parser.addPositionalArgument(u"command"_s, u"segment"_s);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.parse(args);
    if (parser.isSet(u"version"_s))
        parser.showVersion();
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        if (parser.isSet(u"help"_s))
            parser.showHelp(Ok);
        err() << parser.helpText();
        return Usage;
    }

    ImportLimits limits;
    if (parser.isSet(u"max-size"_s)) {
        bool ok = false;
        const double mib = parser.value(u"max-size"_s).toDouble(&ok);
        if (!ok || mib <= 0) {
            err() << "synoptic-cli: --max-size takes a positive number of MiB\n";
            return Usage;
        }
        limits.maxFileBytes = qint64(mib * 1024 * 1024);
    }
    const DocumentLoader loader(limits);

    // Hand the command its own arguments (program name first, global options removed).
    QStringList commandArgs{args.first()};
    commandArgs += positional;
    const QString command = positional.first();
    if (command == u"segment"_s)
        return runSegment(commandArgs, loader);
    err() << "synoptic-cli: unknown command '" << command << "'\n" << parser.helpText();
    return Usage;
}
