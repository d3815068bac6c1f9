#include "core/session/sessionfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

const QString FormatName = u"synoptic-session"_s;
// A note is a paragraph or a page, not a book; far longer ones are a damaged or hostile file.
constexpr qsizetype MaxNoteLength = 100000;

// A class, not a helper function, so that lupdate finds the context of the free functions' texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionFile)
};

// What is wrong with the file; thrown inside this file only, caught by SessionFile::parse.
struct Invalid
{
    QString reason;
};

[[noreturn]] void fail(const QString &reason)
{
    throw Invalid{reason};
}

QJsonValue member(const QJsonObject &o, const QString &key, const QString &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        fail(Tr::tr("%1 has no \"%2\"").arg(where, key));
    return v;
}

QString text(const QJsonObject &o, const QString &key, const QString &where)
{
    const QJsonValue v = member(o, key, where);
    if (!v.isString())
        fail(Tr::tr("\"%2\" of %1 is not a string").arg(where, key));
    return v.toString();
}

qint64 integer(const QJsonValue &v, const QString &what, qint64 least, qint64 most)
{
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::floor(d) != d || d < double(least) || d > double(most))
        fail(Tr::tr("%1 is not a whole number from %2 to %3").arg(what).arg(least).arg(most));
    return qint64(d);
}

bool boolean(const QJsonObject &o, const QString &key, const QString &where, bool fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool())
        fail(Tr::tr("\"%2\" of %1 is not true or false").arg(where, key));
    return v.toBool();
}

QJsonArray array(const QJsonObject &o, const QString &key, const QString &where)
{
    const QJsonValue v = member(o, key, where);
    if (!v.isArray())
        fail(Tr::tr("\"%2\" of %1 is not an array").arg(where, key));
    return v.toArray();
}

QJsonObject object(const QJsonValue &v, const QString &what)
{
    if (!v.isObject())
        fail(Tr::tr("%1 is not an object").arg(what));
    return v.toObject();
}

QJsonObject writeOptions(const AlignOptions &o)
{
    QJsonObject json{{u"granularity"_s, o.granularity == Granularity::Paragraph ? u"paragraph"_s : u"sentence"_s},
            {u"divergentThreshold"_s, o.divergentThreshold},
            {u"ignoreCase"_s, o.ignoreCase},
            {u"ignorePunctuation"_s, o.ignorePunctuation},
            {u"ignoreDigits"_s, o.ignoreDigits},
            {u"ignoreDiacritics"_s, o.ignoreDiacritics},
            {u"language"_s, o.language},
            {u"ignoreFurniture"_s, o.ignoreFurniture},
            {u"maxUnitsPerDocument"_s, o.maxUnitsPerDocument}};
    // Only when on: a session saved without related links reads as sessions always have.
    if (o.relatedLinks)
        json.insert(u"relatedLinks"_s, true);
    return json;
}

// Every option may be left out (it takes its default); one that is present must be valid.
AlignOptions readOptions(const QJsonObject &root)
{
    AlignOptions o;
    const QString where = u"\"options\""_s;
    const QJsonObject json = object(member(root, u"options"_s, Tr::tr("the file")), where);
    if (json.contains(u"granularity"_s)) {
        const QString unit = text(json, u"granularity"_s, where);
        if (unit != u"sentence"_s && unit != u"paragraph"_s)
            fail(Tr::tr("\"granularity\" is \"%1\", not \"sentence\" or \"paragraph\"").arg(unit));
        o.granularity = unit == u"paragraph"_s ? Granularity::Paragraph : Granularity::Sentence;
    }
    if (json.contains(u"divergentThreshold"_s)) {
        const QJsonValue v = json.value(u"divergentThreshold"_s);
        if (!v.isDouble() || v.toDouble() <= 0 || v.toDouble() > 1)
            fail(Tr::tr("\"divergentThreshold\" is not a number in (0, 1]"));
        o.divergentThreshold = v.toDouble();
    }
    o.ignoreCase = boolean(json, u"ignoreCase"_s, where, o.ignoreCase);
    o.ignorePunctuation = boolean(json, u"ignorePunctuation"_s, where, o.ignorePunctuation);
    o.ignoreDigits = boolean(json, u"ignoreDigits"_s, where, o.ignoreDigits);
    o.ignoreDiacritics = boolean(json, u"ignoreDiacritics"_s, where, o.ignoreDiacritics);
    o.ignoreFurniture = boolean(json, u"ignoreFurniture"_s, where, o.ignoreFurniture);
    o.relatedLinks = boolean(json, u"relatedLinks"_s, where, o.relatedLinks);
    if (json.contains(u"language"_s))
        o.language = text(json, u"language"_s, where);
    if (json.contains(u"maxUnitsPerDocument"_s))
        o.maxUnitsPerDocument = int(integer(json.value(u"maxUnitsPerDocument"_s), u"\"maxUnitsPerDocument\""_s, 1,
                                            std::numeric_limits<int>::max()));
    return o;
}

