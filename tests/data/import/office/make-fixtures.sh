#!/bin/sh
# Rebuilds article.docx and article.odt from the XML sources in src/. Needs Info-ZIP's zip.
set -eu
cd "$(dirname "$0")"
rm -f article.docx article.odt
(cd src/docx && zip -q -X -D -9 -r ../../article.docx '[Content_Types].xml' _rels docProps word)
# ODF wants the mimetype entry first and stored uncompressed so the type can be sniffed.
(cd src/odt && zip -q -X -0 ../../article.odt mimetype && zip -q -X -D -9 -r ../../article.odt META-INF content.xml meta.xml styles.xml)
