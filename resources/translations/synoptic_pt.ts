<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>Aligner</name>
    <message>
        <source>%1 has %2 sentences, more than the %3 the viewer aligns one by one: aligned by paragraph instead.</source>
        <translation>%1 tem %2 frases, mais do que as %3 que o visualizador alinha uma a uma: alinhado por parágrafo.</translation>
    </message>
    <message numerus="yes">
        <source>%n manual link(s) could not be honoured and were left out.</source>
        <translation>
            <numerusform>%n ligação manual não pôde ser respeitada e foi deixada de fora.</numerusform>
            <numerusform>%n ligações manuais não puderam ser respeitadas e foram deixadas de fora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>the folder for the automatic save cannot be created</source>
        <translation>não é possível criar a pasta do salvamento automático</translation>
    </message>
</context>
<context>
    <name>ColumnHeaderBar</name>
    <message>
        <source>Close %1</source>
        <translation>Fechar %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 words · %2 shared</source>
        <translation>%1 palavras · %2 em comum</translation>
    </message>
    <message>
        <source>%1 words · %2</source>
        <translation>%1 palavras · %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 words, %2% found in the other articles</source>
        <translation>%1 palavras, %2% encontradas nos outros artigos</translation>
    </message>
    <message>
        <source>Drag to move the column</source>
        <translation>Arraste para mover a coluna</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Compare Others with This One</source>
        <translation>Comparar os outros com este</translation>
    </message>
    <message>
        <source>Make this article the reference: the changed words of the others are marked against it</source>
        <translation>Tornar este artigo a referência: as palavras alteradas dos outros são marcadas em relação a ele</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Reference article: the changed words of the others are marked against it</source>
        <translation>Artigo de referência: as palavras alteradas dos outros são marcadas em relação a ele</translation>
    </message>
    <message>
        <source>Right-click to compare the others with this one</source>
        <translation>Clique com o botão direito para comparar os outros com este</translation>
    </message>
    <message>
        <source>Hide Column</source>
        <translation>Ocultar coluna</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Show All Columns</source>
        <translation>Mostrar todas as colunas</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The BCP-47 code of this translation&apos;s language (&quot;de&quot;, &quot;pt&quot;): language names are shown in it.</extracomment>
        <translation>pt</translation>
    </message>
    <message>
        <source>Read as %1 (chosen; identified as %2)</source>
        <translation>Lido como %1 (escolhido; identificado: %2)</translation>
    </message>
    <message>
        <source>Read as %1 (chosen)</source>
        <translation>Lido como %1 (escolhido)</translation>
    </message>
    <message>
        <source>Language unknown: read as %1</source>
        <translation>Idioma desconhecido: lido como %1</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Detected (unknown)</source>
        <translation>Detectado (desconhecido)</translation>
    </message>
    <message>
        <source>Detected (%1)</source>
        <translation>Detectado (%1)</translation>
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
        <translation>não é possível ler a entrada padrão: %1</translation>
    </message>