// Valid UTF-8 is stored as text, readable in the file; anything else (a .docx, a PDF, another
// encoding) as Base64. The choice is checked by a round trip, so the bytes come back exactly.
QJsonObject writeEmbedded(const QByteArray &bytes)
{
    const QString asText = QString::fromUtf8(bytes);
    if (asText.toUtf8() == bytes)
        return {{u"encoding"_s, u"utf-8"_s}, {u"data"_s, asText}};
    return {{u"encoding"_s, u"base64"_s}, {u"data"_s, QString::fromLatin1(bytes.toBase64())}};
}

QByteArray readEmbedded(const QJsonObject &json, const QString &where)
{
    const QString encoding = text(json, u"encoding"_s, where);
    const QString data = text(json, u"data"_s, where);
    if (encoding == u"utf-8"_s)
        return data.toUtf8();
    if (encoding != u"base64"_s)
        fail(Tr::tr("%1 has encoding \"%2\", not \"utf-8\" or \"base64\"").arg(where, encoding));
    const auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        fail(Tr::tr("%1 is not valid Base64").arg(where));
    return *decoded;
}

QJsonObject writeArticle(const SessionArticle &a)
{
    QJsonObject json{{u"path"_s, a.path}, {u"name"_s, a.displayName}, {u"format"_s, a.format}, {u"sha256"_s, a.sha256}};
    if (a.embedded)
        json.insert(u"embedded"_s, writeEmbedded(*a.embedded));
    if (!a.language.isEmpty())
        json.insert(u"language"_s, a.language);
    return json;
}

