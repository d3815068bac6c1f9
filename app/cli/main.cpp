// synoptic-cli: the headless front end. Runs with no display: QCoreApplication, or for --pdf a
// QGuiApplication on the offscreen platform.
#include "core/align/aligner.h"
#include "core/export/documentjson.h"
#include "core/export/jsonwriter.h"
#include "core/import/documentloader.h"
#include "core/import/pluginlibrary.h"
#include "core/model/version.h"
#include "core/pipeline/comparisonpipeline.h"
#include "core/pipeline/exporter.h"
#include "core/pipeline/linkargument.h"
#include "core/pipeline/memorybudget.h"
#include "terminalprogress.h"
#include "core/pipeline/outputwriter.h"
#include "core/pipeline/referenceargument.h"
#include "core/present/noteplacer.h"
#include "core/present/presentedcomparison.h"
#include "core/present/rowfolding.h"
#include "core/session/sessionfile.h"
#include "core/session/sessionloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QTimeZone>

#include <cstdio>
#include <cstring>
#include <memory>
#include <new>
#include <optional>
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

// Loads every path at once ("-" reads standard input). Errors go to stderr, naming the file.
bool loadAll(const QStringList &paths, const DocumentLoader &loader, std::vector<Document> *docs)
{
    if (paths.count(u"-"_s) > 1) {
        err() << "synoptic-cli: standard input (-) can be given only once\n";
        err().flush();
        return false;
    }
    TerminalProgress progress(stderr);
    ComparisonPipeline::Loaded loaded =
        ComparisonPipeline::load(paths, loader, [&progress](const QString &path, int done, int total) {
            progress.pages(path, done, total);
        });
    progress.finish();
    for (const Failure &f : loaded.failures)
        err() << "synoptic-cli: " << f.message() << '\n';
    err().flush();
    *docs = std::move(loaded.documents);
    return loaded.failures.empty();
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
        QByteArray bytes;
        JsonWriter json(bytes, JsonWriter::Style::Indented);
        json.beginObject();
        json.key(u"documents");
        json.beginArray();
        for (const Document &d : docs)
            DocumentJson::write(json, d);
        json.endArray();
        json.endObject();
        out() << QString::fromUtf8(bytes);
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

// Reports a failed write by name and reason; true when there was none.
bool reported(const std::optional<Failure> &failure)
{
    if (!failure)
        return true;
    err() << "synoptic-cli: cannot write " << failure->message() << '\n';
    err().flush();
    return false;
}

void printSummary(const Comparison &c)
{
    QTextStream &o = out();
    for (size_t d = 0; d < c.documents.size(); ++d) {
        const DocumentStats &s = c.stats[d];
        o << "[" << d << "] " << c.documents[d].title << " (" << c.documents[d].path << ")\n";
        o << "    " << s.words << " words: " << qRound(s.share(s.matchingWords) * 100) << "% matching, "
          << qRound(s.share(s.divergentWords) * 100) << "% divergent, " << qRound(s.share(s.uniqueWords) * 100)
          << "% unique\n";
    }
    if (!c.notice.isEmpty())
        o << "note: " << c.notice << "\n";
    o << "\n";
    for (const Link &l : c.links) {
        const QString kind = l.moved ? u"moved"_s : nameOf(l.kind);
        const LinkEnd &a = l.ends[0], &b = l.ends[1];
        o << kind << " [" << a.doc << "<->" << b.doc << "] " << QString::number(l.similarity, 'f', 2)
          << (l.manual ? " manual" : "") << "\n";
        o << "  a: " << c.documents[size_t(a.doc)].slice(a.span).toString() << "\n";
        o << "  b: " << c.documents[size_t(b.doc)].slice(b.span).toString() << "\n";
        for (const FactChange &f : l.facts) {
            o << "  ! " << nameOf(f.kind) << ": \"" << c.documents[size_t(a.doc)].slice(f.spans[0]).toString() << "\" -> \""
              << c.documents[size_t(b.doc)].slice(f.spans[1]).toString() << "\"\n";
        }
    }
    for (const UniquePassage &u : c.unique)
        o << "unique [" << u.doc << "] " << c.documents[size_t(u.doc)].slice(u.span).toString() << "\n";
    o.flush();
}

// The alignment options the command line asks for, over `base` (a session's, or the defaults): only
// the options given change it. Nothing, after a message, when one is wrong.
std::optional<AlignOptions> alignOptions(const QCommandLineParser &parser, AlignOptions options)
{
    if (parser.isSet(u"granularity"_s)) {
        const QString unit = parser.value(u"granularity"_s);
        if (unit == u"paragraph"_s)
            options.granularity = Granularity::Paragraph;
        else if (unit == u"sentence"_s)
            options.granularity = Granularity::Sentence;
        else {
            err() << "synoptic-cli compare: --granularity takes 'sentence' or 'paragraph'\n";
            return std::nullopt;
        }
    }
    // A similarity option: a number in (0, 1], or false after a message.
    const auto similarity = [&parser](const QString &name, double &field) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const double value = parser.value(name).toDouble(&ok);
        if (!ok || value <= 0 || value > 1) {
            err() << "synoptic-cli compare: --" << name << " takes a number in (0, 1]\n";
            return false;
        }
        field = value;
        return true;
    };
    if (!similarity(u"threshold"_s, options.divergentThreshold)
        || !similarity(u"related-threshold"_s, options.relatedThreshold))
        return std::nullopt;
    const auto apply = [&parser](const QString &name, bool &field, bool value) {
        if (parser.isSet(name))
            field = value;
    };
    apply(u"match-case"_s, options.ignoreCase, false);
    apply(u"ignore-punctuation"_s, options.ignorePunctuation, true);
    apply(u"ignore-digits"_s, options.ignoreDigits, true);
    apply(u"ignore-diacritics"_s, options.ignoreDiacritics, true);
    apply(u"keep-furniture"_s, options.ignoreFurniture, false);
    apply(u"related"_s, options.relatedLinks, true);
    apply(u"related-threshold"_s, options.relatedLinks, true);
    return options;
}

