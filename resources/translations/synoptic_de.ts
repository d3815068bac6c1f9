<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Aligner</name>
    <message>
        <source>%1 has %2 sentences, more than the %3 the viewer aligns one by one: aligned by paragraph instead.</source>
        <translation>%1 hat %2 Sätze, mehr als die %3, die der Betrachter einzeln zuordnet: stattdessen nach Absätzen zugeordnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n manual link(s) could not be honoured and were left out.</source>
        <translation>
            <numerusform>%n manuelle Verknüpfung konnte nicht berücksichtigt werden und wurde weggelassen.</numerusform>
            <numerusform>%n manuelle Verknüpfungen konnten nicht berücksichtigt werden und wurden weggelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>the folder for the automatic save cannot be created</source>
        <translation>der Ordner für die automatische Sicherung kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ColumnHeaderBar</name>
    <message>
        <source>Close %1</source>
        <translation>%1 schließen</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 words · %2 shared</source>
        <translation>%1 Wörter · %2 gemeinsam</translation>
    </message>
    <message>
        <source>%1 words · %2</source>
        <translation>%1 Wörter · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 words, %2% found in the other articles</source>
        <translation>%1 Wörter, %2 % davon in den anderen Artikeln gefunden</translation>
    </message>
    <message>
        <source>Drag to move the column</source>
        <translation>Ziehen, um die Spalte zu verschieben</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Compare Others with This One</source>
        <translation>Andere mit diesem vergleichen</translation>
    </message>
    <message>
        <source>Make this article the reference: the changed words of the others are marked against it</source>
        <translation>Diesen Artikel zur Referenz machen: die geänderten Wörter der anderen werden an ihm gemessen markiert</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Reference article: the changed words of the others are marked against it</source>
        <translation>Referenzartikel: die geänderten Wörter der anderen werden an ihm gemessen markiert</translation>
    </message>
    <message>
        <source>Right-click to compare the others with this one</source>
        <translation>Rechtsklick, um die anderen mit diesem zu vergleichen</translation>
    </message>
    <message>
        <source>Hide Column</source>
        <translation>Spalte ausblenden</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Show All Columns</source>
        <translation>Alle Spalten einblenden</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The BCP-47 code of this translation&apos;s language (&quot;de&quot;, &quot;pt&quot;): language names are shown in it.</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>Read as %1 (chosen; identified as %2)</source>
        <translation>Gelesen als %1 (gewählt; erkannt: %2)</translation>
    </message>
    <message>
        <source>Read as %1 (chosen)</source>
        <translation>Gelesen als %1 (gewählt)</translation>
    </message>
    <message>
        <source>Language unknown: read as %1</source>
        <translation>Sprache unbekannt: gelesen als %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Detected (unknown)</source>
        <translation>Erkannt (unbekannt)</translation>
    </message>
    <message>
        <source>Detected (%1)</source>
        <translation>Erkannt (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ComparisonPipeline</name>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ComparisonSession</name>
    <message>
        <source>there is not enough memory to open it</source>
        <translation>es ist nicht genug Speicher vorhanden, um sie zu öffnen</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>Opening %n files</source>
        <translation>
            <numerusform>%n Datei wird geöffnet</numerusform>
            <numerusform>%n Dateien werden geöffnet</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted article %1</source>
        <translation>Eingefügter Artikel %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>%1 changed on disk but could not be read again: %2. The article stays open as it was last loaded.</source>
        <translation>%1 wurde auf der Festplatte geändert, konnte aber nicht erneut gelesen werden: %2. Der Artikel bleibt so geöffnet, wie er zuletzt geladen wurde.</translation>
    </message>
    <message>
        <source>Reloaded %1, which changed on disk.</source>
        <translation>%1 wurde neu geladen, da es auf der Festplatte geändert wurde.</translation>
    </message>
    <message>
        <source>Reloading %1</source>
        <translation>%1 wird neu geladen</translation>
    </message>
    <message>
        <source>%1 was deleted or moved. The article stays open as it was last loaded.</source>
        <translation>%1 wurde gelöscht oder verschoben. Der Artikel bleibt so geöffnet, wie er zuletzt geladen wurde.</translation>
    </message>
    <message numerus="yes">
        <source>Aligning %n articles</source>
        <translation>
            <numerusform>%n Artikel wird zugeordnet</numerusform>
            <numerusform>%n Artikel werden zugeordnet</numerusform>
        </translation>
    </message>
    <message>
        <source>There is not enough memory to compare these articles. Close some, or align by paragraph in the options.</source>
        <translation>Es ist nicht genug Speicher vorhanden, um diese Artikel zu vergleichen. Schließen Sie einige oder ordnen Sie in den Optionen nach Absätzen zu.</translation>
    </message>
    <message>
        <source>Its manual links were removed: they pointed into the old text.</source>
        <translation>Seine manuellen Verknüpfungen wurden entfernt: Sie verwiesen auf den alten Text.</translation>
    </message>
    <message>
        <source>These articles are not compared: %1.</source>
        <translation>Diese Artikel werden nicht verglichen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The notes on %1 were removed with it (%n).</source>
        <translation>
            <numerusform>Die Notizen zu %1 wurden mit dem Artikel entfernt (%n).</numerusform>
            <numerusform>Die Notizen zu %1 wurden mit dem Artikel entfernt (%n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes on %1 that no longer fit its text are kept in the Notes list, unplaced (%n).</source>
        <translation>
            <numerusform>Notizen zu %1, die nicht mehr zu seinem Text passen, bleiben ohne Platz in der Notizenliste (%n).</numerusform>
            <numerusform>Notizen zu %1, die nicht mehr zu seinem Text passen, bleiben ohne Platz in der Notizenliste (%n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Copied the passage of %1</source>
        <translation>Passage aus %1 kopiert</translation>
    </message>
    <message>
        <source>Difference %1 of %2</source>
        <translation>Unterschied %1 von %2</translation>
    </message>
    <message>
        <source>Unique passage %1 of %2</source>
        <translation>Einzigartige Passage %1 von %2</translation>
    </message>
    <message>
        <source>Changed fact %1 of %2</source>
        <translation>Geänderter Fakt %1 von %2</translation>
    </message>
    <message>
        <source>No more differences</source>
        <translation>Keine weiteren Unterschiede</translation>
    </message>
    <message>
        <source>No earlier differences</source>
        <translation>Keine früheren Unterschiede</translation>
    </message>
    <message>
        <source>No more unique passages</source>
        <translation>Keine weiteren einzigartigen Passagen</translation>
    </message>
    <message>
        <source>No earlier unique passages</source>
        <translation>Keine früheren einzigartigen Passagen</translation>
    </message>
    <message>
        <source>No more changed facts</source>
        <translation>Keine weiteren geänderten Fakten</translation>
    </message>
    <message>
        <source>No earlier changed facts</source>
        <translation>Keine früheren geänderten Fakten</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Search wrapped: %1</source>
        <translation>Suche von vorn begonnen: %1</translation>
    </message>
</context>
<context>
    <name>ConstraintResolver</name>
    <message>
        <source>one of its passages is in no article compared</source>
        <translation>eine ihrer Passagen liegt in keinem der verglichenen Artikel</translation>
    </message>
    <message>
        <source>it names article %1, but %2 are compared</source>
        <translation>sie nennt Artikel %1, verglichen werden aber %2</translation>
    </message>
    <message>
        <source>both of its passages are in “%1”</source>
        <translation>beide Passagen liegen in „%1“</translation>
    </message>
    <message>
        <source>its passage in “%1” (code points %2 to %3) is empty or outside the text, which has %4</source>
        <translation>ihre Passage in „%1“ (Codepunkte %2 bis %3) ist leer oder liegt außerhalb des Textes, der %4 hat</translation>
    </message>
    <message>
        <source>its passage in “%1” (code points %2 to %3) covers no sentence the alignment compares</source>
        <translation>ihre Passage in „%1“ (Codepunkte %2 bis %3) umfasst keinen Satz, den der Abgleich vergleicht</translation>
    </message>
    <message>
        <source>it shares a passage with manual link %1, and a passage has one manual link per article</source>
        <translation>sie teilt eine Passage mit der manuellen Verknüpfung %1, und eine Passage hat nur eine manuelle Verknüpfung je Artikel</translation>
    </message>
    <message>
        <source>it links and keeps apart the same passages as manual link %1</source>
        <translation>sie verknüpft dieselben Passagen, die die manuelle Verknüpfung %1 trennt, oder umgekehrt</translation>
    </message>
</context>
<context>
    <name>DocumentLoader</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>the file is %1, over the %2 size limit</source>
        <translation>die Datei ist %1 groß und überschreitet die Grenze von %2</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the file is over the %1 size limit</source>
        <translation>die Datei überschreitet die Grenze von %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the input is over the %1 size limit</source>
        <translation>die Eingabe überschreitet die Grenze von %1</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>die Eingabe ist leer</translation>
    </message>
    <message>
        <source>unsupported file type (%1)</source>
        <translation>nicht unterstützter Dateityp (%1)</translation>
    </message>
    <message>
        <source>the document is too large to import</source>
        <translation>das Dokument ist zu groß zum Importieren</translation>
    </message>
    <message>
        <source>the document could not be read (%1)</source>
        <translation>das Dokument konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>no text found in the document</source>
        <translation>kein Text im Dokument gefunden</translation>
    </message>
</context>
<context>
    <name>DocxImporter</name>
    <message>
        <source>the document is encrypted or in the old binary .doc format</source>
        <translation>das Dokument ist verschlüsselt oder im alten binären .doc-Format</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Open the Example Articles</source>
        <translation>Beispielartikel öffnen</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Add the text or web page on the clipboard as an article</source>
        <translation>Den Text oder die Webseite aus der Zwischenablage als Artikel hinzufügen</translation>
    </message>
    <message>
        <source>Two reports of the same news story, as a first example</source>
        <translation>Zwei Berichte über dieselbe Nachricht, als erstes Beispiel</translation>
    </message>
    <message>
        <source>Open two or more articles to compare them</source>
        <translation>Öffnen Sie zwei oder mehr Artikel, um sie zu vergleichen</translation>
    </message>
    <message>
        <source>Drop files here, or paste an article. Synoptic reads plain text, HTML, Markdown, Word (DOCX), OpenDocument and PDF.</source>
        <translation>Dateien hier ablegen oder einen Artikel einfügen. Synoptic liest reinen Text, HTML, Markdown, Word (DOCX), OpenDocument und PDF.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n articles…</source>
        <translation>
            <numerusform>%n Artikel wird verglichen…</numerusform>
            <numerusform>%n Artikel werden verglichen…</numerusform>
        </translation>
    </message>
    <message>
        <source>The comparison was cancelled</source>
        <translation>Der Vergleich wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1
View ▸ Compare Again (F5) compares them.</source>
        <translation>%1
Ansicht ▸ Erneut vergleichen (F5) vergleicht sie.</translation>
    </message>
    <message>
        <source>“%1” is open</source>
        <translation>„%1“ ist geöffnet</translation>
    </message>
    <message>
        <source>Open, drop or paste one more article to compare it with.</source>
        <translation>Öffnen Sie einen weiteren Artikel, legen Sie ihn hier ab oder fügen Sie ihn ein, um ihn damit zu vergleichen.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Exporting %1</source>
        <translation>%1 wird exportiert</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export HTML</source>
        <translation>HTML exportieren</translation>
    </message>
    <message>
        <source>Web page (*.html *.htm)</source>
        <translation>Webseite (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export JSON Report</source>
        <translation>JSON-Bericht exportieren</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>JSON-Bericht (*.json)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>%1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Export Redline</source>
        <translation>Änderungsmarkierung exportieren</translation>
    </message>
</context>
<context>
    <name>ExportOutline</name>
    <message>
        <source> in article %1</source>
        <translation> in Artikel %1</translation>
    </message>
    <message>
        <source>identical row</source>
        <translation>identische Zeile</translation>
    </message>
    <message>
        <source>Identical in every article</source>
        <translation>In jedem Artikel identisch</translation>
    </message>
    <message>
        <source>furniture</source>
        <translation>Seitenelemente</translation>
    </message>
    <message>
        <source>Page furniture, not compared</source>
        <translation>Seitenelemente, nicht verglichen</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>Edited or paraphrased</source>
        <translation>Bearbeitet oder umformuliert</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>einzigartig</translation>
    </message>
    <message>
        <source>Has a passage no other article has</source>
        <translation>Enthält eine Passage, die kein anderer Artikel hat</translation>
    </message>
    <message>
        <source>missing somewhere</source>
        <translation>fehlt irgendwo</translation>
    </message>
    <message>
        <source>Missing from some articles</source>
        <translation>Fehlt in einigen Artikeln</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>Moved: in another place in another article</source>
        <translation>Verschoben: an anderer Stelle in einem anderen Artikel</translation>
    </message>
    <message>
        <source>changed fact</source>
        <translation>geänderter Fakt</translation>
    </message>
    <message>
        <source>Changed fact</source>
        <translation>Geänderter Fakt</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Geänderte Angabe (%1)</translation>
    </message>
    <message>
        <source>Changed words: %1 vs %2</source>
        <translation>Geänderte Wörter: %1 statt %2</translation>
    </message>
    <message>
        <source>Changed words</source>
        <translation>Geänderte Wörter</translation>
    </message>
    <message>
        <source>Not in the other article</source>
        <translation>Nicht im anderen Artikel</translation>
    </message>
    <message>
        <source>Not</source>
        <translation>Nicht</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>this program was built without PDF export</source>
        <translation>dieses Programm wurde ohne PDF-Export erstellt</translation>
    </message>
    <message>
        <source>the export produced nothing</source>
        <translation>der Export hat nichts erzeugt</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>der Export wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>FactList</name>
    <message>
        <source>Kind of fact</source>
        <translation>Art des Fakts</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Artikel %1</translation>
    </message>
</context>
<context>
    <name>FactTableModel</name>
    <message>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What the articles say</source>
        <translation>Was die Artikel sagen</translation>
    </message>
    <message>
        <source>Article %1: %2</source>
        <translation>Artikel %1: %2</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Find in all articles</source>
        <translation>In allen Artikeln suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Find the previous occurrence (Shift+Enter)</source>
        <translation>Das vorherige Vorkommen suchen (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Find the next occurrence (Enter)</source>
        <translation>Das nächste Vorkommen suchen (Eingabe)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
</context>
<context>
    <name>HtmlImporter</name>
    <message>
        <source>the HTML page is over the size limit</source>
        <translation>die HTML-Seite überschreitet die Größengrenze</translation>
    </message>
    <message>
        <source>the HTML page is nested too deeply to import</source>
        <translation>die HTML-Seite ist zu tief verschachtelt zum Importieren</translation>
    </message>
    <message>
        <source>the HTML page is too complex to parse</source>
        <translation>die HTML-Seite ist zu komplex zum Verarbeiten</translation>
    </message>
    <message>
        <source>the HTML page could not be parsed</source>
        <translation>die HTML-Seite konnte nicht verarbeitet werden</translation>
    </message>
    <message>
        <source>no article text found in the HTML page</source>
        <translation>kein Artikeltext in der HTML-Seite gefunden</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Same wording</source>
        <translation>Gleicher Wortlaut</translation>
    </message>
    <message>
        <source>word for word in another article</source>
        <translation>Wort für Wort in einem anderen Artikel</translation>
    </message>
    <message>
        <source>Edited passage</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>edited or paraphrased in another article</source>
        <translation>in einem anderen Artikel bearbeitet oder umformuliert</translation>
    </message>
    <message>
        <source>Only in one article</source>
        <translation>Nur in einem Artikel</translation>
    </message>
    <message>
        <source>no counterpart elsewhere</source>
        <translation>kein Gegenstück anderswo</translation>
    </message>
    <message>
        <source>Page furniture</source>
        <translation>Seitenelemente</translation>
    </message>
    <message>
        <source>bylines, captions and the like, not compared</source>
        <translation>Autorenzeilen, Bildunterschriften und Ähnliches, nicht verglichen</translation>
    </message>
    <message>
        <source>Changed words</source>
        <translation>Geänderte Wörter</translation>
    </message>
    <message>
        <source>replaced in the counterpart</source>
        <translation>im Gegenstück ersetzt</translation>
    </message>
    <message>
        <source>Added words</source>
        <translation>Neue Wörter</translation>
    </message>
    <message>
        <source>missing from the counterpart</source>
        <translation>fehlen im Gegenstück</translation>
    </message>
    <message>
        <source>Changed fact</source>
        <translation>Geänderter Fakt</translation>
    </message>
    <message>
        <source>a number, date, name or quote that differs</source>
        <translation>eine Zahl, ein Datum, ein Name oder ein Zitat, das abweicht</translation>
    </message>
    <message>
        <source>Moved passage</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>in another place in the other article</source>
        <translation>an anderer Stelle im anderen Artikel</translation>
    </message>
    <message>
        <source>Reference: %1, the others&apos; changes are marked against it</source>
        <translation>Referenz: %1, die Änderungen der anderen werden an ihr gemessen markiert</translation>
    </message>
    <message>
        <source>Related passage</source>
        <translation>Verwandte Passage</translation>
    </message>
    <message>
        <source>same topic as a passage of another article, different claims: no edit</source>
        <translation>gleiches Thema wie eine Passage eines anderen Artikels, andere Aussagen: keine Bearbeitung</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <source>Same wording, ignoring %1</source>
        <translation>Gleicher Wortlaut, ohne Beachtung von %1</translation>
    </message>
    <message>
        <source>Passages whose words are the same once %1 is set aside: quieter than the same wording as written</source>
        <translation>Passagen, deren Wörter gleich sind, wenn man %1 außer Acht lässt: zurückhaltender markiert als der gleiche Wortlaut, wie er geschrieben steht</translation>
    </message>
</context>
<context>
    <name>LinkArgument</name>
    <message>
        <source>%1 %2: write two passages as N:START-END,M:START-END (article numbers from 1, code points)</source>
        <translation>%1 %2: zwei Passagen als N:ANFANG-ENDE,M:ANFANG-ENDE angeben (Artikelnummern ab 1, Codepunkte)</translation>
    </message>
    <message>
        <source>%1 %2: a number is out of range (articles are counted from 1)</source>
        <translation>%1 %2: eine Zahl liegt außerhalb des Bereichs (Artikel werden ab 1 gezählt)</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Comparison…</source>
        <translation>&amp;Vergleich öffnen…</translation>
    </message>
    <message>
        <source>&amp;Save Comparison…</source>
        <translation>Vergleich &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>Als neuen Artikel &amp;einfügen</translation>
    </message>
    <message>
        <source>Open the &amp;Example Articles</source>
        <translation>Beispielar&amp;tikel öffnen</translation>
    </message>
    <message>
        <source>Close &amp;All Articles</source>
        <translation>&amp;Alle Artikel schließen</translation>
    </message>
    <message>
        <source>&amp;HTML…</source>
        <translation>&amp;HTML…</translation>
    </message>
    <message>
        <source>&amp;JSON Report…</source>
        <translation>&amp;JSON-Bericht…</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation>&amp;Nächster Unterschied</translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation>&amp;Vorheriger Unterschied</translation>
    </message>
    <message>
        <source>Next &amp;Unique Passage</source>
        <translation>Nächste &amp;einzigartige Passage</translation>
    </message>
    <message>
        <source>Previous U&amp;nique Passage</source>
        <translation>Vorherige e&amp;inzigartige Passage</translation>
    </message>
    <message>
        <source>Next Changed &amp;Fact</source>
        <translation>Nächster geänderter &amp;Fakt</translation>
    </message>
    <message>
        <source>Previous Changed F&amp;act</source>
        <translation>Vorheriger geänderter F&amp;akt</translation>
    </message>
    <message>
        <source>&amp;Synoptic</source>
        <translation>&amp;Synoptisch</translation>
    </message>
    <message>
        <source>&amp;Continuous</source>
        <translation>&amp;Fortlaufend</translation>
    </message>
    <message>
        <source>&amp;Differences Only</source>
        <translation>Nur &amp;Unterschiede</translation>
    </message>
    <message>
        <source>Compare &amp;Again</source>
        <translation>Erneut &amp;vergleichen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Synoptic</source>
        <translation>&amp;Über Synoptic</translation>
    </message>
    <message>
        <source>Next Unique</source>
        <translation>Nächste einzigartige</translation>
    </message>
    <message>
        <source>Previous Unique</source>
        <translation>Vorherige einzigartige</translation>
    </message>
    <message>
        <source>Next Fact</source>
        <translation>Nächster Fakt</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Synoptic: corresponding passages side by side, row by row (Ctrl+1)</source>
        <translation>Synoptisch: einander entsprechende Passagen nebeneinander, Zeile für Zeile (Strg+1)</translation>
    </message>
    <message>
        <source>Continuous: each article as running text, links drawn between them (Ctrl+2)</source>
        <translation>Fortlaufend: jeder Artikel als Fließtext, mit Verbindungslinien dazwischen (Strg+2)</translation>
    </message>
    <message>
        <source>Fold passages that are the same in every article (Ctrl+D)</source>
        <translation>Passagen einklappen, die in jedem Artikel gleich sind (Strg+D)</translation>
    </message>
    <message>
        <source>&amp;Redline</source>
        <translation>Änderungs&amp;markierung</translation>
    </message>
    <message>
        <source>Redline: the reference article&apos;s text with another article&apos;s insertions and deletions marked (Ctrl+3)</source>
        <translation>Änderungsmarkierung: der Text des Referenzartikels mit den Einfügungen und Löschungen eines anderen Artikels markiert (Strg+3)</translation>
    </message>
    <message>
        <source>&amp;Redline…</source>
        <translation>Änderungs&amp;markierung…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Link Passages</source>
        <translation>Passagen &amp;verknüpfen</translation>
    </message>
    <message>
        <source>U&amp;nlink Passages</source>
        <translation>Verknüpfung &amp;lösen</translation>
    </message>
    <message>
        <source>Cancel Linking</source>
        <translation>Verknüpfen abbrechen</translation>
    </message>
    <message>
        <source>Link the passage chosen with one chosen in another article (Ctrl+L, then Ctrl+L again)</source>
        <translation>Die gewählte Passage mit einer in einem anderen Artikel gewählten verknüpfen (Strg+L, dann noch einmal Strg+L)</translation>
    </message>
    <message>
        <source>Keep the passage chosen apart from its counterpart (Ctrl+Shift+L)</source>
        <translation>Die gewählte Passage von ihrem Gegenstück getrennt halten (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Add Note on the &amp;Comparison…</source>
        <translation>Notiz zum &amp;Vergleich hinzufügen…</translation>
    </message>
    <message>
        <source>Write a note, with a verdict, on the passage chosen (Ctrl+Alt+M)</source>
        <translation>Eine Notiz mit Urteil zur gewählten Passage schreiben (Strg+Alt+M)</translation>
    </message>
    <message>
        <source>Show &amp;Related Passages</source>
        <translation>&amp;Verwandte Passagen zeigen</translation>
    </message>
    <message>
        <source>Also link passages found in one article only that are about the same thing as a passage of another, with different claims (compares again)</source>
        <translation>Auch Passagen verbinden, die nur ein Artikel hat, die aber vom selben handeln wie eine Passage eines anderen, mit anderen Aussagen (vergleicht erneut)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.docx *.odt *.pdf);;Synoptic comparisons (*.synoptic);;All files (*)</source>
        <translation>Artikel (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.docx *.odt *.pdf);;Synoptic-Vergleiche (*.synoptic);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Synoptic</source>
        <translation>Synoptic</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Seitenleiste</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation>Artikel s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Far&amp;bschema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>Side &amp;Panel</source>
        <translation>Seiten&amp;leiste</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Synoptic will use the language you chose the next time it starts.</source>
        <translation>Synoptic verwendet die gewählte Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>About Synoptic</source>
        <translation>Über Synoptic</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Synoptic %1&lt;/h3&gt;&lt;p&gt;Compares articles side by side: what they share, what one edited, what only one says, and which facts changed.&lt;/p&gt;&lt;p&gt;Qt %2 · ICU %3 · poppler %4 (PDF, loaded when needed)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Synoptic %1&lt;/h3&gt;&lt;p&gt;Vergleicht Artikel nebeneinander: was sie gemeinsam haben, was einer bearbeitet hat, was nur einer sagt und welche Fakten sich geändert haben.&lt;/p&gt;&lt;p&gt;Qt %2 · ICU %3 · poppler %4 (PDF, bei Bedarf geladen)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cancelled. The comparison shown is the last one that finished.</source>
        <translation>Abgebrochen. Der angezeigte Vergleich ist der letzte, der fertig wurde.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Opened the comparison %1 only; open the other files after it.</source>
        <translation>Nur der Vergleich %1 wurde geöffnet; öffnen Sie die anderen Dateien danach.</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Einfügen.</translation>
    </message>
    <message>
        <source>No example articles were found in %1.</source>
        <translation>In %1 wurden keine Beispielartikel gefunden.</translation>
    </message>
    <message>
        <source>No articles open</source>
        <translation>Keine Artikel geöffnet</translation>
    </message>
    <message>
        <source>%1 — Synoptic</source>
        <translation>%1 — Synoptic</translation>
    </message>
    <message numerus="yes">
        <source>%n articles — Synoptic</source>
        <translation>
            <numerusform>%n Artikel — Synoptic</numerusform>
            <numerusform>%n Artikel — Synoptic</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlink &amp;From</source>
        <translation>Ver&amp;knüpfung lösen mit</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Add Note on Lin&amp;k with</source>
        <translation>Notiz zur Ver&amp;knüpfung mit</translation>
    </message>
    <message>
        <source>Stop the export; nothing is written</source>
        <translation>Export abbrechen; es wird nichts geschrieben</translation>
    </message>
    <message>
        <source>Export to %1 cancelled; nothing was written</source>
        <translation>Export nach %1 abgebrochen; es wurde nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>MarkdownImporter</name>
    <message>
        <source>the Markdown document is too large to parse</source>
        <translation>das Markdown-Dokument ist zu groß zum Verarbeiten</translation>
    </message>
</context>
<context>
    <name>MemoryBudget</name>
    <message numerus="yes">
        <source>comparing these %n articles (%1 of text) needs about %2 of memory, more than the %3 allowed here: compare fewer or shorter articles, or raise the limit</source>
        <translation>
            <numerusform>Der Vergleich dieses Artikels (%1 Text) braucht etwa %2 Arbeitsspeicher, mehr als die hier erlaubten %3: vergleichen Sie weniger oder kürzere Artikel, oder erhöhen Sie die Grenze</numerusform>
            <numerusform>Der Vergleich dieser %n Artikel (%1 Text) braucht etwa %2 Arbeitsspeicher, mehr als die hier erlaubten %3: vergleichen Sie weniger oder kürzere Artikel, oder erhöhen Sie die Grenze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>No verdict</source>
        <translation>Kein Urteil</translation>
    </message>
    <message>
        <source>What you checked, and what you found</source>
        <translation>Was Sie geprüft haben und was Sie gefunden haben</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Urteil:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Add &amp;Note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Add Note on Lin&amp;k with</source>
        <translation>Notiz zur Ver&amp;knüpfung mit</translation>
    </message>
    <message>
        <source>The passage chosen is not linked</source>
        <translation>Die gewählte Passage ist nicht verknüpft</translation>
    </message>
    <message>
        <source>Click a passage first, then press Ctrl+Alt+M.</source>
        <translation>Klicken Sie zuerst auf eine Passage und drücken Sie dann Strg+Alt+M.</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>The passage chosen is not linked to that article.</source>
        <translation>Die gewählte Passage ist nicht mit diesem Artikel verknüpft.</translation>
    </message>
    <message>
        <source>Add Note on Link</source>
        <translation>Notiz zur Verknüpfung hinzufügen</translation>
    </message>
    <message>
        <source>Add Note on Comparison</source>
        <translation>Notiz zum Vergleich hinzufügen</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>This note is on the comparison as a whole.</source>
        <translation>Diese Notiz gilt dem Vergleich als Ganzem.</translation>
    </message>
    <message>
        <source>This note is not placed: %1.</source>
        <translation>Diese Notiz hat keinen Platz: %1.</translation>
    </message>
    <message>
        <source>Not placed: %1.</source>
        <translation>Ohne Platz: %1.</translation>
    </message>
    <message>
        <source>On the comparison as a whole.</source>
        <translation>Zum Vergleich als Ganzem.</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>On the link between %1 and %2.</source>
        <translation>Zur Verknüpfung zwischen %1 und %2.</translation>
    </message>
    <message>
        <source>On %1.</source>
        <translation>Zu %1.</translation>
    </message>
</context>
<context>
    <name>NoteEdits</name>
    <message>
        <source>the article changed on disk and the text the note was on is not where it was</source>
        <translation>der Artikel wurde auf der Festplatte geändert, und der Text der Notiz steht nicht mehr dort, wo er stand</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Bestritten</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Unklar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>NoteList</name>
    <message>
        <source>All verdicts</source>
        <translation>Alle Urteile</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Bestritten</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Unklar</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Kein Urteil</translation>
    </message>
    <message>
        <source>Show notes with verdict</source>
        <translation>Notizen mit Urteil anzeigen</translation>
    </message>
    <message>
        <source>&amp;Edit Note…</source>
        <translation>Notiz &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>Notiz &amp;löschen</translation>
    </message>
    <message>
        <source>No notes yet. Choose a passage and press Ctrl+Alt+M (Edit ▸ Add Note…).</source>
        <translation>Noch keine Notizen. Wählen Sie eine Passage und drücken Sie Strg+Alt+M (Bearbeiten ▸ Notiz hinzufügen…).</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <source>%1 ↔ %2: “%3”</source>
        <translation>%1 ↔ %2: „%3“</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>Unplaced: %1</source>
        <translation>Ohne Platz: %1</translation>
    </message>
    <message>
        <source>On the comparison</source>
        <translation>Zum Vergleich</translation>
    </message>
</context>
<context>
    <name>NoteMarker</name>
    <message>
        <source>&amp;Edit Note…</source>
        <translation>Notiz &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>Notiz &amp;löschen</translation>
    </message>
</context>
<context>
    <name>NoteMarkers</name>
    <message>
        <source>%1 on the link with %2</source>
        <translation>%1 zur Verknüpfung mit %2</translation>
    </message>
</context>
<context>
    <name>NotePlacer</name>
    <message>
        <source>it is on a link but names only one of its passages</source>
        <translation>sie steht an einer Verknüpfung, nennt aber nur eine ihrer Passagen</translation>
    </message>
    <message>
        <source>it is on a link, but both of its passages are in article %1</source>
        <translation>sie steht an einer Verknüpfung, deren beide Passagen aber in Artikel %1 liegen</translation>
    </message>
    <message>
        <source>its article is not one of those compared</source>
        <translation>ihr Artikel ist keiner der verglichenen</translation>
    </message>
    <message>
        <source>it names article %1, but %2 are compared</source>
        <translation>sie nennt Artikel %1, verglichen werden aber %2</translation>
    </message>
    <message>
        <source>its passage in article %1 (code points %2 to %3) is outside the text, which has %4</source>
        <translation>ihre Passage in Artikel %1 (Codepunkte %2 bis %3) liegt außerhalb des Textes, der %4 hat</translation>
    </message>
    <message>
        <source>its passage in article %1 (code points %2 to %3) is on no sentence</source>
        <translation>ihre Passage in Artikel %1 (Codepunkte %2 bis %3) liegt auf keinem Satz</translation>
    </message>
</context>
<context>
    <name>OdtImporter</name>
    <message>
        <source>it is %1</source>
        <translation>es ist %1</translation>
    </message>
    <message>
        <source>the document is password-protected</source>
        <translation>das Dokument ist passwortgeschützt</translation>
    </message>
</context>
<context>
    <name>OfficePackage</name>
    <message>
        <source>the file is not a valid %1 document (%2)</source>
        <translation>die Datei ist kein gültiges %1-Dokument (%2)</translation>
    </message>
    <message>
        <source>malformed XML at line %1 of %2</source>
        <translation>fehlerhaftes XML in Zeile %1 von %2</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Absätze</translation>
    </message>
    <message>
        <source>The unit of alignment: sentences, or whole paragraphs</source>
        <translation>Die Einheit der Zuordnung: Sätze oder ganze Absätze</translation>
    </message>
    <message>
        <source>Least similarity for two passages to count as the same passage edited. Lower finds looser paraphrases, and more false links.</source>
        <translation>Mindestähnlichkeit, ab der zwei Passagen als dieselbe, bearbeitete Passage gelten. Niedriger findet freiere Umformulierungen und mehr falsche Verbindungen.</translation>
    </message>
    <message>
        <source>Align by</source>
        <translation>Zuordnen nach</translation>
    </message>
    <message>
        <source>Divergent at</source>
        <translation>Abweichend ab</translation>
    </message>
    <message>
        <source>When comparing, ignore</source>
        <translation>Beim Vergleich ignorieren</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>“Seoul” and “SEOUL” are the same word</source>
        <translation>„Seoul“ und „SEOUL“ sind dasselbe Wort</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>Satzzeichen</translation>
    </message>
    <message>
        <source>A changed comma or quotation mark keeps a passage a match</source>
        <translation>Ein geändertes Komma oder Anführungszeichen lässt eine Passage übereinstimmen</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <source>Every digit counts as the same: “12,000” matches “10,000”</source>
        <translation>Jede Ziffer zählt als gleich: „12,000“ entspricht „10,000“</translation>
    </message>
    <message>
        <source>Diacritics</source>
        <translation>Diakritische Zeichen</translation>
    </message>
    <message>
        <source>“café” matches “cafe”</source>
        <translation>„café“ entspricht „cafe“</translation>
    </message>
    <message>
        <source>Page furniture</source>
        <translation>Seitenelemente</translation>
    </message>
    <message>
        <source>Leave out navigation and share prompts (“READ MORE:”, “Top News”); they stay visible, dimmed</source>
        <translation>Navigation und Teilen-Aufforderungen („READ MORE:“, „Top News“) auslassen; sie bleiben abgeblendet sichtbar</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standard wiederherstellen</translation>
    </message>
</context>
<context>
    <name>OutputWriter</name>
    <message>
        <source>this is one of the articles being compared; choose another output file</source>
        <translation>dies ist einer der verglichenen Artikel; wählen Sie eine andere Ausgabedatei</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <source>Overview: click or drag to jump</source>
        <translation>Übersicht: zum Springen klicken oder ziehen</translation>
    </message>
</context>
<context>
    <name>Passage</name>
    <message>
        <source>Matching passage: identical in another article</source>
        <translation>Übereinstimmende Passage: identisch in einem anderen Artikel</translation>
    </message>
    <message>
        <source>Divergent passage: edited or paraphrased in the other articles</source>
        <translation>Abweichende Passage: in den anderen Artikeln bearbeitet oder umformuliert</translation>
    </message>
    <message>
        <source>Unique passage: no counterpart in the other articles</source>
        <translation>Einzigartige Passage: kein Gegenstück in den anderen Artikeln</translation>
    </message>
    <message>
        <source>Page furniture, left out of the comparison</source>
        <translation>Seitenelemente, vom Vergleich ausgenommen</translation>
    </message>
    <message>
        <source>Moved: in a different place in the other article</source>
        <translation>Verschoben: an anderer Stelle im anderen Artikel</translation>
    </message>
    <message>
        <source>• %1: identical (moved)</source>
        <translation>• %1: identisch (verschoben)</translation>
    </message>
    <message>
        <source>• %1: identical</source>
        <translation>• %1: identisch</translation>
    </message>
    <message>
        <source>• %1: %2% similar (moved)</source>
        <translation>• %1: %2 % ähnlich (verschoben)</translation>
    </message>
    <message>
        <source>• %1: %2% similar</source>
        <translation>• %1: %2 % ähnlich</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more changed facts</source>
        <translation>
            <numerusform>… und %n weiterer geänderter Fakt</numerusform>
            <numerusform>… und %n weitere geänderte Fakten</numerusform>
        </translation>
    </message>
    <message>
        <source>  Linked by you</source>
        <translation>  Von Ihnen verknüpft</translation>
    </message>
    <message>
        <source>• %1: same wording, ignoring %2 (moved)</source>
        <translation>• %1: gleicher Wortlaut ohne Beachtung von %2 (verschoben)</translation>
    </message>
    <message>
        <source>• %1: same wording, ignoring %2</source>
        <translation>• %1: gleicher Wortlaut ohne Beachtung von %2</translation>
    </message>
    <message>
        <source>Related passage: no counterpart, but another article tells of the same thing with different claims</source>
        <translation>Verwandte Passage: kein Gegenstück, aber ein anderer Artikel berichtet vom selben mit anderen Aussagen</translation>
    </message>
    <message>
        <source>• %1: related, %2% similar (not an edit)</source>
        <translation>• %1: verwandt, %2 % ähnlich (keine Bearbeitung)</translation>
    </message>
</context>
<context>
    <name>PassageLinker</name>
    <message>
        <source>Click a passage first, then press Ctrl+L.</source>
        <translation>Klicken Sie zuerst auf eine Passage, dann drücken Sie Strg+L.</translation>
    </message>
    <message>
        <source>Select the passage to link it with in another article, then press Ctrl+L; Esc cancels</source>
        <translation>Wählen Sie in einem anderen Artikel die Passage, mit der sie verknüpft werden soll, dann drücken Sie Strg+L; Esc bricht ab</translation>
    </message>
    <message>
        <source>Linked: aligning again around the link.</source>
        <translation>Verknüpft: die Artikel werden um die Verknüpfung herum neu ausgerichtet.</translation>
    </message>
    <message>
        <source>Link Passages</source>
        <translation>Passagen verknüpfen</translation>
    </message>
    <message>
        <source>The passage chosen is not linked</source>
        <translation>Die gewählte Passage ist nicht verknüpft</translation>
    </message>
    <message>
        <source>The passage chosen is not linked to another article.</source>
        <translation>Die gewählte Passage ist mit keinem anderen Artikel verknüpft.</translation>
    </message>
    <message>
        <source>The passage is linked with several articles: choose one under Edit ▸ Unlink From.</source>
        <translation>Die Passage ist mit mehreren Artikeln verknüpft: wählen Sie einen unter Bearbeiten ▸ Verknüpfung lösen mit.</translation>
    </message>
    <message>
        <source>Unlinked: aligning again without the link.</source>
        <translation>Getrennt: die Artikel werden ohne die Verknüpfung neu ausgerichtet.</translation>
    </message>
    <message>
        <source>Unlink Passages</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Linking cancelled.</source>
        <translation>Verknüpfen abgebrochen.</translation>
    </message>
    <message>
        <source>A link you made was left out: %1.</source>
        <translation>Eine von Ihnen gesetzte Verknüpfung wurde ausgelassen: %1.</translation>
    </message>
</context>
<context>
    <name>PdfImporter</name>
    <message>
        <source>the PDF is too large to read</source>
        <translation>das PDF ist zu groß zum Lesen</translation>
    </message>
    <message>
        <source>the file is not a valid PDF document (corrupt or truncated)</source>
        <translation>die Datei ist kein gültiges PDF-Dokument (beschädigt oder abgeschnitten)</translation>
    </message>
    <message>
        <source>the PDF is password-protected</source>
        <translation>das PDF ist passwortgeschützt</translation>
    </message>
    <message>
        <source>the PDF has %1 pages, more than the limit of %2</source>
        <translation>das PDF hat %1 Seiten, mehr als die Grenze von %2</translation>
    </message>
    <message>
        <source>reading the PDF took longer than the %1 s limit (stopped at page %2 of %3)</source>
        <translation>das Lesen des PDF dauerte länger als die Grenze von %1 s (angehalten bei Seite %2 von %3)</translation>
    </message>
    <message>
        <source>the PDF contains no text (it may be scanned images without a text layer)</source>
        <translation>das PDF enthält keinen Text (vielleicht gescannte Bilder ohne Textebene)</translation>
    </message>
    <message>
        <source>the import was cancelled at page %1 of %2</source>
        <translation>der Import wurde bei Seite %1 von %2 abgebrochen</translation>
    </message>
</context>
<context>
    <name>PluginImporter</name>
    <message>
        <source>support for this format could not be loaded (%1)</source>
        <translation>die Unterstützung für dieses Format konnte nicht geladen werden (%1)</translation>
    </message>
</context>
<context>
    <name>PluginLibrary</name>
    <message>
        <source>%1 does not provide %2</source>
        <translation>%1 stellt %2 nicht bereit</translation>
    </message>
    <message>
        <source>the module %1 is not installed</source>
        <translation>das Modul %1 ist nicht installiert</translation>
    </message>
</context>
<context>
    <name>ProgressIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop importing and aligning; the last comparison stays shown</source>
        <translation>Importieren und Zuordnen anhalten; der letzte Vergleich bleibt angezeigt</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The other article has this passage in another place: go there</source>
        <translation>Der andere Artikel hat diese Passage an anderer Stelle: dorthin springen</translation>
    </message>
    <message>
        <source>The reference has this passage in another place: go there</source>
        <translation>Die Referenz hat diese Passage an anderer Stelle: dorthin springen</translation>
    </message>
    <message>
        <source>&#xa0;moved ↓&#xa0;</source>
        <translation>&#xa0;verschoben ↓&#xa0;</translation>
    </message>
    <message>
        <source>&#xa0;moved ↑&#xa0;</source>
        <translation>&#xa0;verschoben ↑&#xa0;</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>%1 (comparison)</source>
        <translation>%1 (Vergleich)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
</context>
<context>
    <name>RedlinePane</name>
    <message>
        <source>The article whose changes to the reference are marked</source>
        <translation>Der Artikel, dessen Änderungen gegenüber der Referenz markiert werden</translation>
    </message>
    <message>
        <source>&amp;Changes in:</source>
        <translation>Än&amp;derungen in:</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
</context>
<context>
    <name>RowFolding</name>
    <message>
        <source>%n identical passage</source>
        <translation>%n identische Passage</translation>
    </message>
    <message>
        <source>%n identical passages</source>
        <translation>%n identische Passagen</translation>
    </message>
    <message>
        <source>%n passage of page furniture</source>
        <translation>%n Passage aus Seitenelementen</translation>
    </message>
    <message>
        <source>%n passages of page furniture</source>
        <translation>%n Passagen aus Seitenelementen</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>ScreenshotRunner</name>
    <message>
        <source>no comparison was shown within %1 s</source>
        <translation>innerhalb von %1 s wurde kein Vergleich angezeigt</translation>
    </message>
    <message>
        <source>fewer than two articles to compare</source>
        <translation>weniger als zwei Artikel zum Vergleichen</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Synoptic comparisons (*.synoptic);;All files (*)</source>
        <translation>Synoptic-Vergleiche (*.synoptic);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Did not open %1. The comparison shown is unchanged.</source>
        <translation>%1 wurde nicht geöffnet. Der angezeigte Vergleich ist unverändert.</translation>
    </message>
    <message>
        <source>Could not open the comparison %1</source>
        <translation>Der Vergleich %1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not save the comparison %1</source>
        <translation>Der Vergleich %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Open Comparison</source>
        <translation>Vergleich öffnen</translation>
    </message>
    <message>
        <source>comparison.synoptic</source>
        <translation>vergleich.synoptic</translation>
    </message>
    <message>
        <source>Save Comparison</source>
        <translation>Vergleich speichern</translation>
    </message>
    <message>
        <source>The comparison could not be saved automatically: %1</source>
        <translation>Der Vergleich konnte nicht automatisch gesichert werden: %1</translation>
    </message>
    <message>
        <source>Restored the comparison that was open when Synoptic stopped unexpectedly.</source>
        <translation>Der Vergleich, der beim unerwarteten Ende von Synoptic geöffnet war, wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Reopened the comparison that was open when Synoptic was last closed.</source>
        <translation>Der Vergleich, der beim letzten Schließen von Synoptic geöffnet war, wurde wieder geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 (%n articles)</source>
        <translation>
            <numerusform>%1 geöffnet (%n Artikel)</numerusform>
            <numerusform>%1 geöffnet (%n Artikel)</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1: %2. Nothing is aligned against other text until you choose.</source>
        <translation>Beim Öffnen von %1: %2. Nichts wird gegen anderen Text zugeordnet, bis Sie eine Wahl treffen.</translation>
    </message>
    <message>
        <source>Use Embedded Copy</source>
        <translation>Eingebettete Kopie verwenden</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Use Changed File</source>
        <translation>Geänderte Datei verwenden</translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation>%1 suchen</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>%1 has no &quot;%2&quot;</source>
        <translation>%1 hat kein „%2“</translation>
    </message>
    <message>
        <source>&quot;%2&quot; of %1 is not a string</source>
        <translation>„%2“ von %1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3</source>
        <translation>%1 ist keine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>&quot;%2&quot; of %1 is not true or false</source>
        <translation>„%2“ von %1 ist weder true noch false</translation>
    </message>
    <message>
        <source>&quot;%2&quot; of %1 is not an array</source>
        <translation>„%2“ von %1 ist kein Array</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>&quot;granularity&quot; is &quot;%1&quot;, not &quot;sentence&quot; or &quot;paragraph&quot;</source>
        <translation>„granularity“ ist „%1“, nicht „sentence“ oder „paragraph“</translation>
    </message>
    <message>
        <source>&quot;divergentThreshold&quot; is not a number in (0, 1]</source>
        <translation>„divergentThreshold“ ist keine Zahl in (0, 1]</translation>
    </message>
    <message>
        <source>%1 has encoding &quot;%2&quot;, not &quot;utf-8&quot; or &quot;base64&quot;</source>
        <translation>%1 hat die Kodierung „%2“, nicht „utf-8“ oder „base64“</translation>
    </message>
    <message>
        <source>%1 is not valid Base64</source>
        <translation>%1 ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>the &quot;sha256&quot; of %1 is not 64 lower-case hex digits</source>
        <translation>„sha256“ von %1 besteht nicht aus 64 kleingeschriebenen Hexadezimalziffern</translation>
    </message>
    <message>
        <source>the embedded copy of article %1</source>
        <translation>die eingebettete Kopie von Artikel %1</translation>
    </message>
    <message>
        <source>%1 does not match its &quot;sha256&quot;: the file was altered</source>
        <translation>%1 passt nicht zu seinem „sha256“: die Datei wurde verändert</translation>
    </message>
    <message>
        <source>%1 has neither a path nor an embedded copy</source>
        <translation>%1 hat weder einen Pfad noch eine eingebettete Kopie</translation>
    </message>
    <message>
        <source>the article of %1</source>
        <translation>der Artikel von %1</translation>
    </message>
    <message>
        <source>the start of %1</source>
        <translation>der Anfang von %1</translation>
    </message>
    <message>
        <source>the end of %1</source>
        <translation>das Ende von %1</translation>
    </message>
    <message>
        <source>manual link %1</source>
        <translation>manuelle Verbindung %1</translation>
    </message>
    <message>
        <source>%1 does not have two ends</source>
        <translation>%1 hat nicht zwei Enden</translation>
    </message>
    <message>
        <source>end %1 of %2</source>
        <translation>Ende %1 von %2</translation>
    </message>
    <message>
        <source>&quot;linked&quot; of %1 is not true or false</source>
        <translation>„linked“ von %1 ist weder true noch false</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>Notiz %1</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>the anchor of %1</source>
        <translation>der Anker von %1</translation>
    </message>
    <message>
        <source>&quot;created&quot; of %1 is not an ISO 8601 date and time</source>
        <translation>„created“ von %1 ist kein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>not a Synoptic comparison (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>kein Synoptic-Vergleich (kein „format“: „%1“)</translation>
    </message>
    <message>
        <source>&quot;version&quot;</source>
        <translation>„version“</translation>
    </message>
    <message>
        <source>it was saved by a newer Synoptic (session version %1; this one reads version %2)</source>
        <translation>er wurde von einer neueren Synoptic-Version gespeichert (Sitzungsversion %1; diese liest Version %2)</translation>
    </message>
    <message>
        <source>an entry of &quot;columnOrder&quot;</source>
        <translation>ein Eintrag von „columnOrder“</translation>
    </message>
    <message>
        <source>&quot;columnOrder&quot; names article %1 twice</source>
        <translation>„columnOrder“ nennt Artikel %1 zweimal</translation>
    </message>
    <message>
        <source>&quot;columnOrder&quot; has %1 entries for %2 articles</source>
        <translation>„columnOrder“ hat %1 Einträge für %2 Artikel</translation>
    </message>
    <message>
        <source>&quot;reference&quot;</source>
        <translation>„reference“</translation>
    </message>
    <message>
        <source>it has no articles</source>
        <translation>er enthält keine Artikel</translation>
    </message>
    <message>
        <source>&quot;manualLinks&quot; is not an array</source>
        <translation>„manualLinks“ ist kein Array</translation>
    </message>
    <message>
        <source>&quot;notes&quot; is not an array</source>
        <translation>„notes“ ist kein Array</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>the file is larger than a comparison can be (%1 MiB)</source>
        <translation>die Datei ist größer, als ein Vergleich sein kann (%1 MiB)</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>not a Synoptic comparison: the JSON is broken at byte %1 (%2)</source>
        <translation>kein Synoptic-Vergleich: das JSON ist bei Byte %1 fehlerhaft (%2)</translation>
    </message>
    <message>
        <source>not a Synoptic comparison: the JSON is not an object</source>
        <translation>kein Synoptic-Vergleich: das JSON ist kein Objekt</translation>
    </message>
    <message>
        <source>%1 has &quot;linkedTo&quot; but no &quot;anchor&quot;</source>
        <translation>%1 hat „linkedTo“, aber keinen „anchor“</translation>
    </message>
    <message>
        <source>the link end of %1</source>
        <translation>das Verknüpfungsende von %1</translation>
    </message>
    <message>
        <source>%1 is on a link within one article</source>
        <translation>%1 liegt auf einer Verknüpfung innerhalb eines Artikels</translation>
    </message>
    <message>
        <source>the verdict of %1 is &quot;%2&quot;, not confirmed, disputed or unclear</source>
        <translation>das Urteil von %1 ist „%2“, nicht confirmed, disputed oder unclear</translation>
    </message>
</context>
<context>
    <name>SessionLoader</name>
    <message>
        <source>the comparison holds no file for it</source>
        <translation>der Vergleich enthält keine Datei dafür</translation>
    </message>
    <message>
        <source>the article was moved or deleted</source>
        <translation>der Artikel wurde verschoben oder gelöscht</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the article changed since the comparison was saved (its content is not the one compared)</source>
        <translation>der Artikel hat sich seit dem Speichern des Vergleichs geändert (sein Inhalt ist nicht der verglichene)</translation>
    </message>
    <message>
        <source>the comparison holds no copy of the article</source>
        <translation>der Vergleich enthält keine Kopie des Artikels</translation>
    </message>
</context>
<context>
    <name>ShareBar</name>
    <message>
        <source>%1% same, %2% edited, %3% only here</source>
        <translation>%1 % gleich, %2 % bearbeitet, %3 % nur hier</translation>
    </message>
    <message numerus="yes">
        <source>, %n moved</source>
        <translation>
            <numerusform>, %n verschoben</numerusform>
            <numerusform>, %n verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1% related</source>
        <translation>, %1 % verwandt</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>SimilarityTable</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 and %2: %3% of their words in shared passages</source>
        <translation>%1 und %2: %3 % ihrer Wörter in gemeinsamen Passagen</translation>
    </message>
</context>
<context>
    <name>StatisticsPanel</name>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>No comparison yet.</source>
        <translation>Noch kein Vergleich.</translation>
    </message>
    <message>
        <source>%1 · %2 words</source>
        <translation>%1 · %2 Wörter</translation>
    </message>
    <message>
        <source>%1% of the two articles’ words are in shared passages.</source>
        <translation>%1 % der Wörter beider Artikel stehen in gemeinsamen Passagen.</translation>
    </message>
    <message>
        <source>1 shared passage moved.</source>
        <translation>1 gemeinsame Passage verschoben.</translation>
    </message>
    <message>
        <source>%1 shared passages moved.</source>
        <translation>%1 gemeinsame Passagen verschoben.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <source>Facts across the articles (%1)</source>
        <translation>Fakten über alle Artikel (%1)</translation>
    </message>
</context>
<context>
    <name>StatusFields</name>
    <message>
        <source>No differences</source>
        <translation>Keine Unterschiede</translation>
    </message>
    <message>
        <source>Difference %1 of %2</source>
        <translation>Unterschied %1 von %2</translation>
    </message>
    <message>
        <source>Exact comparison</source>
        <translation>Exakter Vergleich</translation>
    </message>
    <message>
        <source>Ignoring %1</source>
        <translation>Ohne Beachtung von %1</translation>
    </message>
    <message>
        <source>Passages count as the same wording only when their words are the same as written.</source>
        <translation>Passagen gelten nur dann als gleicher Wortlaut, wenn ihre Wörter genau so geschrieben gleich sind.</translation>
    </message>
    <message>
        <source>Passages that differ only in %1 count as the same wording; their cards are faded.</source>
        <translation>Passagen, die sich nur in %1 unterscheiden, gelten als gleicher Wortlaut; ihre Karten sind blasser.</translation>
    </message>
    <message>
        <source>1 difference</source>
        <translation>1 Unterschied</translation>
    </message>
    <message>
        <source>%1 differences</source>
        <translation>%1 Unterschiede</translation>
    </message>
</context>
<context>
    <name>SynopticPane</name>
    <message>
        <source>⋯ %1 ⋯</source>
        <translation>⋯ %1 ⋯</translation>
    </message>
    <message>
        <source>Copy Passage</source>
        <translation>Passage kopieren</translation>
    </message>
    <message>
        <source>Copy Passage with Source</source>
        <translation>Passage mit Quelle kopieren</translation>
    </message>
    <message>
        <source>Go to Where Article %1 Has It</source>
        <translation>Zur Stelle in Artikel %1 springen</translation>
    </message>
    <message>
        <source>Click to show %1</source>
        <translation>Klicken, um %1 anzuzeigen</translation>
    </message>
    <message>
        <source>Copy Selection</source>
        <translation>Auswahl kopieren</translation>
    </message>
    <message>
        <source>▾ %1 more lines</source>
        <translation>▾ %1 weitere Zeilen</translation>
    </message>
    <message>
        <source>Click to show the whole passage</source>
        <translation>Klicken, um die ganze Passage zu zeigen</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>the file starts with a %1 byte-order mark but is not valid %1</source>
        <translation>die Datei beginnt mit einer %1-Bytereihenfolge-Markierung, ist aber kein gültiges %1</translation>
    </message>
    <message>
        <source>the text encoding detector is unavailable</source>
        <translation>die Erkennung der Textkodierung ist nicht verfügbar</translation>
    </message>
    <message>
        <source>the text encoding could not be recognised</source>
        <translation>die Textkodierung konnte nicht erkannt werden</translation>
    </message>
    <message>
        <source>the file is binary, not text</source>
        <translation>die Datei ist binär, kein Text</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Synoptic User Guide</source>
        <translation>Synoptic-Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Zuschreibung</translation>
    </message>
    <message>
        <source>in article %1</source>
        <translation>in Artikel %1</translation>
    </message>
    <message>
        <source>in the other article</source>
        <translation>im anderen Artikel</translation>
    </message>
    <message>
        <source>Changed %1: %2, missing %3</source>
        <translation>Geänderte Angabe (%1): %2, fehlt %3</translation>
    </message>
    <message>
        <source>Changed %1: missing here, %2 %3</source>
        <translation>Geänderte Angabe (%1): fehlt hier, %2 %3</translation>
    </message>
    <message>
        <source>Changed %1: %2 vs %3 %4</source>
        <translation>Geänderte Angabe (%1): %2 statt %3 %4</translation>
    </message>
    <message>
        <source>Changed %1: %2 vs %3</source>
        <translation>Geänderte Angabe (%1): %2 statt %3</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>Nur hier</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>Zuschreibung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This is the reference article.</source>
        <translation>Dies ist der Referenzartikel.</translation>
    </message>
    <message>
        <source>Reference: %1.</source>
        <translation>Referenz: %1.</translation>
    </message>
    <message>
        <source>%1 No other article has the reference&apos;s wording here.</source>
        <translation>%1 Kein anderer Artikel hat hier den Wortlaut der Referenz.</translation>
    </message>
    <message>
        <source>%1 Same wording as the reference: %2.</source>
        <translation>%1 Gleicher Wortlaut wie die Referenz: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>both say %1</source>
        <translation>beide sagen %1</translation>
    </message>
    <message>
        <source>all %1 say %2</source>
        <translation>alle %1 sagen %2</translation>
    </message>
    <message>
        <source>%1 says %2</source>
        <translation>%1 sagt %2</translation>
    </message>
    <message>
        <source>%1 and %2 say %3</source>
        <translation>%1 und %2 sagen %3</translation>
    </message>
    <message>
        <source>case</source>
        <translation>Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>punctuation</source>
        <translation>Satzzeichen</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <source>diacritics</source>
        <translation>diakritische Zeichen</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>the file is not a valid %1 document (%2)</source>
        <translation>die Datei ist kein gültiges %1-Dokument (%2)</translation>
    </message>
    <message>
        <source>not a ZIP archive</source>
        <translation>kein ZIP-Archiv</translation>
    </message>
    <message>
        <source>truncated or corrupt ZIP archive</source>
        <translation>abgeschnittenes oder beschädigtes ZIP-Archiv</translation>
    </message>
    <message>
        <source>corrupt ZIP archive</source>
        <translation>beschädigtes ZIP-Archiv</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>the document is password-protected</source>
        <translation>das Dokument ist passwortgeschützt</translation>
    </message>
    <message>
        <source>unsupported ZIP compression method</source>
        <translation>nicht unterstützte ZIP-Kompressionsmethode</translation>
    </message>
    <message>
        <source>the document unpacks to more than the %1 size limit</source>
        <translation>das Dokument entpackt sich auf mehr als die Grenze von %1</translation>
    </message>
    <message>
        <source>the document is compressed over %1:1, which no real document is (a &quot;zip bomb&quot;)</source>
        <translation>das Dokument ist stärker als %1:1 komprimiert, was kein echtes Dokument ist (eine „ZIP-Bombe“)</translation>
    </message>
</context>
</TS>
