#include "core/export/documentjson.h"

#include "core/text/codepointindex.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonArray span(const CodePointIndex &index, const TextSpan &s)
{
    return QJsonArray{qint64(index.toCodePoints(s.start)), qint64(index.toCodePoints(s.end))};
}

} // namespace

QJsonObject DocumentJson::toJson(const Document &doc)
{
    const CodePointIndex index(doc.text);
    QJsonArray paragraphs, sentences, furniture;
    for (const Paragraph &p : doc.paragraphs) {
        paragraphs.append(span(index, p.span));
        if (p.furniture)
            furniture.append(span(index, p.span));
    }
    for (const Sentence &s : doc.sentences)
        sentences.append(span(index, s.span));
    return QJsonObject{
        {u"path"_s, doc.path},
        {u"title"_s, doc.title},
        {u"format"_s, doc.format},
        {u"language"_s, doc.language},
        {u"text"_s, doc.text},
        {u"paragraphs"_s, paragraphs},
        {u"sentences"_s, sentences},
        {u"furniture"_s, furniture},
    };
}