// One article of a session: from its file when that holds the very bytes compared, else from the
// copy the session embeds (said on stderr); nothing, after a message naming the file, otherwise.
std::optional<Document> loadArticle(const SessionLoader &loader, const SessionArticle &article, const QString &sessionPath)
{
    ArticleLoad load = article.path.isEmpty() ? loader.loadEmbedded(article) : loader.loadFile(article, sessionPath);
    if (load.ok())
        return std::move(load.document);
    if (article.embedded && load.state != ArticleLoad::State::Failed) {
        err() << "synoptic-cli: warning: " << load.failure.message() << "; using the copy embedded in "
              << sessionPath << '\n';
        load = loader.loadEmbedded(article);
        if (load.ok())
            return std::move(load.document);
    }
    err() << "synoptic-cli: " << load.failure.message() << " (an article of " << sessionPath << ")\n";
    return std::nullopt;
}

// --session FILE: its articles in column order, its options, manual links included (each
// one's origin, for messages, appended to `origins`), and its notes. False after a message.
bool loadSession(const QString &path, const DocumentLoader &loader, std::vector<Document> *docs, AlignOptions *options,
                 QStringList *origins, std::vector<ComparisonNote> *notes)
{
    const SessionReadResult read = SessionFile::read(path);
    if (!read.ok()) {
        err() << "synoptic-cli: " << read.failure.message() << '\n';
        return false;
    }
    const SessionLoader sessionLoader(loader);
    bool ok = true;
    for (const int index : read.session->columnOrder) {
        std::optional<Document> document = loadArticle(sessionLoader, read.session->articles[size_t(index)], path);
        if (document)
            docs->push_back(std::move(*document));
        ok = ok && document.has_value();
    }
    *options = read.session->alignOptions();
    *notes = read.session->comparisonNotes();
    for (size_t k = 0; k < options->manualLinks.size(); ++k)
        origins->append(u"%1: manual link %2"_s.arg(path).arg(k + 1));
    err().flush();
    return ok;
}

