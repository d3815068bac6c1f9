#pragma once

#include <QString>

// Synoptic's version as users and exports see it: the project version, plus `git describe` when
// built from a checkout ("0.1.0+g1a2b3c4-dirty"), so a report can be traced to the code that
// made it. Defined in a file the build writes (scripts/version.cmake).
QString synopticVersion();
