#include "core/export/documentjson.h"

#include "core/text/codepointindex.h"

void DocumentJson::write(JsonWriter &json, const Document &doc, const QString &readIn)
{
    const CodePointIndex index(doc.text);
    auto span = [&](const TextSpan &s) {
        json.beginArray();
        json.value(qint64(index.toCodePoints(s.start)));
        json.value(qint64(index.toCodePoints(s.end)));
        json.endArray();
    };
    // Keys in QJsonObject's sorted order, so the bytes are those of the former QJsonDocument.
    json.beginObject();
    json.key(u"format");
    json.value(doc.format);
    json.key(u"furniture");
    json.beginArray();
    for (const Paragraph &p : doc.paragraphs) {
        if (p.furniture)
            span(p.span);
    }
    json.endArray();
    json.key(u"language");
    json.value(doc.language);
    if (!readIn.isEmpty()) {
        json.key(u"languageRead");
        json.value(readIn);
    }
    json.key(u"paragraphs");
    json.beginArray();
    for (const Paragraph &p : doc.paragraphs)
        span(p.span);
    json.endArray();
    json.key(u"path");
    json.value(doc.path);
    json.key(u"sentences");
    json.beginArray();
    for (const Sentence &s : doc.sentences)
        span(s.span);
    json.endArray();
    json.key(u"text");
    json.value(doc.text);
    json.key(u"title");
    json.value(doc.title);
    json.endObject();
}