// --link and --unlink, after the session's links; false after a message when one is malformed.
bool addManualLinks(const QCommandLineParser &parser, AlignOptions &options, QStringList *origins)
{
    for (const bool linked : {true, false}) {
        const QString option = linked ? u"link"_s : u"unlink"_s;
        for (const QString &value : parser.values(option)) {
            QString problem;
            const std::optional<LinkConstraint> c = LinkArgument::parse(value, linked, &problem);
            if (!c) {
                err() << "synoptic-cli compare: " << problem << '\n';
                return false;
            }
            options.manualLinks.push_back(*c);
            origins->append(u"--%1 %2"_s.arg(option, value));
        }
    }
    return true;
}

// Manual links the engine could not honour fail the run: a correction silently dropped would
// make a report that looks corrected and is not. One line each, naming where the link came from
// (the session file and the link's number, or the option) and why. False when there were any.
bool allLinksHonoured(const Comparison &c, const QStringList &origins)
{
    for (const RejectedConstraint &r : c.rejectedLinks)
        err() << "synoptic-cli: " << origins.value(r.index) << ": " << r.reason << '\n';
    err().flush();
    return c.rejectedLinks.empty();
}

// A note whose passage is not in the text (a session edited by hand, or by another program) is
// still exported, listed with why; a warning says so, since nothing marks it beside the text.
void warnUnplacedNotes(const Comparison &c, const std::vector<ComparisonNote> &notes, const QString &sessionPath)
{
    const std::vector<NotePlacement> placed = NotePlacer(c).place(notes);
    for (size_t k = 0; k < placed.size(); ++k) {
        if (!placed[k].problem.isEmpty())
            err() << "synoptic-cli: warning: " << sessionPath << ": note " << k + 1 << ": " << placed[k].problem << '\n';
    }
    err().flush();
}

// --language CODE reads every article as CODE, --language FILE=CODE one of them (FILE as given,
// or with --session as the session names it). They are options, not changes to the documents,
// so a saved session keeps them; false after a message when FILE is not one of those compared.
bool applyLanguages(const QCommandLineParser &parser, const QStringList &compared, AlignOptions &options)
{
    for (const QString &value : parser.values(u"language"_s)) {
        const qsizetype eq = value.lastIndexOf(u'=');
        if (eq < 0) {
            options.language = value;
            continue;
        }
        const QString file = value.left(eq);
        const qsizetype index = compared.indexOf(file);
        if (index < 0) {
            err() << "synoptic-cli compare: --language " << value << ": " << file << " is not one of the files compared\n";
            return false;
        }
        if (options.languages.size() < size_t(compared.size()))
            options.languages.resize(size_t(compared.size()));
        options.languages[size_t(index)] = value.mid(eq + 1);
    }
    return true;
}

// --html, --pdf or --redline: the exports that need the highlight or redline plan.
bool isExporting(const QCommandLineParser &parser)
{
    return parser.isSet(u"html"_s) || parser.isSet(u"pdf"_s) || parser.isSet(u"redline"_s);
}

// A PDF export: the row it is on, on a terminal, and stopped past `milliseconds`
// (--pdf-time-limit, which bounds reading a PDF too) with a message that says so.
bool exportPdf(const QString &path, const PresentedComparison &comparison, ExportOptions options, qint64 milliseconds)
{
    TerminalProgress progress(stderr);
    QElapsedTimer clock;
    clock.start();
    bool overTime = false;
    options.progress = [&](int done, int total) {
        progress.rows(path, done, total);
        overTime = clock.elapsed() > milliseconds;
        return !overTime;
    };
    const std::optional<Failure> failure = Exporter::exportTo(path, ExportFormat::Pdf, comparison, options);
    progress.finish();
    if (overTime) {
        err() << "synoptic-cli: cannot write " << path << ": laying out the PDF took longer than "
              << double(milliseconds) / 1000.0 << " s (--pdf-time-limit SECONDS allows more)\n";
        err().flush();
        return false;
    }
    return reported(failure);
}