bool isHexDigest(const QString &s)
{
    return s.size() == 64 && std::all_of(s.begin(), s.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

SessionArticle readArticle(const QJsonValue &value, int number)
{
    const QString where = Tr::tr("article %1").arg(number);
    const QJsonObject json = object(value, where);
    SessionArticle a;
    a.path = text(json, u"path"_s, where);
    a.displayName = text(json, u"name"_s, where);
    a.format = text(json, u"format"_s, where);
    a.sha256 = text(json, u"sha256"_s, where);
    if (!isHexDigest(a.sha256))
        fail(Tr::tr("the \"sha256\" of %1 is not 64 lower-case hex digits").arg(where));
    if (json.contains(u"embedded"_s)) {
        const QString embeddedWhere = Tr::tr("the embedded copy of article %1").arg(number);
        a.embedded = readEmbedded(object(json.value(u"embedded"_s), embeddedWhere), embeddedWhere);
        if (SessionFile::sha256(*a.embedded) != a.sha256)
            fail(Tr::tr("%1 does not match its \"sha256\": the file was altered").arg(embeddedWhere));
    }
    if (json.contains(u"language"_s))
        a.language = text(json, u"language"_s, where);
    if (a.path.isEmpty() && !a.embedded)
        fail(Tr::tr("%1 has neither a path nor an embedded copy").arg(where));
    return a;
}

QJsonObject writeAnchor(const SessionAnchor &a)
{
    return {{u"article"_s, a.article}, {u"start"_s, a.start}, {u"end"_s, a.end}};
}

SessionAnchor readAnchor(const QJsonValue &value, const QString &where, int articleCount)
{
    const QJsonObject json = object(value, where);
    SessionAnchor a;
    a.article = int(integer(member(json, u"article"_s, where), Tr::tr("the article of %1").arg(where), 0, articleCount - 1));
    constexpr qint64 MaxOffset = qint64{1} << 40;
    a.start = integer(member(json, u"start"_s, where), Tr::tr("the start of %1").arg(where), 0, MaxOffset);
    a.end = integer(member(json, u"end"_s, where), Tr::tr("the end of %1").arg(where), a.start, MaxOffset);
    return a;
}

QJsonObject writeLink(const ManualLink &l)
{
    return {{u"ends"_s, QJsonArray{writeAnchor(l.ends[0]), writeAnchor(l.ends[1])}}, {u"linked"_s, l.linked}};
}

ManualLink readLink(const QJsonValue &value, int number, int articleCount)
{
    const QString where = Tr::tr("manual link %1").arg(number);
    const QJsonObject json = object(value, where);
    const QJsonArray ends = array(json, u"ends"_s, where);
    if (ends.size() != 2)
        fail(Tr::tr("%1 does not have two ends").arg(where));
    ManualLink l;
    for (int e = 0; e < 2; ++e)
        l.ends[size_t(e)] = readAnchor(ends[e], Tr::tr("end %1 of %2").arg(e + 1).arg(where), articleCount);
    if (!json.value(u"linked"_s).isBool())
        fail(Tr::tr("\"linked\" of %1 is not true or false").arg(where));
    l.linked = json.value(u"linked"_s).toBool();
    return l;
}

// The file's words for NoteVerdict, in its order; None is written as no member.
constexpr std::array<QStringView, 4> VerdictNames{u"", u"confirmed", u"disputed", u"unclear"};

QJsonObject writeNote(const SessionNote &n)
{
    QJsonObject json{{u"text"_s, n.text}};
    if (n.anchor)
        json.insert(u"anchor"_s, writeAnchor(*n.anchor));
    if (n.anchor && n.linkedTo)
        json.insert(u"linkedTo"_s, writeAnchor(*n.linkedTo));
    if (n.verdict != NoteVerdict::None)
        json.insert(u"verdict"_s, VerdictNames[size_t(n.verdict)].toString());
    if (n.created.isValid())
        json.insert(u"created"_s, n.created.toUTC().toString(Qt::ISODateWithMs));
    return json;
}

SessionNote readNote(const QJsonValue &value, int number, int articleCount)
{
    const QString where = Tr::tr("note %1").arg(number);
    const QJsonObject json = object(value, where);
    SessionNote n;
    n.text = text(json, u"text"_s, where);
    if (n.text.size() > MaxNoteLength)
        fail(Tr::tr("%1 is longer than %2 characters").arg(where).arg(MaxNoteLength));
    if (json.contains(u"anchor"_s))
        n.anchor = readAnchor(json.value(u"anchor"_s), Tr::tr("the anchor of %1").arg(where), articleCount);
    if (json.contains(u"linkedTo"_s)) {
        if (!n.anchor)
            fail(Tr::tr("%1 has \"linkedTo\" but no \"anchor\"").arg(where));
        n.linkedTo = readAnchor(json.value(u"linkedTo"_s), Tr::tr("the link end of %1").arg(where), articleCount);
        if (n.linkedTo->article == n.anchor->article)
            fail(Tr::tr("%1 is on a link within one article").arg(where));
    }
    if (json.contains(u"verdict"_s)) {
        const QString verdict = text(json, u"verdict"_s, where);
        const auto found = std::find(VerdictNames.begin() + 1, VerdictNames.end(), verdict);
        if (found == VerdictNames.end())
            fail(Tr::tr("the verdict of %1 is \"%2\", not confirmed, disputed or unclear").arg(where, verdict.left(40)));
        n.verdict = NoteVerdict(found - VerdictNames.begin());
    }
    if (json.contains(u"created"_s)) {
        n.created = QDateTime::fromString(text(json, u"created"_s, where), Qt::ISODateWithMs);
        if (!n.created.isValid())
            fail(Tr::tr("\"created\" of %1 is not an ISO 8601 date and time").arg(where));
    }
    return n;
}

void readHeader(const QJsonObject &root, Session &s)
{
    if (root.value(u"format"_s).toString() != FormatName)
        fail(Tr::tr("not a Synoptic comparison (no \"format\": \"%1\")").arg(FormatName));
    const QJsonValue version = member(root, u"version"_s, Tr::tr("the file"));
    const qint64 v = integer(version, Tr::tr("\"version\""), 1, std::numeric_limits<int>::max());
    if (v > Session::CurrentVersion)
        fail(Tr::tr("it was saved by a newer Synoptic (session version %1; this one reads version %2)")
                 .arg(v)
                 .arg(Session::CurrentVersion));
    s.version = int(v);
}

void readColumns(const QJsonObject &root, Session &s)
{
    const int n = int(s.articles.size());
    const QJsonArray order = array(root, u"columnOrder"_s, Tr::tr("the file"));
    std::vector<bool> seen(size_t(n), false);
    for (const QJsonValue &v : order) {
        const int index = int(integer(v, Tr::tr("an entry of \"columnOrder\""), 0, n - 1));
        if (seen[size_t(index)])
            fail(Tr::tr("\"columnOrder\" names article %1 twice").arg(index + 1));
        seen[size_t(index)] = true;
        s.columnOrder.push_back(index);
    }
    if (int(s.columnOrder.size()) != n)
        fail(Tr::tr("\"columnOrder\" has %1 entries for %2 articles").arg(s.columnOrder.size()).arg(n));
    if (root.contains(u"reference"_s))
        s.reference = int(integer(root.value(u"reference"_s), Tr::tr("\"reference\""), -1, n - 1));
}

Session readSession(const QJsonObject &root)
{
    Session s;
    readHeader(root, s);
    const QJsonArray articles = array(root, u"articles"_s, Tr::tr("the file"));
    if (articles.isEmpty())
        fail(Tr::tr("it has no articles"));
    for (qsizetype i = 0; i < articles.size(); ++i)
        s.articles.push_back(readArticle(articles[i], int(i + 1)));
    readColumns(root, s);
    s.options = readOptions(root);
    const int n = int(s.articles.size());
    const QJsonArray links = root.value(u"manualLinks"_s).toArray();
    if (root.contains(u"manualLinks"_s) && !root.value(u"manualLinks"_s).isArray())
        fail(Tr::tr("\"manualLinks\" is not an array"));
    for (qsizetype i = 0; i < links.size(); ++i)
        s.manualLinks.push_back(readLink(links[i], int(i + 1), n));
    if (root.contains(u"notes"_s) && !root.value(u"notes"_s).isArray())
        fail(Tr::tr("\"notes\" is not an array"));
    const QJsonArray notes = root.value(u"notes"_s).toArray();
    for (qsizetype i = 0; i < notes.size(); ++i)
        s.notes.push_back(readNote(notes[i], int(i + 1), n));
    return s;
}

} // namespace

SessionReadResult SessionFile::read(const QString &path)
{
    SessionReadResult result;
    QFile file(path);
    if (!file.exists()) {
        result.failure = {path, Tr::tr("no such file")};
        return result;
    }
    if (file.size() > MaxFileBytes) {
        result.failure = {path, Tr::tr("the file is larger than a comparison can be (%1 MiB)").arg(MaxFileBytes >> 20)};
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.failure = {path, Tr::tr("cannot be read (%1)").arg(file.errorString())};
        return result;
    }
    return parse(file.read(MaxFileBytes + 1), path);
}

SessionReadResult SessionFile::parse(const QByteArray &json, const QString &path)
{
    SessionReadResult result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        result.failure = {path, Tr::tr("not a Synoptic comparison: the JSON is broken at byte %1 (%2)")
                                    .arg(error.offset)
                                    .arg(error.errorString())};
        return result;
    }
    if (!document.isObject()) {
        result.failure = {path, Tr::tr("not a Synoptic comparison: the JSON is not an object")};
        return result;
    }
    try {
        result.session = readSession(document.object());
    } catch (const Invalid &invalid) {
        result.failure = {path, invalid.reason};
    }
    return result;
}

QByteArray SessionFile::serialize(const Session &s)
{
    QJsonArray articles, order, links, notes;
    for (const SessionArticle &a : s.articles)
        articles.append(writeArticle(a));
    for (const int column : s.columnOrder)
        order.append(column);
    for (const ManualLink &l : s.manualLinks)
        links.append(writeLink(l));
    for (const SessionNote &n : s.notes)
        notes.append(writeNote(n));
    const QJsonObject root{{u"format"_s, FormatName},       {u"version"_s, Session::CurrentVersion},
                           {u"articles"_s, articles},       {u"columnOrder"_s, order},
                           {u"reference"_s, s.reference},   {u"options"_s, writeOptions(s.options)},
                           {u"manualLinks"_s, links},       {u"notes"_s, notes}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Failure> SessionFile::write(const Session &session, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Failure{path, file.errorString()};
    const QByteArray bytes = serialize(session);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Failure{path, file.errorString()};
    return std::nullopt;
}

QString SessionFile::sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