</context>
<context>
    <name>ComparisonSession</name>
    <message>
        <source>there is not enough memory to open it</source>
        <translation>não há memória suficiente para abri-lo</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 já está aberto.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Abrindo %1</translation>
    </message>
    <message numerus="yes">
        <source>Opening %n files</source>
        <translation>
            <numerusform>Abrindo %n arquivo</numerusform>
            <numerusform>Abrindo %n arquivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted article %1</source>
        <translation>Artigo colado %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lendo %1</translation>
    </message>
    <message>
        <source>%1 changed on disk but could not be read again: %2. The article stays open as it was last loaded.</source>
        <translation>%1 foi alterado no disco, mas não pôde ser lido novamente: %2. O artigo continua aberto como foi carregado pela última vez.</translation>
    </message>
    <message>
        <source>Reloaded %1, which changed on disk.</source>
        <translation>%1 foi recarregado porque foi alterado no disco.</translation>
    </message>
    <message>
        <source>Reloading %1</source>
        <translation>Recarregando %1</translation>
    </message>
    <message>
        <source>%1 was deleted or moved. The article stays open as it was last loaded.</source>
        <translation>%1 foi apagado ou movido. O artigo continua aberto como foi carregado pela última vez.</translation>
    </message>
    <message numerus="yes">
        <source>Aligning %n articles</source>
        <translation>
            <numerusform>Alinhando %n artigo</numerusform>
            <numerusform>Alinhando %n artigos</numerusform>
        </translation>
    </message>
    <message>
        <source>There is not enough memory to compare these articles. Close some, or align by paragraph in the options.</source>
        <translation>Não há memória suficiente para comparar estes artigos. Feche alguns ou alinhe por parágrafo nas opções.</translation>
    </message>
    <message>
        <source>Its manual links were removed: they pointed into the old text.</source>
        <translation>As suas ligações manuais foram removidas: apontavam para o texto antigo.</translation>
    </message>
    <message>
        <source>These articles are not compared: %1.</source>
        <translation>Estes artigos não são comparados: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The notes on %1 were removed with it (%n).</source>
        <translation>
            <numerusform>As notas sobre %1 foram removidas com o artigo (%n).</numerusform>
            <numerusform>As notas sobre %1 foram removidas com o artigo (%n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes on %1 that no longer fit its text are kept in the Notes list, unplaced (%n).</source>
        <translation>
            <numerusform>As notas sobre %1 que já não correspondem ao texto ficam na lista de notas, sem lugar (%n).</numerusform>
            <numerusform>As notas sobre %1 que já não correspondem ao texto ficam na lista de notas, sem lugar (%n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Copied the passage of %1</source>
        <translation>Passagem de %1 copiada</translation>
    </message>
    <message>
        <source>Difference %1 of %2</source>
        <translation>Diferença %1 de %2</translation>
    </message>
    <message>
        <source>Unique passage %1 of %2</source>
        <translation>Passagem única %1 de %2</translation>
    </message>
    <message>
        <source>Changed fact %1 of %2</source>
        <translation>Dado alterado %1 de %2</translation>
    </message>
    <message>
        <source>No more differences</source>
        <translation>Não há mais diferenças</translation>
    </message>
    <message>
        <source>No earlier differences</source>
        <translation>Não há diferenças anteriores</translation>
    </message>
    <message>
        <source>No more unique passages</source>
        <translation>Não há mais passagens únicas</translation>
    </message>
    <message>
        <source>No earlier unique passages</source>
        <translation>Não há passagens únicas anteriores</translation>
    </message>
    <message>
        <source>No more changed facts</source>
        <translation>Não há mais dados alterados</translation>
    </message>
    <message>
        <source>No earlier changed facts</source>
        <translation>Não há dados alterados anteriores</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Não encontrado: %1</translation>
    </message>
    <message>
        <source>Search wrapped: %1</source>
        <translation>A pesquisa recomeçou do início: %1</translation>
    </message>
</context>
<context>
    <name>ConstraintResolver</name>
    <message>
        <source>one of its passages is in no article compared</source>
        <translation>uma das suas passagens não está em nenhum artigo comparado</translation>
    </message>
    <message>
        <source>it names article %1, but %2 are compared</source>
        <translation>indica o artigo %1, mas são comparados %2</translation>
    </message>
    <message>
        <source>both of its passages are in “%1”</source>
        <translation>as duas passagens estão em “%1”</translation>
    </message>
    <message>
        <source>its passage in “%1” (code points %2 to %3) is empty or outside the text, which has %4</source>
        <translation>a sua passagem em “%1” (pontos de código %2 a %3) está vazia ou fora do texto, que tem %4</translation>
    </message>
    <message>
        <source>its passage in “%1” (code points %2 to %3) covers no sentence the alignment compares</source>
        <translation>a sua passagem em “%1” (pontos de código %2 a %3) não abrange nenhuma frase que o alinhamento compare</translation>
    </message>
    <message>
        <source>it shares a passage with manual link %1, and a passage has one manual link per article</source>
        <translation>partilha uma passagem com a ligação manual %1, e uma passagem tem uma só ligação manual por artigo</translation>
    </message>
    <message>
        <source>it links and keeps apart the same passages as manual link %1</source>
        <translation>liga e separa as mesmas passagens que a ligação manual %1</translation>
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
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>arquivo inexistente</translation>
    </message>
    <message>
        <source>is a directory, not a file</source>
        <translation>é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>não é um arquivo comum</translation>
    </message>
    <message>
        <source>the file is %1, over the %2 size limit</source>
        <translation>o arquivo tem %1, acima do limite de %2</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>não pode ser lido (%1)</translation>
    </message>
    <message>
        <source>the file is over the %1 size limit</source>
        <translation>o arquivo ultrapassa o limite de %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>o arquivo está vazio</translation>
    </message>
    <message>
        <source>the input is over the %1 size limit</source>
        <translation>a entrada ultrapassa o limite de %1</translation>
    </message>
    <message>
        <source>the input is empty</source>
        <translation>a entrada está vazia</translation>
    </message>
    <message>
        <source>unsupported file type (%1)</source>
        <translation>tipo de arquivo não suportado (%1)</translation>
    </message>
    <message>
        <source>the document is too large to import</source>
        <translation>o documento é grande demais para importar</translation>
    </message>
    <message>
        <source>the document could not be read (%1)</source>
        <translation>não foi possível ler o documento (%1)</translation>
    </message>
    <message>
        <source>no text found in the document</source>
        <translation>nenhum texto encontrado no documento</translation>
    </message>
</context>
<context>
    <name>DocxImporter</name>
    <message>
        <source>the document is encrypted or in the old binary .doc format</source>
        <translation>o documento está cifrado ou no antigo formato binário .doc</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Open the Example Articles</source>
        <translation>Abrir os artigos de exemplo</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Colar</translation>
    </message>
    <message>
        <source>Add the text or web page on the clipboard as an article</source>
        <translation>Adicionar como artigo o texto ou a página web da área de transferência</translation>
    </message>
    <message>
        <source>Two reports of the same news story, as a first example</source>
        <translation>Duas reportagens da mesma notícia, como primeiro exemplo</translation>
    </message>
    <message>
        <source>Open two or more articles to compare them</source>
        <translation>Abra dois ou mais artigos para compará-los</translation>
    </message>
    <message>
        <source>Drop files here, or paste an article. Synoptic reads plain text, HTML, Markdown, Word (DOCX), OpenDocument and PDF.</source>
        <translation>Solte arquivos aqui ou cole um artigo. O Synoptic lê texto simples, HTML, Markdown, Word (DOCX), OpenDocument e PDF.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n articles…</source>
        <translation>
            <numerusform>Comparando %n artigo…</numerusform>
            <numerusform>Comparando %n artigos…</numerusform>
        </translation>
    </message>
    <message>
        <source>The comparison was cancelled</source>
        <translation>A comparação foi cancelada</translation>
    </message>
    <message>
        <source>%1
View ▸ Compare Again (F5) compares them.</source>
        <translation>%1
Ver ▸ Comparar novamente (F5) compara-os.</translation>
    </message>
    <message>
        <source>“%1” is open</source>
        <translation>“%1” está aberto</translation>
    </message>
    <message>
        <source>Open, drop or paste one more article to compare it with.</source>
        <translation>Abra, solte ou cole mais um artigo para compará-lo com este.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Exporting %1</source>
        <translation>Exportando %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export HTML</source>
        <translation>Exportar HTML</translation>
    </message>
    <message>
        <source>Web page (*.html *.htm)</source>
        <translation>Página web (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export JSON Report</source>
        <translation>Exportar relatório JSON</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>Relatório JSON (*.json)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Could not save %1.</source>
        <translation>Não foi possível salvar %1.</translation>
    </message>
    <message>
        <source>Export Redline</source>
        <translation>Exportar revisão</translation>
    </message>
</context>
<context>
    <name>ExportOutline</name>
    <message>
        <source> in article %1</source>
        <translation> no artigo %1</translation>
    </message>
    <message>
        <source>identical row</source>
        <translation>linha idêntica</translation>
    </message>
    <message>
        <source>Identical in every article</source>
        <translation>Idêntica em todos os artigos</translation>
    </message>
    <message>
        <source>furniture</source>
        <translation>elementos da página</translation>
    </message>
    <message>
        <source>Page furniture, not compared</source>
        <translation>Elementos da página, não comparados</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <source>Edited or paraphrased</source>
        <translation>Editado ou parafraseado</translation>
    </message>
    <message>
        <source>unique</source>
        <translation>único</translation>
    </message>
    <message>
        <source>Has a passage no other article has</source>
        <translation>Tem uma passagem que nenhum outro artigo tem</translation>
    </message>
    <message>
        <source>missing somewhere</source>
        <translation>falta em algum</translation>
    </message>
    <message>
        <source>Missing from some articles</source>
        <translation>Falta em alguns artigos</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>movido</translation>
    </message>
    <message>
        <source>Moved: in another place in another article</source>
        <translation>Movido: em outro lugar em outro artigo</translation>
    </message>
    <message>
        <source>changed fact</source>
        <translation>dado alterado</translation>
    </message>
    <message>
        <source>Changed fact</source>
        <translation>Dado alterado</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Alteração de %1</translation>
    </message>
    <message>
        <source>Changed words: %1 vs %2</source>
        <translation>Palavras alteradas: %1 em vez de %2</translation>
    </message>
    <message>
        <source>Changed words</source>
        <translation>Palavras alteradas</translation>
    </message>
    <message>
        <source>Not in the other article</source>
        <translation>Não está no outro artigo</translation>
    </message>
    <message>
        <source>Not</source>
        <translation>Não está</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>this program was built without PDF export</source>
        <translation>este programa foi compilado sem exportação para PDF</translation>
    </message>
    <message>
        <source>the export produced nothing</source>
        <translation>a exportação não produziu nada</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>a exportação foi cancelada</translation>
    </message>
</context>
<context>
    <name>FactList</name>
    <message>
        <source>Kind of fact</source>
        <translation>Tipo de dado</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Todos os artigos</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Artigo %1</translation>
    </message>
</context>
<context>
    <name>FactTableModel</name>
    <message>
        <source>differs</source>
        <translation>diverge</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Dado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>What the articles say</source>
        <translation>O que os artigos dizem</translation>
    </message>
    <message>
        <source>Article %1: %2</source>
        <translation>Artigo %1: %2</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Diferenciar maiúsculas e minúsculas</translation>
    </message>
    <message>
        <source>Find in all articles</source>
        <translation>Localizar em todos os artigos</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Find the previous occurrence (Shift+Enter)</source>
        <translation>Localizar a ocorrência anterior (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Find the next occurrence (Enter)</source>
        <translation>Localizar a próxima ocorrência (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Fechar a barra de pesquisa (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Localizar:</translation>
    </message>
</context>
<context>
    <name>HtmlImporter</name>
    <message>
        <source>the HTML page is over the size limit</source>
        <translation>a página HTML ultrapassa o limite de tamanho</translation>
    </message>
    <message>
        <source>the HTML page is nested too deeply to import</source>
        <translation>a página HTML tem aninhamento profundo demais para importar</translation>
    </message>
    <message>
        <source>the HTML page is too complex to parse</source>
        <translation>a página HTML é complexa demais para analisar</translation>
    </message>
    <message>
        <source>the HTML page could not be parsed</source>
        <translation>não foi possível analisar a página HTML</translation>
    </message>
    <message>
        <source>no article text found in the HTML page</source>
        <translation>nenhum texto de artigo encontrado na página HTML</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Same wording</source>
        <translation>Mesma redação</translation>
    </message>
    <message>
        <source>word for word in another article</source>
        <translation>palavra por palavra em outro artigo</translation>
    </message>
    <message>
        <source>Edited passage</source>
        <translation>Passagem editada</translation>
    </message>
    <message>
        <source>edited or paraphrased in another article</source>
        <translation>editada ou parafraseada em outro artigo</translation>
    </message>
    <message>
        <source>Only in one article</source>
        <translation>Só em um artigo</translation>
    </message>
    <message>
        <source>no counterpart elsewhere</source>
        <translation>sem correspondente em outro lugar</translation>
    </message>
    <message>
        <source>Page furniture</source>
        <translation>Elementos da página</translation>
    </message>
    <message>
        <source>bylines, captions and the like, not compared</source>
        <translation>assinaturas, legendas e afins, não comparados</translation>
    </message>
    <message>
        <source>Changed words</source>
        <translation>Palavras alteradas</translation>
    </message>
    <message>
        <source>replaced in the counterpart</source>
        <translation>substituídas no correspondente</translation>
    </message>
    <message>
        <source>Added words</source>
        <translation>Palavras novas</translation>
    </message>
    <message>
        <source>missing from the counterpart</source>
        <translation>ausentes no correspondente</translation>
    </message>
    <message>
        <source>Changed fact</source>
        <translation>Dado alterado</translation>
    </message>
    <message>
        <source>a number, date, name or quote that differs</source>
        <translation>um número, data, nome ou citação que difere</translation>
    </message>
    <message>
        <source>Moved passage</source>
        <translation>Passagem movida</translation>
    </message>
    <message>
        <source>in another place in the other article</source>
        <translation>em outro lugar no outro artigo</translation>
    </message>
    <message>
        <source>Reference: %1, the others&apos; changes are marked against it</source>
        <translation>Referência: %1, as alterações dos outros são marcadas em relação a ela</translation>
    </message>
    <message>
        <source>Related passage</source>
        <translation>Trecho relacionado</translation>
    </message>
    <message>
        <source>same topic as a passage of another article, different claims: no edit</source>
        <translation>mesmo assunto que um trecho de outro artigo, afirmações diferentes: não é edição</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <source>Same wording, ignoring %1</source>
        <translation>Mesma redação, ignorando %1</translation>
    </message>
    <message>
        <source>Passages whose words are the same once %1 is set aside: quieter than the same wording as written</source>
        <translation>Passagens cujas palavras são iguais quando se desconsidera %1: marcadas de forma mais discreta do que a mesma redação tal como escrita</translation>
    </message>
</context>
<context>
    <name>LinkArgument</name>
    <message>
        <source>%1 %2: write two passages as N:START-END,M:START-END (article numbers from 1, code points)</source>
        <translation>%1 %2: indique duas passagens como N:INÍCIO-FIM,M:INÍCIO-FIM (artigos numerados a partir de 1, pontos de código)</translation>
    </message>
    <message>
        <source>%1 %2: a number is out of range (articles are counted from 1)</source>
        <translation>%1 %2: um número está fora do intervalo (os artigos contam-se a partir de 1)</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Comparison…</source>
        <translation>Abrir &amp;comparação…</translation>
    </message>
    <message>
        <source>&amp;Save Comparison…</source>
        <translation>&amp;Salvar comparação…</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>Colar como &amp;novo artigo</translation>
    </message>
    <message>
        <source>Open the &amp;Example Articles</source>
        <translation>Abrir os artigos de e&amp;xemplo</translation>
    </message>
    <message>
        <source>Close &amp;All Articles</source>
        <translation>Fechar &amp;todos os artigos</translation>
    </message>
    <message>
        <source>&amp;HTML…</source>
        <translation>&amp;HTML…</translation>
    </message>
    <message>
        <source>&amp;JSON Report…</source>
        <translation>Relatório &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Localizar…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Localizar &amp;próxima</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Localizar &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next Difference</source>
        <translation>&amp;Próxima diferença</translation>
    </message>
    <message>
        <source>&amp;Previous Difference</source>
        <translation>Diferença &amp;anterior</translation>
    </message>
    <message>
        <source>Next &amp;Unique Passage</source>
        <translation>Próxima passagem &amp;única</translation>
    </message>
    <message>
        <source>Previous U&amp;nique Passage</source>
        <translation>Passagem única a&amp;nterior</translation>
    </message>
    <message>
        <source>Next Changed &amp;Fact</source>
        <translation>Próximo &amp;dado alterado</translation>
    </message>
    <message>
        <source>Previous Changed F&amp;act</source>
        <translation>Dado alterado an&amp;terior</translation>
    </message>
    <message>
        <source>&amp;Synoptic</source>
        <translation>&amp;Sinóptico</translation>
    </message>
    <message>
        <source>&amp;Continuous</source>
        <translation>&amp;Contínuo</translation>
    </message>
    <message>
        <source>&amp;Differences Only</source>
        <translation>Só &amp;diferenças</translation>
    </message>
    <message>
        <source>Compare &amp;Again</source>
        <translation>Comparar &amp;novamente</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Aumentar zoom</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reduzir zoom</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Restaurar &amp;zoom</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Seguir o &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Idioma do &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Synoptic</source>
        <translation>&amp;Sobre o Synoptic</translation>
    </message>
    <message>
        <source>Next Unique</source>
        <translation>Próxima única</translation>
    </message>
    <message>
        <source>Previous Unique</source>
        <translation>Única anterior</translation>
    </message>
    <message>
        <source>Next Fact</source>
        <translation>Próximo dado</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Colar</translation>
    </message>
    <message>
        <source>Synoptic: corresponding passages side by side, row by row (Ctrl+1)</source>
        <translation>Sinóptico: passagens correspondentes lado a lado, linha a linha (Ctrl+1)</translation>
    </message>
    <message>
        <source>Continuous: each article as running text, links drawn between them (Ctrl+2)</source>
        <translation>Contínuo: cada artigo como texto corrido, com ligações desenhadas entre eles (Ctrl+2)</translation>
    </message>
    <message>
        <source>Fold passages that are the same in every article (Ctrl+D)</source>
        <translation>Recolher as passagens que são iguais em todos os artigos (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Redline</source>
        <translation>Re&amp;visão</translation>
    </message>
    <message>
        <source>Redline: the reference article&apos;s text with another article&apos;s insertions and deletions marked (Ctrl+3)</source>
        <translation>Revisão: o texto do artigo de referência com as inserções e exclusões de outro artigo marcadas (Ctrl+3)</translation>
    </message>
    <message>
        <source>&amp;Redline…</source>
        <translation>Re&amp;visão…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Link Passages</source>
        <translation>&amp;Ligar passagens</translation>
    </message>
    <message>
        <source>U&amp;nlink Passages</source>
        <translation>Desli&amp;gar passagens</translation>
    </message>
    <message>
        <source>Cancel Linking</source>
        <translation>Cancelar a ligação</translation>
    </message>
    <message>
        <source>Link the passage chosen with one chosen in another article (Ctrl+L, then Ctrl+L again)</source>
        <translation>Ligar a passagem escolhida a uma escolhida em outro artigo (Ctrl+L, depois Ctrl+L de novo)</translation>
    </message>
    <message>
        <source>Keep the passage chosen apart from its counterpart (Ctrl+Shift+L)</source>
        <translation>Manter a passagem escolhida separada da sua correspondente (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Adicionar &amp;nota…</translation>
    </message>
    <message>
        <source>Add Note on the &amp;Comparison…</source>
        <translation>Adicionar nota à &amp;comparação…</translation>
    </message>
    <message>
        <source>Write a note, with a verdict, on the passage chosen (Ctrl+Alt+M)</source>
        <translation>Escrever uma nota, com um veredito, sobre a passagem escolhida (Ctrl+Alt+M)</translation>
    </message>
    <message>
        <source>Show &amp;Related Passages</source>
        <translation>Mostrar Trechos &amp;Relacionados</translation>
    </message>
    <message>
        <source>Also link passages found in one article only that are about the same thing as a passage of another, with different claims (compares again)</source>
        <translation>Ligar também trechos que só um artigo tem, mas que tratam do mesmo assunto que um trecho de outro, com afirmações diferentes (compara de novo)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.docx *.odt *.pdf);;Synoptic comparisons (*.synoptic);;All files (*)</source>
        <translation>Artigos (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.docx *.odt *.pdf);;Comparações do Synoptic (*.synoptic);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Synoptic</source>
        <translation>Synoptic</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Close Article</source>
        <translation>&amp;Fechar artigo</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Side &amp;Panel</source>
        <translation>&amp;Painel lateral</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 salvo</translation>
    </message>
    <message>
        <source>Synoptic will use the language you chose the next time it starts.</source>
        <translation>O Synoptic usará o idioma escolhido a partir da próxima vez que for iniciado.</translation>
    </message>
    <message>
        <source>About Synoptic</source>
        <translation>Sobre o Synoptic</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Synoptic %1&lt;/h3&gt;&lt;p&gt;Compares articles side by side: what they share, what one edited, what only one says, and which facts changed.&lt;/p&gt;&lt;p&gt;Qt %2 · ICU %3 · poppler %4 (PDF, loaded when needed)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Synoptic %1&lt;/h3&gt;&lt;p&gt;Compara artigos lado a lado: o que têm em comum, o que um deles editou, o que só um diz e que dados mudaram.&lt;/p&gt;&lt;p&gt;Qt %2 · ICU %3 · poppler %4 (PDF, carregado quando necessário)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Não foi possível abrir %1</translation>
    </message>
    <message>
        <source>Cancelled. The comparison shown is the last one that finished.</source>
        <translation>Cancelado. A comparação mostrada é a última que terminou.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Opened the comparison %1 only; open the other files after it.</source>
        <translation>Só a comparação %1 foi aberta; abra os outros arquivos depois dela.</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Abrir artigos</translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste.</source>
        <translation>A área de transferência não tem texto para colar.</translation>
    </message>
    <message>
        <source>No example articles were found in %1.</source>
        <translation>Nenhum artigo de exemplo foi encontrado em %1.</translation>
    </message>
    <message>
        <source>No articles open</source>
        <translation>Nenhum artigo aberto</translation>
    </message>
    <message>
        <source>%1 — Synoptic</source>
        <translation>%1 — Synoptic</translation>
    </message>
    <message numerus="yes">
        <source>%n articles — Synoptic</source>
        <translation>
            <numerusform>%n artigo — Synoptic</numerusform>
            <numerusform>%n artigos — Synoptic</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlink &amp;From</source>
        <translation>Desligar d&amp;e</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Desfazer: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Refazer: %1</translation>
    </message>
    <message>
        <source>Add Note on Lin&amp;k with</source>
        <translation>Adicionar nota à &amp;ligação com</translation>
    </message>
    <message>
        <source>Stop the export; nothing is written</source>
        <translation>Parar a exportação; nada é gravado</translation>
    </message>
    <message>
        <source>Export to %1 cancelled; nothing was written</source>
        <translation>Exportação para %1 cancelada; nada foi gravado</translation>
    </message>
</context>
<context>
    <name>MarkdownImporter</name>
    <message>
        <source>the Markdown document is too large to parse</source>
        <translation>o documento Markdown é grande demais para analisar</translation>
    </message>
</context>
<context>
    <name>MemoryBudget</name>
    <message numerus="yes">
        <source>comparing these %n articles (%1 of text) needs about %2 of memory, more than the %3 allowed here: compare fewer or shorter articles, or raise the limit</source>
        <translation>
            <numerusform>comparar este artigo (%1 de texto) precisa de cerca de %2 de memória, mais do que os %3 permitidos aqui: compare menos artigos ou artigos mais curtos, ou aumente o limite</numerusform>
            <numerusform>comparar estes %n artigos (%1 de texto) precisa de cerca de %2 de memória, mais do que os %3 permitidos aqui: compare menos artigos ou artigos mais curtos, ou aumente o limite</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageWidget</name>
    <message>
        <source>Close this message</source>
        <translation>Fechar esta mensagem</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fechar mensagem</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>No verdict</source>
        <translation>Sem veredito</translation>
    </message>
    <message>
        <source>What you checked, and what you found</source>
        <translation>O que verificou e o que encontrou</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Veredito:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Add &amp;Note…</source>
        <translation>Adicionar &amp;nota…</translation>
    </message>
    <message>
        <source>Add Note on Lin&amp;k with</source>
        <translation>Adicionar nota à &amp;ligação com</translation>
    </message>
    <message>
        <source>The passage chosen is not linked</source>
        <translation>A passagem escolhida não está ligada</translation>
    </message>
    <message>
        <source>Click a passage first, then press Ctrl+Alt+M.</source>
        <translation>Clique primeiro numa passagem e depois prima Ctrl+Alt+M.</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Adicionar nota</translation>
    </message>
    <message>
        <source>The passage chosen is not linked to that article.</source>
        <translation>A passagem escolhida não está ligada a esse artigo.</translation>
    </message>
    <message>
        <source>Add Note on Link</source>
        <translation>Adicionar nota à ligação</translation>
    </message>
    <message>
        <source>Add Note on Comparison</source>
        <translation>Adicionar nota à comparação</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>This note is on the comparison as a whole.</source>
        <translation>Esta nota é sobre a comparação como um todo.</translation>
    </message>
    <message>
        <source>This note is not placed: %1.</source>
        <translation>Esta nota não tem lugar: %1.</translation>
    </message>
    <message>
        <source>Not placed: %1.</source>
        <translation>Sem lugar: %1.</translation>
    </message>
    <message>
        <source>On the comparison as a whole.</source>
        <translation>Sobre a comparação como um todo.</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>On the link between %1 and %2.</source>
        <translation>Sobre a ligação entre %1 e %2.</translation>
    </message>
    <message>
        <source>On %1.</source>
        <translation>Sobre %1.</translation>
    </message>
</context>
<context>
    <name>NoteEdits</name>
    <message>
        <source>the article changed on disk and the text the note was on is not where it was</source>
        <translation>o artigo mudou no disco e o texto da nota já não está onde estava</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contestado</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Pouco claro</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>NoteList</name>
    <message>
        <source>All verdicts</source>
        <translation>Todos os veredictos</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contestado</translation>
    </message>
    <message>
        <source>Unclear</source>
        <translation>Pouco claro</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Sem veredito</translation>
    </message>
    <message>
        <source>Show notes with verdict</source>
        <translation>Mostrar notas com veredito</translation>
    </message>
    <message>
        <source>&amp;Edit Note…</source>
        <translation>&amp;Editar nota…</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>E&amp;liminar nota</translation>
    </message>
    <message>
        <source>No notes yet. Choose a passage and press Ctrl+Alt+M (Edit ▸ Add Note…).</source>
        <translation>Ainda não há notas. Escolha uma passagem e prima Ctrl+Alt+M (Editar ▸ Adicionar nota…).</translation>
    </message>
</context>
<context>
    <name>NoteListModel</name>
    <message>
        <source>%1 ↔ %2: “%3”</source>
        <translation>%1 ↔ %2: “%3”</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>Unplaced: %1</source>
        <translation>Sem lugar: %1</translation>
    </message>
    <message>
        <source>On the comparison</source>
        <translation>Sobre a comparação</translation>
    </message>
</context>
<context>
    <name>NoteMarker</name>
    <message>
        <source>&amp;Edit Note…</source>
        <translation>&amp;Editar nota…</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>E&amp;liminar nota</translation>
    </message>
</context>
<context>
    <name>NoteMarkers</name>
    <message>
        <source>%1 on the link with %2</source>
        <translation>%1 sobre a ligação com %2</translation>
    </message>
</context>
<context>
    <name>NotePlacer</name>
    <message>
        <source>it is on a link but names only one of its passages</source>
        <translation>está numa ligação, mas indica só uma das suas passagens</translation>
    </message>
    <message>
        <source>it is on a link, but both of its passages are in article %1</source>
        <translation>está numa ligação, mas as duas passagens estão no artigo %1</translation>
    </message>
    <message>
        <source>its article is not one of those compared</source>
        <translation>o seu artigo não é um dos comparados</translation>
    </message>
    <message>
        <source>it names article %1, but %2 are compared</source>
        <translation>indica o artigo %1, mas são comparados %2</translation>
    </message>
    <message>
        <source>its passage in article %1 (code points %2 to %3) is outside the text, which has %4</source>
        <translation>a sua passagem no artigo %1 (pontos de código %2 a %3) está fora do texto, que tem %4</translation>
    </message>
    <message>
        <source>its passage in article %1 (code points %2 to %3) is on no sentence</source>
        <translation>a sua passagem no artigo %1 (pontos de código %2 a %3) não está em nenhuma frase</translation>
    </message>
</context>
<context>
    <name>OdtImporter</name>
    <message>
        <source>it is %1</source>
        <translation>é %1</translation>
    </message>
    <message>
        <source>the document is password-protected</source>
        <translation>o documento está protegido por senha</translation>
    </message>
</context>
<context>
    <name>OfficePackage</name>
    <message>
        <source>the file is not a valid %1 document (%2)</source>
        <translation>o arquivo não é um documento %1 válido (%2)</translation>
    </message>
    <message>
        <source>malformed XML at line %1 of %2</source>
        <translation>XML malformado na linha %1 de %2</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Sentences</source>
        <translation>Frases</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Parágrafos</translation>
    </message>
    <message>
        <source>The unit of alignment: sentences, or whole paragraphs</source>
        <translation>A unidade de alinhamento: frases ou parágrafos inteiros</translation>
    </message>
    <message>
        <source>Least similarity for two passages to count as the same passage edited. Lower finds looser paraphrases, and more false links.</source>
        <translation>Semelhança mínima para duas passagens contarem como a mesma passagem editada. Um valor mais baixo encontra paráfrases mais livres, e mais ligações falsas.</translation>
    </message>
    <message>
        <source>Align by</source>
        <translation>Alinhar por</translation>
    </message>
    <message>
        <source>Divergent at</source>
        <translation>Divergente a partir de</translation>
    </message>
    <message>
        <source>When comparing, ignore</source>
        <translation>Ao comparar, ignorar</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Maiúsculas/minúsculas</translation>
    </message>
    <message>
        <source>“Seoul” and “SEOUL” are the same word</source>
        <translation>“Seoul” e “SEOUL” são a mesma palavra</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>A changed comma or quotation mark keeps a passage a match</source>
        <translation>Uma vírgula ou aspa alterada mantém a passagem como correspondente</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Algarismos</translation>
    </message>
    <message>
        <source>Every digit counts as the same: “12,000” matches “10,000”</source>
        <translation>Todos os algarismos contam como iguais: “12,000” corresponde a “10,000”</translation>
    </message>
    <message>
        <source>Diacritics</source>
        <translation>Diacríticos</translation>
    </message>
    <message>
        <source>“café” matches “cafe”</source>
        <translation>“café” corresponde a “cafe”</translation>
    </message>
    <message>
        <source>Page furniture</source>
        <translation>Elementos da página</translation>
    </message>
    <message>
        <source>Leave out navigation and share prompts (“READ MORE:”, “Top News”); they stay visible, dimmed</source>
        <translation>Deixar de fora a navegação e os convites a compartilhar (“READ MORE:”, “Top News”); continuam visíveis, esmaecidos</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
</context>
<context>
    <name>OutputWriter</name>
    <message>
        <source>this is one of the articles being compared; choose another output file</source>
        <translation>este é um dos artigos comparados; escolha outro arquivo de saída</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>saída padrão</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <source>Overview: click or drag to jump</source>
        <translation>Visão geral: clique ou arraste para saltar</translation>
    </message>
</context>
<context>
    <name>Passage</name>
    <message>
        <source>Matching passage: identical in another article</source>
        <translation>Passagem correspondente: idêntica em outro artigo</translation>
    </message>
    <message>
        <source>Divergent passage: edited or paraphrased in the other articles</source>
        <translation>Passagem divergente: editada ou parafraseada nos outros artigos</translation>
    </message>
    <message>
        <source>Unique passage: no counterpart in the other articles</source>
        <translation>Passagem única: sem correspondente nos outros artigos</translation>
    </message>
    <message>
        <source>Page furniture, left out of the comparison</source>
        <translation>Elementos da página, deixados fora da comparação</translation>
    </message>
    <message>
        <source>Moved: in a different place in the other article</source>
        <translation>Movida: em outro lugar no outro artigo</translation>
    </message>
    <message>
        <source>• %1: identical (moved)</source>
        <translation>• %1: idêntica (movida)</translation>
    </message>
    <message>
        <source>• %1: identical</source>
        <translation>• %1: idêntica</translation>
    </message>
    <message>
        <source>• %1: %2% similar (moved)</source>
        <translation>• %1: %2% semelhante (movida)</translation>
    </message>
    <message>
        <source>• %1: %2% similar</source>
        <translation>• %1: %2% semelhante</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more changed facts</source>
        <translation>
            <numerusform>… e mais %n dado alterado</numerusform>
            <numerusform>… e mais %n dados alterados</numerusform>
        </translation>
    </message>
    <message>
        <source>  Linked by you</source>
        <translation>  Ligada por você</translation>
    </message>
    <message>
        <source>• %1: same wording, ignoring %2 (moved)</source>
        <translation>• %1: mesma redação, ignorando %2 (movida)</translation>
    </message>
    <message>
        <source>• %1: same wording, ignoring %2</source>
        <translation>• %1: mesma redação, ignorando %2</translation>
    </message>
    <message>
        <source>Related passage: no counterpart, but another article tells of the same thing with different claims</source>
        <translation>Trecho relacionado: sem correspondente, mas outro artigo trata do mesmo assunto com afirmações diferentes</translation>
    </message>
    <message>
        <source>• %1: related, %2% similar (not an edit)</source>
        <translation>• %1: relacionado, %2% semelhante (não é edição)</translation>
    </message>
</context>
<context>
    <name>PassageLinker</name>
    <message>
        <source>Click a passage first, then press Ctrl+L.</source>
        <translation>Clique primeiro em uma passagem e depois pressione Ctrl+L.</translation>
    </message>
    <message>
        <source>Select the passage to link it with in another article, then press Ctrl+L; Esc cancels</source>
        <translation>Selecione em outro artigo a passagem à qual quer ligá-la e pressione Ctrl+L; Esc cancela</translation>
    </message>
    <message>
        <source>Linked: aligning again around the link.</source>
        <translation>Ligadas: alinhando de novo em torno da ligação.</translation>
    </message>
    <message>
        <source>Link Passages</source>
        <translation>Ligar passagens</translation>
    </message>
    <message>
        <source>The passage chosen is not linked</source>
        <translation>A passagem escolhida não está ligada</translation>
    </message>
    <message>
        <source>The passage chosen is not linked to another article.</source>
        <translation>A passagem escolhida não está ligada a outro artigo.</translation>
    </message>
    <message>
        <source>The passage is linked with several articles: choose one under Edit ▸ Unlink From.</source>
        <translation>A passagem está ligada a vários artigos: escolha um em Editar ▸ Desligar de.</translation>
    </message>
    <message>
        <source>Unlinked: aligning again without the link.</source>
        <translation>Desligadas: alinhando de novo sem a ligação.</translation>
    </message>
    <message>
        <source>Unlink Passages</source>
        <translation>Desligar passagens</translation>
    </message>
    <message>
        <source>Linking cancelled.</source>
        <translation>Ligação cancelada.</translation>
    </message>
    <message>
        <source>A link you made was left out: %1.</source>
        <translation>Uma ligação que você fez foi deixada de fora: %1.</translation>
    </message>
</context>
<context>
    <name>PdfImporter</name>
    <message>
        <source>the PDF is too large to read</source>
        <translation>o PDF é grande demais para ler</translation>
    </message>
    <message>
        <source>the file is not a valid PDF document (corrupt or truncated)</source>
        <translation>o arquivo não é um documento PDF válido (corrompido ou truncado)</translation>
    </message>
    <message>
        <source>the PDF is password-protected</source>
        <translation>o PDF está protegido por senha</translation>
    </message>
    <message>
        <source>the PDF has %1 pages, more than the limit of %2</source>
        <translation>o PDF tem %1 páginas, mais do que o limite de %2</translation>
    </message>
    <message>
        <source>reading the PDF took longer than the %1 s limit (stopped at page %2 of %3)</source>
        <translation>a leitura do PDF demorou mais do que o limite de %1 s (parou na página %2 de %3)</translation>
    </message>
    <message>
        <source>the PDF contains no text (it may be scanned images without a text layer)</source>
        <translation>o PDF não contém texto (podem ser imagens digitalizadas sem camada de texto)</translation>
    </message>
    <message>
        <source>the import was cancelled at page %1 of %2</source>
        <translation>a importação foi cancelada na página %1 de %2</translation>
    </message>
</context>
<context>
    <name>PluginImporter</name>
    <message>
        <source>support for this format could not be loaded (%1)</source>
        <translation>não foi possível carregar o suporte a este formato (%1)</translation>
    </message>
</context>
<context>
    <name>PluginLibrary</name>
    <message>
        <source>%1 does not provide %2</source>
        <translation>%1 não fornece %2</translation>
    </message>
    <message>
        <source>the module %1 is not installed</source>
        <translation>o módulo %1 não está instalado</translation>
    </message>
</context>
<context>
    <name>ProgressIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop importing and aligning; the last comparison stays shown</source>
        <translation>Parar a importação e o alinhamento; a última comparação continua à vista</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The other article has this passage in another place: go there</source>
        <translation>O outro artigo tem esta passagem em outro lugar: ir para lá</translation>
    </message>
    <message>
        <source>The reference has this passage in another place: go there</source>
        <translation>A referência tem esta passagem em outro lugar: ir para lá</translation>
    </message>
    <message>
        <source>&#xa0;moved ↓&#xa0;</source>
        <translation>&#xa0;movida ↓&#xa0;</translation>
    </message>
    <message>
        <source>&#xa0;moved ↑&#xa0;</source>
        <translation>&#xa0;movida ↑&#xa0;</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recentes</translation>
    </message>
    <message>
        <source>%1 (comparison)</source>
        <translation>%1 (comparação)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Nenhum arquivo recente</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Limpar lista</translation>
    </message>
</context>
<context>
    <name>RedlinePane</name>
    <message>
        <source>The article whose changes to the reference are marked</source>
        <translation>O artigo cujas alterações em relação à referência são marcadas</translation>
    </message>
    <message>
        <source>&amp;Changes in:</source>
        <translation>&amp;Alterações em:</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referência: %1</translation>
    </message>
</context>
<context>
    <name>RowFolding</name>
    <message>
        <source>%n identical passage</source>
        <translation>%n passagem idêntica</translation>
    </message>
    <message>
        <source>%n identical passages</source>
        <translation>%n passagens idênticas</translation>
    </message>
    <message>
        <source>%n passage of page furniture</source>
        <translation>%n passagem de elementos da página</translation>
    </message>
    <message>
        <source>%n passages of page furniture</source>
        <translation>%n passagens de elementos da página</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
</context>
<context>
    <name>ScreenshotRunner</name>
    <message>
        <source>no comparison was shown within %1 s</source>
        <translation>nenhuma comparação foi mostrada em %1 s</translation>
    </message>
    <message>
        <source>fewer than two articles to compare</source>
        <translation>menos de dois artigos para comparar</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>não é possível gravar %1</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Synoptic comparisons (*.synoptic);;All files (*)</source>
        <translation>Comparações do Synoptic (*.synoptic);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Did not open %1. The comparison shown is unchanged.</source>
        <translation>%1 não foi aberto. A comparação mostrada não mudou.</translation>
    </message>
    <message>
        <source>Could not open the comparison %1</source>
        <translation>Não foi possível abrir a comparação %1</translation>
    </message>
    <message>
        <source>Could not save the comparison %1</source>
        <translation>Não foi possível salvar a comparação %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 salvo</translation>
    </message>
    <message>
        <source>Open Comparison</source>
        <translation>Abrir comparação</translation>
    </message>
    <message>
        <source>comparison.synoptic</source>
        <translation>comparacao.synoptic</translation>
    </message>
    <message>
        <source>Save Comparison</source>
        <translation>Salvar comparação</translation>
    </message>
    <message>
        <source>The comparison could not be saved automatically: %1</source>
        <translation>Não foi possível salvar a comparação automaticamente: %1</translation>
    </message>
    <message>
        <source>Restored the comparison that was open when Synoptic stopped unexpectedly.</source>
        <translation>Foi restaurada a comparação que estava aberta quando o Synoptic parou inesperadamente.</translation>
    </message>
    <message>
        <source>Reopened the comparison that was open when Synoptic was last closed.</source>
        <translation>Foi reaberta a comparação que estava aberta quando o Synoptic foi fechado pela última vez.</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 (%n articles)</source>
        <translation>
            <numerusform>%1 aberto (%n artigo)</numerusform>
            <numerusform>%1 aberto (%n artigos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1: %2. Nothing is aligned against other text until you choose.</source>
        <translation>Ao abrir %1: %2. Nada é alinhado com outro texto até que escolha.</translation>
    </message>
    <message>
        <source>Use Embedded Copy</source>
        <translation>Usar a cópia incorporada</translation>
    </message>
    <message>
        <source>Locate…</source>
        <translation>Localizar…</translation>
    </message>
    <message>
        <source>Use Changed File</source>
        <translation>Usar o arquivo alterado</translation>
    </message>
    <message>
        <source>Locate %1</source>
        <translation>Localizar %1</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>%1 has no &quot;%2&quot;</source>
        <translation>%1 não tem “%2”</translation>
    </message>
    <message>
        <source>&quot;%2&quot; of %1 is not a string</source>
        <translation>“%2” de %1 não é uma cadeia de caracteres</translation>
    </message>
    <message>
        <source>%1 is not a whole number from %2 to %3</source>
        <translation>%1 não é um número inteiro de %2 a %3</translation>
    </message>
    <message>
        <source>&quot;%2&quot; of %1 is not true or false</source>
        <translation>“%2” de %1 não é true nem false</translation>
    </message>
    <message>
        <source>&quot;%2&quot; of %1 is not an array</source>
        <translation>“%2” de %1 não é um array</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 não é um objeto</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>o arquivo</translation>
    </message>
    <message>
        <source>&quot;granularity&quot; is &quot;%1&quot;, not &quot;sentence&quot; or &quot;paragraph&quot;</source>
        <translation>“granularity” é “%1”, não “sentence” nem “paragraph”</translation>
    </message>
    <message>
        <source>&quot;divergentThreshold&quot; is not a number in (0, 1]</source>
        <translation>“divergentThreshold” não é um número em (0, 1]</translation>
    </message>
    <message>
        <source>%1 has encoding &quot;%2&quot;, not &quot;utf-8&quot; or &quot;base64&quot;</source>
        <translation>%1 tem a codificação “%2”, não “utf-8” nem “base64”</translation>
    </message>
    <message>
        <source>%1 is not valid Base64</source>
        <translation>%1 não é Base64 válido</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>artigo %1</translation>
    </message>
    <message>
        <source>the &quot;sha256&quot; of %1 is not 64 lower-case hex digits</source>
        <translation>o “sha256” de %1 não tem 64 dígitos hexadecimais minúsculos</translation>
    </message>
    <message>
        <source>the embedded copy of article %1</source>
        <translation>a cópia incorporada do artigo %1</translation>
    </message>
    <message>
        <source>%1 does not match its &quot;sha256&quot;: the file was altered</source>
        <translation>%1 não corresponde ao seu “sha256”: o arquivo foi alterado</translation>
    </message>
    <message>
        <source>%1 has neither a path nor an embedded copy</source>
        <translation>%1 não tem caminho nem cópia incorporada</translation>
    </message>
    <message>
        <source>the article of %1</source>
        <translation>o artigo de %1</translation>
    </message>
    <message>
        <source>the start of %1</source>
        <translation>o início de %1</translation>
    </message>
    <message>
        <source>the end of %1</source>
        <translation>o fim de %1</translation>
    </message>
    <message>
        <source>manual link %1</source>
        <translation>ligação manual %1</translation>
    </message>
    <message>
        <source>%1 does not have two ends</source>
        <translation>%1 não tem duas pontas</translation>
    </message>
    <message>
        <source>end %1 of %2</source>
        <translation>ponta %1 de %2</translation>
    </message>
    <message>
        <source>&quot;linked&quot; of %1 is not true or false</source>
        <translation>“linked” de %1 não é true nem false</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>nota %1</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 tem mais de %2 caracteres</translation>
    </message>
    <message>
        <source>the anchor of %1</source>
        <translation>a âncora de %1</translation>
    </message>
    <message>
        <source>&quot;created&quot; of %1 is not an ISO 8601 date and time</source>
        <translation>“created” de %1 não é uma data e hora ISO 8601</translation>
    </message>
    <message>
        <source>not a Synoptic comparison (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>não é uma comparação do Synoptic (falta “format”: “%1”)</translation>
    </message>
    <message>
        <source>&quot;version&quot;</source>
        <translation>“version”</translation>
    </message>
    <message>
        <source>it was saved by a newer Synoptic (session version %1; this one reads version %2)</source>
        <translation>foi salva por um Synoptic mais recente (versão de sessão %1; este lê a versão %2)</translation>
    </message>
    <message>
        <source>an entry of &quot;columnOrder&quot;</source>
        <translation>uma entrada de “columnOrder”</translation>
    </message>
    <message>
        <source>&quot;columnOrder&quot; names article %1 twice</source>
        <translation>“columnOrder” indica o artigo %1 duas vezes</translation>
    </message>
    <message>
        <source>&quot;columnOrder&quot; has %1 entries for %2 articles</source>
        <translation>“columnOrder” tem %1 entradas para %2 artigos</translation>
    </message>
    <message>
        <source>&quot;reference&quot;</source>
        <translation>“reference”</translation>
    </message>
    <message>
        <source>it has no articles</source>
        <translation>não tem artigos</translation>
    </message>
    <message>
        <source>&quot;manualLinks&quot; is not an array</source>
        <translation>“manualLinks” não é um array</translation>
    </message>
    <message>
        <source>&quot;notes&quot; is not an array</source>
        <translation>“notes” não é um array</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>arquivo inexistente</translation>
    </message>
    <message>
        <source>the file is larger than a comparison can be (%1 MiB)</source>
        <translation>o arquivo é maior do que uma comparação pode ser (%1 MiB)</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>não pode ser lido (%1)</translation>
    </message>
    <message>
        <source>not a Synoptic comparison: the JSON is broken at byte %1 (%2)</source>
        <translation>não é uma comparação do Synoptic: o JSON está corrompido no byte %1 (%2)</translation>
    </message>
    <message>
        <source>not a Synoptic comparison: the JSON is not an object</source>
        <translation>não é uma comparação do Synoptic: o JSON não é um objeto</translation>
    </message>
    <message>
        <source>%1 has &quot;linkedTo&quot; but no &quot;anchor&quot;</source>
        <translation>%1 tem “linkedTo” mas não “anchor”</translation>
    </message>
    <message>
        <source>the link end of %1</source>
        <translation>a outra ponta da ligação de %1</translation>
    </message>
    <message>
        <source>%1 is on a link within one article</source>
        <translation>%1 está numa ligação dentro de um só artigo</translation>
    </message>
    <message>
        <source>the verdict of %1 is &quot;%2&quot;, not confirmed, disputed or unclear</source>
        <translation>o veredicto de %1 é “%2”, não confirmed, disputed ou unclear</translation>
    </message>
</context>
<context>
    <name>SessionLoader</name>
    <message>
        <source>the comparison holds no file for it</source>
        <translation>a comparação não tem nenhum arquivo para ele</translation>
    </message>
    <message>
        <source>the article was moved or deleted</source>
        <translation>o artigo foi movido ou apagado</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>arquivo inexistente</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>não pode ser lido (%1)</translation>
    </message>
    <message>
        <source>the article changed since the comparison was saved (its content is not the one compared)</source>
        <translation>o artigo mudou desde que a comparação foi salva (o conteúdo não é o que foi comparado)</translation>
    </message>
    <message>
        <source>the comparison holds no copy of the article</source>
        <translation>a comparação não tem cópia do artigo</translation>
    </message>
</context>
<context>
    <name>ShareBar</name>
    <message>
        <source>%1% same, %2% edited, %3% only here</source>
        <translation>%1% igual, %2% editado, %3% só aqui</translation>
    </message>
    <message numerus="yes">
        <source>, %n moved</source>
        <translation>
            <numerusform>, %n movida</numerusform>
            <numerusform>, %n movidas</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1% related</source>
        <translation>, %1% relacionado</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>SimilarityTable</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 and %2: %3% of their words in shared passages</source>
        <translation>%1 e %2: %3% das suas palavras em passagens comuns</translation>
    </message>
</context>
<context>
    <name>StatisticsPanel</name>
    <message>
        <source>Similarity</source>
        <translation>Semelhança</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artigos</translation>
    </message>
    <message>
        <source>No comparison yet.</source>
        <translation>Ainda não há comparação.</translation>
    </message>
    <message>
        <source>%1 · %2 words</source>
        <translation>%1 · %2 palavras</translation>
    </message>
    <message>
        <source>%1% of the two articles’ words are in shared passages.</source>
        <translation>%1% das palavras dos dois artigos estão em passagens comuns.</translation>
    </message>
    <message>
        <source>1 shared passage moved.</source>
        <translation>1 passagem comum foi movida.</translation>
    </message>
    <message>
        <source>%1 shared passages moved.</source>
        <translation>%1 passagens comuns foram movidas.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Dados</translation>
    </message>
    <message>
        <source>Facts across the articles (%1)</source>
        <translation>Dados em todos os artigos (%1)</translation>
    </message>
</context>
<context>
    <name>StatusFields</name>
    <message>
        <source>No differences</source>
        <translation>Nenhuma diferença</translation>
    </message>
    <message>
        <source>Difference %1 of %2</source>
        <translation>Diferença %1 de %2</translation>
    </message>
    <message>
        <source>Exact comparison</source>
        <translation>Comparação exata</translation>
    </message>
    <message>
        <source>Ignoring %1</source>
        <translation>Ignorando %1</translation>
    </message>
    <message>
        <source>Passages count as the same wording only when their words are the same as written.</source>
        <translation>As passagens só contam como a mesma redação quando as suas palavras são iguais tal como escritas.</translation>
    </message>
    <message>
        <source>Passages that differ only in %1 count as the same wording; their cards are faded.</source>
        <translation>As passagens que diferem apenas em %1 contam como a mesma redação; os seus cartões aparecem esmaecidos.</translation>
    </message>
    <message>
        <source>1 difference</source>
        <translation>1 diferença</translation>
    </message>
    <message>
        <source>%1 differences</source>
        <translation>%1 diferenças</translation>
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
        <translation>Copiar passagem</translation>
    </message>
    <message>
        <source>Copy Passage with Source</source>
        <translation>Copiar passagem com a fonte</translation>
    </message>
    <message>
        <source>Go to Where Article %1 Has It</source>
        <translation>Ir para onde o artigo %1 a tem</translation>
    </message>
    <message>
        <source>Click to show %1</source>
        <translation>Clique para mostrar %1</translation>
    </message>
    <message>
        <source>Copy Selection</source>
        <translation>Copiar seleção</translation>
    </message>
    <message>
        <source>▾ %1 more lines</source>
        <translation>▾ mais %1 linhas</translation>
    </message>
    <message>
        <source>Click to show the whole passage</source>
        <translation>Clique para mostrar a passagem inteira</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>the file starts with a %1 byte-order mark but is not valid %1</source>
        <translation>o arquivo começa com uma marca de ordem de bytes %1, mas não é %1 válido</translation>
    </message>
    <message>
        <source>the text encoding detector is unavailable</source>
        <translation>o detector de codificação de texto não está disponível</translation>
    </message>
    <message>
        <source>the text encoding could not be recognised</source>
        <translation>não foi possível reconhecer a codificação do texto</translation>
    </message>
    <message>
        <source>the file is binary, not text</source>
        <translation>o arquivo é binário, não texto</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Synoptic User Guide</source>
        <translation>Manual do Synoptic</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>standard input</source>
        <translation>entrada padrão</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texto colado</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citação</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Atribuição</translation>
    </message>
    <message>
        <source>in article %1</source>
        <translation>no artigo %1</translation>
    </message>
    <message>
        <source>in the other article</source>
        <translation>no outro artigo</translation>
    </message>
    <message>
        <source>Changed %1: %2, missing %3</source>
        <translation>Alteração de %1: %2, ausente %3</translation>
    </message>
    <message>
        <source>Changed %1: missing here, %2 %3</source>
        <translation>Alteração de %1: ausente aqui, %2 %3</translation>
    </message>
    <message>
        <source>Changed %1: %2 vs %3 %4</source>
        <translation>Alteração de %1: %2 em vez de %3 %4</translation>
    </message>
    <message>
        <source>Changed %1: %2 vs %3</source>
        <translation>Alteração de %1: %2 em vez de %3</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 em %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palavras</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>Só aqui</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citação</translation>
    </message>
    <message>
        <source>attribution</source>
        <translation>atribuição</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This is the reference article.</source>
        <translation>Este é o artigo de referência.</translation>
    </message>
    <message>
        <source>Reference: %1.</source>
        <translation>Referência: %1.</translation>
    </message>
    <message>
        <source>%1 No other article has the reference&apos;s wording here.</source>
        <translation>%1 Nenhum outro artigo tem aqui a redação da referência.</translation>
    </message>
    <message>
        <source>%1 Same wording as the reference: %2.</source>
        <translation>%1 Mesma redação da referência: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Concordância</translation>
    </message>
    <message>
        <source>both say %1</source>
        <translation>ambos dizem %1</translation>
    </message>
    <message>
        <source>all %1 say %2</source>
        <translation>todos os %1 dizem %2</translation>
    </message>
    <message>
        <source>%1 says %2</source>
        <translation>%1 diz %2</translation>
    </message>
    <message>
        <source>%1 and %2 say %3</source>
        <translation>%1 e %2 dizem %3</translation>
    </message>
    <message>
        <source>case</source>
        <translation>maiúsculas e minúsculas</translation>
    </message>
    <message>
        <source>punctuation</source>
        <translation>pontuação</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>dígitos</translation>
    </message>
    <message>
        <source>diacritics</source>
        <translation>diacríticos</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1 e %2</translation>
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
        <translation>o arquivo não é um documento %1 válido (%2)</translation>
    </message>
    <message>
        <source>not a ZIP archive</source>
        <translation>não é um arquivo ZIP</translation>
    </message>
    <message>
        <source>truncated or corrupt ZIP archive</source>
        <translation>arquivo ZIP truncado ou corrompido</translation>
    </message>
    <message>
        <source>corrupt ZIP archive</source>
        <translation>arquivo ZIP corrompido</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>the document is password-protected</source>
        <translation>o documento está protegido por senha</translation>
    </message>
    <message>
        <source>unsupported ZIP compression method</source>
        <translation>método de compressão ZIP não suportado</translation>
    </message>
    <message>
        <source>the document unpacks to more than the %1 size limit</source>
        <translation>o documento descompactado ultrapassa o limite de %1</translation>
    </message>
    <message>
        <source>the document is compressed over %1:1, which no real document is (a &quot;zip bomb&quot;)</source>
        <translation>o documento está comprimido mais de %1:1, o que nenhum documento real está (uma “bomba ZIP”)</translation>
    </message>
</context>
</TS>