// Writes the JSON report and the exports asked for; false when one of them failed.
// `pdfMilliseconds`: the longest a PDF export may take.
bool writeReports(const QCommandLineParser &parser, const PresentedComparison &comparison,
                  const std::vector<ComparisonNote> &notes, qint64 pdfMilliseconds)
{
    const bool exporting = isExporting(parser);
    bool ok = true;
    out().flush(); // the report may go to standard output after the summary's stream
    ExportOptions exportOptions;
    exportOptions.indentedJson = parser.isSet(u"pretty"_s);
    exportOptions.notes = notes;
    if (parser.isSet(u"json"_s))
        ok = reported(Exporter::exportTo(parser.value(u"json"_s), ExportFormat::Json, comparison, exportOptions)) && ok;
    if (exporting) {
        exportOptions.differencesOnly = parser.isSet(u"differences-only"_s);
        if (parser.isSet(u"context"_s))
            exportOptions.context = parser.value(u"context"_s).toInt(); // checked by checkCompareUsage
        exportOptions.title = parser.value(u"title"_s);
        // SOURCE_DATE_EPOCH (reproducible-builds.org) pins the date so exports can be compared.
        bool pinned = false;
        const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&pinned);
        exportOptions.exportedAt = pinned ? QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::utc())
                                          : QDateTime::currentDateTime();
        for (const auto &[option, format] : {std::pair{u"html"_s, ExportFormat::Html}, std::pair{u"redline"_s, ExportFormat::Redline}}) {
            if (parser.isSet(option))
                ok = reported(Exporter::exportTo(parser.value(option), format, comparison, exportOptions)) && ok;
        }
        if (parser.isSet(u"pdf"_s))
            ok = exportPdf(parser.value(u"pdf"_s), comparison, exportOptions, pdfMilliseconds) && ok;
    }
    return ok;
}

void addCompareOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(u"Align two or more articles and report matching, divergent and unique passages."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"json"_s, u"Write the JSON report to FILE (- for standard output), compact."_s, u"FILE"_s},
        {u"pretty"_s, u"Indent the --json report for reading."_s},
        {u"granularity"_s, u"Align by 'sentence' (default) or 'paragraph'."_s, u"UNIT"_s},
        {u"threshold"_s, u"Least similarity (0-1) for a divergent link (default 0.38)."_s, u"X"_s},
        {u"match-case"_s, u"Do not fold case when comparing."_s},
        {u"ignore-punctuation"_s, u"Ignore punctuation when comparing."_s},
        {u"ignore-digits"_s, u"Treat all digits as equal."_s},
        {u"ignore-diacritics"_s, u"Fold diacritics (café = cafe)."_s},
        {u"keep-furniture"_s, u"Align page furniture (\"Top News\", \"READ MORE\") too."_s},
        {u"related"_s,
         u"Also link passages otherwise unique that tell of the same thing with different claims (kind "
         "\"related\" in --json; not edits, so scorers that count every link should leave them out)."_s},
        {u"related-threshold"_s, u"Least similarity (0-1) for a related link (default 0.25); implies --related."_s, u"X"_s},
        {u"language"_s,
         u"Read every article as language CODE (BCP-47: pt, en, de...) instead of the identified one; "
         "FILE=CODE sets one article's. Repeatable."_s,
         u"CODE"_s},
        {u"base"_s,
         u"The reference article the others are compared with: one of the FILEs, or its number N counted from 1 "
         "(default: the article most similar to all the others)."_s,
         u"FILE|N"_s},
        {u"html"_s, u"Write the comparison as one self-contained HTML file (- for standard output)."_s, u"FILE"_s},
        {u"pdf"_s, u"Write the comparison as a PDF, A4 landscape (- for standard output)."_s, u"FILE"_s},
        {u"redline"_s,
         u"Write a redline as one self-contained HTML file (- for standard output): the reference article's text "
         "with the other's insertions and deletions marked inline; with more than two articles, one section per "
         "other article, each against the reference."_s,
         u"FILE"_s},
        {u"differences-only"_s, u"In --html and --pdf, fold runs of identical passages."_s},
        {u"context"_s, u"With --differences-only, keep N identical passages (0-3, default 1) unfolded beside each difference."_s,
         u"N"_s},
        {u"title"_s, u"Heading of the --html, --pdf and --redline exports (default: the article titles)."_s, u"TEXT"_s},
        {u"session"_s,
         u"Compare the articles of a saved comparison (.synoptic) with its options, instead of files. An article "
         "whose file changed or is missing fails, unless the session embeds its text (then that is used, with a "
         "warning). Options given here override the session's. Its notes go into --json, --html and --redline."_s,
         u"FILE"_s},
        {u"link"_s,
         u"Link two passages whatever the engine finds: N:START-END,M:START-END, article N's code points "
         "[START, END) with article M's (articles counted from 1 in the order compared). The sentences they "
         "overlap are linked to each other and to nothing else in that pair of articles; the rest is aligned "
         "around them. A link that cannot be honoured (outside the text, contradicting another) fails the run. "
         "Repeatable; added to a session's links."_s,
         u"LINK"_s},
        {u"unlink"_s, u"Never link these two passages (same form as --link). Repeatable."_s, u"LINK"_s},
        {u"save-session"_s, u"Save the comparison (articles, order, options, manual links, a --session's notes) as a .synoptic file."_s,
         u"FILE"_s},
        {u"embed-text"_s, u"In --save-session, embed each article's content so the session travels."_s},
    });
    parser.addPositionalArgument(u"compare"_s, u"The compare command."_s);
    parser.addPositionalArgument(u"files"_s, u"Two or more files; - reads standard input."_s, u"A B [C...]"_s);
}

// Whether `value` is a whole number of context rows --context accepts.
bool isContext(const QString &value)
{
    bool ok = false;
    const int rows = value.toInt(&ok);
    return ok && rows >= 0 && rows <= RowFolding::kMaxContext;
}

// Option combinations that make no sense; false after a message.
bool checkCompareUsage(const QCommandLineParser &parser, const QStringList &files)
{
    const bool exporting = isExporting(parser);
    const char *problem = nullptr;
    if (parser.isSet(u"session"_s) && !files.isEmpty())
        problem = "--session takes the place of the files";
    else if (!parser.isSet(u"session"_s) && files.size() < 2)
        problem = "needs at least two files";
    else if (parser.isSet(u"pretty"_s) && !parser.isSet(u"json"_s))
        problem = "--pretty goes with --json";
    else if (!exporting && (parser.isSet(u"differences-only"_s) || parser.isSet(u"title"_s)))
        problem = "--differences-only and --title go with --html, --pdf or --redline";
    else if (parser.isSet(u"context"_s) && !parser.isSet(u"differences-only"_s))
        problem = "--context goes with --differences-only";
    else if (parser.isSet(u"context"_s) && !isContext(parser.value(u"context"_s)))
        problem = "--context takes a number of rows from 0 to 3";
    else if (parser.isSet(u"embed-text"_s) && !parser.isSet(u"save-session"_s))
        problem = "--embed-text goes with --save-session";
    if (problem)
        err() << "synoptic-cli compare: " << problem << "\n";
    return problem == nullptr;
}

