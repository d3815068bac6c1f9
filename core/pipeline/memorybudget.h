#pragma once

#include "core/model/document.h"

#include <QString>

#include <optional>
#include <vector>

/// What a comparison will need in memory, estimated before the engine starts, against what the
/// machine can give. Running out half way is worse than refusing at once: Linux's overcommit lets
/// the process grow until the kernel kills it, with no message and, in the window, every open
/// comparison lost.
class MemoryBudget
{
public:
    /// Peak bytes of comparing `documents` (imported, at sentence granularity; paragraphs save
    /// little memory, only time). A linear model fitted to whole-process peaks (maximum resident
    /// set) of 2 to 8 articles of 1 to 120 MB of text: every character costs about 13 bytes
    /// (its share of the text, its words, units and links), and each further article adds 0.6
    /// bytes a character for the pairs it takes part in; the program itself is 34 MiB. It errs
    /// high: up to 7 % over the measured peak for 1 to 40 MB of text, a quarter over for two
    /// 60 MB texts.
    static qint64 estimate(const std::vector<Document> &documents);

    /// The default limit: half the memory this process may use, that is the physical memory,
    /// or less where a control group or an address-space limit (ulimit -v) says so.
    static qint64 defaultLimit();

    /// nullopt when the comparison fits in `limit` bytes (0: defaultLimit()); otherwise the
    /// message for the user, naming the articles' size, the estimate and the limit.
    static std::optional<QString> check(const std::vector<Document> &documents, qint64 limit = 0);

    /// "1.5 GiB", "640 MiB": sizes in messages.
    static QString formatBytes(qint64 bytes);
};
