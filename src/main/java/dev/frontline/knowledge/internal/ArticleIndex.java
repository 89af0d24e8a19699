package dev.frontline.knowledge.internal;

import dev.frontline.knowledge.ArticleAudience;
import dev.frontline.knowledge.ArticleLanguage;
import dev.frontline.knowledge.SearchHit;
import dev.frontline.knowledge.SearchRequest;
import dev.frontline.knowledge.internal.Analysis.Script;
import dev.frontline.shared.WorkspaceId;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;

/**
 * This node's Lucene index of published articles. Writers call {@link #put}/{@link #remove} and then
 * {@link #refresh()}, which makes the changes visible to the next search.
 */
public final class ArticleIndex implements Closeable {

    static final String ID = "id";
    private static final String WORKSPACE = "workspace";
    private static final String LANGUAGE = "language";
    private static final String AUDIENCE = "audience";
    private static final String CATEGORY = "category";
    private static final String STORED_TITLE = "stored_title";
    private static final String STORED_BODY = "stored_body";

    private final Analyzer analyzer = Analysis.perField();
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ArticleQueries queries = new ArticleQueries(analyzer);

    public ArticleIndex(Path path) {
        try {
            directory = FSDirectory.open(path);
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the knowledge index at " + path, e);
        }
    }

    public void put(IndexedArticle article) {
        Script script = Script.of(article.language());
        Document document = new Document();
        document.add(new StringField(ID, article.id().toString(), Field.Store.YES));
        document.add(new StringField(WORKSPACE, article.workspaceId().toString(), Field.Store.NO));
        document.add(new StringField(LANGUAGE, article.language().tag(), Field.Store.YES));
        document.add(new StringField(AUDIENCE, article.audience().name(), Field.Store.YES));
        article.categories().forEach(category -> document.add(new StringField(CATEGORY, category.toString(), Field.Store.NO)));
        document.add(new TextField(script.field(Analysis.TITLE), article.title(), Field.Store.NO));
        document.add(new TextField(script.field(Analysis.BODY), article.bodyText(), Field.Store.NO));
        article.tags().forEach(tag -> document.add(new TextField(script.field(Analysis.TITLE), tag, Field.Store.NO)));
        document.add(new StoredField(STORED_TITLE, article.title()));
        document.add(new StoredField(STORED_BODY, article.bodyText()));
        try {
            writer.updateDocument(new Term(ID, article.id().toString()), document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(UUID articleId) {
        try {
            writer.deleteDocuments(new Term(ID, articleId.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The best matches first, only published articles of the workspace, filtered as asked. */
    public List<SearchHit> search(WorkspaceId workspace, SearchRequest request) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search(searcher, workspace, request);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<SearchHit> search(IndexSearcher searcher, WorkspaceId workspace, SearchRequest request) throws IOException {
        @Nullable Query typed = queries.matching(searcher.getIndexReader(), request.query(), request.language());
        if (typed == null) {
            return List.of();
        }
        // Rewritten once here (fuzzy terms expanded) and used as is by both the search and the snippets.
        Query text = searcher.rewrite(typed);
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.MUST)
                .add(new TermQuery(new Term(WORKSPACE, workspace.value().toString())), Occur.FILTER);
        if (request.language() != null) {
            query.add(new TermQuery(new Term(LANGUAGE, request.language().tag())), Occur.FILTER);
        }
        if (request.audience() != null) {
            query.add(new TermQuery(new Term(AUDIENCE, request.audience().name())), Occur.FILTER);
        }
        if (request.category() != null) {
            query.add(new TermQuery(new Term(CATEGORY, request.category().toString())), Occur.FILTER);
        }
        TopDocs top = searcher.search(query.build(), request.limit());
        Snippets snippets = new Snippets(analyzer, searcher.getIndexReader(), text);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc scored : top.scoreDocs) {
            hits.add(hit(stored, snippets, scored));
        }
        return hits;
    }

    private static SearchHit hit(StoredFields stored, Snippets snippets, ScoreDoc scored) throws IOException {
        Document document = stored.document(scored.doc);
        ArticleLanguage language = ArticleLanguage.of("language", document.get(LANGUAGE));
        String snippet = snippets.of(Script.of(language).field(Analysis.BODY), document.get(STORED_BODY));
        return new SearchHit(UUID.fromString(document.get(ID)), document.get(STORED_TITLE), snippet, scored.score,
                language.tag(), ArticleAudience.valueOf(document.get(AUDIENCE)));
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