int runCompare(const QStringList &args, const DocumentLoader &loader, qint64 memoryLimit)
{
    QCommandLineParser parser;
    addCompareOptions(parser);
    parser.process(args);
    const QStringList files = parser.positionalArguments().mid(1);
    if (!checkCompareUsage(parser, files))
        return Usage;

    std::vector<Document> docs;
    AlignOptions base;
    QStringList origins; // of each manual link, for messages
    std::vector<ComparisonNote> notes;
    if (parser.isSet(u"session"_s) ? !loadSession(parser.value(u"session"_s), loader, &docs, &base, &origins, &notes)
                                   : !loadAll(files, loader, &docs))
        return InputError;
    std::optional<AlignOptions> options = alignOptions(parser, base);
    if (!options || !addManualLinks(parser, *options, &origins))
        return Usage;
    // With --session the articles are the session's, in its column order.
    QStringList compared = files;
    if (compared.isEmpty()) {
        for (const Document &d : docs)
            compared << d.path;
    }
    if (!applyLanguages(parser, compared, *options))
        return Usage;
    if (parser.isSet(u"base"_s)) {
        QString problem;
        const std::optional<int> reference = ReferenceArgument::resolve(parser.value(u"base"_s), compared, &problem);
        if (!reference) {
            err() << "synoptic-cli compare: " << problem << '\n';
            return Usage;
        }
        options->reference = *reference;
    }
    const bool exporting = isExporting(parser);
    const bool saving = parser.isSet(u"save-session"_s);
    // The bytes a document was imported from serve only a saved session (its checksum and
    // embedded copy); holding them through the alignment would cost the input's size again.
    if (!saving) {
        for (Document &d : docs)
            d.source = QByteArray();
    }
    // Saving alone needs no alignment, unless there are manual links to check first.
    std::optional<Comparison> aligned;
    if (!saving || parser.isSet(u"json"_s) || exporting || !options->manualLinks.empty()) {
        if (const std::optional<QString> tooLarge = MemoryBudget::check(docs, memoryLimit)) {
            err() << "synoptic-cli: " << *tooLarge << " (--memory-limit)\n";
            return InputError;
        }
        aligned = Aligner::align(saving ? docs : std::move(docs), *options);
        if (!aligned)
            return InputError;
        if (!allLinksHonoured(*aligned, origins))
            return InputError;
        warnUnplacedNotes(*aligned, notes, parser.value(u"session"_s));
    }
    if (saving) {
        const Session session = SessionLoader::describe(docs, *options, parser.isSet(u"embed-text"_s), notes);
        if (!reported(SessionFile::write(session, parser.value(u"save-session"_s))))
            return InputError;
        if (!parser.isSet(u"json"_s) && !exporting)
            return Ok;
    }
    // The highlight plan is built only if an HTML or PDF export asks for it.
    const PresentedComparison presented(std::move(*aligned));
    const bool ok = writeReports(parser, presented, notes, loader.limits().maxPdfMilliseconds);
    if (!parser.isSet(u"json"_s) && !exporting)
        printSummary(presented.comparison());
    return ok ? Ok : InputError;
}

bool wantsPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0)
            return true;
    }
    return false;
}

