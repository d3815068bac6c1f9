#pragma once

#include "core/model/linkconstraint.h"

#include <QString>

#include <optional>

/// The value of `--link` / `--unlink` on the command line, "N:START-END,M:START-END": article N's
/// code points [START, END) and article M's, articles counted from 1 in the order compared (as
/// `--base N` counts them). Only the form is checked here; whether the ranges lie in the texts is
/// the engine's to say (Comparison::rejectedLinks), once the articles are read.
class LinkArgument
{
public:
    /// Nothing when the value is malformed; `error` then says why, naming the value.
    static std::optional<LinkConstraint> parse(const QString &value, bool linked, QString *error);
};
