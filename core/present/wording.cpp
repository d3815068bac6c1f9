#include "core/present/wording.h"

#include "core/present/highlightplan.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Wording", text);
}

bool isBidiControl(char16_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
}

QString quoted(const Comparison &c, int doc, const TextSpan &span)
{
    return u"'"_s + Wording::quote(c.documents[size_t(doc)].slice(span)) + u"'"_s;
}

} // namespace

QString Wording::sourceName(const Document &d)
{
    if (d.path == u"-"_s)
        return tr("standard input");
    if (d.path.isEmpty())
        return tr("pasted text");
    return QFileInfo(d.path).fileName();
}

QString Wording::factKind(FactChange::Kind kind)
{
    switch (kind) {
    case FactChange::Kind::Number: return tr("Number");
    case FactChange::Kind::Date: return tr("Date");
    case FactChange::Kind::Name: return tr("Name");
    case FactChange::Kind::Quote: return tr("Quote");
    case FactChange::Kind::Attribution: return tr("Attribution");
    }
    return {};
}

QString Wording::factKindInSentence(FactChange::Kind kind)
{
    switch (kind) {
    case FactChange::Kind::Number: return tr("number");
    case FactChange::Kind::Date: return tr("date");
    case FactChange::Kind::Name: return tr("name");
    case FactChange::Kind::Quote: return tr("quote");
    case FactChange::Kind::Attribution: return tr("attribution");
    }
    return {};
}

QString Wording::factChange(const Comparison &c, const Link &link, const FactChange &fact, int doc)
{
    const int side = link.side(doc);
    if (side < 0)
        return {};
    const int other = link.ends[size_t(1 - side)].doc;
    const TextSpan mine = fact.spans[size_t(side)];
    const TextSpan theirs = fact.spans[size_t(1 - side)];
    const QString kind = factKindInSentence(fact.kind);
    // With two articles there is one other, so it goes unnamed.
    const bool named = c.documents.size() > 2;
    const QString where = named ? tr("in article %1").arg(other + 1) : tr("in the other article");
    if (theirs.isEmpty())
        return tr("Changed %1: %2, missing %3").arg(kind, quoted(c, doc, mine), where);
    if (mine.isEmpty())
        return tr("Changed %1: missing here, %2 %3").arg(kind, quoted(c, other, theirs), where);
    if (named)
        return tr("Changed %1: %2 vs %3 %4").arg(kind, quoted(c, doc, mine), quoted(c, other, theirs), where);
    return tr("Changed %1: %2 vs %3").arg(kind, quoted(c, doc, mine), quoted(c, other, theirs));
}

QString Wording::factSides(const Comparison &c, const Link &link, const FactChange &fact)
{
    auto side = [&](int doc, const TextSpan &s) {
        return tr("%1 in %2").arg(s.isEmpty() ? tr("nothing") : quoted(c, doc, s), QString::number(doc + 1));
    };
    return tr("%1, %2").arg(side(link.ends[0].doc, fact.spans[0]), side(link.ends[1].doc, fact.spans[1]));
}

QString Wording::foldedAway(const AlignOptions &options)
{
    QStringList parts;
    if (options.ignoreCase)
        parts << tr("case");
    if (options.ignorePunctuation)
        parts << tr("punctuation");
    if (options.ignoreDigits)
        parts << tr("digits");
    if (options.ignoreDiacritics)
        parts << tr("diacritics");
    if (parts.size() < 2)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return QCoreApplication::translate("Wording", "%1 and %2", "the last two of a list")
        .arg(parts.join(QCoreApplication::translate("Wording", ", ", "list separator")), last);
}

QString Wording::articleName(const Comparison &c, int doc)
{
    const Document &d = c.documents[size_t(doc)];
    const QString title = d.title.isEmpty() ? sourceName(d) : d.title;
    return tr("%1 (%2)").arg(QString::number(doc + 1), quote(title, 40));
}