// The application object. --pdf lays text out with Qt Gui, which needs a QGuiApplication and so a
// platform plugin: the offscreen one unless the user chose another, so the CLI still runs with no
// display. Qt Gui comes with the PDF module, so only a run that writes a PDF loads it. Null, after
// a message, when the module is missing.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char *argv[])
{
    if (!wantsPdf(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QString error;
    using CreateApplication = QCoreApplication *(*)(int *, char **);
    using RendererOf = Exporter::Renderer (*)();
    const auto create = reinterpret_cast<CreateApplication>(
        PluginLibrary::resolve(u"synoptic-pdfexport"_s, "synoptic_pdf_application", &error));
    const auto renderer = reinterpret_cast<RendererOf>(
        create ? PluginLibrary::resolve(u"synoptic-pdfexport"_s, "synoptic_pdf_renderer", &error) : nullptr);
    if (!create || !renderer) {
        std::fprintf(stderr, "synoptic-cli: PDF export is not available: %s\n", qPrintable(error));
        return nullptr;
    }
    std::unique_ptr<QCoreApplication> app(create(&argc, argv));
    Exporter::registerRenderer(ExportFormat::Pdf, renderer());
    return app;
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv);
    if (!app)
        return InputError;
    QCoreApplication::setApplicationName(u"synoptic-cli"_s);
    QCoreApplication::setOrganizationName(u"Synoptic"_s);
    QCoreApplication::setApplicationVersion(synopticVersion());

    const QStringList args = QCoreApplication::arguments();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Synoptic: compare versions of an article, sentence by sentence.\n\n"
        "Commands:\n"
        "  segment FILE... [--json]            show the paragraphs and sentences found in each file\n"
        "  compare A B [C...] [--json OUT]     align the articles; see 'compare --help'\n"
        "  compare --session S.synoptic ...    align the articles of a saved comparison\n"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({u"max-size"_s, u"Refuse input files larger than this many MiB (default 64)."_s, u"MiB"_s});
    parser.addOption({u"memory-limit"_s, u"Refuse comparisons estimated to need more than this many MiB (default: half the memory there is)."_s, u"MiB"_s});
    parser.addOption({u"pdf-time-limit"_s, u"Stop reading a PDF, or laying out a PDF export, after this many seconds (default 60)."_s, u"SECONDS"_s});
    parser.addPositionalArgument(u"command"_s, u"segment or compare"_s);
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

    // A global option's number: -1 when it is not given; nullopt (and a message) when it is not
    // a number, is negative, or is zero where zero makes no sense.
    const auto number = [&parser](const QString &name, bool zeroAllowed, const char *what) -> std::optional<double> {
        if (!parser.isSet(name))
            return -1.0;
        bool ok = false;
        const double value = parser.value(name).toDouble(&ok);
        if (!ok || value < 0 || (value == 0 && !zeroAllowed)) {
            err() << "synoptic-cli: --" << name << " takes " << what << '\n';
            return std::nullopt;
        }
        return value;
    };
    const std::optional<double> maxSize = number(u"max-size"_s, false, "a positive number of MiB");
    const std::optional<double> pdfSeconds = number(u"pdf-time-limit"_s, true, "a number of seconds");
    const std::optional<double> memoryMiB = number(u"memory-limit"_s, false, "a positive number of MiB");
    if (!maxSize || !pdfSeconds || !memoryMiB)
        return Usage;
    ImportLimits limits;
    if (*maxSize >= 0)
        limits.maxFileBytes = qint64(*maxSize * 1024 * 1024);
    if (*pdfSeconds >= 0)
        limits.maxPdfMilliseconds = qint64(*pdfSeconds * 1000);
    const qint64 memoryLimit = *memoryMiB >= 0 ? qint64(*memoryMiB * 1024 * 1024) : 0;
    const DocumentLoader loader(limits);

    // Hand the command its own arguments (program name first, global options removed).
    QStringList commandArgs{args.first()};
    commandArgs += positional;
    const QString &command = positional.first();
    if (command != u"segment"_s && command != u"compare"_s) {
        err() << "synoptic-cli: unknown command '" << command << "'\n" << parser.helpText();
        return Usage;
    }
    try {
        return command == u"segment"_s ? runSegment(commandArgs, loader) : runCompare(commandArgs, loader, memoryLimit);
    } catch (const std::bad_alloc &) {
        // The pipeline's boundary: running out of memory is a message and status 2, not an abort.
        // Plain stdio, because formatting a message may itself need memory there isn't.
        std::fputs("synoptic-cli: out of memory: the inputs are too large for the memory available here "
                   "(try --granularity paragraph, or smaller files)\n",
                   stderr);
        return InputError;
    }
}
