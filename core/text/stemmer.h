#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

struct sb_stemmer;

/// Snowball's stemmer (libstemmer) for one language: "struggling"/"struggle",
/// "mortos"/"morte" meet. Both sides of a comparison get the same treatment, so an imperfect
/// stem costs nothing but a missed or extra overlap. Not thread-safe: one per thread.
class Stemmer
{
public:
    /// For `language`, a BCP-47 code (only the primary subtag counts). A language Snowball
    /// has no algorithm for gets a stemmer that returns words unchanged.
    explicit Stemmer(QStringView language);
    ~Stemmer();
    Stemmer(Stemmer &&) noexcept;
    Stemmer &operator=(Stemmer &&) noexcept;

    /// The languages Snowball has an algorithm for, as ISO 639-1 codes ("de", "en", "pt"),
    /// sorted: what a reader may choose for an article. Computed once per process.
    static const QStringList &languages();

    /// Whether Snowball has an algorithm for the language.
    bool isAvailable() const { return m_stemmer != nullptr; }
    /// The stem of a case-folded word; the word itself when there is no algorithm.
    QString stem(const QString &folded) const;

private:
    struct Free
    {
        void operator()(sb_stemmer *s) const;
    };
    std::unique_ptr<sb_stemmer, Free> m_stemmer;
};