QString Wording::referenceAgreement(const Comparison &c, int doc, int unit)
{
    if (c.documents.size() < 3 || doc < 0 || doc >= int(c.units.size()) || unit < 0 || unit >= int(c.units[size_t(doc)].size()))
        return {};
    const UnitInfo &info = c.unit(doc, unit);
    if (info.links.empty() || info.row < 0)
        return {};
    const int reference = c.baseDocument;
    if (c.rows[size_t(info.row)].cells[size_t(reference)].isEmpty())
        return {};
    const SynopticRow &row = c.rows[size_t(info.row)];
    const auto present = std::count_if(row.cells.begin(), row.cells.end(), [](const UnitRange &r) { return !r.isEmpty(); });
    const std::vector<int> agreeing = HighlightPlanner::agreeWithReference(c, info.row);
    // A row where every article words it as the reference has nothing divergent to explain.
    if (qsizetype(agreeing.size()) + 1 >= present)
        return {};
    QStringList agree;
    for (int d : agreeing)
        agree << articleName(c, d);
    const QString head = doc == reference ? tr("This is the reference article.") : tr("Reference: %1.").arg(articleName(c, reference));
    if (agree.isEmpty())
        return tr("%1 No other article has the reference's wording here.").arg(head);
    return tr("%1 Same wording as the reference: %2.").arg(head, agree.join(tr(", ")));
}

QString Wording::displayText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if ((c < 0x20 && c != u'\t' && c != u'\n') || (c >= 0x7f && c < 0xa0))
            continue;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            out.append(text[i]);
            out.append(text[++i]);
        } else if (QChar::isSurrogate(c)) {
            out.append(QChar::ReplacementCharacter);
        } else {
            out.append(QChar(c));
        }
    }
    return out;
}

QString Wording::quote(QStringView text, int maxChars)
{
    QString clean = displayText(text);
    clean.removeIf([](QChar ch) { return isBidiControl(ch.unicode()); });
    // Line and paragraph breaks become spaces (simplified() turns every kind of white space into
    // one): a quote across paragraphs must not run their words together.
    clean = clean.simplified();
    if (clean.size() > maxChars) {
        qsizetype cut = maxChars;
        if (clean[cut - 1].isHighSurrogate())
            --cut;
        clean = clean.left(cut) + u"…"_s;
    }
    return clean;
}

QStringList Wording::articleTableHeadings()
{
    return {u"#"_s,
            QCoreApplication::translate("Wording", "Article"),
            QCoreApplication::translate("Wording", "Source"),
            QCoreApplication::translate("Wording", "Words"),
            QCoreApplication::translate("Wording", "Same"),
            QCoreApplication::translate("Wording", "Edited"),
            QCoreApplication::translate("Wording", "Only here")};
}

QString Wording::factStatus(const FactTableEntry &entry)
{
    if (entry.status == FactTableEntry::Status::Conflict)
        return tr("Conflict");
    // "Agreement" beside "1 and 2 say '79'; 1 says '80'; 3 says '28'" read as a contradiction
    // of itself.
    return entry.severalValuesNoConflict() ? tr("No conflict") : tr("Agreement");
}

QString Wording::factStatement(const Comparison &c, const FactTableEntry &e)
{
    const bool conflict = e.status == FactTableEntry::Status::Conflict;
    // The articles stating each value, values in the order first mentioned, each shown as first
    // written.
    std::vector<std::pair<QString, QString>> shown; // value, text
    std::vector<std::vector<int>> docs;
    for (const FactMention &m : e.mentions) {
        if (conflict && m.vague)
            continue;
        size_t k = 0;
        while (k < shown.size() && shown[k].first != m.value)
            ++k;
        if (k == shown.size()) {
            shown.push_back({m.value, m.text});
            docs.emplace_back();
        }
        if (docs[k].empty() || docs[k].back() != m.doc)
            docs[k].push_back(m.doc);
    }
    const int n = int(c.documents.size());
    QStringList parts;
    for (size_t k = 0; k < shown.size(); ++k) {
        const QString text = u"'"_s + quote(shown[k].second) + u"'"_s;
        QStringList numbers;
        for (int d : docs[k])
            numbers << QString::number(d + 1);
        if (int(docs[k].size()) == n && n > 1)
            parts << (n == 2 ? tr("both say %1").arg(text) : tr("all %1 say %2").arg(n).arg(text));
        else if (numbers.size() == 1)
            parts << tr("%1 says %2").arg(numbers.front(), text);
        else
            parts << tr("%1 and %2 say %3").arg(numbers.mid(0, numbers.size() - 1).join(u", "_s), numbers.back(), text);
    }
    return parts.join(u"; "_s);
}
